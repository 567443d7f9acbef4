"""A learned second look at who an event's actor and recipient are.

The rules (events/roles, events/sides) choose each role; the ranker scores every participant of the sentence —
and "no one" — as that role, by features of where it stands (before or after the trigger, how far, behind which
preposition, across a clause break), what it is (a state, a place, a person, an armed body; its sector), the
trigger, and whether the rules chose it for this role or the other. It only fills a role the rules left empty:
when a participant outscores "no one" by the margin it takes the role, and the event's `rule` says so
(`|actor:ranked`); a role the rules filled is theirs (letting the ranker replace those lowered our golden cases
and the gold standard's actor-country share); nor does it give a role the other role's participant or one joined
to it by و, nor, for a stance (REJECT, AGREE, SUPPORT, THREATEN, CONCEDE), one with the other role's code (but
another person named). A linear score per candidate; what it weighs for an event (`choices`: each open role's "no
one" and eligible participants) is shared with scripts/train_ranker.py, which fits the weights by a softmax over
the same on the roles we read for dev-corpus events (benchmarks/labels/roles_train.tsv); shipped as
data/ranker.json (feature weights only). Two-sided events (one record per side) are left as the rules made them.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from itertools import repeat
from pathlib import Path

from marsad.errors import DictionaryRecordError
from marsad.events.about import beneficiary, destination
from marsad.events.allies import alongside
from marsad.events.arguments import Arg, team
from marsad.events.backers import backed
from marsad.events.charge_clause import in_charge
from marsad.events.charge_object import in_charge_phrase
from marsad.events.condemned import act_victim
from marsad.events.fight_place import town_arg
from marsad.events.forum import hears, not_accused
from marsad.events.held_place import holder_kind, place_not_target
from marsad.events.held_teller import tells_only
from marsad.events.instrument import own_forces
from marsad.events.offstage import offstage
from marsad.events.origin import origin_place
from marsad.events.own_state import TYPES as OWN_TYPES
from marsad.events.own_state import bare_state, state_actor
from marsad.events.record import Event, Participant, Span
from marsad.events.reporters import ARMED, reporter
from marsad.events.requests import in_act
from marsad.events.responsible import responsible
from marsad.events.second_object import in_subject
from marsad.events.security_unit import not_doer

ROLES = ("actor", "recipient")
_STANCES = frozenset({"REJECT", "AGREE", "SUPPORT", "THREATEN", "CONCEDE"})
_BREAKS = frozenset({"،", ",", "؛", ";", "ان", "انه", "انها", ":", "«", '"'})  # clause breaks (normalised)


def _bucket(d: int) -> str:
    return "0" if d <= 0 else "1" if d == 1 else "2" if d == 2 else "3-5" if d <= 5 else "6-10" if d <= 10 else "11+"


def _same(p: Participant | None, a: Arg) -> bool:
    return p is not None and not p.implicit and p.span.start < a.end and a.start < p.span.end


class Candidate:
    """One participant (or no one) that could fill a role."""

    __slots__ = ("arg", "participant")

    def __init__(self, arg: Arg | None, participant: Participant | None) -> None:
        self.arg = arg
        self.participant = participant


def candidates(event: Event, args: list[Arg], text: str) -> list[Candidate]:
    """No one, every participant of the sentence, and the rules' choices no participant covers (an implicit
    speaker or subject carried from before)."""
    out = [Candidate(None, None)]
    out += [Candidate(a, Participant(Span(text[a.start:a.end], a.start, a.end), a.actor)) for a in args]
    for p in (event.actor, event.recipient):
        if p is not None and not any(_same(p, a) for a in args):
            out.append(Candidate(None, p))
    return out


def features(role: str, event: Event, c: Candidate, toks: list[str], args: list[Arg]) -> list[str]:
    """The features of a candidate for a role of an event (strings; the weights give each its part)."""
    r, t = role[0].upper(), event.event_type
    mine = event.actor if role == "actor" else event.recipient
    other = event.recipient if role == "actor" else event.actor
    p = c.participant
    if p is None:
        return [f"{r}:none", f"{r}:{t}:none", f"{r}:none:rule={mine is None}", f"{r}:none:verbal={event.verbal}"]
    chosen = mine is not None and (mine is p or (c.arg is not None and _same(mine, c.arg)))
    out = [f"{r}:bias", f"{r}:{t}:bias", f"{r}:rule={chosen}", f"{r}:{t}:rule={chosen}",
           f"{r}:other={other is not None and (other is p or (c.arg is not None and _same(other, c.arg)))}",
           f"{r}:kind={p.actor.kind}", f"{r}:{t}:kind={p.actor.kind}", f"{r}:sector={p.actor.sector}",
           f"{r}:{t}:sector={p.actor.sector}", f"{r}:country={bool(p.actor.country)}"]
    if c.arg is None:
        return out + [f"{r}:implicit", f"{r}:{t}:implicit"]
    a, i = c.arg, event.token
    side = "B" if a.j <= i else "A"
    d = i - a.j if side == "B" else a.i - i - 1
    prep = a.prep or "-"
    trigger = event.rule.split("@")[0]
    order = [x for x in args if (x.j <= i) == (side == "B")]
    nearest = (order[-1] is a) if side == "B" and order else (order[0] is a) if order else False
    # the participants standing between it and the trigger
    between = sum(1 for x in args if a.j <= x.i and x.j <= i) if side == "B" else sum(
        1 for x in args if i < x.i and x.j <= a.i)
    out += [f"{r}:side={side}", f"{r}:{t}:side={side}", f"{r}:{side}:d={_bucket(d)}",
            f"{r}:{t}:{side}:d={_bucket(d)}", f"{r}:{side}:prep={prep}", f"{r}:{t}:{side}:prep={prep}",
            f"{r}:{side}:verbal={event.verbal}", f"{r}:{side}:nearest={nearest}", f"{r}:place={a.place}",
            f"{r}:acc={a.accusative}", f"{r}:poss={a.possessed}", f"{r}:{side}:kind={p.actor.kind}",
            f"{r}:{side}:prep={prep}:kind={p.actor.kind}", f"{r}:{side}:nearest={nearest}:prep={prep}",
            f"{r}:{trigger}:{side}", f"{r}:{trigger}:{side}:prep={prep}",
            f"{r}:break={any(w in _BREAKS for w in (toks[a.j:i] if side == 'B' else toks[i + 1:a.i]))}",
            f"{r}:other_country={other is not None and other.actor.country == p.actor.country}",
            f"{r}:{t}:{side}:kind={p.actor.kind}", f"{r}:{side}:between={_bucket(between)}",
            f"{r}:first_bare={a is next((x for x in args if x.prep is None and not x.place), None)}",
            f"{r}:{side}:verbal={event.verbal}:d={_bucket(d)}"]
    return out


class RoleRanker:
    def __init__(self, weights: dict[str, float], margin: float = 0.0) -> None:
        self.weights = weights
        self.margin = margin

    @classmethod
    def load(cls, path: Path) -> RoleRanker | None:
        """The ranker's weights, or None when the file is absent (the rules' roles stand)."""
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            margin = float(data.get("margin", 0.0))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DictionaryRecordError(f"bad ranker weights: {exc}", str(path)) from exc
        return cls(weights, margin)

    def score(self, feats: list[str]) -> float:
        """A candidate's score (a logit: the candidates of one role compete by softmax)."""
        return math.fsum(map(self.weights.get, feats, repeat(0.0)))

    def pick(self, nobody: list[str], feats: list[list[str]]) -> int | None:
        """Which of the eligible candidates (their features) takes an empty role: the best-scoring one when it beats
        "no one" (its features `nobody`) by the margin, else None (the first of equal scores)."""
        if not feats:
            return None
        z = [self.score(fs) for fs in feats]
        best = max(range(len(z)), key=z.__getitem__)
        return best if z[best] > self.score(nobody) + self.margin else None

    def rerank(self, events: list[Event], sentence_args: dict[int, tuple[list[Arg], list[str]]],
               text: str, say: frozenset[str]) -> list[Event]:
        """The events with each role the rules left empty given to its best-scoring participant when it beats "no
        one" by the margin (in logits); two-sided events (another record of the same trigger with the roles
        swapped) are kept."""
        out = []
        for e in events:
            changed: dict[str, Participant | None] = {}
            for role, nobody, cands, feats in choices(e, events, sentence_args, text, say):
                k = self.pick(nobody, feats)
                # (مواجهات في X: the place the ranker finds best is no side of a clash: no one; events/fight_place)
                if k is not None and not (cands[k].arg is not None and town_arg(
                        cands[k].arg, role, text, e.rule, sentence_args[e.sentence[0]][0])):
                    changed[role] = cands[k].participant
            a, r = changed.get("actor", e.actor), changed.get("recipient", e.recipient)
            if e.event_type == "SANCTION" and "recipient" in changed and a is not None and r is not None \
                    and a.actor.country == r.actor.country and r.actor.sector is None:
                del changed["recipient"]  # (both roles ranked to one country: as eligible's rule)
            if changed:
                e = replace(e, actor=changed.get("actor", e.actor), recipient=changed.get("recipient", e.recipient),
                            rule=e.rule + "".join(f"|{role}:ranked" for role in changed))
            out.append(e)
        return out


