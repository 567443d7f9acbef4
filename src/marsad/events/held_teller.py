"""Who tells of a coercion, with no subject of its own, is not the one who coerces.

أدان الرئيس الأميركي اعتقال القس ... أمام احتجازه، قال مصدر لوكالة الأنباء إن عملية القبض عليه تمت، تناقلت وسائل
إعلام لحظة إلقاء القبض على، أكد رئيس الحكومة القبض على آخرين: a noun of arrest, detention, siege or ban (or a
passive verb: وألقي القبض عليهم) with no subject of its own takes the speaker or the subject named before it as its
actor (the rules carry it over). A news outlet, civilians, a non-governmental or international organisation, a
lawmaker, or a government's person or officials (a president, a prime minister, officials — not its authorities,
ministries or interior minister, who hold through their police; civilians only for an arrest, a detention or a
sentence: settlers may storm, crowds block) only tell of the act, protest it or suffer it. The actor is then the
state the act happens in — told with في right after a noun of holding or seizing (بعد عامين من الاحتجاز في تركيا،
تمت مصادرته في مطار بغداد), or the في place the rules took for its target —, else the teller's own state as a bare
country (قال مصدر أمني لوكالة تونس إفريقيا للأنباء: Tunisia's unnamed police, which news of an arrest most often
comes from), else the teller stays (an act with no actor would not count: events/counting). A noun of holding
the rules left with no actor takes the state of the place right after it too; the ranker names no such teller
before the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.record import Participant, Span
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

# who never besieges, bans or hacks in the news coded here, carried over from the speaker or a subject; civilians
# hold no one either (but settlers may storm, crowds block: those stay)
_TELLERS = frozenset({"MED", "NGO", "IGO", "LEG"})
_INTERIOR = norm("الداخلية")  # (وزير الداخلية: heads the police that hold)
_HOLDING = ("coerce-arrest", "coerce-detain", "coerce-sentence", "coerce-remand", "coerce-house-arrest",
            "coerce-confiscate", "coerce-seize")  # (the place of a siege or a ban is its target: not these)
_NO_STATE = frozenset({"IGO", "IMG", "UNO", "NGO"})


def tells_only(trigger: str, a: Actor, words: str) -> bool:
    """Whether a party `a` (named by `words`) only tells of a coercion of the trigger entry `trigger` (see the
    module): an outlet, an organisation, a lawmaker, a government's person or officials, civilians of an arrest."""
    if a.sector in _TELLERS or a.sector == "CVL" and trigger.startswith(_HOLDING):
        return True
    return a.sector == "GOV" and a.kind in ("person", "generic") and _INTERIOR not in norm(words)


def teller(event_type: str, trigger: str, actor: Participant | None, doc: Document) -> bool:
    """Whether `actor` is a speaker or an earlier subject carried over to a coercion it only tells of."""
    if event_type != "COERCE" or actor is None or not actor.implicit:
        return False
    named = actor.named_span()
    return tells_only(trigger, actor.actor, doc.text[named.start:named.end])


def holding_place(hit: TriggerHit, recipient: Participant | None, args: list[Arg], toks: list[str], doc: Document
                  ) -> Participant | None:
    """The state a noun of holding is told to happen in, with في: within a few words after it (الاحتجاز في تركيا،
    اعتقاله في مطار إسطنبول), or the place the rules took for its recipient (أدان اعتقال القس في تركيا ... أمام
    احتجازه); else None."""
    if hit.verbal or not hit.trigger.id.startswith(_HOLDING):
        return None
    # (held_subject's _holder reads a verb's place the same way)
    for a in args:
        if a.place and a.prep == "في" and a.actor.country and (hit.j <= a.i <= hit.j + 4 and not any(
                w in (".", "،", ",", "؛") for w in toks[hit.j:a.i]) or recipient is not None
                and a.start == recipient.span.start and recipient.actor.kind in ("place", "country")):
            c = a.actor.country
            return Participant(Span(doc.text[a.start:a.end], a.start, a.end), Actor(None, c, None, c, c, "country"))
    return None


def teller_state(actor: Participant) -> Participant | None:
    """The teller's own state as a bare country, at the trigger the teller was carried to (see the module)."""
    c = actor.actor.country
    if not c or len(c) != 3 or c in _NO_STATE:
        return None
    return Participant(actor.span, Actor(None, c, None, c, c, "country"), implicit=True)
