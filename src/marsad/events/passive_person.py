"""A named private person before a verb of arrest or killing with no object after it: the verb is passive.

وكانت فلانة قد اعتقلت في 19 ديسمبر، وكان الناشط المصري قد اعتقل الشهر الماضي، الطالب فلان قتل أمس: an arrest,
a detention or a killing is done to someone; a person — a private one, or anyone by name — right before the
verb (قد may stand between) with nothing after it that could be its object — the clause's end, a time, a place or
a cause (في، يوم، أمس، بسبب، بتهمة، لـ) — is the one who suffers it, not its author. Not a body or a state
(وكانت الشرطة قد اعتقلت في حملة أمنية عشرين شخصا: an authority's object may come late), nor an armed man named
by his role only (الجندي قتل في ...: used by events/authors.passive_reading for singulars; plurals are its own),
nor when a bare party follows within the next few words of the clause (its object), nor a count.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_ARMED = frozenset({"MIL", "REB", "COP", "SPY", "IMG", "UNK"})
# what may follow a passive verb of arrest or killing: a time, a place, a cause or a charge
_AFTER = norm_words("""في امس اليوم خلال جراء اثر إثر بعد قبل عندما حين اثناء قرب داخل منذ يوم الاحد الاثنين الثلاثاء
    الاربعاء الخميس الجمعه السبت صباح مساء ليل فجر ظهر مؤخرا الشهر الاسبوع العام عام بسبب بتهمه بتهم لدى لدي""")
_ENDS = frozenset({"", ".", "،", ",", "؛", ":"})
_REACH = 4  # words after the verb in which a bare party would be its object


def person_suffers(hit: TriggerHit, toks: Sequence[str], adjacent: Arg, after: Sequence[Arg] | None) -> bool:
    """The bare person right before a singular verb of arrest or killing, with no object after it, suffers it."""
    a = adjacent.actor
    if a.kind != "person" and not (a.kind == "nationality" and not a.sector) and (
            a.kind != "generic" or not a.sector or a.sector in _ARMED or a.sector == "GOV"):
        return False  # (المدون المغربي: a nationality with no body of its own — a private person's)
    if toks[hit.i].endswith(("وا", "ا")):
        return False
    nxt = toks[hit.j] if hit.j < len(toks) else ""
    if not (nxt in _ENDS or nxt in _AFTER or nxt.startswith("ل") and len(nxt) > 3 and not nxt.startswith("لل")):
        return False
    return not any(b.prep is None and not b.place and 0 <= b.i - hit.j <= _REACH for b in after or ())
