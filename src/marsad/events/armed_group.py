"""The second side of a clash that no dictionary lists, when it is an armed group told by a common noun.

اشتباكات بين الجيش ومجموعة إرهابية، مواجهات بين قوات الأمن وعناصر مسلحة، بين الجيش البورمي ومجموعة إثنية مسلحة:
the first side is a listed party and the other a group noun (مجموعة، جماعة، عناصر، خلية، عصابة) qualified as armed,
terrorist or extremist. Such a group fighting a party at home is that country's armed non-state group (REB, in the
first side's country); events/sides finds where it starts (`second_start`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.record import Participant, Span
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.doc import Document

# group nouns (normalised; with or without ال) and the adjectives that make them an armed group
_GROUPS = norm_words("مجموعة مجموعات جماعة جماعات عناصر خلية خلايا عصابة عصابات")
_ARMED = norm_words("إرهابية إرهابيين إرهابي مسلحة مسلحين مسلح متشددة متشددين متطرفة متطرفين تكفيرية تكفيريين")
_REACH = 2  # the adjective may follow one other (مجموعة إثنية مسلحة)


def armed_group(toks: list[str], k: int, country: str | None, doc: Document,
                ntoks: list[tuple[int, int, str]]) -> Participant | None:
    """The armed group whose words start at token k (its و word: ومجموعة إرهابية), or None."""
    if not country or k < 0 or k >= len(toks) or toks[k].removeprefix("و").removeprefix("ال") not in _GROUPS:
        return None
    stop = next((m + 1 for m in range(k + 1, min(len(toks), k + 1 + _REACH))
                 if toks[m].removeprefix("ال") in _ARMED), None)
    if stop is None:
        return None
    assert doc.normalized is not None
    s, e = doc.normalized.to_orig(ntoks[k][0] + 1, ntoks[stop - 1][1])  # (past the و)
    return Participant(Span(doc.text[s:e], s, e), Actor(None, country, "REB", make_code(country, "REB"), None,
                                                         "generic"))
