"""Acts a clause tells as planned, expected or only supposed, in constructions events/modality, events/unrealised
and events/ahead do not read. Future: a visit's programme in the present (في زيارة تستغرق يومين، يلتقي خلالها
العاهل; ويلتقي X خلال الزيارة الرئيس — a programme done is told in the past, التقى خلالها), and the purpose
after لـ of such an act (لبحث العلاقات: purpose_mood); a visit after في / خلال whose clause's verb is future
(سيعود إلى المنطقة في جولة، وفي زيارته التي تستمر أربعة أيام سيبحث); an act من المنتظر / من المقرر names with
its verbal noun rather than أن (من المنتظر عودة الوفود لاستكمال المحادثات); a present verb describing the
indefinite object of a future verb (سيوجه مراسلة يطالبه فيها، سيناقشون اتفاقا يعرض على إيران); a sign of it, its
nearness or its arranging right before it (مؤشرات بانعقاد قمة، قرب سيطرتها، ترتيب الهجوم); what is awaited
(تنتظر وصولهم للشروع في التشاور). Conditional: what is feared, owed or not to be allowed (خشية أن تقوم
باعتقالهم، كان على X أن ترسل طلبا، لن نسمح أن تعارض), proposed, required or drafted (يقترح المشروع ... تمديد
فترة توقيف، القرار يوجب توقيف، وأضافت المسودة أن المجلس يدعو), called on by name (داعيا إياه زيارة تونس) or made
conditional (رهن موافقته على ... بـ), an onset to be prevented (منع وقوع هجوم آخر), an act in a phrase opened by
أي that is the subject of what may or will follow (إن أي هجوم ... واستخدام للأسلحة الكيماوية قد يؤدي إلى), and
an act met with a response in the future (وأن مهاجمتها ستواجه برد قوي). Also: a visit in a في phrase opening its
clause, set off by a comma before a future verb (في أول زيارة له إلى أفريقيا، سيتوجه), an act whose course is
expected (توقع الرئيس استمرار التهديدات), a meeting set in advance (المحادثات المحددة سلفا): future; carrying it out
prevented (يمنع شن الحكومة هجوما) and what a submitted proposal is for (تقدموا بمبادرة لتقديم مساعدات):
conditional. The event stays coded, not counted."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.cues import WHICH
from marsad.events.record import Event
from marsad.text.normalize import norm_words

_BREAK = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")", '"', "«", "»"})
_QUOTES = frozenset({'"', "«", "»"})
_OPENERS = WHICH | norm_words("""ان انه انها انهم بان بانه بانها لان الذين حيث عندما حين بعد بعدما قبل فيما بينما
    لكن ولكن اذا لو كما منذ""")

# a visit's or a tour's time (خلالها، خلال الزيارة، أثناء جولته): what a verb in the present is to do during it
_DURING = norm_words("خلالها خلاله خلالهما اثناءها اثناءه")
_DURING_PREP = norm_words("خلال اثناء")
_VISITS = norm_words("""الزياره زيارته زيارتها زيارتهم زيارتهما الجوله جولته جولتها جولتهم الرحله رحلته رحلتها
    القمه اللقاء الاجتماع""")


def _present(w: str) -> bool:
    """A present verb in ي (يلتقي، ويبحث), not a future one (سيلتقي: events/modality reads it) nor a noun (يوم);
    a word in ت may be a verbal noun (تعزيز، تنظيم), so only a trigger read as a verb is taken in ت or ن."""
    w = w.removeprefix("و").removeprefix("ف")
    return len(w) > 3 and w[0] == "ي" and not w.startswith("يوم")


def _programme(toks: list[str], i: int, verbal: bool, reach: int = 6) -> bool:
    """A present verb followed within its clause by خلال + a visit's noun (ويلتقي X خلال الزيارة), or by خلالها
    after a visit's or a tour's noun shortly before (في زيارة تستغرق يومين، يلتقي خلالها): a visit's programme, still
    to come. Not من خلالها, 'by means of it' (مراسلة يطلب من خلالها: a letter's content)."""
    if not verbal or toks[i].removeprefix("و")[:1] not in ("ي", "ت", "ن"):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + reach)):
        t = toks[k]
        if t in _BREAK or t in _OPENERS or t == "من":
            return False
        if t in _DURING_PREP and k + 1 < len(toks) and toks[k + 1] in _VISITS:
            return True
        if t in _DURING:
            return any(w.removeprefix("ب").removeprefix("ال") in _VISIT_NOUNS for w in toks[max(0, i - 12):i])
    return False


