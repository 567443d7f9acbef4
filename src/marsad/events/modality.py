"""Negation and modality of a trigger, from the words before it in its clause."""

from __future__ import annotations

from marsad.events.consequence import which_resulted
from marsad.events.cues import MET_WITH, MET_WITH_BI, SAID_THAT
from marsad.events.scheduled import (
    CLAUSE_BREAK,
    GOVERNING,
    MAY_STOP,
    THAT,
    held_ahead,
    named_ahead,
    only_possible,
    scheduled_before,
)
from marsad.text.normalize import norm_words

NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "ما", "عدم", "دون", "بدون", "غير", "ولم", "ولن", "ولا",
                      "فلم", "فلن", "لما"})
_CONTINUITY = frozenset({"زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "برح", "يبرح", "فتي", "يفتا", "تنفك",
                         "ينفك"})
_FUTURE = frozenset({"سوف", "يعتزم", "تعتزم", "سيتم", "المقرر", "المزمع", "يعتزمون", "ستقوم", "سيقوم", "تنوي",
                     "ينوي", "يرتقب", "المرتقب", "المتوقع", "تدرس", "يدرس", "عزم", "عزمه", "عزمها", "يخطط", "تخطط",
                     "خطه", "تعتزمان", "بصدد", "ينوون", "يسعي", "تسعي", "محاوله", "تهدد", "يهدد", "هددت", "هدد",
                     "يستعد", "تستعد", "يستعدون", "يستعدان", "تستعدان", "استعدادا", "يتاهب", "تتاهب", "يتاهبون",
                     "تاهبا", "استعدادات", "الاستعدادات", "تحضيرات", "التحضيرات", "التحضير", "للتحضير", "تحضيرا",
                     "للاعداد", "يتطلع", "تتطلع", "يتطلعون", "نتطلع"})  # (يتطلع إلى زيارة: looks forward to a visit)
# awaited, pledged, threatened, planned, wished for (بانتظار المحاكمة، تعهدت بتجميد أصول، عاد للتهديد بفرض رسوم،
# كانوا يخططون لارتكاب هجمات، كانت ترغب في استضافة القمة): not taken place
_FUTURE |= norm_words("""بانتظار انتظار تعهد تعهدت وتعهد وتعهدت يتعهد تتعهد تعهدوا التهديد للتهديد بالتهديد يخططون
    يخططان خطط خططت خططوا ترغب يرغب يرغبون ترغبان سيقع ستقع""")  # (سيقع ترحيلهم: Maghrebi 'will be done')
# an aim (اعتقلهم بهدف ترحيلهم، من أجل هدم القرية، سعيا لعقد قمة، صواريخ كانت تهدف لقصف المواقع): not taken place
# (أجل is also أجّل, put off: not taken place either)
_AIM = norm_words("بهدف وبهدف بغرض وبغرض أجل سعيا وسعيا")
# a mission, right before the act (مهمتها مهاجمة; not مهمته وزيارته الحالية: his mission and his visit, under way)
_MISSION = norm_words("مهمتها مهمته مهمتهم")
_AIM_VERBS = norm_words("تهدف يهدف تهدفان يهدفان يهدفون")
# من أجل after an arrest, a warrant or a sentence (مطلوب من أجل القتل، حكم بالسجن من أجل الاعتداء): the charge, a
# deed done, not an aim
_CHARGED = norm_words("""حكم حكما بالسجن بالاعدام سجن مطلوب مطلوبا مطلوبه مناشير منشور منشورا ايقاف بايقاف ايقافه
    القبض اعتقال اعتقاله توقيف توقيفه محاكمه محاكمته تتبع تتبعات عقوبه بعقوبه متهم متهما""")
# (إن is left out: after normalisation it is also أن / إنّ 'that', which opens reported speech)
_CONDITIONAL = frozenset({"اذا", "لو", "حال", "حاله", "لولا", "ربما", "احتمال", "احتمالات", "المحتمل", "محتمل",
                          "يحتمل", "يمكن", "بامكان", "مقترح", "المقترح", "مشروع", "اقتراح", "يجب", "ينبغي",
                          "خوفا", "خشيه", "تخوفا", "معرض", "معرضه", "معرضتان", "معرضون", "معرضين",
                          "الممكن", "بالامكان", "امل", "املا", "لتسهيل", "تمهيدا", "لتمهيد"})
