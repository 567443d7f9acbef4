"""Load and validate the dictionary files into a `Knowledge` object. Errors name the file and line."""

from __future__ import annotations

import calendar
import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import DictionaryReadError, DictionaryRecordError, DictionaryReferenceError
from marsad.knowledge.records import (
    ROLES,
    SECTORS,
    SPECIAL_COUNTRIES,
    Country,
    Generic,
    InstitutionPattern,
    Knowledge,
    Organisation,
    Person,
    Place,
    Role,
    Title,
    make_code,
)
from marsad.text.normalize import norm

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LINE = "__line__"
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Loader):  # type: ignore[misc, valid-type]
    """YAML loader that records each mapping's line number under `__line__`."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
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


def _read_yaml(path: Path) -> Any:
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


def _read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
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


class _Ctx:
    """Validation helpers bound to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def where(self, rec: dict[str, Any] | int | None) -> str:
        line = rec.get(_LINE) if isinstance(rec, dict) else rec
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


def _records(path: Path, key: str | None = None) -> list[dict[str, Any]]:
    data = _read_yaml(path)
    if key is not None:
        data = (data or {}).get(key, []) if isinstance(data, dict) else data
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise DictionaryRecordError("expected a list of records", str(path))
    return data


def _files(dirs: list[Path], name: str) -> list[Path]:
    return [d / name for d in dirs if (d / name).is_file()]


def _load_countries(paths: list[Path]) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for path in paths:
        ctx = _Ctx(path)
        for rec in _records(path):
            code = ctx.country(rec, ctx.req(rec, "code"), None)
            assert code is not None
            if code in out:
                raise DictionaryRecordError(f"duplicate country {code}", ctx.where(rec))
            out[code] = Country(code, str(ctx.req(rec, "name")), ctx.strs(rec, "names", True),
                                ctx.strs(rec, "nisba"), ctx.strs(rec, "people"), rec.get("capital"),
                                ctx.strs(rec, "metonyms"), ctx.strs(rec, "ambiguous"))
    return out


_STATE_KINDS = frozenset({"capital", "city", "province"})


def _load_places(paths: list[Path], countries: dict[str, Country]) -> tuple[Place, ...]:
    out: dict[str, Place] = {}
    kinds = _STATE_KINDS | {"region", "landmark"}
    for path in paths:
        ctx = _Ctx(path)
        for line, row in _read_tsv(path):
            rec: dict[str, Any] = {**row, _LINE: line}
            pid = ctx.req(rec, "id")
            if pid in out:
                raise DictionaryRecordError(f"duplicate place id {pid}", ctx.where(line))
            if row.get("kind") not in kinds:
                raise DictionaryRecordError(f"kind must be one of {sorted(kinds)}", ctx.where(line))
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                raise DictionaryRecordError("lat/lon must be numbers", ctx.where(line)) from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise DictionaryRecordError("lat/lon out of range", ctx.where(line))
            names = tuple(n.strip() for n in ctx.req(rec, "ar").split("|") if n.strip())
            # a region or landmark may span several states (continents, seas): no country then
            country = ctx.country(rec, row.get("country"), countries, required=row["kind"] in _STATE_KINDS)
            out[pid] = Place(pid, ctx.req(rec, "name"), names, country or "", row["kind"], lat, lon)
    return tuple(out.values())


def _load_orgs(paths: list[Path], countries: dict[str, Country], into: dict[str, Organisation]) -> None:
    for path in paths:
        ctx = _Ctx(path)
        for rec in _records(path):
            oid = str(ctx.req(rec, "id"))
            if oid in into:
                raise DictionaryRecordError(f"duplicate organisation id {oid}", ctx.where(rec))
            country = ctx.country(rec, ctx.req(rec, "country"), countries)
            sector = ctx.sector(rec, ctx.req(rec, "sector"))
            into[oid] = Organisation(oid, str(ctx.req(rec, "name")), ctx.strs(rec, "names", True), country or "",
                                     sector or "", str(rec.get("code") or make_code(country, sector)),
                                     ctx.strs(rec, "abbr"), ctx.strs(rec, "ambiguous"))


