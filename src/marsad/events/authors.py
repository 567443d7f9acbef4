"""Who did it, and who suffered it, where the word order alone does not tell (used by events/roles): the passive
reading of a verb of violence, the author of an attack noun (its adjective, its genitive, a light verb's subject,
the other side of clashes; a claim clause after it is events/claims) and the subject of تعرض."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.agents import AGENT_MARKS
from marsad.events.arguments import Arg
from marsad.events.attack import site_between
from marsad.events.forms import indefinite, light_attack, told_of
from marsad.events.sectors import LEADING_MEMBERS
from marsad.events.triggers import TriggerHit
from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm_words

PATIENT_GENITIVE = frozenset({"ASSAULT", "COERCE"})
ARMED = frozenset({"MIL", "REB", "COP", "GOV", "SPY", "UNK", "IMG"})
_FORCES = frozenset({"MIL", "REB", "COP", "IMG"})  # who kills, when قتل has a subject after it
OPENERS = norm_words("و كما فيما حيث بينما ان انه ، , : « \" قال وقال قالت وقالت اضاف واضاف اضافت واضافت فقد وقد")
_PASSIVE_READ = frozenset({"assault-kill", "assault-assassinate", "assault-kidnap", "assault-liquidate",
                           "assault-execute", "coerce-arrest", "coerce-detain", "coerce-arrest-tawqif"})
_WHEN = norm_words("""امس أمس اول أول اليوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء فجر ليل
    الماضي الماضيه المنصرم المنصرمه الفائت""")  # (والشهر الماضي قتل 10 جنود: a time phrase opens the clause)
_NUMBERS = norm_words("""اثنان اثنين ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات الاف الاف عدد نحو
    قرابه حوالي حوالى اكثر العشرات المئات الالاف""")
_SOME = norm_words("احد أحد احدى إحدى بعض")
# قتل الطفل محمد: a word for a victim before the name no dictionary knows (the name then reads as its victim)
_VICTIM_WORDS = norm_words("الطفل الطفله الشاب الشابه الفتى الفتاه المواطن المواطنه المسن المسنه الرضيع الصبي")
_IN_IT = norm_words("فيه فيها فيهم خلاله خلالها جراءه جراءها")  # نفذ عملية دهس قتل فيها جنديان: killed in it
_VICTIM_NEXT = _SOME | _IN_IT | _VICTIM_WORDS
_AND_WOUNDED = norm_words("وجرح واصيب وأصيب")
# nouns of an attack, without the article (غارات التحالف، أدان الهجمات)
ATTACK_NOUNS = norm_words("هجوم هجمات هجوما غاره غارات ضربه ضربات قصف اعتداء اعتداءات عمليه عمليات كمين")
_BACKED = norm_words("مسنوده مسنودا مسنودين مدعومه مدعوما مدعومين بدعم باسناد بمساندة بمساندة بمشاركة بغطاء")
_AUTHOR_NOUNS = ATTACK_NOUNS | norm_words("قذائف صواريخ نيران اطلاق")
# nouns of clashes, without the article (في مواجهات مع X)
CLASH_NOUNS = norm_words("مواجهات اشتباكات معارك قتال مواجهه اشتباك")
_CLASHES = CLASH_NOUNS | norm_words("المواجهات الاشتباكات المعارك القتال")
_CLASH_REACH = 24  # tokens from the killing to the clash noun whose other side killed
# what ends the killing's clause before a clash told apart (فيما اندلعت اشتباكات، بينما تدور معارك)
_CLAUSE_ENDS = norm_words(". ؛ : ؟ فيما بينما كما حيث ثم لكن بعدما وفيما وبينما وكما وحيث")
_OBJECTS = _AUTHOR_NOUNS | CLASH_NOUNS | norm_words("قصفا هجوما")  # (and their accusatives)
_LIGHT = norm_words("""قام قامت قاموا قامتا يقوم تقوم يقومون وقام وقامت وقاموا فقام فقامت فقاموا قيام بقيام لقيام
    وقيام""")  # (the noun too: استنكرت قيام قوات الأمن باعتقال ..., بعد قيام مسلحين بمهاجمة: its genitive acts)
_ABLE = norm_words("تمكن تمكنت تمكنوا يتمكن تتمكن يتمكنون نجح نجحت نجحوا ينجح تنجح ينجحون")  # ... من / في <masdar>
_LIGHT_OBJECT = norm_words("""شن شنت شنوا يشن تشن يشنون نفذ نفذت نفذوا ينفذ تنفذ ينفذون اصدر اصدرت اصدروا يصدر
    تصدر وجه وجهت وجهوا يوجه توجه ارتكب ارتكبت ارتكبوا يرتكب ترتكب يرتكبون""")
# ... and أصدرت المحكمة حكما بسجنه, وجهت القوات ضربة جوية, ارتكبت الميليشيات، الاثنين، مجزرة
# قدمت الصين اعتراضا، وجهت الحكومة دعوة، قدمت السعودية مساعدات: the giver of the noun is its author
_LIGHT_GIVE = norm_words("قدم قدمت قدموا يقدم تقدم يقدمون وجه وجهت وجهوا يوجه توجه ابدى ابدت يبدي تبدي")
_SUFFERED = norm_words("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضا تعرضتا تعرضه تعرضها تعرضهم لتعرضه لتعرضها")
_AFTER_PASSIVE = frozenset("في امس اليوم خلال جراء اثر بعد عندما حين اثناء قرب داخل منذ الاحد الاثنين الثلاثاء "
                           "الاربعاء الخميس الجمعه السبت صباح مساء ليل فجر ظهر".split())
_AGENT_NOUNS = norm_words("قناص قناصه قناصون قناصين انتحاري انتحاريون انتحاريين")
# types whose verbal noun a speaker may utter as his own act (ندين، نرفض، نطالب): the others' nouns are not the
# speaker's (قال X إن زيارة Y ..., سعداء بزيارة Y)
SAID = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"})
_GOVERNING = SAID - {"THREATEN"} | {"COERCE"}  # (التلويح بعقوبات أميركية: a threat's بـ noun is its own)
TO_IT = norm_words("لها له لهم اليها اليه اليهم")
_PEOPLE_ENDINGS = ("ين", "ون", "ان")  # a plural or dual nisba after a noun is a people (اعتقال فلسطينيين)
_DEATHS = norm_words("مقتل مصرع وفاه استشهاد")  # a noun of someone's death: the nisba after it is the dead one's
_WHO = norm_words("التي الذي الذين")  # a relative pronoun whose antecedent is a light verb's subject


def passive_reading(hit: TriggerHit, toks: list[str], adjacent: Arg | None, first: Arg | None,
             after: list[Arg] | None = None) -> bool:
    """A Form I past verb of violence read as passive: a count right after it (قتل ستة أشخاص), or a plural or
    dual subject before it with no object after it (ثمانية أشخاص قتلوا أمس في هجوم)."""
    head, nxt = toks[hit.i], toks[hit.j] if hit.j < len(toks) else ""
    if hit.trigger.id not in _PASSIVE_READ:
        return False
    if adjacent is None:
        if nxt in _AND_WOUNDED and hit.j + 1 < len(toks):  # قتل وجرح عدد من ...: the pair of verbs, then who
            hit_j, nxt = hit.j + 1, toks[hit.j + 1]
        else:
            hit_j = hit.j
        while (nxt in _WHEN or nxt in ("،", ",")) and hit_j + 1 < len(toks):  # قتل أول أمس الأحد تونسيان: the
            # time (or a comma: قتل، العقيد ...), then who
            hit_j += 1
            nxt = toks[hit_j]
        in_it = nxt in _IN_IT
        if in_it and hit_j + 1 < len(toks):  # قتل فيه قرابة 60 فلسطينيا: past the resumptive, then who
            hit_j += 1
            nxt = toks[hit_j]
        opens = hit.i == 0 or toks[hit.i - 1] in OPENERS or head[:1] == "و" or in_it or toks[
            hit.i - 1] in _WHEN or toks[hit.i - 1] in MONTH_WORDS  # (وفي مطلع مايو قتل جندي أميركي)
        # قتل ستة أشخاص / قُتل مدنيان / قتل قيادي حوثي: a count, or anyone but armed men and authorities, right
        # after the verb are its victims
        victims = first is not None and (first.i == hit_j + 1 and nxt in _VICTIM_NEXT or (
            first.i == hit_j and (
            first.prep is None and first.actor.kind not in ("country", "place") and (
                # (a state or a town right after the verb is its subject: تحتجز تركيا القس الأمريكي، أعدمت طهران)
                # (a leading member — قتل القيادي البارز في تنظيم القاعدة — is a person, not its armed men)
                first.actor.sector not in ARMED or first.actor.kind == "person" or toks[first.i] in LEADING_MEMBERS or (
                # قتل جنديان أميركيان واصيب ...: a count of soldiers (indefinite, no ال) with no object after
                # it was killed; الجيش, القوات, قوات الأمن (a body, or a definite construct) kill
                not any(w.startswith(("ال", "وال")) for w in toks[first.i:first.j]) and not any(
                    a.prep is None and (a.i - first.j <= 1 or a.accusative) for a in (after or []) if a.i > first.i)
                and not _count_follows(toks, first.j))))))
        # 21 شخصا قتلوا: a counted noun no dictionary lists right before a plural or dual verb was killed
        counted = hit.i >= 2 and toks[hit.i - 2].isdigit() and head.endswith(("وا", "ا"))
        return counted or opens and (nxt.isdigit() or nxt in _NUMBERS or victims)
    if indefinite(adjacent, toks) and not head.endswith(("وا", "ا")) and (
            nxt in ("", ".", "،", ",") or nxt in _AFTER_PASSIVE) and not _count_follows(toks, hit.j + 1):
        # وكان شرطي أردني قتل، السبت، في هجوم / إن صحفيا قتل في ولاية ...: an indefinite singular noun before the
        # verb with no object after it was killed (an indefinite noun seldom opens an active clause)
        return True
    return head.endswith(("وا", "ا")) and (nxt in ("", ".", "،", ",") or nxt in _AFTER_PASSIVE or (
        nxt[:1] in ("و", "ب", "ف") and nxt not in _NUMBERS and (first is None or first.i > hit.j)))


def genitive_author(hit: TriggerHit, head: str, genitive: Arg | None, after: list[Arg],
                    toks: Sequence[str] = (), verbs: frozenset[int] = frozenset()) -> Arg | None:
    """غارات التحالف، قصف الجيش، هجمات الحوثيين: after a noun of attack the genitive is who attacks (after a noun of
    killing or arrest — اغتيال القادة، اعتقال الصحفي — it is who suffers). A town after it is the target (قصف
    المدينة); a country only when a target follows (غارات إسرائيل على غزة: قصف سوريا is ambiguous)."""
    if hit.verbal or hit.trigger.type != "ASSAULT":
        return None
    if genitive is not None and genitive.prep is None and genitive.i == hit.j and genitive.actor.kind != "person" \
            and genitive.actor.sector in _FORCES and genitive.j < len(toks) and toks[genitive.j][:1] == "ل" \
            and len(toks[genitive.j]) > 3:
        return genitive  # استهداف الطيران الإسرائيلي لمنطقة ...: an armed force, then what it hit with لـ
    base = head[hit.strip:]
    if base not in _AUTHOR_NOUNS and base.removeprefix("ال") not in _AUTHOR_NOUNS:
        return None
    # (not past a verb: هجوم استهدف حافلة لقوات الدرك — the لـ phrase is the verb's object's)
    # (nor past the noun's own genitive: غارات التحالف تجمعات للمتمردين — the لـ phrase is what they hit)
    # (past one adjective of the noun, not its object: الغارات تجمعا لميليشيا X — the لـ phrase owns what is hit;
    # an indefinite accusative noun takes an accusative adjective: صد هجوما عنيفا للميليشيات)
    accusative = base.endswith("ا") and not base.startswith("ال")
    owner = next((a for a in after if a.prep == "ل" and a.i - hit.j <= 2 and a.actor.kind != "place"
                  and not a.place and not any(hit.j <= v < a.i for v in verbs)
                  and (accusative or all(qualifies(w) for w in toks[hit.j:a.i])) and not site_between(toks, hit.j, a.i)
                  and not any(hit.j <= b.i and b.j <= a.i for b in after)), None)
    if owner is not None and owner.actor.kind != "country":
        # غارات جوية للتحالف العربي، هجوم للحوثيين، القصف المدفعي للقوات التركية: the attack belongs to its author
        return owner
    if base not in _AUTHOR_NOUNS or genitive is None or genitive.prep is not None or genitive.i != hit.j \
            or genitive.actor.kind == "place":
        return None
    if genitive.actor.kind == "country" and not any(a.prep in ("علي", "على", "ضد") for a in after if a is not genitive):
        return None
    return genitive


def clash_side(hit: TriggerHit, toks: list[str], after: list[Arg], victim: Arg | None) -> Arg | None:
    """قتل 26 عنصرا من الميليشيات في مواجهات مع المقاومة: who killed them is the other side of the clashes — also
    past a long description of the killed (قتل تسعة من عناصر ميليشيا الحوثي الانقلابية المدعومة من إيران، في معارك
    ضد الجيش), not past the end of the clause (فيما اندلعت اشتباكات مع ...: other clashes)."""
    for k in range(hit.j, min(len(toks), hit.j + _CLASH_REACH)):
        if toks[k] in _CLAUSE_ENDS:
            return None
        if toks[k].lstrip("وب") in _CLASHES or toks[k][1:] in _CLASHES:
            side = next((a for a in after if a.i > k and a.i - k <= 4 and a.prep in ("مع", "ضد") and a is not victim),
                        None)  # (خلال اشتباكات ضد الجيش الليبي)
            if side is not None:
                return side
    return None


def _count_follows(toks: list[str], k: int) -> bool:
    """A number after position k in the same clause (قتل مسلحون من التنظيم 21 مسيحيا: the count is the object);
    the clause ends at a comma or a word joined by و (واصيب تسعة ...)."""
    for w in toks[k:k + 6]:
        if w in ("،", ",", ".") or w[:1] == "و" and len(w) > 1:
            return False
        if w.isdigit() or w in _NUMBERS:
            return True
    return False


def light_subject(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The subject of قام in قام X بـ<masdar> (or X قام بـ<masdar>), of تمكن / نجح in تمكن X من <masdar>, or of a
    light verb whose object the noun is (شنت مقاتلات التحالف عشرات الغارات، نفذ الجيش هجوما، قدمت الصين اعتراضا)."""
    if hit.verbal:
        return None
    # تمكنت القوات من تدمير, نجحت الشرطة في اعتقال (not past على: تمكن من القضاء على X في كمين)
    able = next((k for k in range(hit.i - 2, max(-1, hit.i - 13), -1) if toks[k].lstrip("وف") in _ABLE), -1) if (
        hit.i > 1 and toks[hit.i - 1] in ("من", "في")) else -1
    able = -1 if any(w in ("على", "علي") for w in toks[able + 1:hit.i]) else able
    if toks[hit.i][:1] == "ب":
        k = next((k for k in range(hit.i - 1, max(-1, hit.i - 9), -1) if toks[k] in _LIGHT), -1)
    elif able >= 0:
        k = able
        people = [a for a in people if a.actor.code]  # (a body no dictionary places is no better a subject)
    else:
        light = _LIGHT_OBJECT if hit.trigger.type in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE") else _LIGHT_GIVE
        # (شنت مقاتلات التحالف، منذ أمس الجمعة وحتى صباح اليوم السبت، سلسلة غارات: a long time phrase may stand
        # between; far off, only a subject right after the light verb is taken)
        k = next((k for k in range(hit.i - 1, max(-1, hit.i - 24), -1) if toks[k] in light or (
            toks[k][:1] in ("و", "ف") and toks[k][1:] in light) or hit.trigger.type == "ASSAULT"
            and light_attack(toks[k]) and _attack_object(hit, toks, people, k)), -1)
    if k < 0 or hit.i - k > 11 and (any(w in (".", "؛", ":") or w.lstrip("وب").removeprefix("ال") in _OBJECTS
                                        for w in toks[k + 1:hit.i]) or toks[hit.i][:1] == "ب"
                                    or toks[hit.i][hit.strip:].removeprefix("ال") in CLASH_NOUNS):
        return None  # (شنت قوات التحالف قصفا ...، وسط معارك بين ...: the light verb's object came before)
    # (قامت مجموعة من المتمردين بمهاجمة: a group word no dictionary lists, then من and who they are)
    inner = [a for a in people if k < a.i and a.j <= hit.i and not a.accusative and (
        a.prep is None or a.prep == "من" and a.i - k <= 4 and not a.place)]
    if inner:
        return inner[0] if hit.i - k <= 11 or inner[0].i - k <= 2 else None
    if hit.i - k > 11:
        return None
    # (قوات الجيش الوطني قد شنت: an adjective the mention left out, or قد, may stand between)
    # (لقوات المقاومة التي تشن منذ الفجر هجوما: a relative's antecedent, whatever governs it, is the verb's subject)
    outer = [a for a in people if a.j <= k and (a.prep is None or a.j == k - 1 and toks[a.j] in _WHO) and (all(
        w in ("قد", "لقد") or w.startswith("ال") for w in toks[a.j:k]) and k - a.j <= 2 or told_of(toks, a.j, k) or (
        # قوات الجيش مسنودة بطيران التحالف نفذت عملية: a phrase of who backs the subject may stand between
        a.j < k and toks[a.j] in _BACKED and k - a.j <= 10 and not any(w in ("،", ",") for w in toks[a.j:k])))]
    return outer[-1] if outer else None


