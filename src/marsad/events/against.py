"""The party named after بحق / في حق a coercion or a sanction is the one it is taken against, never its author.

مذكرة اعتقال بحق التونسي، أصدرت المحكمة حكما بالسجن بحق الفرنسية، قضت بالسجن في حق X، العقوبات بحق إيران: بحق X
("against X", literally "in X's regard") marks who is arrested, sentenced or sanctioned. The party right after it
(past a count: بحق 300 من أفراد الجيش) stands bare, with no preposition of its own, so the rules may take it for the
noun's genitive, its author. It is the recipient; when the rules had made it the actor, the author is the state,
body or authority named before the act in its clause (المحكمة الجنائية العراقية أصدرت ... حكما); with none named
the act has no author (the ranker may find one) and counts by its target alone.
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.held import COUNTS
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm

_TYPES = frozenset({"COERCE", "SANCTION"})
_AGAINST = norm("بحق")
_IN, _RIGHT = norm("في"), norm("حق")
_STOPS = frozenset((".", "؛", ":", "!", "؟", "،", ",", "«", "»", '"'))
_ENDS = frozenset((".", "؛", ":", "!", "؟", "«", "»", '"'))  # (a comma may set off a time: أصدرت في أبريل، حكما)
_BREAKS = cues.CLAUSE_BREAKS - {"،", ","}
_BACK = 12  # words from the author back to the act
_REACH = 6  # words from the act to بحق (past its complements: حكما بالسجن المؤبد بحق X)
_AUTHORITIES = STATE_SECTORS
_BODIES = frozenset({"country", "institution", "organisation"})


def _marker(hit: TriggerHit, toks: list[str]) -> int:
    """Where the party after بحق / في حق would start, within reach after the trigger; -1 when there is none."""
    for k in range(hit.j, min(len(toks), hit.j + _REACH)):
        if toks[k] in _STOPS:
            return -1
        if toks[k] == _AGAINST or toks[k] == _RIGHT and k > hit.j and toks[k - 1] == _IN:
            k += 1
            while k < len(toks) and (toks[k] in COUNTS or toks[k].isdigit() or toks[k] == "#"):
                k += 1  # بحق 417 شخصا، بحق عدد من، بحق #الصين (a hashtag's mark)
            return k
    return -1


def against_target(hit: TriggerHit, toks: list[str], people: list[Arg]) -> bool:
    """A party stands right after بحق / في حق the act: it counts by that target alone (events/counting), as an
    accusation undergone does, when no author is named."""
    k = _marker(hit, toks) if hit.trigger.type in _TYPES else -1
    return any(a.i == k and a.prep is None for a in people) if k >= 0 else False


def against_party(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the party after بحق / في حق as the recipient (see the module)."""
    if hit.trigger.type not in _TYPES:
        return actor, recipient, implicit
    k = _marker(hit, toks)
    party = next((a for a in people if k >= 0 and a.i == k and a.prep is None), None)
    if party is None or party is recipient:
        return actor, recipient, implicit
    # (nor is one of its own state: الاتفاق النووي الإيراني ... العقوبات بحق إيران — a state does not act on itself)
    if actor is party or actor is not None and actor.actor.country is not None and (
            actor.actor.country == party.actor.country):
        actor = next((a for a in sorted(people, key=lambda a: -a.i) if a.j <= hit.i <= a.j + _BACK and a.prep is None
                      and (a.actor.kind in _BODIES or a.actor.sector in _AUTHORITIES) and not any(
                          w in _ENDS or w in _BREAKS for w in toks[a.j:hit.i])), None)
        if actor is None:  # (no author named: none, the act counting by its target: against_target)
            return None, party, False
        implicit = False
    return actor, party, implicit
