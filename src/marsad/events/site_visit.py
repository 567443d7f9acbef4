"""A field visit to a place meets no one: a visit (CONSULT) whose only other party is a place of the visitor's own
country, or a holy or tourist site, is no consultation.

PLOVER's CONSULT needs two parties; a visit is one when the visitor goes to another party — a state, its officials,
a body. An official's tour of his own country's governorate, port, hospital or camp (زار وزير الأشغال اليمني ميناء
نشطون، أدى الوزير زيارة ميدانية إلى ولاية جندوبة، سارع الوزير التركي إلى زيارة المنطقة المنكوبة في أنطاليا), and a
visit to a holy site (زار الأمير الحرم القدسي) meet no counterpart. Such a visit is coded, not counted (`reported`
false; it stays in the output, as events/counting and events/offfield leave theirs) when:

* its trigger is a visit's (mode `visit`), and its sentence names no meeting — no word of meeting or welcome
  (التقى، استقبل، اجتمع، لقاء، برفقة ...: the host met) and no talks with someone (بحث ... مع);
* and either its recipient, or the words right after the trigger, name a holy or tourist site (الحرم، المسجد
  الأقصى، الأماكن المقدسة، سياحية: any visitor), or the place visited is the visitor's own country's — the recipient
  is a place (a town, a governorate, a port: not a state, which a visit to is one to its government) of the
  visitor's country (or the visitor's country is unknown), or the event's place is, when the recipient names no
  other party — and a word of a field visit stands near the trigger (ميدانية، تفقدية، للاطلاع على) or the words right
  after it name a site (المنطقة، الميناء، المستشفى، المخيم). A tour of a named governorate or town with no such word
  (أدى رئيس الحكومة زيارة إلى ولاية صفاقس) often meets its officials: it stays counted.

A foreign visitor to a town stays counted (زار وزير الخارجية الإيراني مدينة النجف: a visit to Iraq), as does a
visit where a host is met (زار الوزير ولاية X والتقى الوالي). The word lists are data (org_heads.yaml `site_visit_*`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.doc import Document
from marsad.events.record import Event, Participant
from marsad.knowledge.records import Knowledge
from marsad.text.tokenize import bare_in as _in

_AFTER = 4  # words after the trigger that name what is visited (زيارة ميدانية إلى ميناء ...)
_NEAR = 5  # words around the trigger that mark a field visit
_PLACES = frozenset({"place"})


@dataclass(frozen=True)
class SiteVisit:
    """The words of a field visit (normalised, without clitics but for `meetings`; see the module)."""

    fields: frozenset[str] = frozenset()  # ميدانية، تفقدية، للاطلاع
    sites: frozenset[str] = frozenset()  # منطقة، ميناء، مستشفى، مخيم
    holy: frozenset[str] = frozenset()  # حرم، أقصى، مقدسة، سياحية
    meetings: frozenset[str] = frozenset()  # التقى، استقبله، لقاء، برفقة (as written, with their clitics)
    talks: frozenset[str] = frozenset()  # بحث، ناقش: a meeting with مع

    @classmethod
    def from_knowledge(cls, kb: Knowledge) -> SiteVisit:
        """The word lists of org_heads.yaml `site_visit_*`."""
        return cls(kb.site_visit_fields, kb.site_visit_sites, kb.site_visit_holy, kb.site_visit_meetings,
                   kb.site_visit_talks)

    def mark(self, doc: Document, events: list[Event]) -> list[Event]:
        """`events` with each counted visit that meets no one (see the module) not reported."""
        if not self.meetings:
            return events
        return [replace(e, reported=False) if e.reported and e.event_type == "CONSULT" and e.mode == "visit"
                and self._site(doc, e) else e for e in events]

    def _site(self, doc: Document, e: Event) -> bool:
        si, i = e.sentence[0], e.token
        if i < 0 or si >= len(doc.norm_tokens):
            return False
        toks = [t for _, _, t in doc.norm_tokens[si]]
        if i >= len(toks) or self._met(toks):
            return False
        after = toks[i + 1:i + 1 + _AFTER]
        named = _words(doc, si, e.recipient)
        if any(_in(w, self.holy) for w in after + named):
            return True
        near = toks[max(0, i - _NEAR):i + 1 + _NEAR]
        if not any(_in(w, self.fields) for w in near) and not any(_in(w, self.sites) for w in after):
            return False  # (a visit to a governorate, a town, with no word of a field visit: a tour that meets)
        visitor = e.actor.actor.country if e.actor is not None else None
        placed = e.recipient is not None and e.recipient.actor.kind in _PLACES
        if e.recipient is not None and not placed and e.recipient.actor.kind != "generic":
            return False  # (a state, a body, a person: a host)
        # (a site with no country of its own is in the event's place: ميناء نشطون في محافظة المهرة)
        here = (e.recipient.actor.country if placed and e.recipient is not None else None) or (
            e.location.actor.country if e.location is not None else None)
        if here is None or e.actor is not None and e.actor.actor.kind in ("place", "country", "nationality"):
            return False
        return visitor == here or visitor is None and placed

    def _met(self, toks: list[str]) -> bool:
        """The sentence names a meeting (التقى، استقبله، برفقة) or talks with someone (بحث ... مع)."""
        return any(w in self.meetings or w[:1] in "وف" and w[1:] in self.meetings for w in toks) or (
            "مع" in toks and any(_in(w, self.talks) for w in toks))


def _words(doc: Document, si: int, p: Participant | None) -> list[str]:
    """The normalised words of sentence `si` inside a named participant's own span."""
    if p is None or p.implicit or doc.normalized is None:
        return []
    nz = doc.normalized
    return [w for s, t, w in doc.norm_tokens[si] if p.span.start <= nz.to_orig(s, t)[0] < p.span.end]
