"""The country an article is about (used by stages/events for domestic agents named without a country).

The one its mentions name most, if it has at least two mentions and at least half of all mentions with a state's
country. International bodies and armed groups are no state's; nor is a listed private person (a pastor, an
activist, a journalist: CVL, MED) a sign of where things happen — such people are named most in the news of their
detention, trial or death abroad (Andrew Brunson held in Turkey, Jamal Khashoggi killed in Istanbul), where the
police, courts and prosecutors are the other country's.
"""

from __future__ import annotations

from marsad.doc import Mention

_STATELESS = ("IGO", "IMG", "UNO", "NGO")
_PRIVATE = ("CVL", "MED")


def _counted(m: Mention) -> str | None:
    """The state's country a mention counts for, if any."""
    a = m.actor
    if a is None or not a.country or len(a.country) != 3 or a.country in _STATELESS:
        return None
    if m.type == "PER" and a.kind == "person" and a.id is not None and a.sector in _PRIVATE:
        return None
    return a.country


def doc_country(mentions: list[Mention]) -> str | None:
    """The country an article is about (see the module's docstring), or None."""
    counts: dict[str, int] = {}
    for m in mentions:
        if (c := _counted(m)) is not None:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 2 and 2 * counts[best] >= sum(counts.values()) else None
