"""Accuracy guards on the shared gold data (skipped when ../shared is absent)."""

from __future__ import annotations

import marsad
from marsad.eval.ner import evaluate_ner
from tests.conftest import shared_path


def test_ner_f1_on_cleananercorp_is_at_least_075(real: marsad.Pipeline) -> None:
    path = shared_path("data", "gold", "ner_cleananercorp", "cleananercorp_TRAIN.txt")
    score = evaluate_ner(real, path)
    assert score.sentences > 3000
    p, r, f = score.prf()
    assert f >= 0.75, (p, r, f)
