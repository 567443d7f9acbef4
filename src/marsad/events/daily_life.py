"""Daily life: a call, an urging or a refusal whose object is an everyday act of health or habit is no political event.

The judging guide leaves out advice and habits of private life (docs/judging.md): a doctor who urges people to
switch off their phones at night, gamers who go without sleep, an official's advice to wash one's hands are no
political requests or refusals. A REQUEST or a REJECT is marked not reported (it stays in the output, as
events/crime and events/mishap leave theirs) when one of the words right after its trigger — up to six, its
preposition and a verbal noun between (حث X على إغلاق الهواتف، يمتنعون عن النوم، دعا إلى الإقلاع عن التدخين) — is a word
of daily life (data/org_heads.yaml `daily_objects`), and no party is a state by its name or a body of a political
sector but the one who gives the advice: the recipient is none or a private party (دعت الوزارة المواطنين إلى
الإقلاع عن التدخين is advice; طالبت الوزارة الحكومة بـ is not read here, its recipient being political).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.doc import Document
from marsad.events.record import Event, Participant
from marsad.knowledge.records import Knowledge
from marsad.text.tokenize import bare_forms

_TYPES = frozenset({"REQUEST", "REJECT"})
_POLITICAL = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY IGO NGO".split())
_AFTER = 6  # words after the trigger


def _political(p: Participant | None) -> bool:
    return p is not None and (p.actor.sector in _POLITICAL or p.actor.kind == "country")


@dataclass(frozen=True)
class DailyLife:
    """The words of everyday acts of health or habit (normalised; see the module)."""

    objects: frozenset[str] = frozenset()

    @classmethod
    def from_knowledge(cls, kb: Knowledge) -> DailyLife:
        """The word list of org_heads.yaml `daily_objects`."""
        return cls(kb.daily_objects)

    def mark(self, doc: Document, events: list[Event]) -> list[Event]:
        """`events` with each counted request or refusal of an everyday act not reported."""
        if not self.objects:
            return events
        return [replace(e, reported=False) if e.reported and e.event_type in _TYPES and self._daily(doc, e)
                else e for e in events]

    def _daily(self, doc: Document, e: Event) -> bool:
        si, i = e.sentence[0], e.token
        if i < 0 or si >= len(doc.norm_tokens) or _political(e.recipient):
            return False
        toks = [t for _, _, t in doc.norm_tokens[si]]
        return any(bare_forms(t, 2) & self.objects for t in toks[i + 1:i + 1 + _AFTER])
