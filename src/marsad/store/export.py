"""Streamed exports of the stored events: our JSONL record (as `marsad code` writes it), PLOVER JSON lines, CSV
with ICEWS-like columns, and Parquet partitioned by month. `since` limits to events ingested on or after a date,
for incremental hand-offs."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import duckdb

FORMATS = ("jsonl", "plover", "csv", "parquet")
_CSV = {"Event ID": "e.event_id", "Event Date": "e.date", "Source Name": "e.actor_name",
        "Source Sectors": "e.actor_sector", "Source Country": "e.actor_country", "Event Type": "e.event_type",
        "Mode": "e.mode", "CAMEO Code": "e.cameo", "Intensity": "e.goldstein", "Quad Class": "e.quad_class",
        "Negated": "e.negated", "Target Name": "e.recipient_name", "Target Sectors": "e.recipient_sector",
        "Target Country": "e.recipient_country", "Story ID": "e.doc_id", "Sentence Number": "e.sentence_index",
        "Publisher": "d.source", "City": "e.location_name", "Country": "e.location_country",
        "Latitude": "e.location_lat", "Longitude": "e.location_lon", "Trigger": "e.trigger_text",
        "Confidence": "e.confidence", "Reported": "e.reported"}


def export(con: duckdb.DuckDBPyConnection, fmt: str, output: Path, since: date | None = None) -> int:
    """Write the events; returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    where = "WHERE d.ingested_at >= ?" if since else ""
    params: list[object] = [since] if since else []
    base = f"FROM events e JOIN documents d USING (doc_id) {where}"
    n = int(con.execute(f"SELECT count(*) {base}", params).fetchall()[0][0])
    if fmt == "parquet":
        output.mkdir(parents=True, exist_ok=True)
        cols = "e.* EXCLUDE (record, plover), strftime(e.date, '%Y-%m') AS month"
        rel = con.sql(f"SELECT {cols} {base}", params=params)
        rel.write_parquet(str(output), partition_by=["month"], overwrite=True)
        return n
    output.parent.mkdir(parents=True, exist_ok=True)
    columns = ", ".join(_CSV.values()) if fmt == "csv" else ("e.record" if fmt == "jsonl" else "e.plover")
    cursor = con.execute(f"SELECT {columns} {base} ORDER BY e.date, e.event_id", params)
    with output.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh) if fmt == "csv" else None
        if writer is not None:
            writer.writerow(list(_CSV))
        while rows := cursor.fetchmany(1000):
            for row in rows:
                if writer is not None:
                    writer.writerow(row)
                else:
                    fh.write(str(row[0]) + "\n")
    return n
