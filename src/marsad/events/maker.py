"""A nationality that only says where a thing was made — بطارية دفاع جوي روسية الصنع، طائرة مسيرة إيرانية الصنع،
صواريخ من صنع إيراني، أسلحة صناعة أمريكية — names its maker's country, not a party of the act: whoever a strike
on such a battery hits is the one who operates it, and whoever fires such missiles is the one who fires them. It is
left out of the sentence's participants (for the rules and the ranker alike), so that the act's target is read from
the owner or the place, or left empty. Not a person's origin (مغربي الأصل: the person is of that nation)."""

from __future__ import annotations

from marsad.events.borders import A
from marsad.text.normalize import norm_words

_MADE_AFTER = norm_words("الصنع صنع الصنعه الصناعه")  # روسية الصنع
_MADE_BEFORE = norm_words("صنع صناعه الصنع")  # من صنع إيراني، صناعة أمريكية


def drop_makers(args: list[A], toks: list[str]) -> list[A]:
    """The participants less a nationality naming where a thing was made (toks: the sentence's normalised
    tokens)."""
    return [a for a in args if not (a.actor.kind == "nationality" and a.prep is None and (
        a.j < len(toks) and toks[a.j] in _MADE_AFTER or a.i > 0 and toks[a.i - 1] in _MADE_BEFORE))]
