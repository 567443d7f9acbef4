"""Where fire or a missile comes from (used by events/victims, applied in stages/events right after roles): in
أطلقت قذائف من غزة، إطلاق نار من الجانب الليبي، إطلاق صاروخ من داخل الأراضي اليمنية باتجاه X the party or place
after من is the origin of the fire — its author, never its target. And of any attack: the territory or airspace after
من (فوق) — استهدف الطيران من الأجواء اللبنانية موقعا، أطلقت صواريخ من فوق الأراضي الأردنية — or whatever follows a
word of origin — إطلاق قذائف مصدرها الأراضي السورية، انطلاقا من غزة — is where the attacker stood, no target
(origin_place)."""

from __future__ import annotations

from collections.abc import Sequence

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


# the ground or the air a launch comes from (normalised): الأراضي / الأجواء / المجال الجوي + a nationality
_GROUNDS = norm_words("الاراضي اراضي الارض ارض الاجواء اجواء الاجواء المجال الاقليم اقليم")
_ORIGIN = ("مصدر", "انطلاق")  # مصدرها، مصدرهما، انطلاقا (من)


def origin_place(toks: Sequence[str], a: Arg) -> bool:
    """`a` names where any attack came from (no target for events/attack.site_owned nor the ranker): من (فوق)
    الأراضي اللبنانية، من الأجواء السورية، مصدرها الأراضي السورية، انطلاقا من غزة — a territory or an airspace after
    من, or anything right after a word of origin."""
    if a.actor.kind not in ("country", "nationality", "place"):
        return False
    k = a.i - 1
    ground = k >= 0 and toks[k] in _GROUNDS  # (الأراضي اللبنانية، أراضي سوريا: the ground it names)
    k -= ground
    if k >= 0 and toks[k] in ("فوق", "داخل"):  # (من فوق الأراضي اللبنانية)
        ground, k = True, k - 1
    if k >= 0 and toks[k] == "من":
        return ground or k >= 1 and toks[k - 1].removeprefix("و").startswith(_ORIGIN)  # (انطلاقا من غزة)
    return k >= 0 and toks[k].removeprefix("و").startswith(_ORIGIN)  # (مصدرها قطاع غزة)
