"""The people an authority arrests, detains, sentences, tries or refers to a court when no dictionary names them.

ألقت الشرطة المغربية القبض على شخص, اعتقلت الشرطة التونسية رجلين, حكمت المحكمة على اثنين من المتهمين: the object
of a coercion verb or noun is often a plain noun for a person (شخص، رجل، سيدة، متهم، مشتبه به) that no dictionary
lists, so the event is left with no target. Such a person, when an authority of a known country holds or tries them,
is one of its people (events/sides.domestic gives the country); a person named otherwise keeps their own; one told
as a militant (عنصر إرهابي، شخص ينتمي إلى تنظيم إرهابي، ألقت القبض على إرهابي) is of an armed group, REB. So too the
persons an authority frees (أطلقت الحكومة سراح أكثر من 6000 سجين: its people), past a quantifier (جميع المتهمين،
30 على الأقل من X), and a noun of office held as a member of the body named after it (اعتقلت الشرطة نائبا في
البرلمان: LEG). The held person outranks the actor's own nationality word the rules fell back on past an unlisted
adjective (أحالت النيابة العمومية التونسية 12 موقوفا: not TUN). Such a person named before the act, whom only the
act's object pronoun names (فر الشاب قبل أن تعتقله الشرطة، الرجل ... خلال استجوابه), is its target too (resumed_person).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.events.held_place import holder_kind
from marsad.events.object_referent import act_pronoun, spoke
from marsad.events.record import Participant, Span
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_AUTHORITIES = frozenset({"GOV", "COP", "JUD", "LEG", "SPY"})  # (as events/sides.domestic)
# (the arrest's own types: not a raid, a blockade, a ban or a seizure, whose object is a place or a thing)
HOLDING = ("coerce-arrest", "coerce-detain", "coerce-sentence", "coerce-remand", "coerce-house-arrest")
_TO = norm_words("إلى على")  # (أحال شخصين على المحكمة: where they are sent describes no one)
# the legal steps an authority takes against a person (أحال النائب العام ستة أشخاص على القضاء، استجوبت النيابة
# متهمين): ACCUSE, whose target is no domestic one by default (sides.domestic), so the authority's country is given here
_LEGAL = ("accuse-refer", "accuse-trial", "accuse-prosecute", "accuse-interrogate", "accuse-charge")
# a release (أطلقت الحكومة سراح أكثر من 6000 سجين، أفرجت السلطات عن 20 موقوفا): the ones freed are the authority's
# people too — RETREAT, which sides.domestic does not localise, so the authority's country is given here (not a
# release of property: retreat-release-property)
_FREEING = "retreat-release"
_NOT_FREEING = "retreat-release-property"
# plain nouns for a person, singular, dual and plural, in the accusative too (normalised; ال is stripped first)
_PEOPLE = norm_words(
    "شخص شخصا شخصين اشخاص أشخاصا رجل رجلا رجلين رجال رجالا امرأة امرأتين نساء سيدة سيدتين شاب شابا شابين شبان"
    " متهم متهما متهمين متهمون مشتبه مشتبها مشتبهين مشتبهون فتى فتاة فتيات فتية طفل طفلا طفلين أطفال مراهق"
    " مراهقا مراهقين سائق سائقا طالب طالبا طالبين طلاب عنصر عنصرا عنصرين عناصر متورط متورطا متورطين شريك شريكا"
    " موظف موظفا موظفين ضابط ضابطا ضباط مسؤول مسؤولا مسؤولين موقوف موقوفين مطلوب مطلوبا مطلوبين"
    " مهرب مهربا مهربين مهربون مروج مروجا مروجين لص لصا لصين لصوص مزود مزودا مواطن مواطنا مواطنين مواطنة"
    " عصابة عصابات شقيق شقيقا شقيقين شقيقان أشقاء أخوين منحرف منحرفا منحرفين عضو عضوا عضوين أعضاء"
    " مفتش مفتشا مظنون مظنونا"  # (wanted, suspected: مفتش عنه، 12 مفتشا عنهم، المظنون فيهما)
    " سجين سجينا سجينين سجينان سجناء موقوفا موقوفون مراهقان مراهقون مراهقة مزدوجي مزدوجو"  # (من مزدوجي الجنسية)
    " إرهابي إرهابيا تكفيري تكفيريا")  # (ألقت القبض على إرهابي مصنف خطير: a militant, REB)
_TO_HIM = norm_words("له لها لهم لهما لهن اليه اليها اليهم اليهما")  # (a charge brought to him: events/charges)
_VERB_LIKE = norm_words("طالب طالبا طالبين")  # person nouns also spelt as a verb or its participle
_BACK = 20  # words back from the act to the person its pronoun resumes
# broken plurals of the person nouns (their pronoun is هم)
_BROKEN_PLURALS = norm_words("اشخاص رجال نساء شبان فتيات فتية اطفال طلاب عناصر اشقاء سجناء لصوص ضباط اعضاء")
# nouns of office that name a held person only as a member of the body named right after them (اعتقلت السلطات نائبا
# من حزب X: the party's; alone — اعتقلت نائبا — no one this can code)
_MEMBERS = norm_words("نائب نائبا نائبين نواب قيادي قياديا قياديين قياديون")
# words that tell a held person as a militant (normalised; ال is stripped first)
_MILITANT = norm_words("إرهابي إرهابيا إرهابية إرهابيين إرهابيون تكفيري تكفيريا تكفيرية تكفيريين داعشي داعشيا"
                       " داعشية داعشيين")
# a count or a part before the person (اثنين من المتهمين، أحد المتورطين، بعض العناصر، 4 من أشخاص)
COUNTS = norm_words(
    "أحد إحدى بعض اثنين اثنتين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس ست سبع ثمان تسع عشر"
    " عشرات مئات آلاف عدد العديد كبير من عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين مئة مائة ألف"
    " نحو حوالي قرابة زهاء أكثر أقل ما لا يقل يزيد عن")  # (عدد كبير من الأشخاص، نحو 20 شخصا، ما لا يقل عن 30)
# what may stand between the verb and its object: the preposition it governs, a time (ألقت الشرطة، أمس، القبض على)
BETWEEN = norm_words(
    "على بحق اليوم أمس الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت مساء صباح فجر ظهر ليلة الماضي")
# what else may stand before the one a verdict or an arrest holds: the sentence's word (قضت المحكمة بسجن 3 أشخاص),
# also (القبض أيضا على)
_ON_THE_WAY = norm_words("بسجن بحبس بالسجن بالحبس بإعدام بالإعدام أيضا")
# a numeral with the article stands for that many people (القبض على الخمسة، حكمت على الثلاثة الباقين; not الاثنين,
# a weekday)
_THE_N = frozenset("ال" + w for w in norm_words("ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"))
# a quantifier or a hedge on a count before the person (القبض على جميع المتهمين، كافة الموقوفين، 30 على الأقل من X)
_ALL = norm_words("جميع كافة كل على الأقل")


def militant(toks: list[str], stop: int) -> bool:
    """A person told as a militant in the words right after him, up to a comma (عنصر تكفيري، عنصرا ينتمي إلى
    تنظيم إرهابي، مشتبها به في قضية الخلية الإرهابية): one of an armed group, REB, not a civilian."""
    for w in toks[stop:stop + 7]:
        if w in ("،", ",", "."):
            return False
        if w.removeprefix("ال") in _MILITANT:
            return True
    return False


def person_at(toks: list[str], k: int, end: int) -> int | None:
    """Where a person noun ends when one starts at k (past a count: اثنين من المتهمين), else None."""
    while k < end and (toks[k] in COUNTS or toks[k] in _ALL or toks[k].isdigit()):
        k += 1
    if k < end and (toks[k] in _PEOPLE or toks[k].removeprefix("ال") in _PEOPLE or toks[k] in _THE_N):
        return k + 1
    return None


def _member_at(toks: list[str], k: int, end: int) -> int | None:
    """Where a noun of office (نائبا، قياديا) ends when one starts at k, past a count, else None."""
    while k < end and (toks[k] in COUNTS or toks[k].isdigit()):
        k += 1
    return k + 1 if k < end and toks[k].removeprefix("ال") in _MEMBERS else None


def _freeing(tid: str) -> bool:
    return tid.startswith(_FREEING) and not tid.startswith(_NOT_FREEING)


def _authority_holds(tid: str, actor: Participant) -> bool:
    """The act holds, frees or brings to law (arrest, release, charge, referral ...) and its actor is an authority,
    or a state named by its name or a town (which holds through its authorities)."""
    return (tid.startswith(HOLDING + _LEGAL) or _freeing(tid)) and (
        actor.actor.sector in _AUTHORITIES or actor.actor.sector is None and bool(actor.actor.country)
        and actor.actor.kind in ("country", "place"))


def held_person(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None, doc: Document,
                ntoks: list[tuple[int, int, str]]) -> Participant | None:
    """The unlisted person an authority holds: أوقفت السلطات الأمنية التونسية سيدة, سارعت السلطات إلى توقيف
    سيدة, ألقت الشرطة القبض على أحد المتورطين — within a few words after the trigger, past the actor's own words
    (VSO) and a time; a generic civilian with no country (the caller's `domestic` gives the actor's)."""
    # (a state named by its name or a town holds through its authorities: أعوان الشرطة بإقليم القيروان)
    # (an authority the sentence gives no country — اعتقلت السلطات الأمنية أربعة أشخاص — holds civilians of none)
    tid = hit.trigger.id
    if actor is None or not _authority_holds(tid, actor):
        return None
    freeing = _freeing(tid)
    own = [a for a in args if a.start >= actor.span.start and a.end <= actor.span.end or _own_nationality(a, actor)]
    end = min(len(toks), hit.j + 8)
    k = max([hit.j] + [a.j for a in own if hit.j <= a.i < end])  # (past the actor's own words: VSO)
    while k < end:
        if any(a.i <= k < a.j for a in own) or toks[k] in BETWEEN or toks[k] in _ON_THE_WAY or toks[k] in ("،", ","):
            k += 1
            continue
        at = next((a for a in args if a.place and a.prep == "في" and k in (a.i - 1, a.i)), None)
        if at is not None:  # قضت محكمة في موريتانيا بسجن: where the authority sits, not the one held
            k = at.j
            continue
        if any(a.i <= k < a.j for a in args):
            return None  # someone else named first: the rules' business
        stop = person_at(toks, k, end)
        member = stop is None and (stop := _member_at(toks, k, end)) is not None
        if stop is None:
            return None
        body = next((a for a in args if not a.place and a.prep in ("في", "من") and (
            a.i == stop or a.i == stop + 1 and toks[stop] == a.prep)), None)
        if member and body is None:
            return None  # (اعتقلت الشرطة نائبا: an office with no body names no party)
        if body is not None:  # احتجاز 70 ضابطا في الجيش, تسعة مسؤولين من الشرطة: members of the body named
            c = body.actor.country or actor.actor.country  # (a body with no country of its own: the state's)
            return Participant(Span(doc.text[body.start:body.end], body.start, body.end),
                               replace(body.actor, country=c, code=make_code(c, body.actor.sector)))
        if any(not a.place and a.actor.kind != "place" and stop <= a.i <= stop + 3 and a.prep not in _TO for a in args):
            return None  # اعتقال شخص مقرب من تنظيم القاعدة: the party that describes them is the rules' (and ranker's)
        assert doc.normalized is not None
        s, e = doc.normalized.to_orig(ntoks[k][0], ntoks[stop - 1][1])
        militant_one = militant(toks, stop) or toks[stop - 1].removeprefix("ال") in _MILITANT
        return _held_one(doc, s, e, actor, tid.startswith(_LEGAL) or freeing, militant_one)
    return None


def held_target(recipient: Participant | None, hit: TriggerHit, toks: list[str], args: list[Arg],
                actor: Participant | None, doc: Document, ntoks: list[tuple[int, int, str]]) -> Participant | None:
    """The one an authority holds: the rules' recipient, unless it is a police, court or intelligence body of the
    authority's own state named further on than the verb's object (اعتقلته السلطات عند محاولته الفرار وهو في قبضة
    الشرطة، القبض على المشتبه بهما وأذنت النيابة بالاحتفاظ بهما: the agents of the arrest, not its target — a body
    right after the verb, past a count, is still the one held: اعتقلت السلطات 50 من عناصر الشرطة); else the unlisted
    person it holds (held_person). A civilian held whom the words right after tell as a militant (عنصر تكفيري،
    شخصين ينتميان إلى تنظيم إرهابي) is one of an armed group, REB (militant)."""
    if recipient is not None and _agent_named_later(recipient, hit, toks, args, actor):
        recipient = None
    if recipient is not None and recipient.actor.sector == "CVL" and recipient.actor.kind == "generic" and \
            hit.trigger.id.startswith(HOLDING):  # (not a questioning: استجوب الضباط الأطفال، وصفوا عنفا إرهابيا)
        arg = next((a for a in args if a.start == recipient.span.start and a.i >= hit.j), None)
        if arg is not None and militant(toks, arg.j):  # اعتقلت مشتبها به في قضية الخلية الإرهابية
            c = recipient.actor.country
            return replace(recipient, actor=replace(recipient.actor, sector="REB", code=make_code(c, "REB")))
    if recipient is None or _stand_in(recipient, actor):
        return held_person(hit, toks, args, actor, doc, ntoks) or resumed_person(
            hit, toks, args, actor, doc, ntoks) or recipient
    return recipient


def resumed_person(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None, doc: Document,
                   ntoks: list[tuple[int, int, str]]) -> Participant | None:
    """The unlisted person an authority holds, frees, questions or refers whom only the act's object pronoun names:
    فر الشاب قبل أن تعتقله الشرطة الأردنية، حاول المارة الإمساك بالسائق ...، ألقت الشرطة القبض عليه، قالت النيابة
    إن الرجل نفى التهمة خلال استجوابه — the nearest plain noun for a person before the act in its sentence (within
    _BACK words, not past a full stop, a prepositional clitic stripped: بالسائق) that agrees with the pronoun (ه one
    man, ها one woman, هما two, هم / هن several) and that no dictionary codes, nor one right after a verb of saying
    (قال المتهم إن ...: a speaker, not the one held — the act is then his own words' business). Coded as
    held_person codes the one named after the act; None when there is no such person or no authority acts."""
    tid = hit.trigger.id
    if actor is None or not _authority_holds(tid, actor):
        return None
    freeing = _freeing(tid)
    pronoun = act_pronoun(hit, toks)
    if pronoun is None and tid.startswith("accuse-charge") and hit.j < len(toks) and toks[hit.j] in _TO_HIM:
        pronoun = next(p for p in ("هما", "هم", "هن", "ها", "ه") if toks[hit.j].endswith(p))  # ووجهت لهم اتهامات
    if pronoun is None:
        return None
    for k in range(hit.i - 1, max(-1, hit.i - _BACK - 1), -1):
        if toks[k] in (".", "!", "؟", "?"):
            return None
        word = _bare(toks[k])
        if word in _VERB_LIKE and "ال" + word not in toks[k]:  # (طالب بالإفراج عنه: a verb of demanding)
            continue
        counted = k > 0 and (toks[k - 1].isdigit() or toks[k - 1] in COUNTS)  # (300 شخص: several)
        if word not in _PEOPLE or any(a.i <= k < a.j for a in args) or not (
                _agrees(pronoun, word) or counted and pronoun in ("هم", "هن")):
            continue
        if spoke(toks, k):
            return None
        s, e = doc.normalized.to_orig(ntoks[k][0], ntoks[k][1]) if doc.normalized is not None else (0, 0)
        return _held_one(doc, s, e, actor, tid.startswith(_LEGAL) or freeing,
                         militant(toks, k + 1) or word in _MILITANT)
    return None


def _held_one(doc: Document, s: int, e: int, actor: Participant, legal: bool, militant_one: bool) -> Participant:
    """The person held, at [s, e) of the text: a militant (REB) or a civilian (CVL), of the authority's country
    when it has no sector, or the act is legal or a release (a holding authority's own are given by
    sides.domestic); a countryless authority's: CVL with no country."""
    c = actor.actor.country if actor.actor.sector is None or legal else None
    sector = "REB" if militant_one else "CVL"
    code = make_code(c, sector) if c or not actor.actor.country else None
    return Participant(Span(doc.text[s:e], s, e), Actor(None, c, sector, code, None, "generic"))


def _bare(w: str) -> str:
    """A token with its conjunction, preposition and article taken off (وبالسائق → سائق)."""
    w = w.removeprefix("و") if len(w) > 4 and w.startswith("و") and w[1:2] in ("ب", "ل", "ا") else w
    w = w[1:] if len(w) > 4 and w[:1] in ("ب", "ل") and w[1:3] == "ال" else w
    return w.removeprefix("ال")


def _agrees(pronoun: str, word: str) -> bool:
    """The person noun agrees with the pronoun: ه a masculine singular, ها a feminine singular, هما a dual, هم / هن a
    plural (a dual read as plural too)."""
    dual = word.endswith(("ين", "ان")) and word not in ("شاب", "مواطن")
    plural = word.endswith(("ون", "ين", "ات")) or word in _BROKEN_PLURALS
    feminine = word.endswith("ه") and not plural
    if pronoun == "ه":
        return not feminine and not plural and not dual
    if pronoun == "ها":
        return feminine
    if pronoun == "هما":
        return dual
    return plural or dual


def _stand_in(recipient: Participant, actor: Participant | None) -> bool:
    """A recipient the rules fell back on that a held person named right after the verb outranks: a word of the
    actor's own phrase (أحالت النيابة العمومية التونسية 12 موقوفا: its nationality, not whom it refers)."""
    return actor is not None and not recipient.implicit and (
        actor.span.start <= recipient.span.start and recipient.span.end <= actor.span.end
        or recipient.actor.kind == "nationality" and recipient.actor.country == actor.actor.country)


def _own_nationality(a: Arg, actor: Participant) -> bool:
    """A nationality word of the actor's own state right after its phrase (النيابة العمومية التونسية): its own."""
    return a.actor.kind == "nationality" and a.actor.country == actor.actor.country and \
        0 <= a.start - actor.span.end <= 20


def _agent_named_later(recipient: Participant, hit: TriggerHit, toks: list[str], args: list[Arg],
                       actor: Participant | None) -> bool:
    # (the authority's own police, court or intelligence: events/held_place.holder_kind, which the ranker asks too)
    if not hit.trigger.id.startswith(HOLDING) or actor is None or recipient.implicit or not holder_kind(
            hit.trigger.id, actor, recipient.actor.sector, recipient.actor.country):
        return False
    arg = next((a for a in args if a.start == recipient.span.start), None)
    if arg is None or arg.i < hit.j:
        return False
    own = [a for a in args if a.start >= actor.span.start and a.end <= actor.span.end]
    between = [k for k in range(hit.j, arg.i) if not any(a.i <= k < a.j for a in own) and toks[k] not in BETWEEN
               and toks[k] not in COUNTS and not toks[k].isdigit() and toks[k] not in ("،", ",")]
    return len(between) > 2
