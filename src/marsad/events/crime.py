"""Ordinary crime: a killing, a rape, an arson or a beating among private persons is no political event.

PLOVER, like ACLED and ICEWS, leaves ordinary crime out (docs/judging.md): a murder over a family quarrel, thieves
who rob a house and set it on fire, a man who kills his wife are not political assaults. events/counting already
leaves out a rape by a private person (the trigger's mode `sexual`); this module reads the crime cue in the
sentence of any assault. An ASSAULT is marked not reported (it stays in the output, as events/offfield and
events/show leave theirs) when its sentence carries a crime cue (data/org_heads.yaml):

* `crime_pairs`: two words in a row — جريمة قتل، جريمة اغتصاب (the trigger right after جريمة)، خلاف عائلي، بدافع
  السرقة، عصابة سرقة;
* `crime_words`: one word, past its proclitics — سرقة، سرقوا، لصوص، ثأر، الفاحشة، and a relative as victim or killer
  (قتل زوجته، طعن شقيقه، والده);

and no political party is on a side of it or named in its sentence: neither party is a state (but a town
standing for the act's place: وقعت جريمة قتل في مدينة X) or of a political sector (a state organ, an armed group, a
party, an official, the media or an NGO), no mention of the sentence is but the police, the prosecution or a court
that pursue the culprit or the outlet that tells it (وفق مراسل إذاعة X): ألقت الشرطة القبض على شاب ارتكب جريمة
قتل stays a crime (a mention that is a party does not), and no word of the sentence makes the killing political
(`crime_political`: اغتيال، إرهابية، الحرب، المتظاهرين، الصحفي، مسلحون، مجهولون، جنود ...): جريمة اغتيال
الصحفي X، جريمة قتل المتظاهرين، جرائم الحرب، a killing by soldiers or unknown gunmen stay counted.
Terror (`crime_terror`: إرهاب، داعش، تبنى ...) is read in the sentences
right before and after as well: قتل رجل والدته وشقيقته ... وقالت السلطات إن داعش تبنى الهجوم stays counted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.doc import Document
from marsad.events.record import Event, Participant
from marsad.knowledge.records import Knowledge
from marsad.text.tokenize import bare_forms

_POLITICAL = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY IGO NGO MED ELI IMG".split())
_PURSUERS = frozenset({"COP", "JUD", "MED"})  # the police and courts pursuing the culprit, the outlet telling it


def _party(p: Participant | None, places: set[tuple[int, int]]) -> bool:
    """A state or a party of a political sector; not a town that the act's place stands for (سوسة as its victim)."""
    return p is not None and (p.actor.sector in _POLITICAL or p.actor.kind == "country"
                              and (p.span.start, p.span.end) not in places)


@dataclass(frozen=True)
class Crime:
    """The words that tell an ordinary crime and those that make a killing political (normalised; see the module)."""

    words: frozenset[str] = frozenset()
    pairs: frozenset[str] = frozenset()  # two words, space-separated
    political: frozenset[str] = frozenset()
    terror: frozenset[str] = frozenset()  # read in the sentences right before and after too

    @classmethod
    def from_knowledge(cls, kb: Knowledge) -> Crime:
        """The word lists of org_heads.yaml `crime_*`."""
        return cls(kb.crime_words, kb.crime_pairs, kb.crime_political, kb.crime_terror)

    def mark(self, doc: Document, events: list[Event]) -> list[Event]:
        """`events` with each counted assault told as an ordinary crime among private persons not reported."""
        if not (self.words or self.pairs):
            return events
        return [replace(e, reported=False) if e.reported and e.event_type == "ASSAULT" and self._crime(doc, e)
                else e for e in events]

    def _crime(self, doc: Document, e: Event) -> bool:
        si = e.sentence[0]
        places = {(m.start, m.end) for m in doc.mentions
                  if m.sentence == si and m.actor is not None and m.actor.kind == "place"}
        if si >= len(doc.norm_tokens) or _party(e.actor, places) or _party(e.recipient, places):
            return False
        toks = [t for _, _, t in doc.norm_tokens[si]]
        stems = [bare_forms(t, 2) for t in toks]
        if any(s & self.political for s in stems) or any(
                bare_forms(t, 2) & self.terror for k in (si - 1, si, si + 1) if 0 <= k < len(doc.norm_tokens)
                for _, _, t in doc.norm_tokens[k]):
            return False
        cued = any(s & self.words for s in stems) or any(
            f"{a} {b}" in self.pairs for k in range(len(toks) - 1) for a in stems[k] for b in stems[k + 1])
        if not cued:
            return False
        spans = {(p.span.start, p.span.end) for p in (e.actor, e.recipient) if p is not None}
        return not any(m.sentence == si and m.actor is not None and (
            m.actor.sector in _POLITICAL and (m.actor.sector not in _PURSUERS or (m.start, m.end) in spans))
            for m in doc.mentions)
