"""The refuser a verbal noun of refusal or denial names in its genitive.

انتقدت فرنسا رفض إيطاليا استقبال السفينة، رحبت الحكومة بنفي موسكو ...: the bare party right after رفض / نفي /
إنكار (no article, no possessive pronoun on it) is the one who refuses or denies — the subject of the verbal noun —
the actor, never its recipient (the bare رفض, read as a verb too, has that party as its subject all the same); the
subject of the verb the noun depends on (who criticises, welcomes or reports the refusal) is no party of it.
Nothing changes when that genitive already is the actor, when it stands behind a preposition or is a place, or
when the noun carries its own possessive (رفضها الاتفاق: the pronoun refuses)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm

_NOUNS = ("reject-refuse", "reject-deny")  # رفض، نفي، إنكار (not معارضة, also "the opposition")


def refuser_genitive(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                     implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a refusal or denial noun: its bare genitive party as the actor, a recipient
    named before that genitive dropped (applied in events/frames)."""
    body = toks[hit.i][hit.strip:]
    # (رفض bare, also read as the verb: its party right after is then its subject, the refuser all the same)
    noun = not hit.verbal or hit.strip == 0 and body in {norm(m) for m in hit.trigger.masdar}
    if not noun or not hit.trigger.id.startswith(_NOUNS) or body.startswith("ال") or possessed_noun(hit, toks):
        return actor, recipient, implicit
    genitive = next((a for a in people if a.i == hit.j and a.prep is None and not a.place
                     and a.actor.kind != "place" and not a.accusative), None)
    if genitive is None or genitive is actor:
        return actor, recipient, implicit
    if recipient is genitive or recipient is not None and recipient.i < genitive.i:
        recipient = None
    return genitive, recipient, False
