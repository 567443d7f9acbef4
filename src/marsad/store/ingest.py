"""Ingest articles into the store: code each new document and write it with its sentences, mentions and
events in the same transaction as its batch, so an interrupted run loses no committed work and leaves no half
document; running it again finishes the job (batches are committed in input order, so a duplicate is never
committed before its original). A document already stored with the same content is skipped; a
stored id with new content is recoded; the same story under another id (same normalised text) is linked as a
duplicate and not coded twice."""

from __future__ import annotations

import csv
import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from marsad import __version__
from marsad.doc import Document
from marsad.errors import CodingError, StoreError
from marsad.pipeline import Pipeline
from marsad.store import neardup
from marsad.store.coding import Coded, WorkerPool, code_rows
from marsad.store.schema import migrate
from marsad.text.normalize import norm


@dataclass
class IngestStats:
    seen: int = 0
    coded: int = 0
    skipped: int = 0
    duplicates: int = 0
    near_duplicates: int = 0  # of the duplicates, those found similar rather than identical
    updated: int = 0
    events: int = 0
    failed: int = 0
    batches: int = 0
    errors: list[CodingError] = field(default_factory=list)


INGEST_MEMORY = "256MB"  # DuckDB's cache limit while ingesting: keeps the writer flat (~300-500 MB) on any corpus


