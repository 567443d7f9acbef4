"""The `marsad` command line: a thin adapter over the library (marsad.load, readers, evaluation)."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError

if TYPE_CHECKING:
    from marsad.doc import Document

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="marsad (مرصد): Arabic news to PLOVER political event data.")
eval_app = typer.Typer(no_args_is_help=True, help="Score marsad on gold data.")
app.add_typer(eval_app, name="eval")
err = Console(stderr=True)

DictOpt = Annotated[list[Path] | None, typer.Option("--dict", help="Extra dictionary folder (repeatable).")]
SkipBadOpt = Annotated[bool, typer.Option("--skip-bad", help="Report bad records and go on.")]
TextColOpt = Annotated[str, typer.Option("--text-col", help="CSV column holding the text.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", help="Coding processes (default: all cores).")]
BatchOpt = Annotated[int, typer.Option("--batch", help="Documents per committed transaction.")]
MemoryOpt = Annotated[str, typer.Option("--memory-limit", help="DuckDB cache limit while writing.")]


def _load(dicts: list[Path] | None):
    from marsad.pipeline import load

    return load(extra_dirs=dicts or ())


def _fail(exc: MarsadError) -> None:
    err.print(f"[red]error[/red] {exc}", highlight=False, markup=True)
    raise typer.Exit(2)


class _Batch:
    """What `mentions` and `code` share: documents from the sources (a bad record is fatal, or with --skip-bad
    reported and skipped), one output file or stdout, counts, and a summary table on stderr."""

    def __init__(self, sources: list[Path], text_column: str, skip_bad: bool) -> None:
        self.sources, self.text_column, self.skip_bad = sources, text_column, skip_bad
        self.bad: list[MarsadError] = []
        self.counts: Counter[str] = Counter()
        self.ndocs = 0
        self.t0 = time.perf_counter()

    def _skip(self, e: MarsadError) -> None:
        self.bad.append(e)
        err.print(f"[yellow]skipped[/yellow] {e}", highlight=False)

    def documents(self) -> Iterator[Document]:
        from marsad.io.readers import read_documents

        for src in self.sources:
            for doc in read_documents(src, self.text_column, self._skip if self.skip_bad else None):
                self.ndocs += 1
                yield doc

    @staticmethod
    def open(output: Path) -> IO[str] | _Unclosed:
        if str(output) == "-":
            return _Unclosed(sys.stdout)
        output.parent.mkdir(parents=True, exist_ok=True)
        return output.open("w", encoding="utf-8", newline="")

    def summary(self, what: str, column: str, quiet: bool) -> None:
        if not quiet:
            table = Table(title=f"{self.ndocs} documents, {sum(self.counts.values())} {what} "
                                f"({time.perf_counter() - self.t0:.2f} s)")
            table.add_column(column)
            table.add_column(what, justify="right")
            for key, n in self.counts.most_common():
                table.add_row(key, str(n))
            err.print(table)
        if self.bad:
            err.print(f"[yellow]{len(self.bad)} bad record(s) skipped[/yellow]")


@app.command()
def mentions(
    sources: Annotated[list[Path], typer.Argument(help="JSONL, CSV or folder of text files (or .gz of each).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write mentions (JSONL); - for stdout.")],
    skip_bad: SkipBadOpt = False,
    text_column: TextColOpt = "text",
    all_mentions: Annotated[bool, typer.Option("--all", help="Also write nominal mentions (titles, "
                                                             "institutions, generic agents).")] = False,
    dicts: DictOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Find and code the actors and places named in each article; one JSON object per mention."""
    batch = _Batch(sources, text_column, skip_bad)
    try:
        nlp = _load(dicts)
        with batch.open(output) as out:
            for doc in nlp.pipe(batch.documents(), upto="coref"):
                for m in doc.mentions:
                    if m.nominal and not all_mentions:
                        continue
                    batch.counts[m.type] += 1
                    out.write(json.dumps(m.to_dict(doc.id), ensure_ascii=False) + "\n")
    except MarsadError as exc:
        _fail(exc)
    batch.summary("mentions", "type", quiet)


