"""The parties of a noun of sentence with its penalty: حكم محكمة مصرية بسجن الناشط، حكما عراقيا بإعدام مواطن ألماني.

A noun of sentence (حكم، الحكم، حكما) followed, past the court in its genitive (حكم محكمة إسرائيلية), a nationality
adjective (حكما تونسيا), غيابيا or يقضي, by a penalty's verbal noun under بـ (بسجن، بحبس، بإعدام) names the one
punished right after the penalty: he is the recipient, never the actor. The author is the court in the noun's
genitive, else the nationality adjective's state, else a court named before it in its clause (أصدرت محكمة كويتية
حكما غيابيا يقضي بحبس X), else the actor the rules found when it is a court, a state or
another authority that is not the one punished; a speaker or critic — انتقدت المنظمة حكم محكمة مصرية بسجن X،
كشفت الصحيفة أن حكما ... — is no author of it, and with no court named the actor is left unnamed.
A noun of sentence with no penalty verbal noun after it (حكم على X بالسجن، الحكم بالسجن على X) is left as it is.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm_words

_SENTENCE = "coerce-sentence"
_NOUNS = norm_words("حكم الحكم حكما حكماً وحكم والحكم")
_PENALTIES = norm_words("بسجن بحبس بإعدام بالحبس")  # (a verbal noun in construct: بسجن X; بالحبس ends the phrase)
_BETWEEN = norm_words("غيابيا غيابياً يقضي قضائيا نهائيا ابتدائيا")
_REACH = 4  # words between the noun and the penalty (the court's name, an adjective)
_BEFORE = 8  # words back from the noun to the court that issued it (its verb, a day: أصدرت اليوم الخميس)
_BREAKS = frozenset((".", "،", ",", "؛", ":", "؟", "!"))


def _authority(a: Arg) -> bool:
    return a.actor.kind in ("country", "institution", "organisation") or (
        a.actor.kind != "person" and a.actor.sector in STATE_SECTORS)


def _court(a: Arg) -> bool:
    return a.actor.sector == "JUD" or a.actor.kind in ("country", "nationality")


def _issuer(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """A court named bare before the noun in its clause, the subject of the verb that issued or upheld it —
    أصدرت محكمة كويتية حكما غيابيا يقضي بحبس X — else None."""
    start = next((k + 1 for k in range(hit.i - 1, max(-1, hit.i - _BEFORE), -1) if toks[k] in _BREAKS), 0)
    return next((a for a in sorted(people, key=lambda a: -a.i) if start <= a.i and a.j <= hit.i
                 and a.prep is None and not a.place and a.actor.sector == "JUD"), None)


def sentence_noun(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) for a noun of sentence with its penalty (see the module); anything else
    unchanged."""
    if hit.trigger.id != _SENTENCE or toks[hit.i] not in _NOUNS:  # (حكم may be read as a verb: the
        # penalty right after it or its court tells the noun; حكم القاضي بسجن X, the verb, has the court too)
        return actor, recipient, implicit
    pen = next((k for k in range(hit.j, min(len(toks), hit.j + _REACH + 1)) if toks[k] in _PENALTIES), -1)
    if pen < 0 or toks[pen] == "بالحبس":
        return actor, recipient, implicit
    inside = [a for a in people if hit.j <= a.i and a.j <= pen]
    gap = [w for w in toks[hit.j:pen] if w not in _BETWEEN and w != "#"]
    if len(gap) > sum(a.j - a.i for a in inside) + 1:
        return actor, recipient, implicit  # (another clause lies between the noun and the penalty)
    punished = next((a for a in people if a.i == pen + 1 and a.prep is None and not a.place), None)
    if punished is None or _authority(punished) and punished.actor.kind != "person":
        return actor, recipient, implicit
    court = next((a for a in inside if _court(a) and not a.place), None) or _issuer(hit, toks, people)
    if court is not None:
        return court, punished, False
    if actor is not None and actor is not punished and _authority(actor) and actor.actor.country and (
            actor.actor.country != punished.actor.country or actor.actor.sector in ("JUD", "GOV")):
        return actor, punished, implicit
    return None, punished, False
