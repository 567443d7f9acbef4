"""A small learned check on top of the rules: is a coded event REPORTED (it happened), or only mentioned
(generic, recalled, planned, figurative)? Logistic regression over features of the event and the words around
its trigger; weights trained by scripts/train_detector.py on sentences of the dev corpus we labelled ourselves
(benchmarks/labels), shipped as data/detector.json (feature weights only). Rules stay the backbone: the score
only sets the event's `reported` probability."""

from __future__ import annotations

import json
import math
from pathlib import Path

from marsad.events.record import Event

_WINDOW = 4


def features(event: Event, toks: list[str], trigger_index: int, verbal: bool) -> list[str]:
    t = event.event_type
    out = [f"bias:{t}", f"rule:{event.rule.split('@')[0]}", f"{t}:verbal={verbal}", f"{t}:mod={event.modality}",
           f"{t}:actor={'i' if event.actor and event.actor.implicit else bool(event.actor)}",
           f"{t}:recipient={bool(event.recipient)}", f"{t}:place={bool(event.location)}"]
    lo, hi = max(0, trigger_index - _WINDOW), min(len(toks), trigger_index + _WINDOW + 1)
    for k in range(lo, hi):
        if k != trigger_index:
            side = "L" if k < trigger_index else "R"
            out.append(f"{t}:{side}:{toks[k]}")
    out += [f"{t}:w:{w}" for w in set(toks)]
    if any(w.isdigit() for w in toks):
        out.append(f"{t}:number")
    return out


class Detector:
    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    @classmethod
    def load(cls, path: Path) -> Detector | None:
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in data["weights"].items()})

    def knows(self, event_type: str) -> bool:
        return f"bias:{event_type}" in self.weights

    def probability(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
