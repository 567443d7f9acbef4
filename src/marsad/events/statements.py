"""The frames of statements and meetings: a verb inside a relative clause whose pronoun is resumed by a preposition
after the verb (الإصلاحات التي يطالب بها المقرضون, هجوم اتهمت فيه الحكومة الكرملين, المقاتلون الذين التقت بهم
المراسلة)."""

from __future__ import annotations

from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.authors import ATTACK_NOUNS, SAID
from marsad.events.cues import MET_WITH, MET_WITH_BI
from marsad.events.forms import object_pronoun
from marsad.events.noun_source import answered_at
from marsad.events.participles import circumstantial, first_person
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

# a preposition with a pronoun resuming the noun the relative clause describes
_RESUMED = {w: norm(p) for p, ws in (("في", "فيه فيها فيهم"), ("ب", "به بها بهم"), ("على", "عليه عليها عليهم"),
                                ("ل", "له لها لهم"), ("الى", "اليه اليها اليهم"), ("من", "منه منها منهم"),
                                ("عن", "عنه عنها عنهم"), ("مع", "معه معها معهم"))
            for w in norm_words(ws)}
_FILLERS = norm_words("تلك هذه هذا ذلك اولئك هؤلاء")  # تقدمت بها تلك المنظمات: a demonstrative before the subject
_TO = norm_words("على ل الى")
_STATED = SAID | {"CONSULT"}


def resumed_clause(hit: TriggerHit, toks: list[str], before: list[Arg], after: list[Arg],
                   preps: tuple[str, ...]) -> tuple[Arg | None, Arg | None] | None:
    """(actor, recipient) of a statement or meeting verb followed by a preposition whose pronoun resumes the noun
    before it — a relative clause, whose subject follows that preposition (VSO): الإصلاحات التي يطالب بها المقرضون
    الدوليون (the lenders demand), هجوم اتهمت فيه الحكومة الكرملين (the government accuses the Kremlin). When the
    preposition is one the verb takes its addressee with (حركة غولن التي تلقي عليها أنقرة باللوم, الذين التقى بهم
    الوزير), the resumed noun — the participant right before the verb — is the addressee; otherwise a second
    participant after the subject is. None when no participant opens the clause after the preposition (its subject is
    a pronoun or a noun no dictionary lists), or when the resumed noun is not a participant (الشروط التي وافقت عليها
    الكويت)."""
    if not hit.verbal or hit.trigger.type not in _STATED or hit.j >= len(toks) or toks[hit.j] not in _RESUMED:
        return None
    k = hit.j + 1
    while k < len(toks) and toks[k] in _FILLERS:
        k += 1
    subject = next((a for a in after if a.i == k and a.prep is None and not a.place), None)
    if subject is None:
        return None
    prep = _RESUMED[toks[hit.j]]
    if prep in preps or prep in _TO and not preps:
        antecedent = before[-1] if before and hit.i - before[-1].j <= 2 and not before[-1].place else None
        return (subject, antecedent) if antecedent is not None else None
    obj = next((a for a in after if a.i == subject.j and a.prep is None and not a.place), None)
    return subject, obj


# verbs whose object is never left out: اتهم X بـ, حث X على, حض X على, ناشد X, حمّل X المسؤولية
_OBJECT_VERBS = frozenset({"accuse-accuse", "request-urge", "request-urge-hadd", "request-appeal", "accuse-blame",
                           "accuse-describe"})
_JOINERS = norm_words("كما ثم")
_CONTENT = norm_words("على الى الي ان بان")


