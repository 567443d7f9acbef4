from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar

import pytest

import marsad
from marsad.doc import Document
from marsad.errors import PipelineChainError
from marsad.pipeline import Pipeline
from marsad.stages.actors import ActorStage
from marsad.stages.text import NormalizeStage


def test_broken_chain_is_refused(fictional: marsad.Pipeline) -> None:
    with pytest.raises(PipelineChainError, match="requires"):
        Pipeline(fictional.knowledge, [NormalizeStage(), ActorStage(fictional.index)])


def test_custom_stage_chains(fictional: marsad.Pipeline) -> None:
    class Counter:
        name: ClassVar[str] = "count"
        requires: ClassVar[frozenset[str]] = frozenset({"mentions"})
        provides: ClassVar[frozenset[str]] = frozenset({"count"})

        def __call__(self, doc: Document) -> None:
            doc.source = str(len(doc.mentions))

    nlp = Pipeline(fictional.knowledge, [*fictional.stages, Counter()])
    doc = nlp.process(Document("x", "وصل سمير قندلي إلى تلمسار"))
    assert doc.source == "2"


def test_thread_safe_results(fictional: marsad.Pipeline) -> None:
    texts = [f"وصل سمير قندلي إلى تلمسار {i}. وقال رئيس الوزراء القمرستاني إن" for i in range(40)]

    def run(t: str) -> list[tuple[int, int, str | None]]:
        return [(m.start, m.end, m.actor.name if m.actor else None) for m in fictional.mentions(t, "2021-01-01")]

    with ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(run, texts))
    assert parallel == [run(t) for t in texts]


def test_token_stage_makes_tokens_eagerly(fictional: marsad.Pipeline) -> None:
    from marsad.stages.text import SentenceStage, TokenStage

    nlp = Pipeline(fictional.knowledge, [NormalizeStage(), SentenceStage(), TokenStage()])
    doc = nlp.process(Document("t", "وصل سمير قندلي إلى تلمسار"))
    assert doc._tokens is not None and [t.text for t in doc._tokens][:2] == ["وصل", "سمير"]


def test_warm_loads_what_loads_on_first_use() -> None:
    nlp = marsad.load()
    assert nlp.check is not None and nlp.check._encoder is None and not nlp.triggers._built
    assert nlp.warm() is nlp
    assert nlp.check._encoder is not None and nlp.triggers._built