_EXPECTED = norm_words("المنتظر المقرر المتوقع المرتقب المزمع المفترض")
_THAT = norm_words("ان انه انها انهم")


def _expected_noun(toks: list[str], i: int, reach: int = 12) -> bool:
    """من المنتظر / من المقرر + a verbal noun (not أن) earlier in the trigger's clause, no comma between (ومن المنتظر
    عودة الوفود إلى القاهرة لاستكمال المحادثات): still to come. (With أن: events/modality.)"""
    for k in range(i - 1, max(0, i - reach), -1):
        t = toks[k]
        if t in _BREAK:
            return False
        if t in _EXPECTED and toks[k - 1].removeprefix("و") == "من":
            # (not a verbal noun with a pronoun, which describes the noun before: مذكرة من المقرر صدورها)
            return k + 1 == i or toks[k + 1] not in _THAT and not toks[k + 1].endswith(("ها", "هم", "هما"))
    return False


def _future(w: str) -> bool:
    """A verb with the future prefix (سيوجه، وسيناقشون), not a noun in س (سياسة، سيطرة، ستة)."""
    w = w.removeprefix("و").removeprefix("ف")
    return len(w) >= 5 and w[0] == "س" and w[1] in ("ي", "ت", "ن") and not w.startswith((
        "سيطر", "سياس", "سياح", "سيار", "سياد", "سيول", "ستين", "ستون", "ستار", "سته", "سنو", "سنه", "سنغاف",
        "سيناء", "سينار", "سيد", "سير", "سيم"))


def _object_of_future(toks: list[str], i: int, verbal: bool, reach: int = 10) -> bool:
    """A present verb right after an indefinite noun (or its short phrase) that a future verb earlier in the clause
    governs: the clause describes what is still to come (سيوجه مراسلة لرئيس المجلس يطالبه فيها، سيناقشون اتفاقا
    جديدا يعرض). Not past another verb, a comma or a clause opener."""
    if not verbal or toks[i][:1] not in ("ي", "ت", "ن") or i < 2:
        return False
    indefinite = False
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        t = toks[k]
        if t in _BREAK or t in _OPENERS or t in ("و", "ثم") or _present(t):
            return False
        if _future(t):
            return indefinite
        indefinite = indefinite or not t.startswith(("ال", "لل", "بال", "وال")) and t not in _PREPS
    return False


_PREPS = norm_words("في الي علي من مع عن ل ب امام لدي عند")


# preventing or avoiding the onset of an act (منع وقوع هجوم آخر، لتفادي تكرار الاعتداءات، تجنب اندلاع مواجهات)
_PREVENT = norm_words("""منع لمنع بمنع ومنع علي تجنب لتجنب بتجنب وتجنب تفادي لتفادي بتفادي وتفادي الحيلوله
    للحيلوله درء لدرء""")
_ONSET = norm_words("وقوع حدوث تكرار اندلاع تجدد عوده")


# the verbal noun of carrying an act out, after a verb of preventing, with the doer between (يمنع شن الحكومة هجوما)
_CARRY_OUT = norm_words("شن تنفيذ ارتكاب القيام")
_PREVENT_VERB = norm_words("يمنع تمنع يمنعان ستمنع سيمنع منع منعت")


def _prevented(toks: list[str], i: int, reach: int = 4) -> bool:
    """The onset right before the act after a word of preventing (منع وقوع هجوم آخر), or the verbal noun of carrying
    it out after one, the doer between (من شأنه أن يمنع شن الحكومة السورية هجوما): it is not to take place."""
    if i > 1 and toks[i - 1] in _ONSET and toks[i - 2] in _PREVENT - {"علي"}:
        return True
    for k in range(i - 1, max(0, i - 1 - reach), -1):
        if toks[k] in _BREAK or toks[k] in _OPENERS:
            return False
        if toks[k] in _CARRY_OUT:
            return toks[k - 1].removeprefix("و") in _PREVENT_VERB | _PREVENT - {"علي"}
    return False


# any act as the subject of what may or will follow it (أي هجوم ... قد يؤدي إلى، أي تصعيد سيواجه برد)
_ANY = norm_words("اي ايه")