# (من الممكن عقد قمة, على أمل منعها, لتسهيل مفاوضات: possible, hoped for, prepared — not taken place)
# able to, to avoid, to prevent (بإمكانه الهجوم، وتجنب أي عمليات طرد، لمنع المحتجين من اقتحام): not taken place
_CONDITIONAL |= norm_words("""بامكانه بامكانها بامكانهم وبامكانه وبامكانها تجنب لتجنب وتجنب لمنع ولمنع لمنعه لمنعها
    لمنعهم""")
_CONDITIONAL |= norm_words("المستبعد")  # من المستبعد أن توافق: unlikely
# avoided (حاول تفادي انتقاد الحكومة): not done — but sanctions or duties avoided are in force (ساعدها على تفادي
# العقوبات الأميركية: evaded)
_AVOID = norm_words("تفادي لتفادي وتفادي بتفادي")
_IN_FORCE = norm_words("العقوبات عقوبات الرسوم رسوم")
# expected, in the past tense, with what is expected after أن (توقع الرئيس أن يتوصل القادة إلى اتفاق; not توقع alone,
# also تُوقّع, 'she signs')
_EXPECTED = norm_words("توقع توقعت وتوقع وتوقعت")
# failed at it (فشل القادة، بعد اجتماعهم، في التوصل إلى اتفاق؛ أخفقت المحادثات في): the act did not come about
_FAIL_STOPS = THAT | norm_words('انه انها بان بانه بانها الذي التي الذين قال قالت " « »')
_FAILED = norm_words("فشل فشلت فشلوا فشلا وفشل وفشلت أخفق أخفقت أخفقوا وأخفق وأخفقت إخفاق الإخفاق")
# expected (يتوقع أن يرفض، وتتوقع الحكومة فرض رسوم): not taken place yet
_FUTURE |= norm_words("يتوقع تتوقع يتوقعون نتوقع اتوقع")
# thinking of it (تفكر واشنطن في عقد قمة، يفكرون في فرض عقوبات): only considered, like تدرس
_FUTURE |= norm_words("تفكر يفكر يفكرون تفكران يفكران نفكر")
# able to (لا يزال قادرا على شن هجمات، قدرته على تنفيذ عمليات; not القدرة, a family name): a capacity, not an act
_CONDITIONAL |= norm_words("قادر قادرا قادره قادرين قادرون قدرته قدرتها قدرتهم قدرات")
_FUTURE |= norm_words("استعداده استعدادها استعدادهم استعدادنا واستعداده واستعدادها")  # أبدى استعداده لإجراء محادثات
# ready to (يبدو مستعدا لتحدي، إنها مستعدة لفرض عقوبات): the act is not done yet
_FUTURE |= norm_words("مستعد مستعدا مستعدة مستعدون مستعدين مستعدان مستعدتان")
# plotting an act, with the act after لـ (أدين بالتخطيط لتفجير; not وزيرة التخطيط): not taken place
_PLANNING = norm_words("التخطيط بالتخطيط للتخطيط لتخطيطهم بتخطيطهم تخطيطه تخطيطها تخطيطهم")
_SPARED = norm_words("منأى بمنأى")  # بقي البلد بمنأى عن الهجمات: spared, it did not happen
_ANY = norm_words("أي أية بأي بأية لأي لأية وأي وأية")  # أي هجوم، القيام بأي عمليات: no particular act
_LETTERS = norm_words("بي سي دي تي جي إف أف إس")  # spelled Latin letters: آي after them is I (أف بي آي، سي آي إيه)
# a threat to do it (تهديد الرئيس بفرض رسوم، التلويح بفرض عقوبات، توعدت بتصعيد الاعتصامات): not done yet
_THREAT = norm_words("""تهديد تهديدات التهديدات تهديده تهديدها تهديدهم تلويح التلويح بالتلويح تلوح يلوح لوح لوحت
    توعد توعدت يتوعد تتوعد وتوعد وتوعدت والتهديد والتهديدات وتهديد وتهديدات والتلويح هدد هددت وهدد وهددت""")
