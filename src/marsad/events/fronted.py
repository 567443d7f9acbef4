"""A place fronted by وفي / ففي at the head of a sentence — وفي نيوزيلندا، رفضت السلطات ... — is where what
follows happens (used by events/arguments): the في
joined to its و or ف governs the place as a separate في would, so the place is a location, no party, and the domestic
agents the sentence names without a country take its country (events/localise). Only there: inside a clause the
segmenter leaves other joined prepositions whole too (ومع، وعلى), and reading them all as prepositions changes who
the parties are. After a comma inside a sentence (، وفي سوريا والعراق) the place often belongs to the clause
before it: over the judged events that form changed only right readings (TURREB → REB), so it is left alone."""

from __future__ import annotations

from marsad.text.normalize import norm_words

_FRONTED = norm_words("وفي ففي")


def fronted(toks: list[str], k: int) -> str | None:
    """في when token k is وفي / ففي opening the sentence; else None."""
    if k == 0 and toks and toks[0] in _FRONTED:
        return "في"
    return None
