"""An authority of no country that arrests, tries or raids somewhere belongs to the state of that place.

الشرطة اعتقلت 22 متظاهرا في إسطنبول، اعتقلت شرطة مكافحة الإرهاب في فرنسا خمسة أشخاص، قضت المحكمة الابتدائية بتونس
على المتهم: a police force, court, army or government named by a bare noun gets its country from the sentence or
the article (events/localise); when those name several states it is left with none. A coercion is done
by a state's own authorities on its own ground, so the place told with في or بـ right after the authority's name
(past two words of its own: شرطة مكافحة الإرهاب في فرنسا), else with في after the act in its clause (اعتقلت
22 متظاهرا في إسطنبول), gives its country — not a place someone only lives in, nor when the rules took a place or
a state of another country for the target (the act may cross a border), nor Palestinian ground, held by Israel's
forces as often as by its own (events/occupation).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.events.arguments import lives_in
from marsad.knowledge.records import STATE_SECTORS, make_code

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.record import Participant
    from marsad.events.triggers import TriggerHit

_AT = ("في", "ب")
_STOPS = frozenset((".", "؛", ":", "!", "؟", "،", ","))
_NO_STATE = frozenset({"IGO", "IMG", "UNO", "NGO", "PSE"})  # (PSE: see the module)


def _state(a: Arg, toks: list[str]) -> str | None:
    c = a.actor.country
    ok = a.place and a.prep in _AT and c and len(c) == 3 and c not in _NO_STATE and not lives_in(a, toks)
    return c if ok else None


def _place_of(hit: TriggerHit, toks: list[str], args: list[Arg], own: Arg | None) -> str | None:
    """The state of the place right after the authority's name, else after the act in its clause (see the
    module); else None."""
    if own is not None:
        near = next((a for a in args if own.j <= a.i <= own.j + 3 and _state(a, toks)
                     and not any(w in _STOPS for w in toks[own.j:a.i])), None)
        if near is not None:
            return _state(near, toks)
    after = next((a for a in args if hit.j <= a.i <= hit.j + 8 and _state(a, toks)
                  and not any(w in _STOPS for w in toks[hit.j:a.i])), None)
    return _state(after, toks) if after is not None else None


def placed_authority(event_type: str, hit: TriggerHit, toks: list[str], args: list[Arg],
                     actor: Participant | None, recipient: Participant | None) -> Participant | None:
    """The actor with the country of the place its coercion is told at when it is an authority of none (see the
    module); else unchanged."""
    if event_type != "COERCE" or actor is None or actor.actor.country or actor.actor.sector not in STATE_SECTORS:
        return actor
    own = None if actor.implicit else next(
        (a for a in args if a.start == actor.span.start and a.end == actor.span.end), None)
    c = _place_of(hit, toks, args, own)
    if c is None or recipient is not None and recipient.actor.country not in (None, c) \
            and recipient.actor.kind in ("place", "country"):
        return actor
    a = actor.actor
    return replace(actor, actor=replace(a, country=c, code=make_code(c, a.sector)))
