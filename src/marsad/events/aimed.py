"""Where an attack is aimed, told after a word of direction (after the ranker).

A missile or a drone launched باتجاه / نحو / صوب / تجاه a town or a country (باتجاه مدينة جازان، نحو أراضي المملكة)
hits that place's state. It is the attack's target in place of a place, a country or a nationality named before the
word of direction — where the attack was launched from (من داخل الأراضي اليمنية، من محافظة صعدة) or a title's (المتحدث
باسم التحالف لدعم الشرعية في اليمن) — and, a country (باتجاه السعودية، نحو أراضي المملكة), in place of no recipient.

A bare word that names a country only by context (bare_names.yaml) is that country when aimed at after a word of
direction: the bare المملكة, past أراضي, with no word of another kingdom's name after it (المملكة المتحدة، المملكة
المغربية), is Saudi Arabia when the article names Saudi Arabia and no other kingdom that calls itself so at home
(Morocco, Jordan, Bahrain).
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.doc import Mention
from marsad.events.authors import ATTACK_NOUNS, CLASH_NOUNS
from marsad.events.intercepted import intercepted
from marsad.events.record import Event, Participant, Span
from marsad.knowledge.records import Actor, BareNames, ContextName
from marsad.text.normalize import norm, norm_words, normalize

_DIRECTION = re.compile(r"(?:باتجاه|بإتجاه|بالاتجاه|نحو|صوب|تجاه)\s+(?:(?:أراضي|أراضى|اراضي|الأراضي|عمق)\s+)?")
_WORD = re.compile(r"\s*([\w\u064B-\u065F\u0670]+)")  # a word and its vowel marks, after spaces
_PLACES = frozenset({"place", "country", "nationality"})  # (الأراضي اليمنية: a nationality)
# another act told between the trigger and the word of direction (قتل فلسطيني في غارة ... بعد إطلاق صاروخين باتجاه X):
# the direction is that act's
_ACTS = ATTACK_NOUNS | CLASH_NOUNS | norm_words("اطلاق")
_MOVING = ("متجه", "متوجه", "متجها", "متوجها")  # (قارب متجها صوب X: a mover's way, not where a shot is aimed)
_REACH = 160  # characters after the trigger, within its sentence
_NEAR = 12  # characters from the word of direction to the place's name (مدينة, محافظة may stand between)


def _bare_name(text: str, at: int, names: tuple[ContextName, ...]) -> Participant | None:
    """The bare word at `at` that one of `names` (those the article's context allows) makes a country, unless a
    word that names another one follows it; normalised words compared, the span on the original text."""
    w = _WORD.match(text, at)
    n = next((n for n in names if w is not None and w.start(1) == at and norm(w.group(1)) == n.word), None)
    if w is None or n is None or (q := _WORD.match(text, w.end())) is not None and norm(q.group(1)) in \
            n.unless_followed_by:
        return None
    return Participant(Span(w.group(1), w.start(1), w.end(1)), Actor(None, n.country, None, n.country, n.country,
                                                                        "country"))


def _aimed_at(e: Event, text: str, mentions: list[Mention], names: tuple[ContextName, ...]
              ) -> tuple[int, Participant] | None:
    """Where the word of direction after the attack's trigger starts, and the place it names."""
    d = _DIRECTION.search(text, e.trigger.end, min(e.sentence[2], e.trigger.end + _REACH))
    if d is None or any(w.removeprefix("و").removeprefix("ب").removeprefix("ل").removeprefix("ال") in _ACTS
                        or w.startswith(_MOVING) for w in normalize(text[e.trigger.end:d.start()]).norm.split()):
        return None
    m = next((m for m in mentions if m.actor is not None and m.actor.country and m.actor.kind in _PLACES
              and d.end() <= m.start <= d.end() + _NEAR and m.end <= e.sentence[2]), None)
    if m is not None:
        # (a nearer name between the word of direction and the mention — باتجاه قوات الجيش في مأرب — is no place)
        between = text[d.end():m.start].split()
        if len(between) > 1 or between and not between[0].endswith(("مدينة", "محافظة", "منطقة", "مدينه", "محافظه")):
            return None
        return d.start(), Participant(Span(m.text, m.start, m.end), m.actor)
    bare = _bare_name(text, d.end(), names)
    return None if bare is None else (d.start(), bare)


def aimed_targets(events: list[Event], text: str, mentions: list[Mention], bare: BareNames) -> list[Event]:
    """The document's attacks given the place they are aimed at as their target (see the module's note); `bare`:
    the words that name a country by context (bare_names.yaml)."""
    countries = {m.actor.country for m in mentions if m.actor is not None and m.actor.country}
    names = tuple(n for n in bare.names if n.country in countries and not countries & n.unless_named)
    out = []
    for e in intercepted(events, text):  # (an interceptor taken as a side of the launch: events/intercepted)
        r = e.recipient
        if e.event_type == "ASSAULT" and not e.negated and (r is None or r.actor.kind in _PLACES) and (
                aim := _aimed_at(e, text, mentions, names)) is not None:
            at, target = aim
            if r is None and target.actor.kind == "country" or (
                    r is not None and r.span.start < at and r.actor.country != target.actor.country):
                e = replace(e, recipient=target)
        out.append(e)
    return out
