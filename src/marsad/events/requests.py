"""Who is asked in a demand or a call (REQUEST verbs: طالب، دعا، حث، ناشد، حض).

These verbs take the party asked as a bare object and the requested act after a preposition or أن:
طالب X Y بـ..., دعا X Y إلى..., حث X Y على..., ناشد X Y أن.... A bare noun right after the verb is its subject only
when the verb can have one of its own there:

* a verb whose ending names its subject — a plural or dual (طالبوا الحكومة بـ, يدعون المجتمع الدولي إلى) or the
  first person (ندعو المجتمع الدولي إلى, نحث قطر على) — takes no explicit subject after it (a verb before its
  subject is singular): the bare noun after it is the one asked, also past an indefinite head in construct with it
  (وطالبوا متطرفي حركة طالبان بـ: the movement, not its members' subject);
* a verb joined by و to a clause already under way (وقال البيت الأبيض إن ...، ودعا الكونغرس إلى التصديق) shares
  that clause's subject: the single bare noun after it, then the requested act, is the one asked;
* words no participant covers, opened by a definite noun or a demonstrative, between the verb and that noun
  (دعت هذه المنظمة الحكومة الأميركية إلى), or by an indefinite head and its definite genitive (طالب مدير المنظمة
  السلطات بـ، دعا خبراء الاقتصاد الحكومة إلى; not a time: يوم الأحد), also past فيه / فيها taking up what was named
  before (ودعت فيه النقابة الإدارة إلى), are the verb's unlisted subject: the noun is the one asked, no actor (but a
  singular nationality adjective after such a construct is its own: يدعو مشروع القرار الأميركي إلى — no one asked).
  The call's medium closing those words (دعا الحزب في بيانه الحكومة إلى، في بيان له، خلال كلمته) is no part of them;
* a verb that opens a clause describing a statement named just before it, its medium taken up by a pronoun —
  أصدرت الوزارة بيانا طالبت فيه الحكومة بـ، تغريدة دعا فيها الأتراك إلى، وقفة طالبوا خلالها X بـ — has the statement's
  author as its subject: the bare noun after the pronoun is the one asked (not so after a time — في الوقت الذي
  يطالب فيه الناس بـ: the people demand).

Who takes part in the requested act is not asked (تطالب واشنطن بإطلاق سراح القس: not the pastor; طالبت بمحاسبة
إيران: not Iran) — a bare noun inside the act, up to the end of its clause (quotes round a name do not end it:
دعت إلى وقف تمويل "داعش"), is neither recipient nor actor; and when the act opens right past the verb and its subject
(دعت الحكومة الأردنية إلى وقف القتال في اليمن), neither is a party behind a preposition or a place in it, nor, for
the ranker, any party in or past it (in_act). So for the act the noun ضرورة names after شدد / أكد على: only the bare
genitive of its verbal noun or the subject after أن is the one asked (ضرورة تجاوب إيران مع; not ضرورة اتخاذ إجراءات في
مواجهة توجهات إيران: necessary_act), or a side of a pair the actor's own state is in (بين طهران وبغداد).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.subject_first import subject_first
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_VERBS = frozenset({"request-demand", "request-call", "request-appeal", "request-urge", "request-urge-hadd"})
_NOUNS = frozenset({"request-demand", "request-appeal", "request-call-noun"})  # مطالبة، مناشدة، دعوة
_NECESSITY = "request-necessity"  # شدد على ضرورة / بضرورة
_THAT = frozenset({"ان", "بان"})
# verbs that take the act they carry out as a verbal noun under بـ (قام بمطالبة، رد بمطالبة، بدأ بمطالبة)
_LIGHT = norm_words("قام قامت قاموا رد ردت ردوا بدا بدات بداوا بادر بادرت بادروا اكتفى اكتفت تكتفي يكتفي")
# what opens the requested act after the party asked: إلى التصديق، على التوقف، بسحب، لممارسة، أن تلغي، بضرورة, and
# بـ set apart before a quoted act (طالب X، الأربعاء، بـ"ضمانات")
_OPENERS = norm_words("الى إلى على ان بان الي بـ")
_ALSO = norm_words("كما ثم")  # كما طالبت "الحكومة ... بالتدخل": the clause before goes on
_SKIP = frozenset({"،", ",", '"', "«", "»", "“", "”"})
_REACH = 3  # words between the verb and the party asked (أيضا، اليوم، مؤخرا)
_WINDOW = 6  # ... or an unlisted subject (دعا المشاركون في الندوة، رئيس الحكومة إلى)
_ACT_REACH = 12  # words from the verb to the requested act (past the subject and the party asked)
_NOT_ACTS = norm_words("""باسم بمناسبه بمثابه بما بمن لما لمن لمده بيان بيانه بيانها بيانات بين بعد بعض بشان بسبب
    بحسب بينما بلاده بلادها بلد بلدان بدوره بدورها لكن لدى لذلك ليس لقد لكنه لكنها لاسيما لعدم""")
_BARE_ACTS = norm_words("""وقف سحب رفع فرض فتح حل منع دعم نشر حظر فك رد كف عدم ضروره سرعه عقد وضع حمايه وصول دخول
    خروج عوده قبول حوار""")  # (بوصول المساعدات للسكان: a bare verbal noun of form I)
_QUOTES = frozenset({'"', "«", "“"})
_FRAMING = norm_words("ضروره عدم")  # (إلى ضرورة عدم تدخل X: the act's verbal noun is تدخل)
_ADVERBS = norm_words("""ايضا أيضا كذلك مجددا مؤخرا بدوره بدورها امس أمس اليوم الاحد الاثنين الثلاثاء الاربعاء الخميس
    الجمعه السبت صباح مساء الليله امس""")
_DEMONSTRATIVES = norm_words("هذه هذا هؤلاء تلك ذلك")
_PEOPLE = ("يين", "يون")  # الفرنسيين، اليمنيون: a people, not an adjective (الفرنسي، اليمنية)
_TIMES = norm_words("يوم ليله ليلة مساء صباح عشيه عشية نهايه نهاية مطلع منتصف اواخر أواخر بدايه بداية خلال طيله طيلة")
# the medium of the call, between its subject and the one asked: في بيان (له)، في بيانه، خلال كلمته، عبر تغريدة
_MEDIUM_PREPS = norm_words("في خلال عبر")
_MEDIUM = norm_words("""بيان بيانه بيانها بيانهم بيانات تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها كلمه كلمته
    كلمتها رساله رسالته رسالتها خطاب خطابه خطابها مؤتمر تغريده تغريدته تغريدتها مقابله حديثه حديثها""")
_MEDIUM_TAIL = norm_words("له لها لهم صحفي صحافي مشترك رسمي صادر اليوم امس أمس")
# a pronoun taking up the statement a call is made in (بيانا دعا فيه، تغريدة طالب فيها، وقفة طالبوا خلالها)
_RESUMED = norm_words("فيه فيها خلاله خلالها")
_STATEMENTS = norm_words("""بيان بيانا البيان بيانه بيانها تغريده التغريده تغريدات رساله الرساله رسالته رسالتها
    بلاغ بلاغا البلاغ تقرير تقريرا التقرير تصريح تصريحا تصريحات التصريحات تصريحاته تصريحاتها كلمه كلمته كلمتها
    خطاب خطابا الخطاب خطابه خطابها مقابله المقابله منشور منشورات عريضه العريضه مذكره المذكره وقفه الوقفه مؤتمر
    موتمر مؤتمرا موتمرا المؤتمر الموتمر نداء نداءا""")
_STATEMENT_REACH = 8  # words from the statement noun to the verb (بيانا من سجنه، يوم الأربعاء، دعا فيه)
_MEETINGS = norm_words("اجتماع اجتماعا جلسه دوره لاجتماع لجلسه بعقد بجلسه باجتماع")  # (a session of the body asked)
_BREAKS = frozenset({".", ":", "؛", "ان", "انه", "انها", "الذي", "التي", "الذين", "و"})


def _act(w: str) -> bool:
    """بإطلاق، بمحاسبة، لتوفير، بالتدخل، للتعاون، بوقف: a verbal noun under بـ / لـ — one of the shapes of a derived
    verbal noun (إفعال، تفعيل، مفاعلة، افتعال; the article) or a listed bare one — not بيان، بشأن، لجنة، باسم."""
    if w[:1] not in ("ب", "ل") or len(w) < 4 or w.startswith("ال") or w in _NOT_ACTS:
        return False
    body = w[1:]
    return body.startswith(("ال", "ا", "ت", "م")) and len(body) >= 4 or body in _BARE_ACTS


def _head_noun(w: str) -> bool:
    """متطرفي، ممثلي، قادة: an indefinite noun heading a construct — no article, preposition, adverb or clause word."""
    return len(w) >= 3 and w[:1].isalpha() and not w.startswith(("ال", "ب", "ل")) and w not in _BREAKS | _OPENERS \
        and w not in _ADVERBS and w not in _DEMONSTRATIVES and w not in _SKIP


def _construct(gap: list[str]) -> bool:
    """مدير المنظمة، خبراء الصحة، سكان القرية: an indefinite head noun and the definite genitive right after it, a
    definite subject no dictionary lists (not a time: يوم الأحد، صباح الاثنين)."""
    return len(gap) >= 2 and _head_noun(gap[0]) and gap[0] not in _TIMES and gap[1].startswith("ال")


def _own_subject(hit: TriggerHit, toks: list[str]) -> bool:
    """طالبوا، يطالبون، دعوا، يدعون، ندعو، نطالب، نحث، طالبنا: the verb's ending or prefix names its subject."""
    t = hit.trigger
    word = toks[hit.i][hit.strip:]
    if object_pronoun(word):
        return False
    forms: set[str] = set()
    for p in (norm(x) for x in t.past):
        base = p[:-1] if p.endswith("ا") else p  # دعا → دعوا، دعونا
        forms |= {p + "وا", p + "نا", base + "وا", base + "ونا", p + "تا"}
    for p in (norm(x) for x in t.present):
        stem = p[1:]
        forms |= {"ن" + stem, "ي" + stem + "ون", "ت" + stem + "ون", "ي" + stem + "ان", "ت" + stem + "ان"}
        if stem.endswith("و"):  # يدعو → يدعون
            forms |= {"ي" + stem + "ن", "ت" + stem + "ن"}
    return word in forms


