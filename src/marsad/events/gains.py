"""Who wins ground in or after an attack is its author, not its victim.

An attack noun told as the circumstance of a verb (قتل خمسة جنود في هجوم، أصيب مدنيون خلال القصف) has the people
before it as its victims (events/roles, victim_frame). Not when the verb before it is one of winning ground —
freeing, taking, retaking, clearing, routing, advancing (حررت قوات الجيش مواقع خلال هجوم مباغت، تمكنت القوات من
السيطرة على البلدة عقب عملية عسكرية، استعاد الجيش مواقع إثر هجوم): who gains is the side that attacked.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.text.normalize import norm_words

_GAINS = norm_words("""حرر حررت حرروا يحرر تحرر يحررون تحرير سيطر سيطرت سيطروا يسيطر تسيطر يسيطرون السيطره
    استعاد استعادت استعادوا يستعيد تستعيد يستعيدون استعاده طهر طهرت طهروا يطهر تطهر تطهير دحر دحرت دحروا يدحر
    تدحر دحر تقدم تقدمت تقدموا يتقدم تتقدم يتقدمون احرز احرزت احرزوا يحرز تحرز استولى استولت استولوا يستولي
    تستولي""")
_REACH = 12  # words from the winner to the attack noun


def gained(toks: list[str], winner: Arg, i: int) -> bool:
    """A verb (or verbal noun) of winning ground told by `winner` before the attack noun at token `i`: right before
    the winner (VSO: حررت قوات الجيش) or between them (قوات الجيش تمكنت من تحرير)."""
    if i - winner.j > _REACH:
        return False
    words = toks[max(0, winner.i - 2):winner.i] + toks[winner.j:i]
    return any(w.removeprefix("و").removeprefix("ف") in _GAINS for w in words)
