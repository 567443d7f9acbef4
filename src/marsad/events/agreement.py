"""A verb and the noun right after it that cannot be its subject: they disagree in gender.

A verb before its subject agrees with it in gender: دعت الحكومة، انتقدت الوزارة، طالبت السلطات (feminine), دعا
الوزير (masculine). So a masculine singular verb — the bare past (دعا، انتقد، اتهم) or the present in ي (يطالب) —
right before a feminine noun — a definite one ending in ة (الحكومة، الوزارة، الشركة، المفوضية) or in the sound
plural ات (السلطات، القوات) — does not have that noun as its subject: the noun is its object, the one acted on, and
the subject is the one spoken of before (وقال الوزير ...، ودعا الحكومة إلى: the minister calls on the government).

So too, the other way round, a feminine singular verb (دعت، استدعت، تدعم) right before the definite masculine
singular head of a body or office (الجيش، المجتمع الدولي، السفير، الرئيس): وسلمت الجيش أسلحة، التي استدعت السفير
البريطاني — not one a feminine adjective follows (رئيس الوزراء البريطانية: a woman). The bare past, and the present
in ت, are also verbal nouns (قصف، دعم، تحمل): read as verbs only where a clause opens (و، قد، كما، التي، a comma).

A state or a capital named by its proper name is feminine too (اتهمت إسرائيل، قالت موسكو، دعت واشنطن): a masculine
verb right before it — وانتقد موسكو لدعمها، واتهم إسرائيل بـ — has it as its object; not the few states named as
masculine (العراق، لبنان، الأردن، السودان، المغرب، اليمن: وقال العراق).

Not the honorifics that stand for a man (سماحة، فخامة، سعادة، جلالة: قال سماحة السيد), nor the broken plurals of
men in ة (الطلبة، القادة، القضاة), with which a masculine verb agrees, nor a masculine noun whose ه is its own
(المشتبه به، الإليزيه).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_MEN = norm_words("""سماحه فخامه سعاده حضره جلاله الطلبه الاساتذه القاده القضاه الولاه الدعاه الجناه الغزاه الرماه
    البغاه الرعاه السعاه الكفره الخونه العمله الساسه الائمه الكهنه القساوسه الباعه البحاره الطغاه الهواه الرواه
    المشاه الحاخامات الجنرالات المشتبه الاليزيه الله العبدالله الفقيه الوجيه""")
# masculine singular heads of bodies and offices (not المستشار: some write المستشار الألمانية of a woman)
# nor الأمين العام، النائب: a woman's office too in some usage — تنحت الأمين العام للأكاديمية)
_MALE_HEADS = norm_words("""جيش مجتمع برلمان مجلس رئيس وزير اتحاد حزب نظام كونغرس كونجرس شعب مبعوث سفير قضاء
    ادعاء ملك امير زعيم قائد مرشد كرملين بيت""")
# states whose name takes a masculine verb (وقال العراق، أكد لبنان); the others, and every capital, a feminine one
_MALE_STATES = norm_words("""العراق الأردن لبنان السودان المغرب اليمن الصومال البحرين البرازيل الكونغو الفاتيكان
    السنغال النيجر الغابون الكاميرون الاكوادور الكويت عمان بنغلادش""")
_OPEN = norm_words("قد لقد كما ثم حيث إذ بعدما عندما حينما الذي التي الذين ، , . :")
_BETWEEN = norm_words("أيضا كذلك مجددا مؤخرا أمس اليوم") | frozenset('" « “'.split())
_CLAUSE = norm_words("، , . : ان أن إن الذي التي الذين قال قالت")


def _gender(hit: TriggerHit, toks: list[str]) -> str | None:
    """"m" for دعا، وانتقد، يطالب, "f" for دعت، وانتقدت، تطالب: the trigger as a singular verb of the third person."""
    word = toks[hit.i][hit.strip:]
    t = hit.trigger
    if hit.j != hit.i + 1 or word in {norm(m) for m in t.masdar} and len(word) > 2:
        return None  # (a two-letter حث read as a verb is one where a clause opens: events/short_verbs)
    if any(word == "ي" + p[1:] for p in (norm(p) for p in t.present if norm(p)[:1] in ("ي", "ت"))):
        return "m"
    # the bare past and the present in ت are often a verbal noun too (قصف، دعم، طلب، تحمل، تحرك: دعم طلب الحكومة،
    # ضرورة تحمل المجتمع الدولي): only where a clause opens
    if not (hit.i == 0 or toks[hit.i][:hit.strip].startswith(("و", "ف")) or toks[hit.i - 1] in _OPEN):
        return None
    if any(word == "ت" + p[1:] for p in (norm(p) for p in t.present if norm(p)[:1] in ("ي", "ت"))):
        return "f"
    for p in (norm(p) for p in t.past):
        if word == p:
            return "m"
        if word == (p[:-1] if p.endswith(("ا", "ي")) else p) + "ت":  # دعا → دعت، ألقى → ألقت
            return "f"
    return None


def verb_gender(hit: TriggerHit, toks: list[str]) -> str | None:
    """"m" or "f": the gender of the trigger read as a singular verb of the third person, where a clause opens."""
    return _gender(hit, toks)


def feminine(a: Arg, toks: list[str]) -> bool:
    """The party is a feminine noun a verb before it agrees with (see _feminine)."""
    return _feminine(a, toks)


def masculine(a: Arg, toks: list[str]) -> bool:
    """The party is a masculine head of a body or office a verb before it agrees with (see _masculine)."""
    return _masculine(a, toks)


def _feminine(a: Arg, toks: list[str]) -> bool:
    """الحكومة، المفوضية، السلطات، القوات المسلحة: a definite noun ending in ة or in the plural ات."""
    w = toks[a.i]
    if a.actor.kind in ("country", "place") and a.actor.country and a.j - a.i <= 2 and w not in _MALE_STATES:
        return True  # إسرائيل، موسكو، الولايات المتحدة (see the module)
    return w.startswith("ال") and len(w) > 4 and w.endswith(("ه", "ات")) and w not in _MEN \
        and (a.actor.kind in ("generic", "institution", "country")
             or a.actor.kind == "organisation" and a.actor.sector != "CVL")  # (not a club: يستضيف الغرافة)


def _masculine(a: Arg, toks: list[str]) -> bool:
    """الجيش الوطني، المجتمع الدولي، الرئيس الأميركي: a definite masculine singular head of a body or office — not
    one a feminine adjective follows (رئيس الوزراء البريطانية: a woman)."""
    return toks[a.i].removeprefix("ال") in _MALE_HEADS and toks[a.i].startswith("ال") and not any(
        w.endswith("يه") for w in toks[a.i + 1:a.j]) and a.actor.kind in ("generic", "institution", "person")


def _plural(hit: TriggerHit, toks: list[str]) -> bool:
    """أدانوا، دعوا، طالبوا، يطالبون: the trigger as a verb in the plural of the third person, whose subject is its
    own suffix."""
    word = toks[hit.i][hit.strip:]
    if hit.j != hit.i + 1 or not word.endswith(("وا", "ون")):
        return False
    past = (norm(p) for p in hit.trigger.past)
    # (دعا → دعوا, ألقى → ألقوا: a defective verb drops its last letter)
    return any(word == p + "وا" or p.endswith(("ا", "ي")) and word == p[:-1] + "وا" for p in past) or any(
        word == norm(p) + "ون" for p in hit.trigger.present if norm(p)[:1] == "ي")


def disagrees(hit: TriggerHit, toks: list[str], a: Arg) -> bool:
    """The bare participant right after a verb (past an adverb) is feminine while the verb is masculine, or
    masculine while the verb is feminine: not its subject but its object. A verb in the plural (فأدانوا بطريقتهم
    الاعتراف الأميركي) never comes before its subject named: the bare participant after it, past a few words of
    its own clause, is its object."""
    if hit.verbal and a.prep is None and not a.conj and 0 <= a.i - hit.j <= 3 and _plural(hit, toks) and not any(
            w in _CLAUSE for w in toks[hit.j:a.i]):
        return True
    if not (hit.verbal and a.prep is None and not a.conj and 0 <= a.i - hit.j <= 2 and all(
            w in _BETWEEN for w in toks[hit.j:a.i])):
        return False
    gender = _gender(hit, toks)
    return gender == "m" and _feminine(a, toks) or gender == "f" and _masculine(a, toks)