def empty_roles(e: Event, events: list[Event]) -> list[str]:
    """The roles the ranker may fill: those the rules left empty, unless the event is two-sided."""
    empty = [role for role in ROLES if (e.actor if role == "actor" else e.recipient) is None
             and f"|{role}:unnamed" not in e.rule]  # (the rules found the role's party left unnamed: events/accused)
    return [] if not empty or _two_sided(e, events) else empty


def eligible(e: Event, role: str, cands: list[Candidate], args: list[Arg]) -> list[Candidate]:
    """The candidates that may take an empty role: participants of the sentence, not the other role's participant,
    nor one joined to it by و (مدمرات أميركية وطائرات بريطانية), nor for the actor a place named as where it happens
    (في مدينة X, بمحافظة X: a place after a locative preposition), nor for the recipient of an arrest, a trial or
    an inquiry the place it happens in (events/held_place), nor of a mobilisation the actor's own forces
    (events/instrument); for sanctions, not the other's own state named by
    its name, a nationality or a town (a state does not sanction itself: فرضت الولايات المتحدة العقوبات الأميركية),
    nor for a state's refusal, threat, pledge, agreement or mobilisation (events/own_state)."""
    other = e.recipient if role == "actor" else e.actor
    taken = next((a for a in args if _same(other, a)), None)
    joined = team(args, taken) if taken is not None else []
    # (a stance is taken toward another party: not one with the other role's very code — انسحبت الولايات المتحدة
    # من الاتفاق ... العقوبات الأميركية, where the adjective is the actor's own side — unless it is another person
    # named: أشاد خامنئي بروحاني; a sanction's target is not the sanctioning state itself named bare)
    own = other.actor.code if other is not None and e.event_type in _STANCES and other.actor.code else None
    country = other.actor.country if other is not None and (e.event_type == "SANCTION" or role == "recipient" and (
        e.event_type in OWN_TYPES and state_actor(other))) else None  # (nor a state's stance toward itself: own_state)
    return [c for c in cands if c.arg is not None and not any(c.arg is a for a in joined) and not _same(other, c.arg)
            and not (role == "actor" and c.arg.place)
            and not (role == "recipient" and c.arg.place and place_not_target(
                e.rule.split("@")[0].removeprefix("trigger:"), e.actor, c.arg.actor.country))
            and not (role == "recipient" and holder_kind(
                e.rule.split("@")[0].removeprefix("trigger:"), e.actor, c.arg.actor.sector, c.arg.actor.country))
            and not (role == "recipient" and own_forces(e.event_type, e.actor, c.arg.actor))
            and (own is None or c.arg.actor.code != own or _another_person(other, c.arg))
            and not (country and c.arg.actor.country == country and _bare_state(c.arg) and _self_aimed(e, c))]


