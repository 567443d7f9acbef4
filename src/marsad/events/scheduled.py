"""What dates an act's noun ahead (events/modality's checks after the trigger): a word of what is to come after
it (زيارة مقبلة، القمة المرتقبة، زيارة الرئيس المرتقبة), its own verb of taking place in the future (القمة بين
الرئيسين ستعقد), a possible event (القمة المحتملة، قمة قد تعقد), من المقرر أن further back in its clause, and a date
to come in its clause (coming_after: اجتماع الأسبوع المقبل); also the clause-break, complementiser and governing-verb
words events/modality shares."""

from __future__ import annotations

from marsad.events.cues import WHICH
from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm_words

THAT = frozenset({"ان", "انه", "انها", "انهم"})  # (the أن of a clause)
CLAUSE_BREAK = frozenset({"،", ",", "؛", ";", ":", "(", ")", "و", "ثم", "لكن", "بينما", "فيما"})
# present-tense verbs that govern an act's noun (فرض عقوبات، شن غارات، أجرى مباحثات): with س they make it future
GOVERNING = norm_words("""يفرض تفرض نفرض يشن تشن نشن يجري تجري نجري يعقد تعقد نعقد يقدم تقدم نقدم يوجه توجه نوجه يعيد
    تعيد نعيد يبدا تبدا نبدا يتخذ تتخذ نتخذ يرسل ترسل نرسل ينفذ تنفذ ننفذ يطلق تطلق نطلق يوقع توقع نوقع يقوم تقوم
    نقوم ينظم تنظم ننظم يصدر تصدر نصدر يجرون يشنون يفرضون يقومون ينظمون يعقدون يعلن تعلن نعلن يعلنون""")


_COMING = norm_words("""القادم القادمه المقبل المقبله المرتقب المرتقبه المزمع المزمعه المنتظر المنتظره لاحقه اللاحقه
    مرتقب مرتقبه مزمع مزمعه المتوقع المتوقعه متوقع متوقعه""")  # (زيارة مرتقبة لتونس، قمة من المتوقع أن: awaited)
_NEXT = (["مقبل"], ["مقبله"])  # right after the noun only (زيارة مقبلة; not أشاد بزيارة مقبلة: the praise was made)
# a noun of an event said to be only possible (القمة المحتملة بين ...، عقوبات محتملة): not taken place
_POSSIBLE = norm_words("المحتمل المحتمله محتمل محتمله المحتملين المفترض المفترضه المقترح المقترحه مقترحه")


_SCHEDULED = norm_words("المقرر المتوقع المزمع المنتظر")
# an act's noun as the subject of قد + a present verb that carries it out (قمة قد تعقد في النمسا، هجمات قد يشنها
# القراصنة، عملية عسكرية قد ينفذها الجيش): it may happen, it has not
_MAY_CARRY = GOVERNING | norm_words("يستهدف تستهدف")
MAY_STOP = norm_words("من في الي علي مع عن بين بعد قبل")


def _may_follow(toks: list[str], i: int) -> bool:
    for k in range(i + 1, min(len(toks) - 1, i + 4)):
        t = toks[k]
        if t == "قد":
            v = toks[k + 1]
            return any(v.endswith(p) and v[:len(v) - len(p)] in _MAY_CARRY for p in ("", "ه", "ها", "هم"))
        if t in CLAUSE_BREAK or t in (".", "؛") or t in MAY_STOP:
            return False
    return False


def _partners_then_future(toks: list[str], i: int, reach: int = 8) -> bool:
    """The noun with its partners, then its own verb in the future, in one clause (القمة بين الرئيسين ستعقد في
    سنغافورة، الاجتماع مع نظيره سيعقد في أنقرة) — not a verb with و, which starts another clause (عقد اجتماعا مع
    نظيره وسيعقد مؤتمرا)."""
    if i + 1 >= len(toks) or toks[i + 1] not in ("بين", "مع"):
        return False
    for k in range(i + 2, min(len(toks), i + 2 + reach)):
        t = toks[k]
        if t in CLAUSE_BREAK or t in (".", "؛", ":") or t in _TOPIC:
            return False  # (محادثات مع البرلمان بشأن نظام جديد سيعيد ...: the verb is the topic's)
        if t[:1] == "س" and t[1:] in _HELD:
            return True
    return False


def _coming_past_genitive(toks: list[str], i: int, reach: int = 7) -> bool:
    """A noun in construct, its genitive (a visitor's title and name), then a definite adjective of what is to come
    that agrees with it (زيارة الرئيس المصري عبد الفتاح السيسي المرتقبة، لقاء الوزيرين المقبل): still to come. Not
    past a comma, a preposition or another clause's opener."""
    w = toks[i].removeprefix("و")
    if w.startswith(("ال", "بال", "لل", "كال")) or i + 2 >= len(toks):
        return False
    feminine = w.endswith(("ه", "ات"))
    for k in range(i + 2, min(len(toks), i + 2 + reach)):
        t = toks[k]
        if t in CLAUSE_BREAK or t in (".", "؛", ":", "،", ",") or t in _OTHER_CLAUSE or t in _TOPIC or t in _PREPS:
            return False
        if t in _COMING and t.startswith("ال") and t not in _ARRIVING:  # (not a time's: حتى نهاية الشهر المقبل)
            return t.endswith("ه") == feminine and toks[k - 1] not in _TIME_NOUNS
    return False


