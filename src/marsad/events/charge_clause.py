"""An accusation verb carrying its object pronoun with the بـ of the charge right after it: اتهمها بعرقلة عودة
اللاجئين, واتهمه بـ"إهمال" المزارعين. No subject follows the pronoun there (it would stand before the charge:
تتهمه أنقرة بـ), so nobody inside the charge is the accuser or the accused (for the rules, and for events/ranker
through `in_charge`): the accuser is the sentence's subject named at its head (أوقف الوزير ... بعدما اتهمها), else the
one the sentence spoke of (implicit, the caller's); the accused is the pronoun's referent — the party a relative
pronoun resumes (المفوضية، التي اتهمها), the party right before a joined verb (هاجم الرئيس X واتهمه), else the last bare
party named before the verb that is not the accuser."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit

_QUOTES = frozenset('"«»“”\'')
_STOPS = frozenset({".", "؛", ";", ":"})
_REACH = 12  # words back from the verb to the pronoun's referent


def _charge_next(toks: list[str], j: int, people: list[Arg]) -> bool:
    """The word at j opens the charge: بـ + a noun (بعرقلة), or بـ alone before a quote (بـ "عدم"); not a name
    that begins with ب (اتهمه بوتين)."""
    k = j
    while k < len(toks) and toks[k] in _QUOTES:
        k += 1
    return k < len(toks) and toks[k][:1] == "ب" and (len(toks[k]) > 3 or toks[k] == "ب") and not any(
        a.i == k and a.prep is None for a in people)


def charge_clause(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                  recipient: Arg | None, implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of اتهمها بـ...: no role taken from inside the charge (see the module)."""
    if not hit.trigger.id.startswith("accuse-accuse") or not hit.verbal or not object_pronoun(
            toks[hit.i][hit.strip:]) or not _charge_next(toks, hit.j, people):
        return actor, recipient, implicit
    inside = [a for a in (actor, recipient) if a is not None and a.i >= hit.j]
    if not inside:
        return actor, recipient, implicit
    moved = actor is not None and actor.i >= hit.j
    if not moved and actor is not None and actor.j == hit.i and toks[hit.i][:1] == "و" and actor.prep is None:
        # هاجم X الرئيس ترامب واتهمه بـ: the party right before a joined verb is the one its pronoun resumes
        return None, actor, True
    if moved:
        actor, implicit = None, True
    # the sentence's subject, named at its head (وأقدم الوزير ... بعدما اتهمها), is the accuser left implicit
    subject = next((a for a in people if a.prep is None and not a.place and a.i <= 2 and a.j <= hit.i), None)
    if moved or recipient is None or recipient.i >= hit.j:
        stop = max([k for k in range(max(0, hit.i - _REACH), hit.i) if toks[k] in _STOPS], default=-1)
        named = [a for a in people if stop < a.i and a.j <= hit.i and hit.i - a.j <= _REACH and not a.place
                 and a.actor.kind != "place" and (actor is None or a.actor != actor.actor)]
        k = hit.i - 1
        while k >= 0 and toks[k] in ("،", ","):
            k -= 1
        if k >= 0 and toks[k] in cues.RELATIVES:  # المفوضية التابعة للأمم المتحدة، التي اتهمها: its antecedent
            recipient = next((a for a in reversed(named) if a.j <= k), None)
        else:  # (not the sentence's subject, the implicit accuser: أوقف الوزير ... بعدما اتهمها)
            recipient = next((a for a in reversed(named) if a.prep is None and a is not subject), None)
    if moved and subject is not None and subject is not recipient and (
            recipient is None or subject.actor != recipient.actor):
        actor, implicit = subject, False
    return actor, recipient, implicit


def in_charge(rule: str, verbal: bool, toks: list[str], token: int, people: list[Arg], arg: Arg) -> bool:
    """`arg` stands inside the charge of اتهمها بـ... (the event at `token`, its trigger's rule): for events/ranker,
    which then does not give it a role either."""
    if not verbal or not rule.startswith("trigger:accuse-accuse") or token + 1 >= len(toks) or arg.i <= token:
        return False
    head = toks[token]
    verb = head[1:] if head[:1] in ("و", "ف") and len(head) > 4 else head
    return object_pronoun(verb) and _charge_next(toks, token + 1, people)
