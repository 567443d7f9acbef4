"""A state's stance or mobilisation is not aimed at that same state named bare.

A refusal, a threat, a sanction, a pledge or an agreement, and a mobilisation are aimed at another party. When the
actor is a state — named bare, or one of its organs: government, forces, police, courts, legislature, intelligence —
and the recipient the rules gave it is only that same state named bare, by its name or capital, a nationality
adjective or (but for a mobilisation, whose town is its front) a town of it, the word names what the act is about,
the content of the clause or the actor's own side, not whom it is aimed at: تعهد بأن بريطانيا ستنفصل، هدد بفرض رسوم
على السلع التي تستوردها الولايات المتحدة، انسحاب بلاده ... العقوبات الأميركية، التزام الأردن ببرنامج. The recipient
then gives way to none (the ranker may give the role another party it names: events/ranker, which for these types
does not take the actor's own bare state either). Not when the actor is no state organ — a movement, a party, the
opposition or civilians may act toward their own state (رفضت طالبان ... أفغانستان) —, nor for a people named by
a nationality's plural (المصريين، التونسيين: persons), nor for a person. Refusals and denials were answered before
(events/answers) by the same reading."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.record import Event, Participant
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm

TYPES = frozenset({"REJECT", "THREATEN", "SANCTION", "AGREE", "MOBILIZE"})
_BARE = frozenset({"country", "nationality", "place"})
_PEOPLE = ("يين", "يون")  # المصريين، الأميركيون (normalised): a nationality's plural names people


def state_actor(p: Participant | None) -> bool:
    """A state named bare (its name, capital or nationality, no sector) or one of its organs."""
    return p is not None and p.actor.country is not None and (
        p.actor.sector in STATE_SECTORS or p.actor.sector is None and p.actor.kind in _BARE)


def bare_state(event_type: str, kind: str, sector: str | None, text: str) -> bool:
    """A participant that is only a state named bare — not a nationality's people, nor a mobilisation's town."""
    return sector is None and kind in _BARE and not (event_type == "MOBILIZE" and kind == "place") and not (
        kind == "nationality" and norm(text).split()[-1:] and norm(text).split()[-1].endswith(_PEOPLE))


def own_state(events: list[Event]) -> list[Event]:
    """The events with the recipient of a state's stance or mobilisation that is only that state named bare cleared."""
    out = []
    for e in events:
        a, r = e.actor, e.recipient
        if e.event_type in TYPES and state_actor(a) and r is not None and a is not None \
                and r.actor.country == a.actor.country and bare_state(e.event_type, r.actor.kind, r.actor.sector,
                                                                      r.span.text):
            e = replace(e, recipient=None)
        out.append(e)
    return out
