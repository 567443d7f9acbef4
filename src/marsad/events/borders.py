"""The country a border is shared with, named where something happens — اشتباكات قرب الحدود مع العراق، نشر جنوده
على الحدود الشرقية مع السودان، المعبر الحدودي مع تركيا — is a location on this side of the border: neither a
party to the act nor the state of its place. (The border as what is acted on — إغلاق الحدود مع المكسيك، ترسيم
الحدود مع إريتريا — keeps its country: no locative word governs it; and so does a border a closure word governs
even as a place — أغلقت معابرها على الحدود مع ليبيا: events/border_neighbour.)"""

from __future__ import annotations

from typing import Protocol, TypeVar

from marsad.events.border_neighbour import closed_border
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm_words

_BORDER = norm_words("الحدود حدود")  # a noun: only after a locative word
_BORDER_ADJ = norm_words("الحدودي الحدودية حدودي حدودية")  # معبر X الحدودي مع: always a place
# (the border's own adjectives between it and مع: الحدود الغربية مع، الحدود الجنوبية الشرقية مع)
_BORDER_SIDES = norm_words("""الشمالية الجنوبية الشرقية الغربية الشمالي الجنوبي الشرقي الغربي المشتركة المشترك
    البرية البحرية""")
# على / قرب / بالقرب من / عند / على طول / إلى / القريبة من الحدود مع X (not عبر الحدود مع X: across, into X)
_AT = norm_words("على علي قرب من عند طول امتداد محاذاة بمحاذاة الى الي داخل قبالة")


class _Arg(Protocol):
    i: int
    prep: str | None
    conj: bool
    actor: Actor


A = TypeVar("A", bound=_Arg)


def at_border(a: _Arg, toks: list[str]) -> bool:
    """True for the country after a border of this side told as a place: على الحدود مع تركيا, the crossing
    الحدودي مع لبنان (toks are the sentence's normalised tokens)."""
    if a.prep != "مع" or a.i < 2 or toks[a.i - 1] != "مع":
        return False
    k = a.i - 2
    while k >= 0 and a.i - 2 - k < 2 and toks[k] in _BORDER_SIDES:
        k -= 1
    if k < 0:
        return False
    if closed_border(toks, k if toks[k] in _BORDER else k - 1):
        return False  # (أغلقت معابرها على الحدود مع ليبيا: what is closed, events/border_neighbour)
    if toks[k] in _BORDER_ADJ:
        return True
    return toks[k] in _BORDER and k > 0 and toks[k - 1].removeprefix("و") in _AT


def drop_border_countries(args: list[A], toks: list[str]) -> list[A]:
    """The participants less the countries a border told as a place is shared with (and the countries joined to
    them: قرب الحدود مع تركيا وإيران, not a place: قرب الحدود مع تركيا وجبال قنديل)."""
    out: list[A] = []
    dropping = False
    for a in args:
        dropping = at_border(a, toks) or dropping and a.conj and a.actor.kind == "country"
        if not dropping:
            out.append(a)
    return out
