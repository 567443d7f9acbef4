from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import normalize

CASES = [
    ("أحمد", "احمد", "hamza on alef"),
    ("إيران", "ايران", "hamza below alef"),
    ("آمال", "امال", "madda alef"),
    ("ٱلله", "الله", "wasla alef"),
    ("مصطفى", "مصطفي", "alef maqsura becomes ya"),
    ("حكومة", "حكومه", "ta marbuta becomes ha"),
    ("مؤتمر", "موتمر", "hamza on waw"),
    ("رئيس", "رييس", "hamza on ya"),
    ("مُحَمَّدٌ", "محمد", "diacritics removed"),
    ("بغـــداد", "بغداد", "tatweel removed"),
    ("٢٠٢١", "2021", "Arabic-Indic digits"),
    ("۱۴۰۰", "1400", "Persian digits"),
    ("فارسی کتاب", "فارسي كتاب", "Persian ya and kaf"),
    ("ﻻ", "لا", "lam-alef ligature expands"),
    ("ﺑﻐﺪاد", "بغداد", "presentation forms"),
    ("بغداد\u200f\u200b", "بغداد", "bidi and zero-width controls removed"),
    ("ﷲ", "الله", "Allah ligature"),
    ("CNN", "cnn", "ASCII lower-cased"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_normal_form(text: str, expected: str, why: str) -> None:
    assert normalize(text).norm == expected, why


def test_span_maps_back_with_trailing_diacritics() -> None:
    nz = normalize("لِشَمْخَانِيٍّ في طهرانَ")
    start = nz.norm.index("طهران")
    s, e = nz.to_orig(start, start + len("طهران"))
    assert nz.original[s:e] == "طهرانَ"


def test_ligature_maps_to_whole_character() -> None:
    nz = normalize("ﻻ إله")
    assert nz.to_orig(0, 1) == (0, 1)
    assert nz.to_orig(0, 2) == (0, 1)


ARABIC_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ")
    + ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640", "\u0670", "\u200f", "\u200b", "\ufeff",
       "\ufefb", "\ufdf2", "\ufe8d", "\ufe91", "٣", "۴", " ", " ", "\n", ".", "،", "؟", "«", "»", "A", "x", "5"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ARABIC_ALPHABET, max_size=60).map("".join))
def test_every_token_maps_to_its_original(text: str) -> None:
    """Property: each token of the normal form maps to an original span whose normal form contains it."""
    nz = normalize(text)
    for m in re.finditer(r"\w+", nz.norm):
        s, e = nz.to_orig(m.start(), m.end())
        assert 0 <= s <= e <= len(text)
        assert m.group() in normalize(text[s:e]).norm


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_unicode_maps_inside_the_original(text: str) -> None:
    nz = normalize(text)
    for i in range(len(nz.norm) + 1):
        for j in (i, min(i + 3, len(nz.norm))):
            s, e = nz.to_orig(i, j)
            assert 0 <= s <= e <= len(text)
