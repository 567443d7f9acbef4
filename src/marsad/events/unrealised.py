"""Acts told as not (yet) taken place, beyond the words before a trigger that events/modality reads: cancelled or
postponed (إلغاء القمة، تأجيل الزيارة، وألغت محادثات), imminent (هجوم وشيك), refused before being carried out (رفضوا
تنفيذ الإضراب), what was to be (لقاء كان سيعقد، زيارة كانت مقررة), and a move a leader only considers (يبحث الرئيس
الانسحاب من ...; not بحث الوزيران العلاقات, a consultation), only intended by a verb of intent opening the clause
(تعتزم الدولتان طرد ...) or studied (تدرس فرض عقوبات) or only wanted, hoped for or recommended (تريد اليابان من
كوريا الموافقة، أوصت بفرض رسوم), a noun with its adjective before its own future verb (عقوبات تجارية ستفرض), the
purpose or occasion of a future verb further back (سيستقبل X لإجراء محادثات، ستتم خلال الزيارة), and an act only
proposed, agreed on or decided (دعوة لعقد اجتماع، اقترح إجراء محادثات، اتفقا على عقد قمة، تقرر عقد اجتماع), and a
protest only called for (دعت النقابة إلى إضراب، دعوات للمشاركة في مسيرة) or whose holding is only announced or
decided (أعلن أنصار الحزب تنظيم مظاهرة، قررت النقابة تنظيم إضراب)."""

from __future__ import annotations

from marsad.events.cues import WHICH
from marsad.text.normalize import norm_words

# present verbs, active or passive unvowelled, whose subject an act's noun can be (عقوبات ستفرض، محادثات ستجري)
_GOVERNING_PASSIVE = norm_words("يفرض تفرض يشن تشن يجري تجري يعقد تعقد ينفذ تنفذ يوقع توقع يتخذ تتخذ يبدا تبدا")

# a noun of an event cancelled or put off (ألغت الحكومة الزيارة، قرار تأجيل الاجتماع): it does not take place
_CANCEL = norm_words("""الغاء بالغاء والغاء لالغاء الغي الغت الغيت الغوا يلغي تلغي تاجيل بتاجيل وتاجيل لتاجيل
    اجلت اجلوا يؤجل تؤجل ارجاء بارجاء وارجاء لارجاء ارجا ارجات ارجئ يرجئ ترجئ""")
# imminent (عملية عسكرية وشيكة، الهجوم الوشيك): still to come
_IMMINENT = norm_words("وشيك وشيكه الوشيك الوشيكه")
# refusing to carry out an act (رفضهم لتنفيذ الإضراب، رفضت النقابة شن الإضراب): it is not carried out;
# refusing the act itself (رفضوا الإضراب) may be of one already under way, so the carrying-out noun is needed
_REFUSE = norm_words("رفض رفضت رفضه رفضها رفضهم رفضوا ورفض ورفضت يرفض ترفض يرفضون يرفضان الرفض ورفضهم")
_CARRY = norm_words("تنفيذ لتنفيذ بتنفيذ شن لشن اجراء لاجراء عقد لعقد المشاركه بالمشاركه للمشاركه")
_WAS = norm_words("كان كانت وكان وكانت")
_DUE = norm_words("""مقررا مقرره مقرر المقرر مزمعا مزمعه يفترض مفترضا مفترض المرتقب المتوقع المنتظر مبرمجا مبرمجه
    مبرمج""")  # (Maghrebi مبرمج: planned — الإضراب كان مبرمجا أيام 7 و8)
# considering a move (يبحث ترامب الانسحاب من الاتفاق): only thought of; no partner named before the move
_MOVES = norm_words("""الانسحاب انسحاب فرض ارسال نشر شن توجيه اغلاق قطع تعليق خفض سحب طرد ترحيل تشديد اتخاذ
    خيارات الخيارات خيار""")
_PARTNER = norm_words("""مع ومع نظيره نظيرته ونظيره الجانبان الجانبين الطرفان الطرفين الرئيسان الوزيران الزعيمان
    هاتفيا هاتفي اتصال لقاء اجتماع""")