def _without_medium(gap: list[str]) -> list[str]:
    """The words before the one asked less a closing phrase of the call's medium (دعا الحزب في بيانه → الحزب)."""
    for m, w in enumerate(gap[:-1]):
        if w in _MEDIUM_PREPS and gap[m + 1] in _MEDIUM and all(
                x in _MEDIUM_TAIL or x in _ADVERBS or x in _SKIP for x in gap[m + 2:]):
            return gap[:m]
    return gap


def takes_up_statement(hit: TriggerHit, toks: list[str]) -> bool:
    """بيانا دعا فيه، تغريدة يطالب فيها (and بيانا اتهم فيه, for events/statement_taken): the verb, no و before
    it, takes up by a pronoun a statement named within reach before it, no sentence break between."""
    if hit.j >= len(toks) or toks[hit.j] not in _RESUMED or toks[hit.i][:hit.strip].startswith(("و", "ف")):
        return False
    for k in range(hit.i - 1, max(-1, hit.i - 1 - _STATEMENT_REACH), -1):
        if toks[k] in (".", ":", "؛"):
            return False
        if toks[k].removeprefix("و") in _STATEMENTS:
            return True
    return False


def _asked(hit: TriggerHit, toks: list[str], people: list[Arg], resumed: bool = False,
           own: bool = False) -> tuple[Arg | None, bool]:
    """The bare participant after the verb (and its conjuncts) that the requested act follows, and whether words no
    participant covers stand before it as the verb's unlisted subject (دعت هذه المنظمة الحكومة الأميركية إلى,
    ودعا الرحال المواطنين إلى)."""
    after = sorted((a for a in people if a.i >= hit.j and a.i - hit.j <= _WINDOW), key=lambda a: a.i)
    if not after or after[0].prep is not None:
        return None, False
    first = after[0]
    gap = _without_medium([w for w in toks[hit.j:first.i] if w not in _QUOTES])
    if resumed:  # بيانا دعا فيه الحكومة إلى، تغريدة يطالب فيها منظمة أوبك بـ: no subject there, only the one asked
        gap = [w for w in gap[1:] if w not in _ADVERBS and w not in _SKIP]
        gap = [] if len(gap) == 1 and not gap[0].startswith(("ال", "ب", "ل")) and gap[0] not in _BREAKS | _OPENERS \
            else gap  # (منظمة أوبك: a head noun no dictionary lists; not بإقالة حكومة X, the act)
    if own and len(gap) == 1 and _head_noun(gap[0]):  # وطالبوا متطرفي حركة X بـ: the head of the one asked
        gap = []
    if not resumed and len(gap) >= 2 and gap[0] in _RESUMED:  # ودعت فيه النقابة الإدارة إلى: the subject after it
        gap = gap[1:]
    filler = all(w in _ADVERBS or w in _SKIP for w in gap)
    # an unlisted subject: a definite noun or a demonstrative first, no preposition or clause break in it
    unlisted = not filler and (gap[0].startswith("ال") or gap[0] in _DEMONSTRATIVES or _construct(gap)) and not any(
        w in _BREAKS or w[:1] in ("ب", "ل") and not w.startswith("ال") for w in gap)
    if unlisted and _construct(gap) and first.actor.kind == "nationality" and not toks[first.i].endswith(_PEOPLE):
        return None, False  # يدعو مشروع القرار الأميركي إلى: the construct's own adjective, no one asked
    if not (filler and len(gap) <= _REACH or unlisted):
        return None, False
    end = first.j
    for a in sorted(people, key=lambda a: a.i):  # طالب الأمين العام والمنظمات الدولية بـ: the conjuncts
        if a.i > first.i and a.conj and a.i - end <= 1:
            end = a.j
    k = end
    while k < len(toks) and (toks[k] in _SKIP or toks[k].startswith("ال") and k - end < 2
                               and toks[k] not in _OPENERS):  # (المعنية بـ)
        k += 1
    if k >= len(toks):
        return None, False
    w = toks[k].removeprefix("و")
    opened = w in _OPENERS or _act(w)
    return (first, unlisted) if opened else (None, False)


