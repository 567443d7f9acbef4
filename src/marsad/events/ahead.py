"""Acts their clause dates after the article: a present or future verb with tomorrow, a coming day, week or month,
or a day and month later than the article's date in its clause — يبدأ الرئيس، غدا الأربعاء، زيارة، يؤدي الوزير
زيارة يومي 8 و9 مارس (an article of 7 March), ستتظاهر النقابات الأسبوع المقبل — have not taken place yet. Not a past
date (يوم 5 مارس with the article of 7 March), not a date after حتى / منذ (a span: until, since), not a day with no
year months ahead (يوم 14 أكتوبر in an article of March: last year's), not an act told as under way (حاليا، مستمرة),
and not a date past a clause opener or another verb (زار الموقع الذي سيشهد غدا، التقى X نظيره ويزور غدا: another
act's)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from marsad.events.arranged import arranged
from marsad.events.cues import WHICH
from marsad.events.foreseen import foreseen
from marsad.events.future_frame import future_governed, meeting_then_future
from marsad.events.planned import planned
from marsad.events.protest import dating
from marsad.events.scheduled import coming_after
from marsad.events.unrealised import unrealised
from marsad.events.warned import warned
from marsad.text.months import EGYPTIAN, MAGHREBI, MONTHS
from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_TOMORROW = norm_words("غدا وغدا")
_OF_TOMORROW = norm_words("يوم صباح مساء ظهر ليل ليله بعد ويوم وصباح ومساء")  # (يوم غد، صباح غد، بعد غد)
_COMING = norm_words("المقبل المقبله القادم القادمه")
_TIMES = norm_words("""الاسبوع الشهر العام السنه الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت""") | frozenset(
    EGYPTIAN + MAGHREBI)
_SPAN = norm_words("حتي منذ لغايه غايه بين اعتبارا بدءا")  # (حتى الشهر المقبل، منذ 8 مارس: a span)
_TO = norm_words("إلى")  # (من 19 إلى 20 يونيو)
_STOPS = frozenset({".", "؛", ";", ":", "!", "؟", "?"})
# now, under way (يؤدي حاليا زيارة يومي 1 و2 مارس، محادثات مستمرة للإعداد لقمة 12 يونيو)
_NOW = norm_words("حاليا الان اليوم امس مستمر مستمره المستمر المستمره جاريه الجاريه متواصله المتواصله")
_OPENERS = WHICH | norm_words("""ان انه انها انهم بان بانه بانها لان قبل بعد بعدما عندما حين حيث فيما بينما لكن ولكن
    كما اذا""")
# present verbs in ت are told from verbal nouns (تعزيز، تنظيم) by a closed list: verbs of holding and carrying out
_T_VERBS = norm_words("""تعقد تجري تبدا تنطلق تقوم تنظم تشهد تستضيف تصل تزور تلتقي تؤدي تشارك تجتمع تستقبل تحتضن
    تتوجه تشن تفرض تنفذ تستانف تتظاهر تضرب""")
# words in ي that are no verbs (يوم، يونيو) and names
_Y_NOUNS = norm_words("""يوم يومي يومين يوما يونيو يوليو يناير يونيه يوليه يمين يسار يهود يهودي يهوديه يد يدي
    يوسف يحيي يعقوب يونس ياسر ياسين يزيد يسري يوكيا يولي يوري ياسمين يامن يعلون ياكوف يائير ياير يونغ يانغ""")

_S_ROOT = ("سيطر", "سياس", "سياح", "سيار", "سياد", "سيول", "ستين", "ستون", "ستار", "سنو", "سنه", "سنغاف", "سينار",
           "سيناء", "سيناي")


def _verb(w: str) -> bool:
    """A present or future verb: in ي (not a noun in ي), a listed verb in ت, or one with the future prefix س (not
    سيطرت، سياسة, whose س is the root's)."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    if w[:1] == "س":
        if w.startswith(_S_ROOT):
            return False
        w = w[1:]
    return w[:1] == "ي" and len(w) > 3 and w not in _Y_NOUNS and not w.startswith("يوم") or w in _T_VERBS


def _day(w: str) -> int | None:
    w = w.removeprefix("و")
    return int(w) if w.isdigit() and 1 <= int(w) <= 31 else None


_ORDINALS = {norm(w): n for n, w in enumerate(
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split(), 1)} | {norm("الحادي"): 1}
_TEENS = norm_words("عشر عشره")
_TENS = {norm("العشرين"): 20, norm("والعشرين"): 20, norm("الثلاثين"): 30, norm("والثلاثين"): 30}


def _ordinal_day(toks: list[str], k: int) -> int | None:
    """The day a spelled ordinal before من and the month at k names (الرابع من نوفمبر، الثالث عشر من مايو، الحادي
    والعشرين من يونيو)."""
    if k < 2 or toks[k - 1] != "من":
        return None
    w = toks[k - 2]
    before = toks[k - 3] if k > 2 else ""
    if w in _TEENS:
        return 10 + _ORDINALS[before] if before in _ORDINALS else None
    if w in _TENS:
        unit = _ORDINALS.get(before, 0) if w.startswith("و") else 0
        return None if w.startswith("و") and not unit else _TENS[w] + unit
    return _ORDINALS.get(w)


_WEEKDAYS = {norm(w): n for n, w in enumerate("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())}
_PAST_DAY = norm_words("الماضي الماضيه المنصرم الفائت")
_AHEAD_DAYS = 92  # days ahead a day and month with no year may stand and still be this year's


def _later(toks: list[str], k: int, day: date) -> bool:
    """The time named at k is after the article's day: tomorrow, a coming week, month or weekday, or a day and
    month later than the article's (the article's year unless a year follows)."""
    if any(w in _SPAN for w in toks[max(0, k - 3):k]):
        return False
    w = toks[k]
    if w in _TOMORROW or w == "غد" and k > 0 and toks[k - 1] in _OF_TOMORROW:
        return True
    if w in _COMING and k > 0 and toks[k - 1] in _TIMES:
        return True
    if w.removeprefix("و") in _WEEKDAYS and (k + 1 >= len(toks) or toks[k + 1] not in _PAST_DAY):
        # a bare weekday one to three days after the article's (تنظم الهيئة الجمعة مسيرة, in Thursday's paper);
        # a present verb with today's or an earlier weekday may tell an act under way or just done
        return 1 <= (_WEEKDAYS[w.removeprefix("و")] - day.weekday()) % 7 <= 3
    if w in MONTHS and k > 0 and ((d := _day(toks[k - 1])) is not None or (d := _ordinal_day(toks, k)) is not None):
        if k > 1 and toks[k - 1][:1] == "و" and (first := _day(toks[k - 2])) is not None:
            d = first  # (يومي 1 و2 مارس: from the first day)
        elif k > 2 and toks[k - 2] in _TO and (first := _day(toks[k - 3])) is not None:
            d = first  # (من 19 إلى 20 يونيو: from the first day, which may be the article's)
        y = toks[k + 1] if k + 1 < len(toks) else ""
        try:
            when = date(int(y) if y.isdigit() and len(y) == 4 else day.year, MONTHS[w], d)
        except ValueError:
            return False
        # a day with no year months ahead is last year's (يوم 14 أكتوبر in an article of March)
        return when > day and (y.isdigit() or (when - day).days <= _AHEAD_DAYS)
    return False



# nouns of acts held on a day (a visit, a meeting, a protest, drills, a sanction coming into force): their verb's date
# is theirs; an attack or a statement named after a verb may be another act's object (يزور غدا موقع الهجوم)
_NOUN_KINDS = frozenset({"CONSULT", "COOPERATE", "MOBILIZE", "AID", "PROTEST", "SANCTION", "AGREE"})


def dated_ahead(toks: list[str], i: int, j: int, verbal: bool, kind: str, day: date | None,
                reach: int = 14) -> str | None:
    """'future' for a trigger (tokens i up to j, the word after it) whose present or future verb — itself, or the
    nearest before it in its clause for a noun of an act held on a day — has a time after the article's day between
    the verb and the trigger or within the few words after it (not past a comma, a clause opener or another verb)."""
    if day is None or not verbal and kind not in _NOUN_KINDS:
        return None
    if not verbal and not any(w in _THIS for w in toks[max(0, i - 2):i]) and _own_time(toks, j, day):
        return "future"
    v = i if verbal and _verb(toks[i]) else -1
    for k in range(i - 1, max(-1, i - reach) if not verbal else i, -1):
        if toks[k] in _STOPS or toks[k].removeprefix("و") in _OPENERS or toks[k] in ("،", ",") and k < i - 1 \
                and not any(_later(toks, m, day) for m in range(max(0, k - 2), i)):
            break  # (past a comma right before the trigger or a time: يبدأ الرئيس، غدا الأربعاء، زيارة)
        if _verb(toks[k]):
            v = k
            break
    if v < 0 or any(w in _NOW for w in toks[v:min(len(toks), j + 8)]):
        return None
    if any(_later(toks, k, day) for k in range(v + 1, min(j, len(toks)))):
        return "future"
    for k in range(j, min(len(toks), j + 8)):
        if toks[k] in _STOPS or toks[k] in _OPENERS or toks[k] in ("،", ",") or _verb(toks[k]):
            return None
        if _later(toks, k, day):
            return "future"
    return None


_ON = norm_words("في يوم")
_THIS = norm_words("هذه هذا تلك ذلك")  # (ترتفع وتيرة هذه التظاهرات يوم ... المقبل: an act already told)
_THIS_MONTH = norm_words("الشهر")


def _own_time(toks: list[str], j: int, day: date, reach: int = 6) -> bool:
    """The noun's own time after it, later than the article: after في / يوم right after it or its short complement
    (استئناف العقوبات في الرابع من نوفمبر، العقوبات على إيران في 4 نوفمبر), or in its relative clause whose
    present or future verb comes first (القمة التي تعقد هذا الشهر، قمة عالمية والتي تستضيفها لندن يوم 24
    يوليو) — not an act under way (اليوم، حاليا), nor one a demonstrative points back to (dated_ahead)."""
    on = next((k for k in range(j, min(len(toks), j + 4)) if toks[k] in _ON or toks[k] in _STOPS
               or toks[k] in ("،", ",") or toks[k].removeprefix("و") in _OPENERS or _verb(toks[k])), -1)
    if on >= 0 and toks[on] in _ON:
        # (not a bare weekday, which only a present verb dates ahead: وقاموا برشق الشرطة يوم الثلاثاء)
        return any(_later(toks, k, day) and toks[k].removeprefix("و") not in _WEEKDAYS
                   for k in range(on + 1, min(len(toks), on + 5)))
    rel = next((k for k in range(j, min(len(toks), j + 5)) if toks[k] in _STOPS or toks[k] in ("،", ",")
                or toks[k].removeprefix("و") in WHICH), -1)
    if rel < 0 or toks[rel].removeprefix("و") not in WHICH or rel + 1 >= len(toks) or not _verb(toks[rel + 1]):
        return False
    for k in range(rel + 2, min(len(toks), rel + 2 + reach)):
        if toks[k] in _STOPS or toks[k] in ("،", ",") or toks[k] in _NOW or _verb(toks[k]):
            return False
        if _later(toks, k, day) or toks[k] in _THIS_MONTH and toks[k - 1] == "هذا":
            return True
    return False


_WHERE = norm_words("حيث وحيث")


def _where_after_future(toks: list[str], i: int, verbal: bool, reach: int = 20) -> bool:
    """A present verb, or a noun that is its object, in a clause of place (حيث) that follows a future verb of going
    (سيتوجه الوفد غدا إلى بروكسل، حيث يعقدون لقاء مع ...، سيزور باريس حيث يلتقي): what is done there is to come.
    Not past a full stop, and not after a past verb (توجه إلى بروكسل حيث يعقد: the going is told)."""
    w = i - 1 if verbal else i - 2
    if w < 0 or toks[w] not in _WHERE or not verbal and not _verb(toks[i - 1]) or verbal and not _verb(toks[i]):
        return False
    for k in range(w - 1, max(-1, w - reach), -1):
        t = toks[k].removeprefix("و").removeprefix("ف")
        if toks[k] in _STOPS or t in _WHERE:
            return False
        if t[:1] == "س" and t[1:2] in ("ي", "ت") and len(t) > 3 and not t.startswith(_S_ROOT):
            return True
    return False


_DATED_NOUNS = frozenset({"CONSULT", "COOPERATE", "MOBILIZE", "AID", "PROTEST"})  # meetings, visits, drills, strikes


def not_yet(toks: list[str], hit: TriggerHit, in_speech: bool, day: date | None) -> str | None:
    """The mood of an asserted trigger the words around it tell otherwise: a meeting, visit or strike dated to come
    (events/modality.coming_after: القمة التي ستجمع، زيارة ... الأسبوع المقبل), an act not taken place
    (events/unrealised), a protest told as background (events/protest.dating), one dated after the article, or one
    warned of (events/warned), still arranged, charged or held necessary (events/arranged), or a noun a future
    verb further back governs (events/future_frame)."""
    t = hit.trigger
    if not hit.verbal and t.type in _DATED_NOUNS and (coming_after(toks, hit.j) or _scheduled(toks, hit.j)):
        return "future"  # (قبل احتجاجات مقررة: to come, not the background of a past act)
    return unrealised(toks, hit.i, hit.j, hit.verbal, t.id) or planned(toks, hit.i, hit.verbal) or dating(
        toks, hit, in_speech) or dated_ahead(
        toks, hit.i, hit.j, hit.verbal, t.type, day) or warned(toks, hit.i) or arranged(toks, hit) or (
        foreseen(toks, hit.i, hit.j, hit.verbal) or _where_after_future(toks, hit.i, hit.verbal) and (
            hit.verbal or t.type in _NOUN_KINDS) and "future") or (
        None if hit.verbal or not (future_governed(toks, hit.i) or t.type == "CONSULT" and meeting_then_future(
            toks, hit.i)) else "future")


# a meeting, visit or protest scheduled (احتجاجات مقررة، القمة المقررة بينهما، الجولة المبرمجة): still to come — not
# one dated past or told as begun or to end (الاجتماع المقرر أمس، الإضراب المقرر والذي انطلق اليوم، الاحتجاجات المقرر
# أن تنتهي), nor an unscheduled one (اجتماع غير مقرر); of a sanction, المقررة is 'imposed'
_SCHEDULED = norm_words("مقرر مقرره المقرر المقرره مبرمج مبرمجه المبرمج المبرمجه")
_PAST = norm_words("""امس الماضي الماضيه المنصرم المنصرمه سابقا انطلق انطلقت بدا بدات تنتهي ينتهي تستمر يستمر
    تتواصل يتواصل""")


def _scheduled(toks: list[str], j: int) -> bool:
    """A scheduled adjective right after the noun or after its own one or two adjectives (اجتماع فرنسي ألماني مقرر;
    j: the word after the trigger)."""
    at = next((k for k in range(j, min(len(toks), j + 3)) if toks[k] in _SCHEDULED), -1)
    return at >= 0 and toks[at - 1] != "غير" and all(w not in _STOPS and w not in ("،", ",") for w in toks[j:at]) \
        and not any(w.removeprefix("و") in _PAST for w in toks[at:at + 8])
