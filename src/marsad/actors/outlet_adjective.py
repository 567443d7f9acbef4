"""A nationality adjective closing a news outlet's name is the outlet's, not a party of its own: صحيفة "ديلي ميل"
البريطانية، وفق ما ذكرت صحيفة "صن" البريطانية، قناة "الجزيرة" القطرية. The adjective comes after the outlet's
name — one the dictionaries list (ديلي ميل: MED already) or a quoted one no dictionary lists after a word naming an
outlet (صحيفة، قناة، وكالة، إذاعة، موقع، مجلة، تلفزيون) —, so the grammar read it as a country of its own, which the
rules then took as the author of what the outlet reports. Here that adjective's mention is dropped, and an outlet
head that has no country takes it (صحيفة "صن" البريطانية: a British outlet, MED). An adjective right after the
outlet word itself (الصحيفة النمساوية) is the institution pattern's (data/institutions.yaml). A place or a body
named inside such a quoted name is the outlet's name, no party: صحيفة "الرياض" السعودية."""

from __future__ import annotations

from dataclasses import replace

from marsad.actors.draft import Draft
from marsad.knowledge.records import make_code
from marsad.text.normalize import norm_words
from marsad.text.tokenize import with_proclitics

_OUTLET_WORDS = norm_words("صحيفة الصحيفة جريدة الجريدة قناة القناة وكالة الوكالة إذاعة الإذاعة موقع الموقع مجلة المجلة"
                           " تلفزيون التلفزيون")
_OUTLETS = frozenset(f for w in _OUTLET_WORDS for f in with_proclitics(w))
_QUOTES = frozenset('"«»“”\'')
_NAME_REACH = 4  # words of a quoted outlet name


def _is_quote(tok: str) -> bool:
    return bool(tok) and all(ch in _QUOTES for ch in tok)


def _outlet_before(toks: list[str], k: int, by_end: dict[int, Draft]) -> Draft | None | bool:
    """What ends right before token k (past closing quotes) when it is an outlet's name: its MED draft, True for a
    quoted name no dictionary lists after an outlet word (its head's draft if any), else None."""
    closing = 0
    while k > 0 and _is_quote(toks[k - 1]):
        k, closing = k - 1, closing + 1
    d = by_end.get(k)
    if d is not None and d.actor is not None and d.actor.sector == "MED" and d.type == "ORG":
        return d
    if not closing:
        return None
    for m in range(k - 1, max(-1, k - 1 - _NAME_REACH), -1):  # the opening quote, then the outlet word
        if _is_quote(toks[m]):
            if m > 0 and toks[m - 1] in _OUTLETS:
                return by_end.get(m) or True
            return None
    return None


def _quoted_names(toks: list[str]) -> list[tuple[int, int]]:
    """The token spans of quoted names right after an outlet word (صحيفة "الرياض": the outlet's name)."""
    spans = []
    for m, tok in enumerate(toks[:-1]):
        if tok in _OUTLETS and _is_quote(toks[m + 1]):
            end = next((k for k in range(m + 2, min(len(toks), m + 3 + _NAME_REACH)) if _is_quote(toks[k])), None)
            if end is not None and end > m + 2:
                spans.append((m + 2, end))
    return spans


def outlet_adjectives(toks: list[str], out: list[Draft]) -> list[Draft]:
    """The drafts with a nationality adjective that closes an outlet's name dropped, and the places and bodies a
    quoted outlet name no dictionary lists holds (صحيفة "الرياض": no city) (see the module's doc)."""
    by_end = {d.j: d for d in out if d.actor is not None}
    spans = _quoted_names(toks)
    drop: set[int] = {n for n, d in enumerate(out) if any(a <= d.i and d.j <= b for a, b in spans)
                      and not (d.actor is not None and d.actor.sector == "MED")}
    given: dict[int, Draft] = {}
    for n, d in enumerate(out):
        if not d.rule.startswith(("nisba:", "country:")) or d.actor is None or d.j - d.i != 1:
            continue
        found = _outlet_before(toks, d.i, by_end)
        if found is None:
            continue
        drop.add(n)
        if isinstance(found, Draft) and found.actor is not None and not found.actor.country:
            a = found.actor
            given[id(found)] = replace(found, actor=replace(a, country=d.actor.country,
                                                           code=make_code(d.actor.country, a.sector)))
    return [given.get(id(d), d) for n, d in enumerate(out) if n not in drop]
