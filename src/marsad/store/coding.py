"""Coding documents into store rows, in this process or in worker processes.

`code_rows` turns documents into the rows of the sentences, mentions and events tables; an exception while coding
one document is caught, reported as that document's error and the others go on. `WorkerPool` runs `code_rows` in
N spawned processes, each building its own pipeline once from the loader's `origin` (the dictionary folders), with
at most `2 * N` batches in flight so memory stays bounded whatever the size of the input."""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from marsad import __version__
from marsad.doc import Document
from marsad.errors import StoreError
from marsad.events.formats import to_plover
from marsad.events.record import Event, Participant
from marsad.pipeline import Pipeline, load
from marsad.store.neardup import signature


@dataclass
class Coded:
    """The rows of one coded document, or the error that stopped it (picklable: it crosses processes)."""

    doc_id: str
    sentences: list[list[Any]] = field(default_factory=list)
    mentions: list[list[Any]] = field(default_factory=list)
    events: list[list[Any]] = field(default_factory=list)
    signature: list[int] | None = None  # MinHash, for near-duplicate stories (store/neardup.py)
    error: str | None = None


def _participant(p: Participant | None) -> list[Any]:
    if p is None:
        return [None] * 8
    a = p.actor
    return [p.span.text, p.span.start, p.span.end, a.name, a.country, a.sector, a.code, a.id]


def event_row(doc: Document, e: Event, dicts: str) -> list[Any]:
    loc = e.location
    return [e.id, e.doc_id, e.date, e.event_type, e.mode, e.cameo, e.goldstein, e.quad_class, e.negated,
            e.modality, e.reported, e.confidence, e.rule, e.trigger.text, e.trigger.start, e.trigger.end,
            *e.sentence, *_participant(e.actor), *_participant(e.recipient),
            loc.actor.name if loc else None, loc.actor.country if loc else None, loc.actor.lat if loc else None,
            loc.actor.lon if loc else None, json.dumps(e.to_dict(), ensure_ascii=False),
            json.dumps(to_plover(doc, e, __version__), ensure_ascii=False), __version__, dicts]


def code_rows(pipeline: Pipeline, docs: list[Document], dicts: str) -> list[Coded]:
    """The rows of each document, coded as one batch (`Pipeline.process_batch`: the sentence check encodes the
    whole batch's sentences in one call); a document that raises is reported, the others are coded."""
    out = []
    for doc, error in zip(docs, pipeline.process_batch(docs), strict=True):
        try:
            if error is not None:
                raise error
            coded = Coded(
                doc.id,
                [[doc.id, s.index, s.start, s.end] for s in doc.sentences],
                [[doc.id, m.start, m.end, m.text, m.type, m.rule, m.nominal, m.sentence,
                  *([m.actor.name, m.actor.country, m.actor.sector, m.actor.code, m.actor.id] if m.actor
                    else [None] * 5)] for m in doc.mentions],
                [event_row(doc, e, dicts) for e in doc.events],
                signature(doc.text))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch; it is reported
            coded = Coded(doc.id, error=f"{type(exc).__name__}: {exc}")
        out.append(coded)
    return out


# Worker-process state: set once by the pool's initializer in each worker, never in the parent.
_worker: dict[str, Any] = {}


def _init_worker(origin: tuple[tuple[str, ...], str | None], dicts: str) -> None:
    _worker["pipeline"] = load(origin[0], origin[1])
    _worker["dicts"] = dicts


def _code_in_worker(docs: list[Document]) -> list[Coded]:
    return code_rows(_worker["pipeline"], docs, _worker["dicts"])


class WorkerPool:
    """N coding processes fed in order; `submit` blocks once 2 * N batches are waiting, results come back in
    submission order."""

    def __init__(self, pipeline: Pipeline, workers: int, dicts: str) -> None:
        if pipeline.origin is None:
            raise StoreError("this pipeline was not built by marsad.load, so worker processes cannot rebuild it; "
                             "use workers=1")
        self.limit = 2 * workers
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_init_worker, initargs=(pipeline.origin, dicts))
        self.inflight: deque[tuple[Any, Future[list[Coded]]]] = deque()

    def full(self) -> bool:
        return len(self.inflight) >= self.limit

    def submit(self, tag: Any, docs: list[Document]) -> None:
        self.inflight.append((tag, self.pool.submit(_code_in_worker, docs)))

    def next(self) -> tuple[Any, list[Coded]]:
        tag, fut = self.inflight.popleft()
        try:
            return tag, fut.result()
        except BrokenProcessPool as exc:
            raise StoreError("a worker process died (out of memory, or killed); the batches committed so far are "
                             "kept: run the same command again to finish") from exc

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
