"""A country named only as whose partners, allies, neighbours or enemies some others are — دعا الوزير شركاء الجزائر
إلى، طالب حلفاء واشنطن بـ، حث جيران سوريا على — is not itself a party: the party is that unnamed set of others. It
is left out of the sentence's participants (citizens or officials of a country, مواطني / مسؤولي X, are its own, and
stay)."""

from __future__ import annotations

from marsad.events.borders import A
from marsad.text.normalize import norm_words

_RELATIONS = norm_words("شركاء شريك حلفاء حليف جيران اعداء عدو خصوم خصم اصدقاء")


def drop_related(args: list[A], toks: list[str]) -> list[A]:
    """The participants less a country or its capital in construct right after a noun of relation (toks are the
    sentence's normalised tokens; وشركاء with its conjunction too)."""
    return [a for a in args if not (a.prep is None and a.i > 0 and a.actor.kind in ("country", "place")
                                    and toks[a.i - 1].removeprefix("و") in _RELATIONS)]
