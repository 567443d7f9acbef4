"""The corpus runner: worker processes give the same store as one process, a kill -9 mid-ingest loses no
committed work, and a bad document is reported without stopping the batch."""

from __future__ import annotations

import copy
import json
import os
import random
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

import marsad
from marsad.doc import Document
from marsad.io.readers import read_documents
from marsad.store.ingest import connect, dictionaries_checksum, ingest
from marsad.store.neardup import signature
from marsad.store.recode import recode, stale

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TABLES = {
    "documents": "doc_id, content_hash, date, source, title, url, text, duplicate_of, coder_version, dictionaries",
    "sentences": "*", "mentions": "*", "events": "*",
}


def _corpus(n: int) -> list[Document]:
    """n distinct documents, each six sentences drawn (seeded) from the examples, plus one exact duplicate."""
    base = [d for src in sorted(EXAMPLES.glob("*.jsonl")) for d in read_documents(src)]
    sentences = [s.strip() for d in base for s in d.text.replace("\n", " ").split(".") if len(s.split()) > 4]
    docs = [Document(f"d{i:04d}", ". ".join(random.Random(i).sample(sentences, 6)) + ".", base[i % len(base)].date,
                     f"source-{i % 3}") for i in range(n)]
    docs.append(Document("dup-of-d0001", docs[1].text, docs[1].date, "another source"))
    return docs


def _write_jsonl(docs: list[Document], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "text": d.text, "date": d.date.isoformat() if d.date else None,
                                 "source": d.source}, ensure_ascii=False) + "\n")
    return path


def _snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {t: sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in TABLES.items()}


@pytest.fixture(scope="module")
def clean_run(real: marsad.Pipeline) -> dict[str, list[tuple]]:
    con = connect(":memory:")
    ingest(con, real, _corpus(120), batch=7)
    return _snapshot(con)


def test_two_workers_store_what_one_process_stores(real: marsad.Pipeline, clean_run: dict) -> None:
    con = connect(":memory:")
    stats = ingest(con, real, _corpus(120), batch=7, workers=2)
    assert (stats.coded, stats.duplicates, stats.near_duplicates, stats.failed) == (120, 1, 0, 0)
    assert _snapshot(con) == clean_run


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path, clean_run: dict) -> None:
    src = _write_jsonl(_corpus(120), tmp_path / "corpus.jsonl")
    db = tmp_path / "store.duckdb"
    cmd = [sys.executable, "-m", "marsad", "ingest", str(src), "--db", str(db), "--batch", "7", "--workers", "1"]
    env = {**os.environ, "COLUMNS": "200"}
    with subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("committed batch 3"):
                os.kill(proc.pid, signal.SIGKILL)
                break
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    con = duckdb.connect(str(db))
    stored = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    half = con.execute("SELECT count(*) FROM documents d WHERE duplicate_of IS NULL AND NOT EXISTS "
                       "(SELECT 1 FROM sentences s WHERE s.doc_id = d.doc_id)").fetchall()[0][0]
    con.close()
    assert 21 <= stored < 121 and stored % 7 == 0  # whole batches only
    assert half == 0
    subprocess.run([*cmd, "--quiet"], check=True, env=env, timeout=300)
    con = duckdb.connect(str(db))
    assert _snapshot(con) == clean_run


class _Raises:
    """A stage that raises on the documents named (every document when none is), between events and the check."""

    name: ClassVar[str] = "raises"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, message: str, ids: tuple[str, ...]) -> None:
        self.message, self.ids = message, ids

    def __call__(self, doc: Document) -> None:
        if not self.ids or doc.id in self.ids:
            raise ValueError(self.message)


def _failing(real: marsad.Pipeline, message: str, *ids: str) -> marsad.Pipeline:
    failing = copy.copy(real)
    at = next(n for n, st in enumerate(real.stages) if st.name == "events") + 1
    failing.stages = (*real.stages[:at], _Raises(message, ids), *real.stages[at:])
    return failing


def test_a_document_that_fails_to_code_is_reported_and_the_batch_goes_on(real: marsad.Pipeline) -> None:
    failing = _failing(real, "cannot code this one", "bad-one")
    docs = _corpus(3)
    con = connect(":memory:")
    stats = ingest(con, failing, [docs[0], Document("bad-one", "نص آخر", None), docs[2]])
    assert (stats.coded, stats.failed) == (2, 1)
    assert stats.errors[0].code == "M501" and "bad-one" in str(stats.errors[0])
    assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 2


