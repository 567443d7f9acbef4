"""Score mention finding on an ANERcorp-style CoNLL file (token TAG per line, blank line between sentences).

Entities are compared exactly (conlleval style) per type: PER, LOC, ORG (gold PERS counts as PER; MISC is left
out). Our mentions are projected on the gold tokens: a token inside a mention takes its type. Nominal mentions
(titles, institutions by pattern, generic agents) are not named entities and are not scored. The file is read as a
stream, a few sentences at a time, so memory stays flat.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.doc import Document
from marsad.errors import EvaluationDataError
from marsad.pipeline import Pipeline

TYPES = ("PER", "LOC", "ORG")
_GOLD_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}


@dataclass
class NerScore:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    tokens: int = 0

    def prf(self, typ: str | None = None) -> tuple[float, float, float]:
        types = TYPES if typ is None else (typ,)
        tp = sum(self.tp[t] for t in types)
        fp = sum(self.fp[t] for t in types)
        fn = sum(self.fn[t] for t in types)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def rows(self) -> list[tuple[str, int, int, int, float, float, float]]:
        out = []
        for t in (*TYPES, None):
            p, r, f = self.prf(t)
            types = TYPES if t is None else (t,)
            out.append((t or "ALL", sum(self.tp[x] for x in types), sum(self.fp[x] for x in types),
                        sum(self.fn[x] for x in types), p, r, f))
        return out


def read_conll(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences as lists of (token, tag)."""
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise EvaluationDataError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    with fh:
        sent: list[tuple[str, str]] = []
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                if sent:
                    yield sent
                    sent = []
                continue
            if len(parts) < 2:
                raise EvaluationDataError("expected 'token TAG'", f"{path}:{lineno}")
            sent.append((parts[0], parts[-1]))
        if sent:
            yield sent


def spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first token, last token + 1, type) from BIO tags; I- after O starts an entity."""
    out = set()
    start, cur = None, None
    for i, tag in enumerate([*tags, "O"]):
        pre, _, typ = tag.partition("-")
        typ = _GOLD_MAP.get(typ, "") if typ else ""
        if cur is not None and (pre != "I" or typ != cur):
            out.add((start, i, cur))
            cur = None
        if typ and (pre == "B" or (pre == "I" and cur is None)):
            start, cur = i, typ
    return {s for s in out if s[2] in TYPES}


def predict_tags(pipeline: Pipeline, sentences: list[list[str]]) -> list[str]:
    """BIO tags for the tokens of consecutive sentences, coded together as one document (a line each)."""
    tokens = [t for sent in sentences for t in sent]
    text = "\n".join(" ".join(sent) for sent in sentences)
    offsets = []
    pos = 0
    for sent in sentences:
        for t in sent:
            offsets.append((pos, pos + len(t)))
            pos += len(t) + 1
    doc = pipeline.process(Document("ner", text), upto="coref")
    tags = ["O"] * len(tokens)
    for m in doc.mentions:
        if m.nominal or m.type not in TYPES:
            continue
        idx = [i for i, (a, b) in enumerate(offsets) if a < m.end and m.start < b]
        if not idx or any(tags[i] != "O" for i in idx):
            continue
        for k, i in enumerate(idx):
            tags[i] = ("B-" if k == 0 else "I-") + m.type
    return tags


def evaluate_ner(pipeline: Pipeline, path: str | Path, limit: int | None = None, offset: int = 0,
                 group: int = 8) -> NerScore:
    """Score sentences [offset, offset + limit) of a CoNLL file. Consecutive sentences are coded `group` at a
    time as one document (the file keeps articles' sentences in order), so in-document coreference works."""
    score = NerScore()
    batch: list[list[tuple[str, str]]] = []
    for n, sent in enumerate(read_conll(Path(path))):
        if n < offset:
            continue
        if limit is not None and n >= offset + limit:
            break
        batch.append(sent)
        if len(batch) == group:
            _score_batch(pipeline, batch, score)
            batch = []
    if batch:
        _score_batch(pipeline, batch, score)
    return score


def _score_batch(pipeline: Pipeline, batch: list[list[tuple[str, str]]], score: NerScore) -> None:
    tokens = [t for sent in batch for t, _ in sent]
    tags = predict_tags(pipeline, [[t for t, _ in sent] for sent in batch])
    start = 0
    for sent in batch:
        gold = spans_from_tags([g for _, g in sent])
        pred = spans_from_tags(tags[start:start + len(sent)])
        start += len(sent)
        score.sentences += 1
        score.tokens += len(sent)
        for s in pred & gold:
            score.tp[s[2]] += 1
        for s in pred - gold:
            score.fp[s[2]] += 1
        for s in gold - pred:
            score.fn[s[2]] += 1
    assert start == len(tokens)
