"""Load and validate the dictionary files into a `Knowledge` object. Errors name the file and line."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.errors import DictionaryReadError, DictionaryRecordError, DictionaryReferenceError
from marsad.knowledge.epithets import load_epithets
from marsad.knowledge.files import DATA_DIR, LINE, Ctx, files, read_tsv, read_yaml, records
from marsad.knowledge.records import (
    ROLES,
    SPECIAL_COUNTRIES,
    BareNames,
    ContextName,
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


def _load_countries(paths: list[Path]) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for path in paths:
        ctx = Ctx(path)
        for rec in records(path):
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
        ctx = Ctx(path)
        for line, row in read_tsv(path):
            rec: dict[str, Any] = {**row, LINE: line}
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


def _load_orgs(paths: list[Path], countries: dict[str, Country], into: dict[str, Organisation],
               place_ids: frozenset[str] = frozenset()) -> None:
    for path in paths:
        ctx = Ctx(path)
        for rec in records(path):
            oid = str(ctx.req(rec, "id"))
            if oid in into:
                raise DictionaryRecordError(f"duplicate organisation id {oid}", ctx.where(rec))
            country = ctx.country(rec, ctx.req(rec, "country"), countries)
            sector = ctx.sector(rec, ctx.req(rec, "sector"))
            seats = ctx.strs(rec, "seats")
            if unknown := [s for s in seats if s not in place_ids]:
                raise DictionaryRecordError(f"unknown place id in seats: {', '.join(unknown)}", ctx.where(rec))
            into[oid] = Organisation(oid, str(ctx.req(rec, "name")), ctx.strs(rec, "names", True), country or "",
                                     sector or "", str(rec.get("code") or make_code(country, sector)),
                                     ctx.strs(rec, "abbr"), ctx.strs(rec, "ambiguous"), ctx.strs(rec, "nisba"),
                                     seats, ctx.flag(rec, "sport"))


def _load_institutions(paths: list[Path], countries: dict[str, Country]
                       ) -> tuple[tuple[InstitutionPattern, ...], tuple[Organisation, ...]]:
    patterns: list[InstitutionPattern] = []
    named: list[Organisation] = []
    for path in paths:
        ctx = Ctx(path)
        for rec in records(path, "patterns"):
            patterns.append(InstitutionPattern(str(ctx.req(rec, "name")), ctx.sector(rec, rec.get("sector")) or "",
                                               ctx.strs(rec, "head", True), ctx.strs(rec, "construct")))
        for rec in records(path, "named"):
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
        ctx = Ctx(path)
        for rec in records(path, "titles"):
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
        for rec in records(path, "honorifics"):
            honorifics[norm(str(ctx.req(rec, "word")))] = ctx.sector(rec, rec.get("sector"), required=False)
    return tuple(titles), honorifics


def _load_people(paths: list[Path], countries: dict[str, Country], orgs: dict[str, Organisation]
                 ) -> dict[str, Person]:
    out: dict[str, Person] = {}
    for path in paths:
        ctx = Ctx(path)
        for rec in records(path):
            pid = str(ctx.req(rec, "id"))
            if pid in out:
                raise DictionaryRecordError(f"duplicate person id {pid}", ctx.where(rec))
            roles = []
            for r in rec.get("roles") or []:
                if not isinstance(r, dict):
                    raise DictionaryRecordError("a role must be a mapping", ctx.where(rec))
                r.setdefault(LINE, rec.get(LINE))
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
        ctx = Ctx(path)
        for line, row in read_tsv(path):
            rec: dict[str, Any] = {**row, LINE: line}
            out.append(Generic(ctx.req(rec, "word"), ctx.sector(rec, row.get("sector")) or "",
                               ctx.country(rec, row.get("country"), countries, required=False)))
    return tuple(out)


def _load_sources(paths: list[Path], countries: dict[str, Country]) -> dict[str, str]:
    """sources.tsv: a local outlet's name (as in the documents' `source` field) and the country its domestic news
    is about, keyed case-insensitively."""
    out: dict[str, str] = {}
    for path in paths:
        ctx = Ctx(path)
        for line, row in read_tsv(path):
            rec: dict[str, Any] = {**row, LINE: line}
            country = ctx.country(rec, row.get("country"), countries)
            assert country is not None
            out[" ".join(ctx.req(rec, "source").split()).casefold()] = country
    return out


def _load_country_pairs(paths: list[Path], countries: dict[str, Country]) -> dict[str, tuple[str, str]]:
    """country_pairs.yaml: a dual noun (its nominative and oblique forms) that names two countries at once
    (الكوريتان: PRK and KOR), keyed by the normalised form."""
    out: dict[str, tuple[str, str]] = {}
    for path in paths:
        ctx = Ctx(path)
        for rec in records(path):
            codes = ctx.strs(rec, "countries", True)
            if len(codes) != 2 or codes[0] == codes[1]:
                raise DictionaryRecordError("field 'countries' must list two different countries", ctx.where(rec))
            pair = (str(ctx.country(rec, codes[0], countries)), str(ctx.country(rec, codes[1], countries)))
            for name in ctx.strs(rec, "names", True):
                if out.get(norm(name), pair) != pair:
                    raise DictionaryRecordError(f"'{name}' already names another pair", ctx.where(rec))
                out[norm(name)] = pair
    return out


def _one_word(ctx: Ctx, rec: dict[str, Any], key: str) -> str:
    word = norm(str(ctx.req(rec, key)).strip())
    if not word or len(word.split()) != 1:
        raise DictionaryRecordError(f"field '{key}' must be one word", ctx.where(rec))
    return word


def _load_bare_names(paths: list[Path], countries: dict[str, Country]) -> BareNames:
    """bare_names.yaml: `names`, a bare word that names a country by the article's context (المملكة → SAU), and
    `deals`, an agreement known by its adjective alone and its party (النووي → IRN); words normalised."""
    names: dict[str, ContextName] = {}
    deals: dict[str, str] = {}
    for path in paths:
        data = read_yaml(path) or {}
        if not isinstance(data, dict) or set(data) - {"names", "deals", LINE}:
            raise DictionaryRecordError("expected the lists 'names' and 'deals'", str(path))
        ctx = Ctx(path)
        for rec in records(path, "names"):
            word, country = _one_word(ctx, rec, "word"), str(ctx.country(rec, ctx.req(rec, "country"), countries))
            if word in names and names[word].country != country:
                raise DictionaryRecordError(f"'{word}' already names another country", ctx.where(rec))
            unless = frozenset(str(ctx.country(rec, c, countries)) for c in ctx.strs(rec, "unless_named"))
            after = ctx.strs(rec, "unless_followed_by")
            if any(len(w.split()) != 1 for w in after):
                raise DictionaryRecordError("field 'unless_followed_by' must list single words", ctx.where(rec))
            names[word] = ContextName(word, country, unless, frozenset(norm(w) for w in after))
        for rec in records(path, "deals"):
            adjective, party = _one_word(ctx, rec, "adjective"), str(ctx.country(rec, ctx.req(rec, "party"), countries))
            if deals.get(adjective, party) != party:
                raise DictionaryRecordError(f"'{adjective}' already names another party", ctx.where(rec))
            deals[adjective] = party
    return BareNames(tuple(names.values()), deals)


def _load_names(paths: list[Path]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    buckets: dict[str, set[str]] = {"given": set(), "foreign": set(), "family": set(), "given_ambiguous": set()}
    for path in paths:
        ctx = Ctx(path)
        for line, row in read_tsv(path):
            kind = row.get("kind", "")
            if kind not in buckets:
                raise DictionaryRecordError(f"kind must be one of {sorted(buckets)}", ctx.where(line))
            buckets[kind].add(norm(ctx.req({**row, LINE: line}, "name")))
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
    """org_heads.yaml: word lists name_heads, descriptor_heads, place_heads, place_descriptors, sports_cues and the
    offfield_ lists (heads, nations, bodies), the site_visit_ lists (fields, sites, holy, meetings, talks), the
    crime_ lists (words, pairs, political, terror), the mishap_ lists (words, pairs, anaphora, hostile) and
    daily_objects."""
    out: dict[str, set[str]] = {k: set() for k in ("name_heads", "descriptor_heads", "sports_cues", "place_heads",
                                                   "place_descriptors", "offfield_heads", "offfield_nations",
                                                   "offfield_bodies", "site_visit_fields", "site_visit_sites",
                                                   "site_visit_holy", "site_visit_meetings", "site_visit_talks",
                                                   "crime_words", "crime_pairs", "crime_political", "crime_terror",
                                                   "mishap_words", "mishap_pairs", "mishap_anaphora",
                                                   "mishap_hostile", "daily_objects")}
    for path in paths:
        data = read_yaml(path) or {}
        if not isinstance(data, dict):
            raise DictionaryRecordError(f"expected the lists {sorted(out)}", str(path))
        ctx = Ctx(path)
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
    countries = _load_countries(files(dirs, "countries.yaml"))
    places = _load_places(files(dirs, "cities.tsv") + files(dirs, "regions.tsv"), countries)
    _check_capitals(countries, places, dirs)
    orgs: dict[str, Organisation] = {}
    org_files = [p for d in dirs for p in sorted(d.glob("organisations*.yaml"))] + files(dirs, "movements.yaml")
    _load_orgs(org_files, countries, orgs, frozenset(p.id for p in places))
    patterns, named = _load_institutions(files(dirs, "institutions.yaml"), countries)
    titles, honorifics = _load_titles(files(dirs, "titles.yaml"), countries, orgs)
    people_files = [p for d in dirs if (d / "people").is_dir() for p in sorted((d / "people").glob("*.yaml"))]
    people = _load_people(people_files, countries, {**orgs, **{i.id: i for i in named}})
    given, family, ambiguous = _load_names([p for d in dirs for p in sorted(d.glob("person_names*.tsv"))])
    heads = _load_org_heads(files(dirs, "org_heads.yaml"))
    role_index: dict[tuple[str, str], list[Person]] = {}
    for person in people.values():
        for r in person.roles:
            role_index.setdefault((r.role, r.of), []).append(person)
    return Knowledge(
        countries=countries, places=places, organisations=orgs, institution_patterns=patterns,
        institutions=named, titles=titles, honorifics=honorifics, people=people,
        generics=_load_generics(files(dirs, "generic.tsv"), countries), given_names=given, family_names=family,
        ambiguous_given=ambiguous, stopwords=_load_words(files(dirs, "stopwords.txt")),
        common_words=_load_words(files(dirs, "common_words.txt")),
        org_name_heads=heads["name_heads"], org_descriptor_heads=heads["descriptor_heads"],
        sports_cues=heads["sports_cues"], place_heads=heads["place_heads"],
        place_descriptors=heads["place_descriptors"], offfield_heads=heads["offfield_heads"],
        offfield_nations=heads["offfield_nations"], offfield_bodies=heads["offfield_bodies"],
        site_visit_fields=heads["site_visit_fields"], site_visit_sites=heads["site_visit_sites"],
        site_visit_holy=heads["site_visit_holy"], site_visit_meetings=heads["site_visit_meetings"],
        site_visit_talks=heads["site_visit_talks"], crime_words=heads["crime_words"],
        crime_pairs=heads["crime_pairs"], crime_political=heads["crime_political"],
        crime_terror=heads["crime_terror"], mishap_words=heads["mishap_words"],
        mishap_pairs=heads["mishap_pairs"], mishap_anaphora=heads["mishap_anaphora"],
        mishap_hostile=heads["mishap_hostile"], daily_objects=heads["daily_objects"],
        role_index={k: tuple(v) for k, v in role_index.items()}, checksums=_checksums(dirs),
        sources=_load_sources(files(dirs, "sources.tsv"), countries),
        country_pairs=_load_country_pairs(files(dirs, "country_pairs.yaml"), countries),
        bare_names=_load_bare_names(files(dirs, "bare_names.yaml"), countries),
        epithets=load_epithets(files(dirs, "epithets.tsv"), countries, orgs),
    )
