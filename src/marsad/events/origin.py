"""Where fire or a missile comes from (used by events/victims, applied in stages/events right after roles): in
أطلقت قذائف من غزة، إطلاق نار من الجانب الليبي، إطلاق صاروخ من داخل الأراضي اليمنية باتجاه X the party or place
after من is the origin of the fire — its author, never its target."""

from __future__ import annotations

from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_FIRING = frozenset({"assault-shoot", "assault-launch-missiles"})
# the words that mark the target of fire (على، باتجاه، نحو، صوب) or end its clause: the origin comes before them
_STOPS = norm_words("على علي باتجاه نحو صوب ضد في الى بين مع") | {".", "،", ",", "؛", ":"}
# what is fired (the trigger's requires_any words), standing between the verb and من unless it comes before a
# passive verb (قذائف أطلقت من غزة)
_FIRED = norm_words("النار نار الرصاص رصاص عيارات صاروخ صاروخا صواريخ الصواريخ صاروخين قذيفه قذائف رشقه رشقات "
                    "مقذوفات مقذوفا")
# the nouns of a side or an area that may stand between من and the party: من الجانب الليبي، من داخل الأراضي اليمنية
_AREA = norm_words("الجانب داخل الاراضي اراضي منطقه مناطق قطاع جهه ناحيه الحدود")


def launched_from(hit: TriggerHit, toks: list[str], actor: Arg | None,
                  recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of firing or launching whose recipient is the من phrase right after the fired thing (within
    four words: قذائف أطلقت من غزة، إطلاق نار كثيف من الجانب الليبي، إطلاق صاروخ باليستي من داخل الأراضي اليمنية):
    that party is where the fire came from — the actor when none is named, and never the recipient."""
    if hit.trigger.id not in _FIRING or recipient is None or recipient.i < hit.j or agent_marked(toks, recipient.i):
        return actor, recipient
    k = next((k for k in range(hit.j, min(recipient.i, hit.j + 4)) if toks[k] == "من"), -1)
    if k < 0 or any(w in _STOPS for w in toks[hit.j:recipient.i]) or any(
            w not in _AREA for w in toks[k + 1:recipient.i]):
        return actor, recipient
    if not any(w in _FIRED for w in toks[hit.j:k]) and not (k == hit.j and hit.i > 0 and toks[hit.i - 1] in _FIRED):
        return actor, recipient  # (أطلق عناصر من الميليشيا النار: a part of the shooters)
    return actor or recipient, None