def _opened_at(j: int, toks: list[str], people: list[Arg]) -> int:
    """Where the requested act opens after the verb ending at `j` (تطالب واشنطن بإطلاق سراح القس: at بإطلاق), -1 if
    nowhere near: the first opener within reach that begins no participant."""
    starts = {a.i for a in people}
    for k in range(j, min(len(toks), j + _ACT_REACH)):
        w = toks[k]
        if w in (".", ":", "؛"):
            return -1
        if k in starts:
            continue
        w = w.removeprefix("و")
        if w in _OPENERS or _act(w):
            return k
    return -1


def _within(toks: list[str], k: int, a: Arg) -> bool:
    """`a` stands in the requested act opened at `k`, bare or behind a preposition (بوصول المساعدات للسكان في عفرين,
    بضمانات قبل السماح لسفينة ... في مرفأ إيطالي), up to the end of its clause (، لكن الحوثي: past it; a quoted name
    — إلى وقف تمويل "داعش" — is still inside it)."""
    return a.i > k and not any(w in _BREAKS or w in _SKIP and w not in _QUOTES and w not in "”»" for w in toks[k:a.i])


def requested(j: int, toks: list[str], people: list[Arg], a: Arg) -> bool:
    """`a` stands in the act a call ending at `j` asks for, opened before any party — مطالبين بدعم إنقاذ المهاجرين —,
    not as the bare genitive of the act's verbal noun, past ضرورة / عدم (مطالبين بإسقاط الحكومة، داعيا إلى ضرورة
    عدم تدخل السلطات: the one it is asked of)."""
    k = _opened_at(j, toks, people)
    if k < 0 or not _within(toks, k, a):
        return False
    head = k if _act(toks[k].removeprefix("و")) else k + 1
    while head + 1 < a.i and toks[head].removeprefix("ب").removeprefix("ال") in _FRAMING:
        head += 1
    return not (a.prep is None and not a.place and a.i == head + 1)


