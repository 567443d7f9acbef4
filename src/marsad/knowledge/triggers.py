"""Event trigger dictionaries (data/triggers/*.yaml, schema docs/triggers.md) and the CAMEO table
(data/cameo.tsv), loaded into typed records and validated with file and line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import DictionaryRecordError
from marsad.knowledge.files import DATA_DIR, Ctx, read_tsv, records
from marsad.text.normalize import norm

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def quad_class(cameo: str) -> int:
    """CAMEO quad class from the root code: 1 verbal and 2 material cooperation, 3 verbal and 4 material
    conflict."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    type: str
    mode: str
    goldstein: float
    description: str


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    cameo: CameoCode
    past: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    masdar: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    visitor_is_object: bool = False
    requires_any: tuple[tuple[str, ...], ...] = ()
    excludes_any: tuple[tuple[str, ...], ...] = ()
    where: str = ""
    verbs: tuple[str, ...] = ()  # exact conjugated forms generation misses (دعت, نفوا): matched as verbs
    requires_next: tuple[tuple[str, ...], ...] = ()  # one of these within NEXT_REACH words after the trigger
    modifies: bool = False  # a participle (مدعومة من): the noun right before it is the recipient
    excludes_next: frozenset[str] = frozenset()  # a word right after the trigger that vetoes it (فجر اليوم: dawn)
    excludes_prev: frozenset[str] = frozenset()  # a word right before the trigger that vetoes it (يشكل تهديدا)
    excludes_near: tuple[tuple[str, ...], ...] = ()  # one of these within NEAR_REACH words either side vetoes it

    @property
    def goldstein(self) -> float:
        return self.cameo.goldstein

    @property
    def quad_class(self) -> int:
        return quad_class(self.cameo.code)


def load_cameo(path: Path = DATA_DIR / "cameo.tsv") -> dict[str, CameoCode]:
    ctx = Ctx(path)
    out = {}
    for line, row in read_tsv(path):
        rec: dict[str, Any] = {**row, "__line__": line}
        code = ctx.req(rec, "cameo")
        if row.get("type") not in PLOVER_TYPES:
            raise DictionaryRecordError(f"unknown PLOVER type {row.get('type')!r}", ctx.where(line))
        try:
            score = float(row["goldstein"])
        except (KeyError, ValueError):
            raise DictionaryRecordError("goldstein must be a number", ctx.where(line)) from None
        out[code] = CameoCode(code, row["type"], row.get("mode", ""), score, row.get("description", ""))
    return out


def _context(ctx: Ctx, rec: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(norm(w) for w in phrase.split()) for phrase in ctx.strs(rec, key))


def load_triggers(dirs: Iterable[Path], cameo: dict[str, CameoCode]) -> tuple[Trigger, ...]:
    """Every triggers/*.yaml of the folders, validated against the CAMEO table."""
    out: list[Trigger] = []
    seen: set[str] = set()
    for d in dirs:
        for path in sorted((Path(d) / "triggers").glob("*.yaml")):
            ctx = Ctx(path)
            for rec in records(path):
                tid = str(ctx.req(rec, "id"))
                if tid in seen:
                    raise DictionaryRecordError(f"duplicate trigger id {tid}", ctx.where(rec))
                seen.add(tid)
                typ = ctx.req(rec, "type")
                if typ not in PLOVER_TYPES:
                    raise DictionaryRecordError(f"unknown PLOVER type {typ!r}", ctx.where(rec))
                code = str(ctx.req(rec, "cameo"))
                if code not in cameo:
                    raise DictionaryRecordError(f"unknown CAMEO code {code!r}", ctx.where(rec))
                if cameo[code].type != typ:
                    raise DictionaryRecordError(f"CAMEO {code} is {cameo[code].type}, not {typ}", ctx.where(rec))
                t = Trigger(tid, typ, rec.get("mode") or None, cameo[code], ctx.strs(rec, "past"),
                            ctx.strs(rec, "present"), ctx.strs(rec, "masdar"), ctx.strs(rec, "forms"),
                            ctx.strs(rec, "rest"), tuple(norm(p) for p in ctx.strs(rec, "recipient")),
                            bool(rec.get("visitor_is_object")),
                            _context(ctx, rec, "requires_any"), _context(ctx, rec, "excludes_any"),
                            f"triggers/{path.name}:{rec.get('__line__')}", ctx.strs(rec, "verbs"),
                            _context(ctx, rec, "requires_next"), bool(rec.get("modifies")),
                            frozenset(norm(w) for w in ctx.strs(rec, "excludes_next")),
                            frozenset(norm(w) for w in ctx.strs(rec, "excludes_prev")),
                            _context(ctx, rec, "excludes_near"))
                if not (t.past or t.present or t.masdar or t.forms or t.verbs):
                    raise DictionaryRecordError("a trigger needs past, present, masdar, forms or verbs",
                                                ctx.where(rec))
                out.append(t)
    return tuple(out)
