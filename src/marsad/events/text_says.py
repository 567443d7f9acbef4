"""What a law or a clause of a resolution says is no act of the news: a verb opening its clause whose subject,
right after it, is a law, a constitution, or an article or clause of a text — يحظر القانون على الصندوق، يمنع
القانون التركي المدانين — or a resolution told by one of its clauses — طالب القرار في أحد بنوده الأطراف (not a
resolution alone: وطالب القرار الذي تبناه المجلس أمس is the council's demand of the day; nor a draft, يدعو مشروع
القرار إلى, which the samples' judges took as its sponsors' call). Coded, not counted (called from
events/history.case_of)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_TEXTS = norm_words("القانون قانون الدستور المادة البند النص")
_RESOLUTION = norm_words("القرار")
# a clause of it named in the verb's clause: في أحد بنوده، في بنده الثالث، وفق نصه
_CLAUSES = norm_words("بنوده بنده بنودها نصه فقراته فقرته")
_BREAKS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", '"', "«"})
_OPENS = norm_words("كما وكما ثم")


def text_says(toks: list[str], hit: TriggerHit, reach: int = 6) -> bool:
    """The trigger is a verb opening its clause whose subject right after it is a law, a text's article, or a
    resolution told by its clauses (see the module's docstring)."""
    i, j = hit.i, hit.j
    if not hit.verbal or j >= len(toks) or i > 0 and toks[i - 1] not in _BREAKS and toks[i - 1] not in _OPENS:
        return False  # (the verb opens its clause: not أنه يعارض مشروع القرار, whose subject stands before it)
    w = toks[j]
    if w in _TEXTS:
        return True
    if w not in _RESOLUTION:
        return False
    for k in range(j + 1, min(len(toks), j + reach)):
        if toks[k] in _BREAKS:
            return False
        if toks[k] in _CLAUSES:
            return True
    return False
