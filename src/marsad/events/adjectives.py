"""A nationality adjective that belongs to the subject, not to the object: after an institution and its genitive
complement the adjective agrees with the institution (شرطة مكافحة الإرهاب التركية, وزارة الداخلية العراقية), and so
it does after a definite institution and its definite adjectives (المحكمة الجنائية المركزية العراقية)."""

from __future__ import annotations

from marsad.events.arguments import Arg

_GAP = 3  # words of the genitive complement between the head and its adjective (مكافحة الإرهاب)


def subject_adjective(a: Arg, actor: Arg | None, toks: list[str], people: list[Arg]) -> bool:
    """Whether `a` is a bare nationality adjective that completes the actor's phrase: the actor ends in a body's noun
    in the construct state (no ال: شرطة, قوات, محكمة), so the words after it are its genitive complement, and the
    adjective follows that complement with no participant between, naming no other country than the actor's
    (اعتقلت شرطة مكافحة الإرهاب التركية بريطانيين: Turkish is the police's, the Britons are arrested)."""
    if actor is None or a.prep is not None or a.actor.kind != "nationality" or actor.prep is not None:
        return False
    if not (1 <= a.i - actor.j <= _GAP) or actor.actor.kind not in ("institution", "generic", "organisation"):
        return False
    if toks[actor.j - 1].removeprefix("و").startswith("ال") and not _definite_run(toks, actor.j, a):
        return False
    if any(actor.j <= p.i < a.i for p in people if p is not a):
        return False
    return not actor.actor.country or actor.actor.country == a.actor.country


def past_adjective(a: Arg | None, actor: Arg | None, toks: list[str], after: list[Arg]) -> Arg | None:
    """The recipient once the subject's own adjective is set aside: the next bare participant right after it."""
    if a is None or not subject_adjective(a, actor, toks, after):
        return a
    return next((p for p in after if p.i == a.j and p.prep is None and not p.place), None)


def _definite_run(toks: list[str], j: int, a: Arg) -> bool:
    """A definite head followed only by definite adjectives and then the definite nationality adjective, one noun
    phrase (المحكمة الجنائية العراقية, الشرطة الاتحادية الروسية): the adjective agrees with the head."""
    words = toks[j:a.j]
    return bool(words) and all(w.startswith("ال") for w in words)
