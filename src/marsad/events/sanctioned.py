"""The party told as undergoing, facing or suffering a sanction is its target, never its author.

تتعرض روسيا لعقوبات، يواجه X عقوبات، خضع X للعقوبات، والقياديون الذين خضعوا للعقوبات، تعاني إيران من العقوبات،
العقوبات التي تتعرض لها X، العقوبات التي يخضع لها X: the subject of a verb of undergoing (تعرض، خضع، واجه، عانى،
رزح) whose object is the sanction noun — right after it, past a bare subject (VSO) or with the subject before the
verb (SVO, a relative's antecedent) — or the subject of such a verb in a relative clause right after the noun (its
own named subject, else the last bare party named before the noun in the sentence) is who the sanction is aimed at.
It is the recipient; an actor of its own state goes (the imposer is then unnamed, or one the ranker finds: the
sanction counts by its target alone, as an accusation undergone does: events/directed.accused_carries). An author
named otherwise — تواجه إيران عقوبات أميركية — stays.
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_UNDERGO = norm_words(
    "تعرض تعرضت تتعرض يتعرض تعرضوا يتعرضون تتعرضان يتعرضان تعرضا خضع خضعت تخضع يخضع خضعوا يخضعون خضعا "
    "واجه واجهت تواجه يواجه واجهوا يواجهون تواجهان يواجهان عانى عانت تعاني يعاني عانوا يعانون رزح ترزح يرزح")
_RESUMING = norm_words("لها له لهم منها منه منهم تحتها تحته")  # (التي تتعرض لها، التي يعاني منها)
_OBJECT = ("ها", "هم", "ه")  # (التي تواجهها X)
_ENDS = frozenset((".", "؛", ":", "!", "؟", "«", "»", '"'))
_REACH = 4  # words from the verb to the noun (past a bare subject and a preposition)


def _verb(w: str) -> bool:
    w = w.removeprefix("و")
    return w in _UNDERGO or any(w.endswith(s) and w[:-len(s)] in _UNDERGO for s in _OBJECT)


def _bare(a: Arg) -> bool:
    return a.prep is None and not a.place


def _before(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The subject of a verb of undergoing right before the noun: يواجه X عقوبات، X تتعرض لعقوبات، الذين خضعوا لـ."""
    v = next((k for k in range(hit.i - 1, max(-1, hit.i - 1 - _REACH), -1) if _verb(toks[k])), -1)
    if v < 0 or any(w in _ENDS or w in cues.CLAUSE_BREAKS for w in toks[v + 1:hit.i]):
        return None
    # (only a bare subject or a preposition between the verb and the noun: تتعرض روسيا لـ، خضعوا لـ)
    inner = [a for a in people if v < a.i and a.j <= hit.i]
    if any(not _bare(a) for a in inner) or len(inner) > 1:
        return None
    if inner:
        return inner[0]
    k = v - 1 if v > 0 and toks[v - 1] in cues.RELATIVES else v  # (القياديون الذين خضعوا: the antecedent)
    k -= 1 if k > 0 and toks[k - 1] in ("،", ",") else 0
    return next((a for a in people if a.j == k and _bare(a)), None)


def _relative(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The subject of a relative clause of undergoing right after the noun: العقوبات (الجديدة) التي تتعرض لها X."""
    r = next((k for k in range(hit.j, min(len(toks), hit.j + 3)) if toks[k] in cues.RELATIVES), -1)
    if r < 0 or r + 1 >= len(toks) or not _verb(toks[r + 1]) or any(
            a.i >= hit.j and a.j <= r for a in people):  # (no party between: العقوبات الأميركية التي — its author)
        return None
    k = r + 2 + (r + 2 < len(toks) and toks[r + 2] in _RESUMING)
    named = next((a for a in people if k <= a.i <= k + 1 and _bare(a)), None)  # (الشعب الإيراني)
    if named is not None:
        return named
    return next((a for a in reversed(people) if a.j <= hit.i and _bare(a) and not any(
        w in _ENDS for w in toks[a.j:hit.i])), None)


def undergoer(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The party a sanction noun is told as undergone by (see the module), or None."""
    if hit.trigger.type != "SANCTION" or hit.verbal:
        return None
    return _before(hit, toks, people) or _relative(hit, toks, people)


def undergone(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
              implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the sanction's undergoer as the recipient and no actor of its state."""
    target = undergoer(hit, toks, people)
    if target is None:
        return actor, recipient, implicit
    if actor is None and implicit or actor is not None and (actor is target or target.actor.country is not None
                                                            and actor.actor.country == target.actor.country):
        actor, implicit = None, False  # (the speaker carried over is no imposer either)
    return actor, target, implicit
