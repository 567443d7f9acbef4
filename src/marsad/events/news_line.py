"""An attack told on its sentence's main line is that sentence's news, whatever the sentence check's news head says.

The news head (events/sentence_check) reads the whole sentence and often calls an attack background when the
sentence also names its toll, its place or its teller at length. A finite verb of attack that opens its clause —
at the sentence's start, after a comma or a colon, after إن / أن of a teller (قال الجيش إن طائراته قصفت، وقتل 150
مدنيا) — or follows its subject there (أكد أن دبابات روسية فتحت النار), and the noun of an attack a finite verb of
carrying out takes as its object in that place (ونفذ الجيش ضربة جوية، وجهت القوات ضربات، قامت الجماعة بخطف), tell
the attack itself, not its context: a relative clause (الذي اغتالته), a clause of time or cause (بعد خطف، عند
اغتيال), a noun's genitive (أعمال قتل، جرائم اغتصاب وقتل) or a verbal noun (شن ضربات، تنفيذ هجمات) opens
none of them, and their background stays; nor does a clause of fear (تخشى من أن تدمر) or a note of what is
known (يذكر أن). A verb in the present tells the attack only at the sentence's start (a headline: الجيش يقصف); further
on it is a habit or a stance (تقول أنقرة إنها تستهدف، وتطلق النار بما يتماشى مع). An attack its clause dates by a
month, a year or a span of months or years (في نوفمبر من العام 2016، خلال السنوات الماضية، في الأشهر الأخيرة) is
recalled, and the news head's background stands. Only the news head's verdict is read here: the rules' own
background (قد، كان، الذي right before the trigger: events/modality) is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.events.cues import ADVERBS, RELATIVES, SAID_THAT
from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm_words

TYPES = frozenset({"ASSAULT"})
# what opens a clause right before its verb or its subject (the sentence's start, a comma, a teller's إن / أن)
_OPENERS = SAID_THAT | norm_words("""، , : ؛ ; « » " - – ـ ( ) كما فيما بينما""")
_BREAKS = norm_words("""، , : ؛ ; . ( )""")
_ENDS = norm_words(""": ؛ ; .""")
# finite verbs of carrying out an attack, whose object is its noun (نفذ الجيش ضربة، قامت الجماعة بخطف)
_CARRY = norm_words("""شن شنت شنوا شنا يشن تشن يشنون نفذ نفذت نفذوا نفذا ينفذ تنفذ ينفذون وجه وجهت وجهوا يوجه
    توجه""")
_CARRY_WITH_BI = norm_words("قام قامت قاموا قاما يقوم تقوم يقومون")
# finite verbs of result whose subject is the attack (أسفر هجوم انتحاري عن مقتل، أوقع انفجار سيارة مفخخة قتلى)
_RESULT = norm_words("""اسفر اسفرت ادى ادت اوقع اوقعت خلف خلفت اودى اودت""")
# a claim of the attack by its author (تبنت الحركة المسؤولية عن عملية تفجير، أعلن التنظيم مسؤوليته عن الهجوم)
_CLAIM = norm_words("تبنى تبنت تبنوا اعلن اعلنت اعلنوا")
_ITS_CHARGE = norm_words("المسؤوليه مسؤوليه مسؤوليته مسؤوليتها مسؤوليتهم")
_OPERATION = norm_words("عمليه عمليات العمليه")
# words of a count that a subject opens with (أن بين 30 و35 شخصا قتلوا، أن نحو 70 صاروخا أطلقت): no part of its length
_COUNT = norm_words("بين نحو حوالي زهاء قرابه")
# what makes a clause opened by أن no teller's: one of time (قبل أن يفجر نفسه، إلى أن فجر), of fear (تخشى من أن),
# a note of what is known (يذكر أن، يشار إلى أن)
_NOT_TELLER = norm_words("قبل بعد الى حتى منذ عقب لدى دون بدون من يذكر ويذكر يشار ويشار")
_GAP = 4  # words a subject may take between a verb of carrying out and its object
_SUBJECT = 3  # words an uncoded subject may take between the opening and its verb
# words no subject right before its verb holds: a relative, a preposition, a noun of a set or a kind of act, a word
# of time or condition (seen through و / ف: والتي، وكانت)
_NOT_SUBJECT = RELATIVES | _NOT_TELLER | norm_words("""في من عن على الى مع عند خلال اثناء جراء اثر عقب ضد حول
    نحو اعمال عمليات عمليه جرائم جريمه حوادث ما لا لم لن قد كان كانت عندما حين حينما لما اذ اذا لو كلما حيث ثم""")
