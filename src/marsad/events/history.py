"""History recalled, not news: a trigger whose clause dates it two or more years before the article (عام 2015,
قبل ست سنوات) is coded but not counted (used by the events stage)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from marsad.events.alleged import alleged
from marsad.events.forms import is_verb_form
from marsad.events.maybe import may_only
from marsad.events.named_year import named_time, partitive, past_time_words
from marsad.events.recalled import recalled
from marsad.events.set_of import set_of
from marsad.events.standing import standing
from marsad.events.suspected import suspected
from marsad.events.text_says import text_says
from marsad.events.topic import topic_of
from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm, norm_words

_SINCE = norm_words("منذ ومنذ")
_YEAR_WORDS = norm_words("العام عام سنه السنه لعام")
# a year named after its month (في يونيو 1967، قطعت ...; في 13 نوفمبر 2015 هاجم ...) dates the clause as one after عام
_DATING = _YEAR_WORDS | MONTH_WORDS
_FRONT = _DATING | norm_words("في وفي")  # fronted at the sentence's start: في 2016، أيد ...
_TWO_YEARS = norm_words("سنتين عامين عقد عقدين عقود سنوات سنين اعوام")  # (bare plurals: قبل سنوات)
_YEARS = norm_words("سنوات سنين اعوام عاما سنه عام")
_COUNTS = norm_words("عده بضع بضعه ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره")
_WAS = norm_words("كان كانت وكان وكانت")
_FROM = norm_words("من بدءا اعتبارا")
_YEAR_BREAKS = frozenset({"،", ",", ".", "؛", ":", "الذي", "التي", "الذين", "وهو", "وهي"})  # (وهو ما ينفيه: now)

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit


def years_ago(toks: list[str], hit: TriggerHit, day: date | None) -> bool:
    """A year two or more before the article's in the trigger's clause: after it (عام 2015, في 2012, قبل ست
    سنوات, and منذ ست سنوات after a past verb: ago; not منذ 2012), or named as the time of the clause before it
    (ما جرى في البلاد أواخر العام 2013 ... عندما أوقفت الشرطة; not across a comma or a relative
    pronoun: اتفاق عام 2015 الذي انسحبت منه), or a decade or a century the clause opens after (في الثمانينيات حين)."""
    end, start, kind = hit.j, hit.i, hit.trigger.type
    if day is None:
        return False
    for k in range(end, min(len(toks), end + 8)):
        w = toks[k]
        if w in ("،", ",", ".", "؛"):
            break  # (the clause after the trigger ends; its time may still be named before it)
        if _old_year(w, day):
            return not any(p in _SINCE for p in toks[max(end, k - 2):k])
        if w == "قبل" and _years_count(toks[k + 1:k + 4]):
            return True  # رفعت الدعوى قبل ست سنوات: years ago
        if w in _SINCE and _years_count(toks[k + 1:k + 4]) and _past_verb(toks, hit, k):
            return True  # التقاه منذ عامين، اعتقلته منذ سنوات: a past act told years ago (تحاصرها منذ سنوات: still on)
    else:
        if kind not in _CHARGED and _dated_later(toks, end, day):
            return True  # (not the charge or threat a statement tells of: اتهمته بتدبير انقلاب عام 2016)
    if _then(toks, start):
        return True  # وتعود الفكرة إلى ثمانينيات القرن الماضي، حين زار ...
    if kind not in _CHARGED and _dated_aside(toks, end, day):
        return True  # وقعتا اتفاقا لبناء المحطة، في نوفمبر 2015.
    for k in range(start - 1, max(-1, start - 15), -1):
        w = toks[k]
        if w in _YEAR_BREAKS:
            break
        if _old_year(w, day) and named_time(toks, k):  # (also صيف 2016، نوفمبر من العام 2016: events/named_year)
            return not any(p in _SINCE for p in toks[max(0, k - 6):k])  # (منذ تولى منصبه في عام 2016)
    # وكان الفندق قد تعرض لهجوم في صيف العام 2015، وانتهى بمقتل ...: a sentence told in the pluperfect (كان ... قد,
    # or كان + a past verb: وكانت الاحتجاجات بدأت في مايو 2013 ... وتحولت إلى حركة احتجاج) recalls its whole story; a
    # dated old year anywhere before the trigger dates it — unless the trigger's clause names a recent time (المظاهرات
    # التي خرجت خلال الأيام الأخيرة)
    if toks[:1] and toks[0] in _WAS and not _recent_after(toks, start) and any(
            _old_year(toks[k], day) and named_time(toks, k) and not any(p in _SINCE for p in toks[max(0, k - 6):k])
            and (partitive(toks, k) or not (k > 1 and (_noun(toks[k - 2]) or toks[k - 2] in _FROM)))
            for k in range(1, start)):
        # (not a year that dates a noun, الاتفاق الموقع عام 2015, or starts a span, بدءا من عام 2016)
        return True
    if _dated_front(toks, start, day):
        return True  # ذكر البيان أن "مساء العاشر من مايو عام 2009، قصفت الطائرات ...
    if recalled(toks, hit, day):  # الاحتجاجات التي عرفت باسم ... عام 2011، في السبعينات، قبل أن ... عام 2011
        return True
    # وفي العام 2006، اغتيل ...، وعام 2012 لقيت ... حتفها: a year fronted at the sentence's start governs the whole
    # sentence (ومنذ 27 مايو 1995، تتجمع ...: since then, still going on)
    return any(_old_year(toks[k], day) and toks[k - 1].removeprefix("و") in _FRONT and not any(
        p in _SINCE for p in toks[:k]) for k in range(1, min(start, 6)))


_CHARGED = frozenset({"ACCUSE", "THREATEN"})


def _dated_later(toks: list[str], end: int, day: date | None, reach: int = 16) -> bool:
    """Further on in the trigger's clause, an old year its dating word names (اغتيال النائب X أمام منزله يوم 25
    يوليو سنة 2013، عارضته إدارة أوباما عندما اجتاحت الاحتجاجات إيران عام 2009); not past a comma or a relative
    pronoun, nor one dating a noun (الاتفاق الموقع عام 2015) or starting a span (منذ عام 2012، بدءا من عام 2016)."""
    for k in range(end, min(len(toks), end + reach)):
        if toks[k] in _YEAR_BREAKS:
            return False
        if k >= end + 8 and day is not None and _old_year(toks[k], day) and named_time(toks, k):
            return not (not partitive(toks, k) and (_noun(toks[k - 2]) or toks[k - 2] in _FROM)
                        or any(p in _SINCE for p in toks[max(0, k - 6):k]))
    return False


def _noun(w: str) -> bool:
    """A definite word before a dated year: a noun the year dates (الاتفاق الموقع عام 2015), not a Levantine month's
    second word (كانون الأول عام 2016)."""
    return w[:2] == "ال" and w not in MONTH_WORDS


_IN = norm_words("في")
_DURING = norm_words("خلال اثناء ابان")
_WHICH = norm_words("الذي التي الذين وهو وهي وهم")  # (or an apposition: X، وهو طبيب ...، في 2016.)
_ENDS = frozenset({"،", ",", ".", "؛"})


def _dated_aside(toks: list[str], end: int, day: date, reach: int = 16) -> bool:
    """A dating phrase set off by the clause's comma right after it, or past a relative clause the commas set off
    (وقعتا اتفاقا لبناء المحطة، في نوفمبر 2015.; قصفت القرية، التي يسكنها ...، في مايو 2014.;
    اندلعت الاحتجاجات، في يناير 2011، ...): في, a day, a month or عام, an old year, then a comma or the end — not a
    new clause (، وفي عام 2015 ...) nor a year going on into one (، في 2015 بدأت ...)."""
    for k in range(end, min(len(toks), end + reach)):
        if toks[k] in _YEAR_BREAKS and toks[k] not in ("،", ","):
            return False
        if toks[k] in ("،", ","):
            break
    else:
        return False
    if k + 1 < len(toks) and toks[k + 1] in _WHICH:  # (past a relative clause set off by commas: X، التي ...، في 2016.)
        k = next((m for m in range(k + 2, min(len(toks), k + 2 + reach)) if toks[m] in _YEAR_BREAKS), len(toks))
        if k >= len(toks) or toks[k] not in ("،", ","):
            return False
    m = k + 1
    if m < len(toks) and toks[m] in _DURING:  # (، خلال زيارة إلى إيران في أبريل 2016.: the visit the act came in)
        m = next((n for n in range(m + 1, min(len(toks), m + 7)) if toks[n] in _IN or toks[n] in _YEAR_BREAKS), m)
    if m >= len(toks) or toks[m] not in _IN:
        return False
    m += 1
    if m < len(toks) and toks[m].isdigit() and len(toks[m]) <= 2:
        m += 1  # (a day: في 13 نوفمبر 2015)
    m = past_time_words(toks, m)  # (أيار/مايو من عام 1958، أواخر عام 2015)
    return (m < len(toks) and _old_year(toks[m], day)
            and (m + 1 == len(toks) or toks[m + 1] in _ENDS))


# what opens a clause a dating phrase may be fronted in: what is said (إنه، أن، بأن), a quote or a colon
_OPENERS = norm_words("ان انه انها وان وانه وانها بان بانه بانها") | frozenset({'"', "«", ":", "“"})
# the first word of a fronted dating phrase: في، ليل، يوم، مطلع، أواخر، صيف ... or a month or a year word
_TIME_OPENS = _DATING | norm_words("""في وفي ليل ليله يوم صباح مساء فجر خلال مطلع اواخر اوايل نهايه بدايه منتصف صيف
    شتاء ربيع خريف""")
# ... and the words it may go on with (ليلة الثالث إلى الرابع من يونيو عام 2009)
_TIME_WORDS = _TIME_OPENS | norm_words("""من الي حتى شهر الاول الثاني الثالث الرابع الخامس السادس السابع الثامن
    التاسع العاشر الحادي عشر العشرين الثلاثين""")


def _dated_front(toks: list[str], start: int, day: date, reach: int = 12) -> bool:
    """The trigger's clause opens with a dating phrase of an old year set off by a comma, right after what opens
    a statement or a quote (ذكر أن "ليلة الثالث إلى الرابع من يونيو عام 2009، قصفت ...; أوضح أن في عام 2014،
    قصفت ...) or the sentence: only the nearest comma before the trigger, no statement or relative clause opened
    between them, no منذ (since then: still going on) and no recent time after the trigger (التي خرجت خلال الأيام
    الأخيرة)."""
    c = next((k for k in range(start - 1, max(-1, start - reach), -1) if toks[k] in ("،", ",", ".", "؛")), -1)
    if c < 2 or toks[c] not in ("،", ",") or not _old_year(toks[c - 1], day) or _recent_after(toks, start):
        return False
    if toks[c - 2] not in _DATING and toks[c - 2] not in _IN and toks[c - 2] != "وفي":
        return False
    if any(w in _OPENERS or w in _YEAR_BREAKS for w in toks[c + 1:start]):
        return False
    for o in range(c - 2, max(-1, c - 12), -1):
        w = toks[o]
        if w not in _TIME_WORDS and not w.isdigit():
            return False
        # (a quote opens only when the quotes before it are paired: not "الثورة الخضراء" عام 2009)
        if w in _TIME_OPENS and (o == 0 or toks[o - 1] in _OPENERS and not (
                toks[o - 1] == '"' and toks[:o - 1].count('"') % 2) or toks[o - 1] in ("،", ",", ".") and (
                w[0] == "و" or w in _IN)):  # (وأصدر المجلس، في 23 ديسمبر 2016، قرارا يطالب: set off by commas)
            return True
    return False


_RECENT = norm_words("الاخيره الاخير الاخيرين امس اليوم الان حاليا الجاري الحالي الحاليه مؤخرا")


def _recent_after(toks: list[str], start: int, reach: int = 10) -> bool:
    """A recent time in the trigger's clause after it (خلال الأيام الأخيرة، أمس، حاليا)."""
    for w in toks[start:start + reach]:
        if w in ("،", ",", ".", "؛"):
            return False
        if w in _RECENT:
            return True
    return False


