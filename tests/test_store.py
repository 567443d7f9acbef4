"""The embedded store: migrations, idempotent ingest, duplicates, updates, query filters and exports."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

import marsad
from marsad.doc import Document
from marsad.io.readers import read_documents
from marsad.store.export import export
from marsad.store.ingest import connect, ingest
from marsad.store.query import EventFilter, dyads, events
from marsad.store.schema import MIGRATIONS, migrate, schema_version
from tests.conftest import shared_path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _docs() -> list[Document]:
    return [d for src in sorted(EXAMPLES.glob("*.jsonl")) for d in read_documents(src)]


@pytest.fixture()
def store(real: marsad.Pipeline) -> duckdb.DuckDBPyConnection:
    con = connect(":memory:")
    ingest(con, real, _docs())
    return con


def test_migrations_from_empty_and_again() -> None:
    con = duckdb.connect(":memory:")
    assert migrate(con) == [v for v, _, _ in MIGRATIONS]
    assert migrate(con) == []
    assert schema_version(con) == MIGRATIONS[-1][0]


def test_migrations_from_a_bare_migrations_table() -> None:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    assert migrate(con) == [v for v, _, _ in MIGRATIONS]


def test_migrations_from_the_previous_schema_keep_the_data(real: marsad.Pipeline) -> None:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    previous = MIGRATIONS[-2]
    for version, description, statements in MIGRATIONS[:-1]:
        for sql in statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)", [version, description])
    con.execute("INSERT INTO documents (doc_id, content_hash, text) VALUES ('old', 'h', 'نص قديم')")
    assert schema_version(con) == previous[0]
    assert migrate(con) == [MIGRATIONS[-1][0]]
    assert con.execute("SELECT text FROM documents").fetchall() == [("نص قديم",)]
    ingest(con, real, _docs()[:1])
    assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 2


def test_reingest_adds_nothing(store: duckdb.DuckDBPyConnection, real: marsad.Pipeline) -> None:
    before = store.execute("SELECT count(*) FROM events").fetchall()[0][0]
    stats = ingest(store, real, _docs())
    assert (stats.coded, stats.skipped) == (0, len(_docs()))
    assert store.execute("SELECT count(*) FROM events").fetchall()[0][0] == before > 0


def test_the_same_story_under_another_id_is_a_duplicate(store: duckdb.DuckDBPyConnection,
                                                        real: marsad.Pipeline) -> None:
    doc = _docs()[0]
    stats = ingest(store, real, [Document("copy-of-" + doc.id, doc.text + "  ", doc.date, "another source")])
    assert stats.duplicates == 1
    row = store.execute("SELECT duplicate_of FROM documents WHERE doc_id = ?", ["copy-of-" + doc.id]).fetchall()
    assert row == [(doc.id,)]
    assert store.execute("SELECT count(*) FROM events WHERE doc_id = ?", ["copy-of-" + doc.id]).fetchall() == [(0,)]


def test_new_content_under_a_stored_id_is_recoded(store: duckdb.DuckDBPyConnection, real: marsad.Pipeline) -> None:
    doc = _docs()[0]
    stats = ingest(store, real, [replace(doc, text="تظاهر آلاف العراقيين في بغداد احتجاجا على الفساد.")])
    assert stats.updated == 1
    types = {t for (t,) in store.execute("SELECT event_type FROM events WHERE doc_id = ?", [doc.id]).fetchall()}
    assert types == {"PROTEST"}


@pytest.mark.parametrize(("flt", "check"), [
    (EventFilter(event_types=("CONSULT",)), lambda r: r["event_type"] == "CONSULT"),
    (EventFilter(actor_country="IRN"), lambda r: r["actor_country"] == "IRN"),
    (EventFilter(since=date(2021, 1, 1)), lambda r: r["date"] >= date(2021, 1, 1)),
    (EventFilter(until=date(2019, 12, 31)), lambda r: r["date"] <= date(2019, 12, 31)),
    (EventFilter(quad_class=1), lambda r: r["quad_class"] == 1),
    (EventFilter(name="Kadhimi"), lambda r: "Kadhimi" in f"{r['actor_name']} {r['recipient_name']}"),
    (EventFilter(sector="GOV"), lambda r: "GOV" in (r["actor_sector"], r["recipient_sector"])),
    (EventFilter(source="marsad-sample"), lambda r: r["source"] == "marsad-sample"),
    (EventFilter(location="Tehran"), lambda r: True),
    (EventFilter(text="طهران"), lambda r: True),
])
def test_each_filter_keeps_only_matching_events(store: duckdb.DuckDBPyConnection, flt: EventFilter,
                                                check: object) -> None:
    rel = events(store, flt)
    rows = [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]
    everything = events(store).fetchall()
    assert rows and len(rows) < len(everything)
    assert all(check(r) for r in rows)  # type: ignore[operator]


def test_dyads_per_month(store: duckdb.DuckDBPyConnection) -> None:
    rows = dyads(store, "month").fetchall()
    assert rows and all(a and r and n >= 1 for _, a, r, n, _ in rows)
    with pytest.raises(ValueError, match="period"):
        dyads(store, "year")


def test_jsonl_export_is_the_coders_record(store: duckdb.DuckDBPyConnection, real: marsad.Pipeline,
                                           tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    n = export(store, "jsonl", out)
    exported = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    coded = {e.id: e.to_dict() for d in _docs() for e in real.process(d).events}
    assert n == len(exported) == len(coded) and exported == coded


def _codebook() -> dict[str, set[str]]:
    import csv

    path = shared_path("reference", "plover", "PLOVER_structured_codebook_updated_NGEC2025.csv")
    modes: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            modes.setdefault(row["event"], set()).add(row["mode"])
    return modes


def test_plover_export_validates_against_the_codebook(store: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    """Field names as in the PLOVER gold standard records; event and mode from the codebook's list; actors as
    {actorText, code, sector} (our extra fields - cameo, goldstein, quadClass, offsets - come on top)."""
    gsr = shared_path("reference", "plover", "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8")
    fields = set(re.findall(r'^\s{4}"(\w+)":', gsr, re.M))
    modes = _codebook()
    export(store, "plover", tmp_path / "p.jsonl")
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records
    for rec in records:
        assert {"id", "date", "source", "target", "event", "mode", "eventText", "text", "textInfo", "language",
                "coder", "version", "dateCoded"} <= rec.keys() and rec.keys() & fields >= {"id", "event", "text"}
        assert rec["event"] in modes and rec["mode"] in modes[rec["event"]] | {""}, (rec["event"], rec["mode"])
        for actor in rec["source"] + rec["target"]:
            assert {"actorText", "code", "sector"} <= actor.keys()
        assert all(k in fields for k in ("id", "date", "source", "target", "event", "mode", "eventText"))


def test_plover_and_csv_exports(store: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    import csv

    export(store, "plover", tmp_path / "p.jsonl")
    rec = json.loads((tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"id", "date", "source", "target", "event", "eventText", "text", "textInfo", "language"} <= rec.keys()
    export(store, "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {"Event ID", "Event Date", "CAMEO Code", "Source Country", "Target Country"} <= rows[0].keys()


def test_parquet_export_reads_back(store: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    n = export(store, "parquet", out)
    assert any(p.name.startswith("month=") for p in out.iterdir())
    back = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning=true)")
    assert back.fetchall()[0][0] == n


def test_parquet_export_reads_back_with_polars(store: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    out = tmp_path / "pq"
    n = export(store, "parquet", out)
    frame = pl.read_parquet(out / "**" / "*.parquet", hive_partitioning=True)
    assert frame.height == n
    assert {"event_id", "event_type", "actor_country", "month"} <= set(frame.columns)


def test_query_results_come_back_as_polars_and_arrow(store: duckdb.DuckDBPyConnection) -> None:
    pytest.importorskip("polars")
    pytest.importorskip("pyarrow")
    wanted = EventFilter(event_types=("ASSAULT",))
    frame = events(store, wanted).pl()
    assert frame.height == len(events(store, wanted).fetchall()) > 0
    assert events(store, wanted).to_arrow_table().num_rows == frame.height


def test_the_store_folder_is_made_and_a_bad_path_is_a_coded_error(tmp_path: Path) -> None:
    from marsad.errors import StoreError

    con = connect(tmp_path / "new" / "folder" / "m.duckdb")
    con.close()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="M500"):
        connect(tmp_path / "afile" / "m.duckdb")


def test_stored_text_is_byte_for_byte_the_input(real: marsad.Pipeline) -> None:
    con = connect(":memory:")
    text = 'قال "الوزير"، في بيان:\r\nإن بغداد\tترحب\n\n«بالاتفاق»\\N, ولا شيء آخر.'
    ingest(con, real, [Document("raw", text, date(2021, 1, 1), "src", None, None)])
    assert con.execute("SELECT text, title, url FROM documents WHERE doc_id = 'raw'").fetchall() == [
        (text, None, None)]
