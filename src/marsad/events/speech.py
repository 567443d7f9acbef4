"""Reported speech: who is speaking in each sentence (data/speech.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from marsad.events.forms import verb_forms
from marsad.knowledge.files import Ctx, read_yaml, records
from marsad.text.normalize import norm

_CONJ = ("و", "ف")  # a speech verb's proclitics
_NOUN_PREFIXES = ("و", "ب", "في", "وب", "ف")  # a statement noun's
_NOUN_CLITIC = frozenset(p[0] for p in _NOUN_PREFIXES)


@dataclass(frozen=True)
class SpeechLexicon:
    verbs: frozenset[str]
    participles: frozenset[str]
    handover: tuple[tuple[str, ...], ...]
    nouns: frozenset[str] = frozenset()
    unnamed: frozenset[str] = frozenset()  # indefinite sources (مصدر، مسؤول، شهود): a new speaker no one names
    # every surface form of a speech verb or participle (with و ف) and of a statement noun (with its proclitics):
    # one set look-up per token finds the first, as the loops below it would
    _said: frozenset[str] = field(init=False, repr=False, compare=False)
    _stated: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        said = self.verbs | self.participles
        object.__setattr__(self, "_said", said | {c + w for c in _CONJ for w in said})
        object.__setattr__(self, "_stated", self.nouns | {p + w for p in _NOUN_PREFIXES for w in self.nouns})

    def speech_verb_at(self, toks: list[str]) -> tuple[int, bool]:
        """(index, is a participle) of the first speech verb or participle of a sentence; (-1, False) if none."""
        if self._said.isdisjoint(toks):  # (most sentences have none: one set test first)
            return -1, False
        i = next((i for i, t in enumerate(toks) if t in self._said), -1)
        if i >= 0:
            t = toks[i]
            for w in (t, t[1:]) if t[:1] in _CONJ else (t,):  # the word, then without its conjunction
                if w in self.verbs:
                    return i, False
                if w in self.participles:
                    return i, True
        return -1, False

    def statement_noun_at(self, toks: list[str]) -> int:
        """Index of a statement noun (بتصريحات, كلمة), -1 if none; its speaker follows with ل."""
        return -1 if self._stated.isdisjoint(toks) else next((i for i, t in enumerate(toks) if t in self._stated), -1)

    def unnamed_speaker(self, toks: list[str], sv: int) -> bool:
        """The speech verb at sv has an indefinite source for its subject, right after it or right before it — وقال
        مصدر أمني، ذكر متحدث باسم، مصادر مطلعة قالت —: a new speaker, not the one named last (وقال المصدر: the same)."""
        if sv + 1 < len(toks) and toks[sv + 1] in self.unnamed:
            return True
        return toks[sv][:1] not in _CONJ and any(toks[k] in self.unnamed for k in range(max(0, sv - 2), sv))

    def hands_over(self, toks: list[str]) -> bool:
        return any(tuple(toks[: len(h)]) == h or tuple(toks[1: 1 + len(h)]) == h for h in self.handover)


def load_speech(path: Path) -> SpeechLexicon:
    if not path.is_file():
        return SpeechLexicon(frozenset(), frozenset(), ())
    ctx = Ctx(path)
    verbs: set[str] = set()
    for rec in records(path, "verbs"):
        verbs |= verb_forms(str(ctx.req(rec, "past")), str(rec.get("present") or ""))
    data = read_yaml(path) or {}
    participles = frozenset(norm(w) for w in ctx.strs(data, "participles"))
    handover = tuple(tuple(norm(w) for w in h.split()) for h in ctx.strs(data, "handover"))
    nouns = frozenset(norm(w) for w in ctx.strs(data, "nouns") if " " not in w)
    unnamed = frozenset(norm(w) for w in ctx.strs(data, "unnamed"))
    return SpeechLexicon(frozenset(verbs), participles, handover, nouns, unnamed)
