"""Namesakes: two listed persons who share a name, told apart by the article's date.

The phrase index keeps one person per name (the first record read); the others that share it are its namesakes
(ActorIndex.namesakes). A name is meant for the namesake who holds a listed office on the article's date; failing
that, not for one whose every listed office begins after the date — he was not yet the one in the news. So Tunisia's
Imed Trabelsi, jailed since 2011 and no office-holder, is the عماد الطرابلسي of a 2017 article, and Libya's Imad
Trabelsi, its interior minister from November 2022, the one of a 2023 article. With neither test settling it, the
record read first keeps the name.
"""

from __future__ import annotations

from datetime import date

from marsad.knowledge.records import Actor, Knowledge


def namesake_on(kb: Knowledge, actor: Actor, namesakes: tuple[Actor, ...], day: date) -> Actor:
    """The person among `actor` (a listed person with the record's own code) and its `namesakes` that the name
    meant on `day`; `actor` itself when none or several hold an office that day and no later office rules it out."""
    candidates = [(a, p) for a in (actor, *namesakes) if (p := kb.people.get(a.id or "")) is not None]
    holding = [a for a, p in candidates if any(r.holds_on(day) for r in p.roles)]
    if len(holding) == 1:
        return holding[0]
    if holding:
        return actor
    known = [a for a, p in candidates if not p.roles or min(r.start for r in p.roles) <= day]
    return actor if not known or any(a is actor for a in known) else known[0]
