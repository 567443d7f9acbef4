"""The craft a downing strikes (used by events/attack.site_owned): أسقطت الدفاعات الجوية طائرة إسرائيلية، إسقاط
دمشق مقاتلة إسرائيلية، الصاروخ الذي أسقط الطائرة الماليزية — the nationality of the aircraft or drone shot down is
whom the downing targets, never its author; the author is the subject before the craft (the verb's, or the noun's
genitive: إسقاط دمشق طائرة, or a party owning a craft right before the verb: مقاتلة للجيش أسقطت), else left
unnamed. The craft that is the verb's own subject — أسقطت مقاتلات تركية
طائرة — downs, and the one after it is the target."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_DOWNING = "assault-down-aircraft"
_CRAFT = norm_words("""طائره طائرات الطائره الطائرات طائرتي طائرتين مقاتله مقاتلات المقاتله المقاتلات مروحيه مروحيات
    المروحيه المروحيات مسيره مسيرات المسيره المسيرات درون""")
_DRONE = norm_words("مسيره مسيرات")  # also an adjective of a craft named before it: طائرة مسيرة
_REACH = 4  # tokens from the downing to the craft, and from the craft to its nationality (طائرة من دون طيار إيرانية)
_BREAKS = frozenset({".", "،", ",", "؛", ":", "(", ")", '"', "«", "»"})


def _craft(toks: list[str], k: int) -> bool:
    return 0 <= k < len(toks) and toks[k].removeprefix("و") in _CRAFT


def _nationality(toks: list[str], args: list[Arg], k: int) -> Arg | None:
    """The nationality adjective of the craft at token k, within reach, with no other participant nor a break
    between: طائرة إسرائيلية، مقاتلة أف 16 إسرائيلية، طائرة من دون طيار إيرانية."""
    for a in args:
        if k < a.i <= k + _REACH and a.actor.kind == "nationality" and a.prep is None and not any(
                w in _BREAKS for w in toks[k + 1:a.i]) and not any(k < b.i < a.i for b in args):
            return a
    return None


def downed_craft(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                 recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a downing whose craft's nationality is named: that nationality is the target, and no
    author (when the rules took it for one)."""
    if hit.trigger.id != _DOWNING:
        return actor, recipient
    # a downing takes an aircraft as its object: the one craft named after it is the craft downed (past the verb's
    # subject — أسقطت الدفاعات السورية طائرة — or the noun's genitive — إسقاط دمشق طائرة); of two right after a
    # verb, the first is its subject (أسقطت مقاتلات تركية طائرة سورية)
    end = next((k for k in range(hit.j, len(toks)) if toks[k] in _BREAKS), len(toks))
    crafts = [k for k in range(hit.j, min(end, hit.j + 2 * _REACH)) if _craft(toks, k) and not (
        toks[k] in _DRONE and any(_craft(toks, x) for x in range(max(hit.j, k - 2), k)))]  # (طائرة إيرانية مسيرة)
    if not crafts or crafts[0] - hit.j >= _REACH:
        return actor, recipient
    k = crafts[1] if hit.verbal and len(crafts) > 1 and crafts[0] == hit.j else crafts[0]
    owner = _nationality(toks, args, k)
    if owner is None or owner is recipient:
        return actor, recipient
    if not hit.verbal and recipient is not None and recipient.i == hit.j < k and recipient.prep is None:
        actor = recipient  # إسقاط دمشق طائرة إسرائيلية: the noun's genitive before the craft downed it
    if actor is owner and hit.verbal:
        # (the craft's nationality was read as the verb's subject: the subject is the party right before the verb,
        # bare or owning a craft — مقاتلة لجيش الاحتلال أسقطت طائرة إيرانية)
        actor = next((a for a in args if a.j == hit.i and a is not owner and (
            a.prep is None or a.prep == "ل" and _craft(toks, a.i - 1))), None)
    # (no one downs a craft of its own state: a subject carried from the clause before is no author)
    return (None if actor is owner or actor is not None and actor.actor.country == owner.actor.country
            else actor), owner
