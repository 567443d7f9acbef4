from __future__ import annotations

import pytest

from marsad.text.normalize import norm
from marsad.text.tokenize import Segmenter, tokenize

LEXICON = {norm(w) for w in "بغداد شمخاني العراق استقبال حكومة طهران الكاظمي ألمانيا بيروت قال لبنان".split()}
SEG = Segmenter(LEXICON)

CASES = [
    ("بغداد", (), "بغداد", (), "a lexicon name is never cut (not ب+غداد)"),
    ("وبغداد", ("و",), "بغداد", (), "conjunction before a lexicon name"),
    ("لشمخاني", ("ل",), "شمخاني", (), "preposition before a name"),
    ("بالعراق", ("ب", "ال"), "عراق", (), "preposition and article"),
    ("للعراق", ("ل", "ال"), "عراق", (), "lam + article written لل"),
    ("والعراق", ("و", "ال"), "عراق", (), "conjunction and article"),
    ("وبيروت", ("و",), "بيروت", (), "a name starting with ب keeps it"),
    ("ولبنان", ("و",), "لبنان", (), "a name starting with ل keeps it"),
    ("استقباله", (), "استقبال", ("ه",), "pronoun suffix after a known masdar"),
    ("حكومته", (), "حكومه", ("ه",), "ta marbuta restored before a suffix"),
    ("وقال", ("و",), "قال", (), "conjunction before a known verb"),
    ("وزير", (), "وزير", (), "an unknown word starting with و is not cut"),
    ("الله", (), "الله", (), "protected word"),
    ("والحكومة", ("و", "ال"), "حكومه", (), "article split off an unknown noun"),
    ("فسيقول", (), "فسيقول", (), "unknown word: nothing is guessed"),
]


@pytest.mark.parametrize(("word", "prefixes", "stem", "suffixes", "why"), CASES, ids=[c[4] for c in CASES])
def test_segment(word: str, prefixes: tuple[str, ...], stem: str, suffixes: tuple[str, ...], why: str) -> None:
    seg = SEG.segment(norm(word))
    assert (seg.prefixes, seg.stem, seg.suffixes) == (prefixes, stem, suffixes), why


def test_lookup_key_keeps_article() -> None:
    assert SEG.segment(norm("بالعراق")).key == "العراق"


def test_prefix_chars_for_lam_lam_is_zero() -> None:
    assert SEG.segment(norm("للعراق")).prefix_chars == 0
    assert SEG.segment(norm("وبغداد")).prefix_chars == 1


def test_tokens_keep_punctuation_and_numbers() -> None:
    assert [t for _, _, t in tokenize("قتل 3.5 شخص، في (بغداد).")] == [
        "قتل", "3.5", "شخص", "،", "في", "(", "بغداد", ")", "."]


NAMED = Segmenter(LEXICON | {"نوك", "حلب", "طايف", "واج"}, common={"بنوك", "واجه", "حلبه"},
                  names={"نوك", "حلب", "طايف", "واج"})


@pytest.mark.parametrize(("word", "prefixes", "stem", "suffixes", "why"), [
    ("بنوك", (), "بنوك", (), "a common word (banks) is not cut into a name (ب + Nuuk)"),
    ("وبنوك", ("و",), "بنوك", (), "the common word behind و: 'and banks', not و + ب + Nuuk"),
    ("حلبة", (), "حلبه", (), "a common word (ring) is not cut into a name and a pronoun (Aleppo + his)"),
    ("بحلب", ("ب",), "حلب", (), "contrast: a name behind a preposition, no common word, is still cut"),
    ("الطائفة", ("ال",), "طايفه", (), "a name takes no pronoun: the sect, not ال + Taif + ه"),
])
def test_segment_common_words(word: str, prefixes: tuple[str, ...], stem: str, suffixes: tuple[str, ...],
                              why: str) -> None:
    seg = NAMED.segment(norm(word))
    assert (seg.prefixes, seg.stem, seg.suffixes) == (prefixes, stem, suffixes), why
