"""More ways a sentence recalls an act of years before the article (used by events/history.years_ago): a relative
clause that dates the act right after it, a past decade after it, an act told as before an old dated time (قبل أن
... عام 2011) or as the cause of one (، بعد تورطهم في هجمات), an act joined by و right after an 'ago' phrase
(منذ ست سنوات واتهمتهم), and one told as done 'then' (حينها، آنذاك) or done 'since then' (منذ ذلك الحين) after an
old year named before it; and those of events/earlier (a timeline's dated line, في السابق after a past verb, حين
after an 'ago' of years)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from marsad.events.earlier import ago_when, dated_head, told_before
from marsad.events.elapsed import counted_from, fronted_ago
from marsad.events.forms import is_verb_form
from marsad.events.previous import previous_act, taken_up
from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_DATING = norm_words("العام عام سنه السنه لعام") | MONTH_WORDS
_SINCE = norm_words("منذ ومنذ")
_ENDS = frozenset({"،", ",", ".", "؛", ":"})
_RELATIVE = norm_words("الذي التي الذين اللذين اللتين")
_BEFORE = norm_words("قبل وقبل")
_THAT = norm_words("ان")
_AFTER = norm_words("بعد وبعد عقب اثر")
_AGO = norm_words("قبل منذ")
_YEARS = norm_words("سنوات سنين اعوام عاما عقود عقدين عقد سنتين عامين")
_THEN = norm_words("حينها حينذاك انذاك وقتها وقتذاك يومها حينئذ ساعتها")
_DECADES = norm_words("خمسين ستين سبعين ثمانين تسعين")  # (not عشرين ... اربعين: most often an age)
_DECADE_NAMES = frozenset(d + e for d in _DECADES for e in ("يات", "ات"))  # الخمسينيات، الستينات
_AGE = norm_words("عمره عمرها العمر عمرهم سن")


def recalled(toks: list[str], hit: TriggerHit, day: date) -> bool:
    """The trigger's act is dated years before the article by one of the constructions the module names."""
    return (not hit.verbal and _relative_dated(toks, hit.j, day) or _decade_after(toks, hit.j)
            or _before_then(toks, hit.j, day) or _cause_of_dated(toks, hit.i, day) or _joined_ago(toks, hit)
            or _told_then(toks, hit, day) or fronted_ago(toks, hit.i) or counted_from(toks, hit)
            or _fronted_decade(toks, hit.i) or dated_head(toks, day) or told_before(toks, hit)
            or ago_when(toks, hit.i) or previous_act(toks, hit) or taken_up(toks, hit, day))


def _old_year(w: str, day: date) -> bool:
    return len(w) == 4 and w.isdigit() and 1900 < int(w) <= day.year - 2


def _dated(toks: list[str], k: int, day: date) -> bool:
    """An old year at k named by a dating word (عام 2011، في مارس 2013), not starting a span (منذ عام 2012)."""
    if k < 1 or not _old_year(toks[k], day) or toks[k - 1] not in _DATING:
        return False
    start = next((m for m in range(k - 1, max(-1, k - 10), -1) if toks[m] in _ENDS), -1)
    return not any(p in _SINCE for p in toks[start + 1:k])  # (منذ اندلاع الحرب في سوريا عام 2011: since)


def _relative_dated(toks: list[str], end: int, day: date, reach: int = 16) -> bool:
    """A relative clause right after the trigger noun (or its adjective) names an old year: the protests that came
    to be known as X in 2011 (الاحتجاجات التي عرفت باسم ... عام 2011). (After a verb, the relative clause is its
    object's: يعارض الاتفاق الذي أبرم عام 2015 is a stance of now.)"""
    r = next((k for k in range(end, min(len(toks), end + 2)) if toks[k] in _RELATIVE), None)
    if r is None:
        return False
    for k in range(r + 1, min(len(toks), r + reach)):
        if toks[k] in _ENDS or toks[k] in _RELATIVE:
            return False
        if _dated(toks, k, day):
            return toks[k - 2][:2] != "ال" or toks[k - 2] in MONTH_WORDS  # (not a noun's: الاتفاق الموقع عام 2015)
    return False


def _decade(w: str) -> bool:
    w = w.removeprefix("و").removeprefix("ب").removeprefix("ال").removeprefix("ل")
    return w in _DECADE_NAMES


def _decade_after(toks: list[str], end: int, reach: int = 12) -> bool:
    """A past decade in the trigger's clause after it (من الخمسينات حتى أواخر السبعينات), not an age (في
    الستينات من عمره)."""
    for k in range(end, min(len(toks), end + reach)):
        if toks[k] in _ENDS or toks[k] in _RELATIVE:
            return False  # (فلان الذي رأس الجهاز في أواخر التسعينيات: his past, not the act's)
        if _decade(toks[k]):  # (not since then, منذ الثمانينات: still going on)
            return not any(w in _AGE for w in toks[k + 1:k + 4]) and not any(w in _SINCE for w in toks[k - 2:k])
    return False


def _before_then(toks: list[str], end: int, day: date, reach: int = 30) -> bool:
    """The trigger's clause goes on with قبل أن and an old dated time: the act came before it (اعتقل ... قبل أن
    يخرج في أحداث عام 2011)."""
    for k in range(end, min(len(toks) - 1, end + reach)):
        if toks[k] in _ENDS:
            return False
        if toks[k] in _BEFORE and toks[k + 1] in _THAT:
            return any(_dated(toks, m, day) for m in range(k + 2, min(len(toks), k + 14))
                       if not any(w in _ENDS for w in toks[k + 2:m]))
    return False


