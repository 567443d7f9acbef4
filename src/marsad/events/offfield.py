"""Sports and entertainment: an act whose every party is a sports or entertainment one is no political event.

The judging guide leaves sports and entertainment out (docs/judging.md): a club asking its federation for foreign
referees, a racing driver accusing a rival, a singer refusing to confirm a rumour, an actor declining to chair a
festival are no political events. events/counting already asks a political party of a sentence that speaks of
matches or leagues (and `sports_report` here tells an article mostly about sport); `OffField` reads the parties
themselves, after the ranker, so that a sentence with no such word still tells. A party is *off the field* when its
own words name it as one of sport or entertainment —

* the noun it opens with, or, for a name or a nationality, the noun right before it, also past a comma or one
  adjective: اللاعب، النجم، المدرب، المخرجة X، للفنان، المطرب الكبير X (data/org_heads.yaml `offfield_heads`);
* for a nationality or a country, the noun of the game right before it: السائق الدنماركي، للسباق البريطاني، للكرة
  السعودية (`offfield_nations`);
* a title or an office right before a club or a festival: رئيس نادي X، رئاسة المهرجان (`offfield_bodies`), and
  a federation with a word of the ball after it: اتحاد القدم السعودي، الاتحاد الأوروبي للعبة;
* a listed body of sport, whatever words name it: a club, a federation, FIFA (`sport: true` in the organisation
  dictionaries): نفى الهلال السعودي التعاقد مع لاعب، تعادل ليفربول الإنجليزي مع إيفرتون.

A counted event is marked not reported (it stays in the output, as the other counting rules leave theirs) when a
named party is off the field and every party is — a named one off the field, an implicit one (a carried subject)
neither a state nor of a political sector — and its sentence names no political body or office but off the field
ones: a court, the police, an army, a minister or the state (الدولة) there keeps it political (a singer denies
charges over clashes with the army, a festival asks a state to let a director travel, a director's film blames the
state), and a state, a state body or an office as a party does too (a singer appeals to the president, a state
rejects a federation's charges) unless its own words make it the sport's (رئاسة المهرجان). Not an attack or a
protest, which the learned checks vet by their targets, nor a coercion: an arrest or a sentence is the state's act,
whoever the sentence names first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.doc import Document
from marsad.events import show
from marsad.events.crime import Crime
from marsad.events.daily_life import DailyLife
from marsad.events.mishap import Mishap
from marsad.events.record import Event, Participant, Span
from marsad.events.site_visit import SiteVisit
from marsad.text.normalize import norm_words
from marsad.text.tokenize import bare_in

_POLITICAL = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY IGO NGO".split())
_EXEMPT = frozenset({"ASSAULT", "PROTEST", "COERCE"})
_NAMED = frozenset({"person", "nationality", "country", "organisation"})
_COMMA = frozenset({"،", ","})
_TITLES = norm_words("رئيس رئيسة رئاسة مدير مديرة مالك إدارة لرئيس برئاسة ورئيس")
_FEDERATIONS = norm_words("اتحاد الاتحاد لاتحاد للاتحاد والاتحاد")
_BALL = norm_words("القدم لكرة الكرة للعبة اللعبة السلة")
_STATE = norm_words("الدولة للدولة بالدولة والدولة")  # (no dictionary codes the bare word: محملا الدولة)


def sports_report(doc: Document, sports: frozenset[str]) -> bool:
    """A quarter or more of the article's sentences (two at least) speak of matches, leagues or teams (`sports`: the
    words that say so, with their proclitics): each of its sentences is read as sports (حمل مسؤولو النادي المدرب
    مسؤولية التراجع، زيارة الاتحاد لأبوظبي)."""
    marked = sum(1 for ntoks in doc.norm_tokens if not sports.isdisjoint(t for _, _, t in ntoks))
    return marked >= max(2, len(doc.norm_tokens) / 3)


@dataclass(frozen=True)
class OffField:
    """The words that name a party of sport or entertainment (normalised; see the module)."""

    heads: frozenset[str] = frozenset()  # without the article: لاعب، فنانة
    nations: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    sites: SiteVisit = SiteVisit()  # a visit that meets no one (events/site_visit)
    crime: Crime = Crime()  # an assault told as an ordinary crime (events/crime)
    mishap: Mishap = Mishap()  # an assault, threat or coercion by a natural hazard or an accident (events/mishap)
    daily: DailyLife = DailyLife()  # a call or a refusal of an everyday act of health or habit (events/daily_life)
    sport_ids: frozenset[str] = frozenset()  # ids of the organisations marked `sport: true`

    def mark(self, doc: Document, events: list[Event]) -> list[Event]:
        """`events` with each counted one whose parties are all off the field (see the module), or that is told in
        a show, a firm's dealings or a private visit (events/show), or that is a visit meeting no one (a field
        visit to the visitor's own country, a holy site: events/site_visit), or that is an assault told as an ordinary
        crime (events/crime), a natural or accidental mishap (events/mishap) or a call or refusal of an everyday act
        (events/daily_life), not reported."""
        events = self.crime.mark(doc, self.sites.mark(doc, show.mark(doc, events)))
        events = self.daily.mark(doc, self.mishap.mark(doc, events))
        if not self.heads:
            return events
        spans: dict[int, list[tuple[int, int]]] = {}  # a sentence's tokens' original spans, mapped once
        return [replace(e, reported=False) if e.reported and e.event_type not in _EXEMPT and self._off(doc, e, spans)
                else e for e in events]

    def _off(self, doc: Document, e: Event, mapped: dict[int, list[tuple[int, int]]]) -> bool:
        nz = doc.normalized
        if nz is None or e.sentence[0] >= len(doc.norm_tokens):
            return False
        ntoks = doc.norm_tokens[e.sentence[0]]
        spans: list[tuple[int, int]] = []  # the tokens' original spans, mapped once a named party needs them
        toks = [t for _, _, t in ntoks]
        named = 0
        for p in (e.actor, e.recipient):
            if p is None:
                continue
            if p.implicit:
                if p.actor.sector in _POLITICAL or p.actor.kind == "country":
                    return False
                continue
            if not spans:
                if (k := e.sentence[0]) not in mapped:
                    mapped[k] = [nz.to_orig(s, t) for s, t, _ in ntoks]
                spans = mapped[k]
            if not self._party(p, toks, spans):
                return False
            named += 1
        # (a political body or office the sentence names, but the sport's own: رئاسة المهرجان; the state)
        return named > 0 and _STATE.isdisjoint(toks) and not any(
            m.sentence == e.sentence[0] and m.actor is not None and m.actor.sector in _POLITICAL
            and not self._party(Participant(Span(m.text, m.start, m.end), m.actor), toks, spans)
            for m in doc.mentions)

    def _party(self, p: Participant, toks: list[str], spans: list[tuple[int, int]]) -> bool:
        inside = [k for k, (s, t) in enumerate(spans) if s >= p.span.start and t <= p.span.end]
        if not inside:
            return False
        i, j = inside[0], inside[-1] + 1
        if toks[i] in _FEDERATIONS and any(t in _BALL for t in toks[i + 1:j + 1]):
            return True  # اتحاد القدم السعودي، الاتحاد الأوروبي للعبة
        if p.actor.kind == "organisation" and p.actor.id in self.sport_ids:
            return True  # a listed club or federation: الهلال السعودي، الفيفا
        if p.actor.kind == "organisation" and p.actor.sector in _POLITICAL:
            return False  # a listed body of a political sector is what the dictionary says: نادي الأسير، NGO
        if self._head(toks[i]):  # اللاعب X، المخرجة X، للفنان
            return True
        if toks[i] in _TITLES and {toks[k] for k in (i + 1, j) if k < len(toks)} & self.bodies:
            return True  # رئيس نادي X، رئاسة المهرجان
        if p.actor.sector in _POLITICAL or p.actor.kind not in _NAMED or i == 0:
            return False  # (a body or an office is the sport's only by its own words)
        if p.actor.kind in ("nationality", "country") and toks[i - 1] in self.nations:
            return True  # السائق الدنماركي، للكرة السعودية
        return self._head(toks[i - 1]) or i > 1 and self._head(toks[i - 2]) and (
            toks[i - 1] in _COMMA or toks[i - 1].startswith("ال") and p.actor.kind == "person")

    def _head(self, w: str) -> bool:
        return bare_in(w, self.heads)