# what dates a clause before the news: a span of months or years, a month or a year called past or last
_SPANS = norm_words("السنوات الاشهر الشهور الاعوام سنوات اشهر شهور اعوام")
# (a year, a month or a span right after it starts a span, and dates nothing: الأولى منذ 2003، حملة مستمرة منذ أشهر)
_SINCE = norm_words("منذ")
_PAST_UNIT = norm_words("الشهر العام السنه")
_PAST = norm_words("الماضي الماضيه المنصرم الاخيره")
# 'ago' of a year or months: قبل عام، قبل ثلاثة أشهر
_AGO = norm_words("قبل")
_UNITS = norm_words("عام عامين اعوام سنه سنتين سنوات شهر شهرين اشهر شهور")
_MONTHS = MONTH_WORDS - {"اب"}  # (أب: also a father)
_REACH = 16  # words after the trigger its clause's dating is read in


def on_main_line(toks: list[str], i: int, verbal: bool, subjects: dict[int, int]) -> bool:
    """The trigger at token i tells an attack on its clause's main line, not dated before the news. `subjects` maps
    the token end of each coded mention in the sentence to its start (a subject right before its verb)."""
    at = i if verbal and _bare(toks[i])[:1] not in ("ب", "ل") else -1 if verbal else _carrier(toks, i)
    if at < 0 and not verbal:
        at = _result_or_claim(toks, i)
    if at < 0:
        return False
    k = at - 1
    while k >= 0 and toks[k] in ADVERBS:  # (قصفت أمس، وكانت قد ...: قد is the rules' background, not read here)
        k -= 1
    opener = _opener(toks, k, subjects)
    if opener is None or opener >= 0 and _bare(toks[at])[:1] in ("ي", "ت"):
        return False  # (a present verb: only a headline's, at the sentence's start)
    return not _dated(toks, opener, i)


def _opener(toks: list[str], k: int, subjects: dict[int, int]) -> int | None:
    """Where the clause of the verb right after k opens (-1: the sentence's start), or None: no main clause."""
    if k < 0 or toks[k] in _OPENERS:
        return k if _opens(toks, k) else None
    start = subjects.get(k + 1)  # أكد أن القوات الروسية أسقطت: the subject right before the verb
    if start is not None and (start == 0 or toks[start - 1] in _OPENERS and _opens(toks, start - 1)):
        return start - 1
    words, n = 0, k
    while n >= 0 and words < _SUBJECT:  # أن قنبلة انفجرت، بأن جنودا متمردين أطلقوا: words no one codes
        if toks[n] in _OPENERS:
            return n if _opens(toks, n) else None
        if _count_word(toks, n):  # (أن بين 30 و35 شخصا قتلوا: the figures of a count add no length)
            n -= 1
            continue
        if _bare(toks[n], ("و", "ف")) in _NOT_SUBJECT or toks[n][:1] in ("ب", "ل", "ك") and toks[n][1:3] == "ال":
            return None
        words, n = words + 1, n - 1
    return -1 if n < 0 else None  # (a subject opening the sentence: قنبلة انفجرت)


def _count_word(toks: list[str], n: int) -> bool:
    """A figure (30، و35) or a word of a count right before a figure (بين 30، نحو 70)."""
    w = _bare(toks[n])
    return w.isdigit() or toks[n] in _COUNT and n + 1 < len(toks) and _bare(toks[n + 1]).isdigit()


