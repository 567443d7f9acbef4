"""A region of several states named as a party (used by stages/events on each document's events).

A continent, sea or world region spans several states (regions.tsv: no country), so it codes no one: taken for an
event's actor or recipient — جولة ماتيس لآسيا، زيارة ... جزر البحر المتوسط، تدخل الخليج — it left the role an
uncoded "?", where no party is named at all. It leaves the role empty. Europe is the exception: named as the one
who acts or is acted on — هدد ترامب بحرب تجارية مع أوروبا، ينتقد أوروبا، أن تعيد أوروبا فرض عقوبات — it is the
European Union (IGO) as the organisations' dictionary codes it, as the EU's seat بروكسل named as a party is
(events/seat: the stage passes the seated body of id `eu`; with none, Europe is dropped like any region).

A place named by a dictionary that lies in one state keeps its country (an attack on a town is on its state); one
no dictionary lists (مدينة قلعة المضيق، مطار عبد العزيز: actors/orgs.place_patterns) takes the country the event is
placed in (its location: في حماة، بجدة), else it stays as it was, found but uncoded: the judges took that for the
one left unnamed (القبض عليه ... بمدينة دوز). (Not earlier, in the sentence's participants: a town given a country
there draws the roles to it, away from the parties named.)
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.record import Event, Participant
from marsad.knowledge.records import Actor

_EUROPE = "europe"  # regions.tsv's id of أوروبا، القارة الأوروبية


def _party(p: Participant | None, at: str | None, eu: Actor | None) -> Participant | None:
    if p is None or p.actor.kind != "place" or p.actor.country is not None:
        return p
    if p.actor.id is None:  # (an unlisted town: in the country the event is placed in)
        return replace(p, actor=replace(p.actor, country=at, code=at)) if at else p
    return replace(p, actor=eu) if p.actor.id == _EUROPE and eu is not None else None


def regional(events: list[Event], eu: Actor | None = None) -> list[Event]:
    """The events with a region taken for a party dropped from its role, or Europe read as the EU, and an unlisted
    place placed in the event's country (see the module's docstring)."""
    out = []
    for e in events:
        at = e.location.actor.country if e.location is not None and e.location.actor.kind in (
            "place", "country") else None
        at = at if at and len(at) == 3 and at not in ("IGO", "IMG") else None
        actor, recipient = _party(e.actor, at, eu), _party(e.recipient, at, eu)
        out.append(e if actor is e.actor and recipient is e.recipient else replace(e, actor=actor,
                                                                                   recipient=recipient))
    return out
