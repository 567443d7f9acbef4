"""The dead's side of a clash told as where a killing, wounding or loss happened, against the other side.

A noun of clashes (اشتباكات، مواجهات، معارك، قتال) names two sides, each coded as the other's attacker. When its clause
tells that one side's men died, were wounded or were lost in it — قتل ثلاثة من عناصر الشرطة في اشتباكات مع مسلحين،
لقي خمسة مسلحين حتفهم خلال مواجهات مع الجيش، ارتفعت خسائر الميليشيات ... جراء المواجهات مع القوات المشتركة — the
clash is told from the side that took the losses: that side is the recipient and the other side (after مع, or the
other of بين X و Y) the actor, one record, not two. Not when the clause names who killed them (برصاص / بنيران /
على يد Z: the killer is Z, not the clash's other side), nor for an active verb whose subject is named before its
object (قتلت القوات خمسة مسلحين في اشتباكات).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.authors import ATTACK_NOUNS, CLASH_NOUNS
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

# verbs of dying or being wounded, told before or after their party (أصيب 7 جنود، جنود أصيبوا); and the
# complements of لقي with the party's pronoun (لقي 12 مسلحا مصرعهم), told after it (normalised stems)
_DEATH_VERBS = tuple(sorted(norm(w) for w in "استشهد أصيب".split()))
_OWN_DEATH = tuple(sorted(norm(w) for w in "مصرعه مصرعها مصرعهم مصرعهما حتفه حتفها حتفهم حتفهما".split()))
# nouns of death, wounds or losses, told right before their party (مقتل X، مصرع العشرات منهم، خسائر X، سقوط قتلى
# من X): not of a party before them (أعلن الجيش مقتل زعيم التنظيم: the army announced it)
_DEATH_NOUNS = tuple(sorted(norm(w) for w in "مقتل مصرع استشهاد إصابة إصابات جرحى جريح قتلى قتيل خسائر".split()))
# a verb of killing that reads passive when its party comes before it or a count right after it (قتل 83 مسلحا)
_KILL_VERBS = norm_words("قتل قتلوا قتلا قتلت وقتل وقتلوا وقتلا وقتلت")
_COUNTS = norm_words("نحو حوالي اكثر قرابة زهاء عشرات العشرات مئات المئات الاف عدد اثنان اثنين ثلاثة أربعة خمسة "
                     "ستة سبعة ثمانية تسعة عشرة أحد")
# the killer named in the clause: برصاص Z، بنيران Z، على يد Z، بغارات Z
_KILLERS = tuple(sorted(norm(w) for w in "برصاص برصاصة بنيران بنار بقذيفة بقذائف بيد".split()))
_BY_ATTACK = frozenset("ب" + w for w in ATTACK_NOUNS)
# a word of announcing before the death noun: its teller, not a side, is who the death is told by (أعلن الجيش مقتل)
_ANNOUNCE = tuple(sorted(norm(w) for w in "أعلن إعلان".split()))
_ENDS = norm_words(". ؛ : ؟ فيما بينما حيث كما وفيما وبينما وحيث وكما ثم لكن")
_REACH = 20  # tokens from the dead's party to the clash noun


def _is(w: str, stems: tuple[str, ...]) -> bool:
    """وأصيب، بمقتل، لمقتل: the word, past a conjunction or a preposition, starts with one of the stems."""
    return w.lstrip("وب").startswith(stems) or w.lstrip("وبل").startswith(stems)


def _killer(toks: list[str], k: int) -> bool:
    """The word at k names who killed: برصاص، بنيران، على يد، بغارات."""
    w = toks[k].removeprefix("و")
    return w.startswith(_KILLERS) or w in _BY_ATTACK or w in ("علي", "على") and k + 1 < len(toks) \
        and toks[k + 1] == "يد"


def _told_dead(toks: list[str], dead: Arg, i: int) -> bool:
    """The party `dead` is told as dead, wounded or lost by a word near it before the clash noun at i, and no
    killer is named between."""
    lo = max(0, dead.i - 4)
    if any(toks[k] in _ENDS for k in range(min(lo + 1, dead.i), i)):
        return False
    for k in range(lo, i):
        w = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if w in _KILL_VERBS:
            # (25 مسلحا قتلوا إثر معارك; قتل 83 مسلحا من X في مواجهات: passive — not قتلت القوات خمسة مسلحين)
            told = k >= dead.j or (nxt[:1].isdigit() or nxt in _COUNTS) and dead.i - k <= 4
        elif _is(w, _DEATH_VERBS):
            told = not nxt.startswith("ب") or nxt.removeprefix("ب") in CLASH_NOUNS  # (not أصيب بالذعر)
        elif _is(w, _OWN_DEATH):
            told = k >= dead.j
        else:
            told = k < dead.i and _is(w, _DEATH_NOUNS) and not any(
                _is(v, _ANNOUNCE) for v in toks[max(0, k - 6):k])
        if told:
            return not any(_killer(toks, n) for n in range(k, i))
    return False


def dead_side(hit: TriggerHit, toks: list[str], args: list[Arg], sides: list[Arg]) -> tuple[Arg, Arg] | None:
    """(actor, recipient) of a clash noun whose clause tells the dead or wounded of one of its two `sides`: the other
    side, and that one; None when no side's dead are told before it."""
    if hit.trigger.type != "ASSAULT" or len(sides) != 2 or toks[hit.i][hit.strip:].removeprefix("ال") \
            not in CLASH_NOUNS:
        return None
    before = [a for a in args if a.j <= hit.i and hit.i - a.j <= _REACH and not a.place
              and a.actor.kind not in ("place", "country")]
    dead = next((a for a in reversed(before) if _told_dead(toks, a, hit.i)), None)
    if dead is None:
        return None
    if dead in sides:
        k = sides.index(dead)
    else:
        same = [k for k, s in enumerate(sides) if s.actor == dead.actor]
        if len(same) != 1:
            return None
        k = same[0]
    return sides[1 - k], sides[k]
