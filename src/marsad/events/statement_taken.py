"""An accusation made in a statement its verb takes up by a pronoun: أصدر السفير بيانا اتهم فيه X بـ، نشرت رسالة
انتقدت فيها X، أصدروا بيانا نددوا فيه بـ X. The verb has no subject of its own there: the statement's author — the
first bare party named before it in the sentence — accuses, and the bare party right after فيه / فيها is the
accused (like a call's, events/requests: بيانا طالبت فيه X بـ)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.requests import takes_up_statement
from marsad.events.triggers import TriggerHit

_NEAR = 2  # words from فيه to the accused (اتهم فيه بوضوح X)


def statement_taken(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                    implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb of accusing that takes up a statement named before it (بيانا اتهم
    فيه حركة حماس: the statement's author, Hamas); the rules' roles otherwise."""
    if not hit.verbal or hit.trigger.type != "ACCUSE" or object_pronoun(toks[hit.i][hit.strip:]) or \
            not takes_up_statement(hit, toks):  # (تتهمه فيها: the pronoun is the accused)
        return actor, recipient, implicit
    accused = next((a for a in people if hit.j < a.i <= hit.j + 1 + _NEAR and a.prep is None and not a.place), None)
    author = next((a for a in sorted(people, key=lambda a: a.i) if a.j <= hit.i and a.prep is None
                   and not a.place and a.actor.kind != "place"), None)
    if accused is None or toks[accused.i].endswith("ون"):  # تقريرا انتقد فيه مواطنون X: a nominative, its subject
        return actor, recipient, implicit
    return author, accused, author is None
