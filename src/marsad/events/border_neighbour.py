"""Closing the border with a country is aimed at that country (used by stages/events and events/borders).

أغلقت السلطات السودانية الحدود مع إريتريا، أعلنت تركيا إغلاق حدودها مع العراق، أغلقت الجزائر المعابر الحدودية مع
ليبيا، إغلاق معبر جابر الحدودي مع سوريا: what is closed is the border, and the country on its other side — the
party after مع of the border noun the closure takes — is the one it is closed against: the recipient, when the
rules took none or only the closer's own state (a closure of the border is no partnership with its مع). The
border a closure word governs is no place (events/borders keeps its country: `closed_border`). A border told only
as a place where another act happens — اشتباكات قرب الحدود مع العراق، قصف مواقع على الحدود مع سوريا — still
names no party (events/borders): the country whose border it is need not be a side of the act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_CLOSURES = frozenset({"coerce-close-borders"})
# a closure word: the verb or its verbal noun (أغلقت، يغلق، إغلاق، وإغلاق، بإغلاق)
_CLOSING = norm_words("""اغلق اغلقت اغلقوا يغلق تغلق اغلاق واغلاق باغلاق لاغلاق واغلقت اوصدت اوصد غلق""")
_BORDER_NOUNS = norm_words("""الحدود حدود حدودها حدوده حدودهم حدودنا المعابر معابر معابرها المعبر معبر المنافذ منافذ
    منافذها المنفذ منفذ""")
# what may stand between the border noun and مع: its adjectives and a crossing's name (معبر جابر الحدودي مع)
_BETWEEN = norm_words("""الحدودي الحدوديه الحدودية حدودي حدوديه البريه البحريه البرية البحرية المشتركة المشتركه
    المشترك الشمالية الجنوبية الشرقية الغربية الشماليه الجنوبيه الشرقيه الغربيه الشمالي الجنوبي الشرقي الغربي""")
_REACH = 6  # words from the closure to the border noun (أغلقت السلطات الأردنية معبر جابر الحدودي مع سوريا)


def closed_border(toks: list[str], k: int) -> bool:
    """The border noun at token k is the object of a closure word up to `_REACH` words before it (أغلقت الحدود
    مع X، إغلاق المعابر الحدودية مع X): what is closed, no place."""
    return any(w.removeprefix("و") in _CLOSING or w in _CLOSING for w in toks[max(0, k - _REACH):k])


def _border_country(toks: list[str], a: Arg) -> bool:
    """`a` is the party after مع of a border noun: الحدود مع X، المعبر الحدودي مع X، معبر جابر الحدودي مع X."""
    if a.prep != "مع" or a.i < 2 or toks[a.i - 1] != "مع":
        return False
    k = a.i - 2
    while k >= 0 and a.i - 2 - k < 3 and toks[k] in _BETWEEN:
        k -= 1
    if k >= 0 and toks[k] in _BORDER_NOUNS:
        return True
    # (معبر جابر الحدودي مع X: a crossing's name between the noun and its adjective)
    return k >= 1 and toks[k + 1:k + 2] and toks[k + 1] in _BETWEEN and toks[k - 1] in _BORDER_NOUNS or False


def neighbour(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
              recipient: Arg | None) -> Arg | None:
    """The recipient of a closure of the border: the country after the مع of the border noun it closes (see the
    module), when the rules took no recipient or the closer's own state; else the recipient given."""
    if hit.trigger.id not in _CLOSURES:
        return recipient
    own = actor.actor.country if actor is not None else None
    if recipient is not None and recipient.actor.country not in (None, own) and recipient.prep != "مع":
        return recipient
    other = next((a for a in args if hit.j <= a.i <= hit.j + _REACH + 4 and _border_country(toks, a)
                  and a.actor.country not in (None, own) and not any(w == "." for w in toks[hit.j:a.i])), None)
    return other if other is not None else recipient