_STOP = norm_words("من في الي علي مع عن عندما حين بينما لكن ولكن قبل بعد فيما")
# a deadline set for an act (قبيل الموعد النهائي الذي حددته واشنطن لفرض رسوم، منحته مهلة لسحب قواته): not done yet
_DEADLINE = norm_words("مهله المهله مهلته مهلتها مهلتهم بمهله ومهله")
_FINAL = norm_words("النهائي")  # (الموعد النهائي: the deadline)
_FOR_ACT = norm_words("لفرض لشن لاجراء لعقد لتنفيذ لسحب لتوقيع لبدء لاتخاذ لاطلاق")
_BREAK = frozenset({"،", ",", ".", "؛", ";", ":"})
# a verb of intent opening its clause, its subject between it and the act (تعتزم الحكومة ودول أخرى طرد ...): the
# act is only intended, further back than events/modality's window
_INTEND = norm_words("""تعتزم يعتزم تعتزمان يعتزمون تنوي ينوي ينوون تسعي يسعي يسعون تستعد يستعد يستعدون تخطط يخطط
    يخططون اعتزام باعتزام عزم بعزم عزمه عزمها عزمهم""")  # (كشف عن عزم عناصر التنظيم خطف أجانب: only resolved on)
# ... or only studied (تدرس واشنطن فرض عقوبات، أمر بدراسة فرض رسوم): a move only considered
_STUDY = norm_words("تدرس يدرس تدرسان يدرسون بدراسه لدراسه")
# ... so is an act only wanted, hoped for or recommended (تريد اليابان من كوريا الشمالية الموافقة، أعرب عن أمله في
# حصار المدينة، أوصت الوزارة يوم الجمعة بفرض رسوم), also through أن (يريد أن يفرض، يأمل أن تعقد)
_WANT = norm_words("""تريد يريد تريدان يريدان يريدون نريد يأمل تأمل يأملون يأملان نأمل أمله أملها أملهم أملنا أوصت
    أوصى أوصوا يوصي توصي رغبته رغبتها رغبتهم رغبتنا برغبته برغبتها""")  # (أبدى رغبته في لقاء نظيره: wished for)
_LETDOWN = norm_words("خيبة بخيبة لخيبة")  # disappointed hopes: the act took place
_AMID = norm_words("خلال اثناء أثناء عقب إثر هامش لدى")
# an act that frames or answers the intent, or one a topic or a report names, took place (في إطار المحادثات، بشأن
# أنباء احتجاز)
_FRAME = _AMID | norm_words("اطار استجابه تلبيه ردا بشان حول انباء تقارير")
_OPEN = WHICH | norm_words("ان انه انها بان الذين بعد قبل بعدما عندما حين")


def _intended(toks: list[str], i: int, verbal: bool, trigger_id: str, reach: int = 12) -> bool:
    """A verb of intent, wish or hope before the act in its clause. A finite verb is wanted only through أن (ويريد
    الموظفون تحسين أجورهم ويحتجون: a second clause); not an accusation (أوصت الشرطة بتوجيه تهم: it accuses)."""
    want = not trigger_id.startswith("accuse-")
    if toks[i][:2] == "ال" and i > 1 and toks[i - 1][:2] == "ال":
        return False  # a definite word after a definite one describes it (تتأهب القوات المدعومة من إيران لشن هجوم)
    for k in range(i - 1, max(-1, i - reach), -1):
        w = toks[k].removeprefix("و")
        want = want and w not in _AMID  # (وأوصى الرئيس خلال هذا اللقاء بـ: the meeting held)
        if toks[k] == "ان" and k > 0 and toks[k - 1].removeprefix("و") in _WANT:
            return want
        if toks[k] in _BREAK or toks[k] in _OPEN or k == i - 1 and toks[k] in ("من", "عن") or w in _FRAME:
            return False  # (تسعى اليابان إلى إعفاءات من الرسوم: the duties are in force; في إطار المحادثات: held)
        if w in _INTEND or w in _WANT and want and not verbal or w in _STUDY and toks[i - 1] in _MOVES:
            return not (k > 0 and toks[k - 1].removeprefix("و") in _LETDOWN)  # (خيبة أملها لقرار الانسحاب)
    return False


