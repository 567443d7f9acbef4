"""The forces a party mobilises are its means, not whom the mobilisation is aimed at.

نشرت بريطانيا قوات خاصة في المدينة، أرسلت الحكومة وحدات من الجيش إلى الإقليم، أمر الرئيس بنشر الحرس الوطني على
الحدود، دفع المتمردون بتعزيزات إلى الجبهة: the troops, police or reinforcements a state, its government or its armed
body sends, deploys or brings are its own — the object of the verb, but no recipient. A mobilisation's recipient is
the party it is aimed at or the state whose ground it is massed near (events/sides.place_target), else no one. So
the recipient is dropped when it is the actor's own armed body (same country, an armed sector, the actor being the
state or one of its armed or governing bodies) or bears the actor's very code (a group's own fighters), for the rules
(events/sides.domestic) and the ranker (events/ranker.eligible). A rebel body massing against its own state's army
keeps that army as its recipient.
"""

from __future__ import annotations

from marsad.events.record import Participant
from marsad.knowledge.records import Actor

_FORCES = frozenset({"MIL", "COP", "SPY"})
_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})


def own_forces(event_type: str, actor: Participant | None, recipient: Actor) -> bool:
    """True when `recipient` names the forces the actor of a mobilisation moves (see the module)."""
    if event_type != "MOBILIZE" or actor is None or not actor.actor.country \
            or recipient.country != actor.actor.country:
        return False
    return recipient.code == actor.actor.code or recipient.sector in _FORCES and actor.actor.sector in (None, *_STATE)