def _self_aimed(e: Event, c: Candidate) -> bool:
    """A sanction's own state, or for a state's other stances a bare state that is no nationality's people nor a
    mobilisation's town (events/own_state)."""
    return e.event_type == "SANCTION" or c.participant is not None and bare_state(
        e.event_type, c.arg.actor.kind if c.arg else "", None, c.participant.span.text)


def _another_person(p: Participant | None, a: Arg) -> bool:
    """`a` names a person, not the one `p` names (its own span or its antecedent's)."""
    return a.actor.kind == "person" and p is not None and not any(
        s.start < a.end and a.start < s.end for s in p.spans())


def _bare_state(a: Arg) -> bool:
    return a.actor.sector is None and a.actor.kind in ("country", "nationality", "place")


def choices(e: Event, events: list[Event], sentence_args: dict[int, tuple[list[Arg], list[str]]],
            text: str, say: frozenset[str]) -> list[tuple[str, list[str], list[Candidate], list[list[str]]]]:
    """What the ranker weighs for an event (one of `events`, the document's): for each role it may fill, the role,
    the features of "no one", the eligible candidates and their features (shared with scripts/train_ranker.py, so
    it trains on what it is used on)."""
    found = sentence_args.get(e.sentence[0])
    roles = empty_roles(e, events) if found is not None else []
    if not roles or found is None:
        return []
    args, toks = found
    cands = candidates(e, args, text)
    out = []
    for role in roles:
        ok = eligible(e, role, cands, args)
        if role == "actor" and e.event_type == "ASSAULT" and not e.verbal:
            # قال المرصد إن قصفا ...، دانت فرنسا إطلاق النار: who tells of or condemns an attack did not carry it out
            # (an armed body may be telling of its own war: the ranker weighs it)
            trigger = e.rule.split("@")[0].removeprefix("trigger:")
            ok = [c for c in ok if c.arg.actor.sector in ARMED or not reporter(toks, e.token, c.arg, trigger, say)]
        if role == "actor" and e.event_type == "COERCE":  # أدان ترامب احتجازه: he tells of it (events/held_teller)
            ok = [c for c in ok if (c.arg.i > e.token or not tells_only(e.rule.split("@")[0].removeprefix(
                "trigger:"), c.arg.actor, text[c.arg.start:c.arg.end])) and not not_doer(toks, c.arg, args)]  # باتجاه X
        ok = [c for c in ok if not in_charge(e.rule, e.verbal, toks, e.token, args, c.arg)  # اتهمها بعرقلة X: not X
              and not in_act(e.rule, e.verbal, toks, e.token, args, c.arg)  # دعت إلى إنهاء القتال في ليبيا: not X
              and not (role == "recipient" and origin_place(toks, c.arg))  # من الأجواء X: events/origin
              and not (role == "recipient" and alongside(e.event_type, toks, c.arg))  # إلى جانب X: events/allies
              and not offstage(c.arg, toks)  # غولن المقيم في الولايات المتحدة: where he lives (events/offstage)
              and not (role == "recipient" and act_victim(e.rule, toks, e.token, args, c.arg))  # العنف ضد X
              and not (role == "recipient" and not_accused(e.rule, toks, e.token, c.arg))  # شكوى إلى القضاء
              and not hears(e.rule, toks, e.token, c.arg)  # شكوى لدى منظمة التجارة العالمية: events/forum
              and not (role == "recipient" and (beneficiary(e.event_type, toks, c.arg, e.token) or destination(
                  e.event_type, toks, c.arg)))  # لحماية X، نحو X: events/about
              and not (role == "recipient" and in_charge_phrase(e.rule, e.verbal, toks, e.token, args, c.arg))
              and not (role == "recipient" and in_subject(e.rule, e.verbal, toks, e.token, args, c.arg,
                                                          e.actor.span.end if e.actor else None))]
        if e.event_type == "ASSAULT":  # المسؤول عن الهجوم: "responsible", no official (events/responsible)
            ok = [c for c in ok if not responsible(toks, c.arg, e.token)]
        feats = [features(role, e, c, toks, args) for c in ok]
        if role == "actor" and e.event_type == "ASSAULT":  # قوات الجيش، مسنودة بطيران التحالف: the army fought
            ok = [_for_backed(c, toks, args, ok) for c in ok]
        out.append((role, features(role, e, cands[0], toks, args), ok, feats))
    return out


def _for_backed(c: Candidate, toks: list[str], args: list[Arg], cands: list[Candidate]) -> Candidate:
    """The eligible candidate (of `cands`) of the side `c` backs, named right before its phrase of backing
    (events/backers), else `c`."""
    b = backed(toks, args, c.arg)
    return next((d for d in cands if b is not None and d.arg is b), c)


def _two_sided(e: Event, events: list[Event]) -> bool:
    return any(o is not e and o.token == e.token and o.sentence == e.sentence and o.event_type == e.event_type
               and o.actor is not None and e.recipient is not None and o.actor.actor == e.recipient.actor
               for o in events)
