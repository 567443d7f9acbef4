"""The genitive of a visit noun that names no host with إلى / لـ (CONSULT; events/visits reads the nouns that do).

An indefinite visit noun takes its genitive right after it, past honorifics: a person or a body there is the visitor
(خلال زيارة وزير التجارة الأميركي، بزيارة الصديق العزيز معالي الرئيس X), a town or a country the place visited
(قام وفد عراقي بزيارة طهران، رغبتي في زيارة السعودية). The rules read the visitor as the recipient when another
party — the one who welcomes it or tells of it, most often its host — stands before the noun, and the place visited as
the actor when it is the noun's only bare participant: the visitor acts, the place visited receives."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.events.visits import EPITHETS

_TO = frozenset({"ل", "الي", "الى"})
_VISITS = frozenset({"consult-visit", "consult-visit-arrive"})  # (not a host's noun: استضافة السعودية, its host)


def _genitive(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The bare participant right after an indefinite visit noun with no pronoun, past honorifics (الصديق العزيز
    معالي), or None."""
    if hit.verbal or hit.trigger.id not in _VISITS or toks[hit.i][hit.strip:].startswith("ال") \
            or possessed_noun(hit, toks):
        return None
    k = hit.j
    while k < len(toks) and k - hit.j < 4 and toks[k] in EPITHETS and not any(a.i <= k < a.j for a in people):
        k += 1
    return next((a for a in people if a.i == k and a.prep is None and a.actor.kind != "nationality"), None)


def _placed(a: Arg | None) -> bool:
    return a is not None and a.actor.kind in ("place", "country")


def genitive_visit(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a visit noun whose genitive names its visitor or the place it visits: a
    visitor read as the recipient swaps with the actor of another country (its host); a place visited read as the
    actor swaps with a recipient that is no place, else leaves the visitor unnamed; so does a town or a country
    named as where a visit goes (after لـ / إلى), never its visitor."""
    if not hit.verbal and hit.trigger.id in _VISITS and actor is not None and _placed(actor) and actor.prep in _TO:
        return None, recipient, True  # (زيارته للنمسا في أول زيارة لغرب أوروبا: Austria is visited, not visiting)
    g = _genitive(hit, toks, people)
    if g is None:
        return actor, recipient, implicit
    if _placed(g):  # زيارة طهران: Tehran is visited
        if actor is not g:
            return actor, recipient, implicit
        visitor = recipient if recipient is not None and not _placed(recipient) else None
        return visitor, g, visitor is None
    if recipient is not g or actor is None or not actor.actor.country or actor.actor.country == g.actor.country:
        return actor, recipient, implicit
    return g, actor, False  # رحب X بزيارة Y، حذرت X خلال زيارة Y: Y visits X
