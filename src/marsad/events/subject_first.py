"""A subject standing before its verb after إنّ / أنّ or كان (for events/requests): إن المملكة تحث إيران على،
أن الوزارة دعت الشركات إلى، وكانت الحكومة قد طالبت الأمم المتحدة بـ، وكانت اللجنة دعت مؤخرا المعارضة إلى.

After إن / أن / بأن and after كان the subject is named first (the noun governed by إن, the noun of كان) and the verb
follows it, so the verb has its subject already: the bare noun after the verb is its object — for a verb of calling
or demanding, the one asked —, not a subject of its own. The fronted subject is a short noun phrase up to قد and the
verb: one opened by the article (المملكة، اللجنة الانتخابية), a participant the dictionaries name (الولايات المتحدة)
or an indefinite head and its definite genitive (وزير الخارجية), with في and a place after it (اللجنة في كينيا).
No clause break or relative pronoun stands in it (not إن الحكومة التي دعت), and a verb right after أن has its subject
after it (أن تدعو الحكومة إيران: no fronted subject).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_THAT = norm_words("إن أن بأن فإن وإن لأن")
_WAS = norm_words("كان كانت وكان وكانت فكان فكانت")
_QAD = norm_words("قد")
_IN = norm_words("في")  # (اللجنة الانتخابية في كينيا: where the subject is, a place after it)
_SKIP = frozenset({"،", ",", '"', "«", "»", "“", "”"})
_BREAKS = frozenset({".", ":", "؛"}) | norm_words("الذي التي الذين انه انها")
_REACH = 6  # words of the fronted subject


def _phrase(words: list[str], covered: list[bool]) -> bool:
    """`words` make a noun phrase fit to be a fronted subject: a first word covered by a participant or opened by the
    article, or an indefinite head before a definite genitive; the rest covered or definite, or في and the place
    after it (قائد الجيش في ليبيا)."""
    if not words or words[0] in _BREAKS:
        return False
    first = covered[0] or words[0].startswith("ال") or (
        len(words) >= 2 and words[1].startswith("ال") and not words[0].startswith(("ب", "ل")) and len(words[0]) >= 3)
    placed = [m + 1 < len(words) and words[m] in _IN and m > 0 for m in range(len(words))]
    return first and all(c or w.startswith(("ال", "لل")) or w in _SKIP or placed[m] or m > 0 and placed[m - 1]
                         for m, (w, c) in enumerate(zip(words, covered, strict=True)) if m > 0)


def subject_first(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[bool, Arg | None]:
    """Whether the verb of `hit` has its subject before it after إن / أن / كان (and قد), and the bare participant
    heading that subject, if one does (إن المملكة تحث: True, None; وكانت الحكومة الأردنية قد طالبت: True, JOR)."""
    if not hit.verbal or toks[hit.i][:hit.strip].startswith(("و", "ف")):  # (ودعت، فطالب: a clause of its own)
        return False, None
    end = hit.i
    if end > 0 and toks[end - 1] in _QAD:
        end -= 1
    starts = {m: a for a in people for m in range(a.i, a.j)}
    for k in range(end - 1, max(-1, end - 2 - _REACH), -1):
        w = toks[k]
        if w in _THAT or w in _WAS:
            words = toks[k + 1:end]
            if not _phrase(words, [m in starts for m in range(k + 1, end)]):
                return False, None
            head = starts.get(k + 1)
            return True, head if head is not None and head.prep is None and not head.place else None
        if w in _BREAKS or w in _QAD:
            return False, None
    return False, None