def in_act(rule: str, verbal: bool, toks: list[str], token: int, people: list[Arg], arg: Arg) -> bool:
    """`arg` stands in or past the act a demand or call verb at `token` asks for (its trigger's rule), the act opening
    right past the verb and its subject — دعت X إلى إنهاء القتال في ليبيا، طالب X بإيصال المساعدات إلى الغوطة —: for
    events/ranker, which then gives it no role either: a call naming no one asked before its act names no one after
    it (who takes part in the act, or where it happens, is not the one asked). Not a bare noun (the ranker weighs it:
    تسيطر عليها بكين), nor a bare party of the act's own noun phrase (بتخلي كوريا الشمالية عن، بوقف بث قناة X،
    بإنهاء البناء الاستيطاني الإسرائيلي: the one it is asked of), nor the body whose session, or the state where a
    meeting, is asked for (_session)."""
    trigger = rule.split("@")[0].removeprefix("trigger:")
    if trigger == _NECESSITY and not verbal:  # ضرورة اتخاذ إجراءات في مواجهة توجهات إيران: not Iran
        return arg.i > token and not _of_act(toks, _necessity_head(toks, token + 1), arg)
    if not verbal or trigger not in _VERBS or arg.i <= token:
        return False
    k = _opened_at(token + 1, toks, people)
    if k < 0 or arg.i <= k or not _near(token + 1, k, toks, people):
        return False
    head = k if _act(toks[k].removeprefix("و")) else k + 1  # بتخلي / إلى مساءلة: the act's verbal noun
    joined = next((p for p in people if p.j == arg.i and p.i > k), None)
    if arg.prep is None and joined is not None:  # للسكان المدنيين: a bare word right after a party is of its phrase
        arg = joined
    if arg.prep is None and not arg.place and arg.actor.kind != "nationality" and toks[arg.i - 1] not in _OPENERS:
        return False  # (a bare noun of its own: تسيطر عليها بكين)
    if _of_act(toks, head, arg):  # (بوقف بث قناة X، بإنهاء البناء الاستيطاني X)
        return False
    return not _session(toks, k, arg)


