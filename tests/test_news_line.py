"""events/news_line: an attack told on its sentence's main line stays the sentence's news, whatever the news head."""

from __future__ import annotations

import pytest

from marsad.events import blamed, news_line
from marsad.text.normalize import norm


def _toks(sentence: str) -> list[str]:
    return [norm(w) for w in sentence.split()]


@pytest.mark.parametrize(("sentence", "word", "verbal", "main", "why"), [
    ("أسفر هجوم بالقذائف على السوق عن مقتل خمسة", "هجوم", False, True,
     "the attack is the subject of a verb of result opening the sentence: the news itself"),
    ("وأدى انفجار سيارة مفخخة إلى إصابة عشرة", "انفجار", False, True, "the same with أدى and its conjunction"),
    ("وتبنت الجماعة المسؤولية عن عملية تفجير الجسر", "تفجير", False, True,
     "an attack its author claims (تبنى المسؤولية عن) is told as news"),
    ("أعلن التنظيم مسؤوليته عن الهجوم على الثكنة", "الهجوم", False, True, "a claim with its pronoun on the charge"),
    ("قال الناطق إن بين 12 و15 جنديا قتلوا في الكمين", "قتلوا", True, True,
     "the figures of a count subject (بين 12 و15 جنديا) add nothing to its length"),
    ("وطالب الحزب بمحاسبة المسؤولين عن الهجوم على المقر", "الهجوم", False, False,
     "those responsible for an attack, no claim: not on the main line (contrast)"),
    ("وبعد أن أسفر الهجوم عن مقتل ثلاثة", "الهجوم", False, False,
     "a clause of time (بعد أن) opens no main line (contrast)"),
    ("قال الناطق إن عددا من الجنود الشبان في المعسكر قتلوا", "قتلوا", True, False,
     "a long subject of words, not figures, is not read past (contrast)"),
])
def test_on_main_line(sentence: str, word: str, verbal: bool, main: bool, why: str) -> None:
    toks = _toks(sentence)
    assert news_line.on_main_line(toks, toks.index(norm(word)), verbal, {}) is main, why


@pytest.mark.parametrize(("sentence", "word", "background", "why"), [
    ("قال الوزير إن جماعة مسلحة تقف وراء الهجوم على القاعدة", "الهجوم", True,
     "an attack a party is said to stand behind is what the statement blames it for"),
    ("وأشار إلى مسؤوليتهم عن التفجيرات الأخيرة", "التفجيرات", True, "responsible for it, not claiming it"),
    ("واعتقلت الشرطة ستة من المتورطين في عملية الاغتيال", "الاغتيال", True, "those involved in it are the news"),
    ("وتبنت الجماعة المسؤولية عن الهجوم", "الهجوم", False, "a claim tells the attack itself (contrast)"),
    ("وأغلقت السلطات الطريق عقب الانفجار", "الانفجار", True, "an attack after which other news came"),
    ("وقتل جنديان إثر انفجار عبوة", "انفجار", False, "the attack that made the toll told before it (contrast)"),
    ("وأعلنت الحكومة الحداد بعد الهجوم الانتحاري", "الانتحاري", True,
     "an attack's adjective that is a trigger of its own is read at its noun"),
])
def test_blamed_or_occasion(sentence: str, word: str, background: bool, why: str) -> None:
    toks = _toks(sentence)
    i = toks.index(norm(word))
    assert (blamed.blamed(toks, i) or blamed.occasion(toks, i)) is background, why
