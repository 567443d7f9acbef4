"""A capital or a country named right after حي / شارع / نهج names a district or a street, not the place: دورية
مركز حي الرياض بسوسة (a quarter of Sousse), شارع بيروت في القاهرة، حي فلسطين بدمشق، نهج روما. Arab towns name
their quarters and streets after capitals and states; the gazetteer read the name as Riyadh or Lebanon, which the
rules or the ranker then took as a party (Saudi Arabia arresting a man in Tunisia). Here such a mention is dropped:
a quarter or a street is no party, and the town it lies in is named nearby when the text says where.

Only a capital or a country (a quarter is never a capital, and never a state): a town or a district the
gazetteer lists by its own name (حي الشجاعية، حي جوبر) keeps its mention. Only a bare name right after the word (not
a second word with a proclitic: شارع وبيروت)."""

from __future__ import annotations

from marsad.actors.draft import Draft
from marsad.text.normalize import norm_words
from marsad.text.tokenize import with_proclitics

_STREETS = frozenset(f for w in norm_words("حي شارع نهج") for f in with_proclitics(w))


def district_names(toks: list[str], out: list[Draft], capitals: frozenset[str]) -> list[Draft]:
    """The drafts without a capital's (`capitals`: the gazetteer's ids) or a country's mention that stands right
    after حي / شارع / نهج."""
    def named_quarter(d: Draft) -> bool:
        if d.i == 0 or d.strip or toks[d.i - 1] not in _STREETS or d.actor is None:
            return False
        return d.actor.kind == "country" and d.rule.startswith("country:") \
            or d.rule.startswith("place:") and d.rule.removeprefix("place:") in capitals
    return [d for d in out if not named_quarter(d)]
