"""The seed article's events (../shared/seed/expected-events.json): all required events, none forbidden."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.eval.seed import check_expected, load_expected
from tests.conftest import shared_path

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "shamkhani-kadhimi.jsonl"


@pytest.fixture(scope="module")
def results(real: marsad.Pipeline) -> list:
    expected = load_expected(shared_path("seed", "expected-events.json"))
    art = json.loads(ARTICLE.read_text(encoding="utf-8"))
    doc = real.analyse(art["text"], art["date"], doc_id=art["id"])
    return check_expected(doc.events, doc.text, expected)


def test_every_seed_expectation_is_met(results: list) -> None:
    failed = [(r.kind, r.id, r.why) for r in results if not r.ok]
    assert not failed, failed


def test_shamkhani_and_kadhimi_are_named(real: marsad.Pipeline) -> None:
    art = json.loads(ARTICLE.read_text(encoding="utf-8"))
    names = {p.actor.name for e in real.code(art["text"], art["date"]) for p in (e.actor, e.recipient) if p}
    assert {"Ali Shamkhani", "Mustafa al-Kadhimi"} <= names
