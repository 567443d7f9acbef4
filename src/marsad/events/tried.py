"""The one tried, named as the antecedent of a relative clause of trial: القس الذي يحاكم في تركيا، الصحفي الذي حوكم.

A verb of trial right after a relative pronoun with no object of its own (يحاكم read as the passive yuḥākam, or the
passive حوكم) tells what the antecedent undergoes: the antecedent is the one tried, the recipient, never the actor
(events/roles takes a relative's antecedent as the subject of any verb that is not a verb of violence or coercion).
So is the party right after a passive verb of trial (وحوكم الناشط، حوكمت الصحفية) or after يحاكم when no bare party
follows it at once (ويحاكم هذا الفرنسي مع شريك له: yuḥākam), when it is no court, state or authority.
The court is the one named after أمام, else that of the state the clause places the trial in with في
(الذي يحاكم في تركيا: Turkey tries him); with none the actor is left unnamed. A verb with an object after it
(المحكمة التي تحاكم المتهمين) or an antecedent that is a court, a state or an authority (المحكمة التي يحاكم
أمامها) keeps the roles found.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import RELATIVES
from marsad.events.held import person_at
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm_words

_TRIAL = "accuse-trial"
_PASSIVE = norm_words("حوكم حوكمت حوكموا")  # (fu'ila: only passive)
_PRESENT = norm_words("يحاكم تحاكم يحاكمون")
_THIS = norm_words("هذا هذه هؤلاء")
_CLAUSE_END = (".", "،", ",", "؛", ":")


def _authority(a: Arg) -> bool:
    return a.actor.kind in ("country", "institution", "organisation") or (
        a.actor.kind != "person" and a.actor.sector in STATE_SECTORS)


def _court(hit: TriggerHit, toks: list[str], people: list[Arg], end: int) -> Arg | None:
    """The court after أمام in the clause, else the state of the في place right after the verb or its subject."""
    return next((a for a in people if hit.j <= a.i < end and toks[a.i - 1] == "امام" and not a.place), None) or next(
        (a for a in people if a.place and a.prep == "في" and a.actor.country and hit.j <= a.i < end), None)


def tried_after(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the party right after a passive verb of trial (see the module) as the
    recipient and the court or the state trying it as the actor; anything else unchanged."""
    if hit.trigger.id != _TRIAL or not hit.verbal:
        return actor, recipient, implicit
    head = toks[hit.i][hit.strip:]
    head = head[1:] if head.startswith("و") and head[1:] in _PASSIVE | _PRESENT else head
    if head not in _PASSIVE | _PRESENT:
        return actor, recipient, implicit
    k = hit.j + (hit.j < len(toks) and toks[hit.j] in _THIS)
    held = next((a for a in people if a.i == k and a.prep is None and not a.place), None)
    if held is None or _authority(held):
        return actor, recipient, implicit
    end = next((n for n in range(held.j, len(toks)) if toks[n] in _CLAUSE_END), len(toks))
    if head in _PRESENT and any(a.i == held.j and a.prep is None and not a.place for a in people):
        return actor, recipient, implicit  # (يحاكم القاضي المتهمين: an object follows, the verb is active)
    court = _court(hit, toks, people, end)
    return court, held, court is None


def _antecedent(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The party right before the relative pronoun (past one comma; inside a prepositional phrase too: أفرج عن
    الصحفي الذي حوكم), not a place."""
    k = hit.i - 1
    if k > 0 and toks[k - 1] in ("،", ","):
        k -= 1
    return next((a for a in people if a.j == k and not a.place and a.actor.kind != "place"), None)


def tried_relative(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the antecedent of a passive relative clause of trial as the recipient and
    the state of its في place (or no one) as the actor; anything else unchanged."""
    if hit.trigger.id != _TRIAL or not hit.verbal or hit.i < 2 or toks[hit.i - 1] not in RELATIVES:
        return actor, recipient, implicit
    held = _antecedent(hit, toks, people)
    if held is None or _authority(held):
        return actor, recipient, implicit
    if any(a.i == hit.j and a.prep is None and not a.place for a in people):
        return actor, recipient, implicit  # (التي تحاكم المتهمين: an object follows, the verb is active)
    court = next((a for a in people if a.place and a.prep == "في" and a.actor.country
                  and hit.j <= a.i <= hit.j + 2), None)
    return court, held, court is None


_NOUN = norm_words("محاكمة")  # (the construct, no article: its genitive follows)


def tried_genitive(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the bare genitive of a trial noun — وصفت محاكمة فلان بأنها، أن محاكمة
    الناشطة بدأت — as the one tried, the recipient, never the actor (no court, state or authority); the rules'
    actor is kept when it is another party (قررت المحكمة محاكمة فلان), else the court after أمام or the state of
    the في place in its clause tries him, else no one. Anything else unchanged."""
    if hit.trigger.id != _TRIAL or hit.verbal or toks[hit.i][hit.strip:] not in _NOUN:
        return actor, recipient, implicit
    k = person_at(toks, hit.j, hit.j + 1) or hit.j  # (محاكمة الرجل الباكستاني: the man's nationality)
    held = next((a for a in people if a.i in (hit.j, k) and a.prep is None and not a.place), None)
    if held is None or _authority(held):
        return actor, recipient, implicit
    if actor is not None and actor is not held:
        return actor, held, implicit
    end = next((n for n in range(held.j, len(toks)) if toks[n] in _CLAUSE_END), len(toks))
    return _court(hit, toks, people, end), held, False  # (no one carried over tries him)


def tried_before(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the party right before a verb of trial that has no object — والناشط
    يحاكم أمام محكمة عسكرية، وكان الصحفي يحاكم بتهمة — as the one tried (yuḥākam), the recipient, never the actor
    (no court, state or authority), and the court after أمام or the state of the في place as the actor, else no
    one; a verb with a party or a person noun after it in its clause is active. Anything else unchanged."""
    if hit.trigger.id != _TRIAL or not hit.verbal:
        return actor, recipient, implicit
    head = toks[hit.i][hit.strip:]
    head = head[1:] if head.startswith("و") and head[1:] in _PASSIVE | _PRESENT else head
    held = next((a for a in people if a.j == hit.i and a.prep is None and not a.place), None)
    if head not in _PASSIVE | _PRESENT or held is None or _authority(held):
        return actor, recipient, implicit
    end = next((n for n in range(hit.j, len(toks)) if toks[n] in _CLAUSE_END), len(toks))
    if any(hit.j <= a.i < end and a.prep is None and not a.place for a in people) or person_at(
            toks, hit.j, hit.j + 1) is not None:
        return actor, recipient, implicit  # (والمحكمة ... تحاكم المتهمين: an object follows)
    court = _court(hit, toks, people, end)
    return court, held, court is None
