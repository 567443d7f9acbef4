"""Who claims an attack, or the clause after an attack or sanctions noun that names its author (used by
events/roles): هجوم شنه متمردون، الهجوم الذي نفذته طالبان، العقوبات التي فرضتها واشنطن; أعلنت حركة الشباب مسؤوليتها
عنه."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.authors import PATIENT_GENITIVE
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_CLAIMS = norm_words("""شن شنه شنها شنته شنوه شنت شنتها شنوا نفذ نفذه نفذها نفذته نفذت نفذتها نفذوه نفذوا تبنى تبناه
    تبناها تبنته تبنتها تبنت تبنوا ارتكب ارتكبه ارتكبها ارتكبته ارتكبت ارتكبوا زرعته زرعها زرعتها زرعوه زرعوها
    زرع زرعت زرعوا يشنها تشنها يشنه تشنه يشنونها ينفذها تنفذها ينفذه تنفذه اطلقه اطلقها اطلقته اطلقتها اطلقوه
    اطلقوها القاها القته القتها القوها نصب نصبه نصبها نصبته نصبتها نصبوه نصبوا نصبت نصبوها شنوها
    نفذوها خاضه خاضها خاضته خاضتها خاضوه خاضوها يخوضها تخوضها يخوضه تخوضه يخوضونها""")  # ... and لغم
CLAIM_VERBS = _CLAIMS  # (for events/cause_author: تفجير تبناه X)
# verbs of dealing or leading an attack, only in a clause right after the noun (الضربات الجوية التي وجهتها القوات
# الجوية، الضربات التي تقودها الولايات المتحدة): further on they tell of another noun (هجوم على التحالف الذي تقوده
# السعودية، شبكة يقودها X); not وجهه, his face, nor قادة / قادته / قادتها, leaders
_NEAR = norm_words("وجهها وجهتها وجهته وجهوها يوجهها توجهها يوجهه توجهه يوجهونها قادها قادوها يقودها تقودها يقوده "
                   "تقوده يقودونها")
# زرعته ميليشيا الحوثي: who planted the mine; حملة القصف التي تشنها قوات النظام: who wages it; كمين نصبه X: who
# laid the ambush; معارك خاضها X مع Y: who fought them (خاض only with the pronoun of what is fought)
_IMPOSED = norm_words("""فرض فرضه فرضها فرضته فرضتها فرضوا فرضوها فرضت يفرضها تفرضها يفرضه تفرضه يفرضونها اعلنها
    اعلنتها""")
# ... and of a blockade, siege or curfew (COERCE): حصار تفرضه إسرائيل على القطاع، حظر التجول الذي فرضه الجيش


def claimed_by(hit: TriggerHit, toks: list[str], after: list[Arg], before: list[Arg] | None = None) -> Arg | None:
    """The author of a violent noun named in a clause after it: هجوم شنه متمردون, الهجوم الذي نفذته طالبان,
    ... وتبنته حركة طالبان, اعتداءات ارتكبها أكثر من 300 كاهن; of sanctions: العقوبات التي فرضتها واشنطن; or,
    when that clause names no subject, the subject of the sentence the attack is the means or circumstance of
    (سيطرت تركيا على المدينة في عملية عسكرية شنتها ضد X، تمكنت القوات من تأمين المنطقة بعملية نفذتها أمس)."""
    if hit.verbal or hit.trigger.type not in (*PATIENT_GENITIVE, "SANCTION"):
        return None
    claims = _IMPOSED if hit.trigger.type == "SANCTION" else (
        (_CLAIMS | _IMPOSED) if hit.trigger.type == "COERCE" else _CLAIMS)
    # (a feminine pronoun on the verb resumes a feminine noun standing between, not a masculine trigger: تدمير
    # مركبتين ... في محاولة تسلل فاشلة نفذتها الميليشيات — نفذتها resumes محاولة, not تدمير)
    # (a broken plural of things — معارك عنيفة خاضها الجيش — is feminine too)
    feminine = toks[hit.i][hit.strip:].endswith(("ه", "ات")) or toks[hit.i][hit.strip:].removeprefix("ال") in _BROKEN
    for a in after:
        lo = a.i - 2 - _count_before(toks, a.i)  # (ارتكبها أكثر من 300 كاهن: the count opens the subject)
        lo -= toks[max(0, lo):a.i].count("#")  # (نفذتها طائرات #تحالف_دعم_الشرعية: a hashtag's sign is no word)
        lo -= _hedged(toks, a.i)  # (نفذه على الأرجح عناصر تنظيم X: a hedge may stand between)
        for k in range(max(0, lo), a.i):  # (نفذه مجرمون مسلحون: a noun the mention left out may stand between)
            w = toks[k][1:] if toks[k][:1] in ("و", "ف") and toks[k][1:] in claims else toks[k]
            if w in _NEAR and hit.trigger.type == "ASSAULT" and a.prep is None and k - hit.j <= 4 and not any(
                    x in _BREAKS or x in _PREPS for x in toks[hit.j:k]) and not any(b.i < k for b in after):
                return a  # (الضربات الجوية الناجحة التي وجهتها X: only the noun's adjectives between)
            if w in claims and a.prep is None and not (
                    hit.trigger.type == "ASSAULT" and _resumes(w) and not feminine and any(
                        v.endswith("ه") for v in toks[hit.j:a.i - 1])):
                return a
    if hit.trigger.type != "ASSAULT":
        return None
    return _subject_of_means(hit, toks, after, before or [], claims) or _subject_of_light(hit, toks, before or [])


_HEDGES = tuple(tuple(norm(w) for w in h.split()) for h in ("على الأرجح", "على ما يبدو", "كما يبدو", "فيما يبدو"))


def _hedged(toks: list[str], i: int) -> int:
    """How many words of a hedge (على الأرجح، على ما يبدو) stand right before token i, or before the one word
    there (نفذه على الأرجح عناصر تنظيم X: a member noun the mention left out)."""
    return next((len(h) for h in _HEDGES for e in (i, i - 1) if e >= len(h) and tuple(toks[e - len(h):e]) == h), 0)


_BROKEN = norm_words("معارك قذائف صواريخ")  # broken plurals of things: a feminine pronoun resumes them
_COUNT_WORDS = norm_words("اكثر اقل من نحو حوالي قرابه زهاء عشرات مئات الاف")


def _count_before(toks: list[str], i: int) -> int:
    """How many words of a count stand right before token i (أكثر من 300 كاهن: 3)."""
    n = 0
    while i - n - 1 >= 0 and (toks[i - n - 1] in _COUNT_WORDS or toks[i - n - 1][:1].isdigit()) and n < 4:
        n += 1
    return n


_BREAKS = frozenset(("،", ",", ".", "؛", ":", "?", "؟", "!", "(", ")"))
_MEANS = norm_words("في خلال عبر اثناء")
_PREPS = norm_words("بحق ضد على في الى من عن مع")
# what may follow a claim verb with no subject of its own: a preposition, a time, the clause's end
_NO_SUBJECT = _PREPS | _BREAKS | norm_words("امس اليوم يوم صباح مساء فجر ليل الاحد الاثنين الثلاثاء الاربعاء "
                                            "الخميس الجمعه السبت مؤخرا قبل بعد خلال")


def _subject_of_means(hit: TriggerHit, toks: list[str], after: list[Arg], before: list[Arg],
                      claims: frozenset[str]) -> Arg | None:
    """في عملية عسكرية شنتها ضد X، بعملية واسعة نفذتها أمس: a verb carrying the attack's pronoun within three words
    after the noun, with no party right after it, has the sentence's subject — the first bare party of the clause
    before the noun — as its subject, when the noun is the means or circumstance of the subject's act (بعملية،
    في عملية), not what is condemned or reported (أدانت الهجوم الذي شنه)."""
    head = toks[hit.i][:hit.strip].removeprefix("و")
    if not (head == "ب" or hit.i > 0 and toks[hit.i - 1] in _MEANS):
        return None
    v = next((v for v in range(hit.j, min(len(toks), hit.j + 3))
              if toks[v] in claims and toks[v].endswith(("ه", "ها"))), -1)
    if v < 0 or v + 1 < len(toks) and toks[v + 1] not in _NO_SUBJECT:
        return None  # (هجوم شنته فصائل متشددة: a subject no dictionary lists)
    if any(w in _BREAKS for w in toks[hit.j:v]):
        return None
    clause = [a for a in before if a.prep is None and not a.place and a.actor.kind != "place" and not any(
        w in _BREAKS for w in toks[a.j:hit.i])]
    return clause[0] if clause else None


# a light verb of attack with no subject of its own, its noun right after it (بعد أن شنت هجوما)
_LIGHT = norm_words("شن شنت شنوا يشن تشن يشنون نفذ نفذت نفذوا ينفذ تنفذ ينفذون")
_THAT = norm_words("ان انه انها انهم")  # what opens the clause whose subject is wanted (قالت مصادر إن X ...)


def _subject_of_light(hit: TriggerHit, toks: list[str], before: list[Arg]) -> Arg | None:
    """حررت قوات الجيش منطقتين، بعد أن شنت هجوما على مواقع X: a light verb of attack with no subject of its own
    (its noun right after it) in a clause of time opened by بعد أن / قبل أن / عقب أن shares the subject of the
    clause it depends on — the first bare party of that clause (past a reporting إن / أن), before the time word and
    at most a comma; none when the clause names no party before the time word."""
    k = hit.i - 1
    if hit.strip or k < 2 or toks[k] not in _LIGHT or toks[k - 1] != "ان" or toks[k - 2] not in cues.TIME_OPENERS:
        return None
    end = k - 2 - (toks[k - 3] in ("،", ",") if k >= 3 else 0)
    lo = max((n for n in range(end) if toks[n] in _THAT), default=-1)
    clause = [a for a in before if lo < a.i and a.j <= end and a.prep is None and not a.place
              and a.actor.kind != "place" and not any(w in _BREAKS for w in toks[a.j:end])]
    return clause[0] if clause else None


def _resumes(verb: str) -> bool:
    """A verb whose object pronoun is feminine (نفذتها, زرعتها)."""
    return verb.endswith("ها")


_CLAIM_VERBS = norm_words("""اعلن اعلنت اعلنوا يعلن تعلن تبنى تبنت تبنوا يتبنى تتبنى اعترف اعترفت اعترفوا يعترف تعترف
    تحمل تحملت يتحمل تتحمل""")
_RESPONSIBILITY = norm_words("مسؤوليته مسؤوليتها مسؤوليتهم مسؤوليتهما المسؤوليه")
_NOT = norm_words("لم لن لا عدم ينفي تنفي نفى نفت نفوا")


_AFFILIATED = norm_words("مرتبطه مرتبطة مرتبط مرتبطين تابعه تابع تابعين")  # a group "linked to" / "part of" X


def claimant(toks: list[str], people: list[Arg]) -> Arg | None:
    """Who claims an attack told in the sentence: أعلنت حركة الشباب مسؤوليتها عنه, تنظيم داعش تبنى المسؤولية, أعلنت
    وزارة الدفاع مسؤوليتها عن مقتل مدنيين, and a group no dictionary lists by the body it is linked to (أعلنت جماعة
    مرتبطة بتنظيم القاعدة مسؤوليتها) — not when the claim is negated (لم تعلن أي جهة مسؤوليتها)."""
    for k, w in enumerate(toks):
        if w not in _RESPONSIBILITY:
            continue
        v = next((v for v in range(k - 1, max(-1, k - 9), -1) if toks[v] in _CLAIM_VERBS or (
            toks[v][:1] in ("و", "ف") and toks[v][1:] in _CLAIM_VERBS)), -1)
        if v < 0 or any(x in _NOT for x in toks[max(0, v - 2):v]):
            continue
        inner = [a for a in people if v < a.i and a.j <= k and (a.prep is None or a.prep in ("ب", "ل") and toks[
            a.i - 1] in _AFFILIATED)]  # (أعلنت جماعة مرتبطة بتنظيم القاعدة مسؤوليتها: the group it belongs to)
        if inner:
            return inner[0]
        before = [a for a in people if a.j <= v and v - a.j <= 1 and a.prep is None]
        if before:
            return before[-1]
    return None


def condemned_author(toks: list[str], k: int, people: list[Arg]) -> Arg | None:
    """The author of a condemned attack (the noun at k) named by a clause right after it: أدانت الوزارة الضربات
    التي شنتها المقاتلات التركية، ندد بالهجوم الذي تبناه التنظيم، دان إطلاق صواريخ أعلن الحوثيون مسؤوليتهم عنها —
    the accused of the condemnation (None when no such clause follows within the noun's words)."""
    for v in range(k + 1, min(len(toks), k + 5)):
        w = toks[v]
        if w in _BREAKS:
            return None
        w = w[1:] if w[:1] in ("و", "ف") and w[1:] in _CLAIMS | _CLAIM_VERBS else w
        if w not in _CLAIMS and w not in _CLAIM_VERBS:
            continue
        a = next((a for a in people if a.prep is None and not a.place and v < a.i <= v + 2), None)
        if a is None or w not in _CLAIMS and not any(x in _RESPONSIBILITY for x in toks[a.j:a.j + 2]):
            return None  # (أعلن X alone is no claim: أعلن X مسؤوليته عنه is)
        return a
    return None
