"""The clauses around a trigger: who speaks (the subject of a speech verb, past an aside), which word a verb of
stating takes as its object, acts only alleged inside an accusation, the pair a sentence calls البلدين, and what
a denial denies."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.called_for import called_for
from marsad.events.noun_sense import accused_noun
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm, norm_words

_STATING = norm_words("""اعلن اعلنت اعلنوا يعلن تعلن اكد اكدت اكدوا يؤكد تؤكد جدد جددت جددوا يجدد تجدد ابدى ابدت
    يبدي تبدي كرر كررت يكرر تكرر""")
_GOVERNING = norm_words("اصدر اصدرت اصدروا يصدر تصدر شن شنت شنوا نفذ نفذت نفذوا اتخذ اتخذت اتخذوا")
_BY_DOING = norm_words("بشن بتنفيذ بارتكاب بالقيام بقيامه بقيامها بقيامهم")
_ASKED_REACH = 8  # words between a request and the verbal noun it asks for (طلبت الوزارة من المحكمة الجنائية فتح)
_ACCUSED_REACH = 16  # words from an accusation to its charge past asides (اتهم X، الأحد، Y بـ)
_ALLEGEABLE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID"})
_ASIDES = frozenset({"وهي", "وهو", "وهم", "وهما"})
_PAIR_WORDS = frozenset({"البلدين", "للبلدين", "بالبلدين", "والبلدين", "الجانبين", "للجانبين", "الطرفين",
                         "للطرفين", "الدولتين", "للدولتين"})


def alleged(hit: TriggerHit, hits: list[TriggerHit], toks: list[str]) -> bool:
    """A material act's noun with بـ (بقتل, or after بشن / بتنفيذ) a few words after an accusation (اتهام، يتهم) or a
    defendant noun (الموظفة المتهمة بالاعتداء: events/noun_sense) —
    not after a condemnation (ندد بقتل المتظاهرين: the killing is a fact)."""
    if hit.verbal or hit.trigger.type not in _ALLEGEABLE:
        return False
    with_ba = toks[hit.i].startswith("ب") or hit.i > 0 and toks[hit.i - 1] in _BY_DOING
    return with_ba and (any(h.trigger.id.startswith("accuse-accuse") and (0 < hit.i - h.i <= 7 or _charge_after_aside(
        h, hit, hits, toks)) for h in hits) or _after_defendant(toks, hit.i))


def _after_defendant(toks: list[str], i: int) -> bool:
    """The بـ noun at `i` right after a defendant noun, or past بشن / بارتكاب or a possessed noun, the accused (المتهمة
    بالاعتداء، المتهمة قواته بانتهاكات) — not past a verb: المتهمين قاموا باستهداف tells what they did."""
    return i > 0 and accused_noun(toks[i - 1]) or i > 1 and accused_noun(toks[i - 2]) and (
        toks[i - 1] in _BY_DOING or toks[i - 1].endswith(("ه", "ها", "هم")))


_CLAUSE_ENDS = frozenset({".", "؛", ":", "؟", "!", '"', "«", "»"})


def _charge_after_aside(accusation: TriggerHit, hit: TriggerHit, hits: list[TriggerHit], toks: list[str]) -> bool:
    """اتهمت الهيئة الأممية المعنية، مساء الخميس، قوات X بمنع ...: past a long subject, a time aside and the accused,
    the بـ noun is still the charge — within the clause (no full stop, colon or quote, no comma and و opening a new
    one: اتهم الحزب الجيش بالتقصير، ولاحقا شن الجيش غارة) and with no other trigger between the accusation and it."""
    between = toks[accusation.j:hit.i]
    return 7 < hit.i - accusation.i <= _ACCUSED_REACH and not any(w in _CLAUSE_ENDS for w in between) and not any(
        w in ("،", ",") and nxt.startswith("و") for w, nxt in zip(between, between[1:], strict=False)) and not any(
        accusation.j <= o.i < hit.i and o is not accusation for o in hits)


def _purpose_after_comma(toks: list[str], j: int, i: int) -> bool:
    """دعت المنظمة الجنود، لرفض الأوامر; دعوة رسمية للجانب المصري، لعقد اجتماع: past one comma, a purpose لـ (the
    trigger or the carrying-out verbal noun right before it) still says what is asked for."""
    if not 0 < i - j <= _ASKED_REACH + 4:
        return False
    p = i - 1 if toks[i - 1] in ("،", ",") else i - 2
    if p <= j or toks[p] not in ("،", ",") or not toks[p + 1].startswith("ل") or len(toks[p + 1]) < 4:
        return False
    return not any(w in ("،", ",", ".", "؛", ":") for w in toks[j:p])


def requested(hit: TriggerHit, hits: list[TriggerHit], toks: list[str]) -> bool:
    """طلبت الوزارة من المحكمة فتح تحقيق, دعا إلى فرض عقوبات: a verbal noun of another type a few words after a
    request is what is asked for, not an act that took place."""
    if hit.trigger.type != "REQUEST" and any(
            h.trigger.type == "REQUEST" and _purpose_after_comma(toks, h.j, hit.i) for h in hits):
        return True  # (لرفض: a verb after لـ is asked for too)
    asked = hit.trigger.type != "REQUEST" and any(
        h.trigger.type == "REQUEST" and 0 <= hit.i - h.j <= _ASKED_REACH and not any(
            w in ("،", ",", ".", "؛") for w in toks[h.j:hit.i]) for h in hits)
    # (an unvocalised bare past — فتح, وقف — is also the verbal noun: after a request it is the noun)
    return asked and (not hit.verbal or any(toks[hit.i] == norm(p) for p in hit.trigger.past)) or called_for(
        hit, hits, toks)  # (further back, past the caller's apposition: events/called_for)


def stated_object(toks: list[str], i: int, args: list[Arg]) -> bool:
    """أعلنت مصر رفضها, أكدت روسيا دعمها: after a verb of stating and its subject, a word read as a verb with an
    object pronoun is the verbal noun it states (her rejection), not a second verb (right after the verb — روسيا
    أعلنت رفضها — only when the entry has such a noun: after_stating); so is a word right after a verb
    that governs a verbal noun (أصدرت المحكمة / أصدرت حكما, شنت غارات)."""
    if i > 0 and toks[i - 1].removeprefix("و") in _GOVERNING or _after_about(toks, i):
        return True
    # روسيا أعلنت رفضها، التي أكدت رفضها لأي محاولة: right after a verb of stating, a word with a pronoun is the
    # verbal noun it states, never a second verb with its object (no verb follows another unjoined)
    # أصدرت المحكمة الجنائية العراقية، الثلاثاء، حكما بالإعدام: past the governing verb's subject and a time
    # phrase, an indefinite accusative (ـًا) is still its object
    k = next((k for k in range(i - 2, max(-1, i - 10), -1) if toks[k].removeprefix("و") in _GOVERNING), -1)
    if k >= 0 and toks[i].endswith("ا") and not toks[i].startswith("ال") and not any(
            w in (".", "؛", ":") for w in toks[k:i]) and any(a.i == k + 1 and a.prep is None for a in args):
        return True
    return any(a.j == i and a.prep is None and a.i > 0 and toks[a.i - 1].removeprefix("و") in _STATING
               for a in args) or received(toks, i)


_RELATIVE = norm_words("الذي التي الذين اللذين اللتين اللواتي")
# verbs of receiving or meeting with a response: تلقى X رفضا، لاقى X رفضا واسعا (not واجه: يواجه حكما بالسجن, a
# sentence still pending, is left as the rules read it)
_RECEIVING = norm_words("تلقي تلقت تلقوا يتلقي تتلقي يتلقون لاقي لاقت لاقوا يلاقي تلاقي")


def received(toks: list[str], i: int) -> bool:
    """An indefinite accusative (ـًا) in the clause of a verb of receiving, past its subject — تلقت سياسة
    الرئيس رفضا من قبل X: the verbal noun the subject receives (a rejection), not a dual verb (they two refused)."""
    k = next((k for k in range(i - 1, max(-1, i - 8), -1) if toks[k].removeprefix("و") in _RECEIVING), -1)
    return k >= 0 and toks[i].endswith("ا") and not toks[i].endswith("وا") and not toks[i].startswith("ال") and not any(
        w in (".", "؛", ":", "،", ",") or w in _RELATIVE for w in toks[k:i])  # (لاقت استحسان X الذين أشادوا: a verb)


def after_stating(toks: list[str], i: int) -> bool:
    """أعلنت رفضها، وأكد رفضه، أكد مجددا التزامه: a word with a pronoun right after a verb of stating, or past one
    adverb after it (the verbal noun it states)."""
    return _stating_at(toks, i) >= 0 and toks[i].endswith(("ها", "ه", "هم", "هما"))


def _stating_at(toks: list[str], i: int) -> int:
    """Where the verb of stating stands right before `i` — or before an adverb right before it (أكد مجددا) —; -1
    when none does."""
    if i > 0 and toks[i - 1].removeprefix("و") in _STATING:
        return i - 1
    if i > 1 and toks[i - 1] in cues.ADVERBS and toks[i - 2].removeprefix("و") in _STATING:
        return i - 2
    return -1


def stating_subject(hit: TriggerHit, toks: list[str], before: list[Arg]) -> Arg | None:
    """The السعودية of السعودية، التي أكدت رفضها: the bare party right before the verb of stating a possessed noun
    follows, or before the relative pronoun (and its comma) that opens that verb's clause, even in a preposition's
    phrase; None when there is none."""
    if hit.verbal or not after_stating(toks, hit.i):
        return None
    j = _stating_at(toks, hit.i)
    relative = j > 0 and toks[j - 1] in cues.RELATIVES
    if relative:  # (the antecedent may stand in a preposition's phrase: تضامنها مع السعودية، التي أكدت)
        j -= 1 + (j > 1 and toks[j - 2] in ("،", ","))
    return next((a for a in before if a.j == j and (a.prep is None or relative) and not a.place), None)


def stated_by(hit: TriggerHit, toks: list[str], author: Arg | None) -> bool:
    """قال الوزير إن روسيا أعلنت رفضها للخطة، أكدت مصر دعمها: a noun with a possessive pronoun right after a verb of
    stating, whose author is that verb's subject named right before or right after it, is the subject's own
    statement — the speaker who reports it only tells of it."""
    if hit.verbal or author is None or author.prep is not None or hit.i < 1 or not toks[hit.i].endswith(
            ("ها", "ه", "هم", "هما")):
        return False
    if (k := _stating_at(toks, hit.i)) >= 0:  # (past an adverb: أن كيم أكد مجددا التزامه — Kim's own)
        return author.j == k
    return author.j == hit.i and author.i > 0 and toks[author.i - 1].removeprefix("و") in _STATING


def _after_about(toks: list[str], i: int) -> bool:
    """أعربت عن "إدانتها"، عبرت عن استهجانها وشجبها واستنكارها: a word with a pronoun after عن (past a quote mark),
    or joined by و to one there with the same pronoun, is a noun of stance, not a verb with its object."""
    suffix = next((p for p in ("هما", "هم", "ها", "ه") if toks[i].endswith(p)), None)
    while suffix and i > 0 and toks[i][:1] == "و" and toks[i - 1].endswith(suffix) and len(toks[i - 1]) > 4:
        i -= 1  # (back to the first of the list)
    k = i - 1 if i > 1 and toks[i - 1] in ('"', "«", "“") else i
    return suffix is not None and k > 0 and toks[k - 1] == "عن"


def speech_subject(args: list[Arg], sv: int, toks: list[str]) -> Arg | None:
    """The speaker of the speech verb at sv: a bare participant right after it, else the one right before it."""
    after = [a for a in args if a.i > sv and a.i - sv <= 4 and a.prep is None and not a.place]
    if after:
        return after[0]
    if sv > 0 and toks[sv - 1] in ("،", ","):
        # «دولة العراق الإسلامية»، وهي تحالف ... بزعامة تنظيم القاعدة، أعلنت: the subject stands before the aside
        k = next((k for k in range(sv - 2, max(-1, sv - 16), -1) if toks[k] in ("،", ",")), -1)
        if k >= 0 and toks[k + 1] in _ASIDES:
            sv = k
    before = [a for a in args if a.j <= sv and sv - a.j <= 1 and not a.place]
    return before[-1] if before else None


def pair_reference(toks: list[str], start: int, recent: list[Actor]) -> list[Actor]:
    """The two countries meant by البلدين / الجانبين after a trigger: the last two named."""
    if len(recent) >= 2 and any(t in _PAIR_WORDS for t in toks[start:]):
        return recent[-2:]
    return []


def main_subject(args: list[Arg], before: int) -> Arg | None:
    """The first bare participant before `before`: the subject of the sentence's main verb (for مضيفا, موضحا)."""
    return next((a for a in args if a.j <= before and a.prep is None and not a.place), None)


