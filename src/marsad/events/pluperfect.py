"""The subject of a verb in a clause that كان opens: وكانت X قد قضت، وكان X الحاكم دعا Y.

In the pluperfect and the past progressive the subject stands between كان and the verb, so what follows the verb is
its object. When that subject is a participant with words no participant covers after it — an adjective or the
rest of its name (وكان حزب جبهة التحرير الحاكم دعا بوتفليقة، وكانت محكمة جنح المقطم قد قضت، وكانت المحكمة العليا
بالبلاد قد رفضت) — it is still the verb's subject, not the participant after the verb. Not past a word that looks
like another verb (وكانت واشنطن أعلنت طرد، وكان النائب يقدم معلومات): the subject is that verb's; a word a
participant covers is no verb (وكان الرئيس وزوجته بريجيت قد وصل: a name in ت).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events import cues
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_KANA = norm_words("كان كانت وكان وكانت فكان فكانت")
_REACH = 9  # words between كان and the verb (a title and a name, two words of its own, قد)
_STOPS = cues.CLAUSE_BREAKS | frozenset({"،", ",", ".", ":", "؛", "من", "هناك"})


def _verb_like(w: str) -> bool:
    """أعلنت، يقدم، تدعو، خططوا، اعتقلوا: a word shaped like a conjugated verb (not a definite noun)."""
    if w.startswith(("ال", "بال", "لل")):
        return False
    return w.endswith(("ت", "وا")) or w[:1] in ("ي", "ت", "ن") and len(w) >= 4 or w in cues.REPORTERS


def subject(hit: TriggerHit, toks: list[str], people: list[Arg], adjacent: Arg | None = None) -> Arg | None:
    """The bare participant right after a كان that opens the verb's clause, when only words of its own (no verb)
    stand between it and the verb (قد aside); else `adjacent`, the one right before the verb — unless it is one of
    those words (وكان الرئيس وزوجته بريجيت قد وصل: the first named is the subject)."""
    first = _first(hit, toks, people)
    return adjacent if first is None or adjacent is not None and adjacent.i < first.j else first


def _first(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    if not hit.verbal or hit.i < 2:
        return None
    k = next((k for k in range(hit.i - 1, max(-1, hit.i - 1 - _REACH), -1) if toks[k] in _KANA), -1)
    if k < 0:
        return None
    end = hit.i - 1 if toks[hit.i - 1] == "قد" else hit.i
    first = next((a for a in people if k < a.i and a.j <= end), None)
    if first is None or first.i != k + 1 or first.prep is not None or first.j == end:
        return None
    named = {k for a in people for k in range(a.i, a.j)}  # (وزوجته بريجيت: a name is no verb)
    rest = range(first.j, end)
    return first if len(rest) <= 2 and not any(toks[k] in _STOPS or _verb_like(toks[k]) and k not in named
                                               for k in rest) else None
