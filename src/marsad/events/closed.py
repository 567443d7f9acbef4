"""The roles of closing an embassy or consulate (أغلقت X قنصلية روسيا، إغلاق السفارة الإيرانية في لندن، ستغلق سفارتها
في طهران). The building named after the closing word is its object, never its subject: its owner — the genitive or
nationality adjective, قنصلية روسيا، القنصلية الأميركية — is whom the closing is against, the recipient. Who closes
is a party of another state: the bare subject between the verb and the building (أغلقت بريطانيا السفارة الإيرانية),
else the party the rules read before the verb (its clause's subject: وطردت واشنطن 60 دبلوماسيا، وأغلقت قنصلية روسيا),
else the nearest party of another state before the word (ردت موسكو بطرد ... وإغلاق القنصلية الأميركية) when it is of
the state the building stands in or that state is not named, else that state (القنصلية الروسية في سياتل: the host
closes a foreign post on its ground). A building with a
possessive pronoun (سفارتها، قنصليته) is the closer's own: the host named after it with في / لدى / بـ is the
recipient (قررت كندا إغلاق سفارتها في طهران: Iran). Applied in events/frames, after the role rules."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_BUILDINGS = norm_words("سفاره السفاره سفارات السفارات قنصليه القنصليه قنصليات القنصليات بعثه البعثه")
_OWN = norm_words("سفارتها سفارته سفاراتها سفاراته قنصليتها قنصليته قنصلياتها قنصلياته بعثتها بعثته")
_HOST = ("في", "لدى", "لدي", "ب")
_HOST_REACH = 4  # words from the building to its host (القنصلية العامة الروسية في سياتل)
_AFTER = 4  # words from the closing word to the building (أغلقت بريطانيا رسميا السفارة)
_BACK = 25  # words back from the closing word to the state that closes


def closed_roles(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                 recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of closing an embassy or consulate (see the module); `args`: the sentence's participants,
    places too; the roles given otherwise."""
    if hit.trigger.id != "sanction-close-embassy":
        return actor, recipient
    k = next((k for k in range(hit.j, min(len(toks), hit.j + _AFTER)) if _stem(toks[k]) in _BUILDINGS | _OWN), -1)
    if k < 0:
        return actor, recipient
    people = [a for a in args if not a.place]
    # the host: a place or state right past the building and its adjectives (القنصلية الروسية العامة في مدينة سياتل)
    host = next((a for a in args if k < a.i <= k + _HOST_REACH and a.prep in _HOST and a.actor.country), None)
    if _stem(toks[k]) in _OWN:  # سفارتها في طهران: the closer's own post; the host is whom it is against
        if host is None:
            return actor, recipient
        if actor is None or actor.i >= hit.j or actor.actor.country in ("", host.actor.country):
            actor = _state_before(hit, people, host.actor.country) or actor
        return actor, host
    # its owner: its genitive or nationality adjective (قنصلية روسيا، القنصلية العامة الروسية); a bare القنصلية
    # given a country by its context tells none
    cover = next((a for a in people if a.i <= k < a.j and a.actor.country), None)
    adj = next((a for a in people if k < a.i <= k + 2 and a.prep is None and a.actor.country
                and a.actor.kind in ("country", "nationality", "place")), None)
    if cover is not None and cover.j > k + 1:
        owner = cover
    elif adj is not None:
        owner = cover if cover is not None and cover.actor.country == adj.actor.country else adj
    else:
        return actor, recipient
    c = owner.actor.country

    def other(a: Arg | None) -> bool:
        return a is not None and a is not owner and bool(a.actor.country) and a.actor.country != c

    between = next((a for a in people if hit.j <= a.i and a.j <= owner.i and a.prep is None and other(a)), None)
    if between is not None:
        return between, owner
    if actor is not None and actor.j <= hit.i and actor.prep is None and other(actor):
        return actor, owner
    back = _state_before(hit, people, c)
    if other(host) and (back is None or back.actor.country != host.actor.country):
        return host, owner
    return back, owner


def _state_before(hit: TriggerHit, people: list[Arg], c: str) -> Arg | None:
    """The nearest bare party before the closing word of a state other than `c`: a state, a capital or a government
    body first (not عملاء استخبارات, a description of the expelled), else any."""
    near = [a for a in reversed(people) if a.i < hit.i and hit.i - a.j <= _BACK and a.prep is None
            and a.actor.country and a.actor.country != c]
    return next((a for a in near if a.actor.kind in ("country", "place") or a.actor.sector == "GOV"),
                near[0] if near else None)


def _stem(word: str) -> str:
    """The word without a joined و / ف (وقنصليتها، والسفارة)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
