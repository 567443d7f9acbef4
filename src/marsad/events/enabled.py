"""A killing joined by و to what an armed party managed to do shares that party as its author (used by
events/responsible.attack_parties).

غير أن القوات والمقاومة تمكنتا من رد الهجوم، وقتل عدد من المهاجمين; نجحت القوات في اقتحام المعسكر وقتل عدد من
المسلحين: after تمكن من / نجح في and a verbal noun, a later word of killing joined by و with no subject of its own
reads as a second verbal noun under the same verb, "and to kill" — not as a passive whose killer is unknown. Its
author is the subject of the verb of enabling (right before it, the head of a list joined by و, or right after
it), an armed party, when the ones killed are named and are of the other side (a state's forces and an armed group
or the reverse): قتل 20 جنديا after the army's own success stays a passive, its killer unnamed. Nothing that opens
another clause (أن، فيما، لكن، a full stop) may stand between the verb of enabling and the killing."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.gains import ENABLED, OTHER, armed_subject
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_KILLINGS = norm_words("قتل مقتل تدمير اسقاط")  # (after و)
_FORCES = frozenset({"MIL", "COP"})
_GROUPS = frozenset({"REB", "IMG"})
_REACH = 25  # words from the verb of enabling to the killing


def _sides(a: Arg, b: Arg) -> bool:
    """a and b are of the two sides: a state's forces and an armed group, either way."""
    return a.actor.sector in _FORCES and (b.actor.sector in _GROUPS or b.actor.country == "IMG") or (
        a.actor.sector in _GROUPS and b.actor.sector in _FORCES)


def enabled_author(hit: TriggerHit, toks: list[str], args: list[Arg], recipient: Arg | None) -> Arg | None:
    """The subject of تمكن / نجح whose second verbal noun the killing at `hit` is (see the module), else None."""
    w = toks[hit.i]
    if hit.trigger.type != "ASSAULT" or recipient is None or w[:1] != "و" or w[1:] not in _KILLINGS:
        return None
    for e in range(hit.i - 1, max(-1, hit.i - _REACH), -1):
        if toks[e] in OTHER:
            return None
        v = toks[e][1:] if toks[e][:1] in ("و", "ف") and len(toks[e]) > 3 else toks[e]
        if v not in ENABLED or v.startswith("اعلن"):
            continue
        subject = armed_subject(args, toks, e)
        if subject is None:
            return None
        while subject.conj or toks[subject.i][:1] == "و":  # الجيش والمقاومة تمكنا: the list's head
            head = next((a for a in args if a.j <= subject.i and subject.i - a.j <= 1 and a.prep is None), None)
            if head is None:
                break
            subject = head
        return subject if subject is not recipient and _sides(subject, recipient) else None
    return None
