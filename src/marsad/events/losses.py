"""The party an attack makes lose or fall back: its target, named before the loss.

A noun of attack named as the cause of someone's losses or retreat — after أمام، نتيجة، جراء، بفعل، تحت or نظرا لـ,
with a word of loss or retreat a few words before it (تكبد، خسائر، تراجع، تقهقر، انسحاب، فرار، انهيار، اندحار،
هزيمة) — has as its target the one that lost: تكبدت ميليشيا الحوثي خسائر كبيرة نظرا للهجوم الذي شنته قوات الجيش:
the Houthis; إثر تقهقرها أمام هجمات القوات الشرعية: the pronoun's party, named before. That party is the last one
named before the word of loss (for a loss word with a possessive pronoun, تراجعهم، تقهقرها, the pronoun's referent
may stand behind a preposition: تعزيزات للحوثيين ... وتراجعهم), not the attack's author, nor a place. Only when the
rules name no target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_CAUSES = norm_words("أمام امام نتيجة جراء بفعل تحت إثر اثر")
_FOR = norm_words("نظرا")  # نظرا للهجوم
_LOSSES = tuple(norm(w) for w in """تكبد يتكبد تتكبد خسائر خسارة تراجع يتراجع تتراجع تقهقر يتقهقر تتقهقر انسحاب
    انسحب فرار فر انهيار انهار اندحار اندحر هزيمة""".split())
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_LOSS_REACH = 8  # words from the loss word to the attack noun
_PARTY_REACH = 20  # words from the party back to the loss word


def _loss(tok: str) -> tuple[bool, bool]:
    """(a word of loss or retreat, it carries a possessive pronoun): تكبدت، خسائر، وتراجعهم، تقهقرها."""
    w = tok.removeprefix("و").removeprefix("ف")
    for base in _LOSSES:
        if w == base or w.startswith(base) and w[len(base):] in ("ت", "وا", "ا"):
            return True, False
        if w.startswith(base.removesuffix("ه")) and w[len(base.removesuffix("ه")):] in _PRONOUNS + tuple(
                "ت" + p for p in _PRONOUNS):  # (هزيمتهم: ة written ت before a pronoun)
            return True, True
    return False, False


def sufferer(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None) -> Arg | None:
    """The party that lost to or fell back before the attack noun `hit`, else None."""
    if hit.verbal or hit.trigger.type != "ASSAULT" or hit.i == 0:
        return None
    head = toks[hit.i]
    caused = toks[hit.i - 1] in _CAUSES or head.startswith("ل") and toks[hit.i - 1] in _FOR
    if not caused:
        return None
    for k in range(hit.i - 1, max(-1, hit.i - 1 - _LOSS_REACH), -1):
        if toks[k] in (".", "؛", ":"):
            return None
        found, pronoun = _loss(toks[k])
        if not found:
            continue
        named = [a for a in people if a.j <= k and k - a.j <= _PARTY_REACH and a is not actor and not a.place
                 and a.actor.kind != "place" and (a.prep is None or pronoun and a.prep == "ل")
                 and (actor is None or a.actor.code != actor.actor.code)]
        return named[-1] if named else None
    return None
