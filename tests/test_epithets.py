"""epithets.tsv (knowledge/epithets, read by actors/epithets): rows checked on load with file and line, parties known
to the dictionaries, and a user's dictionary folder extends the shipped rows."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.errors import DictionaryRecordError
from marsad.knowledge.epithets import load_epithets
from marsad.knowledge.loader import load_knowledge

HEADER = "epithet\tparty\tnamed_by\tunless\n"


def test_shipped_epithets_name_listed_parties(real: marsad.Pipeline) -> None:
    kb = real.index.kb
    assert kb.epithets and any(e.after_party for e in kb.epithets)
    assert all(e.party in kb.organisations for e in kb.epithets)


def test_bad_country_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "epithets.tsv"
    path.write_text("# comment\n" + HEADER + "الميليشيات الإيرانية\thouthis\tالحوثي\tSYRIA\n", encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match=r"epithets\.tsv:3"):
        load_epithets(path)


def test_party_alone_is_no_epithet(tmp_path: Path) -> None:
    path = tmp_path / "epithets.tsv"
    path.write_text(HEADER + "<party>\thouthis\t\t\n", encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match=r"epithets\.tsv:2"):
        load_epithets(path)


def test_unknown_party_is_reported_on_load(tmp_path: Path) -> None:
    (tmp_path / "epithets.tsv").write_text(HEADER + "الميليشيات الإيرانية\tno-such-party\t\t\n", encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match=r"epithets\.tsv:2.*no-such-party"):
        load_knowledge([tmp_path])


def test_user_folder_adds_epithets(tmp_path: Path) -> None:
    (tmp_path / "epithets.tsv").write_text(HEADER + "الجماعة الانقلابية\thouthis\tالحوثي\t\n", encoding="utf-8")
    kb = load_knowledge([tmp_path])
    assert any(e.where.startswith(str(tmp_path)) and e.party == "houthis" for e in kb.epithets)
    assert len(kb.epithets) > 1  # the shipped rows stay
