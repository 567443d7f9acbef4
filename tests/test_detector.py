from __future__ import annotations

from pathlib import Path

from marsad.events.detector import Detector, features, tense


def test_weights_give_a_probability(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text('{"weights": {"bias:ASSAULT": -1.0, "ASSAULT:w:غاره": 3.0}}', encoding="utf-8")
    det = Detector.load(path)
    assert det is not None and det.knows("ASSAULT") and not det.knows("PROTEST")
    low = det.probability(["bias:ASSAULT"])
    high = det.probability(["bias:ASSAULT", "ASSAULT:w:غاره"])
    assert 0 < low < 0.5 < high < 1


def test_no_weights_file_means_no_check(tmp_path: Path) -> None:
    assert Detector.load(tmp_path / "missing.json") is None


def test_trigger_form_reads_the_tense_prefix() -> None:
    assert tense("سيعقد", True) == "fut" and tense("وسيلتقي", True) == "fut"
    assert tense("يلتقي", True) == "impf" and tense("التقي", True) == "past" and tense("وعقد", True) == "past"
    assert tense("اجتماع", False) == "noun"


def test_clause_opening_words_are_type_free_features() -> None:
    from marsad.events.record import Event, Span

    toks = ["قال", "الوزير", "،", "من", "المقرر", "ان", "يعقد", "اجتماع", "غدا"]
    e = Event(id="d:0:7:x:0", doc_id="d", date=None, event_type="CONSULT", mode=None, cameo="040", goldstein=1.0,
              quad_class=1, negated=False, modality="asserted", actor=None, recipient=None, location=None,
              trigger=Span("اجتماع", 0, 6), sentence=(0, 0, 50), confidence=0.5, rule="trigger:consult-meet@x")
    feats = features(e, toks, 7, False)
    assert "any:C:المقرر" in feats and "any:C:الوزير" not in feats  # the clause opens after the comma
    assert "CONSULT:L:يعقد" in feats and "any:L:يعقد" in feats and "any:tense=noun" in feats