def joined_object(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg] | None:
    """(actor, recipient) of a verb that must take an object, joined to the clause before by و or كما, with one bare
    participant after it and then what it is about: واتهمت فرنسا بإعطاء معلومات كاذبة, وحث الحكومات على التعاون —
    the participant is the object; the subject is the one of the clause before (the first bare participant of the
    sentence, across a comma), or the one spoken of (None: the caller's)."""
    if not hit.verbal or hit.trigger.id not in _OBJECT_VERBS:
        return None
    head = toks[hit.i]
    if not (head[:1] == "و" and hit.strip >= 1 or hit.i > 0 and toks[hit.i - 1].removeprefix("و") in _JOINERS):
        return None
    if object_pronoun(head[hit.strip:]):
        # ويعيش غولن في المنفى، وتتهمه أنقرة بـ: the pronoun is the object — the last party named before, not one
        # inside an apposition (غولن، الحليف السابق للرئيس أردوغان،) — and the participant right after the verb its
        # subject
        subject = next((a for a in people if a.prep is None and not a.place and a.i == hit.j), None)
        if subject is None:
            return None
        topic = next((a for a in reversed(people) if a.j <= hit.i and a.prep is None and not a.place
                      and a.actor.country and a.actor != subject.actor and not _apposed(a, toks, people)), None)
        return subject, topic
    after = [a for a in people if a.i >= hit.j and a.i - hit.j <= 2]
    if not after or after[0].prep is not None:
        return None
    obj = after[0]
    if any(a.i == obj.j and a.prep is None for a in people) or obj.j >= len(toks):
        return None  # واتهمت روسيا بريطانيا بـ: a subject and an object
    nxt = toks[obj.j]
    if not (nxt in _CONTENT or nxt[:1] == "ب" and len(nxt) > 3 or hit.trigger.id == "accuse-blame"
            and nxt.removeprefix("ال") in _RESPONSIBILITY):
        return None
    subject = next((a for a in people if a.j <= hit.i and a.prep is None), None)
    if subject is not None and not any(w in ("،", ",") for w in toks[subject.j:hit.i]):
        subject = None
    return subject, obj


_RESPONSIBILITY = norm_words("مسؤوليه المسؤوليه مسئوليه")


def _apposed(a: Arg, toks: list[str], people: list[Arg]) -> bool:
    """The participant stands in an apposition set off by commas right after another one (غولن، حليف أردوغان،)."""
    left = next((k for k in range(a.i - 1, -1, -1) if toks[k] in ("،", ",")), -1)
    return left > 0 and any(b.j == left for b in people) and any(w in ("،", ",") for w in toks[a.j:])


_NEW_CLAUSE = norm_words("فيما بينما حيث مشيرا مشيره مؤكدا مؤكده مضيفا مضيفه قائلا قائله موضحا موضحه لافتا داعيا")


def across_clause(hit: TriggerHit, toks: list[str], recipient: Arg | None) -> bool:
    """A statement's addressee named past the end of its clause — a comma and a new clause joined by و, or a
    participle of saying (رحبت مصر بالاتفاق، واتهمت إثيوبيا ...; أشاد بالجهود، مشيرا إلى ...) — is the next clause's."""
    return recipient is not None and hit.verbal and next_clause(hit.trigger.type, hit.j, recipient.i, toks)


def next_clause(event_type: str, start: int, i: int, toks: list[str]) -> bool:
    """Whether token i, after a statement verb ending at `start`, stands in a later clause (a comma, then و + a word
    or a participle of saying): no participant there is the statement's addressee."""
    if event_type not in _STATED or i <= start:
        return False
    return any(toks[k] in ("،", ",", "؛") and k + 1 < i and (
        toks[k + 1] in _NEW_CLAUSE or toks[k + 1][:1] == "و" and len(toks[k + 1]) > 3) for k in range(start, i))


_BETWEEN = frozenset(("،", ",", "قد", "لقد", '"', "«", "»", "“", "”"))


def noun_complement(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg] | None:
    """(actor, recipient) of a statement verb whose trigger ends in a verbal noun (أكد استمرار بلاده في دعم السودان,
    أعلن استعداده للقاء الرئيس الإيراني): the participant after the noun is its complement — whom it supports or
    meets — never the verb's subject, which stands before the verb (past a comma, قد or a quote) or is the one
    spoken of (None)."""
    if not hit.verbal or hit.trigger.type not in _STATED or hit.j - hit.i < 2:
        return None
    if any(hit.i < a.i and a.j <= hit.j and a.prep is None for a in people):
        return None  # أكد الرئيس دعم بلاده ...: the subject stands inside the trigger
    # (or after a second verbal noun with لـ: استعداده للقاء الرئيس الإيراني)
    at = hit.j + 1 if hit.j < len(toks) and toks[hit.j][:1] in ("ل", "ب") and len(toks[hit.j]) > 3 else hit.j
    obj = next((a for a in people if a.i in (hit.j, at) and a.prep in (None, "ل") and not a.place), None)
    if obj is None:
        return None
    subject = next((a for a in reversed(people) if a.j <= hit.i and a.prep is None and not a.place), None)
    if subject is not None and not all(w in _BETWEEN for w in toks[subject.j:hit.i]):
        subject = None
    return subject, obj



