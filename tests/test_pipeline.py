from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar

import pytest

import marsad
from marsad.doc import Document
from marsad.errors import PipelineChainError
from marsad.events.sentence_check import SentenceCheck
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


_BATCH = [
    "هاجم مسلحون نقطة للشرطة جنوب بغداد أمس وقتلوا ثلاثة من عناصرها.",
    "التقى وزير الخارجية المصري نظيره الأردني في عمان لبحث العلاقات.",
    "قصفت طائرات حربية إسرائيلية مواقع لحركة حماس في قطاع غزة فجر اليوم.",
    "هددت الحكومة العراقية بفرض عقوبات على الشركات المخالفة.",
    "أطلق الجيش التركي قذائف على قرى كردية شمال سوريا، وقالت وزارة الدفاع إن الضربات مستمرة.",
]


def _coded(docs: list[Document]) -> list[list[str]]:
    return [[repr(e) for e in d.events] for d in docs]


def test_a_batch_codes_as_one_document_at_a_time(real: marsad.Pipeline) -> None:
    alone = [real.process(Document(f"d{n}", t, None)) for n, t in enumerate(_BATCH)]
    batched = list(real.pipe((Document(f"d{n}", t, None) for n, t in enumerate(_BATCH)), batch_size=3))
    assert _coded(batched) == _coded(alone)
    assert any(e.event_type == "ASSAULT" and e.reported for d in alone for e in d.events)  # the check ran


def test_a_bad_document_does_not_lose_the_rest_of_its_batch(real: marsad.Pipeline) -> None:
    alone = [real.process(Document(f"d{n}", t, None)) for n, t in enumerate(_BATCH)]
    docs = [Document(f"d{n}", t, None) for n, t in enumerate(_BATCH)]
    docs.insert(2, Document("bad", None, None))  # type: ignore[arg-type]  # no text: normalising it raises
    errors = real.process_batch(docs)
    assert [e is not None for e in errors] == [False, False, True, False, False, False]
    assert _coded(docs[:2] + docs[3:]) == _coded(alone)
    piped = real.pipe([Document(d.id, d.text, None) for d in docs], batch_size=4)
    assert [d.id for d in itertools.islice(piped, 2)] == ["d0", "d1"]  # the ones before it, then its error
    with pytest.raises(AttributeError):
        next(piped)


def test_a_batch_the_encoder_fails_on_is_checked_one_document_at_a_time(real: marsad.Pipeline) -> None:
    from marsad.stages.check import CheckStage

    check = real.check
    assert check is not None

    class Fussy(SentenceCheck):
        def embed(self, sentences: list[str]) -> list[list[float]]:
            if any("غزة" in s for s in sentences):
                raise ValueError("cannot encode this one")
            return check.embed(sentences)

    alone = [real.process(Document(f"d{n}", t, None)) for n, t in enumerate(_BATCH)]
    docs = [real.process(Document(f"d{n}", t, None), upto="events") for n, t in enumerate(_BATCH)]
    errors = CheckStage(Fussy(check.weights, news=check.news)).batch(docs)
    assert [e is not None for e in errors] == [False, False, True, False, False]
    assert _coded(docs[:2] + docs[3:]) == _coded(alone[:2] + alone[3:])
