"""An act's noun in the complement of a future verb further back in its clause than events/modality's window and
outside its lists of verbs — ستمكّن المنظومة الجيش من شن غارات، سيسمح للمحققين بحضور استجواب، سيتحملون مسؤولية
منع، متى سيحدث الهجوم — is still to come, not counted. Not an act the verb deals with as done: answered, looked into,
discussed, judged, carried on or remembered (سترد على الهجوم، ستحقق في الهجوم، سيواصلون الإضراب، سيزور أسر ضحايا
الهجوم), nor past a clause opener, a relative, a comma or a word of time or cause (سيعقد اجتماعا بعد الهجوم)."""

from __future__ import annotations

from marsad.events.cues import WHICH
from marsad.text.normalize import norm, norm_words

# the stems (after the prefixes س + ي / ت / ن) of verbs whose complement may be an act already done or under way
_DEALS_WITH = tuple(norm(w) for w in (
    "رد", "حقق", "ناقش", "بحث", "دين", "ندد", "عاقب", "حاكم", "واصل", "ستمر", "تابع", "حيي", "نظر", "كشف", "علن",
    "قدم", "نشر", "عرض", "درس", "راجع", "طلع", "بلغ", "قول", "وكد", "تحدث", "تناول", "عوض", "دفع", "تضامن", "شيد",
    "حمل", "ستنكر", "رفض", "نفي", "صف", "عتبر", "تهم", "لاحق", "ستكمل", "ستانف", "تواصل", "بقي", "ظل", "زور", "لتقي",
    "ستقبل", "طالب", "سال", "عود", "ذكر", "شرح", "وضح", "خبر", "تذكر", "حاسب", "ثار", "غطي", "صور", "وثق", "رصد",
    "تعامل", "عالج", "تجاوز", "نسي", "غفر", "طوي", "نهي", "وقف", "ختتم", "نتهي", "كمل", "متد", "وثر", "نعكس"))
# words that name what follows as done, its aftermath or its victims (ضحايا الهجوم، ذكرى المجزرة، منفذي الهجوم)
_AFTERMATH = norm_words("""ضحايا ضحيه اسر عائلات ذوي ذكري ذكرى تداعيات اثار نتائج منفذي منفذ مرتكبي مرتكب ملابسات خلفيه
    عقب بعد اثر إثر منذ اعقاب جراء بسبب خلال اثناء اعمال حصيله المسؤولين المسؤول المتورطين المتهمين مصابي جرحي قتلي
    تهمه بتهمه قضيه ملف تحقيق التحقيق التحقيقات تحقيقات صور فيديو تقرير تقارير قرار قرارات بقرار لقرار المستهدفه
    المستهدفين المستهدف المتضرره المتضررين المشموله معالجه لمعالجه التصدي للتصدي مواجهه لمواجهه مكافحه لمكافحه
    امتثالا تنفيذا وفقا طبقا استجابه تلبيه ردا نظرا تبعا خلافا خضوعا التزاما احتراما تطبيقا""")
# a demonstrative, or a time it is told alongside, points to an act already told (هذه الزيارة، تزامنا مع الزيارة)
_THIS = norm_words("هذه هذا تلك ذلك هذين هاتين")
_ALONGSIDE = norm_words("تزامنا بالتزامن تزامن وتزامنا")
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_STOPS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")", "-", "–", "—"}) | _QUOTES | WHICH \
    | norm_words("""ان انه انها انهم بان بانه بانها لان الذين حيث عندما حين بعدما فيما بينما لكن ولكن اذا كما لو
    علي عن ضد
    بشان حول امس الماضي الماضيه لحين حتي ريثما نحن هو هي هم انا انت""")
_WAS = norm_words("كان كانت كانوا وكان وكانت وكانوا")


def _future_in_past(toks: list[str], k: int, reach: int = 16) -> bool:
    """كان X قد قال إنه سيفعل: a future told from a past report, which may have come since (the sentence does not
    say)."""
    return any(toks[m] == "قد" and any(w in _WAS for w in toks[max(0, m - 4):m]) for m in range(max(0, k - reach), k))


# words in س + ي / ت / ن that are nouns or names, not future verbs (سيطرة، سياسة، ستة، سنوات، سنغافورة، سيرغي)
_NOT_FUTURE = tuple(norm(w) for w in (
    "سيطر", "سياس", "سياح", "سيار", "سياد", "سيئ", "سيول", "ستين", "ستون", "ستار", "سته", "ستيف", "ستال",
    "سنغاف", "ستراس", "ستوك", "سنو", "سنه", "سنتي", "سنتر", "ستراتيج", "سيناء", "سيناري", "سينما", "سيده",
    "سيدات", "سيدي", "سيمون", "سيتي", "سياتل", "سيجار", "سيبير", "ستوديو", "ستاد",
    "سيرغ", "سيرج", "سيلف", "سيلين", "سيريل", "سيمو", "سيزار", "سيغول", "سيباست", "ستاني", "ستانل"))


