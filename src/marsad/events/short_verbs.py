"""A call verb of two letters read as the verb where a clause opens.

حثّ and حضّ (urge) are written with two letters: the tables of conjugated forms take no verb shorter than three
letters (ول، فل would read as verbs everywhere), so وحث is read only as the verbal noun حثّ, "urging". Where a clause
opens — the sentence's start, past a comma, a full stop, إذ، قد، كما، ثم، حيث — and a definite noun follows, it is the
past verb: وحث الاتحاد روسيا على، إذ حث الحكومة على — its subject, or the one urged, after it (events/roles). Not
after a noun it continues (دعوة X وحث Y على: the verbal noun joined to another).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_OPEN = norm_words("، , . : ؛ إذ اذ قد لقد كما ثم حيث فيما بينما")


def short_verbs(hits: list[TriggerHit], toks: list[str]) -> list[TriggerHit]:
    """The hits, a two-letter call verb (حث، حض) where a clause opens read as a verb (see the module)."""
    return [replace(h, verbal=True) if _short_verb(h, toks) else h for h in hits]


def _short_verb(h: TriggerHit, toks: list[str]) -> bool:
    body = toks[h.i][h.strip:]
    if h.verbal or h.trigger.type != "REQUEST" or len(body) != 2 or body not in {norm(p) for p in h.trigger.past}:
        return False
    if toks[h.i][:h.strip] not in ("", "و", "ف") or h.j >= len(toks) or not toks[h.j].startswith("ال"):
        return False
    return h.i == 0 or toks[h.i - 1] in _OPEN
