"""`marsad mentions`, `code` and `explain`: articles to coded mentions and events, and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from marsad.cli.common import Batch, DictOpt, QuietOpt, SkipBadOpt, TextColOpt, app, err, fail, load_pipeline
from marsad.errors import MarsadError


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
    batch = Batch(sources, text_column, skip_bad)
    try:
        nlp = load_pipeline(dicts)
        with batch.open(output) as out:
            for doc in nlp.pipe(batch.documents(), upto="coref"):
                for m in doc.mentions:
                    if m.nominal and not all_mentions:
                        continue
                    batch.counts[m.type] += 1
                    out.write(json.dumps(m.to_dict(doc.id), ensure_ascii=False) + "\n")
    except MarsadError as exc:
        fail(exc)
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
    batch = Batch(sources, text_column, skip_bad)
    try:
        nlp = load_pipeline(dicts)
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
        fail(exc)
    batch.summary("events", "event type", quiet)


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="Arabic text.")],
    date: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD.")] = None,
    dicts: DictOpt = None,
) -> None:
    """Show sentences, tokens (with clitics) and mentions of a text, and the rule behind each mention."""
    nlp = load_pipeline(dicts)
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
