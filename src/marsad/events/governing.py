"""The preposition that governs a participant past a count (used by events/preposition): فرضت عقوبات على 10 إيرانيين،
أطلق النار على 4 فلسطينيين — the count stands between the preposition and its noun, so preposition.preposition finds
no preposition right before the noun and would leave it bare, a subject the rules may take for the act's author.
The noun is still governed by the preposition before the count: the sanctioned or the one shot is the recipient.
(بحق X is left bare here: events/against takes it as the one an act is against.)"""

from __future__ import annotations

from marsad.text.normalize import norm_words

# the prepositions of aim or company a count may follow: على 10، ضد 3، إلى 5، مع 4 (not من: أكثر من 20 is a count)
_BEFORE_COUNT = norm_words("على علي ضد الى الي مع")


def governing(toks: list[str], k: int) -> str | None:
    """The preposition governing the participant right after token k when k is a count in digits after one of
    _BEFORE_COUNT (على 10 إيرانيين: على); else None."""
    if 0 < k < len(toks) and toks[k].isdigit() and toks[k - 1] in _BEFORE_COUNT:
        return toks[k - 1]
    return None
