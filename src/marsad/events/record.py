"""The event record: one PLOVER event, with every span pointing into the original text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.knowledge.records import Actor


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Participant:
    """An event's actor or recipient: a span of the text and the coded actor behind it."""

    span: Span
    actor: Actor
    implicit: bool = False  # a pronoun, a subject-less verb or a speaker carried over (span = the verb's)
    # the words that name whom it stands for: for an implicit one the speaker or subject named earlier; for a noun
    # with a possessive pronoun (جنوده, حكومته) the pronoun's referent (الجيش الأميركي)
    antecedent: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {**self.span.to_dict(), "name": a.name, "country": a.country, "sector": a.sector, "code": a.code,
                "id": a.id, "implicit": self.implicit,
                "antecedent": self.antecedent.to_dict() if self.antecedent is not None else None}

    def named_span(self) -> Span:
        """Where the text names this participant: its own span, or for an implicit one its antecedent's."""
        return self.antecedent if self.implicit and self.antecedent is not None else self.span

    def spans(self) -> tuple[Span, ...]:
        """Every span of the text that names it: its own (unless implicit) and its antecedent's."""
        own = () if self.implicit else (self.span,)
        return own + ((self.antecedent,) if self.antecedent is not None else ())


@dataclass(frozen=True, slots=True)
class Place:
    span: Span
    actor: Actor

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {**self.span.to_dict(), "name": a.name, "country": a.country, "lat": a.lat, "lon": a.lon,
                "id": a.id}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    date: date | None
    event_type: str
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int
    negated: bool
    modality: str  # asserted | future | conditional | background
    actor: Participant | None
    recipient: Participant | None
    location: Place | None
    trigger: Span
    sentence: tuple[int, int, int]  # index, start, end
    confidence: float
    rule: str
    notes: tuple[str, ...] = field(default=())
    reported: bool = True  # the learned check's verdict: a reported event, not a mere mention (events/detector)
    token: int = field(default=-1, compare=False, repr=False)  # trigger's token index in its sentence
    verbal: bool = field(default=False, compare=False, repr=False)  # trigger is a conjugated verb

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "doc_id": self.doc_id, "date": self.date.isoformat() if self.date else None,
            "event_type": self.event_type, "mode": self.mode, "cameo": self.cameo, "goldstein": self.goldstein,
            "quad_class": self.quad_class, "negated": self.negated, "modality": self.modality,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "location": self.location.to_dict() if self.location else None,
            "trigger": self.trigger.to_dict(),
            "sentence": {"index": self.sentence[0], "start": self.sentence[1], "end": self.sentence[2]},
            "confidence": round(self.confidence, 3), "reported": self.reported, "rule": self.rule,
        }
