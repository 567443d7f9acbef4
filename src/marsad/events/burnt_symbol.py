"""The owner of a burnt or trampled symbol is a protest's recipient (used by events/first_roles).

Burning or trampling a leader's or a state's pictures, flag or effigy (data/triggers/material.yaml,
protest-burn-symbols) is a protest against whom the symbol stands for: the party right after the symbol noun —
its genitive (أحرقوا صور المرشد، علم إيران), its owner under لـ (أحرق المتظاهرون صورا للرئيس الإيراني، أحرقت صور
للمرشد) or its nationality adjective (داسوا العلم الأمريكي) — is the recipient, and never the one who burns: in the
passive (أحرقت صور للمرشد) the burners go unnamed (the event stage then codes them as an unnamed crowd), nor is a
party under لـ before the verb their name. Those who burn stay the verb's subject. A symbol with no party after it
(أحرقوا الإطارات والأعلام) leaves the rules' roles alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_TRIGGER = "protest-burn-symbols"
# the symbols, as the entry's requires_any names them, with their accusative and possessed forms
_SYMBOLS = norm_words("""العلم علم علما الأعلام أعلام أعلاما صور صورا صورة الصور الصورة صورتي دمية مجسم مجسما
    مجسمات دمى""")
_REACH = 7  # words from the trigger to the symbol (its subject and place may stand between: أحرق طلاب في X أعلاما)


def _symbol_at(hit: TriggerHit, toks: list[str]) -> int:
    """Where the burnt symbol's noun stands after the trigger (no clause break before it), or -1."""
    for k in range(hit.j, min(len(toks), hit.j + _REACH)):
        w = toks[k]
        if w in _SYMBOLS:
            return k
        if not w[:1].isalpha() or w in ("و", "ثم"):
            return -1
    return -1


def symbol_owner(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                 recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a burning of symbols with their owner as the recipient (see the module)."""
    if hit.trigger.id != _TRIGGER:
        return actor, recipient
    k = _symbol_at(hit, toks)
    if k < 0:
        return actor, recipient
    # the party right after it, or its owner under لـ past one adjective of the symbol (صورا كبيرة للرئيس)
    owner = next((a for a in args if not a.place and a.actor.kind != "place" and (
        a.i == k + 1 and a.prep in (None, "ل") or a.i == k + 2 and a.prep == "ل" and toks[a.i][:1] == "ل"
        and toks[k + 1][:1].isalpha() and not any(b.i <= k + 1 < b.j for b in args))), None)
    if owner is None:
        return actor, recipient
    if actor is not None and (actor is owner or actor.i > k or actor.prep == "ل"):
        # (أحرقت صور للمرشد الإيراني: the owner or his adjective is not who burnt them, nor a party under لـ
        # before the verb: موالية لإيران فيما أحرقت صور ...)
        actor = None
    return actor, owner
