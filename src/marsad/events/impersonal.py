"""Who is behind an act told in the impersonal passive, تم / جرى + a verbal noun (used by events/roles).

وتم ضبط أسلحة، تم حظر 18 شبكة، تمت مصادرته: the verbal noun after a passive light verb names no author; its genitive
suffers the act and a party named before it in its clause (the gunmen whose weapons were seized, the firm whose
networks were blocked) did not do it. Its author is the party of an agent phrase after it (من قبل، على يد), else a
state authority — a government, court, prosecutor, police, army or intelligence body — named bare before it in its
clause (وبعد مراجعة النيابة العمومية تمت مداهمة: the raid was done on its word; events/security_unit then names the
body that acts), else no one (the caller carries the speaker or subject over to one shaped as a verb).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events import cues
from marsad.events.arguments import Arg

_AUTHORITIES = frozenset({"GOV", "JUD", "COP", "MIL", "SPY"})
_REACH = 8  # tokens between the authority and the light verb


def authority_before(hit_i: int, toks: Sequence[str], before: Sequence[Arg]) -> Arg | None:
    """The last bare state authority before the light verb at hit_i - 1, in its clause, else None."""
    for a in reversed(before):
        if hit_i - a.j > _REACH or any(w in cues.CLAUSE_BREAKS for w in toks[a.j:hit_i]):
            return None
        if a.prep is None and not a.place and a.actor.sector in _AUTHORITIES:
            return a
    return None
