"""Actor and recipient of a trigger, for Arabic word orders.

* verb–subject–object (the default): the bare participant right after the verb is its subject, the next one (bare
  or after one of the trigger's recipient prepositions) its recipient;
* subject–verb–object and nominal sentences: with no subject after the verb, the participant before it;
* a verbal noun with a possessive pronoun (استقباله رئيس الوزراء): the pronoun's referent (the current speaker
  or subject) acts, the following participant receives; a verbal noun before a bare participant (زيارة الرئيس)
  takes it as its actor;
* a verbal noun after a light verb (فرضت الوزارة عقوبات على ...) takes the verb's subject;
* a violent verbal noun's genitive is its patient (اغتيال القادة), its author comes with على يد / من قبل;
* blame (ACCUSE nouns) goes to the author of the blamed act named with من قبل / على يد;
* no participant in reach: the current speaker or subject, marked implicit;
* `visitor_is_object` (استقبل، استضاف): PLOVER's actor is the visitor, so the roles swap.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit

_REACH = 4  # words between a verb and its subject (أمس، اليوم، الأحد ...)
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_NOT_SUBJECT_PREPS = frozenset({"في", "ب", "من", "عن", "ل"})
_PATIENT_GENITIVE = frozenset({"ASSAULT", "COERCE"})
_PARTICLES = frozenset({"قد", "لقد", "سوف", "لم", "لن", "لا"})
_AGENT_MARKS = ("يد", "قبل")  # على يد X, من قبل X: X is the author


def assign(hit: TriggerHit, toks: list[str], args: list[Arg]) -> tuple[Arg | None, Arg | None, str | None]:
    """(actor, recipient, implicit) for one trigger; `implicit` names the role ("actor" or "recipient") that the
    caller fills with the current speaker or subject."""
    t = hit.trigger
    people = [a for a in args if not a.place]
    after = [a for a in people if a.i >= hit.j and a.i - hit.j <= _REACH * 3]
    before = [a for a in people if a.j <= hit.i]
    head = toks[hit.i]
    possessed = not hit.verbal and head.endswith(_POSSESSIVE) and len(head) > 4
    actor: Arg | None = None
    recipient: Arg | None = None
    implicit = False
    first = after[0] if after and after[0].i - hit.j <= _REACH else None
    # subject–verb: a bare participant right before the verb (قد / لقد may stand between) is its subject
    adjacent = before[-1] if before and before[-1].prep is None and (
        hit.i == before[-1].j or (hit.i - before[-1].j == 1 and toks[hit.i - 1] in _PARTICLES)) else None
    if hit.verbal and adjacent is not None:
        actor = adjacent
        recipient = _recipient(after, t.recipient)
    elif possessed:
        implicit = True
        recipient = _recipient(after, t.recipient)
    elif t.type == "ACCUSE" and not hit.verbal:
        recipient = _recipient(after, t.recipient, toks)
        if before and hit.i - before[-1].j <= _REACH and before[-1].prep is None:
            actor = before[-1]
        else:
            implicit = True
    elif not hit.verbal and t.type in _PATIENT_GENITIVE and first is not None and first.prep is None:
        # اغتيال قادة المقاومة, اعتقال الصحفي: the noun's genitive is who suffers it; its author comes with
        # على يد / من قبل, or is the subject before it
        recipient = first
        agent = next((a for a in after[1:] if toks[a.i - 1] in _AGENT_MARKS), None)
        actor = agent or (before[-1] if before and hit.i - before[-1].j <= _REACH and before[-1].prep is None
                          else None)
    elif not hit.verbal and before and hit.i - before[-1].j <= _REACH and before[-1].prep is None:
        # فرضت وزارة الخزانة عقوبات على ...: a verbal noun after a light verb takes that verb's subject
        actor = before[-1]
        recipient = _recipient(after, t.recipient)
    elif first is not None and first.prep is None:
        actor = first
        recipient = _recipient(after[1:], t.recipient)
    else:
        if before and hit.i - before[-1].j <= _REACH * 2:
            actor = before[-1]
        else:
            implicit = True
        recipient = _recipient(after, t.recipient)
    if t.visitor_is_object:  # the host is the subject; PLOVER codes the visitor as actor
        return recipient, actor, "recipient" if implicit else None
    return actor, recipient, "actor" if implicit else None


def _recipient(after: list[Arg], preps: tuple[str, ...], toks: list[str] | None = None) -> Arg | None:
    if toks is not None:  # الاحتلال الكارثي لأفغانستان من قبل الولايات المتحدة: blame goes to the act's author
        agent = next((a for a in after if a.i > 0 and toks[a.i - 1] in _AGENT_MARKS), None)
        if agent is not None:
            return agent
    for a in after[:3]:
        if a.prep is None or a.prep in preps or (a.prep not in _NOT_SUBJECT_PREPS and not preps):
            return a
    return None
