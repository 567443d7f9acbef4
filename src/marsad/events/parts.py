"""The parts of an event record built from the rules' arguments (used by the events stage): a participant with
the words it points back to, a place, the civilians an unnamed protest is coded to, a speaker or subject carried to
a verb with none of its own, a possessed noun in a speaker's words, whether a word ends in ta marbuta, and the
record's confidence."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import TOWNS, Arg
from marsad.events.record import Participant, Place, Span
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import Actor, make_code


def ta_marbuta(text: str, start: int, end: int) -> bool:
    """The word at start..end, bare of diacritics and tatweel, ends in ta marbuta (a feminine noun)."""
    word = "".join(c for c in text[start:end] if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    return word.endswith("ة")


def participant(text: str, a: Arg) -> Participant:
    """The argument as a participant, with the span of the owner it stands for (a pronoun's antecedent)."""
    owner = Span(text[a.owner[0]:a.owner[1]], *a.owner) if a.owner is not None else None
    return Participant(Span(text[a.start:a.end], a.start, a.end), a.actor, antecedent=owner)


def crowd(span: Span, place: Place | None, home: str | None, args: list[Arg], toks: list[str]) -> Participant | None:
    """A protest with no one named (تظاهرات نظمت في المدن الإيرانية) was made by civilians of the country it took
    place in (or the article is about), as event data code unnamed protesters: implicit, at the trigger."""
    towns = next((a.actor.country for a in args if a.actor.kind == "nationality" and a.i > 0
                  and toks[a.i - 1] in TOWNS), None)  # المدن الإيرانية: a place described by its nationality
    c = place.actor.country if place is not None and place.actor.country else towns or home
    if not c or len(c) != 3 or c in ("IGO", "IMG", "UNO", "NGO"):
        return None
    return Participant(span, Actor(None, c, "CVL", make_code(c, "CVL"), None, "generic"), implicit=True)


def carry(span: Span, carried: Participant) -> Participant:
    """The speaker or subject carried to a verb with no subject of its own: at the verb, pointing back to where
    the text named it."""
    return Participant(span, carried.actor, implicit=True, antecedent=carried.named_span())


def speaker_owned(a: Arg, spoken: Participant) -> Participant:
    """A possessed noun in a speaker's words stands for the speaker: a body's own men are the body — قال الجيش
    الأميركي إن جنوده قتلوا: the army —, but a state's men keep their own sector in that state — قالت روسيا إن
    قواتها قصفت: Russia's military (RUSMIL), not the bare state —, at the state's words as before."""
    c = spoken.actor.country
    if spoken.actor.kind != "country" or not c or not a.actor.sector:
        return spoken
    return replace(spoken, actor=replace(a.actor, country=c, code=make_code(c, a.actor.sector)))


def place_of(text: str, a: Arg) -> Place:
    """The argument as the event's place."""
    return Place(Span(text[a.start:a.end], a.start, a.end), a.actor)


def confidence(hit: TriggerHit, actor: Participant | None, recipient: Participant | None) -> float:
    """How sure the record is: a trigger narrowed by context or a multiword one, and each role filled, add to it."""
    score = 0.5 + (0.1 if hit.trigger.requires_any else 0) + (0.1 if hit.trigger.rest else 0)
    if actor is not None:
        score += 0.1 if actor.implicit else 0.2
    if recipient is not None:
        score += 0.1
    return min(score, 0.95)