@app.command()
def code(
    sources: Annotated[list[Path], typer.Argument(help="JSONL, CSV or folder of text files (or .gz of each).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write events; - for stdout.")],
    skip_bad: SkipBadOpt = False,
    text_column: TextColOpt = "text",
    fmt: Annotated[str, typer.Option("--format", help="jsonl (our record), plover (PLOVER-shaped JSON lines) "
                                                       "or csv (ICEWS-like columns).")] = "jsonl",
    dicts: DictOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Code each article into PLOVER events; one record per event."""
    import csv

    from marsad import __version__
    from marsad.events.formats import CSV_COLUMNS, to_csv_row, to_plover

    if fmt not in ("jsonl", "plover", "csv"):
        err.print(f"[red]error[/red] unknown format {fmt!r} (jsonl, plover, csv)")
        raise typer.Exit(2)
    batch = _Batch(sources, text_column, skip_bad)
    try:
        nlp = _load(dicts)
        with batch.open(output) as out:
            writer = csv.writer(out) if fmt == "csv" else None
            if writer is not None:
                writer.writerow(CSV_COLUMNS)
            for doc in nlp.pipe(batch.documents(), batch_size=64):  # one encoder call per 64 articles
                for e in doc.events:
                    batch.counts[e.event_type] += 1
                    if writer is not None:
                        writer.writerow(to_csv_row(doc, e))
                    else:
                        rec = to_plover(doc, e, __version__) if fmt == "plover" else e.to_dict()
                        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    except MarsadError as exc:
        _fail(exc)
    batch.summary("events", "event type", quiet)


class _Unclosed:
    """stdout as a context manager that is not closed on exit."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="Arabic text.")],
    date: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD.")] = None,
    dicts: DictOpt = None,
) -> None:
    """Show sentences, tokens (with clitics) and mentions of a text, and the rule behind each mention."""
    nlp = _load(dicts)
    try:
        doc = nlp.analyse(text, date)
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None
    console = Console()
    seg = nlp.index.segmenter.segment
    for s in doc.sentences:
        console.print(f"[bold]sentence {s.index}[/bold] [{s.start}:{s.end}] {doc.text[s.start:s.end]}")
        toks = [t for t in doc.tokens if t.sentence == s.index]
        parts = []
        for t in toks:
            g = seg(t.norm)
            parts.append("+".join([*g.prefixes, g.stem, *g.suffixes]) if (g.prefixes or g.suffixes) else t.text)
        console.print("  tokens: " + " | ".join(parts))
        for m in doc.mentions:
            if m.sentence == s.index:
                a = m.actor
                who = f"{a.name or '?'} {a.code or ''}" if a else "-"
                console.print(f"  [{m.start}:{m.end}] {m.text}  {m.type}{' (nominal)' if m.nominal else ''}"
                              f"  → {who}  rule={m.rule}", highlight=False, markup=False)
        for e in doc.events:
            if e.sentence[0] == s.index:
                a = e.actor.actor.code if e.actor else "-"
                r = e.recipient.actor.code if e.recipient else "-"
                flags = ("negated " if e.negated else "") + e.modality
                console.print(f"  EVENT {e.event_type}/{e.mode or '-'} cameo={e.cameo} [{e.trigger.text}] "
                              f"{a} → {r} ({flags}) rule={e.rule}", highlight=False, markup=False)


DbOpt = Annotated[Path, typer.Option("--db", help="The store (DuckDB file).")]


def _workers(n: int) -> int:
    import os

    return n or os.cpu_count() or 1


def _store_job(db: Path, memory_limit: str, dicts: list[Path] | None, quiet: bool,
               job: Callable[[Any, Any, Callable[..., None]], Any]) -> tuple[Any, Any]:
    """Load the pipeline, open the store and run an ingest-like job under a progress bar: (connection, stats)."""
    from marsad.store.ingest import connect

    nlp = _load(dicts)
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

    batch = _Batch(sources, text_column, skip_bad)
    try:
        con, stats = _store_job(db, memory_limit, dicts, quiet, lambda con, nlp, on_batch: run_ingest(
            con, nlp, batch.documents(), batch=max(1, batch_size), workers=_workers(workers), on_batch=on_batch))
        rows = con.execute("SELECT event_type, count(*) FROM events WHERE NOT negated GROUP BY 1 "
                           "ORDER BY 2 DESC").fetchall()
        con.close()
    except MarsadError as exc:
        _fail(exc)
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
        _fail(exc)
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
        _fail(exc)


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