_BEFORE_VERB = norm_words("""التي الذي الذين ان انه انها انهم لان بان لكن ولكن قد لقد لم لن لا ما كما وقد فقد حيث عندما
    بعدما فيما بينما ثم بل اذ اذا لو كان كانت وكان وكانت عقب بعد قبل منذ حين""")

def nationality_of_object(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg] | None:
    """ترفض الشروط السعودية, تدين العقوبات الأميركية: a nationality adjective after the verb agrees with the noun
    right before it — the verb's object (the Saudi conditions) — and is never the verb's subject: it names whose
    the object is, the addressee. The subject is the participant right before the verb (إن قطر ترفض), else the
    one spoken of."""
    if not hit.verbal or hit.trigger.type not in _STATED:
        return None
    first = next((a for a in people if a.i >= hit.j), None)
    # (السعودية after a noun is its adjective too, though a dictionary reads the country's name)
    if first is None or not (first.actor.kind == "nationality" or first.actor.kind == "country" and toks[
            first.i].endswith("يه") and first.j - first.i == 1) or first.prep is not None or not (
            hit.j < first.i <= hit.j + 2):
        return None
    noun = toks[first.i - 1]
    # (a definite noun that names no participant: الشروط, العقوبات — not one in the nominative plural, a subject:
    # دعا المسؤولون الأميركيون)
    if not noun.startswith(("ال", "وال")) or noun.endswith("ون") or any(a.i <= first.i - 1 < a.j for a in people):
        return None
    # the noun is the object when it carries the accusative plural (دعا الفاعلين الإيطاليين) or when the verb's
    # subject came before it (بلاده ترفض الشروط السعودية); a verb that opens its clause takes the noun after it as
    # its subject (لم تتفق الأطراف الليبية, تبادل الجيشان الهندي والباكستاني)
    prev = toks[hit.i - 1] if hit.i > 0 and hit.strip == 0 else ""
    if not noun.endswith("ين") and not (len(prev) > 2 and prev[:1].isalpha() and prev not in _BEFORE_VERB):
        return None
    subject = next((a for a in people if a.j == hit.i and a.prep is None and not a.place), None)
    return subject, first



_RELATIVE = norm_words("التي الذي الذين")
_LIGHT_SAY = ("وجه", "اطلق", "ابدي", "ساق", "كال", "قدم", "اصدر")  # وجّه اتهامات, أطلق تهديدات, ساق اتهامات
_TO_WHOM = norm_words("ل الى الي ضد على علي")


def said_in_clause(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg, Arg | None] | None:
    """(actor, recipient) of a statement noun described by a clause whose verb "directs" it (الاتهامات التي وجهها
    نتانياهو لإيران, انتقادات وجهتها منظمات حقوقية للحكومة المصرية): the verb's subject, after it, said it; whom it
    is directed to follows with لـ / إلى / ضد."""
    if hit.verbal or hit.trigger.type not in SAID or hit.j >= len(toks):
        return None
    k = hit.j + 1 if toks[hit.j] in _RELATIVE else hit.j
    if k >= len(toks):
        return None
    w = toks[k] if toks[k].startswith(_LIGHT_SAY) else toks[k].removeprefix("و")  # (وجه itself opens with و)
    stem = next((v for v in _LIGHT_SAY if w.startswith(v)), None)
    if stem is None or not w.endswith(("ه", "ها", "هم")) or len(w) - len(stem) > 3:
        return None
    subject = next((a for a in people if a.i == k + 1 and a.prep is None and not a.place), None)
    if subject is None:
        return None
    to = next((a for a in people if subject.j <= a.i <= subject.j + 2 and a.prep in _TO_WHOM and not a.place), None)
    return subject, to


