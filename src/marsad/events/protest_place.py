"""The people of the place a protest noun is told in: الاحتجاجات في إيران، احتجاجات بالعراق، المظاهرات الشعبية في
فنزويلا. A protest named by its noun with the country or town right after it (past one or two adjectives) is made
by that place's people (its CVL), not by whoever speaks of it (قال الوزير الأميركي إن الاحتجاجات في إيران ...,
أعربت فرنسا عن قلقها من المظاهرات في فنزويلا) nor by a country of another item in a list (انقطاع الإمدادات في
ليبيا واحتجاجات بالعراق). A crowd the sentence names itself (احتجاجات الجالية العراقية في لندن) keeps its own."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.record import Event, Participant
from marsad.knowledge.records import Actor, make_code


def place_people(e: Event, args: list[Arg], toks: list[str]) -> Participant | None:
    """The protest's actor when its noun is followed by في / بـ and a place whose country differs from the actor's
    (an actor missing, carried over, or not a crowd named by the sentence); None to keep the actor."""
    if e.verbal or e.token < 0:
        return None
    k = e.token + 1
    starts = {a.i for a in args}
    while k < len(toks) and k - e.token <= 2 and toks[k].startswith("ال") and k not in starts:
        k += 1  # (past its adjectives: الاحتجاجات الشعبية الواسعة في)
    if k >= len(toks):
        return None
    at = k + 1 if toks[k] == "في" else k
    place = next((a for a in args if a.i == at and a.place and a.actor.kind in ("place", "country")
                  and a.prep == ("في" if at == k + 1 else "ب")), None)
    if place is None or not (c := place.actor.country):
        return None
    actor = e.actor
    if actor is not None and (actor.actor.country == c or not actor.implicit and actor.actor.kind == "generic"):
        return None  # the protest's own people, named (تظاهرات الجالية العراقية في لندن)
    return Participant(e.trigger, Actor(None, c, "CVL", make_code(c, "CVL"), None, "generic"), implicit=True)
