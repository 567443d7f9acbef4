"""Re-code stored documents after a dictionary or coder change.

The documents coded by another coder version or dictionary checksum (or all, with `everything`) are coded again
in batches; each batch replaces its documents' sentences, mentions and events in one transaction, so until a
document's new events are committed its previous ones stay in the store and queryable, and an interrupted
recode resumes where it stopped (finished documents carry the new version)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import duckdb

from marsad import __version__
from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.store.ingest import IngestStats, _Ingest, _Plan, _Rows, dictionaries_checksum, run


def stale(con: duckdb.DuckDBPyConnection, dicts: str, everything: bool = False) -> list[str]:
    """Ids of the original (non-duplicate) documents to recode."""
    where = "" if everything else " AND (coder_version IS DISTINCT FROM ? OR dictionaries IS DISTINCT FROM ?)"
    params = [] if everything else [__version__, dicts]
    rows = con.execute(f"SELECT doc_id FROM documents WHERE duplicate_of IS NULL{where} ORDER BY doc_id",
                       params).fetchall()
    return [r[0] for r in rows]


def _plans(con: duckdb.DuckDBPyConnection, ids: list[str], batch: int) -> Iterator[_Plan]:
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        rows = con.execute("SELECT doc_id, content_hash, text, date, source, title, url FROM documents WHERE doc_id "
                           "IN (" + ", ".join("?" * len(chunk)) + ") ORDER BY doc_id", chunk).fetchall()
        docs = [Document(r[0], r[2], r[3], r[4], r[5], r[6]) for r in rows]
        yield _Plan(_Rows(), docs, {r[0]: r[1] for r in rows}, [d.id for d in docs], [])


def recode(con: duckdb.DuckDBPyConnection, pipeline: Pipeline, everything: bool = False, batch: int = 200,
           workers: int = 1, on_batch: Callable[[IngestStats], None] | None = None) -> IngestStats:
    """Recode the stale documents (see `stale`); returns the counts (`updated` = documents recoded)."""
    stats = IngestStats()
    job = _Ingest(con, dictionaries_checksum(pipeline), stats)
    ids = stale(con, job.dicts, everything)
    stats.seen = stats.updated = len(ids)
    run(job, pipeline, _plans(con, ids, batch), workers, on_batch)
    return stats