def statement_frame(hit: TriggerHit, toks: list[str], before: list[Arg], after: list[Arg], people: list[Arg],
                    preps: tuple[str, ...]) -> tuple[Arg | None, Arg | None] | None:
    """(actor, recipient) of a statement verb in one of the frames above — a relative clause resumed by a
    preposition, a joined verb that must take an object, a trigger ending in a verbal noun, a circumstantial
    participle or a first-person verb (events/participles) — or None; an actor of None is the one spoken of (the
    caller's)."""
    return circumstantial(hit, toks, people, preps) or first_person(hit, toks, people, preps) or gathered(
        hit, toks, people) or resumed_clause(
        hit, toks, before, after, preps) or joined_object(hit, toks, people) or noun_complement(
        hit, toks, people) or nationality_of_object(hit, toks, people) or said_in_clause(hit, toks, people)


_GATHERED = norm_words("جمع جمعت يجمع تجمع")
_GATHERED_HIM = norm_words("جمعه جمعها جمعهما جمعهم جمعته جمعتها جمعتهما جمعتهم")
_GATHERINGS = _GATHERED | _GATHERED_HIM
_COUNTERPART = norm_words("بنظيره بنظيرته بنظيرهم بنظيريه مع نظيره نظيره")


def gathered(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg] | None:
    """لقاء جمع رئيس الحكومة بالوزراء الأول, اللقاء الذي جمعه بالبابا, الاجتماع الذي جمع شكري ونظيره الأردني: a meeting
    that brought X together with (بـ، مع، و) Y is X's with Y; جمعه: the one spoken of (the caller's) with Y."""
    if hit.verbal or hit.trigger.type != "CONSULT":
        return None
    k = next((k for k in range(hit.j, min(len(toks), hit.j + 3)) if toks[k] in _GATHERINGS), -1)
    if k < 0 or any(w not in ("الذي", "التي") and not w.startswith("ال") for w in toks[hit.j:k]):
        return None
    after = [a for a in people if a.i > k and a.i - k <= 12]
    if toks[k] in _GATHERED_HIM:
        # (جمعته الاثنين بنظيره الروسي: the counterpart named by his nationality, past a day)
        other = next((a for a in after if (a.prep in ("ب", "مع") or a.prep is None and toks[a.i - 1] in _COUNTERPART)
                      and a.i - k <= 3 + (a.prep is None)), None)
        if other is None:
            return None
        # (يلتقي الرئيس الأميركي ... بعدما انتقدوا أداءه في قمة جمعته بنظيره الروسي: the pronoun's party is the one
        # last named bare before, of another country than the one it met)
        own = next((a for a in reversed(people) if a.j <= hit.i and a.prep is None and not a.place
                    and a.actor.country and a.actor.country != other.actor.country
                    and (a.actor.kind == "person" or a.actor.sector == "GOV")), None)
        return own, other
    first = next((a for a in after if a.prep is None and a.i - k <= 2 and not a.place), None)
    if first is None:
        return None
    # (ونظيره الأردني: a word with و may open the second, its nationality naming it)
    # (جمعت رئيس كوريا الجنوبية، والزعيم الكوري الشمالي: the second past a comma)
    other = next((a for a in after if a.i >= first.j and (a.prep in ("ب", "مع") or a.conj and a.i - first.j <= 1 or (
        a.prep is None and a.i - first.j == 1 and (toks[first.j][:1] == "و" or toks[first.j] in ("،", ",")
                                                  and toks[a.i][:1] == "و")))), None)
    return (first, other) if other is not None and other is not first else None


# أجرى / عقد a meeting, and their verbal nouns of purpose (لإجراء محادثات, لعقد اجتماع)
_HOLD = norm_words("""اجري اجرت اجروا يجري تجري عقد عقدت عقدوا يعقد تعقد اجراء لاجراء باجراء عقد لعقد بعقد""")
_OPENS = norm_words("ان بان انه انها قال قالت اضاف اضافت")


