"""Acts told as a set, no one act of the news: a trigger noun after a word picking out most or the chief of a set —
معظم الهجمات، أبرز الهجمات الإلكترونية، أحد أبرز المطالب، أغلب عمليات القتل (past a noun of operations or incidents).
Coded, not counted (called from events/history.case_of). (Not a superlative of size or order: أكبر إضراب، أول
زيارة name one act.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_MOST = norm_words("معظم ومعظم بمعظم لمعظم ابرز وابرز بابرز لابرز اغلب واغلب باغلب لاغلب")
_KINDS = norm_words("عمليات حوادث اعمال")  # (معظم عمليات القتل: the noun of operations between)


def set_of(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger is a noun right after معظم / أبرز / أغلب, or after one and a noun of operations or incidents."""
    i = hit.i
    if hit.verbal or i < 1:
        return False
    k = i - 2 if toks[i - 1] in _KINDS else i - 1
    return k >= 0 and toks[k] in _MOST