# an act prepared for, forces massed or readied to launch it, or a plot (تحضير النظام ... لشن هجوم، حشد الجيش لشن
# عملية، أن تكون مستعدة لشن هجمات، تتأهب القوات المدعومة من طهران لشن هجوم، كانوا يجهزون لهجوم، خطط شابان لتفجير
# محطة): still to come, or never come. The act is the purpose لـ: the trigger's own (لتفجير، لهجوم) or a verbal noun's
# of carrying out (لشن هجوم); a verb of carrying it out or undergoing it in between tells it done (أعدت للهجوم ونفذته،
# تستعد للعودة فتعرضت لهجوم)
_READY = norm_words("""حشد الحشد حشدت يحشد تحشد تحضير التحضير تحضيرات التحضيرات استعداد استعدادا الاستعداد استعدادات
    الاستعدادات مستعد مستعده مستعدون مستعدين تاهب تاهبا التاهب تمهيدا تتاهب يتاهب يتاهبون يتاهبان تاهبت استعد
    استعدت استعدوا تستعد يستعد يستعدون يستعدان تستعدان يجهز تجهز يجهزون جهز جهزت جهزوا تجهيزا اعد اعدت اعدوا خطط خططت
    خططوا خططا التخطيط بالتخطيط مجهزه مجهزا مجهزين مجهزون جاهزيه الجاهزيه جاهزيته جاهزيتها جاهزيتهم جاهز جاهزه
    جاهزون جاهزين استعداده استعدادها استعدادهم""")  # (مجهزة لمهاجمة: readied to attack; جاهزية X لتقديم: ready to)
# (not يعد / تعد: also "is counted as", "promises"; not يحضر / تحضر: "attends")
_CARRIED = norm_words("""نفذ نفذت نفذوا نفذته نفذها شن شنت شنوا قام قامت قاموا هاجم هاجمت هاجموا تعرض تعرضت تعرضوا
    يتعرض تتعرض""")


def _prepared(toks: list[str], i: int, reach: int = 9) -> bool:
    b = i - 1 if i > 0 and toks[i - 1] in _FOR_ACT else i if toks[i][:1] == "ل" and len(toks[i]) > 3 \
        and not toks[i].startswith("ال") else -1
    if b < 1 or toks[b - 1] in _GOVERNS_L:
        return False  # (استجابة لدعوة، ردا على: what is answered took place)
    for k in range(b - 1, max(-1, b - 1 - reach), -1):
        w = toks[k].removeprefix("و").removeprefix("ف") if len(toks[k]) > 3 else toks[k]
        if toks[k] in _BREAK and not (k == b - 1 and toks[k] in ("،", ",")) or toks[k] in _OPEN or w in _CARRIED:
            return False
        if w in _READY:
            return True
    return False


# an invitation or a proposal to hold it (وجهت دعوة لعقد اجتماع، اقترح إجراء محادثات): only proposed
_INVITE = norm_words("""دعوه الدعوه دعوته دعوتها دعوات دعا دعت ودعا ودعت يدعو تدعو اقترح اقترحت واقترح واقترحت
    يقترح تقترح اقتراح الاقتراح اقتراحا مقترح مقترحا""")
_HOLD = norm_words("عقد لعقد اجراء لاجراء تنظيم لتنظيم")


def _invited(toks: list[str], i: int, reach: int = 9) -> bool:
    """The act an invitation or a proposal is to hold, past at most one comma right before a purpose لـ (دعوة
    رسمية للجانب المصري، لعقد اجتماع); not بدعوة من X، عقد الوزراء اجتماعا (held at X's invitation), nor حزب الدعوة."""
    b = i if toks[i] in _HOLD else i - 1 if i > 0 and toks[i - 1] in _HOLD else -1
    for k in range(b - 1, max(-1, b - reach) if b > 0 else -1, -1):
        if toks[k] in _BREAK and not (k == b - 1 and toks[k] in ("،", ",") and toks[b][:1] == "ل"):
            return False
        if toks[k] in _INVITE:
            return k == 0 or toks[k - 1] != "حزب"
    return False


