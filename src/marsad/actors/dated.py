"""A named person coded by the office held on the article's date.

A person's record gives one code (its `country` and `sector`), usually that of the office the dictionary writer
thought of first; its dated `roles` tell where the person served when. A person named in an article is coded by the
office held on the article's date when that office is another state's or an intergovernmental body's: Mark Rutte is
NLDGOV while Dutch prime minister (IGO once NATO's secretary general), Mario Draghi IGOIGO while he heads the
European Central Bank, the GCC's secretary general IGO, not his home state's government. A role of the person's own
country, or of a body no dictionary codes, leaves the record's country; where the only state office held at home
that day is of a state sector finer than the record's GOV — the army's chief (MIL), the intelligence chief (SPY),
the speaker (LEG) — that sector is the code's (Mike Pompeo, GOV as secretary of state, is USASPY while CIA director
in 2017; Hulusi Akar TURMIL as chief of the general staff until July 2018). Heading a party or movement of the
person's own country while holding no office of that state gives a record of a state's sector the body's code
(Rached Ghannouchi, LEG as speaker from 2019, is TUNPTY as Ennahda's head in 2016). A person whose every listed
office ended before the day — Abdullah Gül or Ahmet Davutoğlu in 2018 — is a former office-holder: a notable of the
record's country (ELI), as a title with السابق codes him, no longer its government, army or intelligence (an office
left in the 30 days before still names him: a resignation's news, a caretaker), and so is one who takes an office up
again more than 30 days later — Lula da Silva in 2018, between his terms (one named to it in the last weeks before,
a designate, keeps his office's code). So is one whose first listed office, a president's or prime minister's,
begins one to twelve months after the day — Trump in the 2016 race, Macron in early 2017: a candidate is a notable
of his country, not yet its government.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from marsad.actors.draft import Draft
from marsad.actors.namesakes import namesake_on
from marsad.knowledge.records import STATE_SECTORS, Actor, Knowledge, Role, make_code

# the sector a role of a state gives (the rest of a state's offices are its government's)
_ROLE_SECTORS = {"army_chief": "MIL", "intelligence_chief": "SPY", "parliament_speaker": "LEG"}
_JUST_LEFT = timedelta(days=30)
_RACE = timedelta(days=366)
_HEADS = frozenset({"president", "prime_minister"})


def dated_code(kb: Knowledge, actor: Actor, day: date) -> Actor:
    """`actor` (a listed person with the record's own code) with the code of the office the person holds on
    `day`, when that office is another state's or a coded organisation's; a notable (ELI) of the record's country
    when every listed office ended more than 30 days before `day` or the person runs for the first (_running);
    else `actor` unchanged."""
    person = kb.people.get(actor.id or "") if actor.kind == "person" else None
    if person is None or (actor.country, actor.sector) != (person.country, person.sector):
        return actor  # (a code a title changed — a former office-holder, a party's head — stays)
    offices: list[tuple[str, str]] = []
    home_state = False  # an office of the person's own state held on the day
    home_sectors: set[str] = set()  # the sectors those offices give
    for role in person.roles:
        if not role.holds_on(day):
            continue
        if role.of in kb.countries:
            offices.append((role.of, _ROLE_SECTORS.get(role.role, "GOV")))
            if role.of == person.country:
                home_state = True
                home_sectors.add(_ROLE_SECTORS.get(role.role, "GOV"))
        elif (org := kb.organisations.get(role.of)) is not None and org.country:
            offices.append((org.country, org.sector or "IGO"))
    if not offices:
        # (an office taken up again later: Lula in 2018; not within 30 days, a designate: Abdul-Mahdi in October 2018)
        begun = [r for r in person.roles if r.start <= day + _JUST_LEFT]
        if person.sector in STATE_SECTORS and person.roles and (begun and all(
                r.end is not None and r.end + _JUST_LEFT < day for r in begun) or _running(person.roles, day)):
            return replace(actor, sector="ELI", code=make_code(actor.country, "ELI"))  # out of office on the day
        return actor
    if any(country == person.country for country, _ in offices):
        home = [o for o in offices if o[0] == person.country]
        if home_state and person.sector == "GOV" and len(home_sectors) == 1 and "GOV" not in home_sectors:
            sector = next(iter(home_sectors))  # the one state office held that day: Pompeo, CIA director in 2017
            return replace(actor, sector=sector, code=make_code(actor.country, sector))
        if home_state or person.sector not in STATE_SECTORS or home[0][1] in ("", person.sector):
            return actor
        country, sector = home[0]  # out of office, heading a party or movement at home: Ghannouchi before 2019
        return replace(actor, sector=sector, code=make_code(country, sector))
    country, sector = offices[0]
    return replace(actor, country=country, sector=sector, code=make_code(country, sector))


def _running(roles: tuple[Role, ...], day: date) -> bool:
    """True when the person's first listed office is a head of state's or government's taken up more than 30 days
    and less than a year after `day`: a candidate in the race for it (a designate or an elect of the last weeks,
    and a long earlier career the dictionary may not list, are left alone)."""
    first = min(roles, key=lambda r: r.start)
    return first.role in _HEADS and day + _JUST_LEFT < first.start <= day + _RACE


def dated_drafts(kb: Knowledge, drafts: list[Draft], day: date | None,
                 namesakes: Mapping[str, tuple[Actor, ...]] | None = None) -> list[Draft]:
    """The drafts with each listed person coded by the office held on `day` (dated_code), a name that several
    listed persons share first given to the one it meant that day (actors/namesakes)."""
    if day is None:
        return drafts
    coded: dict[int, Actor] = {}  # (one actor object stays one: a title's nominal draft and its name share it)
    out = []
    for d in drafts:
        if d.actor is not None and d.actor.kind == "person" and d.actor.id:
            if id(d.actor) not in coded:
                a = d.actor
                own = kb.people.get(a.id)
                if namesakes and a.id in namesakes and own and (a.country, a.sector) == (own.country, own.sector):
                    a = namesake_on(kb, a, namesakes[a.id], day)
                coded[id(d.actor)] = dated_code(kb, a, day)
            a = coded[id(d.actor)]
            d = d if a is d.actor else replace(d, actor=a, rule=d.rule.replace(
                f"person:{d.actor.id}", f"person:{a.id}"))
        out.append(d)
    return out
