"""A verb of striking whose subject is a noun of attack or of arms right after it (verb–subject–object).

استهدفت غارات للتحالف نقطة للميليشيات، قصفت طائرات التحالف مواقع: the noun acts for its owner, named with لـ
(past one adjective of the noun: غارات جوية للتحالف) or as its genitive — only a noun that can stand in construct,
not one with the article nor a dual in ـان (استهدفت غارتان مكتب X: the office is struck, not the raids' owner) —
and a nationality adjective of the noun (قصفت المقاتلات الإسرائيلية) is its author for the rules. With none of
these, the participant after the noun is what it strikes, never the verb's subject: استهدفت الغارات تجمعا
للميليشيات — the militias are the recipient, the author is left unnamed (a party named before the verb, the
owner told earlier — قال الجيش ...، حيث قصفت طائرات حربية المنطقة — stays the rules')."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.attack import site_between
from marsad.events.authors import WEAPONS, qualifies
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# nouns of attack or arms that may stand as a verb's subject (with the article, or without: غارة، عبوة ناسفة)
_SUBJECTS = WEAPONS | norm_words("غارتان غارتين عبوه عبوات انفجار تفجير صاروخ قذيفه")
_STRIKING = frozenset({"assault-attack", "assault-hit", "assault-shelling", "assault-bombing-air", "assault-target",
                       "assault-kill", "assault-destroy", "assault-demolish", "assault-assassinate"})


def weapon_subject(hit: TriggerHit, toks: list[str]) -> bool:
    """The word right after a verb of striking (not one of launching or firing, whose object a weapon is) is a noun of
    attack or of arms: the verb's subject."""
    return hit.verbal and hit.trigger.id in _STRIKING and hit.j < len(toks) and \
        toks[hit.j].removeprefix("ال") in _SUBJECTS


def subject_owner(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """The owner of the noun of attack or arms the verb has as its subject: after لـ right after it or past one of
    its adjectives (غارات جوية للتحالف، الغارات الجوية للتحالف), or its genitive (طائرات التحالف) or nationality
    (طائرات إسرائيلية، الطائرات الإسرائيلية) right after it."""
    if not weapon_subject(hit, toks):
        return None
    noun = toks[hit.j]
    construct = not noun.startswith("ال") and not noun.endswith(("ان", "ين"))
    first = _next(toks, hit.j)  # (past a hashtag's sign: مقاتلات #التحالف_العربي)
    for a in after:
        if not 0 <= a.i - first <= 1 or a.place or a.actor.kind == "place" or site_between(toks, first, a.i):
            continue
        if a.prep == "ل" and (a.i == first or qualifies(toks[first])):
            return a
        if a.prep is None and a.i == first and (construct or a.actor.kind == "nationality"):
            return a
    return None


def _next(toks: list[str], j: int) -> int:
    """The word after the noun at j, past a hashtag's sign."""
    k = j + 1
    return k + 1 if k < len(toks) and toks[k] == "#" else k


def weapon_roles(hit: TriggerHit, toks: list[str], after: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb of striking whose subject is a noun of attack or arms: its owner acts
    and what follows it is struck; with no owner (nor a participant the noun opens — طائرات التحالف — nor a
    nationality, left to the rules) the one the rules took after the noun is struck, not the author."""
    if not weapon_subject(hit, toks) or any(a.i == hit.j for a in after):
        return actor, recipient, implicit
    owner = subject_owner(hit, toks, after)
    if owner is not None:
        if owner is not actor:  # استهدفت غارات للتحالف نقطة للميليشيات: what they hit follows
            recipient = next((a for a in after if a.i >= owner.j and a is not owner), None) if recipient in (
                None, owner) else recipient
        return owner, recipient, False
    if actor is None or actor.i < hit.j or any(
            a.actor.kind in ("nationality", "country") and a.prep is None and 0 <= a.i - _next(toks, hit.j) <= 2
            for a in after):
        return actor, recipient, implicit  # (الصواريخ الإسرائيلية، مقاتلات حربية سورية: the adjective is the author)
    # استهدفت غارتان مكتب X, استهدفت الغارات تجمعا للميليشيات: the rules' actor is what is struck
    return None, recipient if recipient is not None and recipient is not actor and recipient.i > hit.j else actor, \
        False