# agreeing to hold it (اتفق الجانبان على عقد قمة، وافقت بيونغ يانغ على إجراء محادثات، تم الاتفاق على عقد اجتماع):
# it is planned, not held
_AGREE = norm_words("""اتفق اتفقت اتفقا اتفقتا اتفقوا واتفق واتفقت واتفقا واتفقوا الاتفاق وافق وافقت وافقا وافقوا ووافق
    ووافقت الموافقه بالموافقه يتفق تتفق""")


def _agreed(toks: list[str], i: int, reach: int = 6) -> bool:
    b = i - 1 if i > 0 and toks[i - 1] in _HOLD else -1
    if b < 2 or toks[b - 1] != "علي":
        return False
    for k in range(b - 2, max(-1, b - 2 - reach), -1):
        if toks[k] in _BREAK:
            return False
        if toks[k] in _AGREE:
            return True
    return False


# deciding to hold it (تقرر عقد اجتماع أمني غدا، قررت الحكومة إجراء محادثات): it is planned, not held
# (and the noun of deciding, its decider between it and the act: قرار ترامب تنظيم استعراض عسكري)
_DECIDE = norm_words("""قرر قررت قررا قرروا تقرر يقرر وقرر وقررت وقرروا وتقرر فقرر فقررت قرار بقرار قراره قرارها
    بقراره بقرارها""")


def _decided(toks: list[str], i: int, reach: int = 4) -> bool:
    b = i if toks[i] in _HOLD else i - 1 if i > 0 and toks[i - 1] in _HOLD else -1
    for k in range(b - 1, max(-1, b - 1 - reach) if b > 0 else -1, -1):
        if toks[k] in _BREAK:
            return False
        if toks[k] in _DECIDE:
            return True
    return False


def _future_after_adjective(toks: list[str], j: int) -> bool:
    """عقوبات تجارية ستفرض قريبا: a noun, its adjective, then its own verb in the future (j: the word after it)."""
    if j + 1 >= len(toks) or toks[j] in _BREAK or toks[j] in _STOP:
        return False
    t = toks[j + 1].removeprefix("و")
    return t[:1] == "س" and len(t) > 3 and t[1:2] in ("ي", "ت") and t[1:] in _GOVERNING_PASSIVE


# ... also after و / ف for the verb ألغى (وألغت محادثات مع سول; not وأجلت المطالب الروسية إقرار X: its subject)
_ANNUL = norm_words("الغي الغت الغيت الغوا يلغي تلغي")


def _cancelled(toks: list[str], i: int) -> bool:
    return i > 0 and (toks[i - 1] in _CANCEL or toks[i - 1][:1] in ("و", "ف") and toks[i - 1][1:] in _ANNUL)


def _refused(toks: list[str], i: int) -> bool:
    return i > 1 and toks[i - 1] in _CARRY and any(
        toks[k] in _REFUSE for k in range(max(0, i - 4), i - 1) if toks[k] not in _BREAK)


def _was_to_be(toks: list[str], j: int) -> bool:
    """كان سيعقد، كانت مقررة right after the noun, or after its adjective or a relative (القمة التي كانت ستعقد);
    not after a preposition or a conjunction (الانسحاب من اجتماع كان ...، بعد القمة بعدما كان ...)."""
    for k in range(j, min(len(toks) - 1, j + 3)):
        if toks[k] in _BREAK or toks[k] in _STOP or toks[k][:1] in ("ل", "ب") and toks[k] not in _WAS:
            return False
        if toks[k] in WHICH and k + 2 < len(toks) and toks[k + 1] == "من" and toks[k + 2] in _DUE:
            return True  # (المحاكمة التي من المقرر أن تبدأ، المحادثات التي من المرتقب أن تجري)
        if toks[k] in _WAS:
            nxt = toks[k + 1]
            return nxt in _DUE or nxt[:1] == "س" and nxt[1:2] in ("ي", "ت", "ن") and len(nxt) > 3 or nxt == "من" \
                and k + 2 < len(toks) and toks[k + 2] in _DUE
    return False


def _considered(toks: list[str], j: int) -> bool:
    for k in range(j, min(len(toks), j + 3)):
        if toks[k] in _BREAK or toks[k] in _PARTNER:
            return False
        if toks[k] in _MOVES:
            return True
    return False