def _any_subject(toks: list[str], i: int, reach: int = 8) -> bool:
    """أي opens the trigger's phrase after إن / أن or the clause's start (إن أي هجوم للقوات واستخدام للأسلحة
    الكيماوية قد يؤدي إلى ...), and the phrase's verb after it is قد + a present verb or a future one."""
    start = -1
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        t = toks[k]
        if t in _BREAK or _present(t) or _future(t):
            return False
        if t in _ANY:
            start = k
            break
    if start < 1 or toks[start - 1].removeprefix("و").removeprefix("ف") not in _THAT | {"ان", "لان"}:
        return False
    for k in range(i + 1, min(len(toks) - 1, i + 1 + reach)):
        t = toks[k]
        if t in _BREAK or t in _OPENERS:
            return False
        if t == "قد" and _present(toks[k + 1]) or _future(t):
            return True
    return False


_IN = norm_words("في وفي خلال وخلال")


def _visit_then_future(toks: list[str], i: int, verbal: bool, reach: int = 10) -> bool:
    """A visit's noun after في / خلال, and the clause's verb in the future: before it (سيعود المبعوث إلى المنطقة في
    جولة جديدة: the manner of the verb) or after it, past the noun's own relative clause (وفي زيارته التي تستمر
    أربعة أيام سيبحث الرئيس مع ماي ...): the visit is still to come."""
    if verbal or i < 1 or toks[i].removeprefix("ال") not in _VISIT_NOUNS:
        return False
    at = i - 1 if toks[i - 1] in _IN else i - 2 if i > 1 and toks[i - 1] in _FIRST and toks[i - 2] in _IN else -1
    if at < 0:
        return False
    if _fronted_then_future(toks, at, i):
        return True
    for k in range(at - 1, max(-1, at - 1 - reach), -1):
        t = toks[k]
        if t in _BREAK or t in _OPENERS or _present(t):
            break
        if _future(t):
            return True
    for k in range(i + 1, min(len(toks), i + 1 + reach)):
        t = toks[k]
        if t in _BREAK or t in _OPENERS and t not in WHICH:
            return False
        if _future(t):
            return True
    return False


_FIRST = norm_words("اول ثاني ثالث اخر")  # (في أول زيارة له: an ordinal before the visit)


def _fronted_then_future(toks: list[str], at: int, i: int, reach: int = 12) -> bool:
    """The في / خلال phrase of the visit opening its clause and set off by a comma, the clause's verb right after
    the comma in the future (إنه "في أول زيارة رسمية له إلى أفريقيا، سيتوجه الوزير): the visit is to come."""
    if at > 0 and toks[at - 1] not in _BREAK and toks[at - 1] not in _THAT | {"ان", "لان", "بان"}:
        return False
    for k in range(i + 1, min(len(toks) - 1, i + 1 + reach)):
        if toks[k] in ("،", ","):
            return _future(toks[k + 1])
        if toks[k] in _BREAK or toks[k] in _OPENERS or _present(toks[k]) or _future(toks[k]):
            return False
    return False


_VISIT_NOUNS = norm_words("""زياره زيارته زيارتها زيارتهم زيارتهما زيارات جوله جولته جولتها جولتهم جولات رحله
    رحلته رحلتها""")
_PURPOSE = norm_words("لبحث لمناقشه لاجراء لعقد للقاء لاستكمال لتوقيع للتباحث للتشاور")


def purpose_mood(events: Sequence[Event], toks: list[str], i: int, reach: int = 12) -> str | None:
    """The mood of the nearest event earlier in the clause of a noun of purpose (ويلتقي X خلال الزيارة الرئيس الروسي
    لبحث العلاقات، يؤدي غدا زيارة إلى الولاية، لعقد اجتماع: the talks are what the meeting or the visit, still to
    come, is for), when that event is future or conditional; None otherwise. `events`: the sentence's so far."""
    w = toks[i].removeprefix("و")
    b = i if w in _PURPOSE else i - 1 if i > 0 and toks[i - 1].removeprefix("و") in _PURPOSE else -1
    if b < 1:
        return None
    near: list[Event] = []
    for k in range(b - 1, max(-1, b - 1 - reach), -1):
        if toks[k] in _BREAK and not (k == b - 1 and toks[k] in ("،", ",")) or toks[k] in _OPENERS:
            break  # (a comma right before the purpose: زيارة إلى الولاية، لعقد اجتماع)
        near += [e for e in events if e.token == k]
    # the clause's verb, else the nearest act (يلتقي X خلال الزيارة Y لبحث: the meeting's purpose, not the visit's)
    gov = next((e for e in near if e.verbal), near[0] if near else None)
    return gov.modality if gov is not None and gov.modality in ("future", "conditional") else None


