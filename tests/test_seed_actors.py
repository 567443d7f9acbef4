"""The seed article's actors, with the shipped dictionaries (examples/shamkhani-kadhimi.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad

SEED = Path(__file__).resolve().parents[1] / "examples" / "shamkhani-kadhimi.jsonl"


@pytest.fixture(scope="module")
def seed(real: marsad.Pipeline) -> tuple[dict, list[marsad.Mention]]:
    art = json.loads(SEED.read_text(encoding="utf-8"))
    return art, real.mentions(art["text"], date=art["date"])


def _covering(art: dict, mentions: list[marsad.Mention], surface: str) -> list[marsad.Mention]:
    """Mentions lying inside some occurrence of `surface` in the text."""
    text, out, start = art["text"], [], 0
    while (i := text.find(surface, start)) != -1:
        out += [m for m in mentions if i <= m.start and m.end <= i + len(surface)]
        start = i + 1
    return out


@pytest.mark.parametrize(("surface", "name", "country", "sector", "why"), [
    ("لشمخاني", "Ali Shamkhani", "IRN", "GOV", "clitic ل on a known short name"),
    ("الأدميرال شمخاني", "Ali Shamkhani", "IRN", "GOV", "honorific before the name"),
    ("قال شمخاني", "Ali Shamkhani", "IRN", "GOV", "the bare short name"),
    ("أمين المجلس الأعلى للأمن القومي", "Ali Shamkhani", "IRN", "GOV", "title alone, holder on 2021-09-12"),
    ("مصطفى الكاظمي", "Mustafa al-Kadhimi", "IRQ", "GOV", "full name"),
    ("رئيس الوزراء العراقي مصطفى", "Mustafa al-Kadhimi", "IRQ", "GOV", "title + nisba + name"),
    ("ووصف رئيس الوزراء العراقي", "Mustafa al-Kadhimi", "IRQ", "GOV", "title alone later in the article"),
    ("رئيس وزراء العراق", "Mustafa al-Kadhimi", "IRQ", "GOV", "construct title + country"),
])
def test_people(seed: tuple[dict, list[marsad.Mention]], surface: str, name: str, country: str, sector: str,
                why: str) -> None:
    art, mentions = seed
    found = [m for m in _covering(art, mentions, surface) if m.type == "PER"]
    assert found, why
    for m in found:
        assert m.actor is not None, why
        assert (m.actor.name, m.actor.country, m.actor.sector) == (name, country, sector), why


@pytest.mark.parametrize(("surface", "country"), [("طهران", "IRN"), ("بغداد", "IRQ")])
def test_places_have_country_and_coordinates(seed: tuple[dict, list[marsad.Mention]], surface: str,
                                             country: str) -> None:
    art, mentions = seed
    found = [m for m in _covering(art, mentions, surface) if m.type == "LOC"]
    assert found
    assert all(m.actor and m.actor.country == country and m.actor.lat is not None for m in found)


@pytest.mark.parametrize(("surface", "code"), [("الولايات المتحدة", "USA"), ("الأميركي", "USA"),
                                               ("الاميركي", "USA")])
def test_united_states(seed: tuple[dict, list[marsad.Mention]], surface: str, code: str) -> None:
    art, mentions = seed
    found = _covering(art, mentions, surface)
    assert found and all(m.actor and m.actor.country == code for m in found)


def test_daesh_is_the_islamic_state(seed: tuple[dict, list[marsad.Mention]]) -> None:
    art, mentions = seed
    i = art["text"].index("داعش")
    found = [m for m in mentions if m.start <= i < m.end]
    assert found and all(m.actor and m.actor.id == "islamic-state" for m in found)


def test_dated_role_in_2024_is_not_kadhimi(real: marsad.Pipeline) -> None:
    (m,) = [m for m in real.mentions("وقال رئيس الوزراء العراقي إن", date="2024-01-01") if m.type == "PER"]
    assert m.actor is not None and m.actor.country == "IRQ"
    assert m.actor.name != "Mustafa al-Kadhimi"
