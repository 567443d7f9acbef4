"""A body's own members, called on or thanked with a possessive pronoun, are that body: the recipient is the actor.

دعت حركة طالبان عناصرها إلى الالتزام بوقف إطلاق النار، ناشد زعيم الجماعة أنصاره، شكر الحزب أعضاءه: a noun of
members, fighters or followers (عناصر، مقاتلي، أنصار، أتباع، أعضاء، مناصري، مؤيدي، منتسبي، كوادر) carrying the
pronoun of the party named before it is the addressee of a call or a word of thanks — and names no party a
dictionary codes, so the rules left the recipient empty (or the ranker took a place or another party in the
sentence for it). When the party the pronoun resumes — the last one named before the noun, no place — is the
actor (the same code), the recipient is the actor's own body, at the trigger (implicit). Right after the trigger
or its subject, past فيه / فيها or من at most (أصدرت بيانا دعت فيه عناصرها، طلب من أنصاره). Not when another
party stands between the actor and the noun (دعت الحكومة المعارضة وأنصارها: the pronoun is the opposition's),
nor for an attack or an arrest, whose victims' pronoun may resume the target (هاجم الجيش داعش وقتل عناصره). Used
by the events stage.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.record import Participant, Span
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

TYPES = frozenset({"REQUEST", "SUPPORT"})
_STEMS = ("عناصر", "مقاتلي", "أنصار", "اتباع", "أتباع", "أعضاء", "أعضائ", "أعضاؤ", "مناصري", "مؤيدي", "منتسبي",
          "كوادر")
_MEMBERS = frozenset(norm_words(" ".join(s + p for s in _STEMS for p in ("ه", "ها", "هم", "هما"))))
_SKIP = frozenset(norm_words("فيه فيها من"))


def own_members(event_type: str, hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None,
                recipient: Participant | None, span: Span) -> Participant | None:
    """The recipient, or the actor's own body when the rules left it empty and the trigger's object is a noun of
    the actor's members with its possessive pronoun (see the module's docstring)."""
    if actor is None or event_type not in TYPES or (recipient is not None and not recipient.implicit
                                                    and recipient.actor.kind != "place"):
        return recipient
    k = hit.j
    subject = next((a for a in args if a.i == k and a.actor.code == actor.actor.code), None)
    k = subject.j if subject is not None else k  # (VSO: دعت حركة طالبان عناصرها)
    k += k < len(toks) and toks[k] in _SKIP
    if k >= len(toks) or toks[k] not in _MEMBERS or any(a.i <= k < a.j for a in args):
        return recipient
    owner = next((a for a in reversed(args) if a.j <= k and not a.place and a.actor.kind != "place"), None)
    if owner is None or owner.actor.code != actor.actor.code:
        return recipient
    return Participant(span, actor.actor, implicit=True)