@eval_app.command("ner")
def eval_ner(
    conll: Annotated[Path, typer.Argument(help="ANERcorp-style file: token TAG per line.")],
    limit: Annotated[int | None, typer.Option(help="Score only N sentences.")] = None,
    offset: Annotated[int, typer.Option(help="Skip the first N sentences (e.g. to score a held-out part).")] = 0,
    dicts: DictOpt = None,
) -> None:
    """Precision, recall and F1 of mention finding per type (PER, LOC, ORG; MISC left out)."""
    from marsad.eval.ner import evaluate_ner

    try:
        nlp = _load(dicts)
        t0 = time.perf_counter()
        score = evaluate_ner(nlp, conll, limit, offset)
    except MarsadError as exc:
        _fail(exc)
        return
    table = Table(title=f"NER on {conll.name}: {score.sentences} sentences, {score.tokens} tokens "
                        f"({time.perf_counter() - t0:.1f} s)")
    for col in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="right")
    for typ, tp, fp, fn, p, r, f in score.rows():
        table.add_row(typ, str(tp), str(fp), str(fn), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
    Console().print(table)


@eval_app.command("gsr")
def eval_gsr(
    folder: Annotated[Path, typer.Argument(help="An arabic_event_gsr folder (*_gsr.csv, *_spans.json).")],
    dicts: DictOpt = None,
) -> None:
    """Sentence-level event detection (P/R/F1 per type) and actor country accuracy on the Arabic gold standard."""
    from marsad.eval.gsr import evaluate_gsr

    try:
        nlp = _load(dicts)
        t0 = time.perf_counter()
        score = evaluate_gsr(nlp, folder)
    except MarsadError as exc:
        _fail(exc)
        return
    table = Table(title=f"Event detection on {folder} ({time.perf_counter() - t0:.1f} s)")
    for col in ("type", "tp", "fp", "fn", "precision", "recall", "F1", "FP on difficult no", "ambiguous yes/no",
                "F1 vs easy no", "majority ceiling F1"):
        table.add_column(col, justify="right")
    for typ, ts in sorted(score.types.items()):
        p, r, f = ts.prf()
        table.add_row(typ, str(ts.tp), str(ts.fp), str(ts.fn), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}",
                      f"{ts.hard_fp}/{ts.hard_total}", f"{ts.ambiguous['yes']}/{ts.ambiguous['no']}",
                      f"{ts.prf_easy()[2]:.3f}", f"{ts.ceiling()[2]:.3f}")
    console = Console()
    console.print(table)
    n = score.actor_spans or 1
    console.print(f"gold actor spans: {score.actor_spans}; country right as an event's actor or recipient: "
                  f"{score.actor_right} ({score.actor_right / n:.3f}); as a coded mention: {score.mention_right} "
                  f"({score.mention_right / n:.3f}); in the same role of an event of the type, whatever the span: "
                  f"{score.role_right} ({score.role_right / n:.3f}); actors (annotator variants merged): "
                  f"{score.actors}, right {score.actors_right} ({score.actors_right / (score.actors or 1):.3f})")


@eval_app.command("seed")
def eval_seed(
    articles: Annotated[Path, typer.Argument(help="JSONL with the article(s).")] = Path(
        "examples/shamkhani-kadhimi.jsonl"),
    expected: Annotated[Path, typer.Argument(help="expected-events.json")] = Path(
        "../shared/seed/expected-events.json"),
    dicts: DictOpt = None,
) -> None:
    """Check the events coded for an article against an expected-events file (required and forbidden)."""
    from marsad.eval.seed import check_expected, load_expected
    from marsad.io.readers import read_documents

    try:
        spec = load_expected(expected)
        nlp = _load(dicts)
        docs = [d for d in read_documents(articles) if d.id == spec.get("doc_id", d.id)]
        if not docs:
            raise MarsadError(f"no article with id {spec.get('doc_id')!r}", str(articles))
        doc = nlp.process(docs[0])
    except MarsadError as exc:
        _fail(exc)
        return
    console = Console()
    results = check_expected(doc.events, doc.text, spec)
    for r in results:
        mark = "[green]ok[/green]" if r.ok else "[red]FAIL[/red]"
        console.print(f"{mark} {r.kind} {r.id}: {r.why}")
    passed = sum(r.ok for r in results)
    console.print(f"{passed}/{len(results)} expectations met")
    if passed < len(results):
        raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()
