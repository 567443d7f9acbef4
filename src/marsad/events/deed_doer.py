"""The doer of a deed condemned, criticised, described or objected to, named by a relative clause on it: the noun
such a verb takes as its object, then الذي / التي and a verb that resumes the noun by an object pronoun — its suffix
(بالقرار الذي اتخذه البرلمان، الجرائم التي ارتكبتها القوات، السياسة التي تنتهجها الحكومة) or به / بها right after it
(الخطوة التي قام بها الوزير). With the noun as its object the verb has no other one: the bare party right after it
is its subject, who did the deed — the one condemned, the recipient, never the condemner. A relative verb with no
such pronoun (الهجوم الذي استهدف X) has X as its object, a victim: no doer named."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import WHICH
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_PRONOUNS = ("هما", "هم", "ها", "ه")
_WITH_IT = norm_words("به بها بهم بهما")
_STOPS = frozenset("،,.:؛;؟?!")
_REACH = 4  # words from the trigger to the relative pronoun (the noun, its adjectives, the condemner's name)


def deed_doer(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The doer a relative clause names on the deed the trigger takes as object (see the module), or None."""
    named = {k for a in people for k in range(a.i, a.j)}
    r = next((k for k in range(hit.j, min(len(toks), hit.j + _REACH + 1)) if toks[k] in WHICH or toks[k] in _STOPS),
             -1)
    if r <= hit.j or toks[r] in _STOPS or r + 2 >= len(toks) or r - 1 in named:
        return None  # (نددت المنظمات التي تقدمت، بالهجوم على القوات التي: the relative is a party's)
    verb = toks[r + 1]
    if len(verb) < 4 or not (verb.endswith(_PRONOUNS) or toks[r + 2] in _WITH_IT):
        return None
    at = r + 2 + (toks[r + 2] in _WITH_IT)
    return next((a for a in people if a.i == at and a.prep is None and not a.place
                 and a.actor.kind not in ("place", "nationality")), None)
