"""Dictionary loading: validation errors name the file and line; dated roles resolve by date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from marsad.errors import DictionaryReadError, DictionaryRecordError, DictionaryReferenceError, MarsadError
from marsad.knowledge.loader import load_knowledge

KB = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture()
def kb_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "kb"
    shutil.copytree(KB, dest)
    return dest


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(text)


BAD = [
    ("countries.yaml", "- code: ZZ\n  name: Bad\n  names: [باد]\n", DictionaryRecordError, "countries.yaml:{line}",
     "a country code that is not three capitals"),
    ("countries.yaml", "- code: ZZZ\n  name: Bad\n", DictionaryRecordError, "missing field 'names'",
     "a country without names"),
    ("cities.tsv", "bad\tBad\tباد\tQRM\tcity\t95\t10\n", DictionaryRecordError, "cities.tsv:{line}",
     "latitude out of range, with the line"),
    ("cities.tsv", "bad\tBad\tباد\tXXX\tcity\t10\t10\n", DictionaryRecordError, "unknown country code 'XXX'",
     "a place in a country that does not exist"),
    ("cities.tsv", "talmasar\tT\tت\tQRM\tcity\t10\t10\n", DictionaryRecordError, "duplicate place id",
     "duplicate ids"),
    ("movements.yaml", "- id: x\n  name: X\n  names: [س]\n  country: QRM\n  sector: BAD\n",
     DictionaryRecordError, "unknown sector 'BAD'", "a sector outside PLOVER's list"),
    ("movements.yaml", "- id: x\n  name: X\n  names: [س]\n  country: QRM\n  sector: REB\n  seats: [no-such-place]\n",
     DictionaryRecordError, "unknown place id in seats: no-such-place", "a seat city that is no listed place"),
    ("movements.yaml", "- id: x\n  name: X\n  names: [س]\n  country: QRM\n  sector: CVL\n  sport: yes please\n",
     DictionaryRecordError, "field 'sport' must be true or false", "a sport mark that is no yes/no value"),
    ("people/fictional.yaml", "- id: z\n  name: Z\n  names: [ز]\n  country: QRM\n  sector: GOV\n  roles:\n"
     "    - {role: prime_minister, of: QRM, start: 2020-01-01, end: 2019-01-01}\n", DictionaryRecordError,
     "ends (2019-01-01) before it starts", "a role that ends before it starts"),
    ("people/fictional.yaml", "- id: z\n  name: Z\n  names: [ز]\n  country: QRM\n  sector: GOV\n  roles:\n"
     "    - {role: emperor, of: QRM, start: 2020-01-01}\n", DictionaryRecordError, "unknown role 'emperor'",
     "a role outside the list"),
    ("people/fictional.yaml", "- id: z\n  name: Z\n  names: [ز]\n  country: QRM\n  sector: GOV\n  roles:\n"
     "    - {role: leader, of: no-such-org, start: 2020-01-01}\n", DictionaryReferenceError, "no-such-org",
     "a role of an organisation that does not exist"),
    ("people/fictional.yaml", "- id: z\n  name: Z\n  names: [ز]\n  country: QRM\n  sector: GOV\n  roles:\n"
     "    - {role: leader, of: QRM, start: 2020-13-01}\n", DictionaryRecordError, "bad date",
     "an impossible date"),
    ("titles.yaml", "  - title: [ملك]\n    role: king\n    of: nowhere\n", DictionaryReferenceError,
     "titles.yaml:{line}", "a title of an unknown organisation, with the line"),
    ("countries.yaml", "- code: [unclosed\n", DictionaryReadError, "countries.yaml", "YAML that does not parse"),
    ("country_pairs.yaml", "- names: [الثلاثيتان]\n  countries: [QRM]\n", DictionaryRecordError,
     "country_pairs.yaml:{line}", "a dual that names one country, with the line"),
    ("country_pairs.yaml", "- names: [البحريتان]\n  countries: [QRM, XXX]\n", DictionaryRecordError,
     "unknown country code 'XXX'", "a dual naming a country that does not exist"),
    ("sources.tsv", "Radio X\tXXX\tbad\n", DictionaryRecordError, "sources.tsv:{line}",
     "a local outlet in a country that does not exist, with the line"),
]


@pytest.mark.parametrize(("file", "text", "error", "message", "why"), BAD, ids=[b[-1] for b in BAD])
def test_invalid_dictionary_is_reported_with_file_and_line(kb_copy: Path, file: str, text: str,
                                                           error: type[MarsadError], message: str,
                                                           why: str) -> None:
    line = len((kb_copy / file).read_text(encoding="utf-8").splitlines()) + 1
    if file == "titles.yaml":
        line = (kb_copy / file).read_text(encoding="utf-8").splitlines().index("honorifics:") + 1
        content = (kb_copy / file).read_text(encoding="utf-8").replace("honorifics:", text + "honorifics:")
        (kb_copy / file).write_text(content, encoding="utf-8")
    else:
        _append(kb_copy / file, text)
    with pytest.raises(error) as info:
        load_knowledge(base_dir=kb_copy)
    assert message.format(line=line) in str(info.value), why
    assert str(kb_copy) in str(info.value), why


def test_capital_must_be_a_known_place(kb_copy: Path) -> None:
    path = kb_copy / "countries.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("capital: تلمسار", "capital: مدينة"),
                    encoding="utf-8")
    with pytest.raises(DictionaryReferenceError, match="capital"):
        load_knowledge(base_dir=kb_copy)


def test_extra_folder_adds_entries(tmp_path: Path) -> None:
    extra = tmp_path / "mine"
    (extra / "people").mkdir(parents=True)
    (extra / "people" / "more.yaml").write_text(
        "- id: new-one\n  name: New One\n  names: [نيو ون]\n  country: QRM\n  sector: GOV\n", encoding="utf-8")
    kb = load_knowledge([extra], base_dir=KB)
    assert "new-one" in kb.people and "samir-qandali" in kb.people


@pytest.mark.parametrize(("day", "expected", "why"), [
    (date(2019, 1, 1), ["samir-qandali"], "first day of a role"),
    (date(2022, 6, 30), ["samir-qandali"], "last day of a role"),
    (date(2022, 7, 1), ["hani-barqawi"], "the successor's first day"),
    (date(2018, 12, 31), [], "nobody before the first known holder"),
])
def test_dated_role_resolution(day: date, expected: list[str], why: str) -> None:
    kb = load_knowledge(base_dir=KB)
    assert [p.id for p in kb.holders("prime_minister", "QRM", day)] == expected, why


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryReadError, match="does not exist"):
        load_knowledge(base_dir=tmp_path / "nope")


def test_parse_cache_is_used_and_survives_damage(tmp_path: Path, kb_copy: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path / "cache"))
    first = load_knowledge(base_dir=kb_copy)
    entries = list((tmp_path / "cache" / "dictionaries").glob("*.json"))
    assert entries
    for e in entries:
        e.write_text("{not json", encoding="utf-8")
    again = load_knowledge(base_dir=kb_copy)
    assert again.people.keys() == first.people.keys()


def test_local_outlets_are_keyed_without_case(kb_copy: Path) -> None:
    assert load_knowledge(base_dir=kb_copy).sources == {"radio talmasar": "QRM"}


_BARE_OK = ("names:\n  - word: الجمهورية\n    country: QRM\n    unless_named: [BHS]\n"
            "    unless_followed_by: [الفرنسية, التركية]\ndeals:\n  - adjective: البحري\n    party: BHS\n")
BAD_BARE = [
    ("names:\n  - word: الجمهورية\n    country: XXX\n", 2, "unknown country code 'XXX'",
     "a bare word naming a country that does not exist"),
    ("names:\n  - word: الجمهورية\n", 2, "missing field 'country'", "a bare word without its country"),
    ("names:\n  - country: QRM\n", 2, "missing field 'word'", "a record without its word"),
    ("names:\n  - word: الجمهورية\n    country: QRM\n    unless_named: [QRM, ZZZ]\n", 2,
     "unknown country code 'ZZZ'", "an unknown country among those that rule the reading out"),
    ("names:\n  - word: الجمهورية\n    country: QRM\n    unless_followed_by: {a: b}\n", 2,
     "field 'unless_followed_by' must be a list of non-empty strings", "a qualifier list that is no list"),
    ("names:\n  - word: الجمهورية\n    country: QRM\n    unless_followed_by: [الفرنسية الخامسة]\n", 2,
     "must list single words", "a qualifier of two words"),
    ("names:\n  - word: الجمهورية الثانية\n    country: QRM\n", 2, "field 'word' must be one word",
     "a bare name of two words"),
    ("deals:\n  - adjective: البحري\n", 2, "missing field 'party'", "an agreement without its party"),
    ("deals:\n  - adjective: البحري\n    party: QRM\n  - adjective: البحري\n    party: BHS\n", 4,
     "already names another party", "one adjective for two parties"),
    ("kingdoms:\n  - word: المملكة\n", None, "expected the lists 'names' and 'deals'", "an unknown list"),
]


@pytest.mark.parametrize(("text", "line", "message", "why"), BAD_BARE, ids=[b[-1] for b in BAD_BARE])
def test_bare_names_errors_name_file_and_line(kb_copy: Path, text: str, line: int | None, message: str,
                                              why: str) -> None:
    (kb_copy / "bare_names.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryRecordError) as info:
        load_knowledge(base_dir=kb_copy)
    assert message in str(info.value), why
    assert f"{kb_copy / 'bare_names.yaml'}{f':{line}' if line else ''}:" in str(info.value), why


def test_bare_names_load_normalised_and_extend_from_an_extra_folder(tmp_path: Path, kb_copy: Path) -> None:
    (kb_copy / "bare_names.yaml").write_text(_BARE_OK, encoding="utf-8")
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "bare_names.yaml").write_text("deals:\n  - adjective: الجوي\n    party: USA\n", encoding="utf-8")
    bare = load_knowledge([extra], base_dir=kb_copy).bare_names
    (name,) = bare.names
    assert (name.word, name.country, name.unless_named) == ("الجمهوريه", "QRM", frozenset({"BHS"}))
    assert name.unless_followed_by == frozenset({"الفرنسيه", "التركيه"})  # (compared on normalised text)
    assert bare.deals == {"البحري": "BHS", "الجوي": "USA"}
    (extra / "bare_names.yaml").write_text("names:\n  - word: الجمهورية\n    country: USA\n", encoding="utf-8")
    with pytest.raises(DictionaryRecordError, match="already names another country"):
        load_knowledge([extra], base_dir=kb_copy)


def test_shipped_bare_names() -> None:
    bare = load_knowledge().bare_names
    assert [(n.word, n.country, n.unless_named) for n in bare.names] == [
        ("المملكه", "SAU", frozenset({"MAR", "JOR", "BHR"}))]
    assert "المتحده" in bare.names[0].unless_followed_by and bare.deals == {"النووي": "IRN"}


def test_shipped_sports_bodies_are_marked() -> None:
    orgs = load_knowledge().organisations
    assert orgs["fifa"].sport and orgs["liverpool-fc"].sport and orgs["al-hilal-saudi"].sport, "clubs, federations"
    assert not orgs["wada"].sport and not orgs["cas"].sport, "the anti-doping agency and the sports court stay as coded"
    assert not orgs["wipo"].sport
