from __future__ import annotations

import pytest

from marsad.text.sentences import split_sentences

CASES = [
    ("قال الوزير. وأضاف المتحدث.", ["قال الوزير.", "وأضاف المتحدث."], "full stop ends a sentence"),
    ("هل جاء؟ نعم جاء!", ["هل جاء؟", "نعم جاء!"], "Arabic question mark and exclamation"),
    ("قال إن الوضع خطير، وإن الحل قريب؛ لكنه حذر.", ["قال إن الوضع خطير، وإن الحل قريب؛ لكنه حذر."],
     "Arabic comma and semicolon do not end a sentence"),
    ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"], "line break ends a sentence"),
    ("ارتفع المؤشر 3.5 بالمئة. ثم هبط.", ["ارتفع المؤشر 3.5 بالمئة.", "ثم هبط."], "decimal point is not an end"),
    ("التقى د. أحمد زويل بالطلاب.", ["التقى د. أحمد زويل بالطلاب."], "abbreviation د. is not an end"),
    ("قال: «لن نتراجع. أبدا» ثم غادر.", ["قال: «لن نتراجع. أبدا» ثم غادر."], "no split inside closed quotes"),
    ('وقال "انتهى الأمر." ثم خرج.', ['وقال "انتهى الأمر."', "ثم خرج."], "closing quote stays with sentence"),
    ("انتهى...  وبدأ غيره.", ["انتهى...", "وبدأ غيره."], "ellipsis run is one end"),
    ("  \n  ", [], "white space only gives no sentence"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_split(text: str, expected: list[str], why: str) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected, why
