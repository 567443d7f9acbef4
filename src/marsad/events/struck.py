"""One target for an attack told twice in a sentence (applied in `settled`, after the sentence's events are
folded into one per incident, so that neither telling is lost): a noun of attack
and the verb of targeting it is the subject of — استهدفت الغارات مواقع لفيلق القدس داخل سوريا، غارات جوية
استهدفت متمردين تشاديين في جنوب ليبيا — or the killing it is told as the means or place of — قتل زعيم الجماعة
الباكستانية في ضربة أميركية في أفغانستان — name one act. When one of the two has only the state of a place as its
target (events/sides.place_target) and the other a party of another country named before that place, the party is
the target of both — the place only says where the party was struck — and an author only one of them names is
the other's too (when neither names one, the ranker is not asked for one: the place it would now find free
names no author)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.events.answers import answer_accusation
from marsad.events.authors import ATTACK_NOUNS
from marsad.events.own_state import own_state
from marsad.events.record import Event, Participant
from marsad.events.shared_mood import shared_mood
from marsad.events.sides import join_consequence, merge_same

_TARGETING = "trigger:assault-target@"
_KILLINGS = ("trigger:assault-kill@", "trigger:assault-liquidate@", "trigger:assault-assassinate@")
_SUBJECT_REACH = 6  # tokens from a noun of attack to the verb of targeting it is the subject of
_MEANS_REACH = 8  # tokens from a killing to the noun of attack told as its means or place (قتل ... في غارة)
_BREAKS = frozenset({".", "؛", ":", "!", "؟"})
_IN = frozenset({"في", "خلال", "جراء", "اثر", "اثناء"})  # (normalised)
_PLACES = frozenset({"place", "country"})


def _placed(p: Participant | None) -> bool:
    """A target that is only the state of a place: a country or a town, with no sector."""
    return p is not None and p.actor.kind in _PLACES and p.actor.sector is None and bool(p.actor.country)


def _party(p: Participant | None, place: Participant) -> bool:
    """A named party of another country than the place, told before it (مواقع لفيلق القدس داخل سوريا) — not a
    nationality adjective, nor a place itself."""
    return p is not None and not p.implicit and p.actor.kind not in (*_PLACES, "nationality") \
        and bool(p.actor.country) and p.actor.country != place.actor.country and p.span.end <= place.span.start


def _attack_noun(e: Event, toks: Sequence[str]) -> bool:
    w = toks[e.token] if 0 <= e.token < len(toks) else ""
    return not e.verbal and w.lstrip("وبل").removeprefix("ال") in ATTACK_NOUNS


def _subject_of(noun: Event, verb: Event, toks: Sequence[str]) -> bool:
    """The noun of attack is the subject of the verb of targeting: right after it (استهدفت الغارات X), or before it
    with no one named between but the noun's own author (غارات للتحالف استهدفت، الغارات التي استهدفت X)."""
    if not (verb.verbal and verb.rule.startswith(_TARGETING)):
        return False
    if noun.token == verb.token + 1:
        return True
    if not 0 < verb.token - noun.token <= _SUBJECT_REACH or any(w in _BREAKS for w in toks[noun.token:verb.token]):
        return False
    # (not when the verb's own subject stands between: غارات، واستهدفت القوات X)
    subject = verb.actor
    return subject is None or subject.implicit or not noun.trigger.end <= subject.span.start < verb.trigger.start \
        or noun.actor is not None and subject.actor == noun.actor.actor


def _means_of(noun: Event, killing: Event, toks: Sequence[str]) -> bool:
    """The noun of attack is told as where or by what the killing was done, in its clause: قتل X في غارة، مقتل X
    بضربة جوية، قتل قيادي في الحركة خلال غارة."""
    if not killing.rule.startswith(_KILLINGS) or not 0 < noun.token - killing.token <= _MEANS_REACH:
        return False
    w = toks[noun.token]
    return not any(x in _BREAKS or x in ("،", ",") for x in toks[killing.token:noun.token]) and (
        w[:1] == "ب" or w[:2] == "وب" or toks[noun.token - 1] in _IN)


def _linked(a: Event, b: Event, toks: Sequence[str]) -> bool:
    """a and b tell one attack: one is a noun of attack, the other the verb it is the subject of or the killing it
    is the means of."""
    for noun, other in ((a, b), (b, a)):
        if _attack_noun(noun, toks) and (_subject_of(noun, other, toks) or _means_of(noun, other, toks)):
            return True
    return False


def shared_target(events: list[Event], toks: Sequence[str]) -> list[Event]:
    """The events of one sentence, each attack whose target is only a place's state given the party the same act
    names as its target in the other words that tell it."""
    out = list(events)
    for n, e in enumerate(out):
        if e.event_type != "ASSAULT" or e.negated or not _placed(e.recipient):
            continue
        assert e.recipient is not None
        other = next((o for o in events if o is not e and o.event_type == "ASSAULT" and not o.negated
                      and _party(o.recipient, e.recipient) and _linked(e, o, toks)), None)
        if other is None:
            continue
        # (and its author, when this telling names none: one act, one author; when neither names one, the place
        # freed is no candidate author for the ranker: left unnamed, as the other telling leaves it)
        unnamed = e.actor is None and other.actor is None and "|actor:unnamed" not in e.rule
        out[n] = replace(e, recipient=other.recipient, actor=e.actor or other.actor,
                         rule=e.rule + ("|actor:unnamed" if unnamed else ""))
    return out


def settled(events: list[Event], toks: Sequence[str]) -> list[Event]:
    """A sentence's events once all its words are read: killings joined to the attack that caused them, answers
    to accusations, a state's stance toward itself cleared, one event per incident (events/sides, events/answers,
    events/own_state), then one target per attack told twice."""
    return shared_target(merge_same(own_state(answer_accusation(join_consequence(shared_mood(events, toks), toks)))),
                         toks)
