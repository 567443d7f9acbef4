"""What the `marsad` commands share: the typer apps, the common options, loading the pipeline, failing with a
coded error, and reading a batch of documents to one output."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

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


def load_pipeline(dicts: list[Path] | None):
    from marsad.pipeline import load

    return load(extra_dirs=dicts or ())


def fail(exc: MarsadError) -> None:
    err.print(f"[red]error[/red] {exc}", highlight=False, markup=True)
    raise typer.Exit(2)


class Batch:
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
    def open(output: Path) -> IO[str] | Unclosed:
        if str(output) == "-":
            return Unclosed(sys.stdout)
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


class Unclosed:
    """stdout as a context manager that is not closed on exit."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()