def _deadline(toks: list[str], i: int, reach: int = 12) -> bool:
    b = i - 1 if i > 0 and toks[i - 1] in _FOR_ACT else i if toks[i] in _FOR_ACT else -1
    for k in range(b - 1, max(-1, b - reach) if b > 0 else -1, -1):
        if toks[k] in _BREAK:
            return False
        if toks[k] in _DEADLINE or toks[k] in _FINAL and k > 0 and toks[k - 1] in ("الموعد", "موعد"):
            return True
    return False


# a legal step named as a purpose with لـ (احتجزته الشرطة لإحالته على القضاء، تريد تسلمهما لمحاكمتهما، دعا لفتح
# تحقيق): not yet taken — unless undergone (خضع لاستجواب، تعرض لمحاكمة)
_PROCEDURES = ("accuse-refer", "accuse-trial", "accuse-interrogate", "accuse-sue", "accuse-investigate-open")
_UNDERGO = norm_words("خضع خضعت خضعوا يخضع تخضع يخضعون تعرض تعرضت تعرضوا يتعرض تتعرض")


# ... and an arrest or detention told as the purpose (يواصل البحث لتوقيف المتورطين، حواجز للقبض على الفارين، مخيمات
# لاحتجاز المهاجرين): sought, not made — unless a warrant or order names it (أوامر للقبض على: the order is issued)
_HOLDS = ("coerce-arrest", "coerce-detain")
_ORDERS = norm_words("امر امرا اوامر بامر مذكره مذكرات اذن اذنا")


def _purpose(toks: list[str], i: int, trigger_id: str) -> bool:
    if trigger_id.startswith(_HOLDS) and i > 0 and (toks[i - 1] in _ORDERS or toks[i - 1] in _GOVERNS_L):
        return False
    return trigger_id.startswith(_PROCEDURES + _HOLDS) and toks[i].removeprefix("و").startswith("ل") and not any(
        w.removeprefix("و") in _UNDERGO for w in toks[max(0, i - 4):i])  # (خضع فلان لاستجواب: past the subject)


# a meeting arranged, expected or given a date (عشية القمة، لترتيب لقاء، تنظيم قمة، التوقعات بعقد اجتماع، أي موعد
# لعقد اجتماع): still to come at the time told (not قبل / استضافة, said of past meetings too: قبيل لقاء جمع الأحد)
_AHEAD = norm_words("""عشيه وعشيه ترتيب لترتيب بترتيب تنظيم لتنظيم بتنظيم توقعات التوقعات توقعت وتوقعت موعد موعدا
    موعدا""")
# (بعقد اجتماع قمة: the noun it heads; موعد بدء المفاوضات، موعدا لبدء محادثات: the start is dated, not the talks held)
_MEETING_WORDS = norm_words("""عقد بعقد لعقد اجتماع اجتماعا لقاء لقاءا بدء لبدء ببدء اول من ساعات ساعه ساعتين
    ايام يوم يومين اسبوع اسابيع لحظات دقائق""")  # (قبل ساعات من أول قمة له: still to come)


def _ahead(toks: list[str], i: int, trigger_id: str) -> bool:
    if not trigger_id.startswith("consult-"):
        return False
    k = i - 1
    while k > i - 4 and k >= 0 and toks[k] in _MEETING_WORDS:
        k -= 1
    if k >= 0 and toks[k] in _BEFORE:
        return _before_ahead(toks, i)
    return k >= 0 and toks[k] in _AHEAD and not trigger_id.startswith("consult-visit")


# the meeting or visit a time is told before (قبل زيارة يقوم بها، قبيل لقائه نظيره، قبل اجتماع اللجنة): still to come
# at the time told, unless the clause says it took place (قبيل لقاء جمعهما الأحد، قبل الاجتماع الذي عقد أمس)
_BEFORE = norm_words("قبل وقبل قبيل وقبيل")
_HELD = norm_words("""جمع جمعه جمعها جمعهما جمعت جمعتهما عقد عقدت عقده عقدها عقدوا جري جرت اجراه اجراها اجروا
    استمر استمرت دام دامت امس الماضي الماضيه""")


def _before_ahead(toks: list[str], i: int, reach: int = 8) -> bool:
    for w in toks[i + 1:i + 1 + reach]:
        if w in ("،", ",", ".", "؛"):
            break
        if w in _HELD:
            return False
    return True