_ABOUT = norm_words("اكثر نحو حوالي قرابه زهاء")
# what holds an act on until now between it and منذ (المعتقل منذ، المستمرة منذ، ويقبع في السجن منذ): the منذ is "for"
_ONGOING = norm_words("""مستمر مستمره المستمر المستمره متواصل متواصله المتواصل المتواصله القائم القائمه المفروض
    المفروضه المعتقل المعتقلين المسجون المحتجز المحتجزين""")


def _past_verb(toks: list[str], hit: TriggerHit, since: int) -> bool:
    """The trigger is a verb in the past (not the present: تحاصر، يعتقل) and nothing between it and منذ holds it
    on (no present verb, no participle of lasting, no relative or comma)."""
    head = toks[hit.i][hit.strip:]
    if not hit.verbal or hit.future or not any(is_verb_form(head, p) for p in hit.trigger.past):
        return False
    return not any(w in _ONGOING or w in _YEAR_BREAKS or w.removeprefix("و")[:1] == "ي" and w != "يوم"
                   for w in toks[hit.j:since])


# a decade (الثمانينيات، تسعينيات القرن الماضي) or a century (القرن التاسع عشر) a clause opens after
_DECADES = norm_words("عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين")
_WHEN = norm_words("حيث حين عندما حينما وحيث وحين وعندما وحينما")
_CENTURY = norm_words("القرن")
_NOW = norm_words("الحالي الحادي الواحد والعشرين")