# a fear or a warning of it (مخاوف من انسحاب واشنطن، حذر ترامب من الانسحاب، تحذر من عملية وشيكة): not taken place
_FEAR = norm_words("مخاوف المخاوف مخاوفه مخاوفها مخاوفهم تخوف التخوف تخوفات توجس التوجس توجسا")
_WARN = norm_words("حذر حذرت وحذر وحذرت يحذر تحذر محذرا محذره تحذير تحذيرات التحذير التحذيرات")
_ONSET = norm_words("وقوع اندلاع تنفيذ شن عوده تجدد انتقال امتداد عدوى")  # (من انتقال عدوى الاحتجاجات: two)
_NOT_WITH = norm_words("بسبب بشأن بخصوص بحسب بموجب بدون بغير بجانب بحق بالقرب بفعل بينما بعد بين بعض")
_BACKGROUND = frozenset({"الذي", "التي", "الذين", "اللذين", "سبق", "سابق", "سابقا", "وكان", "كان", "كانت", "قد"})
_DENIAL = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "ونفي", "ونفت", "انكر", "انكرت", "ينكر"})
# ... the dual, the plural and the participle (بيد أنهما نفيا قصف القاعدة، نافية استخدام الأسلحة الكيميائية)
_DENIALS = norm_words("نفيا ونفيا نفتا ونفتا ونفوا ينفيان تنفيان ينفون نافيا ونافيا نافية ونافية نافين انكرا انكروا")


def _denied(toks: list[str], i: int, reach: int = 8) -> bool:
    """A dual, plural or participle of denial earlier in the trigger's clause (نافية استخدام الحكومة للأسلحة
    الكيميائية; not past a comma: أنكرا ذلك، فأخلي سبيلهما), for an act, not a statement (ننفي نفيا قاطعا كل
    الاتهامات: the accusations were made)."""
    for k in range(i - 1, max(-1, i - reach), -1):
        if toks[k] in CLAUSE_BREAK or toks[k] in (".", "؛", ":"):
            return False
        if toks[k] in _DENIALS:
            return not any(w.startswith(_PART) for w in toks[k + 1:i])
    return False


# one's part in an act (نافية مسؤوليتها عن هجمات دامية): the part is denied, not the act
_PART = tuple(sorted(norm_words("مسؤولي مسئولي تورط ضلوع علاق صله صلت")))


def _condition_after(toks: list[str], i: int) -> bool:
    """إذا / في حال / ما لم within the trigger's clause after it."""
    for k in range(i + 1, min(len(toks), i + 7)):
        t = toks[k]
        if t in ("،", ",", ".", "؛", ":"):
            return False
        if t in ("اذا", "واذا", "لو") or t == "حال" and toks[k - 1] == "في" or t == "لم" and toks[k - 1] == "ما":
            return True
    return False



# besides GOVERNING (events/scheduled), verbs whose complement is an act they will carry out or take part in,
# read only before the act (ستعمل بالتنسيق مع، ستمضي في تنفيذ الإضراب، سيشارك في الاجتماع، ستكون مطالبة بالرد،
# سيؤدي إلى اتهام); not after it (الاحتجاجات ستؤدي إلى: those took place)
_TAKING = norm_words("""يعمل تعمل نعمل يمضي تمضي نمضي يشارك تشارك نشارك يكون تكون نكون يؤدي تؤدي يتم تتم يعقب تعقب
    يلاحق تلاحق يخوض تخوض نخوض يلجا تلجا نلجا""")
_NOT_TAKEN = frozenset({"علي", "عن", "-", "–", "—"})  # (the act answered; a dash sets off another clause)


def _future_verb(t: str, verbs: frozenset[str] = GOVERNING) -> bool:
    """سيفرض, وستشن: a governing verb with the future prefix س; dual and plural too (سيجريان مباحثات، سينفذون
    الإضراب)."""
    t = t[1:] if t[:1] in ("و", "ف") else t
    if t[:1] != "س":
        return False
    t = t[1:]
    return t in verbs or t[-2:] in ("ان", "ون") and t[:-2] in verbs


