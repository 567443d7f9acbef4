"""The place a clash or a truce is told in is where it happens, not a side of it — unless its state fights there.

تركزت المواجهات في قرية X شمال المدينة، اندلعت اشتباكات في ضواحي العاصمة الليبية، معركة تحرير مدينة X، دخلت الهدنة
حيز التنفيذ في الغوطة: a clash, a battle, a fight or a truce is between two sides; when the sentence names no armed
body of the place's own state (its army, police, rebels, intelligence), that state is not shown to be one of them
(the sides may be foreign, or unnamed). So such a place is no recipient: neither the state of a town or region
events/sides.place_target gives when the rules found no target (not a country, القتال في سوريا: its own war), nor
a town, region or governorate, or the bare nationality adjective that qualifies one (العاصمة الليبية), the rules
took for the other side (`town_side`) — both cleared by stages/events once the event is counted (the fight still
happened; its recipient is marked unnamed, so the ranker does not fill it) — nor such a place the ranker picks
(`town_arg`, events/ranker.rerank: no one). When the sentence names such a body — قوات الجيش اليمني تخوض معارك في
محافظة X، مقتل عناصر من الحوثيين في مواجهات — the place's state stands for the side left unnamed and stays. A
country named as a side (مواجهات مع إسرائيل) stays, and so does a town an attack, a shelling or a raid is aimed at
(قصف الطيران مدينة X).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.record import Participant

# two-sided fights and truces (trigger ids by prefix): the place they happen in is no side by itself
_FIGHTS = ("assault-clash", "assault-confrontations", "assault-battles", "assault-fighting", "assault-infighting",
           "retreat-ceasefire")
_ARMED = frozenset({"MIL", "COP", "REB", "SPY"})
# nouns that place a town (شمال مدينة X، في محيط X، مناطق X) and verbs of witnessing (شهدتها العاصمة X): a town
# after them is where, not who
_LOCATIVES = ("شمال", "جنوب", "شرق", "غرب", "قرب", "محيط", "ضواحي", "أطراف", "اطراف", "وسط", "داخل", "أنحاء", "انحاء",
              "منطق", "مناطق", "شهد", "تشهد", "يشهد")


def place_no_side(trigger_id: str, country: str | None, args: list[Arg]) -> bool:
    """The trigger names a clash, a battle, a fight or a truce and the sentence (its arguments `args`) names no armed
    body of `country`, the state of the place it happens in."""
    return trigger_id.startswith(_FIGHTS) and not any(
        a.actor.country == country and a.actor.sector in _ARMED and not a.place for a in args)


def _town(kind: str, sector: str | None, words: str, start: int, end: int, args: list[Arg]) -> bool:
    """A town or region, or a feminine nationality adjective right next to one (مدينة الزاوية الليبية، العاصمة
    الليبية طرابلس), not one joined to a side (القوات الهندية والصينية)."""
    if sector is not None:
        return False
    return kind == "place" or kind == "nationality" and words.strip().endswith(("ية", "يه")) and any(
        a.actor.kind == "place" and (0 <= start - a.end <= 2 or 0 <= a.start - end <= 2) for a in args)


def town_arg(a: Arg, role: str, text: str, rule: str, args: list[Arg]) -> bool:
    """`a`, the ranker's pick for `role` of an event (its `rule`) in a sentence of `text`, is a town or region told
    with في / بـ (not a country: القتال في سوريا, a war of its own), a nationality adjective, or a bare town for
    the recipient or after a noun of place (شمال مدينة X; a bare capital may stand for its government as the
    actor: أطلقت أنقرة عملية لقتال X), that is no side
    of its clash or truce (see the module)."""
    trigger_id = rule.split("@")[0].removeprefix("trigger:")
    town = _town(a.actor.kind, a.actor.sector, text[a.start:a.end], a.start, a.end, args)
    located = any(w.lstrip("وب").removeprefix("ال").startswith(_LOCATIVES) for w in text[:a.start].split()[-2:])
    return (a.place and a.actor.kind != "country" or town and (
        role == "recipient" or a.actor.kind != "place" or located)) and place_no_side(trigger_id, a.actor.country, args)


def town_side(p: Participant | None, trigger_id: str, args: list[Arg]) -> bool:
    """`p`, the recipient the rules took for a clash or a truce, is a town, region or governorate, or a bare feminine
    nationality adjective that qualifies one (مدينة رفح المصرية: no people, who would be المصريين), of a state the
    sentence names no armed body of (see the module)."""
    return p is not None and not p.implicit and _town(
        p.actor.kind, p.actor.sector, p.span.text, p.span.start, p.span.end, args) \
        and place_no_side(trigger_id, p.actor.country, args)


def no_side(recipient: Participant | None, placed: Participant | None, trigger_id: str, args: list[Arg]) -> bool:
    """The event stage clears the recipient of a clash or a truce: the one the rules took is a town that is no side
    (town_side), or the place's state sides.place_target gave (`placed`) stands for a town or region, not a
    country, of a state the sentence names no armed body of."""
    return town_side(recipient, trigger_id, args) or placed is not None and any(
        a.start == placed.span.start and a.actor.kind != "country" for a in args) and place_no_side(
        trigger_id, placed.actor.country, args)
