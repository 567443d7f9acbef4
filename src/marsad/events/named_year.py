"""How a year is named as the time of an act (used by events/history to date a clause): after عام or a month (عام
2015، في مايو 2015), after a month and a partitive من — في نوفمبر من العام 2016، في الأشهر الأخيرة من عام 2013,
أيار/مايو من عام 1960 —, which is no من opening a span (بدءا من عام 2016، من عام 2012 إلى), and after a part of a
year or a season when a clause of 'when' follows right after it — في صيف 2016 عندما اندلع القتال: the act that
clause tells is dated then (not a season alone: اتفاق جرى التوصل إليه في أواخر 2015 dates the agreement)."""

from __future__ import annotations

from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm_words

_YEAR_WORDS = norm_words("العام عام سنه السنه لعام")
# a part of a year or a season right before the year (صيف 2016، أواخر 2014)
_PARTS = norm_words("""صيف شتاء ربيع خريف مطلع اواخر اوايل منتصف نهايه بدايه ومطلع واواخر واوايل ومنتصف ونهايه وبدايه
    وصيف""")
_WHEN = norm_words("عندما حين حينما")
# what a partitive من follows: a month, a part of the year, or months and days counted in it (الأشهر الأخيرة من عام)
_OF_TIME = MONTH_WORDS | _PARTS | norm_words("""الاشهر الاخيره الاولي الاول الاخير الشهور شهر اشهر الايام ايام""")
_OF = norm_words("من")


def partitive(toks: list[str], k: int) -> bool:
    """The year at k comes after a time's من: في نوفمبر من العام 2016 (a day and month of that year, not a span's
    start)."""
    return (k >= 3 and toks[k - 1] in _YEAR_WORDS and toks[k - 2] in _OF
            and (toks[k - 3] in _OF_TIME or toks[k - 3].isdigit() and len(toks[k - 3]) <= 2))


def named_time(toks: list[str], k: int) -> bool:
    """The year at k is named as a time by the words right before it: عام or a month (also after a partitive من:
    see partitive), or a part of a year or a season with a clause of 'when' right after the year (صيف 2016 عندما)."""
    return k >= 1 and (toks[k - 1] in _YEAR_WORDS or toks[k - 1] in MONTH_WORDS
                       or toks[k - 1] in _PARTS and k + 1 < len(toks) and toks[k + 1] in _WHEN)


def past_time_words(toks: list[str], m: int) -> int:
    """The index past the time words starting at m (a month's two names with / between them, a part of the year, a
    partitive من, عام): أيار/مايو من عام، أواخر عام، نوفمبر من العام."""
    while m < len(toks):
        w = toks[m]
        if w in _YEAR_WORDS or w in MONTH_WORDS or w in _PARTS:
            m += 1
        elif w == "/" and m > 0 and toks[m - 1] in MONTH_WORDS:
            m += 1
        elif w in _OF and m + 1 < len(toks) and toks[m + 1] in _YEAR_WORDS and m > 0 and toks[m - 1] in _OF_TIME:
            m += 1
        else:
            break
    return m
