"""The document model. Every span is (start, end) in Python string indices into the ORIGINAL text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.knowledge.records import Actor
from marsad.text.normalize import Normalized


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # as in the original
    norm: str  # matching form
    sentence: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names or designates an actor or a place."""

    start: int
    end: int
    text: str
    type: str  # PER ORG LOC NORP AGENT
    actor: Actor | None
    rule: str  # which dictionary entry or pattern found it
    sentence: int = 0
    nominal: bool = False  # a title, institution or generic agent rather than a name
    role_key: tuple[str, str] | None = field(default=None, compare=False, repr=False)  # (role, of) of a title
    tok_span: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)  # token span in its sentence

    def to_dict(self, doc_id: str | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {} if doc_id is None else {"doc_id": doc_id}
        d.update(start=self.start, end=self.end, text=self.text, type=self.type,
                 actor=self.actor.to_dict() if self.actor else None, rule=self.rule, sentence=self.sentence,
                 nominal=self.nominal)
        return d


@dataclass
class Document:
    """An article. `text` is never modified; analysis fills `sentences`, `tokens` and `mentions`."""

    id: str
    text: str
    date: date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)  # marsad.events.record.Event
    normalized: Normalized | None = field(default=None, repr=False)
    # internal per-sentence token lists in norm indices: (nstart, nend, norm text)
    norm_tokens: list[list[tuple[int, int, str]]] = field(default_factory=list, repr=False)

    _tokens: list[Token] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[Token]:
        """Tokens with original offsets, made on first use from the sentence stage's norm tokens."""
        if self._tokens is None:
            nz = self.normalized
            out: list[Token] = []
            if nz is not None:
                for si, toks in enumerate(self.norm_tokens):
                    for a, b, t in toks:
                        s, e = nz.to_orig(a, b)
                        out.append(Token(s, e, self.text[s:e], t, si))
            self._tokens = out
        return self._tokens
