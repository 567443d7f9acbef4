"""Who takes part in an attack is its author (used by events/responsible.attack_parties).

A verb or noun of taking part whose في names the attack — وكانت إسرائيل شاركت في هجمات على المطار، شاركت طائرات
فرنسية في الضربات، مشاركة مقاتلات التحالف في المعارك، القوات المشاركة في الهجوم — has the attack's author as its
subject: the party right after the verb or the noun (its subject or genitive), or right before it (a topic, or the
noun a participle describes). Not a participation denied, negated or refused (عدم مشاركة X في الضربات، لم تشارك
X، رفض البرلمان المشاركة في ...)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import verb_forms
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_VERBS = frozenset({f for f in verb_forms("شارك", "يشارك")} | {"و" + f for f in verb_forms("شارك", "يشارك")})
_NOUNS = norm_words("مشاركة ومشاركة بمشاركة المشاركة والمشاركة المشاركين المشاركون المشارك مشاركتها مشاركته "
                    "مشاركتهم")
_BEFORE = norm_words("قد كانت كان وكانت وكان")  # (إسرائيل قد شاركت، إسرائيل كانت شاركت)
_DENIED = norm_words("عدم وعدم بعدم لعدم لم ولم لن ولن لا ولا رفض رفضت يرفض ترفض ورفض ورفضت")  # (or refused)


def partaker(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The party taking part in the attack noun at `hit`, told by شارك / مشاركة + في + the noun; None if none."""
    if hit.verbal or hit.i < 2 or toks[hit.i - 1] != "في":
        return None
    # شاركت X في الهجمات: the party between the verb or noun and في
    n = next((n for n, a in enumerate(args) if a.j == hit.i - 1), -1)
    while n > 0 and args[n].conj:  # (شاركت طائرات فرنسية وبريطانية: the first of the parties joined by و)
        n -= 1
    inner = args[n] if n >= 0 and args[n].prep is None and not args[n].place and args[n].i >= 1 else None
    # (a noun the party's nationality describes may stand between: شاركت طائرات فرنسية في الضربات)
    v = next((k for k in range(inner.i - 1, max(-1, inner.i - 3), -1) if toks[k] in _VERBS or toks[k] in _NOUNS),
             -1) if inner is not None else -1
    if v >= 0:
        return None if _denied(toks, v) else inner
    v = hit.i - 2
    if not (toks[v] in _VERBS or toks[v] in _NOUNS) or _denied(toks, v):
        return None
    k = v - 1 if v >= 1 and toks[v - 1] in _BEFORE else v
    return next((a for a in args if a.j == k and a.prep is None and not a.place), None)


def _denied(toks: list[str], v: int) -> bool:
    return v >= 1 and toks[v - 1] in _DENIED
