"""Organisations that no dictionary lists: a name head (اتحاد، منظمة، صندوق، مركز ...) followed by the definite
words of its name (الاتحاد الدولي للشرطة, صندوق المقاصة, المركز الجهوي للاستثمار)."""

from __future__ import annotations

from marsad.actors.draft import Draft
from marsad.actors.index import ActorIndex, Cat
from marsad.actors.match import Chunk
from marsad.knowledge.records import Actor

_MAX_WORDS = 4
_NAME_PARTS = (Cat.COUNTRY, Cat.PLACE, Cat.NISBA)


def org_patterns(ix: ActorIndex, toks: list[str], at: dict[int, Chunk], drafts: list[Draft]) -> list[Draft]:
    heads = ix.kb.org_name_heads
    if not heads:
        return []
    used = set()
    for d in drafts:
        used.update(range(d.i, d.j))
    out: list[Draft] = []
    n = len(toks)
    for k, t in enumerate(toks):
        if k in used or k in at:
            continue
        seg = ix.segmenter.segment(t)
        if t not in heads and seg.key not in heads:
            continue
        end = k + 1
        while end < n and end - k <= _MAX_WORDS:
            w = toks[end]
            c = at.get(end)
            if c is not None:
                if c.cat not in _NAME_PARTS:
                    break
                end = c.j
                continue
            if end in used or not _definite_word(ix, w):
                break
            end += 1
        if end > k + 1:
            strip = 0 if t in heads else seg.prefix_chars
            out.append(Draft(k, end, "ORG", Actor(None, None, None, None, None, "organisation"), "org-pattern",
                             strip=strip))
            used.update(range(k, end))
    return out


def _definite_word(ix: ActorIndex, w: str) -> bool:
    """A definite noun or adjective that can continue an organisation's name (الدولي, للشرطة, والسياحي)."""
    if not w[0].isalpha() or w in ix.stopwords:
        return False
    body = w[1:] if w[0] == "و" and len(w) > 4 else w
    return body.startswith(("ال", "لل")) and len(body) > 3 and body not in ix.stopwords
