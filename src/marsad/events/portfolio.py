"""A trigger noun that names an office's portfolio is part of a title, no act.

نائب المدير العام لشؤون التأهب والاستجابة للطوارئ؛ رئيس دائرة شؤون المفاوضات؛ المستشار لشؤون الأمن والتعاون: after
شؤون ('affairs of'), a noun of preparedness, negotiation or cooperation says what an official or a department is in
charge of, not that anything was done. A trigger word right after شؤون / شئون (with its ل / لل / ب) is no trigger.
Elsewhere شؤون leaves the words after it alone (التدخل في شؤون لبنان: a country, no trigger there anyway).
"""

from __future__ import annotations

from marsad.text.normalize import norm_words

_AFFAIRS = norm_words("شؤون شئون لشؤون لشئون للشؤون للشئون بشؤون بشئون والشؤون وشؤون الشؤون")


def portfolio(toks: list[str], i: int) -> bool:
    """The hit at token `i` comes right after شؤون: the name of a portfolio (see the module)."""
    return i > 0 and toks[i - 1] in _AFFAIRS