# what a denial denies: a clause (أن ...), an existence, a report, any link (نفى وجود أي شبهة, نفى أن يكون ...)
_DENIED = norm_words("ان بان انه انها انهم وجود اي خبر صحه تعرض التوصل تنفيذ علاقه قيام ارتكاب")
# ... what a report is about (أنباء عن وفاة X، ما تداول بخصوص X، تقارير عن ضربة أميركية) and one's part in an act (نفى
# تورط X، توسط الوزير، قيامه بـ): a party past them is the topic
_ABOUT = norm_words("عن حول بخصوص بشان")  # (not عنه: تحدثت عنه روسيا، ما أعلن عنه X name the claimant)
_PART = norm_words("تورط ضلوع تدخل توسط مشاركه دور قيام")
_PRONOUNS = ("هما", "هم", "ها", "ه")


def _topic(w: str) -> bool:
    return w in _ABOUT or w in _PART or any(w.endswith(p) and w[:-len(p)] in _PART for p in _PRONOUNS)
# ... unless what is denied is someone's claim: then that someone is the addressee (نفى اتهامات واشنطن)
_CLAIMS = norm_words("""اتهامات الاتهامات اتهام مزاعم المزاعم ادعاءات الادعاءات تقارير التقارير تصريحات التصريحات
    روايه الروايه""")


def denied_content(hit: TriggerHit, toks: list[str], recipient: Arg | None, actor: Arg | None = None) -> bool:
    """A denial's participant named inside what is denied (نفى مصدر وجود شبهة جنائية وراء وفاة الموسيقي السويدي;
    نفى أن تكون لهذه الحادثة علاقة بـ ..., نفى الأنباء عن وفاة X, نفى تورط X) is not its addressee."""
    if recipient is None or not hit.trigger.id.startswith(("reject-deny", "reject-refute")):
        return False
    if recipient.i > 0 and toks[recipient.i - 1] in _CLAIMS:
        return False
    # (the topic words only past a subject after the verb: نفى النائب عن حزب X اتهامات Y)
    start = actor.j if actor is not None and hit.j <= actor.i and actor.j <= recipient.i else hit.j
    return any(w in _DENIED for w in toks[hit.j:recipient.i]) or any(_topic(w) for w in toks[start:recipient.i])
