"""Who a refusal or a denial answers within its sentence.

ووجهت بريطانيا الاتهام لروسيا ... لكن موسكو نفت ضلوعها: a denial by the party an accusation of the same sentence
targets answers the accuser; وتطالب مصر بتسليم المتهمين الفارين إلى الأردن، لكن عمان ترفض الاستجابة للطلب: a
refusal by the party a demand of the same sentence asks answers the one who asked. A bare state (its name, a
nationality, a town) of the refuser's own country is no party it rejects — it is what the request is about (the
soldiers who fled to it) or the refuser itself named again — so it gives way to that accuser or asker, else to no
one."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.record import Event, Participant

_NEAR_CHARS = 25  # a party within this many characters after a trigger is its own object (نفت موسكو الاتهامات X)
_STATE = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a state or its organs, not a rebel or a party
_ANSWERED = {"trigger:reject-deny": ("ACCUSE",), "trigger:reject-refuse": ("REQUEST",)}


def _own_state(d: Event) -> bool:
    """The recipient is a bare state (no sector; a country, nationality or place) of the country of an actor that is
    that state or one of its organs (رفضت طالبان المحادثات: a movement may reject its own state, and a person of no
    sector his own: وتتهم تركيا فلانا بالتخطيط للانقلاب، وهو ما ينفيه)."""
    r, a = d.recipient, d.actor
    return r is not None and a is not None and a.actor.sector in _STATE and r.actor.sector is None \
        and not (a.actor.kind == "person" and a.actor.sector is None) and r.actor.kind in (
        "country", "nationality", "place") and r.actor.country is not None and r.actor.country == a.actor.country


def _answered(d: Event, before: list[Event], types: tuple[str, ...]) -> Participant | None:
    """The actor of the last accusation or demand told before `d` whose target is `d`'s actor's country."""
    assert d.actor is not None
    own = d.actor.actor.country
    charge = next((a for a in reversed(before) if a.event_type in types and not a.negated
                   and a.actor is not None and a.recipient is not None and a.token < d.token
                   and a.recipient.actor.country == own and a.actor.actor.country not in (None, own)), None)
    return charge.actor if charge is not None else None


def answer_accusation(events: list[Event]) -> list[Event]:
    """The events of one sentence, each refusal or denial given the party it answers: the accuser or the asker
    of the same sentence when it names no addressee of its own right after the verb (نفت موسكو الاتهامات
    البريطانية), or names only its own state."""
    out = list(events)
    for n, d in enumerate(out):
        if d.event_type != "REJECT" or d.actor is None or not d.actor.actor.country:
            continue
        types = next((t for rule, t in _ANSWERED.items() if d.rule.startswith(rule)), None)
        own = _own_state(d)
        if types is None or d.recipient is not None and not own and (
                d.recipient.span.start - d.trigger.end <= _NEAR_CHARS or not d.rule.startswith("trigger:reject-deny")):
            continue
        asker = _answered(d, out[:n], types)
        if asker is not None:
            out[n] = replace(d, recipient=asker)
        elif own:
            out[n] = replace(d, recipient=None)
    return out