def _attack_object(hit: TriggerHit, toks: list[str], people: list[Arg], k: int) -> bool:
    """بدأت القوات التركية، مدعومة بمقاتلي الجيش السوري الحر، هجوما: the noun of attack is the object of the verb at k
    — between them only its subject, a phrase of who backs it, commas and words of time."""
    covered = {t for a in people if k < a.i and a.j <= hit.i for t in range(a.i, a.j)}
    backing = False
    for t in range(k + 1, hit.i):
        w = toks[t]
        if w in ("،", ","):
            backing = False
        elif w in _BACKED:
            backing = True
        elif t not in covered and not backing and w not in _WHEN and not w.startswith("ال"):
            return False
    return hit.i - k <= 12 and toks[hit.i][:1] not in ("ب", "ل") and (k + 1 == hit.i or bool(covered))


def suffered_by(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The subject of a تعرض governing this verbal noun (تعرض موكبه لهجوم، تعرضت السفينة إلى هجوم)."""
    if hit.verbal or not (toks[hit.i].startswith("ل") or hit.i > 0 and toks[hit.i - 1] == "الي"):
        return None
    # (the subject may carry a long apposition: تعرضت وزيرة الدولة ...، انجلينا مانج، حرم ...، لمحاولة اغتيال)
    k = next((k for k in range(hit.i - 1, max(-1, hit.i - 24), -1) if toks[k] in _SUFFERED), -1)
    if k < 0 or any(w in (".", "؛", ":") for w in toks[k:hit.i]):
        return None
    between = [a for a in people if a.i > k and a.j <= hit.i and a.prep in (None, "ل")]  # دورية للجيش
    if between:
        return between[0]
    before = [a for a in people if a.j <= k and k - a.j <= 1 and a.prep is None]
    return before[-1] if before else None


def author_adjective(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """A nationality adjective agreeing with a verbal noun (غارة إسرائيلية, الضربات الجوية الأميركية)."""
    if hit.verbal or not after:
        return None
    a = after[0]
    if a.actor.kind != "nationality" or a.prep is not None or a.i - hit.j > 1 or a.j - a.i != 1:
        return None
    if governed_adjective(hit, toks, a):  # إدانته للتدخلات الإيرانية: the adjective is the لـ noun's
        return None
    if toks[hit.i][hit.strip:] in _DEATHS:  # مقتل أميركي، مقتل مزارع فلسطيني: who died, never the killer
        return None
    agent = toks[hit.i][hit.strip:].removeprefix("ال") in _AGENT_NOUNS  # قناصة إسرائيليون: snipers who are Israelis
    return None if toks[a.i].endswith(_PEOPLE_ENDINGS) and not agent else a


def governed_adjective(hit: TriggerHit, toks: list[str], a: Arg) -> bool:
    """إدانته للتدخلات الإيرانية, اتهامات بتدخل روسي, اعتقالات لآلاف الأتراك: a nationality adjective right after the
    noun a verbal noun of stance or coercion governs with لـ / بـ agrees with that noun — whose acts are condemned,
    who is arrested — not with the verbal noun (an attack's لـ / بـ noun is its owner or its arms: غارات لطائرات
    روسية)."""
    if hit.verbal or hit.trigger.type not in _GOVERNING or a.i != hit.j + 1 or a.prep is not None:
        return False
    tok = toks[hit.j]
    return a.actor.kind == "nationality" and tok[:1] in ("ل", "ب") and not tok.startswith("ال") and len(tok) > 3


def victim_before(before: list[Arg], hit: TriggerHit) -> Arg | None:
    """The people before an attack named as their circumstance: the last bare participant, past the place they
    fled or were in (نزح آلاف المدنيين من مدينة عفرين هربا من القصف)."""
    k = len(before) - 1
    while k >= 0 and before[k].place or k >= 0 and before[k].prep == "من" and before[k].actor.kind == "place":
        k -= 1
    if k < 0 or before[k].prep is not None or hit.i - before[k].j > (8 if k == len(before) - 1 else 12):
        return None
    return before[k]


def qualifies(w: str) -> bool:
    """جوية، مدفعي مكثف، أخرى: a word that may stand between a noun of attack and its لـ owner — not an indefinite
    noun in the accusative (تجمعا، مقرا، موقعا), the object of what the noun does, whose owner the لـ phrase is."""
    return w.startswith(("ال", "ل", "ب")) or not w.endswith("ا") or w.endswith(("وا", "ايا")) or len(w) <= 3


WEAPONS = _AUTHOR_NOUNS | norm_words("طائرات مقاتلات طائره مقاتله مدفعيه")


def expelled(hit: TriggerHit, genitive: Arg | None, after: list[Arg]) -> tuple[Arg | None, Arg] | None:
    """طرد السفير الكندي لدى الرياض: after a noun of expulsion the genitive is who is expelled; the host named with
    لدى is who expels (else the subject the rules found)."""
    if hit.trigger.type != "SANCTION" or hit.trigger.mode != "expel" or genitive is None \
            or genitive.prep is not None or genitive.i != hit.j:
        return None
    host = next((a for a in after if a.i >= genitive.j and a.i - genitive.j <= 1 and a.prep in ("لدي", "لدى")), None)
    # (طرد read as a verb: an envoy "at" a host right after it is still its object, not its subject)
    return (host, genitive) if host is not None or not hit.verbal else None


_NOT_SUBJECT_PREPS = frozenset({"في", "ب", "من", "عن", "ل"})


def recipient_after(after: list[Arg], preps: tuple[str, ...], toks: list[str] | None = None,
               agents: bool = True) -> Arg | None:
    """The first of the next three participants a trigger can take as recipient: bare, or with one of its
    prepositions (an entry naming none takes any but في ب من عن), or the agent named by على يد / برصاص."""
    if toks is not None and agents:
        # الاحتلال الكارثي لأفغانستان من قبل الولايات المتحدة: blame goes to the act's author
        agent = next((a for a in after if a.i > 0 and toks[a.i - 1] in AGENT_MARKS), None)
        if agent is not None:
            return agent
    for a in after[:3]:
        if a.prep is None or a.prep in preps or (not preps and (a.prep not in _NOT_SUBJECT_PREPS or a.prep == "ل")):
            return a  # (an entry naming no prepositions takes ل too: دعمها الكامل للحكومة, انتقادات للرئيس)
        if toks is not None and a.prep in ("ل", "من") and any(w in preps for w in toks[max(0, a.i - 3):a.i - 1]):
            return a  # على تجمع للمواطنين: the recipient preposition governs the phrase the participant closes
    return None


def counted_patient(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """مقتل أكثر من 20 شخصا من ميليشيات الحوثي, مصرع اثنين من قياداتها, مقتل 5 من العاملين: after a noun of killing
    or arrest a count, then من and a group — the من is partitive, the group is the noun's patient (not a participant
    of its own)."""
    if hit.verbal or hit.trigger.type not in PATIENT_GENITIVE:
        return None
    a = next((a for a in after if a.i - hit.j <= 6), None)
    if a is None or a.prep != "من" or a.place or a.actor.kind == "place" or toks[a.i - 1] != "من":
        return None
    between = toks[hit.j:a.i - 1]
    if not any(w.isdigit() or w.removeprefix("ال") in _NUMBERS or w in _NUMBERS for w in between) or any(
            w in ("،", ",", ".", "في") for w in between):
        return None
    return a


def owns_attack(toks: list[str], lo: int, a: Arg) -> bool:
    """قتل 15 إرهابيا في ضربات جوية للجيش المصري: a لـ participant after a noun of attack or arms (between lo and it)
    is that attack's owner, not the verb's object."""
    k = next((k for k in range(lo, a.i) if toks[k].lstrip("وبف").removeprefix("ال") in WEAPONS), -1)
    return a.prep == "ل" and k >= 0 and not site_between(toks, k + 1, a.i)
