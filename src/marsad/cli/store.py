"""The store commands: `marsad ingest`, `recode`, `events`, `dyads`, `actors`, `export`."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from marsad.cli.common import (
    Batch,
    BatchOpt,
    DictOpt,
    MemoryOpt,
    QuietOpt,
    SkipBadOpt,
    TextColOpt,
    WorkersOpt,
    app,
    err,
    fail,
    load_pipeline,
)
from marsad.errors import MarsadError

DbOpt = Annotated[Path, typer.Option("--db", help="The store (DuckDB file).")]


def _workers(n: int) -> int:
    import os

    return n or os.cpu_count() or 1


def _store_job(db: Path, memory_limit: str, dicts: list[Path] | None, quiet: bool,
               job: Callable[[Any, Any, Callable[..., None]], Any]) -> tuple[Any, Any]:
    """Load the pipeline, open the store and run an ingest-like job under a progress bar: (connection, stats)."""
    from marsad.store.ingest import connect

    nlp = load_pipeline(dicts)
    con = connect(db, memory_limit)
    with _IngestProgress(quiet) as progress:
        stats = job(con, nlp, progress.update)
    return con, stats


@app.command()
def ingest(
    sources: Annotated[list[Path], typer.Argument(help="JSONL, CSV or folders of text files (or .gz of each).")],
    db: DbOpt = Path("marsad.duckdb"),
    workers: WorkersOpt = 0,
    batch_size: BatchOpt = 200,
    skip_bad: SkipBadOpt = False,
    text_column: TextColOpt = "text",
    memory_limit: MemoryOpt = "256MB",
    dicts: DictOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Code articles and store documents, sentences, mentions and events (re-ingesting adds nothing)."""
    from marsad.store.ingest import ingest as run_ingest

    batch = Batch(sources, text_column, skip_bad)
    try:
        con, stats = _store_job(db, memory_limit, dicts, quiet, lambda con, nlp, on_batch: run_ingest(
            con, nlp, batch.documents(), batch=max(1, batch_size), workers=_workers(workers), on_batch=on_batch))
        rows = con.execute("SELECT event_type, count(*) FROM events WHERE NOT negated GROUP BY 1 "
                           "ORDER BY 2 DESC").fetchall()
        con.close()
    except MarsadError as exc:
        fail(exc)
        return
    for e in stats.errors:
        err.print(f"[yellow]not coded[/yellow] {e}", highlight=False)
    batch.counts.update({typ: n for typ, n in rows})
    if not quiet:
        err.print(f"{stats.seen} read: {stats.coded} coded, {stats.skipped} already stored, {stats.updated} "
                  f"updated, {stats.duplicates} duplicates, {stats.failed} failed; {stats.events} new events "
                  f"in {db}")
    batch.summary("events", "event type (whole store)", quiet)


