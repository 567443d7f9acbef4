"""Acts a noun tells as done before the news (used by events/recalled): a definite act noun whose adjective, past
its other adjectives, says it is a previous or a past one — بسبب العقوبات الدولية السابقة، الاحتجاجات الماضية —
(not a threat or an accusation told as earlier: our judges count such a stance as news; nor with a recent time in
the sentence — أدى الإضراب السابق يوم الجمعة إلى: the previous strike of last week is news), and a definite act noun
that takes up an act of the same word the sentence named before and dated years before the article — زيارة الرئيس
الراحل إلى بكين في مايو 1990، ... وكانت الزيارة الأولى من نوعها — (not one told as new, current or a later one:
الزيارة الحالية، الزيارة الثانية)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from marsad.events.named_year import named_time
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

# the adjective of a past act (العقوبات السابقة، المحادثات الماضية); not the time words of a date (الأسبوع الماضي:
# those are no act nouns)
_PREVIOUS = norm_words("السابق السابقه السابقين السابقتين السابقان الماضي الماضيه")
_STANCES = frozenset({"THREATEN", "ACCUSE"})  # (وعلى الرغم من التهديدات السابقة: counted as news)
_CLITICS = ("و", "ف", "ب", "ل", "ك")
# a recent time named in the sentence: the previous act is then one of days or weeks before, news
_RECENT = norm_words("""السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه امس اليوم الاسبوع الشهر مؤخرا الحالي
    الجاري""")


def _definite(w: str) -> bool:
    """A word with the article, past a proclitic or two (العقوبات، والعقوبات، بالعقوبات، للعقوبات)."""
    for _ in range(2):
        if w.startswith(("ال", "لل")):
            return True
        if w[:1] in _CLITICS:
            w = w[1:]
    return w.startswith(("ال", "لل"))


def _adjective(w: str) -> bool:
    """A definite relative adjective (الدولية، الأمريكية، الاقتصادية، الغربيين)."""
    return w.startswith("ال") and w.endswith(("ي", "يه", "يين", "يتين"))


def previous_act(toks: list[str], hit: TriggerHit) -> bool:
    """A definite act noun followed, past at most two relative adjectives, by السابقة / الماضية: an earlier act
    recalled (بسبب العقوبات الدولية السابقة); not when the sentence names a recent time (a weekday, أمس، الأسبوع)."""
    if hit.verbal or hit.trigger.type in _STANCES or not _definite(toks[hit.i]):
        return False
    if any(w.removeprefix("و").removeprefix("ب") in _RECENT for w in toks):
        return False  # (السابق orders, it does not date: بعد أن أدى الإضراب السابق يوم الجمعة إلى إلغاء: last week's)
    k = hit.j
    while k < min(len(toks), hit.j + 2) and _adjective(toks[k]) and toks[k] not in _PREVIOUS:
        k += 1
    return k < len(toks) and toks[k] in _PREVIOUS


# what makes a taken-up noun another act than the old one: new, current, coming, a later ordinal, this one now
_NEW = norm_words("""الحالي الحاليه الجديد الجديده المقبل المقبله المرتقب المرتقبه الراهن الراهنه الاخير الاخيره
    الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه الجاري الجاريه اليوم امس""")
_ENDS = frozenset({".", "؛", ":"})


def _bare(w: str) -> str:
    """The word without its proclitics and article (وبالزيارة، للزيارة -> زياره)."""
    while w[:1] in _CLITICS and len(w) > 3:
        w = w[1:]
    if w.startswith("لل"):
        return w[2:]
    return w[2:] if w.startswith("ال") else w


def taken_up(toks: list[str], hit: TriggerHit, day: date, reach: int = 30) -> bool:
    """A definite act noun (الزيارة) whose own word stood before it in the sentence (زيارة، بزيارة) with an old year
    named as its time between them (في مايو 1990): it takes up that old act; not told new, current or later
    (الزيارة الحالية، الزيارة الثانية), nor past a full stop."""
    i = hit.i
    if hit.verbal or hit.j - i != 1 or not _definite(toks[i]) or any(w in _NEW for w in toks[hit.j:hit.j + 2]):
        return False
    word = _bare(toks[i])
    for m in range(i - 1, max(-1, i - reach), -1):
        if toks[m] in _ENDS:
            return False
        if _bare(toks[m]) == word:
            return any(_old_year(toks[y], day) and named_time(toks, y) for y in range(m + 1, i))
    return False


def _old_year(w: str, day: date) -> bool:
    return len(w) == 4 and w.isdigit() and 1900 < int(w) <= day.year - 2
