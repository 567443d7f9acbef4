"""An event uncounted for its parties alone is counted again once the ranker fills a role.

The event stage decides whether an event counts (events/counting) as it codes it, before the ranker
(events/ranker) gives a role the rules left empty its best participant. A rule that rightly clears a wrong actor
would thus leave the event uncounted even when the ranker then finds the right one. `uncount` marks an event
uncounted as the stage did, and notes those whose parties were the only reason (not the mood, history recalled,
the case of an act, nor the learned check's verdict); `recount` counts them again, by the same test with the
same flags, once the ranker has filled a role. Not a protest: its crowd is made its actor after the ranker
(events/protesters), and a party the ranker finds near an uncounted protest is mostly its place or the authority it
faces (counting them raised the protests the GSR gold does not have).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.counting import counts
from marsad.events.record import Event

Flags = tuple[bool, bool, bool]  # (by_target, sport, loose): the arguments of `counts` besides the parties


def uncount(e: Event, other: bool, flags: Flags, pending: dict[str, Flags]) -> Event:
    """`e` uncounted when `other` (a reason besides its parties) holds or its parties make no event; one reported
    so far and uncounted for its parties alone is noted in `pending` (its id: the flags) for `recount`."""
    if not other and counts(e.event_type, e.actor, e.recipient, *flags, mode=e.mode):
        return e
    if not other and e.reported:
        pending[e.id] = flags
    return replace(e, reported=False)


def recount(events: list[Event], pending: dict[str, Flags]) -> list[Event]:
    """The events noted in `pending` counted when a role the ranker filled makes their parties count."""
    return [replace(e, reported=True) if e.id in pending and not e.reported and ":ranked" in e.rule
            and e.event_type != "PROTEST" and e.modality not in ("future", "conditional")  # (events/shared_mood)
            and counts(e.event_type, e.actor, e.recipient, *pending[e.id], mode=e.mode) else e for e in events]
