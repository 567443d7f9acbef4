"""Trigger words read in a sense that is no act (asked by events/triggers before a hit is kept): علّق على / بأن, a
comment; سيطرتها after مناطق / تحت and العقوبات evaded or violated, a state of things; القتال after جبهات, a front;
طلب / قطعة after a number, a tally; a listed plural participle of refusal with the article, the people who refuse;
وجّه in a relative clause or as a participle on a thing that is no charge (التقرير الذي وجه إلى، رسالة موجهة إلى),
a thing addressed to someone."""

from __future__ import annotations

from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm, norm_words

_HANG = ("تعليق", "علق", "يعلق", "تعلق", "نعلق")  # (normalised) علق: suspend — or comment on, pin on
_THAT = ("بان", "بانه", "بانها", "بانهم")  # علقت بأن: commented that
_ABOUT = norm_words("بشأن حول بخصوص")  # (its topic, a word or two after the word: تعليق الوزير بشأن)


def a_comment(toks: list[str], i: int, strip: int) -> bool:
    """علّق على القرار، علّقت بأن، التعليق على، تعليقات روحاني، تعلق الأمر بـ، قالت هذا التعليق، تعليق جونسون بشأن
    البرقع: the word that suspends also comments on (على right after it) or comments that (بأن), pins on, concerns
    (الأمر), and its plural, a comment pointed at (هذا) and one with its topic (بشأن / حول / بخصوص after it or after a
    name: not after a thing, تعليق المفاوضات بشأن, talks suspended) are remarks: none of them suspends anything."""
    w = toks[i][strip:].removeprefix("ال")
    if not w.startswith(_HANG):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if nxt in _ABOUT or nxt[:2] != "ال" and i + 2 < len(toks) and toks[i + 2] in _ABOUT:
        return True  # تعليقه بشأن، تعليق جونسون بشأن البرقع: its author's remark on a topic (not تعليق المفاوضات بشأن)
    return w.startswith("تعليقات") or nxt.startswith("علي") and (
        i + 2 >= len(toks) or toks[i + 2] != "الفور") or nxt == "الامر" or nxt in _THAT \
        or i > 0 and toks[i - 1] in ("هذا", "ذلك")


# مناطق سيطرتهم، تحت سيطرتها: the area a party holds; الالتفاف على العقوبات، لانتهاكه العقوبات: sanctions in force
_HELD = norm_words("مناطق منطقه تحت نطاق")
_EVADE = norm_words("""الالتفاف التفاف للالتفاف التحايل للتحايل الافلات للافلات التهرب للتهرب انتهاك لانتهاك انتهاكه
    انتهاكها لانتهاكه لانتهاكها انتهاكهم خرق لخرق خرقه خرقها لخرقه لخرقها الالتزام والالتزام بالالتزام التقيد""")


def plural_participle(t: Trigger, form: str) -> bool:
    """رافضين: a listed plural participle of refusal, the shape of a circumstantial clause (الحال), which is
    indefinite: with the article (المقاتلين الرافضين للاتفاق، تستهدف الرافضين لسياساته) it names the people who hold
    the stance, no act of refusing (not so for a demand: النواب المطالبين باستقالته tells their demand)."""
    return t.type == "REJECT" and form.endswith("ين") and form in {norm(f) for f in t.forms}


def a_state(toks: list[str], i: int, strip: int) -> bool:
    """A word of an act that names a state of things: سيطرتها after مناطق / تحت (the areas it holds, not a takeover),
    العقوبات evaded, violated or complied with (الالتفاف على العقوبات، لانتهاكه العقوبات: a regime in force, not
    an act of sanctioning)."""
    w = toks[i][strip:]
    w = w[2:] if w.startswith(("ال", "لل")) else w
    prev = [toks[k].removeprefix("و") for k in (i - 1, i - 2) if k >= 0]
    if w.startswith("سيطرت") and len(w) > 5:
        return bool(prev) and prev[0] in _HELD
    if w in ("عقوبات", "رسوم"):
        return bool(prev) and (prev[0] in _EVADE or len(prev) > 1 and prev[0] in ("علي", "من") and prev[1] in _EVADE)
    return False


