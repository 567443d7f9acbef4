"""The subject of a verb in a clause that كان opens: وكانت X قد قضت، وكان X الحاكم دعا Y.

In the pluperfect and the past progressive the subject stands between كان and the verb, so what follows the verb is
its object. When that subject is a participant with words no participant covers after it — an adjective or the
rest of its name (وكان حزب جبهة التحرير الحاكم دعا بوتفليقة، وكانت محكمة جنح المقطم قد قضت، وكانت المحكمة العليا
بالبلاد قد رفضت) — it is still the verb's subject, not the participant after the verb. Not past a word that looks
like another verb (وكانت واشنطن أعلنت طرد، وكان النائب يقدم معلومات): the subject is that verb's; a word a
participant covers is no verb (وكان الرئيس وزوجته بريجيت قد وصل: a name in ت).

With the subject first, كان or one of its sisters (أصبح، بات، ظل، صار، ما زال، لا يزال) and بدأ may stand between it
and a present verb: قوات الجيش أصبحت تحاصر مليشيات الحوثي، الحوثيون باتوا يهاجمون. The participant right before the
auxiliary is the subject — past a definite adjective the mention left out, or a phrase of who backs it
(قوات الجيش مسنودة بقوات التحالف، أصبحت تحاصر) — and what follows the verb its object (auxiliary_subject).
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
_STILL = norm_words("زال زالت زالوا يزال تزال يزالون")  # (after ما / لا)
_AUXILIARIES = _STILL | norm_words("""كان كانت كانوا اصبح اصبحت اصبحوا بات باتت باتوا ظل ظلت ظلوا صار صارت صاروا
    مازال مازالت مازالوا لازال لازالت لازالوا بدا بدات بداوا""")
_BACKED = norm_words("مسنوده مسنودا مسنودين مدعومه مدعوما مدعومين بدعم باسناد بمسانده بمشاركه بغطاء")
_BACKING = 10  # words of a phrase of who backs the subject


def _verb_like(w: str) -> bool:
    """أعلنت، يقدم، تدعو، خططوا، اعتقلوا: a word shaped like a conjugated verb (not a definite noun)."""
    if w.startswith(("ال", "بال", "لل")):
        return False
    return w.endswith(("ت", "وا")) or w[:1] in ("ي", "ت", "ن") and len(w) >= 4 or w in cues.REPORTERS


def subject(hit: TriggerHit, toks: list[str], people: list[Arg], adjacent: Arg | None = None) -> Arg | None:
    """The bare participant right after a كان that opens the verb's clause, when only words of its own (no verb)
    stand between it and the verb (قد aside); else `adjacent`, the one right before the verb — unless it is one of
    those words (وكان الرئيس وزوجته بريجيت قد وصل: the first named is the subject); else the one right before an
    auxiliary that stands before the verb (auxiliary_subject)."""
    first = _first(hit, toks, people)
    if first is None and adjacent is None:
        return auxiliary_subject(hit, toks, people)
    return adjacent if first is None or adjacent is not None and adjacent.i < first.j else first


def auxiliary_subject(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """X أصبحت تحاصر Y، X باتوا يهاجمون، X لا تزال تحاصر: the bare participant right before an auxiliary that stands
    right before a present verb, past a definite adjective or a phrase of who backs it (see the module); None
    when there is no such auxiliary or participant."""
    if not hit.verbal or hit.i < 2 or toks[hit.i][hit.strip:hit.strip + 1] not in ("ي", "ت"):
        return None
    start = hit.i - 1
    if toks[start] not in _AUXILIARIES:
        return None
    if toks[start] in _STILL and toks[start - 1] in ("ما", "لا"):
        start -= 1
    bare = [a for a in people if a.j <= start and a.prep is None and not a.place]
    if not bare:
        return None
    last = bare[-1]
    between = toks[last.j:start]
    if len(between) <= 2 and all(w.startswith("ال") and w not in cues.CLAUSE_BREAKS for w in between):
        return last  # (قوات الجيش [الوطني] أصبحت)
    # (قوات الجيش مسنودة بقوات التحالف، أصبحت: the backing phrase, its parties behind a preposition, then a comma)
    words = between[:-1] if between[-1:] in (["،"], [","]) else between
    if words and words[0] in _BACKED and len(words) <= _BACKING and not any(
            w in _STOPS for w in words) and not any(last.j < a.i < start and a.prep is None for a in people):
        return last
    return None


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
