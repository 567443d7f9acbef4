"""A capital that is the seat of a union stands for the union when it acts: بروكسل as a party is the EU.

فرضت بروكسل رسوما، انتقدت بروكسل أنقرة، طلبت X من بروكسل مساعدات، بروكسل وواشنطن: the city named bare as an
event's actor or recipient is the European Union's institutions, not the Belgian state. Not when it is a place —
right after في / إلى / نحو / عبر, with ب or ل joined to it (ببروكسل، لبروكسل), or after a noun it names the venue of
(قمة بروكسل، اجتماع بروكسل، مقر في بروكسل) — and not in Belgian domestic news: a sentence that names Belgium or a
Belgian (بلجيكا، البلجيكية) keeps the city Belgian. Only a participant that is the bare place itself is read (no
sector: شرطة بروكسل stays Belgian). Applied in stages/events after the ranker, so its roles are read too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events.record import Event, Participant
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm

# place id -> the body seated there (organisations.yaml)
_SEATS = {"brussels": Actor("European Union", "IGO", "IGO", "IGOIGO", "eu", "organisation")}
_PLACE_BEFORE = frozenset(norm(w) for w in (
    "في", "إلى", "الى", "نحو", "عبر", "قمة", "القمة", "اجتماع", "اجتماعات", "مؤتمر", "مقر", "مقرها", "مقره",
    "العاصمة", "عاصمة", "مطار", "شوارع", "ضواحي", "بلدية", "جامعة", "محكمة", "شرطة", "مدينة"))
_NAMES = frozenset({norm("بروكسل")})
_CLITIC_PLACE = ("ب", "ل")  # ببروكسل، لبروكسل: in / to the city
_HOME = norm("بلجيك")  # بلجيكا، البلجيكي، البلجيكية: Belgian news
_BREAKS = re.compile(r"[.!?؟\n]")


def seat_party(events: list[Event], text: str) -> list[Event]:
    """The events with a seat city as a party (see the module) coded as the body seated there."""
    out = []
    for e in events:
        actor, recipient = _body(e.actor, text), _body(e.recipient, text)
        out.append(e if actor is e.actor and recipient is e.recipient else replace(e, actor=actor, recipient=recipient))
    return out


def _body(p: Participant | None, text: str) -> Participant | None:
    if p is None or p.implicit or p.actor.id not in _SEATS or p.actor.sector:
        return p
    start, end = p.span.start, p.span.end
    word = norm(text[start:end])
    if start > 1 and text[start - 1] in _CLITIC_PLACE and text[start - 2].isspace() \
            or word[:1] in _CLITIC_PLACE and word[1:] in _NAMES:
        return p  # ببروكسل، لبروكسل (the span with or without its clitic)
    before = text[max(0, start - 40):start]
    prev = before.split()[-1] if before.split() else ""
    if norm(prev).lstrip("و") in _PLACE_BEFORE or norm(prev) in _PLACE_BEFORE:
        return p
    left = _BREAKS.split(text[max(0, start - 400):start])[-1]
    right = _BREAKS.split(text[end:end + 400])[0]
    if _HOME in norm(left + " " + right):
        return p
    return replace(p, actor=_SEATS[p.actor.id])