def _of_act(toks: list[str], head: int, arg: Arg) -> bool:
    """`arg` is a bare party of the act's own noun phrase, within four words past its head `head` and behind no
    preposition — بتخلي كوريا الشمالية عن، بوقف بث قناة X، ضرورة تجاوب إيران مع —: the one the act is asked of."""
    gap = toks[head + 1:arg.i]
    return arg.prep is None and not arg.place and arg.i - head <= 4 and all(
        w[:1] not in ("ب", "ل") or w.startswith("ال") for w in gap) and not any(
        w in _BREAKS or w in _SKIP or w in _MEDIUM_PREPS or w in _OPENERS for w in gap)


def _necessity_head(toks: list[str], j: int) -> int:
    """The head of the act ضرورة names, its token ending at `j`: the verbal noun right after it (ضرورة تجاوب), or
    the verb after أن (بضرورة أن تعيد أوروبا)."""
    return j + 1 if j < len(toks) and toks[j] in _THAT else j


def necessary_act(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                  recipient: Arg | None) -> Arg | None:
    """شدد X على ضرورة ...: the recipient after ضرورة only when it is the party the necessary act is asked of — the
    bare genitive of its verbal noun (ضرورة تجاوب إيران مع، ضرورة خروج المملكة المتحدة), the subject of the verb
    after أن (بضرورة أن تعيد أوروبا فرض) or a side of a pair after بين that the actor's own state is in (ضرورة
    تنفيذ الاتفاقيات بين طهران وبغداد, said by Iran: the other side is asked) —, not one behind a preposition or a
    place further in it or past it (ضرورة اتخاذ إجراءات في مواجهة توجهات إيران، ضرورة التصدي لظاهرة ... التونسية:
    no one asked)."""
    if hit.trigger.id != _NECESSITY or recipient is None or recipient.i < hit.j:
        return recipient
    if _of_act(toks, _necessity_head(toks, hit.j), recipient):
        return recipient
    own = actor.actor.country if actor is not None else None
    pair = {a.actor.country for a in people if a.prep == "بين" and abs(a.i - recipient.i) <= 2}
    return recipient if recipient.prep == "بين" and own in pair and len(pair - {None}) > 1 else None


def _session(toks: list[str], k: int, a: Arg) -> bool:
    """`a` names the body whose session or the state where a meeting is asked for (بعقد جلسة طارئة لمجلس الأمن,
    إلى عقد اجتماع عاجل في الأردن): the one asked, though it stands in the act."""
    return any(w in _MEETINGS for w in toks[max(k, a.i - 3):a.i])


def _near(j: int, k: int, toks: list[str], people: list[Arg]) -> bool:
    """The act opens at `k` right past the verb ending at `j`, its subject and the one asked, past no word but a
    participant's, an adverb or a comma (دعت بريطانيا، في وقت سابق، إلى: not past في تصريح لمراسل ... على هامش)."""
    covered = {m for a in people for m in range(a.i, a.j)}
    return all(m in covered or toks[m] in _ADVERBS or toks[m] in _SKIP for m in range(j, k))