_PREPS = norm_words("في الى على من مع ب ل عن حتى منذ خلال")
_ARRIVING = norm_words("القادم القادمه")  # (also "arriving": استقبل الرئيس المصري الوفد القادم من X)
_HELD = norm_words("يعقد تعقد ينعقد تنعقد يجري تجري يبدا تبدا ينطلق تنطلق يستانف تستانف يتم تتم")  # take place
_TOPIC = norm_words("بشان حول عن لبحث لمناقشه")
# words that open another clause or phrase whose verb is not the noun's (حيث ستجري محادثات، بعد أن ستعقد)
_OTHER_CLAUSE = norm_words("حيث عندما بعد قبل لكن بينما فيما اذا كما الذين ان انه انها")


def _subject_then_held(toks: list[str], i: int, reach: int = 10) -> bool:
    """The act's noun, its genitive and a relative clause after it, then its own verb of taking place in the future,
    in one clause (زيارة الرئيس لبريطانيا التي تأجلت طويلا ستجري هذا الأسبوع، الانتخابات المبكرة ستنطلق): still
    to come. Not across a comma, a topic (بشأن) or another clause's opener, and not the relative's own verb."""
    relative = False
    for k in range(i + 1, min(len(toks), i + 1 + reach)):
        t = toks[k]
        if t in CLAUSE_BREAK or t in (".", "؛", ":", "!", "؟") or t in _TOPIC:
            return False
        if t in WHICH:
            relative = True  # (the verb right after it is the relative clause's)
            continue
        if t in _OTHER_CLAUSE:
            return False
        if t[:1] == "س" and t[1:] in _HELD:
            return not (relative and toks[k - 1] in WHICH)
    return False


def scheduled_before(toks: list[str], i: int, reach: int = 18) -> bool:
    """من المقرر أن / من المتوقع أن earlier in the trigger's clause (not across a comma, a full stop or a relative)."""
    for k in range(i - 1, max(-1, i - reach), -1):
        if toks[k] in ("،", ",", ".", "؛", ";", ":") or toks[k] in WHICH:
            return False
        if toks[k] in _SCHEDULED and k + 1 < i and toks[k + 1] in THAT:
            return True
    return False



_TIME_NOUNS = norm_words("""الاسبوع الشهر العام السنه الاسابيع الاشهر الشهور الايام الفتره الصيف الشتاء الخريف الربيع
    الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت""") | MONTH_WORDS
_PAST_TIME = norm_words("الماضي الماضيه امس المنصرم المنصرمه الفائت الفائته سابق السابق")
# an act under way until a date to come (احتجاجات تنتهي في مايو المقبل، إضراب يستمر حتى الأحد المقبل): not ahead
_UNTIL = norm_words("حتي لغايه غايه تنتهي ينتهي تستمر يستمر تتواصل يتواصل")
# a relative after a place or a partner is theirs (اعتصام أمام المستودع الذي ستباع فيه): not the noun's own
_PLACE_PREPS = norm_words("في الي مع امام علي من عن داخل قرب لدي")
# a demonstrative points back to an act already told (هذه التظاهرات): a date after it is another verb's
_THIS = norm_words("هذه هذا تلك ذلك هذين هاتين")


def coming_after(toks: list[str], j: int) -> bool:
    """A noun of an event (قمة، اجتماع، زيارة، محادثات، إضراب، وقفة) whose clause dates it to come: الأسبوع المقبل,
    منتصف يونيو المقبل, يوم الأربعاء القادم, or a relative clause in the future (القمة التي ستجمع ...) — unless a
    past date comes first (اجتماع الأسبوع الماضي لبحث خطة الشهر المقبل) or it lasts until then. A date does not
    date a noun after a demonstrative, one already told (ترتفع وتيرة هذه التظاهرات يوم ... المقبل)."""
    told = any(t in _THIS for t in toks[max(0, j - 3):j])
    for k in range(j, min(len(toks), j + 14)):
        t = toks[k]
        if t in (".", "؛", ":") or t in _PAST_TIME or t in _UNTIL:
            return False
        if t in _COMING and k > 0 and toks[k - 1] in _TIME_NOUNS and not told:
            return True
        if t in WHICH and k - j <= 3 and k + 1 < len(toks) and toks[k + 1][:1] == "س" and len(toks[k + 1]) > 3 \
                and not any(w in _PLACE_PREPS for w in toks[j:k]):
            return True
    return False


def named_ahead(toks: list[str], i: int) -> bool:
    """A word of what is to come right after the noun (اجتماعه القادم، القمة المرتقبة، زيارة مقبلة) or past its
    genitive (زيارة الرئيس المرتقبة)."""
    return any(t in _COMING for t in toks[i + 1:i + 3]) or toks[i + 1:i + 2] in _NEXT or _coming_past_genitive(toks, i)


def held_ahead(toks: list[str], i: int) -> bool:
    """The noun, its partners or its genitive and relative clause, then its own verb of taking place in the future."""
    return _partners_then_future(toks, i) or _subject_then_held(toks, i)


def only_possible(toks: list[str], i: int) -> bool:
    """A possible event (القمة المحتملة، قمة قد تعقد): it may happen, it has not."""
    return any(t in _POSSIBLE for t in toks[i + 1:i + 3]) or _may_follow(toks, i)
