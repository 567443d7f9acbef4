"""A ban from entering a country is that country's act (applied in events/frames).

منع الحقوقي الجزائري فلان من دخول تونس — "barring the Algerian activist from entering Tunisia": only the state
entered can bar someone from its own territory, so the country named right after دخول (a country's name, bare) is
the actor of the restriction and the party barred, named between the trigger and من دخول, the recipient. When the
rules read the barred one's nationality (the noun's genitive) as its author they are reversed. Only for a
noun or verb of banning whose subject the rules did not find right before it or right after it; that subject
(منعت السلطات الإسرائيلية X من دخول ...) or a body of the entered state itself is its author and stays.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_ENTRY = norm_words("دخول الدخول بدخول")
_REACH = 8  # words from the trigger to من دخول


def entry_ban(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
              implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a ban from entering a country (see the module); the roles given otherwise."""
    # (the verb's own subject — right before it, or a body right after it: منعت السلطات X — stays; an unvocalised
    # منع may be read as a verb, so a nationality after it is the barred one's, not a subject)
    if hit.trigger.type != "COERCE" or actor is not None and (actor.j == hit.i or actor.i == hit.j and (
            actor.actor.kind != "nationality")):
        return actor, recipient, implicit
    at = next((k for k in range(hit.j, min(len(toks), hit.j + _REACH)) if toks[k] in _ENTRY), None)
    if at is None:
        return actor, recipient, implicit
    state = next((a for a in people if a.i == at + 1 and a.prep is None and a.actor.kind == "country"), None)
    if state is None:
        return actor, recipient, implicit
    barred = next((a for a in people if hit.j <= a.i and a.j <= at and a.prep is None and a.actor.kind != "country"
                   and a.actor.kind != "place"), None)
    if barred is None or barred.actor.country == state.actor.country or (
            actor is not None and actor.actor.country == state.actor.country):  # (منع الأمن المصري X من دخول مصر)
        return actor, recipient, implicit
    return state, barred, False
