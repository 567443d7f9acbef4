"""Who fired the bullet or shell a noun of fire names (used by events/victims): the party right after the noun —
رصاصة قناص حوثي طالت الطفلة، رصاصات الجيش — or after من and, at most, a noun of the one who fired — برصاصة من قناص
إسرائيلي، بقذيفة من دبابة إسرائيلية — is its author, never its target; told as the means (بـ) of a killing or a
wounding, the party before it in its clause is its victim (قتلت المسعفة الفلسطينية برصاصة من قناص إسرائيلي)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# nouns of what is fired: a bullet, a shot, a shell (with no article: the bare noun stands in construct)
_FIRE = norm_words("رصاصه رصاصات رصاص طلقه طلقات قذيفه قذائف نيران")
# the one who fires, between من and the party: قناص، قناصة، جندي، جنود، عنصر، دبابة
_SHOOTERS = norm_words("قناص قناصه قناصي قناصو قناصين جندي جنود عنصر عناصر مسلح مسلحين مسلحي دبابه دبابات")
_BREAKS = frozenset({".", "؛", ":", "،", ",", "فيما", "بينما", "وفيما", "وبينما", "ان", "انه", "انها"})


def fired_by(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
             recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a noun of fire whose recipient, after it, is named as the one who fired it — its
    genitive (رصاصة قناص حوثي) or after من, past at most a noun of a shooter (برصاصة من قناص إسرائيلي): that party
    is the actor; the victim is the bare party before a بـ of means in the clause (or none)."""
    if hit.trigger.type != "ASSAULT" or hit.verbal or actor is not None or recipient is None or recipient.i < hit.j \
            or recipient.place or recipient.actor.kind in ("place", "country"):
        return actor, recipient
    word = toks[hit.i]
    noun = word[hit.strip:]
    if noun not in _FIRE:  # (الرصاص الحي: with the article the noun takes no genitive)
        return actor, recipient
    gap = toks[hit.j:recipient.i]
    if recipient.prep == "من" and not gap:
        gap = ["من"]
    named = (not gap and recipient.prep is None) or gap == ["من"] or (
        len(gap) <= 2 and gap[-1] in _SHOOTERS and gap[:-1] in ([], ["من"]))
    if not named:
        return actor, recipient
    victim = None
    if word[:hit.strip].removeprefix("و") == "ب":  # قتلت المسعفة برصاصة من قناص: the subject before suffered it
        victim = next((a for a in reversed(args) if a.j <= hit.i and hit.i - a.j <= 6 and a.prep is None
                       and not a.place and a.actor.kind not in ("place", "country")
                       and not any(w in _BREAKS for w in toks[a.j:hit.i])), None)
    return recipient, victim
