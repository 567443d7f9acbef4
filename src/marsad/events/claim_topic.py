"""An accusation spoken of, not made. A noun of accusation or criticism that is only the topic of its clause —
under a preposition or a noun of circumstance (على خلفية اتهامات بـ، المحتجز في اتهامات بـ، بعد يوم من انتقادات
حادة لـ، ملابسات الاتهامات; its bare genitive before the بـ of the charge is the accused: على خلفية اتهام الحكومة
باستخدام الأسلحة) names no accuser: neither the speaker of the sentence nor its subject made it, unless
the noun itself names who did — its genitive before anything but the charge (انتقادات الرئيس بشأن، اتهام موسكو
لبريطانيا), a من / من جانب party, a nationality adjective, a relative clause's subject — or carries a possessive
pronoun (لاتهامها بـ). Used by events/accused when the accused is named (the genitive, or a party after لـ / ضد):
the accuser is then left unnamed, for the rules and the ranker, and the accused alone makes the event count."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import WHICH
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_CLAIMS = norm_words("اتهام اتهامات انتقاد انتقادات تهم مزاعم ادعاءات")
# a word the noun is the complement of: a preposition, or a noun of circumstance or cause
_GOVERNORS = norm_words("""في على عن من بعد قبل اثر إثر عقب بسبب جراء وسط خلفيه خلفية ملابسات حول بشان بشأن ضوء
    سياق""")
# who points "the finger of accusation" or directs it makes it: (أشارت السلطات) بأصابع الاتهام، وجه انتقادات
_NOT_CHARGE = norm_words("بشان بشأن بسبب بخصوص بعد بين بحق بفعل به بها بهم بعض")  # (not the بـ of a charge)
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
    if not (word[:hit.strip].removeprefix("و")[:1] in ("ب", "ل") or hit.i > 0 and toks[
            hit.i - 1].removeprefix("و") in _GOVERNORS):
        return None
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
