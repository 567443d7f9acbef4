"""Load epithets.tsv (an armed party named by an epithet: actors/epithets reads the rows) from every dictionary
folder, the shipped one first, then a user's: each row checked on load, an error naming its file and line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from marsad.errors import DictionaryRecordError
from marsad.knowledge.files import LINE, Ctx, read_tsv
from marsad.knowledge.records import Epithet, Organisation
from marsad.text.normalize import norm

PARTY = "<party>"


def load_epithets(paths: Path | list[Path], countries: Iterable[str] | None = None,
                  orgs: Mapping[str, Organisation] | None = None) -> tuple[Epithet, ...]:
    """The epithets of `paths`; a malformed row, an unknown country (of `countries`, when given) or an unknown
    party (of `orgs`, when given) raises DictionaryRecordError with its file and line."""
    out = []
    for path in [paths] if isinstance(paths, Path) else paths:
        ctx = Ctx(path)
        for line, row in read_tsv(path):
            rec = {**row, LINE: line}
            words = ctx.req(rec, "epithet").split()
            after = words[0] == PARTY
            slots = tuple(frozenset(norm(s) for s in w.split("|") if s) for w in (words[1:] if after else words))
            if not slots or any(not s or PARTY in w for s, w in zip(slots, words[after:], strict=True)):
                raise DictionaryRecordError(f"bad epithet {row['epithet']!r}", ctx.where(rec))
            unless = frozenset(c for c in row.get("unless", "").split())
            for c in unless:
                ctx.country(rec, c, countries)
            party = ctx.req(rec, "party")
            if orgs is not None and party not in orgs:
                raise DictionaryRecordError(f"unknown organisation {party!r}", ctx.where(rec))
            out.append(Epithet(slots, party, frozenset(norm(w) for w in row.get("named_by", "").split()), unless,
                               after, ctx.where(rec)))
    return tuple(out)
