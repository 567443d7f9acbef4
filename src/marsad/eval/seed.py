"""Check coded events against an expected-events file (the seed article's `expected-events.json` format):
each `required` entry must be matched by an event whose sentence contains one of its anchors, and no event may
match a `forbidden` entry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import EvaluationDataError
from marsad.events.record import Event, Participant, Place


@dataclass(frozen=True)
class SeedResult:
    id: str
    kind: str  # required | forbidden
    ok: bool
    why: str
    matched: tuple[str, ...] = ()


def _who(p: Participant | Place | None, want: dict[str, Any] | None) -> bool:
    if not want:
        return True
    if p is None:
        return False
    a = p.actor
    if "country" in want and a.country != want["country"]:
        return False
    if "sector" in want and a.sector != want["sector"]:
        return False
    return not ("name_contains" in want and want["name_contains"].lower() not in (a.name or "").lower())


def _matches(e: Event, text: str, spec: dict[str, Any]) -> bool:
    sentence = text[e.sentence[1]:e.sentence[2]]
    if not any(a in sentence for a in spec.get("anchors", [""])):
        return False
    if spec.get("event_type") and e.event_type not in spec["event_type"]:
        return False
    if "location" in spec and not _who(e.location, spec["location"]):
        return False
    direct = _who(e.actor, spec.get("actor")) and _who(e.recipient, spec.get("recipient"))
    swapped = spec.get("either_direction") and _who(e.recipient, spec.get("actor")) and _who(
        e.actor, spec.get("recipient"))
    return bool(direct or swapped)


def check_expected(events: list[Event], text: str, expected: dict[str, Any]) -> list[SeedResult]:
    out = []
    for spec in expected.get("required", []):
        hits = [e.id for e in events if not e.negated and _matches(e, text, spec)]
        out.append(SeedResult(spec["id"], "required", bool(hits), spec.get("why", ""), tuple(hits)))
    for spec in expected.get("forbidden", []):
        hits = [e.id for e in events if not e.negated and _matches(e, text, spec)]
        out.append(SeedResult(spec["id"], "forbidden", not hits, spec.get("why", ""), tuple(hits)))
    return out


def load_expected(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationDataError(f"cannot read: {exc}", str(path)) from exc
    if not isinstance(data, dict) or "required" not in data:
        raise EvaluationDataError("expected an object with 'required' (and 'forbidden') entries", str(path))
    return data