# what a clause awaits, fears or owes (لا تزال تنتظر وصولهم للشروع في التشاور، خشية أن تعلم السلطات وتقوم
# باعتقالهم، كان على بريطانيا أن ترسل طلبا، لن نسمح لبعض الأطراف أن تعارض): not taken place
_AWAIT = norm_words("تنتظر ينتظر ينتظرون تنتظران ننتظر")
_FEAR_THAT = norm_words("خشيه خوفا مخافه تخوفا خشيتها خشيته خشيتهم")
_WAS = norm_words("كان كانت وكان وكانت")
_ON = norm_words("علي عليه عليها عليهم علينا عليك")
_ALLOW = norm_words("نسمح يسمح تسمح يسمحون")
_WONT = norm_words("لن ولن")


def _clause_cue(toks: list[str], i: int, reach: int = 20) -> str | None:
    """The mood a cue earlier in the trigger's clause gives it (no comma or full stop between): a verb of waiting,
    a fear through أن, an obligation not met (كان على X أن), a refusal to allow (لن نسمح أن / لـ), a proposal or a
    rule's requirement (يقترح المشروع السماح ... أو تمديد فترة توقيف، القرار يوجب توقيف), what a draft says (وأضافت
    المسودة أن مجلس الأمن يدعو)."""
    if i + 1 < len(toks) and toks[i].removeprefix("و") in _SUBMIT and toks[i + 1] in _PROPOSAL:
        return "conditional"  # (تقدم بمقترح: submitted, not 'provided')
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        t = toks[k]
        if t in _BREAK and t not in _QUOTES:  # (a quote may open inside the clause: تنتظر وصولهم "للشروع في)
            return None
        w = t.removeprefix("و")
        if w in _PROPOSE or w in _DRAFT and any(m in _THAT for m in toks[k + 1:i]) or w in _SUBMIT and toks[
                k + 1] in _PROPOSAL:  # (تقدموا بمبادرة للاقتطاع من أجورهم لتقديم مساعدات: only proposed)
            return "conditional"  # (past a relative clause: الأفراد الذين يشكلون خطرا ... أو تمديد)
        if i - k > 12:
            continue
        if w in _AWAIT and not (k > 0 and toks[k - 1] in _NEG) and not any(m in _THAT for m in toks[k + 1:i]):
            return "future"  # (not ينتظر أن تتقدم المفاوضات: the awaited is the progress of talks under way)
        if t in _THAT and k > 0 and toks[k - 1].removeprefix("و") in _FEAR_THAT:
            return "conditional"
        if t in _THAT and any(toks[m] in _ON and m > 0 and toks[m - 1] in _WAS for m in range(max(0, k - 4), k)):
            return "conditional"
        if w in _ALLOW and k > 0 and toks[k - 1] in _WONT:
            return "conditional"
    return None


_NEG = norm_words("لا لم لن ولا ولم")
# submitting a proposal (تقدم النواب بمبادرة / باقتراح / بمشروع قانون): what it is for is only proposed
_SUBMIT = norm_words("تقدم تقدمت تقدموا تقدما يتقدم تتقدم يتقدمون التقدم بالتقدم للتقدم")
_PROPOSAL = norm_words("بمبادره باقتراح بمقترح بمشروع بمقترحات باقتراحات")
_PROPOSE = norm_words("يقترح تقترح يقترحون اقترح اقترحت اقترحوا يوجب توجب")
_DRAFT = norm_words("المسوده مسوده")
# a word of expectation or of signs right before the act's noun (وزادت توقعات عقد اجتماع، مؤشرات بانعقاد قمة)
# (and arranging it: بدأت في ترتيب الهجوم، لترتيب لقاء)
_SIGNS = norm_words("توقعات التوقعات مؤشرات المؤشرات بوادر ترقب الترقب ترتيب لترتيب بترتيب اقتراب باقتراب")


_NEAR = norm_words("قرب بقرب")
_HOLDING = norm_words("عقد بعقد انعقاد بانعقاد اجراء باجراء")


