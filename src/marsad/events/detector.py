"""A small learned check on top of the rules: is a coded event REPORTED (it happened), or only mentioned
(generic, recalled, planned, figurative)? Logistic regression over features of the event and the words around
its trigger; weights trained by scripts/train_detector.py on sentences of the dev corpus we labelled ourselves
(benchmarks/labels), shipped as data/detector.json (feature weights only). Rules stay the backbone: the score
only sets the event's `reported` probability."""

from __future__ import annotations

import json
import math
from itertools import repeat
from pathlib import Path

from marsad.events.record import Event

_WINDOW = 4
# what ends a clause: the words between the last of these before the trigger and the trigger are its clause's opening
_PUNCT = frozenset('، ؛ : . " ( ) - « » ! ? ؟ , “ ” \''.split())


def tense(tok: str, verbal: bool) -> str:
    """The trigger's form: a verbal noun, or a verb's tense from its prefix (سيعقد future, يعقد present, عقد past),
    past a conjunction و / ف."""
    if not verbal:
        return "noun"
    w = tok[1:] if len(tok) > 3 and tok[0] in "وف" else tok
    if len(w) > 3 and w[0] == "س" and w[1] in "يتنا":
        return "fut"
    return "impf" if w[:1] in ("ي", "ت", "ن") else "past"


def features(event: Event, toks: list[str], trigger_index: int, verbal: bool) -> list[str]:
    """The event's features: per type (`TYPE:...`) and, for the cues that an event did not take place, which are
    mostly the same whatever the type (future, plans, conditions, calls, generic talk), type-free copies (`any:...`)
    so that small types learn from big ones: the window of words around the trigger, the words opening the
    trigger's clause, its form (verb tense or verbal noun), modality and which roles are filled."""
    t = event.event_type
    form = tense(toks[trigger_index], verbal) if trigger_index < len(toks) else "noun"
    roles = (f"actor={'i' if event.actor and event.actor.implicit else bool(event.actor)}",
             f"recipient={bool(event.recipient)}", f"place={bool(event.location)}")
    out = [f"bias:{t}", f"rule:{event.rule.split('@')[0]}", f"{t}:verbal={verbal}", f"{t}:mod={event.modality}",
           *(f"{t}:{r}" for r in roles), f"any:verbal={verbal}", f"any:mod={event.modality}",
           *(f"any:{r}" for r in roles), f"{t}:tense={form}", f"any:tense={form}"]
    lo, hi = max(0, trigger_index - _WINDOW), min(len(toks), trigger_index + _WINDOW + 1)
    for k in range(lo, hi):
        if k != trigger_index:
            side = "L" if k < trigger_index else "R"
            out += (f"{t}:{side}:{toks[k]}", f"any:{side}:{toks[k]}")
    out += [f"{t}:w:{w}" for w in set(toks)]
    k = trigger_index - 1
    while k >= 0 and toks[k] not in _PUNCT:
        k -= 1
    out += [f"any:C:{w}" for w in set(toks[k + 1:trigger_index])]
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
        z = sum(map(self.weights.get, feats, repeat(0.0)))  # the same sum, in the same order, with no generator
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
