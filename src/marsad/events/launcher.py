"""Who launches an attack named by the verbal noun of launching right before it (used by events/victims): in بعد
شنهم هجمات على مواقع X، منذ بدئه هجوما على المدينة the pronoun is the attack's author, and in سيطرت القوات على الجبل
بعد شن هجوم، يستغلها التنظيم لشن هجمات the launching noun after a preposition has the clause's subject as its
author: the last bare party named before it in its sentence (not a speaker: قال X إن ...; not past من, whose
warning or fear — حذرت X من شن هجوم — is no launching; not a noun with its own genitive: شن النظام هجوما)."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# the verbal noun of launching or starting with a possessive pronoun: شنه، شنها، شنهم، بدئه، بدئها، بدئهم
_OWNED = norm_words("شنه شنها شنهم شنهما بدئه بدئها بدئهم بدءه بدءها")
# ... or bare after a preposition of time or purpose: بعد شن، عقب شن، لشن، بشن، إثر شن، قبل شن، منذ بدء
_BARE = norm_words("شن بدء")
_BEFORE = norm_words("بعد عقب اثر قبل منذ خلال اثناء اجل اطار اعقاب")
_ENDS = frozenset({".", "؛", ":", "!", "؟", '"', "«", "»"})


def _launching(toks: list[str], k: int) -> bool:
    """The word at k is a verbal noun of launching that has no genitive of its own before the attack noun after it:
    with a possessive pronoun (past بـ / لـ and a time word: بعد شنهم), or bare after لـ / بـ or a word of time."""
    w = toks[k]
    for p in ("و", "ب", "ل"):
        if w.startswith(p) and (w[1:] in _OWNED or w[1:] in _BARE):
            return True
    if w in _OWNED:
        return True
    return w in _BARE and k > 0 and toks[k - 1].removeprefix("و") in _BEFORE


def launcher(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
             recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an attack noun with no author right after a verbal noun of launching (events' docstring):
    the last bare party before that noun, in the sentence, is the author (and no longer the recipient)."""
    if hit.trigger.type != "ASSAULT" or hit.verbal or actor is not None or hit.i < 1 or hit.strip \
            or not _launching(toks, hit.i - 1):
        return actor, recipient
    k = hit.i - 1
    # (قال X إن القوات ...: not the speaker past إن; the subject after it may be)
    # (على جبل النبي شعيب: a name right after a prepositional phrase completes it, no subject)
    ends = {b.j for b in args if b.prep is not None}
    owner = next((a for a in reversed(args) if a.j <= k and a.prep is None and not a.place and a.actor.code
                  and a.actor.kind != "place" and a.i not in ends
                  and not any(w in _ENDS or w in cues.THAT for w in toks[a.j:k])), None)
    if owner is None:
        return actor, recipient
    return owner, None if recipient is owner else recipient