def meeting_holder(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """ويزور علاوي مصر لإجراء مباحثات مع الرئيس المصري, وصل المبعوث إلى صنعاء لإجراء محادثات: a meeting noun held
    (أجرى، عقد) or to be held (لإجراء، لعقد) is held by the subject of its clause — the first participant named
    bare in it, not the place or host visited on the way."""
    if hit.verbal or hit.trigger.type != "CONSULT" or hit.i == 0 or toks[hit.i - 1].removeprefix("و") not in _HOLD:
        return None
    start = max((k + 1 for k in range(hit.i - 1) if toks[k] in _OPENS), default=0)
    bare = [a for a in people if start <= a.i and a.j <= hit.i - 1 and a.prep is None and not a.place
            and a.actor.kind != "place"]
    # (only across the countries visited and a name set off by commas: وصل المبعوث الأممي، مارتن غريفيث، ... —
    # not دعا الرئيس المستشارة لعقد اجتماع: she is to hold it)
    if not bare or any(a.actor.kind != "country" and not (
            0 < a.i and a.j < len(toks) and toks[a.i - 1] in ("،", ",") and toks[a.j] in ("،", ","))
            for a in bare[1:]):
        return None
    return bare[0]


# (إطلاق صواريخ حوثية: the missiles, a condemned attack too)
_CONDEMNED = (ATTACK_NOUNS - norm_words("عمليات")) | norm_words("تفجير تفجيرات انفجار صواريخ قذائف")


def condemned(w: str) -> bool:
    """A noun of the attack a condemnation is about: الهجوم, هجمات — also after the ل or ب the condemnation governs it
    with (إدانة السعودية للهجوم الحوثي, ندد بالهجوم الإسرائيلي)."""
    return w in _CONDEMNED or any(w.startswith(p) and w[len(p):] in _CONDEMNED for p in ("ال", "لل", "بال"))


_OWN_CLAUSE = norm_words("وهي وهو وهم وهما الذي التي الذين حين عندما ، ,")


def faced_by(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg] | None:
    """(actor, recipient) of a statement noun that someone faces, receives or meets with (واجه يونكر انتقادات ترامب,
    يواجه الرئيس انتقادات واسعة من المعارضة, لقيت خطة الرئيس ترحيبا من الحكومة, نال الوزير ثقة البرلمان, حظي
    القرار بتأييد من الأحزاب, قوبل المقترح برفض): the subject of واجه / تلقى / لقي / نال / حظي بـ / قوبل بـ — or the
    owner of the thing it names, خطة الرئيس — is its target; its author is the noun's genitive, its nationality
    adjective, or comes with من / من جانب — else no one named."""
    bi = hit.strip and toks[hit.i][:1] == "ب"
    if hit.verbal or hit.trigger.type not in SAID:
        return None
    # (تُلقي لندن باللوم على: تلقي "throws" blame with بـ, it does not receive it; حظي / قوبل take the noun with بـ)
    words = MET_WITH_BI if bi else MET_WITH
    v = next((k for k in range(hit.i - 1, max(-1, hit.i - 13), -1) if toks[k] in words
              or toks[k].removeprefix("و") in words), -1)  # (واجه opens with و itself)
    v = v if v >= 0 or bi else answered_at(hit, toks)  # رفض الوزير مطالب النقابة: its addressee (events/noun_source)
    if v < 0 or any(w in (".", "؛", ":") for w in toks[v:hit.i]):
        return None
    # (not past a clause of its own: لاقت صور الفتاة وهي تضرب الجندي انتقادات — the soldier is no target)
    target = next((a for a in people if v < a.i and a.j <= hit.i and a.prep is None and not a.place and not any(
        w in _OWN_CLAUSE for w in toks[v + 1:a.i])), None) or next(
        (a for a in people if a.j == v and a.prep is None and not a.place), None)
    if target is None:
        return None
    author = next((a for a in people if a.prep is None and a.i == hit.j and not a.place), None) or next(
        (a for a in people if (a.prep == "من" or agent_marked(toks, a.i)) and 0 <= a.i - hit.j <= 3 and not a.place),
        None) or next(  # (تلقت الحكومة رفضا من قبل فرنسا: the agent phrase names its author)
        (a for a in people if a.prep is None and a.actor.kind == "nationality" and 0 <= a.i - hit.j <= 1
         and a is not target), None)  # (لقي القرار ترحيبا أميركيا: the nationality agreeing with the noun)
    return author, target
