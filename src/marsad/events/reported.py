"""An attack told inside someone's statement (قال X إن ...) is not the speaker's (stages/events).

An attack noun or a counted killing is told: قالت الحكومة إن الهجوم ...، قال المرصد: "قتل 23 مقاتلا" — not the
speaker's, unless the noun says so (غاراته) or the clause opens with the speaker's pronoun (أعلن الجيش أنه نفذ
غارات; but أنه تم إطلاق صواريخ is passive). A noun of fighting is told too when it names no side with مع / ضد
and the sentence names the place it is in (قالت الأمم المتحدة إن القتال دفع آلاف الأشخاص للنزوح في جنوب سوريا:
the UN is no fighter); with a side named (المعارك مع أذربيجان) the speaker is the other side, and with no place the
speaker stays its author (a fight nobody is named in would not count as an event). A killing verb in the passive —
إن مزارعا قتل، أن 19 شخصا قتلوا في اشتباكات — is told too (events/told_killed)."""

from __future__ import annotations

from marsad.events.authors import CLASH_NOUNS
from marsad.events.forms import possessed_noun
from marsad.events.reporters import passive_told
from marsad.events.told_killed import told_killing
from marsad.events.triggers import TriggerHit
from marsad.events.victims import counted
from marsad.text.normalize import norm_words

_ITS_OWN = norm_words("انه انها انهم بانه بانها بانهم")
_SIDE = norm_words("مع ضد")


def reported_act(hit: TriggerHit, toks: list[str], placed: bool) -> bool:
    """The attack at `hit`, inside a statement, is told, not done, by the speaker; `placed`: the sentence names the
    place targets are read from."""
    if hit.trigger.type != "ASSAULT" or possessed_noun(hit, toks):
        return False
    if any(w in _ITS_OWN for w in toks[max(0, hit.i - 3):hit.i]) and not passive_told(toks, hit.i):
        return False
    if toks[hit.i][hit.strip:].removeprefix("ال") in CLASH_NOUNS:  # (a fight: only placed and with no side named)
        return not hit.verbal and placed and not any(w.removeprefix("و") in _SIDE for w in toks[hit.j:hit.j + 4])
    return not hit.verbal or counted(hit, toks) or told_killing(hit, toks) >= 0  # (إن مزارعا قتل: events/told_killed)
