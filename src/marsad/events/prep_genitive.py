"""The bare genitive of a noun of disapproval whose verb reaches its object only through a preposition (ندد بـ،
اعترض على، شكك في، سخر من، تهجم على) is its author, never its object: اعتراض الولايات المتحدة على قرار المحكمة،
تنديد الرئيس الأميركي بالسياسات التجارية الصينية، تشكيك المعارضة في النتائج — the one disapproved of is the party
that preposition governs, or the owner (genitive or nationality) of the noun it governs."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# the trigger entries whose verb takes its object through these prepositions only (not لام X, خوّن X: transitive)
_BY_PREPOSITION = {
    "accuse-assail": norm_words("على"), "accuse-attack-verbal": norm_words("على"),
    "accuse-condemn-ndd": norm_words("ب"), "accuse-displeasure": norm_words("من"),
    "accuse-doubt": norm_words("في ب"), "accuse-mock": norm_words("من"), "accuse-object": norm_words("على"),
}
_REACH = 3  # words from the preposition to the party it governs or the owner of its noun


def _opened(toks: list[str], k: int, preps: frozenset[str]) -> int:
    """Where the noun the preposition at `k` governs stands (a word على / في / من, or the proclitic بـ), or -1;
    past one definite adjective of the genitive (تنديد الرئيس الأميركي الشديد بـ)."""
    if k < len(toks) - 1 and toks[k].startswith("ال") and toks[k] not in cues.RELATIVES:
        k += 1
    if k >= len(toks):
        return -1
    if toks[k] in preps:
        return k + 1
    if "ب" in preps and toks[k][:1] == "ب" and len(toks[k]) > 3 and not toks[k].startswith("ال"):
        return k
    return -1


def prep_author(hit: TriggerHit, toks: list[str], after: list[Arg]) -> tuple[Arg, Arg | None] | None:
    """(author, the one disapproved of or None) of such a noun with no article followed by its bare genitive and
    the preposition; None otherwise (a capital stands for its state: اعتراض واشنطن على)."""
    preps = _BY_PREPOSITION.get(hit.trigger.id)
    if preps is None or hit.verbal or toks[hit.i][hit.strip:].startswith("ال"):
        return None
    gen = next((a for a in after if a.prep is None and a.i == hit.j and not a.place), None)
    k = _opened(toks, gen.j, preps) if gen is not None else -1
    if gen is None or k < 0:
        return None
    to = next((a for a in after if k <= a.i <= k + _REACH and not a.place and (
        a.prep in preps or a.prep is None and a.i > k) and not any(w in cues.CLAUSE_BREAKS for w in toks[k:a.i])),
        None)
    return gen, to


def own_deed(toks: list[str], lam: int) -> bool:
    """The لـ noun after a statement noun's genitive (at `lam`, -1 if none) carries a pronoun that resumes the
    genitive — إدانة موسكو لتدخلها، انتقاد الحكومة لفشلها: blamed for its own deed, the genitive is the object."""
    return lam >= 0 and len(toks[lam]) > 4 and toks[lam].endswith(("ها", "هم", "هما"))
