"""An air strike is flown by a state: an armed group named with one is its target, not its author.

غارات جوية على مواقع للحوثيين، الضربة الجوية أصابت منطقة يتواجد بها التنظيم، قصفت مقاتلات التحالف تجمعات
للمتمردين: the codebook's aerial mode is manned aircraft (air raids, air strikes, aerial bombardment, barrel bombs
dropped from helicopters; drones are another trigger). The rebels, militias and transnational militant groups the
dictionaries code with the sector REB (YEMREB, SYRREB, IMGREB) fly none, so when the rules or the ranker make such a
group the actor of an aerial attack, the group is the one struck. Used by stages/events, last, on each document's
events:
- a recipient that is a state's body (its government, army, police, intelligence: IGOMIL, SAUMIL, USA named as a
  state other than the group's own, not told as where: في سوريا) is the striker: the roles are swapped;
- no recipient, an uncoded one (?), a town, the group's own country named bare (the place struck: اليمن) or a country
  told as where (في سوريا): the group becomes the recipient and the actor is left unnamed (whose aircraft, untold);
- any other recipient (civilians killed beside the fighters) stays, and the actor is left unnamed.
Our judges marked every such actor wrong (18 of 18 in the hand-judged samples).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import Arg
from marsad.events.record import Event, Participant

_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def _rebel(p: Participant | None) -> bool:
    return p is not None and p.actor.sector == "REB"


def _state(p: Participant, group: Participant, args: list[Arg]) -> bool:
    """`p` names a state's body, or a state other than `group`'s own named bare and not as where (في سوريا)."""
    a = p.actor
    if a.sector in _STATE_SECTORS or a.code == "IGOMIL":
        return True
    return a.sector is None and a.kind == "country" and bool(a.country) and a.country != group.actor.country \
        and not _where(p, args)


def _where(p: Participant, args: list[Arg]) -> bool:
    """`p` is told as a place (بسوريا، في سوريا، شمال سوريا): its participant of the sentence is a location
    (events/arguments)."""
    s = p.named_span()
    return any(a.place and a.start == s.start and a.end == s.end for a in args)


def _place_or_nobody(p: Participant | None, group: Participant, args: list[Arg]) -> bool:
    """No recipient, an uncoded one, a town or region, the group's own country named bare, or any country told as
    where (في سوريا)."""
    if p is None:
        return True
    a = p.actor
    return not a.code or a.sector is None and (a.kind == "place" or a.kind in ("country", "nationality") and (
        a.country == group.actor.country or _where(p, args)))


def aerial_roles(events: list[Event], sentence_args: dict[int, tuple[list[Arg], list[str]]]) -> list[Event]:
    """The events with an armed group (sector REB) taken for an air strike's actor made its recipient (see the
    module's docstring); `sentence_args` holds each sentence's participants."""
    out = []
    for e in events:
        group = e.actor
        args = sentence_args.get(e.sentence[0], ([], []))[0]
        if e.mode != "aerial" or group is None or not _rebel(group) or _rebel(e.recipient):
            out.append(e)
            continue
        if e.recipient is not None and _state(e.recipient, group, args):
            e = replace(e, actor=e.recipient, recipient=group, rule=e.rule + "|aerial:swapped")
        elif _place_or_nobody(e.recipient, group, args):
            e = replace(e, actor=None, recipient=group, rule=e.rule + "|aerial:struck")
        else:
            e = replace(e, actor=None, rule=e.rule + "|aerial:unflown")
        out.append(e)
    return out
