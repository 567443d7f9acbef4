"""Domestic agents take a country (used by events/venues when it reads a sentence's participants): a body, an
office or a crowd named without one — الشرطة، المتظاهرون، وزير الداخلية — belongs to the country the sentence places
things in, else to the one the article is about (events/home.doc_country)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import UNPLACED, Arg
from marsad.events.offstage import offstage
from marsad.events.own_army import army_country
from marsad.events.own_place import phrase_country
from marsad.events.sectors import placed

_BODIES = ("PTY", "CVL", "NGO", "GOV", "COP")  # the sectors actors/org_sectors gives an unlisted body: of one state


def localise(args: list[Arg], toks: list[str], home: str | None = None) -> list[Arg]:
    """Domestic agents named without a country (الشرطة, المتظاهرون, وزير الداخلية) belong to the country
    the sentence places things in, when it names places of one country only — not those called foreign or
    international (القوات الأجنبية, قوات التحالف), nor unknown gunmen (مسلحون مجهولون), who may come from anywhere;
    armed groups named by what they are (الميليشيات, المتمردون in a report from Yemen) are local. A sentence that
    names no place falls back on `home`, the country the whole article is about (doc_country). A place someone only
    lives in or speaks from (غولن المقيم في الولايات المتحدة، مؤتمر صحفي في X: events/offstage) places nothing that
    happens. A sentence whose places are in two states, one of them `home` and named there no less than any other
    (قالت الحكومة الصومالية إن الجيش قتل ... في بيدوا، بعد عودتهم من معسكرات في كينيا), places its agents in `home`
    (not an unlisted name). Before all this, the state an agent's own phrase places it in (نواب أكراد في البرلمان
    التركي: events/own_place) is its state."""
    named = [a.actor.country for a in args if (a.place or a.actor.kind == "place") and a.actor.country
             and not offstage(a, toks)]
    countries = set(named)
    several = len(countries) > 1 and home in countries and all(named.count(k) <= named.count(home) for k in countries)
    if several:  # places in two states, the article's own named no less than the other: its agents are of it
        countries = {home}
    c = next(iter(countries)) if len(countries) == 1 else home if not countries else None
    army = army_country(args, toks, c) if c else None  # قالت رئاسة الأركان التركية إن جنديا قتل ... (own_army)
    out = []
    for n, a in enumerate(args):
        # (and a party, union, association, authority or police post no dictionary lists, الحزب الاشتراكي
        # الديمقراطي، نقابة الصحفيين، الهيئة العليا المستقلة: of one state; its head's sector, actors/org_sectors)
        if a.actor.country is None and not a.place and (a.actor.kind in ("generic", "institution", "person") or (
                a.actor.kind == "organisation" and a.actor.sector in _BODIES)) \
                and a.actor.id is None and a.actor.sector not in ("UNK",) \
                and not (any(w in UNPLACED for w in toks[a.i:a.j + 1]) and not _minister(a, toks)):
            # (ويشن الجيش والأمن في مصر: the state its own phrase places it in comes first, events/own_place)
            own = phrase_country(n, args, toks)
            if own or c and not (several and a.actor.sector is None):  # (not an unlisted name: ابراهيم الخليل)
                a = replace(a, actor=placed(a.actor, own or (army if army and a.actor.sector == "MIL" else c)))
        out.append(a)
    return out


def _minister(a: Arg, toks: list[str]) -> bool:
    """A minister's title is a state's, whatever its portfolio says: وزيرة التنمية الدولية, وزير التعاون الدولي (not
    the "international" that leaves an envoy or a force of no state: المبعوث الدولي، قوات دولية)."""
    return a.actor.kind == "person" and toks[a.i].startswith(("وزير", "لوزير", "ووزير", "بوزير", "فوزير"))
