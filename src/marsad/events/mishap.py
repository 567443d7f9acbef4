"""Mishaps: an assault, a threat or a coercion whose cause is a natural hazard or an accident is no political event.

The judging guide leaves out what no party did on purpose (docs/judging.md): passengers killed in a train crash,
a helicopter's crew dead when it came down, a storm that kills a child, helicopters dropping water on a wildfire,
the threat of a rising sea to a coast, an airport closed for a cyclone. An ASSAULT, a THREATEN or a COERCE is marked
not reported (it stays in the output, as events/crime and events/offfield leave theirs) when, within twelve words
around the trigger (not past a quote mark or a reason, لأنه: threats to a man who spoke of a plane crash are no
mishap), its sentence tells a mishap (data/org_heads.yaml):

* `mishap_words`: one word, past its proclitics — تحطم، زلزال، إعصار، عاصفة، فيضانات، غرق، الإطفاء;
* `mishap_pairs`: two words in a row — حادث سير، حادث قطار، حريق غابات، ارتفاع مستوى (البحر)، خلل فني، سيول جارفة
  (not سيول alone, also Seoul);
* `mishap_anaphora`: a word taking up a mishap — الحادث، الكارثة — when the sentence or the one before it tells one
  by the words above: وقتل 40 راكبا في الحادث after a sentence on a train crash;

and no word of the sentence (nor of the one before, for an anaphora) tells a hostile act (`mishap_hostile`: قصف،
أسقط، صاروخ، مسلحون، تفجير، عبوة، هجوم ...): a plane that crashed after a missile hit it, a bomb in a storm, a
killing by gunmen during floods stay counted. Nor when a party of the act is an armed group or a spy agency (REB,
SPY), whose acts are no accidents.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.doc import Document
from marsad.events.record import Event
from marsad.knowledge.records import Knowledge
from marsad.text.normalize import norm_words
from marsad.text.tokenize import bare_forms

_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE"})
_ARMED = frozenset({"REB", "SPY"})
_WINDOW = 12  # words on each side of the trigger
_BREAKS = norm_words('" « » “ ” لأن لأنه لأنها لأنهم')


@dataclass(frozen=True)
class Mishap:
    """The words that tell a natural hazard or an accident, and those of a hostile act (normalised; see the module)."""

    words: frozenset[str] = frozenset()
    pairs: frozenset[str] = frozenset()  # two words, space-separated
    anaphora: frozenset[str] = frozenset()
    hostile: frozenset[str] = frozenset()

    @classmethod
    def from_knowledge(cls, kb: Knowledge) -> Mishap:
        """The word lists of org_heads.yaml `mishap_*`."""
        return cls(kb.mishap_words, kb.mishap_pairs, kb.mishap_anaphora, kb.mishap_hostile)

    def mark(self, doc: Document, events: list[Event]) -> list[Event]:
        """`events` with each counted assault, threat or coercion told as a natural or accidental mishap not
        reported."""
        if not (self.words or self.pairs):
            return events
        return [replace(e, reported=False) if e.reported and e.event_type in _TYPES and self._mishap(doc, e)
                else e for e in events]

    def _told(self, stems: list[set[str]]) -> bool:
        """The stems tell a mishap by a word or a pair of words."""
        return any(s & self.words for s in stems) or any(
            f"{a} {b}" in self.pairs for k in range(len(stems) - 1) for a in stems[k] for b in stems[k + 1])

    def _hostile(self, stems: list[set[str]]) -> bool:
        return any(s & self.hostile for s in stems)

    def _mishap(self, doc: Document, e: Event) -> bool:
        si = e.sentence[0]
        if si >= len(doc.norm_tokens) or any(p is not None and p.actor.sector in _ARMED
                                             for p in (e.actor, e.recipient)):
            return False
        ntoks = doc.norm_tokens[si]
        stems = [bare_forms(t, 2) for _, _, t in ntoks]  # (the whole sentence is read for a hostile act)
        if self._hostile(stems):
            return False
        i = e.token if 0 <= e.token < len(ntoks) else len(ntoks) // 2
        toks = [t for _, _, t in ntoks]
        lo = max([max(0, i - _WINDOW)] + [k + 1 for k in range(max(0, i - _WINDOW), i) if toks[k] in _BREAKS])
        hi = min([min(len(toks), i + _WINDOW + 1)] + [k for k in range(i + 1, min(len(toks), i + _WINDOW + 1))
                                                       if toks[k] in _BREAKS])
        near = stems[lo:hi]  # (not past a quote mark or a reason, لأنه: what someone said or why)
        if self._told(near):
            return True
        if not any(s & self.anaphora for s in near) or si == 0:
            return False
        before = [bare_forms(t, 2) for _, _, t in doc.norm_tokens[si - 1]]
        return not self._hostile(before) and (self._told(before) or self._told(stems))
