"""The one tried, named as the antecedent of a relative clause of trial: القس الذي يحاكم في تركيا، الصحفي الذي حوكم.

A verb of trial right after a relative pronoun with no object of its own (يحاكم read as the passive yuḥākam, or the
passive حوكم) tells what the antecedent undergoes: the antecedent is the one tried, the recipient, never the actor
(events/roles takes a relative's antecedent as the subject of any verb that is not a verb of violence or coercion).
The court is that of the state the clause places the trial in with في (الذي يحاكم في تركيا: Turkey tries him); with
none the actor is left unnamed. A verb with an object after it (المحكمة التي تحاكم المتهمين) or an antecedent that
is a court, a state or an authority (المحكمة التي يحاكم أمامها) keeps the roles found.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import RELATIVES
from marsad.events.triggers import TriggerHit

_TRIAL = "accuse-trial"
_AUTHORITY = frozenset({"GOV", "COP", "JUD", "SPY", "LEG", "MIL"})


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
    if held is None or held.actor.kind in ("country", "institution", "organisation") or (
            held.actor.kind != "person" and held.actor.sector in _AUTHORITY):
        return actor, recipient, implicit
    if any(a.i == hit.j and a.prep is None and not a.place for a in people):
        return actor, recipient, implicit  # (التي تحاكم المتهمين: an object follows, the verb is active)
    court = next((a for a in people if a.place and a.prep == "في" and a.actor.country
                  and hit.j <= a.i <= hit.j + 2), None)
    return court, held, court is None