def _other_verb(t: str) -> bool:
    """A present verb of its own between the future verb and the act (ستأتي لتستكمل الجهود): its complement."""
    t = t.removeprefix("و").removeprefix("ل")
    return t.startswith(("يست", "تست")) and len(t) > 5 or t[:1] == "ي" and len(t) > 3 and not t.startswith("يوم")


def _circumstantial(t: str) -> bool:
    """An indefinite participle in the accusative (ملوحا، داعيا، مطالبا): the subject's manner as it spoke, no
    complement of the verb."""
    t = t.removeprefix("و")
    return len(t) >= 5 and t.endswith("ا") and (t[0] == "م" or t[1] == "ا")


def _future_stem(t: str) -> str | None:
    """The stem of a future verb (وسيسمح → سمح، ستمكن → مكن), None for a word that is not one."""
    t = t[1:] if t[:1] in ("و", "ف") and len(t) > 4 else t
    if t in ("سيتم", "ستتم"):
        return "تم"  # (سيتم تنظيم وقفة ... احتجاجا: the short passive auxiliary)
    if len(t) < 5 or t[0] != "س" or t[1] not in ("ي", "ت", "ن") or t.startswith(_NOT_FUTURE):
        return None
    stem = t[2:]
    for end in ("ون", "ان", "ه", "ها", "هم", "نا"):
        if stem.endswith(end) and len(stem) - len(end) >= 2:
            return stem[:-len(end)]
    return stem


def _told_done(toks: list[str], i: int) -> bool:
    """A relative clause right after the act, or after its adjective, whose verb is past (الحصار الذي تعرضت له
    المدن، الهجوم الذي نفذه X): the act took place."""
    for k in range(i + 1, min(len(toks) - 1, i + 3)):
        if toks[k] in WHICH:
            w = toks[k + 1]
            return w[:1] not in ("س", "ي", "ن") and (w[:1] != "ت" or w.endswith("ت"))
    return False


def future_governed(toks: list[str], i: int, reach: int = 13) -> bool:
    """A future verb earlier in the noun's clause, within `reach` words, with nothing between that ends the clause,
    names the act as done or makes it what the verb deals with (see the module's note)."""
    if _circumstantial(toks[i]) or _told_done(toks, i) or i > 0 and toks[i - 1] in _THIS \
            or i > 1 and toks[i - 1] == "مع" and toks[i - 2] in _ALONGSIDE:
        return False
    k = i
    while k > max(0, i - 1 - reach):
        k -= 1
        t = toks[k]
        if t in _QUOTES:  # a short quoted name between them is skipped (منظومة "إس 500" الجيش), and so is the
            # quote mark opening the act's own phrase (بإصدار "أمر وقف الاتصالات")
            m = next((m for m in range(k - 1, max(-1, k - 5), -1) if toks[m] in _QUOTES), k)
            if m == 0:
                return False
            k = m - 1
            t = toks[k]
        if t in _STOPS or t.removeprefix("و") in _STOPS or t in _AFTERMATH or _other_verb(t) \
                and not (k > 0 and toks[k - 1] == "سوف"):
            return False
        stem = _future_stem(t) if t != "سوف" else toks[k + 1][1:] if k + 1 < i else None
        if stem is not None:
            return stem != "" and not stem.startswith(_DEALS_WITH) and not _future_in_past(toks, k) \
                and not (k + 1 < i and toks[k + 1] == "من" and stem.startswith("حذر"))
    return False


# verbs a meeting or visit that has not begun yet takes as its own (ستعقد، ستشهد، ستستغرق يومين، ستتناول الملفات)
_MEETING_VERBS = tuple(norm(w) for w in (
    "عقد", "نعقد", "جري", "تم", "بدا", "نطلق", "شهد", "تضمن", "شمل", "ستغرق", "تناول", "ركز"))


def meeting_then_future(toks: list[str], i: int, reach: int = 16) -> bool:
    """A meeting's or visit's noun opening a long subject — its adjective, its partners (بين X وY), its place — then
    its own verb of taking place or of what it holds in the future (القمة التاريخية بين الرئيسين ستعقد على الأرجح في
    X، الزيارة ستشهد توقيع اتفاقات): still to come. Not past a comma, a clause opener or a relative (its own verb),
    nor after a demonstrative (هذه الزيارة ستسهم: one under way)."""
    if i > 0 and toks[i - 1] in _THIS:
        return False
    for k in range(i + 1, min(len(toks), i + 1 + reach)):
        t = toks[k]
        if t in ("،", ",") and k + 1 < len(toks) and _future_stem(toks[k + 1]) is not None \
                or t == "ان" and k + 1 < len(toks) and toks[k + 1][:1] == "و":
            continue  # (the long subject closed by a comma: ..., ستشمل; a name's إن before و: مون جيه إن والزعيم)
        if t in _STOPS or t.removeprefix("و") in _STOPS or _other_verb(t):
            return False
        stem = _future_stem(t)
        if stem is not None:
            return stem.startswith(_MEETING_VERBS) and not _future_in_past(toks, k)
    return False
