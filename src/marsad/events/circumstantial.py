"""The subject of a circumstantial clause: X وهم يهاجمون، ظهر جنود وهم يعتقلون طفلا، شوهد عناصر من الشرطة وهم يعتدون.

A present verb right after و and an independent pronoun (وهو، وهي، وهم، وهما، وهن) tells what the party named just
before was doing: the pronoun resumes that party, the verb's subject. Without this rule the verb has no subject of
its own (the pronoun is no participant) and its actor is left empty or to the ranker. The party is the last one
named right before و (bare, or after من of a group word: عناصر من الشرطة), never a place nor the verb's own
recipient.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_AND_PRONOUN = norm_words("وهو وهي وهم وهما وهن")
_PRESENT = ("ي", "ت", "ن")  # (the verb's own prefix: a past verb after وهو is a predicate of another kind)


def circumstantial_subject(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                           recipient: Arg | None, implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the party the pronoun of وهم + a present verb resumes as the actor;
    anything else unchanged."""
    if not hit.verbal or hit.i < 2 or toks[hit.i - 1] not in _AND_PRONOUN or toks[hit.i][:1] not in _PRESENT:
        return actor, recipient, implicit
    k = hit.i - 1  # (the position of وهم)
    subject = next((a for a in reversed(people) if a.j <= k and k - a.j <= 1 and a.prep in (None, "من")
                    and not a.place and a.actor.kind != "place"), None)
    if subject is None or subject is recipient or recipient is not None and (
            (recipient.i, recipient.j) == (subject.i, subject.j)):
        return actor, recipient, implicit
    return subject, recipient, False
