"""data/epithets.tsv (actors/epithets): rows checked on load with file and line, parties known to the dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.actors.epithets import check_parties, load_epithets
from marsad.errors import DictionaryRecordError


def test_shipped_epithets_name_listed_parties(real: marsad.Pipeline) -> None:
    epithets = load_epithets()
    assert epithets and any(e.after_party for e in epithets)
    check_parties(epithets, real.index.kb)


def test_bad_country_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "epithets.tsv"
    path.write_text("# comment\nepithet\tparty\tnamed_by\tunless\nالميليشيات الإيرانية\thouthis\tالحوثي\tSYRIA\n",
                    encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match=r"epithets\.tsv:3"):
        load_epithets(path)


def test_party_alone_is_no_epithet(tmp_path: Path) -> None:
    path = tmp_path / "epithets.tsv"
    path.write_text("epithet\tparty\tnamed_by\tunless\n<party>\thouthis\t\t\n", encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match=r"epithets\.tsv:2"):
        load_epithets(path)


def test_unknown_party_is_reported(real: marsad.Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "epithets.tsv"
    path.write_text("epithet\tparty\tnamed_by\tunless\nالميليشيات الإيرانية\tno-such-party\t\t\n", encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match=r"epithets\.tsv:2.*no-such-party"):
        check_parties(load_epithets(path), real.index.kb)
