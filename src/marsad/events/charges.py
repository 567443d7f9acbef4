"""Charges brought "to him": a verb of charging whose preposition carries the pronoun right after it (وجهت إليه
تهمة الفساد, ووجهت لهما تهمة الاعتداء). The pronoun's referent is the accused — never the verb's subject (one does
not charge oneself). The accuser is the verb's own subject when one follows the pronoun (وجهت إليه النيابة تهمة
...); with none the verb is passive (وُجهت إليه 15 تهمة) and the accuser is left open for events/ranker. A state's
authority body (الشرطة، السلطات التركية) is never the referent: after واعتقلت السلطات 300 شخص، ووجهت لهم اتهامات it
is the joined verb's subject, who charges; the persons no dictionary lists are found by events/held.resumed_person."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm_words

_TO_HIM = norm_words("له لها لهم لهما اليه اليها اليهم اليهما")
_STOPS = frozenset({".", "؛", ";", ":"})
_REACH = 12  # words back from the verb to the pronoun's referent


def charged_pronoun(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                    recipient: Arg | None, implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of an ACCUSE verb whose recipient preposition carries a pronoun right after it:
    المشتبه به قد وجهت إليه 15 تهمة — the suspect is charged (recipient), the charger is not named (None);
    واعتقلت الشرطة المدير ووجهت له تهمة — the police (the subject) charged the director; ووجهت إليه النيابة تهمة
    — the prosecution, named after the pronoun, is the subject. Anything else: the rules' choice unchanged."""
    t = hit.trigger
    if t.type != "ACCUSE" or not hit.verbal or hit.j >= len(toks) or toks[hit.j] not in _TO_HIM:
        return actor, recipient, implicit
    # the referent: the nearest party named before the verb in its sentence (not a place)
    stop = max([k for k in range(max(0, hit.i - _REACH), hit.i) if toks[k] in _STOPS], default=-1)
    # (a bare one first: ريتشارد غيتس، المسؤول في حملة ترامب الذي وجهت إليه — not the campaign)
    named = [a for a in people if a.j <= hit.i and a.i > stop and hit.i - a.j <= _REACH and not a.place
             and a.actor.kind != "place"]
    # (a state's authority body is who charges, not who is charged: اعتقلت السلطات التركية 300 شخص ووجهت لهم
    # اتهامات — the persons, whom no dictionary codes, are found by events/held.resumed_person)
    bodies = [a for a in named if a.actor.kind != "person" and a.actor.sector in STATE_SECTORS]
    named = [a for a in named if a not in bodies]
    referent = next((a for a in reversed(named) if a.prep is None), named[-1] if named else None)
    if referent is None:
        body = next((a for a in reversed(bodies) if a.prep is None), None)
        if body is not None and (actor is None or actor is body) and (
                recipient is None or recipient is body):
            return body, None, False
        return actor, recipient, implicit
    # ووجهت إليه النيابة العامة تهمة: a bare participant right after the pronoun is the verb's subject
    subject = next((a for a in people if a.i == hit.j + 1 and a.prep is None and not a.place), None)
    if subject is not None:
        return subject, referent, False
    if actor is None or actor is referent or (actor.i, actor.j) == (referent.i, referent.j):
        return None, referent, False  # (not the speaker by default: train both 0.550 with it, 0.552 without)
    return actor, referent, implicit