def _load_institutions(paths: list[Path], countries: dict[str, Country]
                       ) -> tuple[tuple[InstitutionPattern, ...], tuple[Organisation, ...]]:
    patterns: list[InstitutionPattern] = []
    named: list[Organisation] = []
    for path in paths:
        ctx = _Ctx(path)
        for rec in _records(path, "patterns"):
            patterns.append(InstitutionPattern(str(ctx.req(rec, "name")), ctx.sector(rec, rec.get("sector")) or "",
                                               ctx.strs(rec, "head", True), ctx.strs(rec, "construct")))
        for rec in _records(path, "named"):
            country = ctx.country(rec, ctx.req(rec, "country"), countries)
            sector = ctx.sector(rec, rec.get("sector"))
            name = str(ctx.req(rec, "name"))
            named.append(Organisation(str(rec.get("id") or f"{country}-{_slug(name)}".lower()), name,
                                      ctx.strs(rec, "names", True), country or "", sector or "",
                                      str(rec.get("code") or make_code(country, sector))))
    return tuple(patterns), tuple(named)


def _load_titles(paths: list[Path], countries: dict[str, Country], orgs: dict[str, Organisation]
                 ) -> tuple[tuple[Title, ...], dict[str, str | None]]:
    titles: list[Title] = []
    honorifics: dict[str, str | None] = {}
    for path in paths:
        ctx = _Ctx(path)
        for rec in _records(path, "titles"):
            role = rec.get("role")
            if role is not None and role not in ROLES:
                raise DictionaryRecordError(f"unknown role {role!r}", ctx.where(rec))
            of = rec.get("of")
            if of is not None and of not in orgs and of not in countries:
                raise DictionaryReferenceError(f"'of: {of}' is no organisation id or country", ctx.where(rec))
            titles.append(Title(ctx.strs(rec, "title", True), ctx.strs(rec, "construct"), role,
                                ctx.sector(rec, rec.get("sector"), required=False),
                                ctx.country(rec, rec.get("country"), countries, required=False), of,
                                rec.get("takes")))
        for rec in _records(path, "honorifics"):
            honorifics[norm(str(ctx.req(rec, "word")))] = ctx.sector(rec, rec.get("sector"), required=False)
    return tuple(titles), honorifics


def _load_people(paths: list[Path], countries: dict[str, Country], orgs: dict[str, Organisation]
                 ) -> dict[str, Person]:
    out: dict[str, Person] = {}
    for path in paths:
        ctx = _Ctx(path)
        for rec in _records(path):
            pid = str(ctx.req(rec, "id"))
            if pid in out:
                raise DictionaryRecordError(f"duplicate person id {pid}", ctx.where(rec))
            roles = []
            for r in rec.get("roles") or []:
                if not isinstance(r, dict):
                    raise DictionaryRecordError("a role must be a mapping", ctx.where(rec))
                r.setdefault(_LINE, rec.get(_LINE))
                role = ctx.req(r, "role")
                if role not in ROLES:
                    raise DictionaryRecordError(f"unknown role {role!r}", ctx.where(r))
                of = str(ctx.req(r, "of"))
                if of not in countries and of not in orgs and of not in SPECIAL_COUNTRIES:
                    raise DictionaryReferenceError(f"'of: {of}' is no country code or organisation id", ctx.where(r))
                start = ctx.day(r, ctx.req(r, "start"), end=False)
                end = ctx.day(r, r["end"], end=True) if r.get("end") not in (None, "") else None
                if end is not None and end < start:
                    raise DictionaryRecordError(f"role {role} ends ({end}) before it starts ({start})", ctx.where(r))
                roles.append(Role(role, of, start, end))
            out[pid] = Person(pid, str(ctx.req(rec, "name")), ctx.strs(rec, "names", True),
                              ctx.country(rec, ctx.req(rec, "country"), countries) or "",
                              ctx.sector(rec, ctx.req(rec, "sector")) or "", tuple(roles))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _check_capitals(countries: dict[str, Country], places: tuple[Place, ...], dirs: list[Path]) -> None:
    if not places:
        return
    known = {(p.country, norm(n).replace(" ", "")) for p in places for n in p.names}
    for c in countries.values():
        if c.capital and (c.code, norm(c.capital).replace(" ", "")) not in known:
            raise DictionaryReferenceError(f"capital {c.capital!r} of {c.code} is not a place of {c.code} in "
                                           "cities.tsv", str(dirs[0] / "countries.yaml"))


def _load_generics(paths: list[Path], countries: dict[str, Country]) -> tuple[Generic, ...]:
    out = []
    for path in paths:
        ctx = _Ctx(path)
        for line, row in _read_tsv(path):
            rec: dict[str, Any] = {**row, _LINE: line}
            out.append(Generic(ctx.req(rec, "word"), ctx.sector(rec, row.get("sector")) or "",
                               ctx.country(rec, row.get("country"), countries, required=False)))
    return tuple(out)


