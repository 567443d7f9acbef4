"""A group's own dead, قتلاها / قتلاهم, read by the killing trigger as a dual verb with its object (قتلا + ها).

Joined by و to a noun with the same possessive pronoun — تاركة خلفها عتادها وقتلاها — the word is the plural noun
قتلى with its possessor's pronoun: "its dead". The group the pronoun resumes, which the rules take as the verb's
subject, lost them: it is the recipient, never the author; the party the rules took as the object (the side that
struck it, if any) is then the actor. (After a word for bodies — جثث قتلاهم — events/noun_sense drops the trigger
before roles are read: the bodies are told, not a killing.)"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_DEAD = norm_words("قتلاها قتلاهم")


def their_dead(hit: TriggerHit, toks: list[str], actor: Arg | None,
               recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing trigger that is the noun قتلى with a possessive pronoun: the possessor is the
    victim (the recipient), and a party the rules took as the object the author."""
    body = toks[hit.i][hit.strip:]
    if body not in _DEAD or hit.i < 1 or actor is None or actor.i > hit.i:  # (the pronoun's referent comes before)
        return actor, recipient
    before = toks[hit.i - 1].removeprefix("و")
    joined = toks[hit.i][:hit.strip] == "و" and before.endswith(body[len("قتلا"):]) and len(before) > 4
    if not joined:
        return actor, recipient
    return recipient if recipient is not None and recipient.i > actor.i else None, actor
