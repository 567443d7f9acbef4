"""Streaming readers: JSON Lines, CSV (a named text column) and folders of text files; `.gz` of each.

Each yields `Document`s one at a time (memory stays flat). A bad record raises a MarsadError naming the file and
line, or, when `on_error` is given, is passed to it and skipped, so one bad article never stops a batch.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from marsad.doc import Document
from marsad.errors import (
    InputColumnError,
    InputDateError,
    InputFieldError,
    InputJSONError,
    InputReadError,
    MarsadError,
)

OnError = Callable[[MarsadError], None]
_JSONL = (".jsonl", ".json", ".ndjson")


def _open_text(path: Path) -> IO[str]:
    try:
        if path.suffix == ".gz":
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
        return path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputReadError(f"cannot open: {exc.strerror or exc}", str(path)) from exc


def _base_suffix(path: Path) -> str:
    return Path(path.stem).suffix.lower() if path.suffix == ".gz" else path.suffix.lower()


def parse_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputDateError(f"date {value!r} is not YYYY-MM-DD", where) from None


def record_to_document(rec: Any, where: str, fallback_id: str) -> Document:
    """Validate one article record (a mapping) and make a Document."""
    if not isinstance(rec, dict):
        raise InputFieldError("record is not a JSON object", where)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputFieldError("missing or empty 'text'", where)
    doc_id = rec.get("id", fallback_id)
    if doc_id is None or isinstance(doc_id, (dict, list)):
        raise InputFieldError("'id' must be a string or number", where)
    for key in ("source", "title", "url"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InputFieldError(f"'{key}' must be a string", where)
    return Document(str(doc_id), text, parse_date(rec.get("date"), f"{where} (field 'date')"),
                    rec.get("source"), rec.get("title"), rec.get("url"))


def read_jsonl(path: Path, on_error: OnError | None = None) -> Iterator[Document]:
    with _open_text(path) as fh:
        lineno = 0
        while True:
            try:
                line = fh.readline()
            except UnicodeDecodeError as exc:
                _fail(InputReadError(f"not UTF-8 text: {exc.reason}", f"{path}:{lineno + 1}"), on_error)
                return
            if not line:
                break
            lineno += 1
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputJSONError(f"invalid JSON: {exc.msg} (column {exc.colno})", where) from None
                yield record_to_document(rec, where, f"{path.stem}:{lineno}")
            except MarsadError as err:
                _fail(err, on_error)


def read_csv(path: Path, text_column: str = "text", on_error: OnError | None = None) -> Iterator[Document]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or text_column not in reader.fieldnames:
            raise InputColumnError(f"no column named {text_column!r} (columns: {reader.fieldnames})", str(path))
        for row in reader:
            where = f"{path}:{reader.line_num}"
            rec: dict[str, Any] = {k: v for k, v in row.items() if k is not None}
            rec["text"] = row.get(text_column)
            if not rec.get("id"):
                rec["id"] = f"{path.stem}:{reader.line_num}"
            try:
                yield record_to_document(rec, where, rec["id"])
            except MarsadError as err:
                _fail(err, on_error)


def read_folder(path: Path, on_error: OnError | None = None, text_column: str = "text") -> Iterator[Document]:
    """Every file under `path`: JSONL and CSV files by their format, any other file as one article."""
    for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
        suffix = _base_suffix(file)
        if suffix in _JSONL:
            yield from read_jsonl(file, on_error)
            continue
        if suffix == ".csv":
            yield from read_csv(file, text_column, on_error)
            continue
        rel = file.relative_to(path).as_posix()
        try:
            raw = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _fail(InputReadError(f"cannot read as UTF-8 text: {exc}", str(file)), on_error)
            continue
        try:
            doc_id = rel[: -len(".gz")] if rel.endswith(".gz") else rel
            yield record_to_document({"id": doc_id.rsplit(".", 1)[0] if "." in doc_id else doc_id,
                                      "text": text}, str(file), rel)
        except MarsadError as err:
            _fail(err, on_error)


def read_documents(source: str | Path, text_column: str = "text", on_error: OnError | None = None
                   ) -> Iterator[Document]:
    """Documents from a .jsonl/.json/.csv file (optionally .gz) or a folder of text files."""
    path = Path(source)
    if path.is_dir():
        yield from read_folder(path, on_error, text_column)
        return
    if not path.exists():
        raise InputReadError("no such file or folder", str(path))
    suffix = _base_suffix(path)
    if suffix == ".csv":
        yield from read_csv(path, text_column, on_error)
    elif suffix in _JSONL:
        yield from read_jsonl(path, on_error)
    else:
        yield from read_folder_file(path, on_error)


def read_folder_file(path: Path, on_error: OnError | None) -> Iterator[Document]:
    """A single plain-text file: one article."""
    try:
        text = (gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(InputReadError(f"cannot read as UTF-8 text: {exc}", str(path)), on_error)
        return
    try:
        yield record_to_document({"id": path.stem, "text": text}, str(path), path.stem)
    except MarsadError as err:
        _fail(err, on_error)


def _fail(err: MarsadError, on_error: OnError | None) -> None:
    if on_error is None:
        raise err
    on_error(err)