def _then(toks: list[str], start: int, reach: int = 8) -> bool:
    """The trigger's clause opens with حيث / حين / عندما right after a decade or a past century, past at most a
    comma (في أواخر الثمانينيات حين، القرن التاسع عشر حين; not the present one: القرن الحالي). (An old year past the
    comma, عام 2014، حين, is left: a sample judge counted such a deal as news.)"""
    o = next((k for k in range(start - 1, max(-1, start - reach), -1) if toks[k] in _WHEN or toks[k] in _ENDS
              or toks[k] in _YEAR_BREAKS), -1)
    if o < 1 or toks[o] not in _WHEN:
        return False
    t = o - 2 if toks[o - 1] in ("،", ",") else o - 1
    if t < 0:
        return False
    w = toks[t].removeprefix("و").removeprefix("ال")
    if any(w == d + e for d in _DECADES for e in ("يات", "ات")):
        return True
    c = next((k for k in range(t, max(-1, t - 4), -1) if toks[k] in _CENTURY), -1)
    return c >= 0 and not any(x in _NOW for x in toks[c + 1:t + 1])


def _years_count(after: list[str]) -> bool:
    """The words after قبل count two years or more (ست سنوات، عدة أعوام، 10 سنوات، عامين، عقد، أكثر من 6 سنوات)."""
    if after and after[0] in _ABOUT:
        after = after[2:] if after[0] == "اكثر" and after[1:2] == ["من"] else after[1:]
    if not after:
        return False
    if after[0] in _TWO_YEARS:
        return True
    n = after[0]
    return len(after) > 1 and after[1] in _YEARS and (n in _COUNTS or n.isdigit() and int(n) >= 2)