# a protest called for (دعت النقابة إلى إضراب، دعا إلى المشاركة في مسيرة، الدعوة لوقفات احتجاجية، دعوات لتنظيم
# احتجاجات): the call's own trigger stands down before protest words (request-call), so the protest is told here as
# still to come; words of joining or organising may stand between the preposition and the protest noun
_CALL = _INVITE | norm_words("""دعوا ودعوا يدعون تدعوان داعيا داعيه داعين للدعوه بالدعوه والدعوه دعواته دعوات
    الدعوات""")
_JOIN = norm_words("""المشاركه مشاركه بالمشاركه للمشاركه الخروج بالخروج للخروج تنظيم لتنظيم بتنظيم الالتحاق
    بالالتحاق للالتحاق اوسع لاوسع يوم في من""")
# ... not a protest held in answer to a call (أضرب العمال استجابة لدعوة النقابة إلى الإضراب)
_ANSWER = norm_words("استجابه تلبيه لبوا لبي التزاما تنفيذا")


def _called(toks: list[str], i: int, trigger_id: str, reach: int = 8) -> bool:
    if not trigger_id.startswith("protest-"):
        return False
    k = i
    if not toks[i].startswith("ل"):
        k = i - 1
        while k >= 0 and toks[k] in _JOIN and not toks[k].startswith("ل"):
            k -= 1
        if k < 0 or toks[k] != "الي" and not (toks[k] in _JOIN and toks[k].startswith("ل")):
            return False
    for m in range(k - 1, max(-1, k - 1 - reach), -1):
        if toks[m] in _BREAK and not (m == k - 1 and toks[m] in ("،", ",")):
            return False
        if toks[m] in _CALL:
            return not any(w in _ANSWER for w in toks[max(0, m - 2):m])
    return False


# a protest whose holding a party announces or decides (أعلن أنصار الحزب تنظيم مظاهرة حاشدة اليوم، قررت النقابة تنظيم
# إضراب): the announcement is the news, the protest is still to come
_ANNOUNCE = norm_words("اعلن اعلنت اعلنوا يعلن تعلن يعلنون قرر قررت قرروا يقرر تقرر يقررون")
_HOLDING = norm_words("تنظيم")


def _announced(toks: list[str], i: int, trigger_id: str, reach: int = 8) -> bool:
    """A protest noun right after تنظيم (or عن تنظيم) whose clause opens, up to `reach` words back, with a verb of
    announcing or deciding; not past the clause's end."""
    if not trigger_id.startswith("protest-") or i < 2 or toks[i - 1] not in _HOLDING:
        return False
    k = i - 2 if toks[i - 2] != "عن" else i - 3
    for m in range(k, max(-1, k - reach), -1):
        if toks[m] in _BREAK or toks[m] in _OPEN and m < k:
            return False
        if toks[m].removeprefix("و") in _ANNOUNCE:
            return True
    return False


def governing_mood(moods: dict[int, tuple[bool, str]], toks: list[str], i: int, kind: str, reach: int = 16
                   ) -> tuple[bool, str] | None:
    """(negated, mood) of the verb a noun trigger at i shares: a verbal trigger among the three words before it
    (ستفرض واشنطن عقوبات), or for a meeting or visit after في or خلال the nearest verbal trigger of its clause, whose
    manner it is (سيصل الوزير إلى الرياض غدا في زيارة، يلتقي X خلال الزيارة Y: still to come)."""
    near = next((moods[k] for k in range(i - 1, max(-1, i - 4), -1) if k in moods), None)
    if near is not None or kind != "CONSULT" or i < 1 or toks[i - 1] not in ("في", "وفي", "خلال"):
        return near
    for k in range(i - 2, max(-1, i - reach), -1):
        if toks[k] in _BREAK or toks[k] in WHICH:
            return None
        if k in moods:
            return moods[k]
    return None


