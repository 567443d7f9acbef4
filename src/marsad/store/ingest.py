"""Ingest articles into the store: code each new document and write it with its sentences, mentions and
events in the same transaction as its batch, so an interrupted run loses no committed work and leaves no half
document; running it again finishes the job. A document already stored with the same content is skipped; a
stored id with new content is recoded; the same story under another id (same normalised text) is linked as a
duplicate and not coded twice."""

from __future__ import annotations

import hashlib
import json
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


def _delete(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    for table in ("events", "mentions", "sentences", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])


def _write(con: duckdb.DuckDBPyConnection, doc: Document, digest: str, dicts: str) -> int:
    con.execute("INSERT INTO documents (doc_id, content_hash, date, source, title, url, text, coder_version, "
                "dictionaries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.id, digest, doc.date, doc.source, doc.title, doc.url, doc.text, __version__, dicts])
    if doc.sentences:
        con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?)",
                        [[doc.id, s.index, s.start, s.end] for s in doc.sentences])
    mentions = [[doc.id, m.start, m.end, m.text, m.type, m.rule, m.nominal, m.sentence,
                 *([m.actor.name, m.actor.country, m.actor.sector, m.actor.code, m.actor.id] if m.actor
                   else [None] * 5)] for m in doc.mentions]
    if mentions:
        con.executemany("INSERT INTO mentions VALUES (" + ", ".join("?" * len(mentions[0])) + ")", mentions)
    rows = [event_row(doc, e, dicts) for e in doc.events]
    if rows:
        con.executemany("INSERT INTO events VALUES (" + ", ".join("?" * len(rows[0])) + ")", rows)
    return len(rows)


def ingest(con: duckdb.DuckDBPyConnection, pipeline: Pipeline, docs: Iterable[Document], batch: int = 200,
           stats: IngestStats | None = None) -> IngestStats:
    """Code and store `docs`, committing every `batch` documents."""
    stats = stats or IngestStats()
    dicts = dictionaries_checksum(pipeline)
    pending = 0
    con.execute("BEGIN TRANSACTION")
    try:
        for doc in docs:
            stats.seen += 1
            digest = content_hash(doc.text)
            found = con.execute("SELECT content_hash FROM documents WHERE doc_id = ?", [doc.id]).fetchall()
            row = found[0] if found else None
            if row is not None and row[0] == digest:
                stats.skipped += 1
                continue
            if row is not None:
                _delete(con, doc.id)
                stats.updated += 1
            originals = con.execute("SELECT doc_id FROM documents WHERE content_hash = ? AND duplicate_of IS NULL "
                                    "AND doc_id <> ? LIMIT 1", [digest, doc.id]).fetchall()
            original = originals[0] if originals else None
            if original is not None:
                con.execute("INSERT INTO documents (doc_id, content_hash, date, source, title, url, text, "
                            "duplicate_of, coder_version, dictionaries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [doc.id, digest, doc.date, doc.source, doc.title, doc.url, doc.text, original[0],
                             __version__, dicts])
                stats.duplicates += 1
            else:
                pipeline.process(doc)
                stats.events += _write(con, doc, digest, dicts)
                stats.coded += 1
            pending += 1
            if pending >= batch:
                con.execute("COMMIT")
                con.execute("BEGIN TRANSACTION")
                pending = 0
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return stats