def addressee(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
              implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a demand or call verb, with the bare noun after a verb that has a subject of
    its own (ندعو المجتمع الدولي إلى, ودعا الكونغرس إلى) as the one asked; the rules' roles otherwise."""
    if not hit.verbal or hit.trigger.id not in _VERBS:
        return actor, recipient, implicit
    # طالب بإطلاق سراح القس, دعا إلى اجتماع في الأردن: who takes part in the requested act is not asked
    k = _opened_at(hit.j, toks, people)
    if k >= 0 and recipient is not None and _within(toks, k, recipient) and (
            recipient.prep is None or _near(hit.j, k, toks, people) and not _session(toks, k, recipient)):
        recipient = None
    if k >= 0 and actor is not None and actor.i > k:
        actor, implicit = None, True
    resumed = takes_up_statement(hit, toks)
    asked, unlisted = _asked(hit, toks, people, resumed, _own_subject(hit, toks))
    # (the one asked's own body in the act asked of it before is no subject: طالب X روسيا بسحب قواتها ... كما دعا روسيا)
    owned = asked is not None and actor is not None and actor.j <= hit.i and actor.possessed and \
        actor.owner is not None and actor.actor.country == asked.actor.country is not None
    if asked is None or asked is recipient and not (resumed and actor is not None and actor.i >= hit.j) and not owned:
        return actor, recipient, implicit
    joined = ("و" in toks[hit.i][:hit.strip] or hit.i > 0 and toks[hit.i - 1] in _ALSO) and hit.i >= 3
    if unlisted and actor is asked:  # دعت هذه المنظمة الحكومة إلى: the subject no dictionary lists
        return None, asked, True
    fronted, subject = subject_first(hit, toks, people)  # إن المملكة تحث إيران على: the subject before the verb
    if fronted and asked is not subject:
        return subject or (actor if actor is not None and actor.j <= hit.i else None), asked, subject is None and (
            actor is None or actor.j > hit.i)
    again = actor is not None and actor.j <= hit.i and actor.actor == asked.actor or owned  # (named before)
    if not (_own_subject(hit, toks) or joined and (actor is asked or again) or resumed):
        return actor, recipient, implicit
    if actor is asked or again or actor is None or actor.i >= hit.j:
        # the subject: one bare participant named earlier in the sentence (قال البيت الأبيض ...، ودعا), not the
        # one asked named again (طالبت النقابة الوزارة بـ ... كما دعت الوزارة إلى), else the speaker or the
        # subject carried from before
        actor = next((a for a in sorted(people, key=lambda a: a.i) if a.j <= hit.i and a.prep is None
                      and not a.place and a.actor.kind != "place" and a.actor != asked.actor), None)
        implicit = actor is None
    return actor, asked, implicit


def noun_addressee(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """خرجوا لمطالبة الحكومة بالإصلاح، ردت الوزارة بمطالبة إسرائيل بوقف: a noun of demand or call under لـ (the
    aim of what its subject does) or under بـ after a verb that carries it out has its subject's demand in it; the
    bare noun after it that the requested act follows is the one asked, not the one demanding (a bare مطالبة X
    بـ — في ضوء مطالبة الاتحاد بـ — keeps the rules' reading: X may be the one demanding)."""
    if hit.verbal or hit.trigger.id not in _NOUNS:
        return actor, recipient, implicit
    pre = toks[hit.i][:hit.strip].removeprefix("و")
    light = next((k for k in range(hit.i - 1, max(-1, hit.i - 7), -1) if toks[k] in _BREAKS or toks[k] in _SKIP
                  or toks[k].removeprefix("و") in _LIGHT), -1)  # ردت الخارجية الأردنية بمطالبة: past the subject
    # (لدعوة الملك لعقد اجتماع: an invitation's genitive is its author; دعوة only under a verb that carries it out)
    if not (pre == "ل" and hit.trigger.id != "request-call-noun"
            or pre == "ب" and light >= 0 and toks[light].removeprefix("و") in _LIGHT):
        return actor, recipient, implicit
    asked, _ = _asked(hit, toks, people)
    if asked is None or asked.i != hit.j:
        return actor, recipient, implicit
    if actor is asked or actor is None or actor.i >= hit.j:
        actor = next((a for a in sorted(people, key=lambda a: -a.i) if a.j <= hit.i and a.prep is None
                      and not a.place and a.actor.kind != "place"), None)
        implicit = actor is None
    return actor, asked, implicit
