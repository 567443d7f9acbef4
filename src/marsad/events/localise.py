"""Domestic agents take a country (used by events/venues when it reads a sentence's participants): a body, an
office or a crowd named without one — الشرطة، المتظاهرون، وزير الداخلية — belongs to the country the sentence places
things in, else to the one the article is about (events/home.doc_country)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import UNPLACED, Arg
from marsad.events.offstage import offstage
from marsad.events.own_army import army_country
from marsad.events.sectors import placed

_BODIES = ("PTY", "CVL", "NGO", "GOV", "COP")  # the sectors actors/org_sectors gives an unlisted body: of one state


def localise(args: list[Arg], toks: list[str], home: str | None = None) -> list[Arg]:
    """Domestic agents named without a country (الشرطة, المتظاهرون, وزير الداخلية) belong to the country
    the sentence places things in, when it names places of one country only — not those called foreign or
    international (القوات الأجنبية, قوات التحالف), nor unknown gunmen (مسلحون مجهولون), who may come from anywhere;
    armed groups named by what they are (الميليشيات, المتمردون in a report from Yemen) are local. A sentence that
    names no place falls back on `home`, the country the whole article is about (doc_country). A place someone only
    lives in or speaks from (غولن المقيم في الولايات المتحدة، مؤتمر صحفي في X: events/offstage) places nothing that
    happens."""
    countries = {a.actor.country for a in args if (a.place or a.actor.kind == "place") and a.actor.country
                 and not offstage(a, toks)}
    if len(countries) > 1 or not countries and home is None:
        return args
    c = next(iter(countries)) if countries else home
    assert c is not None
    left = ("UNK",)
    army = army_country(args, toks, c)  # قالت رئاسة الأركان التركية إن جنديا قتل ... في شمالي العراق (events/own_army)
    out = []
    for a in args:
        # (and a party, union, association, authority or police post no dictionary lists, الحزب الاشتراكي
        # الديمقراطي، نقابة الصحفيين، الهيئة العليا المستقلة: of one state; its head's sector, actors/org_sectors)
        if a.actor.country is None and not a.place and (a.actor.kind in ("generic", "institution", "person") or (
                a.actor.kind == "organisation" and a.actor.sector in _BODIES)) \
                and a.actor.id is None and a.actor.sector not in left \
                and not any(w in UNPLACED for w in toks[a.i:a.j + 1]):
            a = replace(a, actor=placed(a.actor, army if army and a.actor.sector == "MIL" else c))
        out.append(a)
    return out