# plans and proposals that may be met with a stance (لقيت خطة الرئيس ترحيبا، حظي المقترح بتأييد)
_MET_THINGS = norm_words("خطه الخطه مقترح المقترح مشروع المشروع اقتراح الاقتراح محاوله")
_MET = MET_WITH | MET_WITH_BI


def _met_at(toks: list[str], i: int, reach: int = 8) -> int:
    """Where a verb of meeting with a stance stands within `reach` words before the stance noun at i, in its clause
    — لقيت خطة الرئيس ترحيبا، حظي مقترح الوزير بتأييد —, or -1: the words between are its subject, the thing met
    with (a plan, a proposal), which makes the reception neither planned nor hypothetical."""
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        w = toks[k]
        if w in CLAUSE_BREAK:
            return -1
        if w in _MET or w[:1] in ("و", "ف") and w[1:] in _MET:
            return k
    return -1


def _threatened(toks: list[str], i: int, reach: int = 8) -> bool:
    """The trigger is what a threat threatens with: it, or the word before it, takes ب after a threat noun or verb
    earlier in its clause (تهديد ترامب بفرض رسوم، توعدت بتصعيد الاعتصامات)."""
    b = i if toks[i][:1] == "ب" else i - 1
    if b < 1 or toks[b][:1] != "ب" or len(toks[b]) < 4 or toks[b] in _NOT_WITH:
        return False
    for k in range(b - 1, max(-1, b - reach), -1):
        if toks[k] in CLAUSE_BREAK or toks[k] in (".", "!", "؟"):
            return False
        if toks[k] in _THREAT:
            return True
    return False


def _feared(toks: list[str], i: int, reach: int = 5) -> bool:
    """The trigger is what a fear (مخاوف من، المخاوف من أن، توجسا من) or a warning (حذر X من) is of, with at most two
    onset nouns between (من اندلاع معارك، من عودة العقوبات، من انتقال عدوى الاحتجاجات)."""
    j = i - 1
    while j > i - 3 and j > 0 and toks[j] in _ONSET:
        j -= 1
    if j < 1 or toks[j] not in ("من", "ان", "بان") or toks[j] != "من" and toks[i][:1] not in ("ي", "ت", "ن"):
        return False  # (المخاوف من أن ينسحب; not المخاوف من أن العقوبات ستقيد: those are in force)
    for k in range(j - 1, max(-1, j - reach), -1):
        if toks[k] in CLAUSE_BREAK:
            return False
        if toks[k] in _FEAR or toks[k] in _WARN and toks[j] == "من":
            return True
    return False


_SAY = norm_words("يقول تقول يبلغ تبلغ يعلن تعلن يؤكد تؤكد يوضح توضح يخبر تخبر يقولون يبلغون يعلنون")
_THAT_B = THAT | norm_words("بأن بأنه بأنها بأنهم")


def _said_later(toks: list[str], i: int, reach: int = 12) -> bool:
    """The trigger is in what someone will say (ستبلغ القادة بأن روسيا تشكل تهديدا، سيعلن أن ...): the statement,
    and what it says, are still to come."""
    for k in range(i - 1, max(-1, i - reach), -1):
        if toks[k] in (".", "،", ",", "؛", ":"):
            return False
        if toks[k] in _THAT_B:
            return any(w.lstrip("وف")[:1] == "س" and w.lstrip("وف")[1:] in _SAY for w in toks[max(0, k - 5):k])
    return False


_IF = norm_words("اذا واذا فاذا")  # (not لو: also the French article of لو موند، لو بان)
# a phrase of time or cause between them tells a fact (ما إذا كان فعل شيئا منذ القمة، ما إذا كانت ستشن هجوما بسبب
# الهجوم الكيماوي)
_IF_STOPS = norm_words("منذ بسبب بعد عقب جراء اثر خلال حيث ردا")  # (في حال اتخذت إجراءات ردا على الرسوم: in force)