# the act a later act is to serve, after a future verb further back in its clause (سيستقبل نظيره في 22 مايو لإجراء
# محادثات، وسيتم تسليح الكتيبة بأسلحة لقتال داعش، سيصل الوزير غدا، خلال الزيارة): the purpose or the occasion of an
# act still to come is still to come. Words with س + a present prefix that are not future verbs are left out.
_NOT_FUTURE = ("سيطر", "سياس", "سياح", "سيار", "سياد", "سيئ", "سين", "سيد", "سيول", "سيف", "ستين", "ستون", "ستار",
               "سته", "ستيف", "ستال", "سير", "سيم", "سيب", "سنغاف", "ستراس", "ستوك", "سيو", "سنو", "سنه", "سني",
               "سنت", "ستر", "سيج", "سيل", "سيك", "سيغ")
_OCCASION = norm_words("خلال اثناء اثنائها خلالها")
_PURPOSE_ACTS = _FOR_ACT | norm_words("لبحث لمناقشه لاجراء لعقد للقاء لمحاكمه لتنظيم")
# a لـ another word governs is no purpose (امتثالا للعقوبات التي أعادت فرضها، ردا على، وفقا للاتفاق: in force)
_GOVERNS_L = norm_words("امتثالا تنفيذا وفقا طبقا استجابه تلبيه ردا نظرا تبعا خلافا خضوعا التزاما احتراما تطبيقا")


def _future_word(t: str) -> bool:
    """سوف, سيتم or a present verb with the future prefix (وسيستقبل، ستتم), not a noun in س (سياسة، سيطرت)."""
    t = t[1:] if t[:1] in ("و", "ف") else t
    return t in ("سوف", "سيتم", "ستتم") or len(t) >= 5 and t[0] == "س" and t[1] in ("ي", "ت", "ن") \
        and not t.startswith(_NOT_FUTURE)  # (not أبو سياف، سيغيف: names)


def _future_purpose(toks: list[str], i: int, reach: int = 12) -> bool:
    """The trigger is a purpose with لـ (لإجراء محادثات، لقتال) or the occasion after خلال of a future verb earlier in
    its clause; at most one comma right before خلال (ستتم، خلال الزيارة، مناقشة)."""
    w = toks[i].removeprefix("و")
    b = i - 1 if i > 0 and toks[i - 1].removeprefix("و") in _PURPOSE_ACTS | _OCCASION else i \
        if w[:1] == "ل" and len(w) > 3 and not w.startswith("ال") else -1
    if b < 1 or toks[b - 1] in _GOVERNS_L or b < i and toks[b - 1] == "من":
        return False  # (من خلال دعمها: by means of, not during)
    start = b - 1 if toks[b - 1] in ("،", ",") and toks[b].removeprefix("و") in _OCCASION else b
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        if toks[k] in _BREAK or toks[k] in _OPEN:
            return False
        if _future_word(toks[k]):
            return True
    return False


def unrealised(toks: list[str], i: int, j: int, verbal: bool, trigger_id: str) -> str | None:
    """'future' or 'conditional' for a trigger (tokens i..j) told as not taken place; None when nothing says so."""
    if not verbal and (_cancelled(toks, i) or _was_to_be(toks, j)):
        # (a relative's own future, القمة التي ستجمع, is events/modality.coming_after's, for meetings and visits
        # only: التي ستؤدي may be another noun's)
        return "conditional"
    if any(t in _IMMINENT for t in toks[j:j + 2]) or not verbal and (_refused(toks, i) or _deadline(toks, i)):
        return "future"
    if _invited(toks, i) or not verbal and _agreed(toks, i):
        return "conditional"
    if _decided(toks, i):
        return "future"
    # (أي موعد لعقد اجتماع: a past verb takes no لـ / بـ, so عقد read as a verb there is the masdar)
    if _intended(toks, i, verbal, trigger_id) or not verbal and (
            _future_after_adjective(toks, j) or _prepared(toks, i)) or \
            (not verbal or toks[i][:1] in ("ل", "ب")) and _ahead(toks, i, trigger_id) or \
            _purpose(toks, i, trigger_id) or _called(toks, i, trigger_id) or _future_purpose(toks, i) or \
            not verbal and _announced(toks, i, trigger_id):
        return "future"  # (لإحالته may read as a verb with its object, أحالته: the لـ says it is the masdar)
    if trigger_id == "consult-discuss-bahatha" and verbal and _considered(toks, j):
        return "conditional"
    return None
