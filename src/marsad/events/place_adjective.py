"""A nationality adjective that qualifies a place names where an act happened, not who did it.

اقتحم مسلح بنكا في مدينة دويسبورغ الألمانية، شهدت الولاية الأميركية سلسلة انفجارات، سقطت القذيفة في المدينة
اليمنية: the adjective agrees with a town or a place noun (مدينة، ولاية، العاصمة، الأراضي ...) and tells the state
the place is in; an attack or an accusation told there is not thereby that state's doing (the attacker may be
foreign or unnamed; an arrest or a raid there is most often its own authorities', events/authority_place, and is
left alone). So when the actor the rules or the ranker took is such an adjective, with no sector,
the actor is left unnamed (`|actor:unnamed`, so nothing later fills it) — unless the place is where the act came
from (صاروخ أطلق من الأراضي اليمنية: its author's ground, events/origin) or the place phrase only locates another
party named right before it (السلطات في ولاية ميسيسيبي الأميركية: that party's own ground, events/own_place).
Words in data/place_nouns.txt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from marsad.events.arguments import Arg
from marsad.events.record import Event
from marsad.knowledge.files import DATA_DIR
from marsad.text.normalize import norm, norm_words

# (a protest or a summit in X's town is its people's own; an arrest there its authorities' own: events/authority_place)
_TYPES = frozenset({"ASSAULT", "ACCUSE"})
_CLITICS = ("وبال", "فبال", "بال", "لل", "وال", "ال", "وب", "ول", "و", "ب", "ل", "ف")
_ORIGIN = norm_words("من داخل انطلاقا مصدرها")
_LOCATING = norm_words("في داخل")
_DATA = DATA_DIR / "place_nouns.txt"


@cache
def _place_nouns() -> frozenset[str]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return norm_words(" ".join(w for w in lines if w.strip() and not w.startswith("#")))


def _place_noun(word: str) -> bool:
    w, nouns = norm(word), _place_nouns()
    return w in nouns or any(w.startswith(c) and w[len(c):] in nouns for c in _CLITICS)


def place_start(a: Arg, args: Sequence[Arg], toks: Sequence[str]) -> int | None:
    """Where the place phrase `a` qualifies starts (its place noun or its town), when `a` is a nationality adjective
    of no sector right after one (مدينة دويسبورغ الألمانية، الولاية الأميركية), else None."""
    if a.actor.kind != "nationality" or a.actor.sector is not None or a.i == 0:
        return None
    town = next((b for b in args if b is not a and b.j == a.i and b.actor.kind == "place" and b.actor.sector is None),
                None)
    if town is not None:
        s = town.i
    elif _place_noun(toks[a.i - 1]):
        s = a.i - 1
    else:
        return None
    return s - 1 if s > 0 and _place_noun(toks[s - 1]) else s


def _kept(s: int, args: Sequence[Arg], toks: Sequence[str]) -> bool:
    """The place phrase starting at s is where the act came from, or locates a party named right before it."""
    before = [norm(w) for w in toks[max(0, s - 2):s]]
    if any(w in _ORIGIN for w in before):
        return True
    at = s - 1 if before and before[-1] in _LOCATING else s if norm(toks[s])[:1] == "ب" else None
    return at is not None and any(b.j == at for b in args)


def place_actors(events: list[Event], sentence_args: dict[int, tuple[list[Arg], list[str]]]) -> list[Event]:
    """The events whose actor is a nationality adjective qualifying the place they happen in, left unnamed."""
    out = []
    for e in events:
        found = sentence_args.get(e.sentence[0])
        if e.event_type not in _TYPES or e.actor is None or e.actor.implicit or found is None:
            out.append(e)
            continue
        args, toks = found
        a = next((a for a in args if a.start <= e.actor.span.start and e.actor.span.end <= a.end), None)
        s = place_start(a, args, toks) if a is not None else None
        if s is None or _kept(s, args, toks):
            out.append(e)
            continue
        rule = e.rule.replace("|actor:ranked", "")
        out.append(replace(e, actor=None, rule=rule + ("" if "|actor:unnamed" in rule else "|actor:unnamed")))
    return out
