"""Reading dictionary files: YAML with line numbers (parses cached by content hash), TSV with line numbers, and
the validation helpers that name the file and line in every error."""

from __future__ import annotations

import calendar
import csv
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import DictionaryReadError, DictionaryRecordError
from marsad.knowledge.records import SECTORS, SPECIAL_COUNTRIES

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LINE = "__line__"
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Loader):  # type: ignore[misc, valid-type]
    """YAML loader that records each mapping's line number under `__line__`."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


# Dates stay strings: the loader parses and checks them itself (with file and line in the error).
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _cache_dir() -> Path | None:
    """Where parsed dictionaries are cached (as JSON keyed by the file's hash): $MARSAD_CACHE, else
    ~/.cache/marsad; None when it cannot be used (parsing then happens every time)."""
    root = os.environ.get("MARSAD_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "marsad")
    path = Path(root) / "dictionaries"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


def read_yaml(path: Path) -> Any:
    """Parse a YAML dictionary (mappings carry their line numbers); the parse is cached by content hash."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DictionaryReadError(f"cannot read: {exc}", str(path)) from exc
    cache = _cache_dir()
    cached = cache / f"{hashlib.sha256(raw).hexdigest()}.json" if cache else None
    if cached is not None and cached.is_file():
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass  # a damaged cache entry: parse again
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_LineLoader)
    except (UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        raise DictionaryReadError(f"cannot parse: {exc}", str(path)) from exc
    if cached is not None:
        try:
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cached)
        except (OSError, TypeError, ValueError):
            pass  # caching is an optimisation only
    return data


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = [(i, ln) for i, ln in enumerate(fh, 1) if ln.strip() and not ln.lstrip().startswith("#")]
    except OSError as exc:
        raise DictionaryReadError(f"cannot read: {exc}", str(path)) from exc
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    for lineno, ln in lines[1:]:
        cells = next(csv.reader([ln.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise DictionaryRecordError(f"{len(cells)} cells for {len(header)} columns", f"{path}:{lineno}")
        yield lineno, dict(zip(header, [c.strip() for c in cells] + [""] * (len(header) - len(cells)),
                               strict=True))


class Ctx:
    """Validation helpers bound to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def where(self, rec: dict[str, Any] | int | None) -> str:
        line = rec.get(LINE) if isinstance(rec, dict) else rec
        return f"{self.path}:{line}" if line else str(self.path)

    def req(self, rec: dict[str, Any], key: str) -> Any:
        val = rec.get(key)
        if val is None or val == "" or val == []:
            raise DictionaryRecordError(f"missing field '{key}'", self.where(rec))
        return val

    def strs(self, rec: dict[str, Any], key: str, required: bool = False) -> tuple[str, ...]:
        val = self.req(rec, key) if required else rec.get(key)
        if val is None:
            return ()
        if isinstance(val, str):
            val = [val]
        if not isinstance(val, list) or not all(isinstance(v, str) and v.strip() for v in val):
            raise DictionaryRecordError(f"field '{key}' must be a list of non-empty strings", self.where(rec))
        return tuple(v.strip() for v in val)

    def flag(self, rec: dict[str, Any], key: str) -> bool:
        """An optional yes/no field (`sport: true`); absent is false."""
        val = rec.get(key, False)
        if not isinstance(val, bool):
            raise DictionaryRecordError(f"field '{key}' must be true or false", self.where(rec))
        return val

    def sector(self, rec: dict[str, Any], value: Any, required: bool = True) -> str | None:
        if value in (None, "") and not required:
            return None
        if value not in SECTORS:
            raise DictionaryRecordError(f"unknown sector {value!r}", self.where(rec))
        return str(value)

    def country(self, rec: dict[str, Any], value: Any, known: Iterable[str] | None, required: bool = True
                ) -> str | None:
        if value in (None, "") and not required:
            return None
        ok = isinstance(value, str) and len(value) == 3 and value.isupper()
        if ok and known is not None:
            ok = value in known or value in SPECIAL_COUNTRIES
        if not ok:
            raise DictionaryRecordError(f"unknown country code {value!r}", self.where(rec))
        return str(value)

    def day(self, rec: dict[str, Any], value: Any, end: bool) -> date:
        if isinstance(value, date):
            return value
        text = str(value)
        try:
            parts = [int(p) for p in text.split("-")]
            if len(parts) == 1:
                return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
            if len(parts) == 2:
                last = calendar.monthrange(parts[0], parts[1])[1]
                return date(parts[0], parts[1], last if end else 1)
            return date(parts[0], parts[1], parts[2])
        except (ValueError, IndexError):
            raise DictionaryRecordError(f"bad date {text!r} (YYYY-MM-DD, YYYY-MM or YYYY)",
                                        self.where(rec)) from None


def records(path: Path, key: str | None = None) -> list[dict[str, Any]]:
    data = read_yaml(path)
    if key is not None:
        data = (data or {}).get(key, []) if isinstance(data, dict) else data
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise DictionaryRecordError("expected a list of records", str(path))
    return data


def files(dirs: list[Path], name: str) -> list[Path]:
    return [d / name for d in dirs if (d / name).is_file()]