@app.command()
def recode(
    db: DbOpt = Path("marsad.duckdb"),
    everything: Annotated[bool, typer.Option("--all", help="Recode every document, not only stale ones.")] = False,
    workers: WorkersOpt = 0,
    batch_size: BatchOpt = 200,
    memory_limit: MemoryOpt = "256MB",
    dicts: DictOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Recode stored documents coded by another coder version or other dictionaries (their previous events stay
    until the new ones are committed; an interrupted recode resumes)."""
    from marsad.store.recode import recode as run_recode

    try:
        con, stats = _store_job(db, memory_limit, dicts, quiet, lambda con, nlp, on_batch: run_recode(
            con, nlp, everything, batch=max(1, batch_size), workers=_workers(workers), on_batch=on_batch))
        con.close()
    except MarsadError as exc:
        fail(exc)
        return
    for e in stats.errors:
        err.print(f"[yellow]not recoded[/yellow] {e}", highlight=False)
    if not quiet:
        err.print(f"{stats.coded} of {stats.seen} documents recoded ({stats.failed} failed); {stats.events} events "
                  f"in {db}", highlight=False)


class _IngestProgress:
    """A rich progress display on a terminal; a plain line per committed batch otherwise (logs); nothing with
    --quiet."""

    def __init__(self, quiet: bool) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.quiet, self.t0 = quiet, time.perf_counter()
        self.bar = None
        if not quiet and err.is_terminal:
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err)
            self.task = self.bar.add_task("starting")

    def __enter__(self) -> _IngestProgress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def update(self, stats) -> None:
        if self.quiet:
            return
        secs = max(time.perf_counter() - self.t0, 1e-9)
        line = (f"{stats.seen} documents read, {stats.coded} coded, {stats.events} events "
                f"({stats.seen / secs:.0f} documents/s, {stats.events / secs:.0f} events/s)")
        if self.bar is not None:
            self.bar.update(self.task, description=line)
        else:
            err.print(f"committed batch {stats.batches}: {line}", highlight=False, soft_wrap=True)


def _connect(db: Path):
    from marsad.store.ingest import connect

    try:
        return connect(db)
    except MarsadError as exc:
        fail(exc)


def _filter(since: str | None, until: str | None, types: list[str] | None, quad: int | None,
            actor_country: str | None, recipient_country: str | None, sector: str | None, name: str | None,
            location: str | None, source: str | None, text: str | None):
    from datetime import date as _date

    from marsad.store.query import EventFilter

    return EventFilter(_date.fromisoformat(since) if since else None, _date.fromisoformat(until) if until else None,
                       tuple(types or ()), quad, actor_country, recipient_country, sector, name, location, source,
                       text)


def _table(title: str, rel) -> None:
    table = Table(title=title)
    for col in rel.columns:
        table.add_column(col, overflow="fold")
    for row in rel.fetchall():
        table.add_row(*("" if v is None else str(v) for v in row))
    Console().print(table)


@app.command()
def events(
    db: DbOpt = Path("marsad.duckdb"),
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="To this date (YYYY-MM-DD).")] = None,
    types: Annotated[list[str] | None, typer.Option("--type", help="Event type (repeatable).")] = None,
    quad: Annotated[int | None, typer.Option(help="Quad class 1-4.")] = None,
    actor_country: Annotated[str | None, typer.Option(help="Actor's country code.")] = None,
    recipient_country: Annotated[str | None, typer.Option(help="Recipient's country code.")] = None,
    sector: Annotated[str | None, typer.Option(help="Actor's or recipient's sector.")] = None,
    name: Annotated[str | None, typer.Option(help="Part of the actor's or recipient's name.")] = None,
    location: Annotated[str | None, typer.Option(help="Location name or country code.")] = None,
    source: Annotated[str | None, typer.Option(help="The articles' source.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the event's sentence.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
) -> None:
    """List stored events matching the filters."""
    from marsad.store.query import events as query_events

    con = _connect(db)
    flt = _filter(since, until, types, quad, actor_country, recipient_country, sector, name, location, source, text)
    _table(f"events in {db}", query_events(con, flt, limit))


@app.command()
def dyads(
    db: DbOpt = Path("marsad.duckdb"),
    period: Annotated[str, typer.Option(help="day, week or month.")] = "month",
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="To this date (YYYY-MM-DD).")] = None,
    types: Annotated[list[str] | None, typer.Option("--type", help="Event type (repeatable).")] = None,
) -> None:
    """Event counts and Goldstein sums per actor–recipient country pair and period."""
    from marsad.store.query import dyads as query_dyads

    con = _connect(db)
    flt = _filter(since, until, types, None, None, None, None, None, None, None, None)
    try:
        _table(f"dyads per {period}", query_dyads(con, period, flt))
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def actors(
    db: DbOpt = Path("marsad.duckdb"),
    limit: Annotated[int, typer.Option(help="How many rows.")] = 20,
) -> None:
    """The most active actors, and the most frequent names no dictionary knows (candidates to add)."""
    from marsad.store.query import actors as query_actors
    from marsad.store.query import unknown_names

    con = _connect(db)
    _table("most active actors", query_actors(con, limit))
    _table("most frequent unknown names", unknown_names(con, limit))


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="File (a folder for parquet).")],
    db: DbOpt = Path("marsad.duckdb"),
    fmt: Annotated[str, typer.Option("--format", help="jsonl, plover, csv or parquet.")] = "jsonl",
    since: Annotated[str | None, typer.Option(help="Only events ingested on or after this date.")] = None,
) -> None:
    """Export the stored events (streamed)."""
    from datetime import date as _date

    from marsad.store.export import export as run_export

    con = _connect(db)
    try:
        n = run_export(con, fmt, output, _date.fromisoformat(since) if since else None)
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None
    err.print(f"{n} events written to {output}")
