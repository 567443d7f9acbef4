"""Pipeline stages. Each declares what it requires and provides; `marsad.pipeline` checks the chain."""

from __future__ import annotations

from typing import ClassVar, Protocol

from marsad.doc import Document


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> None: ...