def _old_year(w: str, day: date) -> bool:
    """A year two or more before the article's (2015 in an article of 2018)."""
    return len(w) == 4 and w.isdigit() and 1900 < int(w) <= day.year - 2


# the act a case or an anniversary is of (التحقيقات في قضية اغتيال الحريري، في ذكرى مجزرة ...): the topic of a trial
# or a commemoration, an act of the past, not news; so is the act a charge names (أوقف بتهمة اغتصاب، وجهت إليه تهمة
# قتل، تهم من بينها القتل): only alleged — the charge or the arrest is the event
# (indefinite, in construct with the act: التهم الموجهة إليه is the charge itself)
_CHARGES = norm_words("تهمه وتهمه بتهمه لتهمه تهم تهما بتهم وبتهم تهمتي بتهمتي")
# ... unless a verdict stands before it (حكم بسجنه بتهمة إضرام النار): a court has found the act done
_VERDICT = norm_words("""حكم حكما الحكم بالحكم بسجن بسجنه بالسجن سجن بالاعدام ادين ادينت ادانه بادانه ادانته ادانت
    ادان دانت""")
_CASE = norm_words("قضيه وقضيه بقضيه لقضيه ذكري وذكري بذكري لذكري الذكري")
_AMONG = norm_words("بينها ومنها منها ابرزها")


def case_of(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger is a noun right after قضية / ذكرى / تهمة (not a verb of a relative clause: قضية أحالتها اللجنة;
    but right after تهمة a bare past is the noun: تهمة قتل), a charge's among its list (تهم من بينها القتل) or a
    later item of it (تهمة الانتماء لخلية والهجوم على), or an act only suspected, rumoured, called alleged, held
    against someone or done by habit (events/suspected), only possible: قد تطلب (events/maybe), only what an
    accusation charges: اتهمتها بمساندة الإرهاب (events/alleged), a stance held for long or an act done every year:
    لطالما طالب، تنظم مظاهرات كل عام (events/standing), what a law or a resolution's clause says: يحظر القانون، طالب
    القرار في أحد بنوده (events/text_says), acts told as a set or of any one of a kind: معظم الهجمات، وكل جيش يقتل
    (events/set_of), or a protest only what an inquiry or talks are about: التحقيق في أعمال الشغب، بيان حول
    المسيرة (events/topic)."""
    i, verbal = hit.i, hit.verbal
    if i < 1:
        return standing(toks, hit) or text_says(toks, hit)
    bare = not verbal or any(toks[i][hit.strip:] == norm(p) for p in hit.trigger.past)  # (not تهمة تنفيها: a verb)
    if toks[i - 1] in _CHARGES and bare or bare and _listed_charge(toks, i) or not verbal and toks[i - 1] in _AMONG \
            and any(t in _CHARGES for t in toks[max(0, i - 4):i - 1]):
        return not any(t.removeprefix("و") in _VERDICT for t in toks[max(0, i - 10):i])
    return not verbal and toks[i - 1] in _CASE or suspected(toks, hit) or may_only(toks, hit) or alleged(toks, hit) \
        or standing(toks, hit) or text_says(toks, hit) or set_of(toks, hit) or topic_of(toks, hit)


def _listed_charge(toks: list[str], i: int, reach: int = 10) -> bool:
    """A noun joined by و to a charge further back in its clause (تهمة الانتماء لخلية إرهابية والهجوم على ...; تهمة
    قتل امرأة في جريمة وحشية وخطف طفلتها)."""
    if not toks[i].startswith("و"):
        return False
    for k in range(i - 2, max(-1, i - reach), -1):
        if toks[k] in _ENDS or toks[k] in (":", "؛") or toks[k].isdigit():
            return False
        if toks[k] in _CHARGES:
            return True
    return False
