"""Ingest articles into the store: code each new document and write it with its sentences, mentions and
events in the same transaction as its batch, so an interrupted run loses no committed work and leaves no half
document; running it again finishes the job. A document already stored with the same content is skipped; a
stored id with new content is recoded; the same story under another id (same normalised text) is linked as a
duplicate and not coded twice."""

from __future__ import annotations

import csv
import hashlib
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from marsad import __version__
from marsad.doc import Document
from marsad.errors import StoreError
from marsad.events.formats import to_plover
from marsad.events.record import Event, Participant
from marsad.pipeline import Pipeline
from marsad.store.schema import migrate
from marsad.text.normalize import norm


@dataclass
class IngestStats:
    seen: int = 0
    coded: int = 0
    skipped: int = 0
    duplicates: int = 0
    updated: int = 0
    events: int = 0


def connect(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open (or create) a store and bring its schema up to date."""
    try:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path))
        migrate(con)
    except (OSError, duckdb.Error) as exc:
        raise StoreError(f"cannot open the store: {exc}", str(path)) from exc
    return con


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(norm(text).split()).encode("utf-8")).hexdigest()


def dictionaries_checksum(pipeline: Pipeline) -> str:
    checks = pipeline.knowledge.checksums
    return hashlib.sha256(json.dumps(checks, sort_keys=True).encode()).hexdigest()[:16]


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


def _delete(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    marks = ", ".join("?" * len(doc_ids))
    for table in ("events", "mentions", "sentences", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", doc_ids)


class _Rows:
    """Rows of one batch, written with multi-row INSERTs (far faster than one statement a row)."""

    def __init__(self) -> None:
        self.tables: dict[str, list[list[Any]]] = {"documents": [], "sentences": [], "mentions": [], "events": []}

    def add_document(self, doc: Document, digest: str, dicts: str, duplicate_of: str | None) -> None:
        self.tables["documents"].append([doc.id, digest, doc.date, doc.source, doc.title, doc.url, doc.text,
                                         duplicate_of, __version__, dicts])

    def add_coded(self, doc: Document, dicts: str) -> int:
        self.tables["sentences"] += [[doc.id, s.index, s.start, s.end] for s in doc.sentences]
        self.tables["mentions"] += [
            [doc.id, m.start, m.end, m.text, m.type, m.rule, m.nominal, m.sentence,
             *([m.actor.name, m.actor.country, m.actor.sector, m.actor.code, m.actor.id] if m.actor else [None] * 5)]
            for m in doc.mentions]
        rows = [event_row(doc, e, dicts) for e in doc.events]
        self.tables["events"] += rows
        return len(rows)

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


def ingest(con: duckdb.DuckDBPyConnection, pipeline: Pipeline, docs: Iterable[Document], batch: int = 200,
           stats: IngestStats | None = None) -> IngestStats:
    """Code and store `docs`; each batch of `batch` documents is written and committed as one transaction."""
    stats = stats or IngestStats()
    dicts = dictionaries_checksum(pipeline)
    pending: list[Document] = []
    for doc in docs:
        pending.append(doc)
        if len(pending) >= batch:
            _ingest_batch(con, pipeline, pending, dicts, stats)
            pending = []
    if pending:
        _ingest_batch(con, pipeline, pending, dicts, stats)
    return stats


def _ingest_batch(con: duckdb.DuckDBPyConnection, pipeline: Pipeline, docs: list[Document], dicts: str,
                  stats: IngestStats) -> None:
    digests = {d.id: content_hash(d.text) for d in docs}
    ids = list(digests)
    stored = dict(con.execute("SELECT doc_id, content_hash FROM documents WHERE doc_id IN ("
                              + ", ".join("?" * len(ids)) + ")", ids).fetchall())
    hashes = list(set(digests.values()))
    originals = dict(con.execute("SELECT content_hash, min(doc_id) FROM documents WHERE duplicate_of IS NULL AND "
                                 "content_hash IN (" + ", ".join("?" * len(hashes)) + ") GROUP BY 1",
                                 hashes).fetchall())
    rows = _Rows()
    changed: list[str] = []
    seen_ids: set[str] = set()
    for doc in docs:
        stats.seen += 1
        digest = digests[doc.id]
        if stored.get(doc.id) == digest or doc.id in seen_ids:
            stats.skipped += 1
            continue
        seen_ids.add(doc.id)
        if doc.id in stored:
            changed.append(doc.id)
            stats.updated += 1
        original = originals.get(digest)
        if original is not None and original != doc.id:
            rows.add_document(doc, digest, dicts, original)
            stats.duplicates += 1
            continue
        originals[digest] = doc.id
        pipeline.process(doc)
        rows.add_document(doc, digest, dicts, None)
        stats.events += rows.add_coded(doc, dicts)
        stats.coded += 1
    con.execute("BEGIN TRANSACTION")
    try:
        if changed:
            _delete(con, changed)
        rows.flush(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
