"""A place fronted by وفي / ففي at the head of a sentence, or of a clause after a comma — وفي نيوزيلندا، رفضت
السلطات ...، ففي ألمانيا، انتقدت الحكومة ... — is where what follows happens (used by events/arguments): the في
joined to its و or ف governs the place as a separate في would, so the place is a location, no party, and the domestic
agents the sentence names without a country take its country (events/localise). Only there: inside a clause the
segmenter leaves other joined prepositions whole too (ومع، وعلى), and reading them all as prepositions changes who
the parties are."""

from __future__ import annotations

from marsad.text.normalize import norm_words

_FRONTED = norm_words("وفي ففي")
_COMMAS = frozenset({"،", ","})


def fronted(toks: list[str], k: int) -> str | None:
    """في when token k is وفي / ففي opening the sentence or a clause after a comma; else None."""
    if 0 <= k < len(toks) and toks[k] in _FRONTED and (k == 0 or toks[k - 1] in _COMMAS):
        return "في"
    return None
