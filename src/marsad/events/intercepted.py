"""Who intercepts a missile is its target's defender, not a party to the launch (applied before events/aimed).

In اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون، or أعلنت السعودية اعتراض صاروخين أطلقا من اليمن، the
party named next to the word of intercepting (اعترض، اعتراض، تصدى، أسقط) before the launch's trigger defends its own
state: the launch's target is that state (its country alone — the missile was fired at the state, not at its air
defence), never its author. When it was taken as the author, the من phrase taken as the target (أطلقت من اليمن) is
where the missile came from: the author. A word of direction after the trigger (باتجاه جازان) still names the target
(events/aimed runs after).
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events.record import Event, Participant
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm

_LAUNCH = "assault-launch-missiles"
# the words of intercepting or shooting down (with و/ب/ل/ال before them): stems in the matching form
_STEMS = ("اعترض", "اعتراض", "تصدت", "تصدى", "يتصدى", "تتصدى", "التصدي", "اسقط", "اسقاط", "تسقط", "يسقط")
_WORD = re.compile(r"[\w\u064B-\u065F\u0670]+")
_AFTER = 30  # characters from the interceptor's end to the word of intercepting (its verb after it: SVO)
_BEFORE = 30  # characters from the word of intercepting to the interceptor (its verb or masdar before it)
_TO_TRIGGER = 90  # characters from the word of intercepting to the launch's trigger
_ORIGIN = re.compile(r"من\s+(?:(?:داخل|الأراضي|أراضي)\s+)*$")  # (أطلقت من اليمن، من داخل الأراضي اليمنية)


def _intercepts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the words of intercepting between `lo` and `hi`."""
    out = []
    for w in _WORD.finditer(text, lo, hi):
        n = norm(w.group())
        if n.startswith(_STEMS) or n[:1] in "وبل" and n[1:].startswith(_STEMS) or n.startswith("ال") and \
                n[2:].startswith(_STEMS):
            out.append((w.start(), w.end()))
    return out


def _is_interceptor(p: Participant | None, words: list[tuple[int, int]]) -> bool:
    """Whether `p`, named before the launch's trigger, stands next to a word of intercepting."""
    return p is not None and not p.implicit and any(
        0 <= s - p.span.end <= _AFTER or 0 <= p.span.start - e <= _BEFORE for s, e in words)


def _state(p: Participant) -> Participant:
    """The interceptor's state, on its own span."""
    c = p.actor.country
    return Participant(p.span, Actor(None, c, None, c, c, "country"))


def intercepted(events: list[Event], text: str) -> list[Event]:
    """The document's launches of missiles with the party that intercepted them taken as their target's state
    (see the module's note)."""
    out = []
    for e in events:
        if e.event_type == "ASSAULT" and _LAUNCH in e.rule:
            lo = max(e.sentence[1], e.trigger.start - _TO_TRIGGER)
            words = _intercepts(text, lo, e.trigger.start)
            a, r = e.actor, e.recipient
            before = [p for p in (a, r) if p is not None and p.span.end <= e.trigger.start and p.actor.country]
            a_int = a is not None and a in before and _is_interceptor(a, words)
            r_int = r is not None and r in before and _is_interceptor(r, words)
            if a is not None and a_int:
                origin = r is not None and r.span.start > e.trigger.end and \
                    _ORIGIN.search(text, max(0, r.span.start - 24), r.span.start) is not None
                kept = r is not None and not r_int and not origin and r.span.start > e.trigger.end
                e = replace(e, actor=r if origin else None, recipient=r if kept else _state(a))
            elif r is not None and r_int:
                e = replace(e, recipient=_state(r))
        out.append(e)
    return out
