"""A news outlet or a party named only as the source of a report (حسب ما نقلته وكالة X، أفادت مصادر X، بحسب
المسؤولين) or a press conference's outlet word is no participant of the events it tells; used by events/arguments
with events/attribution's checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.attribution import attributed, given_to, published_by
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg

_ATTRIBUTION = norm_words("""حسب بحسب وفق وفقا طبقا نقلت نقلته نقلها نقلا ذكرت ذكره ذكرته ذكرتها افادت افاده اوردت
    اوردته اوردتها بثته بثتها مصادر مصدر لموقع لوكاله لصحيفه لقناه وكاله صحيفه قناه موقع""")


_CONFERENCE = norm_words("مؤتمر المؤتمر بمؤتمر لمؤتمر ومؤتمر")


def report_source(a: Arg, toks: list[str]) -> bool:
    """A news outlet named as the source of a report (حسب ما نقلته وكالة رويترز, أفادت مصادر سكاي نيوز عربية) is not a
    participant of the events it reports."""
    if a.actor.sector == "MED" and a.i > 0 and toks[a.i - 1] in _CONFERENCE:
        return True  # مؤتمر صحفي is a press conference, not a journalist
    if a.actor.sector == "MED" and (given_to(toks, a.i, a.prep) or published_by(toks, a.i, a.prep)):
        return True  # في تصريح لوكالة X، وثيقة اطلعت عليها وكالة X: events/attribution
    if attributed(toks, a.i):
        return True  # بحسب المسؤولين الباكستانيين: whoever a report is attributed to is its source
    return a.actor.sector == "MED" and a.actor.kind in ("organisation", "institution", "generic") and any(
        w in _ATTRIBUTION or w.startswith(("ل", "و")) and w[1:] in _ATTRIBUTION for w in toks[max(0, a.i - 3):a.i])