def _cause_of_dated(toks: list[str], start: int, day: date, reach: int = 12) -> bool:
    """The trigger's clause opens with بعد / عقب / إثر right after a clause an old year dates and its comma: the
    act came before that dated one (صنفت الجماعة إرهابية أواخر عام 2013، بعد تورطها في هجمات)."""
    c = next((k for k in range(start - 1, max(-1, start - reach), -1) if toks[k] in _ENDS or toks[k] in _RELATIVE),
             -1)
    return (c >= 2 and toks[c] in ("،", ",") and c + 1 < start and toks[c + 1] in _AFTER
            and _dated(toks, c - 1, day))


def _joined_ago(toks: list[str], hit: TriggerHit) -> bool:
    """A past verb joined by و right after an 'ago' phrase of the verb before it shares its time (طردتهم منذ أكثر
    من ست سنوات واتهمتهم: both years ago); after منذ, not when its clause holds the act on (a present verb or a
    participle of lasting before منذ: يحاصرها منذ سنوات، المعتقل منذ سنوات)."""
    i = hit.i
    if not hit.verbal or hit.future or not toks[i].startswith("و") or i < 2 or toks[i - 1] not in _YEARS:
        return False
    a = next((k for k in range(i - 2, max(-1, i - 6), -1) if toks[k] in _AGO), None)
    # (more than two years: the joined act came after the first, اعتقلت قبل سنتين وحكم عليها may be recent)
    if a is None or not (toks[i - 1] in _MANY or any(w.isdigit() and int(w) > 2 or w in _COUNTS
                                                      for w in toks[a + 1:i - 1])):
        return False
    if toks[a] not in _SINCE:
        return True
    start = next((k for k in range(a - 1, -1, -1) if toks[k] in _ENDS or toks[k] in _RELATIVE), -1) + 1
    return not any(w in _ONGOING or w.removeprefix("و")[:1] == "ي" and w != "يوم" for w in toks[start:a])


_COUNTS = norm_words("عده بضع بضعه ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره")
_MANY = norm_words("سنوات سنين اعوام عقود عقدين")
_ONGOING = norm_words("""مستمر مستمره المستمر المستمره متواصل متواصله المتواصل المتواصله القائم القائمه المفروض
    المفروضه المعتقل المعتقلين المسجون المحتجز المحتجزين""")


def _told_then(toks: list[str], hit: TriggerHit, day: date) -> bool:
    """The trigger's clause says 'then' (حينها، آنذاك) right after it, or opens with it before its past verb after
    a comma, and an old year is named, dated, earlier in the sentence: the act is told at that time (يعود الاهتمام
    إلى عام 2011 ... وزارها حينها فلان; بدأت العقوبات في العام 2016 ...، حينها طالبت الأمم المتحدة). (Not before a
    present or a future verb: إذا ...، حينها سنرد is a condition's answer.)"""
    after = toks[hit.j:hit.j + 2]
    return (any(w in _THEN for w in after) or _since_then(toks, hit) or _then_opens(toks, hit)) and any(
        _dated(toks, k, day) for k in range(1, hit.i))


def _then_opens(toks: list[str], hit: TriggerHit) -> bool:
    """حينها / وحينها right before a past verb trigger, opening its clause after a comma."""
    i = hit.i
    if not hit.verbal or hit.future or i < 2 or toks[i - 1].removeprefix("و") not in _THEN or toks[i - 2] not in _ENDS:
        return False
    return any(is_verb_form(toks[i][hit.strip:], p) for p in hit.trigger.past)


_THAT_ONE = norm_words("ذلك تلك")
_TIME = norm_words("الحين الوقت التاريخ العام اليوم")


def _since_then(toks: list[str], hit: TriggerHit, reach: int = 6) -> bool:
    """'Since then' (منذ ذلك الحين، منذ ذلك التاريخ) closing the trigger's clause: the act was done then and its
    state has lasted (قطعت العلاقات الدبلوماسية منذ ذلك الحين); not after a present verb, a state (يعيش منذ ذلك
    الحين في المنفى)."""
    verb = toks[hit.i].removeprefix("و")
    if hit.verbal and (verb[:1] in ("ي", "ن") or verb[:1] == "ت" and verb[-1:] != "ت"):
        return False  # (يعيش، تقطع: present; قطعت، تراجعت: past)
    for k in range(hit.j, min(len(toks) - 2, hit.j + reach)):
        if toks[k] in _ENDS:
            return False
        if toks[k] in _SINCE and toks[k + 1] in _THAT_ONE and toks[k + 2] in _TIME:
            return True
    return False


# what a decade fronted at the sentence's start may open with (ومع مطلع التسعينيات، في منتصف الثمانينات من
# القرن الماضي،)
_DECADE_OPENS = norm_words("في وفي مع ومع خلال وخلال مطلع اوايل اواخر منتصف بدايه نهايه عقد فتره حقبه ابان وابان اثناء")
_CENTURY_TAIL = norm_words("من القرن الماضي العشرين")


def _fronted_decade(toks: list[str], start: int, reach: int = 14) -> bool:
    """The sentence opens with a past decade set off by the comma nearest before the trigger (وفي أواخر
    الثمانينيات، اعتقلت الشرطة ...; في ستينات القرن الماضي، ...): only time words before it, not منذ (since then:
    still going on), nothing between the comma and the trigger that opens another clause."""
    c = next((k for k in range(start - 1, max(-1, start - reach), -1) if toks[k] in _ENDS or toks[k] in _RELATIVE),
             -1)
    if c < 1 or toks[c] not in ("،", ","):
        return False
    k = c - 1
    while k > 0 and toks[k] in _CENTURY_TAIL:
        k -= 1
    return _decade(toks[k]) and k <= 4 and all(w in _DECADE_OPENS for w in toks[:k])
