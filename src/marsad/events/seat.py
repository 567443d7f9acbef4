"""A capital that is the seat of a union stands for the union when it acts: بروكسل as a party is the EU.

فرضت بروكسل رسوما، انتقدت بروكسل أنقرة، طلبت X من بروكسل مساعدات، بروكسل وواشنطن: the city named bare as an
event's actor or recipient is the European Union's institutions, not the Belgian state. Not when it is a place —
right after في / إلى / نحو / عبر, with ب or ل joined to it (ببروكسل، لبروكسل), or after a noun it names the venue of
(قمة بروكسل، اجتماع بروكسل، مقر في بروكسل) — and not in Belgian domestic news: a sentence that names Belgium or a
Belgian (بلجيكا، البلجيكية: the names and nisba of the city's country) keeps the city Belgian. Only a participant
that is the bare place itself is read (no sector: شرطة بروكسل stays Belgian). Which city is whose seat is data: an
organisation's `seats` (place ids) in organisations.yaml. Applied in stages/events after the ranker, so its roles
are read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from marsad.events.record import Event, Participant
from marsad.knowledge.records import Actor, Knowledge
from marsad.text.normalize import norm

_PLACE_BEFORE = frozenset(norm(w) for w in (
    "في", "إلى", "الى", "نحو", "عبر", "قمة", "القمة", "اجتماع", "اجتماعات", "مؤتمر", "مقر", "مقرها", "مقره",
    "العاصمة", "عاصمة", "مطار", "شوارع", "ضواحي", "بلدية", "جامعة", "محكمة", "شرطة", "مدينة"))
_CLITIC_PLACE = ("ب", "ل")  # ببروكسل، لبروكسل: in / to the city
_BREAKS = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True, slots=True)
class Seat:
    body: Actor  # the organisation seated in the city
    names: frozenset[str]  # the city's names, normalised
    home: tuple[str, ...]  # its country's names and nisba, normalised: a sentence naming them is local news


@dataclass(frozen=True)
class Seats:
    """Seat cities by place id (see the module), from the organisations' `seats`."""

    by_place: dict[str, Seat] = field(default_factory=dict)

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> Seats:
        places = {p.id: p for p in knowledge.places}
        out: dict[str, Seat] = {}
        for org in knowledge.organisations.values():
            for pid in org.seats:
                place = places[pid]  # (the loader checked the id)
                country = knowledge.countries.get(place.country)
                home = (*country.names, *country.nisba) if country else ()
                out[pid] = Seat(Actor(org.name, org.country, org.sector, org.code, org.id, "organisation"),
                                frozenset(norm(n) for n in place.names), tuple(norm(h) for h in home))
        return cls(out)

    def body(self, org_id: str) -> Actor | None:
        """The seated organisation of that id as the dictionaries code it (the EU for events/regions), if any."""
        return next((s.body for s in self.by_place.values() if s.body.id == org_id), None)

    def mark(self, events: list[Event], text: str) -> list[Event]:
        """The events with a seat city as a party coded as the body seated there."""
        if not self.by_place:
            return events
        out = []
        for e in events:
            actor, recipient = self._body(e.actor, text), self._body(e.recipient, text)
            out.append(e if actor is e.actor and recipient is e.recipient else replace(e, actor=actor,
                                                                                    recipient=recipient))
        return out

    def _body(self, p: Participant | None, text: str) -> Participant | None:
        if p is None or p.implicit or p.actor.sector or (seat := self.by_place.get(p.actor.id or "")) is None:
            return p
        start, end = p.span.start, p.span.end
        word = norm(text[start:end])
        if start > 1 and text[start - 1] in _CLITIC_PLACE and text[start - 2].isspace() \
                or word[:1] in _CLITIC_PLACE and word[1:] in seat.names:
            return p  # ببروكسل، لبروكسل (the span with or without its clitic)
        before = text[max(0, start - 40):start]
        prev = before.split()[-1] if before.split() else ""
        if norm(prev).lstrip("و") in _PLACE_BEFORE or norm(prev) in _PLACE_BEFORE:
            return p
        left = _BREAKS.split(text[max(0, start - 400):start])[-1]
        right = _BREAKS.split(text[end:end + 400])[0]
        near = norm(left + " " + right)
        if any(h in near for h in seat.home):
            return p
        return replace(p, actor=seat.body)