def _opens(toks: list[str], k: int) -> bool:
    """The opener at k (or the sentence's start) opens a main clause or a teller's, not one of time or fear."""
    return k < 1 or toks[k] not in SAID_THAT or _bare(toks[k - 1], ("و", "ف")) not in _NOT_TELLER  # (وبعد أن)


def _dated(toks: list[str], opener: int, i: int) -> bool:
    """The clause is dated by a month, a year or a span: in what the sentence fronts before its opening comma
    (وفي أبريل الماضي، اغتال), between its opening and the trigger, or after the trigger up to the clause's end."""
    k = opener
    while k > 0 and toks[k - 1] not in _BREAKS and opener - k < _REACH:
        k -= 1
    front = toks[k:opener] if opener >= 0 and toks[opener] in _BREAKS else []
    end = i + 1  # (past the commas that set off a subject: واختطفت الميليشيا، الصيدلي في نوفمبر من العام 2016)
    while end < len(toks) and toks[end] not in _ENDS and end - i <= _REACH:
        end += 1
    words = front + toks[opener + 1:i] + toks[i + 1:end]  # (ففي عام 2006 قتل: between the opening and the verb too)
    return any((w in _MONTHS or len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") or w in _SPANS) and not (
        n and words[n - 1] in _SINCE or n > 1 and words[n - 2] in _SINCE)
        or w in _PAST_UNIT and n + 1 < len(words) and words[n + 1] in _PAST
        or w in _AGO and n + 2 < len(words) and _UNITS & {words[n + 1], words[n + 2]} for n, w in enumerate(words))


def _bare(w: str, joined: tuple[str, ...] = ("و",)) -> str:
    """The word past a joined و (والتي، وكانت، وتطلق), or another conjunction given (ففي، فقد)."""
    return w[1:] if w[:1] in joined and len(w) > 2 else w


def _carrier(toks: list[str], i: int) -> int:
    """The token of the finite verb of carrying out whose object the attack noun at i is, or -1."""
    for k in range(i - 1, max(-1, i - 2 - _GAP), -1):
        w = toks[k]
        base = w[1:] if w[:1] in ("و", "ف") and w[1:] in _CARRY | _CARRY_WITH_BI else w
        if base in _CARRY or base in _CARRY_WITH_BI and toks[i].startswith("ب"):
            return k
        if w in _OPENERS:
            return -1
    return -1


def _result_or_claim(toks: list[str], i: int) -> int:
    """The token of the finite verb of result whose subject the attack noun at i is (أسفر هجوم انتحاري عن، وأدى
    انفجار سيارة مفخخة إلى), or of the verb claiming it (claimer), or -1."""
    if i > 0 and _bare(toks[i - 1], ("و", "ف")) in _RESULT:
        return i - 1
    return claimer(toks, i)


def claimer(toks: list[str], i: int) -> int:
    """The token of the finite verb claiming the attack noun at i (تبنت الحركة المسؤولية عن عملية تفجير، أعلن
    التنظيم مسؤوليته عن الهجوم), or -1. Not a verbal noun of a claim (إعلان مسؤوليته: its clause is another's)."""
    j = i - 1 if i > 0 and toks[i - 1] in _OPERATION else i
    if j < 2 or toks[j - 1] != "عن" or toks[j - 2] not in _ITS_CHARGE:
        return -1
    for k in range(j - 3, max(-1, j - 3 - _GAP), -1):
        if _bare(toks[k], ("و", "ف")) in _CLAIM:
            return k
        if toks[k] in _OPENERS:
            return -1
    return -1


def mention_ends(spans: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Token end -> start of the coded mentions of a sentence (the longest one ending there)."""
    out: dict[int, int] = {}
    for a, b in spans:
        if b > a and (b not in out or a < out[b]):
            out[b] = a
    return out
