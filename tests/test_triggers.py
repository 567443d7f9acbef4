"""Trigger context words: anywhere in the sentence (requires_any / excludes_any) or right after the trigger
(requires_next), or a word right after it that vetoes it (excludes_next). A trigger file of our own, so trigger
edits do not move these tests; proclitics and the article are seen through by the shipped segmenter, suffixed
forms are listed as the dictionaries list them."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.events.triggers import NEXT_REACH, TriggerIndex
from marsad.knowledge.triggers import load_cameo, load_triggers
from marsad.text.normalize import norm

ENTRIES = """
- id: concede-suspend-strike
  type: CONCEDE
  cameo: "082"
  past: [علق]
  requires_next: [إضراب, الإضراب, إضرابها]
- id: coerce-arrest
  type: COERCE
  cameo: "173"
  past: [اعتقل]
  requires_any: [الشرطة]
  excludes_any: [مباراة]
- id: assault-bomb
  type: ASSAULT
  cameo: "183"
  verbs: [فجر]
  excludes_next: [اليوم, أمس]
"""


@pytest.fixture(scope="module")
def index(real: marsad.Pipeline, tmp_path_factory: pytest.TempPathFactory) -> TriggerIndex:
    folder = tmp_path_factory.mktemp("kb")
    (folder / "triggers").mkdir()
    (folder / "triggers" / "t.yaml").write_text(ENTRIES, encoding="utf-8")
    return TriggerIndex(load_triggers([Path(folder)], load_cameo()), real.index.segmenter)


def _ids(index: TriggerIndex, sentence: str) -> list[str]:
    return [h.trigger.id for h in index.find(norm(sentence).split())]


@pytest.mark.parametrize(("sentence", "found", "why"), [
    ("علقت النقابة إضرابها أمس", True, "the strike is the verb's object"),
    ("علقت نقابة الأطباء في العاصمة إضرابها", True, "a subject of four words may stand between"),
    ("بعد الإضراب علقت الحكومة الدروس", False, "the strike word before the verb is not its object"),
    ("علقت الحكومة الدروس في كل المدارس والجامعات حتى نهاية الإضراب", False, "too far after the verb"),
])
def test_requires_next(index: TriggerIndex, sentence: str, found: bool, why: str) -> None:
    assert ("concede-suspend-strike" in _ids(index, sentence)) is found, why


@pytest.mark.parametrize(("sentence", "found", "why"), [
    ("فجر مسلحون عبوة ناسفة", True, "the verb with its subject after it"),
    ("وصلوا فجر اليوم إلى المدينة", False, "فجر اليوم is dawn: a vetoing word right after the trigger"),
    ("فجر انتحاري نفسه أمس", True, "the vetoing word counts only right after the trigger"),
])
def test_excludes_next(index: TriggerIndex, sentence: str, found: bool, why: str) -> None:
    assert ("assault-bomb" in _ids(index, sentence)) is found, why


def test_next_reach_is_a_few_words() -> None:
    assert 3 <= NEXT_REACH <= 8


@pytest.mark.parametrize(("sentence", "found", "why"), [
    ("قالت الشرطة إنها اعتقلت ثلاثة أشخاص", True, "the required word may stand anywhere in the sentence"),
    ("اعتقلت قوات الأمن ثلاثة أشخاص", False, "no required word"),
    ("اعتقلت الشرطة مشجعين بعد مباراة", False, "an excluded word anywhere blocks the trigger"),
    ("اعتقلت الشرطة مشجعين بعد المباراة", False, "context words are seen through the article and clitics"),
])
def test_sentence_context(index: TriggerIndex, sentence: str, found: bool, why: str) -> None:
    assert ("coerce-arrest" in _ids(index, sentence)) is found, why


def test_ending_pretest_drops_no_reading(real: marsad.Pipeline) -> None:
    """`_readings` first asks a word's last letters against the table forms' (a speed pre-test): it must drop no
    reading — every sampled table form, bare or behind proclitics and the article, reads as it does without it."""
    index = real.triggers
    index.warm()
    assert index.endings is not None
    words = [p + f for table in (index.verbs, index.nouns) for f in list(table)[::40]
             for p in ("", "و", "ف", "وس", "ال", "وال", "بال", "لل", "ل")] + ["الرياض", "قال", "ب", "،"]
    with_test = [index._readings(w) for w in words]
    ends, index.endings = index.endings, None
    try:
        assert [index._readings(w) for w in words] == with_test
    finally:
        index.endings = ends
    assert sum(map(bool, with_test)) > len(words) // 4


@pytest.mark.parametrize(("sentence", "mode", "why"), [
    ("وسط قصف مدفعي عنيف على القرية وتحليق لطائرات حربية فوقها", "heavy-weapons",
     "the word right after the shelling names its arm; aircraft elsewhere in the sentence do not make it aerial"),
    ("قصف جوي ومدفعي استهدف أطراف البلدة", "aerial", "an air word right after the trigger: air strike"),
    ("قصفت الطائرات الحربية مخازن السلاح", "aerial", "contrast: the aircraft are the subject"),
])
def test_shelling_mode_from_the_next_word(real: marsad.Pipeline, sentence: str, mode: str, why: str) -> None:
    toks = norm(sentence).split()
    hits = [h for h in real.triggers.find(toks) if h.trigger.type == "ASSAULT" and "قصف" in toks[h.i]]
    assert [h.trigger.mode for h in hits] == [mode], why