def _events_by_doc(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple]:
    return sorted(con.execute("SELECT * EXCLUDE (dictionaries) FROM events WHERE doc_id = ?", [doc_id]).fetchall(),
                  key=repr)


def test_recode_replaces_the_events_of_stale_documents_only(real: marsad.Pipeline) -> None:
    con = connect(":memory:")
    ingest(con, real, _corpus(6))
    assert stale(con, dictionaries_checksum(real)) == []
    before = _events_by_doc(con, "d0002")
    con.execute("UPDATE documents SET dictionaries = 'older' WHERE doc_id IN ('d0002', 'd0004')")
    con.execute("DELETE FROM events WHERE doc_id = 'd0002'")  # what an older coder found: nothing
    stats = recode(con, real)
    assert (stats.seen, stats.coded, stats.failed) == (2, 2, 0)
    assert _events_by_doc(con, "d0002") == before and before
    assert stale(con, dictionaries_checksum(real)) == []


def test_recode_failure_keeps_the_previous_events(real: marsad.Pipeline) -> None:
    con = connect(":memory:")
    ingest(con, real, _corpus(3))
    before = _events_by_doc(con, "d0001")
    failing = _failing(real, "the new coder breaks")
    stats = recode(con, failing, everything=True)
    assert (stats.coded, stats.failed) == (0, 3)
    assert _events_by_doc(con, "d0001") == before and before


def _long_examples() -> list[Document]:
    docs = [d for src in sorted(EXAMPLES.glob("*.jsonl")) for d in read_documents(src)]
    return sorted((d for d in docs if signature(d.text) is not None), key=lambda d: -len(d.text))


def test_a_story_republished_with_small_edits_is_linked_not_coded(real: marsad.Pipeline) -> None:
    first = _long_examples()[0]
    sentences = first.text.split(".")
    edited = "بغداد - وكالات: " + ".".join(sentences[:-2] + ["وتابع المصدر حديثه للصحفيين"] + sentences[-1:])
    con = connect(":memory:")
    stats = ingest(con, real, [first, Document("republished", edited, first.date, "another agency")])
    assert (stats.coded, stats.duplicates, stats.near_duplicates) == (1, 1, 1)
    assert con.execute("SELECT duplicate_of FROM documents WHERE doc_id = 'republished'").fetchall() == [(first.id,)]
    assert con.execute("SELECT count(*) FROM events WHERE doc_id = 'republished'").fetchall() == [(0,)]


def test_a_republished_story_is_found_against_the_store_too(real: marsad.Pipeline) -> None:
    first = _long_examples()[0]
    con = connect(":memory:")
    ingest(con, real, [first])
    stats = ingest(con, real, [Document("later", "(رويترز) " + first.text + " (انتهى)", first.date)])
    assert stats.near_duplicates == 1


def test_different_stories_sharing_a_footer_are_not_linked(real: marsad.Pipeline) -> None:
    footer = " ".join(["تابعوا آخر الأخبار العاجلة على موقعنا وصفحاتنا في مواقع التواصل الاجتماعي"] * 3)
    a, b = _long_examples()[:2]
    con = connect(":memory:")
    stats = ingest(con, real, [replace(a, text=a.text + " " + footer), replace(b, text=b.text + " " + footer)])
    assert (stats.coded, stats.duplicates) == (2, 0)


def test_short_texts_are_left_to_the_exact_check() -> None:
    assert signature("تظاهر آلاف العراقيين في بغداد احتجاجا على الفساد.") is None


def test_a_duplicate_of_a_document_that_failed_is_not_linked_to_nothing(real: marsad.Pipeline) -> None:
    failing = _failing(real, "cannot code")
    doc = _corpus(2)[1]
    con = connect(":memory:")
    stats = ingest(con, failing, [doc, Document("copy", doc.text, doc.date)])
    assert (stats.failed, stats.duplicates) == (1, 0)
    assert con.execute("SELECT count(*) FROM documents").fetchall() == [(0,)]
    assert ingest(con, real, [doc, Document("copy", doc.text, doc.date)]).duplicates == 1
