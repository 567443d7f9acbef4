"""Reinforcements sent for a force are that force's (stages/events): وصول تعزيزات عسكرية لقوات النظام السوري —
the regime's forces are reinforced, they are the mobilisation's actor, not its target. The party after لـ within a
few words of the noun (past عسكرية / ضخمة) is taken when no actor was found; an actor already named — أرسلت تركيا
تعزيزات لقواتها — is kept."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit

_REACH = 3  # تعزيزات عسكرية ضخمة لقوات X


def reinforced(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
               recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a reinforcement noun: its owner after لـ as the actor when none was found."""
    if actor is not None or hit.trigger.id != "mobilize-reinforcements" or hit.verbal:
        return actor, recipient
    owner = next((a for a in args if a.prep == "ل" and not a.place and 0 <= a.i - hit.j <= _REACH), None)
    if owner is None:
        return actor, recipient
    return owner, None if recipient is owner or recipient is not None and recipient.i == owner.i else recipient