def _load_names(paths: list[Path]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    buckets: dict[str, set[str]] = {"given": set(), "foreign": set(), "family": set(), "given_ambiguous": set()}
    for path in paths:
        ctx = _Ctx(path)
        for line, row in _read_tsv(path):
            kind = row.get("kind", "")
            if kind not in buckets:
                raise DictionaryRecordError(f"kind must be one of {sorted(buckets)}", ctx.where(line))
            buckets[kind].add(norm(ctx.req({**row, _LINE: line}, "name")))
    given = frozenset(buckets["given"] | buckets["foreign"])
    return given, frozenset(buckets["family"]), frozenset(buckets["given_ambiguous"] - given)


def _load_words(paths: list[Path]) -> frozenset[str]:
    words: set[str] = set()
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DictionaryReadError(f"cannot read: {exc}", str(path)) from exc
        words.update(norm(w) for raw in lines for w in raw.split("#", 1)[0].split())
    return frozenset(words)


def _load_org_heads(paths: list[Path]) -> dict[str, frozenset[str]]:
    """org_heads.yaml: word lists name_heads, descriptor_heads, place_heads, place_descriptors, sports_cues."""
    out: dict[str, set[str]] = {k: set() for k in ("name_heads", "descriptor_heads", "sports_cues", "place_heads",
                                                   "place_descriptors")}
    for path in paths:
        data = _read_yaml(path) or {}
        if not isinstance(data, dict):
            raise DictionaryRecordError(f"expected the lists {sorted(out)}", str(path))
        ctx = _Ctx(path)
        for key, words in out.items():
            words.update(norm(w) for w in ctx.strs(data, key))
    return {k: frozenset(v) for k, v in out.items()}


def _checksums(dirs: list[Path]) -> dict[str, str]:
    out = {}
    for d in dirs:
        for p in sorted(d.rglob("*")):
            if p.is_file() and p.suffix in {".yaml", ".tsv", ".txt"}:
                name = str(p.relative_to(d)) if d == DATA_DIR else str(p)
                out[name] = hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    return out


def load_knowledge(extra_dirs: Iterable[str | Path] = (), base_dir: str | Path | None = None) -> Knowledge:
    """Load the shipped dictionaries (or those of `base_dir`) plus any `extra_dirs`, validated."""
    dirs = [Path(base_dir) if base_dir is not None else DATA_DIR, *(Path(d) for d in extra_dirs)]
    for d in dirs:
        if not d.is_dir():
            raise DictionaryReadError("dictionary folder does not exist", str(d))
    countries = _load_countries(_files(dirs, "countries.yaml"))
    places = _load_places(_files(dirs, "cities.tsv") + _files(dirs, "regions.tsv"), countries)
    _check_capitals(countries, places, dirs)
    orgs: dict[str, Organisation] = {}
    org_files = [p for d in dirs for p in sorted(d.glob("organisations*.yaml"))] + _files(dirs, "movements.yaml")
    _load_orgs(org_files, countries, orgs)
    patterns, named = _load_institutions(_files(dirs, "institutions.yaml"), countries)
    titles, honorifics = _load_titles(_files(dirs, "titles.yaml"), countries, orgs)
    people_files = [p for d in dirs if (d / "people").is_dir() for p in sorted((d / "people").glob("*.yaml"))]
    people = _load_people(people_files, countries, {**orgs, **{i.id: i for i in named}})
    given, family, ambiguous = _load_names([p for d in dirs for p in sorted(d.glob("person_names*.tsv"))])
    heads = _load_org_heads(_files(dirs, "org_heads.yaml"))
    role_index: dict[tuple[str, str], list[Person]] = {}
    for person in people.values():
        for r in person.roles:
            role_index.setdefault((r.role, r.of), []).append(person)
    return Knowledge(
        countries=countries, places=places, organisations=orgs, institution_patterns=patterns,
        institutions=named, titles=titles, honorifics=honorifics, people=people,
        generics=_load_generics(_files(dirs, "generic.tsv"), countries), given_names=given, family_names=family,
        ambiguous_given=ambiguous, stopwords=_load_words(_files(dirs, "stopwords.txt")),
        common_words=_load_words(_files(dirs, "common_words.txt")),
        org_name_heads=heads["name_heads"], org_descriptor_heads=heads["descriptor_heads"],
        sports_cues=heads["sports_cues"], place_heads=heads["place_heads"],
        place_descriptors=heads["place_descriptors"],
        role_index={k: tuple(v) for k, v in role_index.items()}, checksums=_checksums(dirs),
    )
