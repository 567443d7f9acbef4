"""Text stages: normalisation (with the offset map), sentence splitting and tokenisation."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Document, Sentence
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


class NormalizeStage:
    name: ClassVar[str] = "normalize"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset({"normalized"})

    def __call__(self, doc: Document) -> None:
        doc.normalized = normalize(doc.text)


class SentenceStage:
    name: ClassVar[str] = "sentences"
    requires: ClassVar[frozenset[str]] = frozenset({"normalized"})
    provides: ClassVar[frozenset[str]] = frozenset({"sentences"})

    def __call__(self, doc: Document) -> None:
        nz = doc.normalized
        assert nz is not None
        doc.sentences = []
        doc.norm_tokens = []
        for i, (a, b) in enumerate(split_sentences(nz.norm)):
            start, end = nz.to_orig(a, b)
            doc.sentences.append(Sentence(i, start, end))
            doc.norm_tokens.append(tokenize(nz.norm, a, b))


class TokenStage:
    """Public tokens with original offsets, made eagerly (otherwise `Document.tokens` makes them on first use)."""

    name: ClassVar[str] = "tokens"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"tokens"})

    def __call__(self, doc: Document) -> None:
        doc.tokens  # noqa: B018 - computes and caches them
