"""Score sentence-level event detection on an arabic_event_gsr folder (`*_gsr.csv` sentence labels per event
type; `*_spans.json` gold actor spans with CAMEO country codes).

Positives are label `yes`, negatives `easy no` and `difficult no`; `ambiguous` sentences are reported apart.
A sentence is predicted positive when the coder finds a non-negated event of the file's type in it that it
counts as reported (the counting rules and the learned checks: events/sentence_check.py, events/detector.py) and
that is the sentence's news, not only its background (modality `background`: the attack a statement is about, an
attack recalled) — the gold standard asks whether the sentence describes such an event, and its annotators said no
to attacks that are only the topic of a condemnation or an arrest.
Actor country accuracy, over gold actor spans (source or target) that can be found in the text: the share for which
some event of the sentence has an actor or recipient overlapping the span with the gold country (an implicit
participant — a pronoun, a speaker carried over — by the words it refers back to); apart, the share for which some
coded mention overlapping the span has the gold country, and the share for which an event of the file's type has
the gold country in the same role (source: actor, target: recipient) whatever words it was named by (ضربة أميركية
for the gold "الجيش الأميركي"), as event data compare coders. Several annotators often marked the same actor
with slightly different spans; the figure is also given with those variants merged (one actor, right if any of its
spans is).

The labels come from several annotators (`accept` of `total`); "yes" means (nearly) all accepted, "difficult no"
that a minority — often half — did. The ceiling printed beside each type is what a coder that always agreed with
the majority of the annotators (yes when at least half accepted) would score against these labels.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import EvaluationDataError
from marsad.pipeline import Pipeline

POSITIVE = "yes"
NEGATIVE = ("easy no", "difficult no")


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    ambiguous: Counter[str] = field(default_factory=Counter)  # predicted yes / no on ambiguous sentences
    hard_fp: int = 0  # false positives on "difficult no"
    hard_total: int = 0
    # what a coder that always sided with the majority of the annotators (yes when at least half of them
    # accepted) would score against these labels (positives: unanimous or near-unanimous "yes")
    majority: Counter[str] = field(default_factory=Counter)

    def prf(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.fp, self.fn)

    def prf_easy(self) -> tuple[float, float, float]:
        """Against "easy no" negatives only (sentences no annotator accepted)."""
        return _prf(self.tp, self.fp - self.hard_fp, self.fn)

    def ceiling(self) -> tuple[float, float, float]:
        return _prf(self.majority["tp"], self.majority["fp"], self.majority["fn"])


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class GsrScore:
    types: dict[str, TypeScore] = field(default_factory=dict)
    actor_spans: int = 0
    actor_right: int = 0  # as an event's actor or recipient
    mention_right: int = 0  # as a coded mention, whatever the events
    role_right: int = 0  # an event of the type with the gold country in the same role, whatever its span
    actors: int = 0  # the same, with the overlapping spans of one actor by several annotators counted once
    actors_right: int = 0


def _read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise EvaluationDataError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    for n, row in enumerate(rows, 2):
        if not row.get("text") or not row.get("label") or not row.get("event_type"):
            raise EvaluationDataError("row lacks text, label or event_type", f"{path}:{n}")
    return rows


def evaluate_gsr(pipeline: Pipeline, folder: str | Path) -> GsrScore:
    folder = Path(folder)
    files = sorted(folder.glob("*_gsr.csv"))
    if not files:
        raise EvaluationDataError("no *_gsr.csv files", str(folder))
    score = GsrScore()
    for path in files:
        for row in _read_csv(path):
            typ = row["event_type"].strip().upper()
            ts = score.types.setdefault(typ, TypeScore())
            events = pipeline.code(row["text"])
            found = any(e.event_type == typ and not e.negated and e.reported and e.modality != "background"
                        for e in events)
            label = row["label"].strip()
            _majority(ts, row, label)
            if label == POSITIVE:
                ts.tp += found
                ts.fn += not found
            elif label in NEGATIVE:
                ts.fp += found
                ts.tn += not found
                if label == "difficult no":
                    ts.hard_total += 1
                    ts.hard_fp += found
            else:
                ts.ambiguous["yes" if found else "no"] += 1
    for path in sorted(folder.glob("*_spans.json")):
        _score_spans(pipeline, path, score)
    return score


def _majority(ts: TypeScore, row: dict[str, str], label: str) -> None:
    try:
        accept, total = int(row.get("accept") or ""), int(row.get("total") or "")
    except ValueError:
        return
    if label not in (POSITIVE, *NEGATIVE) or total <= 0:
        return
    says_yes = 2 * accept >= total
    key = ("tp" if says_yes else "fn") if label == POSITIVE else ("fp" if says_yes else "tn")
    ts.majority[key] += 1


def _score_spans(pipeline: Pipeline, path: Path, score: GsrScore) -> None:
    try:
        records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationDataError(f"cannot read: {exc}", str(path)) from exc
    for rec in records:
        text = rec.get("text") or ""
        doc = pipeline.analyse(text)
        typ = path.name.split("_")[0].upper()
        parts = [(s, p) for e in doc.events for p in (e.actor, e.recipient) if p is not None for s in p.spans()]
        same_type = [e for e in doc.events if e.event_type == typ and not e.negated]
        seen: set[tuple[str, str]] = set()
        groups: list[tuple[str, str, list[tuple[int, int]], list[bool]]] = []
        for span in rec.get("spans", []):
            for side in ("source", "target"):
                words = span.get(f"{side}_actor") or []
                role = span.get(f"{side}_role")
                code = role.get("main") if isinstance(role, dict) else None
                if not words or not code or code in ("None", "---") or (" ".join(words), code) in seen:
                    continue
                seen.add((" ".join(words), code))
                start = text.find(words[0])
                end = text.find(words[-1], max(start, 0)) + len(words[-1]) if start >= 0 else -1
                if start < 0:
                    continue
                score.actor_spans += 1
                right = any(s.start < end and start < s.end and p.actor.country == code for s, p in parts)
                score.actor_right += right
                score.role_right += any(p is not None and p.actor.country == code
                                        for p in (e.actor if side == "source" else e.recipient for e in same_type))
                g = next((g for g in groups if g[0] == side and g[1] == code and any(
                    s < end and start < e for s, e in g[2])), None)
                if g is None:
                    groups.append((side, code, [(start, end)], [right]))
                else:
                    g[2].append((start, end))
                    g[3].append(right)
                score.mention_right += any(m.start < end and start < m.end and m.actor is not None
                                           and m.actor.country == code for m in doc.mentions)
        score.actors += len(groups)
        score.actors_right += sum(any(g[3]) for g in groups)
