"""Whether a coded event counts as one that happened, by its parties (the event stage marks the rest `reported`
false; they stay in the output).

As in PETRARCH and ICEWS, an event counts only when its source can be coded: a country or a political sector. For
an attack or a protest, which the learned check vets, the target will do (انفجرت سيارة مفخخة في بغداد). "A visit",
"the singer thanked his fans" are no events. In a sports report (رفض المدرب ... قبل مباراة الغد) only a political
party makes one; in an article mostly about sports, a sentence that names no sport still needs a political party
or a state, and a meeting a political party (تلتقي آيسلندا مع نيجيريا there is a match, its sides teams). A
meeting needs a state or an official on one side (التقت امرأة بأخيه is no consultation), and a consultation
or cooperation needs two parties (a visit to a school, a meeting of one body, a firm investing in technology). A
rape or sexual assault (the trigger's mode `sexual`) is a crime, not a political event, unless a political party
or a state is on a side: forces, an armed group or a state's agents (اغتصاب على أيدي قوات الأمن).
An attack whose very means is political violence — a bomb, a car bomb, a suicide attack, an assassination (the
trigger's mode `explosives`, `suicide-attack`, `assassinate`) — counts with neither party coded when the learned
check vets it: انفجرت قنبلة في سوق بلدة حدودية فأصيب عشرون شخصا is a bombing whoever set it and wherever it was.
"""

from __future__ import annotations

from marsad.events.record import Participant

_POLITICAL = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY IGO NGO".split())
_ARMED_MEANS = frozenset({"explosives", "suicide-attack", "assassinate"})  # an attack political by its means


def _coded(p: Participant | None) -> bool:
    """A participant with a country or a political sector (a state, its bodies, armed groups, IGOs, NGOs)."""
    return p is not None and (p.actor.country is not None or p.actor.sector in _POLITICAL)


def _official(p: Participant | None) -> bool:
    """A state, a body or a person with a public role (not a private person)."""
    return p is not None and p.actor.sector not in ("CVL", "UNK") and (p.actor.country or p.actor.sector) is not None


def _state(p: Participant | None) -> bool:
    return p is not None and p.actor.kind == "country"


def _political(p: Participant | None) -> bool:
    return p is not None and p.actor.sector in _POLITICAL


def counts(event_type: str, actor: Participant | None, recipient: Participant | None, by_target: bool,
           sport: bool, loose: bool, mode: str | None = None) -> bool:
    """Whether the parties make the event count. `by_target`: an attack or protest the learned check vets, which
    its target alone may carry, or a meeting held at a named venue (events/venues), whose counterparts may go unnamed:
    قمة هلسنكي، اجتماع للأطراف بالخرطوم; `sport`: the sentence speaks of sports; `loose`: it stands in a sports
    report; `mode`: the trigger's (`sexual`: a rape by a private person is ordinary crime; `explosives`,
    `suicide-attack`, `assassinate`: an attack that counts vetted with no party)."""
    if event_type in ("CONSULT", "COOPERATE") and recipient is None and not (event_type == "CONSULT" and by_target):
        return False
    armed = event_type == "ASSAULT" and mode in _ARMED_MEANS  # (a bombing that names no party)
    if not (_coded(actor) or by_target and (_coded(recipient) or armed)):
        return False
    if sport and not (_political(actor) or by_target and _political(recipient)):
        return False
    if (loose or mode == "sexual") and not (_political(actor) or _political(recipient)
                                            or _state(actor) and event_type != "CONSULT"):
        return False
    return not (event_type == "CONSULT" and not (_official(actor) or _official(recipient)))
