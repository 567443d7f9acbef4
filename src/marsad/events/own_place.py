"""A domestic agent named bare takes the state its own phrase places it in (used by events/localise).

Reads: a body, an office or a crowd of one state's kind with no country (الجيش، الأمن، الشرطة، نواب، المحكمة)
followed, within its own phrase, by في / بـ and a place, a state or a state's listed body —
ويشن الجيش والأمن في مصر حملة، اتهم نواب عرب في الكنيست الإسرائيلي الشرطة —: the agent is of that state (EGY,
ISR), whatever other states the rest of the sentence names. Its phrase is the agent itself, the agents joined to
it by و (الجيش والأمن), and at most one word more — an adjective (نواب عرب) —, then the preposition. Not a
state only named as a topic or where someone lives (events/offstage), not a place after a verb or a comma (that
tells where the act happened, which localise weighs), and never an international body's country (IGO, IMG, UNO).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.offstage import offstage
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg

_IN = norm_words("في ب")
_STATELESS = ("IGO", "IMG", "UNO", "NGO", "EUR")
_HOLDERS = ("place", "country", "institution", "organisation")


def _state(a: Arg) -> str | None:
    """The state `a` names, if it is a place, a state or a state's body."""
    c = a.actor.country
    if not c or len(c) != 3 or c.startswith(_STATELESS) or a.actor.kind not in _HOLDERS:
        return None
    if a.actor.kind in ("institution", "organisation") and a.actor.id is None and a.j - a.i < 2:
        return None  # a bare البرلمان whose country the context lent it: not the phrase's own
    return c


def phrase_country(n: int, args: list[Arg], toks: list[str]) -> str | None:
    """The state args[n]'s own phrase places it in (see the module's docstring), else None."""
    k = n
    while k + 1 < len(args) and args[k + 1].conj and args[k + 1].actor.country is None and not args[k + 1].place:
        k += 1  # الجيش والأمن في مصر: the conjuncts share the place
    end = args[k].j
    if k + 1 >= len(args):
        return None
    nxt = args[k + 1]
    gap = toks[end:nxt.i]
    if nxt.prep not in _IN or nxt.conj or offstage(nxt, toks) or args[n].actor.sector is None:
        return None  # (المقيم في لندن: where someone lives; an unlisted name: no agent of a state)
    # the preposition is a word of its own (في) or a proclitic (بمصر): at most one adjective before it
    words = [w for w in gap if w not in _IN]
    if len(words) > 1 or any(not w.isalpha() for w in words):
        return None
    return _state(nxt)