def connect(path: str | Path, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open (or create) a store and bring its schema up to date; `memory_limit` (e.g. "256MB") bounds DuckDB's
    cache on this connection (it spills to disk beyond it)."""
    try:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path))
        if memory_limit:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        migrate(con)
    except (OSError, duckdb.Error) as exc:
        raise StoreError(f"cannot open the store: {exc}", str(path)) from exc
    return con


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(norm(text).split()).encode("utf-8")).hexdigest()


def dictionaries_checksum(pipeline: Pipeline) -> str:
    checks = pipeline.knowledge.checksums
    return hashlib.sha256(json.dumps(checks, sort_keys=True).encode()).hexdigest()[:16]


def _delete(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    marks = ", ".join("?" * len(doc_ids))
    for table in ("events", "mentions", "sentences", "doc_bands", "doc_signatures", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", doc_ids)


class _Rows:
    """Rows of one batch, written with multi-row INSERTs (far faster than one statement a row)."""

    def __init__(self) -> None:
        self.tables: dict[str, list[list[Any]]] = {"documents": [], "sentences": [], "mentions": [], "events": [],
                                                   "doc_signatures": [], "doc_bands": []}

    def add_document(self, doc: Document, digest: str, dicts: str, duplicate_of: str | None) -> None:
        self.tables["documents"].append([doc.id, digest, doc.date, doc.source, doc.title, doc.url, doc.text,
                                         duplicate_of, __version__, dicts])

    def add_coded(self, coded: Coded) -> None:
        self.tables["sentences"] += coded.sentences
        self.tables["mentions"] += coded.mentions
        self.tables["events"] += coded.events
        if coded.signature is not None:
            self.tables["doc_signatures"].append([coded.doc_id, neardup.encode(coded.signature)])
            self.tables["doc_bands"] += [[key, coded.doc_id] for key in neardup.bands(coded.signature)]

    def flush(self, con: duckdb.DuckDBPyConnection) -> None:
        """Bulk-load the batch through CSV files and COPY (DuckDB's fastest way in from Python lists)."""
        columns = {"documents": "(doc_id, content_hash, date, source, title, url, text, duplicate_of, "
                                "coder_version, dictionaries)"}
        with tempfile.TemporaryDirectory(prefix="marsad-") as tmp:
            for table, rows in self.tables.items():
                if not rows:
                    continue
                path = Path(tmp) / f"{table}.csv"
                with path.open("w", encoding="utf-8", newline="") as fh:
                    writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
                    writer.writerows([_NULL if v is None else v for v in row] for row in rows)
                con.execute(f"COPY {table} {columns.get(table, '')} FROM '{path}' "
                            "(FORMAT csv, HEADER false, DELIM ',', QUOTE '\"', ESCAPE '\"', NULLSTR '\\N', "
                            "NEW_LINE '\\n', AUTO_DETECT false)")
                rows.clear()


_NULL = "\\N"


@dataclass
class _Plan:
    """One batch after the lookups: what to code, the duplicates' rows, the ids whose stored version it replaces."""

    rows: _Rows
    to_code: list[Document]
    digests: dict[str, str]
    changed: list[str]
    reserved: list[tuple[str, str]]  # (doc id, digest) held until the batch is committed


class _Ingest:
    def __init__(self, con: duckdb.DuckDBPyConnection, dicts: str, stats: IngestStats) -> None:
        self.con, self.dicts, self.stats = con, dicts, stats
        # Documents planned but not yet committed (batches in flight), so a repeat or a duplicate of one of them
        # is recognised before it reaches the database.
        self.pending_ids: dict[str, str] = {}
        self.pending_hashes: dict[str, str] = {}
        self.failed: set[str] = set()  # documents that failed to code in this run (their duplicates wait too)

    def plan(self, docs: list[Document]) -> _Plan:
        con, stats = self.con, self.stats
        digests = {d.id: content_hash(d.text) for d in docs}
        ids = list(digests)
        stored = dict(con.execute("SELECT doc_id, content_hash FROM documents WHERE doc_id IN ("
                                  + ", ".join("?" * len(ids)) + ")", ids).fetchall())
        hashes = list(set(digests.values()))
        originals = dict(con.execute("SELECT content_hash, min(doc_id) FROM documents WHERE duplicate_of IS NULL "
                                     "AND content_hash IN (" + ", ".join("?" * len(hashes)) + ") GROUP BY 1",
                                     hashes).fetchall())
        plan = _Plan(_Rows(), [], digests, [], [])
        for doc in docs:
            stats.seen += 1
            digest = digests[doc.id]
            if stored.get(doc.id) == digest or doc.id in self.pending_ids:
                stats.skipped += 1
                continue
            self.pending_ids[doc.id] = digest
            plan.reserved.append((doc.id, digest))
            if doc.id in stored:
                plan.changed.append(doc.id)
                stats.updated += 1
            original = self.pending_hashes.get(digest) or originals.get(digest)
            if original is not None and original != doc.id:
                plan.rows.add_document(doc, digest, self.dicts, original)
                stats.duplicates += 1
                continue
            self.pending_hashes.setdefault(digest, doc.id)
            plan.to_code.append(doc)
        return plan

    def write(self, plan: _Plan, coded: list[Coded]) -> None:
        """Write a planned batch and its coded rows in one transaction."""
        stats, rows = self.stats, plan.rows
        by_id = {d.id: d for d in plan.to_code}
        failed = set()
        near = _NearDuplicates(self.con, coded)
        for c in coded:
            if c.error is not None:
                failed.add(c.doc_id)
                stats.failed += 1
                stats.errors.append(CodingError(c.error, f"document {c.doc_id}"))
                continue
            original = near.original(c) if c.doc_id not in plan.changed else None
            if original is not None:
                rows.add_document(by_id[c.doc_id], plan.digests[c.doc_id], self.dicts, original)
                stats.duplicates += 1
                stats.near_duplicates += 1
                continue
            near.add(c)
            rows.add_document(by_id[c.doc_id], plan.digests[c.doc_id], self.dicts, None)
            rows.add_coded(c)
            stats.coded += 1
            stats.events += len(c.events)
        self.failed |= failed
        docs = rows.tables["documents"]
        orphans = [r for r in docs if r[7] in self.failed]  # duplicates of a document that failed: not stored
        if orphans:
            rows.tables["documents"] = [r for r in docs if r[7] not in self.failed]
            stats.duplicates -= len(orphans)
            stats.skipped += len(orphans)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            replaced = [i for i in plan.changed if i not in failed]  # a failure keeps the stored version
            if replaced:
                _delete(con, replaced)
            rows.flush(con)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        for doc_id, digest in plan.reserved:
            self.pending_ids.pop(doc_id, None)
            if self.pending_hashes.get(digest) == doc_id:
                del self.pending_hashes[digest]
        stats.batches += 1


class _NearDuplicates:
    """The stored and in-batch originals a batch's coded documents are compared with (one query a batch)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, coded: list[Coded]) -> None:
        keys = sorted({k for c in coded if c.signature for k in neardup.bands(c.signature)})
        self.by_band: dict[int, list[str]] = {}
        self.sigs: dict[str, list[int]] = {}
        if keys:
            found = con.execute("SELECT b.band_key, b.doc_id, s.signature FROM doc_bands b JOIN doc_signatures s "
                                "USING (doc_id) WHERE b.band_key IN (SELECT unnest(?))", [keys]).fetchall()
            for key, doc_id, sig in found:
                self.by_band.setdefault(key, []).append(doc_id)
                self.sigs[doc_id] = neardup.decode(sig)

    def original(self, c: Coded) -> str | None:
        if c.signature is None:
            return None
        best, best_sim = None, neardup.THRESHOLD
        for key in neardup.bands(c.signature):
            for doc_id in self.by_band.get(key, ()):
                sim = neardup.similarity(c.signature, self.sigs[doc_id])
                if doc_id != c.doc_id and (sim > best_sim or (sim == best_sim and best is None)):
                    best, best_sim = doc_id, sim
        return best

    def add(self, c: Coded) -> None:
        if c.signature is not None:
            self.sigs[c.doc_id] = c.signature
            for key in neardup.bands(c.signature):
                self.by_band.setdefault(key, []).append(c.doc_id)


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(con: duckdb.DuckDBPyConnection, pipeline: Pipeline, docs: Iterable[Document], batch: int = 200,
           stats: IngestStats | None = None, workers: int = 1,
           on_batch: Callable[[IngestStats], None] | None = None) -> IngestStats:
    """Code and store `docs`. Each batch of `batch` documents is written and committed as one transaction, in
    input order, by this process (the single writer); with `workers` > 1 the coding runs in that many worker
    processes, with a bounded number of batches in flight. `on_batch` is called after each commit."""
    stats = stats or IngestStats()
    job = _Ingest(con, dictionaries_checksum(pipeline), stats)
    run(job, pipeline, (job.plan(chunk) for chunk in _chunks(docs, batch)), workers, on_batch)
    return stats


def run(job: _Ingest, pipeline: Pipeline, plans: Iterator[_Plan], workers: int,
        on_batch: Callable[[IngestStats], None] | None) -> None:
    """Code the planned batches (here or in worker processes) and write them in order. A plan is drawn only when
    a batch can be sent, so plans (and their documents) never pile up."""
    def write(plan: _Plan, coded: list[Coded]) -> None:
        job.write(plan, coded)
        if on_batch:
            on_batch(job.stats)

    if workers <= 1:
        for plan in plans:
            write(plan, code_rows(pipeline, plan.to_code, job.dicts))
        return
    pool = WorkerPool(pipeline, workers, job.dicts)
    try:
        for plan in plans:
            pool.submit(plan, plan.to_code)
            while pool.full():
                write(*pool.next())
        while pool.inflight:
            write(*pool.next())
    finally:
        pool.close()