# جبهات القتال، ساحات المعارك، خطوط المواجهة: the fronts, a place fighters are sent to or flee from, not a fight
_FRONT = norm_words("جبهات جبهة ساحات ساحة ميادين ميدان محاور محور خطوط خط بؤر")
_FIGHT = norm_words("قتال معركة معارك مواجهة مواجهات")
_SOME = norm_words("مختلف كل كافة جميع عدة عدد معظم أغلب إحدى أحد")


def a_front(toks: list[str], i: int, strip: int) -> bool:
    """A word of fighting in the genitive of a front or field (الزج بهم في جبهات القتال، الفارين من ساحات المعارك)
    names a place, not a fight; on the fronts (على جبهات القتال، على مختلف جبهات القتال) it is where one happens."""
    w = toks[i][strip:]
    w = w[2:] if w.startswith(("ال", "لل")) else w
    if w not in _FIGHT or i == 0:
        return False
    front = toks[i - 1]
    front = next((front[len(p):] for p in ("وب", "ول", "و", "ب", "ل") if front.startswith(p)
                  and front[len(p):] in _FRONT), front)
    if front not in _FRONT:
        return False
    before = [toks[k].removeprefix("و") for k in (i - 2, i - 3) if k >= 0]
    return not ("علي" in before[:1] or len(before) > 1 and before[1] == "علي" and before[0] in _SOME)



# requests counted by a number (بلغ 845 طلبا، لم يتجاوز مجموعها 19 طلبا، تلقت الوزارة 200 طلب): a tally of
# applications, not one party asking another (also after آلاف، مليون); a year before the word (وفي 2017 طلب X) is a
# date, not a count; so is قطعة counted (حجز 27 قطعة أثرية، قص الشباك إلى 800 قطعة، مليون قطعة، بسعر 70 يورو لكل
# قطعة): pieces, no cut
_TALLIED = norm_words("طلب طلبا طلبات قطعه")
_BIG = norm_words("الف الاف مليون ملايين مليار تريليون كل لكل")


def tallied(toks: list[str], i: int, strip: int) -> bool:
    n = toks[i - 1].removeprefix("و") if i else ""  # (14 ألفا و845 طلبا)
    if toks[i][strip:] not in _TALLIED or not (n.isdigit() or n in _BIG):  # (107 آلاف طلب، مليون قطعة)
        return False
    return not (n.isdigit() and len(n) == 4 and 1900 <= int(n) <= 2100)


# وجه إلى: bring (a charge) against, or address (a letter, a report) to. Where the verb or its participle describes a
# noun before it (التقرير الذي وجه إلى الوزير، الرسالة الموجهة إلى المجلس، النداء الذي وجهه الوزير), that noun is
# what is sent: a charge only if it is one (التهم الموجهة إليهم، الاتهامات بالتحرش الموجهة إلى المنتج) or one
# follows the verb (الرجل الذي وجهت إليه تهمة السرقة)
_WHO = norm_words("الذي التي والذي والتي الذين والذين اللذين اللتين اللاتي")
_SENT = ("وجه", "موجه", "الموجه")
_CHARGE = ("تهم", "تهام")  # (تهمة، التهم، اتهام، الاتهامات، لائحة الاتهام: normalised, each holds one of these)


def addressed(t: Trigger, toks: list[str], i: int, strip: int) -> bool:
    """An ACCUSE hit of وجّه that addresses a thing to someone (see above): no charge."""
    w = toks[i][strip:]
    if t.type != "ACCUSE" or not w.startswith(_SENT):
        return False
    relative = w.startswith("وجه") and i > 0 and toks[i - 1] in _WHO
    if not (relative or w.startswith(("موجه", "الموجه"))):
        return False
    head = i - 1 if relative else i
    before = toks[max(0, head - 4):head]
    after = toks[i + 1:i + 7]
    return not any(c in tok for tok in before + after for c in _CHARGE)
