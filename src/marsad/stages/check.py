"""Sentence-check stage: the learned check's verdict on the events the rules count (events/sentence_check).
Alone, a document's checked sentences are encoded in one call; in a batch (`Pipeline.pipe(docs, batch_size=N)`),
all the batch's sentences are, which costs the encoder less per sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from marsad.doc import Document
from marsad.events.sentence_check import SentenceCheck, check_documents, check_sentences
from marsad.stages import each


class CheckStage:
    name: ClassVar[str] = "check"
    requires: ClassVar[frozenset[str]] = frozenset({"events"})
    provides: ClassVar[frozenset[str]] = frozenset({"checked"})

    def __init__(self, check: SentenceCheck) -> None:
        self.check = check

    def __call__(self, doc: Document) -> None:
        doc.events = check_sentences(self.check, doc, doc.events)

    def batch(self, docs: Sequence[Document]) -> list[Exception | None]:
        try:
            checked = check_documents(self.check, [(doc, doc.events) for doc in docs])
        except Exception:  # noqa: BLE001 - a document the batch fails on: each alone, so only that one fails
            return each(self, docs)
        for doc, events in zip(docs, checked, strict=True):
            doc.events = events
        return [None] * len(docs)
