"""An accusation noun "directed to" someone: الاتهامات الموجهة لها، الانتقادات التي وجهت إليه، الانتقادات، التي وجهها
له زعماء الحزب. The one it is directed to — named after لـ / إلى, or the referent of the pronoun (the last party named
before the noun: تجاهلت الشركة الانتقادات التي وجهت لها) — is the accused; the accuser is only the subject of the
relative verb (وجهها X) when one is named there, never the noun's reporter nor the one who answers it."""

from __future__ import annotations

from marsad.events.accused import accused_side, told_of_accused
from marsad.events.arguments import Arg
from marsad.events.authors import TO_IT
from marsad.events.cues import WHICH
from marsad.events.statements import faced_by
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_DIRECTED = norm_words("الموجهة موجهة")
# the verb "directed" in a relative clause on the noun, bare or with the noun's pronoun
_DIRECT_VERBS = norm_words("""وجهت وجهها وجهتها وجهوها وجه وجهوا توجه يوجه توجهها يوجهها يوجهونها وجهتهما وجههما""")
_BARE_DIRECTED = norm_words("موجهة")
_TO = ("ل", "الي", "الى")
_FILLERS = norm_words("بشده اليوم امس ايضا مؤخرا سابقا")


def _pronoun_referent(hit: TriggerHit, people: list[Arg]) -> Arg | None:
    """The last bare party with a country named before the noun (whom له / إليها points back to)."""
    return next((a for a in reversed(people) if a.j <= hit.i and a.actor.country and a.prep is None
                 and not a.place), None)


def directed(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg | None] | None:
    """(accuser, accused) of an ACCUSE noun directed to someone (see the module); None when the noun is not so
    told. The accused is None when the pronoun has no referent with a country."""
    if hit.verbal or hit.trigger.type != "ACCUSE" or hit.j >= len(toks):
        return None
    people = [a for a in people if not a.place]
    head = toks[hit.i][hit.strip:]
    k = hit.j
    if head.removeprefix("ال") in _DIRECTED:
        pass  # (the participle itself is the trigger)
    elif toks[k] in _DIRECTED:
        k += 1
    else:
        if toks[k] in ("،", ",") and k + 1 < len(toks):
            k += 1  # (الانتقادات، التي وجهها له)
        if not (toks[k] in WHICH and k + 1 < len(toks) and toks[k + 1] in _DIRECT_VERBS):
            return None
        k += 2
    # the accuser: a bare party right after the verb, or after its لـ / إلى and the pronoun (وجهها له زعماء الحزب)
    author = None
    if toks[k - 1] in _DIRECT_VERBS:
        m = k + 1 if k < len(toks) and toks[k] in TO_IT else k
        while m < len(toks) and toks[m] in _FILLERS:
            m += 1
        author = next((a for a in people if a.i == m and a.prep is None and not a.place), None)
    to = next((a for a in people if a.i >= k and a.i - k <= 1 and a.prep in _TO and a is not author), None)
    if to is None and k < len(toks) and toks[k] in TO_IT:
        to = _pronoun_referent(hit, people)
    elif to is None and author is not None and author.i == k:
        to = next((a for a in people if a.i == author.j and a.prep in _TO), None)  # (وجهت X لـ Y)
    if to is None and not (k < len(toks) and toks[k] in TO_IT) and author is None:
        return None
    if author is not None and to is not None and author.actor == to.actor:
        author = None
    return author, to


def unnamed_accuser(hit: TriggerHit, toks: list[str], args: list[Arg], voweled: bool = False) -> bool:
    """The accusation is told from the side of the accused (events/accused, a verb voweled as passive), faced by
    someone with no author named (يواجه الوزير انتقادات واسعة: events/statements.faced_by) or directed to someone:
    no speaker of the sentence is its accuser unless the clause names one."""
    if accused_side(hit, toks, args, voweled) is not None:
        return True
    if (faced := faced_by(hit, toks, args)) is not None and faced[0] is None:
        return True  # (also a stance met with: لقيت إجراءات الرياض مساندة واسعة — no speaker's)
    # (only for a noun of accusation or the definite participle after it, not the bare participle told of the
    # speaker's own charge — قالت السلطات إن X، موجهة له تهمة —, and only when the one it is directed to is the
    # pronoun's referent or its author is named: التهم الموجهة إلى X may be the speaker's own)
    told = directed(hit, toks, args)
    if told is None or toks[hit.i][hit.strip:] in _BARE_DIRECTED:
        return False
    return told[0] is not None or any(w in TO_IT for w in toks[hit.j:hit.j + 4])


def accused_carries(hit: TriggerHit, toks: list[str], args: list[Arg], voweled: bool = False) -> bool:
    """An accusation with no accuser named that is news of the accused — drawn, undergone or faced by it, or a verb of
    blame voweled as passive (events/accused.told_of_accused; يواجه الوزير انتقادات واسعة: events/statements): the
    accused alone makes it count (events/counting), as an attack's target does."""
    if told_of_accused(hit, toks, args, voweled):
        return True
    faced = faced_by(hit, toks, args)  # (also a stance met with: لقيت إجراءات الرياض مساندة واسعة)
    return faced is not None and faced[0] is None
