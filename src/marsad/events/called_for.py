"""An act only called for, demanded, urged or asked for: the act's noun right after the إلى / لـ / بـ (or على after
a verb of urging) that a word of calling governs — دعا الأمين العام، فلان، إلى إحالة الملف، بعد دعوة النقابة إلى
حل الحزب، طالبوا بالإفراج عن، حث الطرفين على الحوار، بعثت بطلب ترحيل — also past a verbal noun of carrying it out
(دعا إلى فرض عقوبات) and past the caller's name, an addressee and a comma-set apposition, further back than
events/clauses.requested reaches; and a later bare item of a list of demands joined by و (الهتافات المطالبة بسحب
القانون وإسقاط الحكومة وحل المجلس). What is asked for has not taken place: coded, not counted.

Not an act told after the call's own clause ends (a full stop, a clause opener, a comma and و, another trigger),
not a meeting a call convenes (الاجتماع الذي دعا إليه X لبحث), not an attached لـ / بـ past a comma (، استكمالا
لمسيرة), not one the act answers (استجابة لدعوة النقابة إلى الإضراب، بناء على طلب: it took place), nor حزب الدعوة; only
the act right after the preposition, not one further in its phrase (دعا إلى وقف الهجمات: those took place)."""

from __future__ import annotations

from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# words of calling, demanding, urging, appealing or asking, verbs, nouns and circumstantial participles
_CALL = norm_words("""دعا دعت دعوا دعتا يدعو تدعو يدعون تدعوان يدعوان ندعو ادعو دعوه الدعوه دعوته دعوتها دعوتهم
    دعوات الدعوات دعواته دعواتها بدعوه داعيا داعيه داعين طالب طالبت طالبوا طالبا يطالب تطالب يطالبون يطالبان تطالبان
    نطالب اطالب مطالبه المطالبه مطالبته مطالبتها مطالبتهم مطالبات المطالبات مطالبا مطالبين ناشد ناشدت ناشدوا يناشد
    تناشد يناشدون نناشد مناشده مناشدات مناشدا حث حثت حثوا يحث تحث يحثون نحث حاثا طلب طلبت طلبوا يطلب تطلب يطلبون
    نطلب بطلب طلبا طلبه طلبها طلبهم اقترح اقترحت يقترح تقترح اقتراح مقترح""")
_ASKING = norm_words("طلب بطلب طلبا لطلب")  # a request naming the act as its genitive or object
_URGE = norm_words("حث حثت حثوا يحث تحث يحثون نحث حاثا")  # (حث على الحوار: urged to)
# a verbal noun of carrying out between the preposition and the act (دعا إلى فرض عقوبات، طالب بإجراء تحقيق)
_CARRY = norm_words("فرض شن اجراء تنفيذ اتخاذ فتح عقد اطلاق بدء استئناف تنظيم")
# the act answers the call or follows the request: it took place (استجابة لدعوة، تلبية لدعوة، بناء على طلب)
_ANSWER = norm_words("استجابه تلبيه لبوا لبي التزاما تنفيذا بناء وبناء علي بموجب وفقا ردا")
_ENDS = frozenset({".", "؛", ";", ":", "؟", "?", "!", "(", ")", "-", "–", "—"})
_OPENERS = norm_words("""ان انه انها انهم بان بانه بانها لان الذي التي الذين اللذين اللتين اللواتي حيث عندما حين
    بعدما فيما بينما لكن ولكن اذا كما بعد قبل منذ""")
_QUOTES = frozenset({'"', "«", "“"})
_CONVENED = norm_words("اليه اليها اليهم له لها لهم")
_REACH = 14  # words from the call to the preposition


def _preposition(toks: list[str], hit: TriggerHit) -> tuple[int, str] | None:
    """(index, preposition) of what governs the act: إلى right before it or before its verbal noun of carrying out,
    or لـ / بـ on the act's own word or on that verbal noun."""
    i = hit.i
    w = toks[i]
    while i > 1 and toks[i - 1] in _QUOTES:
        i -= 1  # (حثت المنظمة الجنود على "رفض ...)
    if i > 0 and toks[i - 1].removeprefix("و") in _ASKING and i == hit.i:
        return i, ""  # (بعثت بطلب ترحيل: the act the request names)
    if hit.strip > 0 and w[:1] in ("ل", "ب"):
        return hit.i, w[0]
    if i > 0 and toks[i - 1] in ("الي", "علي"):
        return i - 1, toks[i - 1]
    if i > 0 and toks[i - 1][1:] in _CARRY and toks[i - 1][:1] in ("ل", "ب"):
        return i - 1, toks[i - 1][0]
    if i > 1 and toks[i - 1] in _CARRY and toks[i - 2] in ("الي", "علي"):
        return i - 2, toks[i - 2]
    return None


def _later_conjunct(hit: TriggerHit, hits: list[TriggerHit], toks: list[str], reach: int = 8) -> bool:
    """A bare verbal noun joined by و to the first of a list of demands right after a word of calling — الهتافات
    المطالبة بسحب القانون وإسقاط الحكومة وحل المجلس: حل is demanded too. Each item of the list opens with و and
    has no article; the first carries the بـ / لـ right after the word of calling."""
    w = toks[hit.i]
    if w[:1] != "و" or w[1:].startswith("ال") or len(w) < 3:
        return False
    starts = {h.i for h in hits if h is not hit}
    for k in range(hit.i - 1, max(0, hit.i - 1 - reach), -1):
        t = toks[k]
        if t in _ENDS or t in _OPENERS or t in ("،", ",") or k in starts and t[:1] != "و":
            return False
        if t[:1] in ("ب", "ل") and not t[1:].startswith("ال") and toks[k - 1].removeprefix("و") in _CALL:
            return not any(x in _ANSWER for x in toks[max(0, k - 3):k - 1])
    return False


def called_for(hit: TriggerHit, hits: list[TriggerHit], toks: list[str]) -> bool:
    """The act at `hit` is what a word of calling further back in its clause asks for (see the module's note)."""
    if hit.trigger.type == "REQUEST":
        return False
    if toks[hit.i][:1] == "و":
        return hit.strip > 0 and _later_conjunct(hit, hits, toks)  # (not وقف, whose و is the root's)
    found = _preposition(toks, hit)
    if found is None:
        return False
    p, prep = found
    if prep == "":
        return not any(x in _ANSWER for x in toks[max(0, p - 3):p - 1])
    others = {h.i for h in hits if h.trigger.type != "REQUEST" and h is not hit}
    for k in range(p - 1, max(-1, p - 1 - _REACH), -1):
        t = toks[k]
        if t in _ENDS or t in _OPENERS or t.removeprefix("و") in _OPENERS or k in others or t in ("،", ",") and (
                prep in ("ل", "ب") or toks[k + 1][:1] == "و" and toks[k + 1].removeprefix("و") not in _CALL):
            return False  # (an attached لـ / بـ past a comma is another word's: استكمالا لمسيرة العودة)
        w = t.removeprefix("و")
        if w in _CALL:
            if prep == "علي" and w not in _URGE or k > 0 and toks[k - 1] == "حزب" \
                    or k + 1 < p and toks[k + 1] in _CONVENED:
                return False  # (الاجتماع الذي دعا إليه الملك لبحث: a meeting convened, its own purpose)
            return not any(x in _ANSWER for x in toks[max(0, k - 2):k])
    return False
