"""Acts told as a set, no one act of the news: a trigger noun after a word picking out most or the chief of a set —
معظم الهجمات، أبرز الهجمات الإلكترونية، أحد أبرز المطالب، أغلب عمليات القتل (past a noun of operations or
incidents) —, and a verb whose subject is 'every' or 'any' one of a kind — وكل جيش يقتل المدنيين، لأي شخص اتهم
بالاحتيال: a generic statement —, and a noun of a kind named by 'such' — في مثل هذه المظاهرات، لمثل تلك الهجمات:
the sort of act, none told. Coded, not counted (called from events/history.case_of). (Not a superlative of size
or order: أكبر إضراب، أول زيارة name one act; nor a definite noun after كل: كل الأطراف اتفقت.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_MOST = norm_words("معظم ومعظم بمعظم لمعظم ابرز وابرز بابرز لابرز اغلب واغلب باغلب لاغلب")
_KINDS = norm_words("عمليات حوادث اعمال")  # (معظم عمليات القتل: the noun of operations between)


_SUCH = norm_words("مثل ومثل بمثل لمثل وبمثل ولمثل")
_THESE = norm_words("هذه هذا هذين هاتين هؤلاء تلك ذلك اولئك")
_EVERY = norm_words("كل وكل لكل بكل اي واي لاي باي")


def _any_subject(toks: list[str], i: int) -> bool:
    """The verb at i has right before it 'every' or 'any' and an indefinite noun, with at most one indefinite
    adjective (وكل جيش يقتل، كل طرف سياسي يدعو، لأي شخص اتهم): a generic subject."""
    for k in (i - 2, i - 3):
        if k >= 0 and toks[k] in _EVERY:  # (not right after a comma: الطائرات على القصف، كل طائرة تستهدف —
            # each of the planes just named, a distributive of one act)
            return (k == 0 or toks[k - 1] not in ("،", ",")) and all(w[:2] != "ال" and w.isalpha()
                                                                       for w in toks[k + 1:i])
    return False


def set_of(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger is a noun right after معظم / أبرز / أغلب, or after one and a noun of operations or incidents, or
    after مثل and a demonstrative,
    or a verb whose subject right before it is 'every' or 'any' and an indefinite noun."""
    i = hit.i
    if hit.verbal:
        return _any_subject(toks, i)
    if i < 1:
        return False
    if i > 1 and toks[i - 1] in _THESE and toks[i - 2] in _SUCH:
        return True  # (يشارك في مثل هذه المسيرات: such marches, a kind)
    k = i - 2 if toks[i - 1] in _KINDS else i - 1
    return k >= 0 and toks[k] in _MOST
