"""The surface-form tables of the trigger index (events/triggers): every trigger entry's generated verb and noun
forms (events/forms: قصف → قصفت، يقصفون، القصف) less the function words they collide with (هنأ → هنا), plus the forms
an entry lists itself; and the proclitic prefixes a verb (و ف س ل: وسيقصف) or a verbal noun (also ب ك: بالقصف) may
carry, indexed by a word's first letters."""

from __future__ import annotations

from marsad.events.forms import noun_forms, verb_forms
from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm

_VERB_PREFIXES = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")
_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
CLITIC_START = frozenset(p[0] for p in _VERB_PREFIXES + _NOUN_PREFIXES if p)  # a word may carry a proclitic


def _by_start(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A word's first two letters → the prefixes it starts with, in their listed order (each two-letter prefix comes
    after the one-letter prefix it extends, so the order is "", one letter, two letters)."""
    starts = {p[:1] for p in prefixes if p} | {p for p in prefixes if len(p) == 2}
    return {s: tuple(p for p in prefixes if s.startswith(p)) for s in starts}


VERB_START = _by_start(_VERB_PREFIXES)
NOUN_START = _by_start(_NOUN_PREFIXES)


def prefixes_of(table: dict[str, tuple[str, ...]], tok: str) -> tuple[str, ...]:
    """The prefixes of a table that `tok` starts with, in their listed order."""
    return table.get(tok[:2]) or table.get(tok[:1]) or ("",)


def tables(triggers: tuple[Trigger, ...], blocked: frozenset[str] = frozenset()
            ) -> tuple[dict[str, list[Trigger]], dict[str, list[Trigger]]]:
    """Generated verb and noun forms of every trigger. A generated form that is a function word (`blocked`: هنأ
    normalised and conjugated gives هنا and هناك, آوى gives أوت) is dropped; forms an entry lists itself (`forms`,
    read as verbal nouns, and `verbs`, read as conjugated verbs) are kept."""
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for t in triggers:
        _generated(t, verbs, nouns)
    for table in (verbs, nouns):
        for f in blocked & table.keys():
            del table[f]
    for t in triggers:
        for table, listed in ((nouns, t.forms), (verbs, t.verbs)):
            for f in listed:
                if t not in table.setdefault(norm(f), []):
                    table[norm(f)].append(t)
    return verbs, nouns


def _generated(t: Trigger, verbs: dict[str, list[Trigger]], nouns: dict[str, list[Trigger]]) -> None:
    for p, pr in zip(t.past or ("",) * len(t.present), t.present or ("",) * len(t.past), strict=False):
        for f in verb_forms(p, pr):
            verbs.setdefault(f, []).append(t)
    for p in t.past[len(t.present):]:
        for f in verb_forms(p, ""):
            verbs.setdefault(f, []).append(t)
    for pr in t.present[len(t.past):]:
        for f in verb_forms("", pr):
            verbs.setdefault(f, []).append(t)
    for m in t.masdar:
        for f in noun_forms(m):
            nouns.setdefault(f, []).append(t)

