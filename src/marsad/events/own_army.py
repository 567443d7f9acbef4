"""A soldier or a warplane named without a country in a sentence that names one state's armed forces is that
state's, not the country of the place (used by events/localise).

قالت رئاسة الأركان التركية إن جنديا قتل في هجوم لحزب العمال الكردستاني في شمالي العراق: the soldier is Turkish —
the general staff tells of its own men —, though the only place named is in Iraq. A bare armed agent (جندي، جنود،
طائرات حربية، القوات; sector MIL, no country) takes the country of the one state's military body the sentence codes
as its teller, right after a verb of saying (قالت رئاسة الأركان التركية، أعلن الجيش التركي — sector MIL), other than
the place's; with none, or with two such, the place decides as before (بدعم من القوات التركية ... الهجوم الذي تشنه
القوات الحكومية على الغوطة: the government's forces are Syria's). Not police or other agents: a foreign army tells of
the place's police as of the place's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events import cues

if TYPE_CHECKING:
    from marsad.events.arguments import Arg

_ARMED = frozenset({"MIL"})


def _speaks(toks: list[str], i: int) -> bool:
    """قالت رئاسة الأركان التركية، أعلن الجيش التركي: a verb of saying right before the body."""
    return any(w.removeprefix("و") in cues.REPORTERS for w in toks[max(0, i - 2):i])


def army_country(args: list[Arg], toks: list[str], place: str) -> str | None:
    """The country of the one state's military body among `args` that speaks, other than `place`'s, else None."""
    armies = {a.actor.country for a in args if a.actor.sector in _ARMED and a.actor.country and not a.place
              and _speaks(toks, a.i)
              and a.actor.kind in ("institution", "organisation", "country") and len(a.actor.country) == 3
              and not a.actor.country.startswith(("IGO", "IMG", "UNO", "NGO"))}
    armies.discard(place)  # (the place's own army, named or placed there: عمليات للجيش في شمالي العراق)
    return next(iter(armies)) if len(armies) == 1 else None
