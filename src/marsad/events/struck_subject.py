"""No author from outside its clause for a verb of striking whose subject is a noun of attack or arms.

In ذكر المصدر أن انفجارا في شمال البلاد استهدف سيارة, or جنود أصيبوا بعد أن استهدفت عبوة ناسفة مركبتهم, the verb's
subject is the noun — the explosion, the bomb — and who set it off is its owner (events/weapon_subject), else no
one named: not the teller before أن, not the party the clause before it tells of. So a party the rules took before
the noun (right after the verb, or before it opening its clause after أن / إن / و, past a few words of its own
phrase) is not the actor; when the struck object carries a plural or feminine pronoun (مركبتهم، عربتهما) and no
other recipient is named, that party is the one struck. An armed body (MIL, REB) stays: it may tell of its own
strike — قال الجيش إن غارات جوية استهدفت، بحسب بيان الجيش، فقد استهدفت الغارات. A subject carried from an earlier
sentence is left to the rules (شنت مقاتلات التحالف غارات. واستهدفت الغارات مواقع: the raids' author)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# what opens the noun's clause before it, and the words a noun's own phrase may not run past
_OPENERS = norm_words("ان انه انها و فيما بينما حيث لكن")
_BREAKS = frozenset({".", "؛", ":", "،", ",", "(", ")", "«", "»", '"'}) | norm_words(
    "الذين الذي قال قالت اعلن اعلنت ذكر ذكرت افاد افادت")
_ARMED = frozenset({"MIL", "REB"})
_THEIR = ("هم", "هما", "ها")  # a possessive pronoun on the struck object: عربتهما، مواقعهم


def _base(w: str) -> str:
    """The noun without و, the article or an indefinite accusative's alif: وانفجارا → انفجار."""
    w = w.removeprefix("و").removeprefix("ال")
    return w[:-1] if w.endswith("ا") and not w.endswith(("ات", "وا")) and len(w) > 4 else w


def noun_before(hit: TriggerHit, toks: list[str], nouns: frozenset[str], reach: int = 5) -> int:
    """Where a noun of attack or arms opening its clause stands before the verb of attack, past at most `reach`
    words of its own phrase, else -1."""
    if not hit.verbal or hit.strip or hit.trigger.type != "ASSAULT":
        return -1
    for n in range(hit.i - 1, max(-1, hit.i - 2 - reach), -1):
        w = toks[n]
        if w in _BREAKS:
            return -1
        if _base(w) in nouns and (n == 0 or toks[n - 1] in _OPENERS or w.startswith("و") and toks[n - 1] in _BREAKS):
            return n
    return -1


def outside_author(subject: int, hit: TriggerHit, toks: list[str], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb of striking whose subject, a noun of attack or arms, stands at token
    `subject` (-1: none): a party the rules took before the noun is not its author, unless armed; when the struck
    object's pronoun resumes it — قتل جنديان حين استهدفت قذيفة آليتهما — it is the one struck."""
    if subject < 0 or object_pronoun(toks[hit.i][hit.strip:]):
        return actor, recipient, implicit  # (مخزن لـ X استهدفته الضربة: the pronoun's party is struck, weapon_subject)
    if actor is None or actor.i >= subject:
        return actor, recipient, implicit
    if recipient is None and any(w.endswith(_THEIR) and len(w) > 4 for w in toks[hit.j:hit.j + 4] if w not in _BREAKS):
        return None, actor, False  # (the pronoun's party is struck)
    if actor.actor.sector in _ARMED:
        return actor, recipient, implicit  # (قال الجيش إن غارات جوية استهدفت مواقع: maybe its own)
    return None, recipient, False
