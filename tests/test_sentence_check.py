"""The sentence check: weights checked on load, a probability from an embedding, and — with the real encoder and
the shipped weights — the verdict on sentences that report an attack or only talk about one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.errors import DictionaryRecordError
from marsad.events.sentence_check import ENCODER, SentenceCheck


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_weights_give_a_probability(tmp_path: Path) -> None:
    check = SentenceCheck.load(_write(tmp_path / "s.json", {"encoder": ENCODER, "types": {
        "ASSAULT": {"bias": -1.0, "weights": [2.0, 0.0]}}}))
    assert check is not None and check.knows("ASSAULT") and not check.knows("PROTEST")
    assert check.probability("ASSAULT", [0.0, 1.0]) < 0.5 < check.probability("ASSAULT", [1.0, 0.0])


def test_news_head_gives_a_probability(tmp_path: Path) -> None:
    check = SentenceCheck.load(_write(tmp_path / "s.json", {"encoder": ENCODER, "types": {
        "ASSAULT": {"bias": 0.0, "weights": [1.0, 0.0]}}, "news": {"ASSAULT": {"bias": 0.0, "weights": [0.0, 3.0]}}}))
    assert check is not None and check.knows_news("ASSAULT") and not check.knows_news("PROTEST")
    assert check.news_probability("ASSAULT", [1.0, -1.0]) < 0.5 < check.news_probability("ASSAULT", [1.0, 1.0])


def test_no_weights_file_means_no_check(tmp_path: Path) -> None:
    assert SentenceCheck.load(tmp_path / "missing.json") is None


@pytest.mark.parametrize("data", [
    {"encoder": "another", "types": {"ASSAULT": {"bias": 0, "weights": [1.0]}}},
    {"encoder": ENCODER, "types": {"ASSAULT": {"weights": [1.0]}}},
    {"encoder": ENCODER, "types": {"ASSAULT": {"bias": 0, "weights": [1.0]}, "PROTEST": {"bias": 0, "weights": []}}},
    {"encoder": ENCODER, "types": {"ASSAULT": {"bias": 0, "weights": [1.0]}}, "news": {"ASSAULT": {"bias": 0}}},
    {"encoder": ENCODER, "types": {"ASSAULT": {"bias": 0, "weights": [1.0]}},
     "news": {"ASSAULT": {"bias": 0, "weights": [1.0, 2.0]}}},
])
def test_bad_weights_name_the_file(tmp_path: Path, data: object) -> None:
    path = _write(tmp_path / "bad.json", data)
    with pytest.raises(DictionaryRecordError, match="bad.json"):
        SentenceCheck.load(path)


def test_embedding_has_the_weights_dimension(real: marsad.Pipeline) -> None:
    check = next(s for s in real.stages if s.name == "events").check  # type: ignore[attr-defined]
    assert check is not None and check.knows("ASSAULT")
    (vector,) = check.embed(["قصفت طائرات حربية مواقع المسلحين شمال البلاد"])
    assert len(vector) == len(check.weights["ASSAULT"][1])


def test_encoder_runs_on_the_checks_blas_threads(real: marsad.Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    from threadpoolctl import threadpool_info

    check = next(s for s in real.stages if s.name == "events").check  # type: ignore[attr-defined]
    check.embed(["اجتمع الوزير بالسفير"])  # loads the encoder
    backend = check._encoder._model
    seen: list[int] = []
    encode_batch = backend._encode_batch

    def spy(*args: object) -> None:
        seen.append(max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"))
        encode_batch(*args)

    monkeypatch.setattr(backend, "_encode_batch", spy)
    check.embed(["قصفت طائرات حربية مواقع المسلحين شمال البلاد"])
    assert seen == [check.threads] == [1]


@pytest.mark.parametrize(("sentence", "reported", "why"), [
    ("قتل خمسة جنود عراقيين أمس في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش في الموصل", True,
     "a dated attack with its victims and place is a report"),
    ("شنت طائرات إسرائيلية غارات على مواقع لحركة حماس في قطاع غزة فجر اليوم", True,
     "air strikes by a named force at a named place, today"),
    ("أكد الوزير العراقي أن مكافحة الإرهاب تتطلب تعاون جميع الدول في المنطقة لمنع الهجمات", False,
     "a minister's general statement about preventing attacks reports none"),
])
def test_sentence_check_verdict(real: marsad.Pipeline, sentence: str, reported: bool, why: str) -> None:
    events = [e for e in real.code(sentence) if e.event_type == "ASSAULT" and not e.negated]
    assert any(e.reported for e in events) is reported, why


@pytest.mark.parametrize(("sentence", "modality", "why"), [
    ("قتل خمسة جنود عراقيين أمس في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش في الموصل", "asserted",
     "the attack is the sentence's news"),
    ("وقررت الحكومة إعلان الحداد ثلاثة أيام على ضحايا الهجوم", "background",
     "the attack is only the occasion of a decision to mourn: it happened, but the news is the decision"),
])
def test_news_head_marks_background(real: marsad.Pipeline, sentence: str, modality: str, why: str) -> None:
    events = [e for e in real.code(sentence) if e.event_type == "ASSAULT" and not e.negated and e.reported]
    assert events and {e.modality for e in events} == {modality}, why
