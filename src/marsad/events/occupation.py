"""Whom Israeli forces shoot, arrest, charge or try, once the roles are chosen (after the ranker).

A participant named with no nationality of its own — الشبان، المتظاهرين، a name no dictionary lists — takes the
country the sentence is placed in or, with no place, the country the article names most (events/localise).
In a report of an attack, a coercion or a charge by Israel (جنود إسرائيليون، قوات الاحتلال، محكمة الاحتلال) that
country is Israel, the author's own, though the one shot, arrested or charged is Palestinian: in an article that
names Palestine or Palestinians anywhere, such a target whose country came only from where it is told is Palestinian
(PSE), its sector kept. A target named as Israeli (النائب الإسرائيلي X) or a settler, a listed person, a rights group
or an Israeli authority keeps its own. So is such a target left with no country at all (أطلق الجيش الإسرائيلي النار
على المتظاهرين: CVL) or given a third country that no mention of its sentence names, the article's or its outlet's
(الصيادين in a Tunisian paper: TUNCVL).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Mention
from marsad.events.record import Event, Participant
from marsad.knowledge.records import make_code
from marsad.text.normalize import norm_words, normalize

_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
_NOT_LOCAL = frozenset({"GOV", "COP", "MIL", "LEG", "JUD", "SPY", "NGO"})  # (and rights groups may be anyone's)
_ISRAELI = norm_words("إسرائيل الاحتلال مستوطن")  # (in إسرائيلي، مستوطنين: settlers are Israeli)


def _localised_israeli(p: Participant, text: str, actor: Participant, named: set[str]) -> bool:
    """Coded Israeli, another country no mention of the sentence names (`named`), or none, only by where the
    sentence or article is: a generic noun (with a sector) or an unlisted name, no authority, not (unless Israeli)
    right after the actor, its adjective (مستوطنون متطرفون), whose own words and the two words before them that are
    not the actor's (النائب الإسرائيلي X) name no Israel nor a settler."""
    a = p.actor
    if a.country in named - {"ISR"} or a.country == "PSE" or a.id is not None or a.kind not in ("generic", "person") \
            or a.sector in _NOT_LOCAL or not a.country and not a.sector and a.kind == "generic":
        return False
    span = p.named_span()
    own = actor.named_span()
    if a.country != "ISR" and own.end <= span.start and not text[own.end:span.start].strip():  # مستوطنون متطرفون
        return False
    before = text[own.end if own.end <= span.start else 0:span.start].split()[-2:]
    words = normalize(" ".join([*before, text[span.start:span.end]])).norm
    return not any(w in words for w in _ISRAELI)


def occupation_targets(events: list[Event], text: str, mentions: list[Mention]) -> list[Event]:
    """The document's events with the Palestinian targets of Israeli attacks and coercion set right (see the module's
    note); `mentions` are the article's."""
    countries = {m.actor.country for m in mentions if m.actor is not None and m.actor.country}
    if "PSE" not in countries or "ISR" not in countries:
        return events
    out = []
    for e in events:
        r = e.recipient
        if e.event_type in _TYPES and e.actor is not None and e.actor.actor.country == "ISR" and r is not None \
                and _localised_israeli(r, text, e.actor, {m.actor.country for m in mentions if m.actor is not None
                                                          and m.actor.country and m.sentence == e.sentence[0]}):
            a = r.actor
            r = replace(r, actor=replace(a, country="PSE", code=make_code("PSE", a.sector)))
            e = replace(e, recipient=r)
        out.append(e)
    return out
