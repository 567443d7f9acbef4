"""An attack noun told as having taken place, with no party and no place named: still an event.

A verbal noun with no one and nowhere (عمليات القتل) names no event, but an attack noun the sentence tells as having
happened, as having taken its toll or with where it came from does: ووقع الهجوم فجر أمس، التفجير أسفر عن مقتل عشرة،
الهجوم الذي بدأ قبل شهر أوقع مئات القتلى، سقط قتلى في انفجار عبوة ناسفة، إطلاق قذائف مصدرها الأراضي السورية. The
author and target stay unnamed.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_OCCUR = norm_words("وقع وقعت أسفر أسفرت أوقع أوقعت")  # ووقع الهجوم، وأسفر التفجير عن
_OUTCOME = norm_words("أسفر أسفرت أوقع أوقعت خلف خلفت أدى أدت")  # التفجير أسفر عن مقتل
_DONE = norm_words("وقع وقعت نفذ نفذت")  # told after the noun
# a launch told with where it came from happened (إطلاق قذائف صاروخية مصدرها الأراضي السورية: events/origin)
_ORIGIN = norm_words("مصدرها مصدره مصدرهما")
_RELATIVE = norm_words("الذي التي الذين اللذين اللتين")
_TOLL = norm_words("مقتل قتلى قتيل قتيلا مصرع إصابة جرحى جريحا")  # مقتل عشرة في انفجار
_CAUSE = norm_words("في جراء إثر بسبب نتيجة")
_STOP = frozenset({"،", ",", ".", "؛", ":"})


def _in(tok: str, words: frozenset[str]) -> bool:
    """`tok` or, past a conjunction و / ف, its body is one of `words` (وقعت, ووقعت)."""
    return tok in words or (len(tok) > 3 and tok[0] in "وف" and tok[1:] in words)


def occurred(hit: TriggerHit, toks: Sequence[str]) -> bool:
    """Whether an ASSAULT noun at `hit` is told as having happened (its occurrence or its toll)."""
    if hit.verbal or hit.trigger.type != "ASSAULT":
        return False
    i = hit.i
    for k in range(max(0, i - 2), i):  # (not على وقع الهجوم, 'amid')
        if _in(toks[k], _OCCUR) and not (k > 0 and toks[k - 1] in ("علي", "على")):
            return True
    for k in range(i + 1, min(len(toks), i + 8)):
        w = toks[k]
        if w in _STOP:
            break
        # (الهجوم الذي وقع، الهجوم بالقنبلة نفذ ضد; not a later وقع, 'signed': بعدما وقع الحاكم القانون)
        if _in(w, _OUTCOME) or _in(w, _DONE) and (k - i <= 2 or toks[k - 1] in _RELATIVE) or (
                _in(w, _ORIGIN) and k - i <= 5):
            return True
    # مقتل 42 شخصا ... في انفجار: a toll shortly before, the noun after a preposition of cause
    if i < 1 or not _in(toks[i - 1], _CAUSE):
        return False
    for k in range(i - 2, max(-1, i - 10), -1):  # (a comma may set off the preposition: مقتل عشرة، في انفجار)
        w = toks[k]
        if w in _STOP and k < i - 2:
            return False
        if _in(w, _TOLL):
            return True
    return False
