from __future__ import annotations

from pathlib import Path

from marsad.events.detector import Detector


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
