"""Reported speech: who is speaking in each sentence (data/speech.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
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

    def speech_verb_at(self, toks: list[str]) -> tuple[int, bool]:
        """(index, is a participle) of the first speech verb or participle of a sentence; (-1, False) if none."""
        verbs, participles = self.verbs, self.participles
        for i, t in enumerate(toks):
            for w in (t, t[1:]) if t[:1] in _CONJ else (t,):  # the word, then without its conjunction
                if w in verbs:
                    return i, False
                if w in participles:
                    return i, True
        return -1, False

    def statement_noun_at(self, toks: list[str]) -> int:
        """Index of a statement noun (بتصريحات, كلمة), -1 if none; its speaker follows with ل."""
        nouns = self.nouns
        for i, t in enumerate(toks):
            if t in nouns or (t[:1] in _NOUN_CLITIC and any(t.startswith(p) and t[len(p):] in nouns
                                                            for p in _NOUN_PREFIXES)):
                return i
        return -1

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
    return SpeechLexicon(frozenset(verbs), participles, handover, nouns)