def _signalled(toks: list[str], i: int) -> bool:
    """The sign right before the act, or before the verbal noun of holding it (مؤشرات بانعقاد قمة), or its nearness
    (مع اقتراب الانتخابات; قرب سيطرتها on its verbal noun with a pronoun, not a place: قرب الحدود)."""
    return i > 0 and (toks[i - 1].removeprefix("و") in _SIGNS or toks[i - 1] in _NEAR and toks[i].endswith(
        ("ها", "هم", "هما"))) or i > 1 and toks[i - 1] in _HOLDING and toks[i - 2].removeprefix("و") in _SIGNS


# the verbs of a response a threat promises to an act (ستواجه برد قوي، سيقابل بحزم)
_MET = norm_words("ستواجه سيواجه ستقابل سيقابل ستلقى سيلقى")


def _met_with(toks: list[str], i: int, reach: int = 6) -> bool:
    """An act after إن / أن, the subject of a future verb of being met with a response (وأن مهاجمتها "ستواجه برد
    قوي"): a threat's condition, not an act told. (Not any future verb: العقوبات ستجبر الشركات على الخروج — those
    may be in force.)"""
    if i < 1 or toks[i - 1].removeprefix("و").removeprefix("ف") not in _THAT | {"ان", "لان"}:
        return False
    for k in range(i + 1, min(len(toks), i + 1 + reach)):
        t = toks[k]
        if t in _BREAK and t not in _QUOTES or t in _OPENERS or _present(t):
            return False
        if t in _MET:
            return True
    return False


# what one is called on to do, named right after the one called (داعيا إياه زيارة تونس), and what is made
# conditional on something else (رهن موافقته على ... بانسحاب الأخير)
_CALLING = norm_words("داعيا داعيه دعا دعت يدعو تدعو مطالبا مطالبه طالب طالبت حاثا حث حثت")
_THEM = norm_words("اياه اياها اياهم اياهما")
_PLEDGED = norm_words("رهن رهنت يرهن ترهن")


def _asked_or_pledged(toks: list[str], i: int) -> bool:
    return i > 1 and toks[i - 1] in _THEM and toks[i - 2].removeprefix("و") in _CALLING \
        or i > 0 and toks[i - 1].removeprefix("و") in _PLEDGED and not toks[i].startswith("ال")  # (رهن الاعتقال:
    # held in custody)


# expecting the course of an act (توقع الرئيس استمرار التهديدات، يتوقع الخبراء تصاعد الهجمات): only foreseen
_EXPECT = norm_words("توقع توقعت توقعوا يتوقع تتوقع يتوقعون نتوقع")
_COURSE = norm_words("استمرار تواصل تصاعد تزايد زياده وقوع حدوث اندلاع تجدد تكرار")
# a meeting set in advance (المحادثات المحددة سلفا، الاجتماع المقرر مسبقا): still to come
_SET = norm_words("المحدد المحدده المقرر المقرره المبرمج المبرمجه")
_IN_ADVANCE = norm_words("سلفا مسبقا")


def _expected_course(toks: list[str], i: int, reach: int = 7) -> bool:
    """A noun of the act's course right before it, taken by a verb of expecting earlier in its clause, its subject
    between, not through أن (events/modality's): the act is only expected."""
    if i < 2 or toks[i - 1] not in _COURSE:
        return False
    for k in range(i - 2, max(-1, i - 2 - reach), -1):
        if toks[k] in _BREAK or toks[k] in _OPENERS:
            return False
        if toks[k].removeprefix("و") in _EXPECT:
            return True
    return False


def _set_in_advance(toks: list[str], i: int) -> bool:
    return i + 2 < len(toks) and toks[i + 1] in _SET and toks[i + 2] in _IN_ADVANCE


def planned(toks: list[str], i: int, verbal: bool) -> str | None:
    """'future' or 'conditional' for a trigger at token i that one of the module's constructions tells as not
    taken place; None otherwise."""
    if _programme(toks, i, verbal) or not verbal and _expected_noun(toks, i) or _object_of_future(toks, i, verbal) \
            or _visit_then_future(toks, i, verbal) or _signalled(toks, i) or not verbal and (
                _expected_course(toks, i) or _set_in_advance(toks, i)):
        return "future"
    if _prevented(toks, i) or _any_subject(toks, i) or not verbal and (
            _asked_or_pledged(toks, i) or _met_with(toks, i)):
        return "conditional"
    return _clause_cue(toks, i)
