"""The roles of a withdrawal from an agreement named by its noun (انسحاب أميركا من الاتفاق النووي، خروج بريطانيا من
المعاهدة): the noun's verb takes no object, so its bare genitive is who withdraws — the actor, never the recipient,
and its own, not the speaker's who tells of it; the recipient is the other party the agreement names (الاتفاق النووي
الإيراني، الاتفاق مع إيران), or no one. The nuclear agreement named bare — الانسحاب من الاتفاق النووي — is Iran's: a
withdrawal from it by another party has Iran as recipient when the sentence names Iran (deal_party; the agreements
known by their adjective alone and their parties are listed in bare_names.yaml)."""

from __future__ import annotations

from collections.abc import Mapping

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_AGREEMENTS = norm_words("""الاتفاق اتفاق الاتفاقيه اتفاقيه المعاهده معاهده الاتفاقيات اتفاقيات المعاهدات معاهدات
    الميثاق ميثاق""")
_REACH = 6  # words from the noun to the agreement (انسحاب واشنطن قبل أشهر من الاتفاق)


def withdrawer(hit: TriggerHit, args: list[Arg]) -> Arg | None:
    """The bare genitive right after a noun of withdrawal from an agreement."""
    if hit.verbal or hit.trigger.id != "reject-withdraw-agreement":
        return None
    return next((a for a in args if a.i == hit.j and a.prep is None), None)


def withdrawal_roles(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                     recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a withdrawal noun with a genitive: the genitive; the rules' recipient unless it is the
    genitive's own state, else the agreement's other party."""
    who = withdrawer(hit, people)
    if who is None:
        return actor, recipient
    if recipient is not None and recipient is not who and recipient.actor.country != who.actor.country:
        return who, recipient
    k = next((k for k in range(who.j, min(len(toks), who.j + _REACH)) if toks[k].removeprefix("من") in _AGREEMENTS
              or toks[k] in ("من", "عن") and k + 1 < len(toks) and toks[k + 1] in _AGREEMENTS), -1)
    if k < 0:
        return who, None  # (the ranker may still find the other party)
    k += 1 if toks[k] in ("من", "عن") else 0
    other = next((a for a in people if k < a.i <= k + 3 and a is not who and (
        a.prep == "مع" or a.prep is None and a.actor.kind == "nationality")
                  and a.actor.country != who.actor.country), None)
    return who, other


def deal_party(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
               recipient: Arg | None, deals: Mapping[str, str] | None = None) -> Arg | None:
    """بعد انسحابها من الاتفاق النووي ... على إيران: a withdrawal (verb or noun) from an agreement known by its
    adjective alone (`deals`: the normalised adjective → its party's country, from bare_names.yaml) has that
    agreement's party as recipient, the first participant of its country the sentence names, unless the withdrawer
    is of that country or the rules already found one of it."""
    if hit.trigger.id != "reject-withdraw-agreement" or not deals:
        return recipient
    k = next((k for k in range(hit.j, min(len(toks) - 1, hit.j + _REACH)) if toks[k + 1] in deals
              and toks[k].removeprefix("من") in _AGREEMENTS), -1)
    if k < 0:
        return recipient
    party = deals[toks[k + 1]]
    if actor is not None and actor.actor.country == party or recipient is not None and \
            recipient.actor.country == party:
        return recipient
    return next((a for a in sorted(people, key=lambda a: a.i) if a.actor.country == party and a is not actor),
                recipient)
