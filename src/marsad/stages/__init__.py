"""Pipeline stages. Each declares what it requires and provides; `marsad.pipeline` checks the chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol

from marsad.doc import Document


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> None: ...


class BatchStage(Stage, Protocol):
    """A stage that can also take several documents at once (`Pipeline.pipe` with a batch size), leaving each as
    calling it on that document alone would."""

    def batch(self, docs: Sequence[Document]) -> list[Exception | None]:
        """Run on every document; per document, the exception that stopped it (None: done). One document that
        raises must not stop the others."""
        ...


def each(stage: Stage, docs: Sequence[Document]) -> list[Exception | None]:
    """Run a stage on the documents one by one; per document, the exception it raised (None: done)."""
    out: list[Exception | None] = []
    for doc in docs:
        try:
            stage(doc)
            out.append(None)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch; the caller reports it
            out.append(exc)
    return out