def _if_opens(toks: list[str], i: int, reach: int = 12) -> bool:
    """إذا opens the trigger's clause, further back than the modality window (no comma or stop between; not the
    concessive إذا كانت X قد فعلت, 'though X did')."""
    for k in range(i - 1, max(-1, i - reach), -1):
        if toks[k] in (".", "،", ",", "؛", ";", ":", "!", "؟", "?") or toks[k] in _IF_STOPS:
            return False
        if toks[k] in _IF:
            return not any(w in ("كان", "كانت") for w in toks[k + 1:k + 3]) or "قد" not in toks[k + 1:i]
        if k > 0 and toks[k - 1] in ("في", "وفي") and (
                toks[k] == "حال" or toks[k] in _CASE and toks[k + 1] in _CASE_OF):
            return True  # في حال التأكد من وقوع هجوم، في صورة عدم تلبية المطالب (not في حالة تأهب: a state)
    return False


_CASE = norm_words("حالة صورة")  # (Maghrebi في صورة: in case)
_CASE_OF = norm_words("عدم ما أن إن لم تم")


def modality(toks: list[str], i: int, future_prefix: bool, window: int = 4,
             ahead: bool = True, told: bool = False) -> tuple[bool, str]:
    """(negated, modality) for a trigger at token i: modality is asserted, future, conditional or background.
    `ahead`: a condition after the trigger (في حال، إذا) makes it conditional — not for a statement, whose content
    the condition is (هددت بفرض عقوبات إذا لم ...: the threat was made). `told`: a word of background before a
    teller's أن / إن is the telling's (وكان شهود قد ذكروا أن هجوما نفذ: the attack is what they told), not the
    act's."""
    negated = False
    mode = "future" if future_prefix else "asserted"
    k = i - 1
    said = False
    met = _met_at(toks, i)
    while k >= 0 and i - k <= window:
        t = toks[k]
        if t in CLAUSE_BREAK:
            break
        if k > met >= 0 and t in _MET_THINGS:  # لقيت خطة الرئيس ترحيبا: the verb's subject, no plan of the act
            k -= 1
            continue
        said = said or told and t in SAID_THAT
        if (t in NEGATORS or t in _DENIAL or t in _SPARED) and not (k + 1 < len(toks) and (
                toks[k + 1] in _CONTINUITY or t == "غير" and toks[k + 1] in THAT or which_resulted(toks, k, i))):
            negated = True  # (ما زالت, لا يزال: 'still'; غير أن: 'however'; ما أسفر عن: 'which resulted in')
        elif t in _FUTURE or t[:1] in ("و", "ف") and t[1:] in _FUTURE or _future_verb(t) or t in _PLANNING \
                and toks[k + 1][:1] == "ل" or t in _EXPECTED and any(w in THAT for w in toks[k + 1:i]):
            mode = "future"  # (سيتم، ستفرض عقوبات، ستجري مناورات)
        elif (t in _CONDITIONAL or t in _AVOID and toks[i] not in _IN_FORCE) and mode == "asserted":
            mode = "conditional"
        elif mode == "asserted" and _future_verb(t, _TAKING) and not any(w in _NOT_TAKEN for w in toks[k:i]):
            mode = "future"  # ستعمل بالتنسيق مع تونس، ستمضي في تنفيذ الإضراب (not ستكون مطالبة بالرد على الاتهامات)
        elif t == "قد" and k + 1 < i and toks[k + 1][:1] in ("ي", "ت", "ن") and mode == "asserted":
            mode = "conditional"  # قد + present: "may" (قد + past, "already", is background)
        elif t in _BACKGROUND and mode == "asserted" and not said:
            mode = "background"
        k -= 1
    if any(t in _DENIAL for t in toks[max(0, i - 8):i]) or ahead and _denied(toks, i) or _failed(toks, i):
        negated = True  # نفى أن يكون قد؛ فشل في التوصل
    if mode == "asserted" and named_ahead(toks, i):
        mode = "future"  # اجتماعه القادم، القمة المرتقبة، زيارة مقبلة: a meeting or summit still to come
    if mode == "asserted" and (i + 1 < len(toks) and _future_verb(toks[i + 1]) or held_ahead(toks, i)):
        mode = "future"  # الاتهامات ستوجه إليه الجمعة: the noun is the subject of its own verb, still to come
    if mode == "asserted" and only_possible(toks, i):
        mode = "conditional"  # للقمة المحتملة بين الرئيسين، قمة قد تعقد: a possible summit
    if mode == "asserted" and (_any_before(toks, i) or _threatened(toks, i) or _feared(toks, i)):
        mode = "conditional"  # لتفادي أي إضراب; التهديد بفرض رسوم جمركية
    if mode in ("asserted", "background") and _aimed(toks, i):
        mode = "future"  # من أجل هدم القرية، بهدف إحياء المفاوضات: the act or its object is only aimed at
    if mode == "asserted" and _said_later(toks, i):
        mode = "future"  # أعلنت أنها ستبلغ القادة بأن روسيا تشكل تهديدا
    if mode == "asserted" and scheduled_before(toks, i):
        mode = "future"  # ومن المقرر أن تبدأ الحزمة الثانية من العقوبات: scheduled, further back than the window
    if mode in ("asserted", "background") and _if_opens(toks, i):
        mode = "conditional"  # وإذا كان العرض المقدم من الاتحاد يهدد ...: further back than the window
    if ahead and mode == "asserted" and _condition_after(toks, i):
        mode = "conditional"  # ستفرض عقوبات في حال واصلت ...: the act hangs on a condition that follows
    return negated, mode


