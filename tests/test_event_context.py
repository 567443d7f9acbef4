"""Event dates: the article's, moved by relative words, or explicit Gregorian and Hijri dates."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.events.context import event_date
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

DOC = date(2021, 9, 12)  # a Sunday


@pytest.mark.parametrize(("sentence", "expected", "how", "why"), [
    ("اجتمع الوزيران في بغداد", DOC, "doc", "no date words: the article's date"),
    ("اجتمع الوزيران أمس في بغداد", date(2021, 9, 11), "relative", "أمس is the day before"),
    ("اجتمع الوزيران الخميس الماضي", date(2021, 9, 9), "relative", "last Thursday before a Sunday"),
    ("اجتمع الوزيران يوم الأحد الماضي", date(2021, 9, 5), "relative", "the same weekday a week back"),
    ("وقع الهجوم في 3 سبتمبر 2021", date(2021, 9, 3), "explicit", "Egyptian/Gulf month name"),
    ("وقع الهجوم في 3 أيلول 2021", date(2021, 9, 3), "explicit", "Levantine month name"),
    ("وقع الهجوم في 3 جوان", date(2021, 6, 3), "explicit", "Maghrebi month, year from the article"),
    ("وقع الهجوم في 1 رمضان 1442", date(2021, 4, 13), "hijri", "Hijri date through Umm al-Qura"),
])
def test_event_date(sentence: str, expected: date, how: str, why: str) -> None:
    toks = [t for _, _, t in tokenize(norm(sentence))]
    assert event_date(toks, " ".join(toks), DOC) == (expected, how), why
