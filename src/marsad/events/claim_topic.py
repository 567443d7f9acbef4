"""An accusation spoken of, not made. A noun of accusation or criticism that is only the topic of its clause —
the complement of a word of time or cause: على خلفية اتهامات بـ، بعد يوم من انتقادات حادة لـ، إثر اتهامات لـ،
ملابسات الاتهامات (not of a preposition a verb governs, امتنع عن اتهام X، رد باتهام X، لاتهام X بـ, whose subject
accuses); its bare genitive before the بـ of the charge is the accused: على خلفية اتهام الحكومة باستخدام الأسلحة —
names no accuser: neither the speaker of the sentence nor its subject made it, unless the noun itself names who did —
its genitive, coded or not, before anything but the charge (انتقادات الرئيس بشأن، اتهام هذه الدول للدوحة), a من /
من جانب party, a nationality adjective, a relative clause's subject or a verb of directing it (انتقادات وجهها X) —
or carries a possessive pronoun (اتهامها بـ). Used by events/accused when the accused is named (the genitive, or a
party after لـ / ضد): the accuser is then left unnamed, for the rules and the ranker, and the accused alone makes
the event count."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import WHICH
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_CLAIMS = norm_words("اتهام اتهامات انتقاد انتقادات تهم مزاعم ادعاءات")
# a word of time or cause the noun is the complement of (not a preposition a verb governs: امتنع عن اتهام X، رد
# باتهام X — its subject accuses); من only after a span of time (بعد يوم من انتقادات)
_GOVERNORS = norm_words("بعد قبل اثر إثر عقب بسبب جراء وسط خلفيه خلفية ملابسات ضوء سياق")
_SPANS = norm_words("يوم يومين ايام أيام ساعات ساعة ساعتين اسابيع أسابيع اسبوع أسبوع شهر اشهر أشهر")
# a verb of directing with the noun's pronoun right after it names the author (بعد انتقادات وجهها ترمب لـ)
_MADE_AFTER = norm_words("وجهها وجهه وجهتها وجهته وجهوها يوجهها توجهها يوجهه اطلقها اطلقه اطلقتها")
_NOT_CHARGE = norm_words("بشان بشأن بسبب بخصوص بعد بين بحق بفعل به بها بهم بعض")  # (not the بـ of a charge)
_DEMONSTRATIVES = norm_words("هذه هذا تلك ذلك هؤلاء")
# who points "the finger of accusation" or directs it makes it: (أشارت السلطات) بأصابع الاتهام، وجه انتقادات
_MADE = norm_words("اصابع بأصابع باصابع وجه وجهت يوجه توجه توجيه وجهوا")


def topic_claim(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | bool | None:
    """None unless the ACCUSE noun at `hit` is an accusation only spoken of, with no accuser named (see the module);
    then its genitive when that is the accused, else False."""
    if hit.verbal or hit.trigger.type != "ACCUSE" or possessed_noun(hit, toks):
        return None
    word = toks[hit.i]
    head = word[hit.strip:].removeprefix("ال")
    if head not in _CLAIMS or any(w.removeprefix("و") in _MADE for w in toks[max(0, hit.i - 3):hit.i]) or _author(
            hit, toks, people):
        return None  # (توجيه كيم لانتقادات: who directs it makes it)
    # (not a masdar after لـ / بـ: أدلة كافية لاتهام رئيس الوزراء بالرشوة — who found them would accuse)
    before = toks[hit.i - 1].removeprefix("و") if hit.i > 0 else ""
    if not (before in _GOVERNORS or before == "من" and hit.i > 1 and toks[hit.i - 2] in _SPANS) or any(
            w in _MADE_AFTER for w in toks[hit.j:hit.j + 3]):
        return None
    if hit.j < len(toks) and not word[hit.strip:].startswith("ال") and (
            toks[hit.j].startswith("ال") or toks[hit.j] in _DEMONSTRATIVES) and _genitive(hit, people) is None:
        # على خلفية اتهام هذه الدول للدوحة بـ: a genitive no dictionary codes is the author all the same
        k = hit.j + 1 + (toks[hit.j] in _DEMONSTRATIVES)
        return False if k < len(toks) and toks[k][:1] == "ب" and toks[k] not in _NOT_CHARGE else None
    if (genitive := _genitive(hit, people)) is not None:
        # على خلفية اتهام الحكومة باستخدام: the genitive before the بـ of the charge is the accused; otherwise it is
        # the author (لانتقادات الرئيس الأميركي بشأن، اتهام موسكو لبريطانيا: events/accused_object)
        charged = genitive.j < len(toks) and toks[genitive.j][:1] == "ب" and toks[genitive.j] not in _NOT_CHARGE
        return genitive if charged else None
    return False


def _genitive(hit: TriggerHit, people: list[Arg]) -> Arg | None:
    """The bare party right after the noun (its genitive)."""
    return next((a for a in people if a.i == hit.j and a.prep is None and not a.place), None)


def _author(hit: TriggerHit, toks: list[str], people: list[Arg]) -> bool:
    """The noun names who made it: a party with من / لدى / من جانب / من قبل in the next words, a nationality agreeing
    with it (انتقادات أميركية), or the subject of a relative clause on it (الاتهامات التي أوردتها الصحيفة)."""
    for a in people:
        if a.place or a.i < hit.j or a.i - hit.j > 4:
            continue
        if a.prep in ("من", "لدى", "لدي") or toks[a.i - 1] in ("جانب", "قبل"):
            return True
        if a.prep is None and a.actor.kind == "nationality" and a.i - hit.j <= 1:
            return True
        if a.prep is None and hit.j < len(toks) and toks[hit.j] in WHICH and a.i >= hit.j + 2:
            return True
    return False
