"""A verb of striking whose subject is a noun of attack or of arms right after it (verb–subject–object).

استهدفت غارات للتحالف نقطة للميليشيات، قصفت طائرات التحالف مواقع: the noun acts for its owner, named with لـ
(past one adjective of the noun: غارات جوية للتحالف) or as its genitive — only a noun that can stand in construct,
not one with the article nor a dual in ـان (استهدفت غارتان مكتب X: the office is struck, not the raids' owner) —
and a nationality adjective of the noun (قصفت المقاتلات الإسرائيلية) is its author for the rules. With none of
these, the participant after the noun is what it strikes, never the verb's subject: استهدفت الغارات تجمعا
للميليشيات — the militias are the recipient, the author is left unnamed (a party named before the verb, the
owner told earlier — قال الجيش ...، حيث قصفت طائرات حربية المنطقة — stays the rules'; not one the verb's object
pronoun resumes: مستودع لـ X استهدفته الضربة — X is struck). Also past a word of part before the noun (استهدفت بعض
الغارات مواقع X), and with the noun before the verb, as its subject or a relative clause's antecedent — الضربة
استهدفت مواقع لـ X، هجوم انتحاري استهدف نقطة للجيش، الغارات التي استهدفت X: the participant after the verb is
struck, never the author."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg
from marsad.events.attack import site_between
from marsad.events.authors import WEAPONS, qualifies
from marsad.events.cues import WHICH
from marsad.events.doer_genitive import doer_genitive
from marsad.events.forms import object_pronoun
from marsad.events.struck_subject import noun_before, outside_author
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# nouns of attack or arms that may stand as a verb's subject (with the article, or without: غارة، عبوة ناسفة)
_SUBJECTS = WEAPONS | norm_words("غارتان غارتين عبوه عبوات انفجار تفجير صاروخ قذيفه")
_STRIKING = frozenset({"assault-attack", "assault-hit", "assault-shelling", "assault-bombing-air", "assault-target",
                       "assault-kill", "assault-destroy", "assault-demolish", "assault-assassinate"})


_PART = norm_words("بعض احدى احد")  # استهدفت بعض الغارات، إحدى القذائف
_OPENERS = norm_words("ان انه انها : و فيما بينما حيث لكن")  # what may stand before a clause's subject


def _noun_at(hit: TriggerHit, toks: list[str]) -> int:
    """Where the noun of attack or arms after a verb of striking stands (past a word of part), else -1."""
    if not hit.verbal or hit.trigger.id not in _STRIKING:
        return -1
    k = hit.j + 1 if hit.j + 1 < len(toks) and toks[hit.j] in _PART else hit.j
    return k if k < len(toks) and toks[k].removeprefix("ال") in _SUBJECTS else -1


def weapon_subject(hit: TriggerHit, toks: list[str]) -> bool:
    """The word right after a verb of striking (not one of launching or firing, whose object a weapon is) is a noun of
    attack or of arms: the verb's subject."""
    return _noun_at(hit, toks) >= 0


def weapon_before(hit: TriggerHit, toks: list[str]) -> bool:
    """A noun of attack or arms opening its clause (after أن / إن, فيما or و) stands right before a verb of
    striking with no conjunction, or past one word (its adjective or a relative pronoun): أن الضربة استهدفت، إن
    الغارات التي استهدفت — the verb's subject (not a noun a light verb or a preposition governs — شنت غارات استهدفت،
    قتل في الغارات التي استهدفت —, whose own event names the act: events/told, events/struck)."""
    if not hit.verbal or hit.trigger.id not in _STRIKING or hit.strip or hit.i < 1:
        return False
    k = hit.i - 1 if toks[hit.i - 1].removeprefix("ال") in _SUBJECTS else hit.i - 2
    return k >= 0 and toks[k].removeprefix("ال") in _SUBJECTS and (k == 0 or toks[k - 1] in _OPENERS)


