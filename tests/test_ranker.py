"""The role ranker: weights checked on load; with weights of our own (not the shipped ones) it gives a role the
rules left empty to the participant they favour, only past the margin, says so in the event's rule, and never
replaces a role the rules filled, nor makes a place where the act happens its actor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.errors import DictionaryRecordError
from marsad.events.ranker import RoleRanker, choices

EMPTY_ACTOR = "وقتل خمسة جنود أفغان في انفجار عبوة ناسفة خلال زيارة وزير الدفاع"
ONLY_A_PLACE = "وقتل خمسة جنود أفغان في انفجار عبوة ناسفة في ولاية هلمند"
FILLED = "قصفت الطائرات الإسرائيلية مواقع لحركة حماس في قطاع غزة"


def _with(weights: dict[str, float], margin: float = 0.0) -> marsad.Pipeline:
    nlp = marsad.load()
    stage = next(s for s in nlp.stages if s.name == "events")
    stage.ranker = RoleRanker(weights, margin)  # type: ignore[attr-defined]
    return nlp


def _assault(nlp: marsad.Pipeline, sentence: str) -> marsad.Event:
    return next(e for e in nlp.code(sentence) if e.event_type == "ASSAULT")


def test_no_weights_file_means_no_ranker(tmp_path: Path) -> None:
    assert RoleRanker.load(tmp_path / "missing.json") is None


def test_bad_weights_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"weights": {"A:bias": "high"}}), encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match="bad.json"):
        RoleRanker.load(path)


def test_without_weights_an_empty_role_stays_empty() -> None:
    e = _assault(_with({}), EMPTY_ACTOR)
    assert e.actor is None and "ranked" not in e.rule


def test_a_favoured_participant_fills_an_empty_role_and_the_rule_says_so() -> None:
    e = _assault(_with({"A:bias": 5.0}), EMPTY_ACTOR)
    assert e.actor is not None and e.rule.endswith("|actor:ranked")


def test_a_place_where_the_act_happens_is_never_made_its_actor() -> None:
    e = _assault(_with({"A:bias": 5.0}), ONLY_A_PLACE)
    assert e.actor is None and "ranked" not in e.rule


def test_the_margin_keeps_the_role_empty() -> None:
    e = _assault(_with({"A:bias": 5.0}, margin=10.0), EMPTY_ACTOR)
    assert e.actor is None and "ranked" not in e.rule


def test_a_role_the_rules_filled_is_never_replaced() -> None:
    e = _assault(_with({"A:none": -5.0, "A:rule=True": -10.0, "A:bias": 5.0}), FILLED)
    assert e.actor is not None and e.actor.actor.country == "ISR" and "ranked" not in e.rule


def test_a_role_is_not_filled_with_a_partner_of_the_other_role() -> None:
    # the three attackers joined by و are actors of one event each, never each other's target
    events = [e for e in _with({"R:bias": 5.0}).code(
        "قصفت طائرات أميركية وأخرى بريطانية مواقع عسكرية في ريف دمشق") if e.event_type == "ASSAULT"]
    assert events and all(e.recipient is None or e.recipient.actor.country not in ("USA", "GBR") for e in events)


def test_pick_takes_the_best_eligible_only_past_the_margin() -> None:
    r = RoleRanker({"good": 2.0, "fair": 1.0}, margin=0.5)
    assert r.pick(["none"], [["fair"], ["good"]]) == 1
    assert RoleRanker({"good": 2.0}, margin=3.0).pick(["none"], [["good"]]) is None
    assert r.pick(["none"], []) is None


class _Keep(RoleRanker):
    """Keeps what rerank is given (as scripts/train_ranker.py does) and changes nothing."""

    def rerank(self, events: list[marsad.Event], sentence_args: dict, text: str,
               say: frozenset[str]) -> list[marsad.Event]:
        self.seen = (events, sentence_args, text)
        return events


def test_choices_weigh_only_the_roles_the_rules_left_empty() -> None:
    # what the training script fits on is what rerank weighs: an open role, no one and the eligible participants
    nlp = marsad.load()
    keep = _Keep({})
    stage = next(s for s in nlp.stages if s.name == "events")
    stage.ranker, say = keep, stage.speech.verbs  # type: ignore[attr-defined]
    for sentence, open_ in ((EMPTY_ACTOR, "actor"), (FILLED, None)):
        nlp.code(sentence)
        events, seen, text = keep.seen
        e = next(e for e in events if e.event_type == "ASSAULT")
        roles = [role for role, *_ in choices(e, events, seen, text, say)]
        assert (open_ in roles) if open_ else not roles
        for _role, nobody, cands, feats in choices(e, events, seen, text, say):
            assert nobody[0].endswith(":none") and len(cands) == len(feats)
            assert all(c.arg is not None for c in cands)


def test_a_sanction_is_not_given_the_sanctioning_state_as_its_target() -> None:
    # فرضت الولايات المتحدة العقوبات الأميركية: a state does not sanction itself, whatever the weights favour
    e = next(e for e in _with({"R:bias": 5.0, "R:kind=nationality": 3.0}).code(
        "وفرضت الولايات المتحدة العقوبات الأميركية الجديدة في وقت حرج.") if e.event_type == "SANCTION")
    assert e.actor is not None and e.actor.actor.country == "USA" and e.recipient is None
