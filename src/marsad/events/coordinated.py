"""A statement verb whose subject is a list of parties joined by و: دانت مصر والأردن التصعيد الإسرائيلي, ندد الأردن
ومصر بتصريحات نتنياهو. The role rules read the second party of the list as the verb's object; the list is the
subject (each acts: one event per member, stages/events), and the recipient is read past it, as if one party
stood there — not for a verb of exchange, whose list is its two sides (تبادلت X وY الاتهامات)."""

from __future__ import annotations

from marsad.events.arguments import Arg, team
from marsad.events.roles import assign
from marsad.events.triggers import TriggerHit

_TYPES = frozenset({"ACCUSE"})
_MUTUAL = ("accuse-exchange",)  # تبادلت روسيا وبريطانيا الاتهامات: each side is the other's recipient


def assign_past_list(hit: TriggerHit, toks: list[str], args: list[Arg], verbs: frozenset[int] = frozenset(),
                     voweled_passive: bool = False, deals: dict[str, str] | None = None
                     ) -> tuple[Arg | None, Arg | None, str | None]:
    """events/roles.assign, with the recipient of a statement verb read past its subject's list (see the module)."""
    actor, recipient, implicit = assign(hit, toks, args, verbs, voweled_passive, deals)
    if hit.trigger.type not in _TYPES or hit.trigger.id.startswith(_MUTUAL) or not hit.verbal or actor is None or \
            recipient is None or actor.i < hit.j:
        return actor, recipient, implicit
    members = team(args, actor)
    if recipient not in members or members[0] is not actor:
        return actor, recipient, implicit
    rest = [a for a in args if not any(a is m for m in members[1:])]
    again, past, _ = assign(hit, toks, rest, verbs, voweled_passive, deals)
    if again is actor and past is not None and past.i >= members[-1].j:
        return actor, past, implicit
    return actor, recipient, implicit
