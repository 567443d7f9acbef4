"""Targets of an attack read off its surroundings (used by events/roles): what was passing by when it struck, and a
town named as its actor, which only witnessed it; the side whose ranks took the losses; the owner of a site
struck."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg
from marsad.events.downed import downed_craft
from marsad.events.origin import origin_place
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_PASSING = norm_words("مرور لمرور")


def passing_target(hit: TriggerHit, toks: list[str], after: list[Arg], actor: Arg | None) -> Arg | None:
    """انفجرت عبوة ناسفة لدى مرور دورية للجيش: what was passing by was the target."""
    k = next((k for k in range(hit.j, len(toks)) if toks[k] in _PASSING), -1)
    return next((a for a in after if k >= 0 and 1 <= a.i - k <= 3 and a is not actor and not a.place), None)


def town_struck(hit: TriggerHit, toks: list[str], actor: Arg, recipient: Arg | None) -> tuple[None, Arg | None]:
    """شهدت مدينة كركوك تفجيرات, تفجيرات كركوك: a town does not attack; it is where the attack struck (when the
    attack is of it or it witnessed it; a capital further off stands for its government)."""
    struck = actor.i > hit.i or actor.i > 0 and any(
        w.lstrip("و").startswith("شهد") for w in toks[max(0, actor.i - 2):actor.i])
    return None, recipient or (actor if struck else None)


def nationals(hit: TriggerHit, toks: list[str], after: list[Arg], actor: Arg | None) -> Arg | None:
    """خطف 23 متطوعا مسيحيا من كوريا الجنوبية: the people a country follows with من (after a count and a noun no
    dictionary lists) are its nationals."""
    return next((a for a in after if a.prep == "من" and a.actor.kind == "country" and a is not actor
                 and 2 <= a.i - hit.j <= 5 and any(w.isdigit() for w in toks[hit.j:a.i])), None)


def in_ranks_of(toks: list[str], people: list[Arg], actor: Arg | None) -> Arg | None:
    """سقوط قتلى في صفوف ميليشيات الحوثي إثر الهجمات التي شنتها القوات المشتركة: the side whose ranks took the
    losses is the attack's target."""
    return next((a for a in people if a.i >= 2 and toks[a.i - 1] == "صفوف" and toks[a.i - 2] in ("في", "من")
                 and a is not actor and (actor is None or a.actor != actor.actor)), None)


# what an attack strikes: sites, gatherings and gear (استهدفت الغارات مواقع للحوثيين: the sites are the object)
_SITES = norm_words("""مواقع موقع معاقل معقل تجمعات تجمع مقرات مقر مراكز مركز مخازن مخزن ثكنات ثكنه اليات اليه
    اهداف هدف تعزيزات نقاط نقطه منازل منزل معسكر معسكرات عربات مخابئ اوكار وكر مستودعات مستودع""")


def site_between(toks: Sequence[str], lo: int, hi: int) -> bool:
    """A noun of what is struck stands between tokens lo and hi: a لـ party after it owns the site (the target),
    not the attack — استهدفت الغارات مواقع للحوثيين, قتل عشرة في غارات على تجمعات للمسلحين."""
    return any(w.lstrip("وبف").removeprefix("ال") in _SITES for w in toks[lo:hi])


# an adjective of a site between it and its nationality (مواقع عسكرية إيرانية، أهداف عسكرية إسرائيلية)
_SITE_ADJ = norm_words("عسكريه عسكريا حيويه استراتيجيه")


def _site_owner(toks: Sequence[str], a: Arg) -> bool:
    """`a` is the nationality of a site noun right before it: أهداف إيرانية، مواقع عسكرية سورية، قواعد إسرائيلية."""
    k = a.i - 1
    if k >= 1 and toks[k] in _SITE_ADJ:
        k -= 1
    return a.actor.kind == "nationality" and a.prep is None and k >= 0 and (
        toks[k].lstrip("وبلف").removeprefix("ال") in _SITES or toks[k].lstrip("و") in ("اهدافا", "مواقعا"))


_SITE_REACH = 5  # tokens between the trigger and the site it strikes (ضرب أهداف، هجوم صاروخي على مواقع)


def site_owned(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
               recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an attack on sites a nationality owns — ضرب أهداف إيرانية في سوريا، استهدفت الغارات
    قواعد عسكرية إيرانية، قصف مواقع سورية: the sites' nationality is the target, not the author, and no place after
    it (في سوريا) nor anyone else further on stands before it as the target."""
    if hit.trigger.type != "ASSAULT":
        return actor, recipient
    actor, recipient = downed_craft(hit, toks, args, actor, recipient)  # إسقاط طائرة إسرائيلية: ISR is struck
    recipient = None if recipient is not None and origin_place(toks, recipient) else recipient  # من الأجواء X
    # (not past a comma, nor where it came from: أطلق الصاروخ من قافلة عربات روسية — the author's own)
    site = next((a for a in args if 0 <= a.i - hit.j <= _SITE_REACH and _site_owner(toks, a) and not any(
        w in (".", "،", ",", "؛", "من") for w in toks[hit.j:a.i])), None)
    if site is None or recipient is site:
        return actor, recipient
    if recipient is not None and not recipient.place and recipient.i < site.i:
        return actor, recipient  # (a target named before the sites: the rules')
    return (None if actor is site else actor), site
