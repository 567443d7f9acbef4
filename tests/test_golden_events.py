"""Golden event sentences (tests/golden/events_*.yaml, written by us, each with a `why`), run on the real
dictionaries. Every sentence is its own test case: its expected events (type, negation, actor and recipient
country) must be coded and its forbidden types (or a type with a given actor or recipient) must not. Sentences the coder does not get right yet are listed in
tests/golden/known_failures.txt and run as strict expected failures, so a fix shows up (XPASS fails the run until
the sentence is taken off the list). The rates over all sentences are a ratchet too: raise the floors as the coder
improves, never lower them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import marsad

GOLDEN = sorted((Path(__file__).parent / "golden").glob("events_*.yaml"))
_LOADED = [(f"{path.stem}:{k}", case) for path in GOLDEN
           for k, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")))]
IDS = [cid for cid, _ in _LOADED]
CASES = [case for _, case in _LOADED]
KNOWN = frozenset(line.split("#")[0].strip() for line in (Path(__file__).parent / "golden" / "known_failures.txt")
                  .read_text(encoding="utf-8").splitlines() if line.split("#")[0].strip())


_SECTORS = frozenset({"GOV", "MIL", "COP", "CVL", "BUS", "JUD", "LEG", "PTY", "REB", "MED", "EDU", "LAB"})


def _country(p: object) -> str | None:
    return p.actor.country if p is not None else None  # type: ignore[attr-defined]


def _is(p: object, want: str | None) -> bool:
    """The participant is the expected one: its country (EGY), or its whole code when a sector is given (TUNCOP, or
    GOV alone: a sector with no country); "-" says the role must be left empty (no one named)."""
    if want is None:
        return True
    if want == "-":
        return p is None
    if len(want) > 3 or want in _SECTORS:
        return p is not None and p.actor.code == want  # type: ignore[attr-defined]
    return _country(p) == want


def _as_said(e: object, exp: dict) -> bool:
    """The expected event's modality and `reported` flag, when the case gives them (modality: future; reported:
    false — coded, not counted)."""
    return all(exp.get(k) is None or getattr(e, k) == exp[k] for k in ("modality", "reported"))


def _forbidden_coded(events: list, rule: str | dict) -> bool:
    """A forbidden entry is coded: a type (CONSULT: no such event at all), or a type with the actor and/or
    recipient it must not have ({type: CONSULT, recipient: OMN}); negated events never count."""
    if isinstance(rule, str):
        rule = {"type": rule}
    assert set(rule) <= {"type", "actor", "recipient"} and "type" in rule, rule
    return any(e.event_type == rule["type"] and not e.negated and _is(e.actor, rule.get("actor"))
               and _is(e.recipient, rule.get("recipient")) for e in events)


@pytest.fixture(scope="module")
def rates(real: marsad.Pipeline) -> dict[str, float]:
    typed = full = total = forbidden_ok = forbidden = 0
    for case in CASES:
        date = str(case["date"]) if case.get("date") else None
        events = real.code(case["sentence"], date)
        for exp in case.get("events") or []:
            total += 1
            same = [e for e in events if e.event_type == exp["type"] and e.negated == bool(exp.get("negated"))
                and _as_said(e, exp)]
            typed += bool(same)
            full += any(_is(e.actor, exp.get("actor")) and _is(e.recipient, exp.get("recipient")) for e in same)
        for rule in case.get("forbidden") or []:
            forbidden += 1
            forbidden_ok += not _forbidden_coded(events, rule)
    return {"type": typed / total, "full": full / total, "forbidden": forbidden_ok / forbidden}


def test_every_golden_case_has_a_why() -> None:
    assert CASES and all(case.get("why") for case in CASES)


def test_every_event_type_has_golden_sentences() -> None:
    from marsad.knowledge.triggers import PLOVER_TYPES

    counts = {t: sum(1 for c in CASES for e in c.get("events") or [] if e["type"] == t) for t in PLOVER_TYPES}
    assert all(n >= 8 for n in counts.values()), counts


@pytest.mark.parametrize(("rate", "floor"), [("type", 0.975), ("full", 0.935), ("forbidden", 0.925)])
def test_golden_rates_do_not_fall(rates: dict[str, float], rate: str, floor: float) -> None:
    assert rates[rate] >= floor, rates


def problems(pipeline: marsad.Pipeline, case: dict) -> list[str]:
    """What the coder gets wrong in one golden sentence (empty when it is right)."""
    date = str(case["date"]) if case.get("date") else None
    events = pipeline.code(case["sentence"], date)
    out = []
    for exp in case.get("events") or []:
        same = [e for e in events if e.event_type == exp["type"] and e.negated == bool(exp.get("negated"))
                and _as_said(e, exp)]
        if not any(_is(e.actor, exp.get("actor")) and _is(e.recipient, exp.get("recipient")) for e in same):
            got = [(e.event_type, _country(e.actor), _country(e.recipient), e.negated) for e in events]
            out.append(f"expected {exp}, coded {got}")
    for rule in case.get("forbidden") or []:
        if _forbidden_coded(events, rule):
            out.append(f"forbidden {rule} coded")
    return out


def test_known_failures_name_existing_cases() -> None:
    assert KNOWN <= set(IDS), sorted(KNOWN - set(IDS))


@pytest.mark.parametrize("case", [
    pytest.param(case, id=cid, marks=[pytest.mark.xfail(strict=True, reason="tests/golden/known_failures.txt")]
                 if cid in KNOWN else []) for cid, case in zip(IDS, CASES, strict=True)])
def test_golden_sentence(real: marsad.Pipeline, case: dict) -> None:
    wrong = problems(real, case)
    assert not wrong, f"{case['sentence']} ({case['why']}): " + "; ".join(wrong)

