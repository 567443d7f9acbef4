"""Who uses people as human shields and who is used (used by events/responsible).

The noun دروع بشرية is the second object of a verb or verbal noun of using or taking — تستخدم X المدنيين دروعا
بشرية، يتخذ X من السكان دروعا بشرية، استخدام X للأهالي كدروع بشرية، لاتخاذهم دروعا بشرية: the party before the
verb, or the one right after it when another follows (its genitive or VSO subject), uses them — the actor —, and
the people it takes as its object are the ones used — the recipient —, never the reverse the nearest-party reading
gives (the people stand right before the noun). An object pronoun on the verb (لاتخاذهم) resumes the party named
last before it, and the actor is then the bare party before that."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_USE = norm_words("""استخدم استخدمت استخدموا يستخدم تستخدم يستخدمون استخدام باستخدام لاستخدام استعمل استعملت
    استعملوا يستعمل تستعمل يستعملون استعمال باستعمال اتخذ اتخذت اتخذوا يتخذ تتخذ يتخذون اتخاذ باتخاذ لاتخاذ""")
_PRONOUNS = ("هم", "هن", "ها", "ه", "هما")
_BREAKS = frozenset(("،", ",", ".", "؛", ":", "?", "؟", "!"))
_REACH = 8  # words from the verb of using to the noun


def _use_verb(toks: list[str], i: int) -> tuple[int, bool]:
    """Where the verb of using stands before token i, within reach and not past a break (-1 if none), and whether
    it carries an object pronoun (لاتخاذهم، يستخدمونهم)."""
    for k in range(i - 1, max(-1, i - _REACH - 1), -1):
        w = toks[k]
        if w in _BREAKS:
            return -1, False
        w = w[1:] if w[:1] in ("و", "ف") and w[1:] not in _USE else w
        if w in _USE:
            return k, False
        stem = next((w[:-len(p)] for p in _PRONOUNS if w.endswith(p) and w[:-len(p)] in _USE), None)
        if stem is not None:
            return k, True
    return -1, False


def _party(a: Arg) -> bool:
    return not a.place and a.actor.kind != "place"


def shield_parties(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                   recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of human shields taken by a verb of using: the user acts, the people used are the
    target; the roles found stay when no such verb stands before the noun."""
    if hit.trigger.id != "assault-human-shield":
        return actor, recipient
    k, pronoun = _use_verb(toks, hit.i)
    if k < 0:
        return actor, recipient
    inside = [a for a in args if k < a.i and a.j <= hit.i and _party(a) and a.prep in (None, "من", "ل")]
    before = [a for a in args if a.j <= k and _party(a) and not any(w in _BREAKS for w in toks[a.j:k])]
    if pronoun:  # لاتخاذهم دروعا: the pronoun resumes the party named last before the verb
        used = before[-1] if before else None
        user = next((a for a in reversed(before[:-1]) if a.prep is None and used is not None
                     and a.actor != used.actor), None)
    elif len(inside) >= 2 and inside[0].prep is None:  # تستخدم الميليشيات المدنيين، استخدام X للأهالي
        user, used = inside[0], inside[1]
    elif inside:  # X تستخدم المدنيين دروعا، يتخذ من السكان دروعا
        used = inside[0]
        user = next((a for a in reversed(before) if a.prep is None and a.actor != used.actor), None)
    else:
        return actor, recipient
    if used is None:
        return actor, recipient
    if user is None:
        user = actor if actor is not None and actor.actor != used.actor else None
    return user, used