def _failed(toks: list[str], i: int, reach: int = 18) -> bool:
    """The trigger is what a failure was at: في right before it, a word of failing earlier in its sentence, a
    comma-set phrase between seen through (فشل قادة الدول الثلاث، بعد اجتماعهم، في التوصل إلى اتفاق). Not the failed
    thing itself (بعد فشل المحادثات: the talks were held)."""
    if i < 2 or toks[i - 1] != "في":
        return False
    for k in range(i - 2, max(-1, i - reach), -1):
        if toks[k] in (".", "؛", ":", "!", "؟") or toks[k] in _FAIL_STOPS:
            return False  # (not past a clause opener: فشلت المفاوضات، وقال إن الجيش سيشارك في الهجوم)
        if toks[k] in _FAILED:
            return True
    return False


def _any_before(toks: list[str], i: int, reach: int = 3) -> bool:
    """أي opens the trigger's noun phrase (أي هجوم) or the phrase whose present verb the trigger is (أي صواريخ أميركية
    تطلق على سوريا، أي بيان يدين): no particular act — not أي أن, 'that is', which tells one; not a noun further on
    (أي موعد لعقد اجتماع: the date is 'any', the meeting is still to come)."""
    if toks[i][:1] not in ("ي", "ت", "ن"):
        reach = 1
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if toks[k] in CLAUSE_BREAK or toks[k] in (".", "؛", ":") or toks[k] in MAY_STOP:
            return False  # (أي خبر عن زيارة الزعيم: the news, not the visit)
        if toks[k] in _ANY and (k == i - 1 or toks[k][-1] != "ه"):  # (أية is also آية, a verse: only right before)
            return toks[k + 1] not in THAT and toks[k + 1].isalpha() and not (k and toks[k - 1] in _LETTERS)
    return False


def _aimed(toks: list[str], i: int) -> bool:
    """The act is what an aim names: right after بهدف / بغرض / من أجل / سعيا, or after one verbal noun that takes it
    (بهدف إحياء المفاوضات; not a new clause: بغرض السياحة وأنكرا), or after تهدف إلى / تهدف لـ (not تهدف العقوبات:
    the act is then the subject)."""
    if i > 1 and toks[i - 1] in ("الي", "ل") and toks[i - 2] in _AIM_VERBS \
            or i > 0 and toks[i - 1] in _AIM_VERBS and toks[i][:1] == "ل" \
            or i > 0 and toks[i - 1] in _MISSION and toks[i][:1] != "و":
        return True
    k = i - 1 if i > 0 and toks[i - 1] in _AIM else i - 2 if i > 1 and toks[i - 2] in _AIM and toks[i][:1] != "و" \
        else -1
    return k >= 0 and not (toks[k] == "اجل" and any(t in _CHARGED for t in toks[max(0, k - 10):k]))
