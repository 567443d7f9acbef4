"""`marsad eval ner|gsr|seed`: score marsad on gold data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from marsad.cli.common import DictOpt, eval_app, fail, load_pipeline
from marsad.errors import MarsadError


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
        nlp = load_pipeline(dicts)
        t0 = time.perf_counter()
        score = evaluate_ner(nlp, conll, limit, offset)
    except MarsadError as exc:
        fail(exc)
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
        nlp = load_pipeline(dicts)
        t0 = time.perf_counter()
        score = evaluate_gsr(nlp, folder)
    except MarsadError as exc:
        fail(exc)
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
        nlp = load_pipeline(dicts)
        docs = [d for d in read_documents(articles) if d.id == spec.get("doc_id", d.id)]
        if not docs:
            raise MarsadError(f"no article with id {spec.get('doc_id')!r}", str(articles))
        doc = nlp.process(docs[0])
    except MarsadError as exc:
        fail(exc)
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
