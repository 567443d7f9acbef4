"""Who did the attack a killing is told to come from, named in the cause after the killing (used by
events/first_roles).

A killing told in the passive or as a noun, with its cause after it, names its author inside that cause:

* the genitive right after a verbal noun of striking that has an object of its own after that genitive — قتل مسعف
  وأصيب ثلاثة آخرون، الثلاثاء، من جراء استهداف ميليشيا الحوثي سيارة إسعاف; مقتل امرأة وطفلتها جراء استهداف
  الطيران الإسرائيلي للمنطقة: the genitive is the noun's subject (the object follows it, indefinite, or with لـ,
  على or ضد), so it struck;
* the subject of a verb of launching or claiming right after a noun of attack — قتل شخص وأصيب ستة آخرون في تفجير
  انتحاري تبناه تنظيم داعش; قتل 21 شخصا وأصيب 11، الاثنين، من جراء اعتداءات شنها مسلحون من جماعة X.

That party is the actor and never the recipient. Only for a killing no one is named to have done (no actor), or
for the passive pair قتل X وأصيب Y opening its clause, whose verb has no subject of its own — an actor the rules took
from outside (the state of a town named before it: شهدته العاصمة الأفغانية كابل عندما قتل شخص) is not its
author; it is the state the dead fell in, the recipient when none is named. A cause with no object after the
genitive (جراء قصف قوات النظام) is left to the other rules: the genitive may be what was struck. Not past a full
stop, a colon, or a reported clause (قال إن، أن).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.arguments import MEMBERS
from marsad.events.claims import CLAIM_VERBS
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_KILLS = frozenset({"assault-kill", "assault-assassinate"})
# words of cause or circumstance before the attack: من جراء، إثر، بسبب، نتيجة، في، خلال، أثناء
_CAUSE = norm_words("جراء اثر بسبب نتيجه في خلال اثناء عقب بعد")
# verbal nouns of striking whose genitive, with an object after it, is their subject
_STRIKE = norm_words("استهداف قصف")
# nouns of attack a verb of launching or claiming may resume right after them
_ATTACKS = norm_words("""هجوم هجوما هجمات الهجوم الهجمات اعتداء اعتداءات الاعتداء الاعتداءات تفجير تفجيرات التفجير
    التفجيرات انفجار الانفجار غاره غارات الغاره الغارات ضربه ضربات الضربه الضربات قصف القصف عمليه العمليه كمين
    الكمين هجومين""")
# words that may stand between the claim verb and the party it names: مسلحون من جماعة X، عناصر من التنظيم
_MEN = norm_words("مسلحون مسلحين عناصر افراد مقاتلون مقاتلين مجموعه مجهولون من")
# the passive of أصاب that pairs with a killing verb opening its clause: قتل جندي وأصيب آخر
_WOUNDED = norm_words("واصيب واصيبت واصيبا واصيبوا")
_STOPS = frozenset((".", "؛", ":", "!", "؟", "?")) | norm_words("ان انه انها انهم")
_REACH = 35  # tokens from the killing to its cause (past the victims' names and ages)


def _paired(hit: TriggerHit, toks: list[str]) -> bool:
    """The killing verb opens its clause and is paired with a passive of wounding a few words on: قتل مسعف وأصيب."""
    if not hit.verbal or toks[hit.i][:hit.strip] not in ("", "و", "ف"):
        return False
    return any(w in _WOUNDED for w in toks[hit.j:hit.j + 5])


def _struck_by(toks: list[str], k: int, args: list[Arg]) -> Arg | None:
    """The subject genitive of the verbal noun of striking at k (one with its object after the genitive), past a noun
    of its armed men before the party's name (قصف مسلحي داعش لموقع، استهداف عناصر الحزب سيارة)."""
    at = k + 1 + (k + 2 < len(toks) and toks[k + 1] in MEMBERS and not any(a.i == k + 1 for a in args))
    a = next((a for a in args if a.i == at and a.prep is None and not a.place), None)
    if a is None or a.j >= len(toks):
        return None
    nxt = toks[a.j]
    if nxt in ("على", "ضد") or nxt[:1] == "ل" and len(nxt) > 3 and nxt not in ("لكن", "لها", "له", "لهم"):
        return a  # (استهداف الطيران الإسرائيلي للمنطقة، قصف الجيش على المدينة)
    if nxt.startswith(("ال", "و", "ب", "ف")) or nxt in _STOPS or nxt in _CAUSE or not nxt.isalpha():
        return None  # (a definite word may be the genitive's adjective; a comma, a preposition: no object)
    return a  # (استهداف ميليشيا الحوثي سيارة إسعاف: an indefinite object)


def _claimed_by(toks: list[str], k: int, args: list[Arg]) -> Arg | None:
    """The subject of a verb of launching or claiming right after the noun of attack at k (past two adjectives or
    a relative pronoun): تفجير انتحاري تبناه تنظيم داعش، هجوم شنه مسلحون من جماعة X."""
    for v in range(k + 1, min(len(toks), k + 4)):
        w = toks[v]
        if w in _STOPS or not w.isalpha():
            return None
        if w not in CLAIM_VERBS:
            continue
        for a in args:
            if a.i <= v or a.prep not in (None, "من") or a.place:
                continue
            if a.i - v > 4 or any(x not in _MEN for x in toks[v + 1:a.i]):
                return None
            if a.prep == "من" and toks[a.i - 1] != "من":
                return None
            return a
        return None
    return None


def cause_author(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                 recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing whose cause after it names who struck (see the module's docstring)."""
    if hit.trigger.id not in _KILLS or hit.trigger.type != "ASSAULT":
        return actor, recipient
    paired = _paired(hit, toks)
    if actor is not None and not paired:
        return actor, recipient
    for k in range(hit.j, min(len(toks) - 1, hit.j + _REACH)):
        w = toks[k]
        if w in _STOPS:
            break
        author = None
        if w in _CAUSE or w == "من" and toks[k + 1] == "جراء":
            if toks[k + 1] in _STRIKE:
                author = _struck_by(toks, k + 1, args)
            noun = next((n for n in range(k + 1, min(len(toks), k + 3)) if toks[n] in _ATTACKS), -1)
            if author is None and noun >= 0:
                author = _claimed_by(toks, noun, args)
        elif w[:1] == "ب" and w[1:] in _ATTACKS:
            author = _claimed_by(toks, k, args)  # (بتفجير انتحاري تبناه التنظيم)
        if author is not None:
            if actor is author:
                return actor, recipient
            recipient = None if recipient is author else recipient
            if recipient is None and actor is not None and actor.actor.kind in ("country", "place") and actor.i < hit.i:
                recipient = actor  # (شهدته العاصمة الأفغانية كابل عندما قتل شخص: the state its dead fell in)
            return author, recipient
    return actor, recipient