def subject_owner(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """The owner of the noun of attack or arms the verb has as its subject: after لـ right after it or past one of
    its adjectives (غارات جوية للتحالف، الغارات الجوية للتحالف), or its genitive (طائرات التحالف) or nationality
    (طائرات إسرائيلية، الطائرات الإسرائيلية) right after it."""
    k = _noun_at(hit, toks)
    if k < 0:
        return None
    noun = toks[k]
    construct = not noun.startswith("ال") and not noun.endswith(("ان", "ين"))
    first = _next(toks, k)  # (past a hashtag's sign: مقاتلات #التحالف_العربي)
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


def _antecedent(hit: TriggerHit, toks: list[str], before: Sequence[Arg]) -> tuple[bool, Arg | None]:
    """الضربة الأميركية التي استهدفت قاعدة، الغارات الجوية الروسية التي طالت: a verb of striking right after a
    relative pronoun whose antecedent is a noun of attack or arms (past its definite adjectives): (True, the
    nationality adjective among them, its author, or None); (False, None) for any other verb."""
    if not hit.verbal or hit.trigger.id not in _STRIKING or hit.strip or hit.i < 2 or toks[hit.i - 1] not in WHICH:
        return False, None
    for k in range(hit.i - 2, max(-1, hit.i - 6), -1):
        if toks[k].removeprefix("ال") in _SUBJECTS:
            return True, next((a for a in before if k < a.i < hit.i - 1 and a.prep is None
                               and a.actor.kind == "nationality"), None)
        if not toks[k].startswith("ال"):
            break
    return False, None


def weapon_roles(hit: TriggerHit, toks: list[str], after: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool, before: Sequence[Arg] = ()) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb of striking whose subject is a noun of attack or arms: its owner acts
    and what follows it is struck; with no owner (nor a participant the noun opens — طائرات التحالف — nor a
    nationality, left to the rules) the one the rules took after the noun is struck, not the author. First a verbal
    noun's genitive followed by its object acts (events/doer_genitive), and a party before the subject noun is no
    author (events/struck_subject). A relative clause of striking whose antecedent is such a noun (الضربة الأميركية
    التي استهدفت قاعدة) has the noun's nationality as author, or none, and the party after the verb as target."""
    told, author = _antecedent(hit, toks, before)
    if told:
        struck = next((a for a in (recipient, actor) if a is not None and a.i >= hit.j and a is not author), None)
        return author, struck, False
    actor, recipient = doer_genitive(hit, toks, after, actor, recipient)  # بعد مهاجمة X ناقلة (events/doer_genitive)
    k = _noun_at(hit, toks)
    actor, recipient, implicit = outside_author(  # (events/struck_subject)
        k if k >= 0 or hit.trigger.id not in _STRIKING else noun_before(hit, toks, _SUBJECTS), hit, toks, actor,
        recipient, implicit)
    if k < 0 and weapon_before(hit, toks) and actor is not None and actor.i >= hit.j and not (
            actor.actor.kind == "nationality" and actor.i == hit.j):
        # الضربة استهدفت مواقع لـ X: what follows the verb is struck; the author is the noun's, unnamed here
        return None, actor if recipient in (None, actor) or recipient.actor.kind == "place" else recipient, False
    if k < 0 or any(a.i == k for a in after):
        return actor, recipient, implicit
    if actor is not None and actor.i < hit.i and object_pronoun(toks[hit.i][hit.strip:]):
        # مستودع لمقاتلين من الحرس الثوري استهدفته الضربة: the pronoun resumes what is struck, not its author
        return subject_owner(hit, toks, after), actor, False
    owner = subject_owner(hit, toks, after)
    if owner is not None:
        if owner is not actor:  # استهدفت غارات للتحالف نقطة للميليشيات: what they hit follows
            recipient = next((a for a in after if a.i >= owner.j and a is not owner), None) if recipient in (
                None, owner) else recipient
        return owner, recipient, False
    if actor is None or actor.i < hit.j or any(
            a.actor.kind in ("nationality", "country") and a.prep is None and 0 <= a.i - _next(toks, k) <= 2
            for a in after):
        return actor, recipient, implicit  # (الصواريخ الإسرائيلية، مقاتلات حربية سورية: the adjective is the author)
    # استهدفت غارتان مكتب X, استهدفت الغارات تجمعا للميليشيات: the rules' actor is what is struck
    return None, recipient if recipient is not None and recipient is not actor and recipient.i > hit.j \
        and recipient.actor.kind != "place" else actor, False  # (the party struck before the town it is in)
