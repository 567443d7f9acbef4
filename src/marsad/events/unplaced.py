"""A name no dictionary lists takes its country only from where it is told (events/localise): the
country the sentence places things in or the article names most. When a visit's host is a state named as such and
that country is the one the visitor took — وزار فلان الصين، وصل فلان إلى روسيا في زيارة — the name took the
country it visits, not its own: a visitor is no citizen of the state he visits (unless the sentence says it is his
own: زيارة إلى بلده، وطنها). Such a visitor is left with no country, so no state visits itself."""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Mention
from marsad.events.record import Participant
from marsad.text.normalize import norm_words

_HOMELAND = norm_words("""بلده بلدها بلدهم بلاده بلادها بلادهم وطنه وطنها وطنهم موطنه موطنها لبلده لبلدها
    لبلاده لبلادها لوطنه لوطنها""")


def unplaced_visitor(mode: str | None, actor: Participant | None, recipient: Participant | None,
                     mentions: list[Mention], toks: list[str]) -> Participant | None:
    """`actor`, a visit's visitor (`mode` the trigger's), without the country it took only from where it is told
    when that is the country the host `recipient` names as a state; `mentions` are the article's, `toks` the
    sentence's normalised words."""
    if mode != "visit" or actor is None or recipient is None or recipient.actor.kind != "country":
        return actor
    a = actor.actor
    if a.kind != "person" or a.id is not None or a.sector is not None or not a.country \
            or a.country != recipient.actor.country or not _HOMELAND.isdisjoint(toks):
        return actor
    span = actor.named_span()
    inside = [m for m in mentions if span.start <= m.start and m.end <= span.end and m.actor is not None]
    if not inside or any(m.type != "PER" or m.nominal or m.actor is not None and m.actor.country for m in inside):
        return actor  # (a name only, no title or noun: its own words name no country — not الكوري فلان، عمال)
    return replace(actor, actor=replace(a, country=None, code=None))
