"""Who is behind an act told in the impersonal passive, تم / جرى + a verbal noun (used by events/roles).

وتم ضبط أسلحة، تم حظر 18 شبكة، تمت مصادرته: the verbal noun after a passive light verb names no author; its genitive
suffers the act and a party named before it in its clause (the gunmen whose weapons were seized, the firm whose
networks were blocked) did not do it. Its author is the party of an agent phrase after it (من قبل، على يد), else a
state authority — a government, court, prosecutor, police, army or intelligence body — named bare before it in its
clause (وبعد مراجعة النيابة العمومية تمت مداهمة: the raid was done on its word; events/security_unit then names the
body that acts), else no one (the caller carries the speaker or subject over to one shaped as a verb).

`unnamed_doers` then, after the ranker, keeps such an act's author unguessed: of an act told impersonally — a verbal
noun after تم / جرى / يتم (تم فتح تحقيق في الحادثة; not يجري, also the active يُجري محادثات) or the arrest of ألقي
القبض (spelt with ي: the passive; the active is ألقى) — the author is only the party of an agent phrase (من قبل
الشرطة، على يد مسلحين), a speaker or subject carried over (قالت الشرطة إنه تم القبض على: the police's own arrest), a
bare state authority named before it in the sentence, the sides after بين (اتفاق تم التوصل إليه بين X وY), or for an
arrest, a charge or a hosting an authority named anywhere in the sentence or the state of the town it is told in,
which takes the role when no one else does (تم حجز زورق في بنزرت: Tunisia's own, as events/authority_place); a party
the rules or the ranker took from elsewhere — the patient's nationality, a genitive, a destination — is no author,
and the actor is left unnamed (`|actor:unnamed`, so nothing later fills it). (Voweled passive verbs are left to the
rules: قُتل X بغارات التحالف names its author by the circumstance, which no agent phrase marks.) Last, an actor that
is only the nationality adjective of the place an act is told in is left unnamed too (events/place_adjective).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from marsad.events import cues
from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.place_adjective import place_actors
from marsad.events.record import Event, Participant, Span

_AUTHORITIES = frozenset({"GOV", "JUD", "COP", "MIL", "SPY"})
_REACH = 8  # tokens between the authority and the light verb
_LIGHT = cues.PASSIVE_LIGHT - {"يجري"}  # (يُجري محادثات: he holds talks, active)
# acts a state's own authorities do on its ground: the state of the place named is their author (events/authority_place)
_OWN_GROUND = frozenset({"COERCE", "ACCUSE", "CONSULT"})
_CAST = re.compile(r"[أا]\u064f?لق\u0650?ي\u064e?$")  # ألقي / أُلقِيَ (القبض): the passive (active: ألقى)


def authority_before(hit_i: int, toks: Sequence[str], before: Sequence[Arg]) -> Arg | None:
    """The last bare state authority before the light verb at hit_i - 1, in its clause, else None."""
    for a in reversed(before):
        if hit_i - a.j > _REACH or any(w in cues.CLAUSE_BREAKS for w in toks[a.j:hit_i]):
            return None
        if a.prep is None and not a.place and a.actor.sector in _AUTHORITIES:
            return a
    return None


def _passive_told(e: Event, toks: Sequence[str], text: str) -> bool:
    """The event's trigger is told impersonally (see the module): after a passive light verb or ألقي (القبض)."""
    i = e.token
    if i > 0 and toks[i - 1] in _LIGHT:
        return True
    words = text[:e.trigger.start].split()
    return e.trigger.text.startswith("القبض") and bool(words) and bool(_CAST.search(words[-1].lstrip("وف")))


def _covers(p: Participant, a: Arg) -> bool:
    return p.span.start < a.end and a.start < p.span.end


def unnamed_doers(events: list[Event], sentence_args: dict[int, tuple[list[Arg], list[str]]],
                  text: str) -> list[Event]:
    """The events with the actor of an act told impersonally left unnamed unless an agent phrase, a bare authority
    before it or a carried speaker or subject names it (see the module)."""
    out = []
    for e in events:
        found = sentence_args.get(e.sentence[0])
        if e.actor is None or e.actor.implicit or found is None or not _passive_told(e, found[1], text):
            out.append(e)
            continue
        args, toks = found
        before = [a for a in args if a.j <= e.token - 1]
        named = [a for a in args if a.i > e.token and agent_marked(toks, a.i)]
        if (by := authority_before(e.token, toks, before)) is not None:
            named.append(by)
        # (ذكر المسؤول الأمني أنه تم فتح قضية: an authority telling of it; تم حجز زورق في بنزرت: the state's own)
        named += [a for a in before if a.prep is None and not a.place and a.actor.sector in _AUTHORITIES]
        # (اتفاق تم التوصل إليه بين روسيا والنظام: the sides it is between)
        named += [a for a in args if a.prep == "بين" or a.j > e.token and a.i - 1 >= 0 and toks[a.i - 1] == "بين"]
        ground = _ground(e, args) if e.event_type in _OWN_GROUND else []
        if e.event_type in _OWN_GROUND:  # (تمت إحالته على القضاء: the court named anywhere in the sentence)
            named += [a for a in args if a.actor.sector in _AUTHORITIES and not a.place]
        if any(_covers(e.actor, a) for a in named + ground):
            out.append(e)
            continue
        rule = e.rule.replace("|actor:ranked", "")
        if ground:  # (تم القبض على المشتبه به في كولونيا: Germany's own arrest, as events/authority_place)
            a = ground[0]
            out.append(replace(e, actor=Participant(Span(text[a.start:a.end], a.start, a.end), a.actor),
                               rule=rule + "|actor:ground"))
            continue
        out.append(replace(e, actor=None, rule=rule + ("" if "|actor:unnamed" in rule else "|actor:unnamed")))
    return place_actors(out, sentence_args)  # (مدينة X الألمانية: where, not who; events/place_adjective)


def _ground(e: Event, args: list[Arg]) -> list[Arg]:
    """The towns and regions of a state named in the sentence, and a state after في / بـ, nearest the trigger
    first (the act's ground)."""
    towns = [a for a in args if (a.actor.kind == "place" or a.place and a.actor.kind == "country")
             and a.actor.sector is None and a.actor.country]
    return sorted(towns, key=lambda a: (a.i < e.token, abs(a.i - e.token)))
