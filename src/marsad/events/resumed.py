"""The one held or sentenced, named before the act and resumed by a pronoun on its preposition: X ألقي القبض
عليه، X جرى القبض عليهم، X، حكم عليه بالسجن.

An arrest told as القبض على and a sentence told as حكم على mark the one acted on with على (events/marked). When
على carries a pronoun, the pronoun resumes a party named before: a topic right before the verb (past a comma, the
passive light verbs جرى / تم, the impersonal ألقي and قد) is that party — the arrested or sentenced, never the one
who arrests. The impersonal passive is always masculine singular (ألقي القبض عليها، حكم عليهن), so a feminine or
plural verb (ألقت الشرطة القبض عليه، السلطات ألقت القبض عليهم) is active and keeps its subject; so does a masculine
one whose subject is a body that arrests or judges (الجيش ألقى القبض عليه، القاضي حكم عليه)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_IDS = frozenset({"coerce-arrest-qabd", "coerce-sentence"})
_ON_HIM = norm_words("عليه عليها عليهم عليهن عليهما")
# words between the topic and the act: a comma, قد, and the impersonal passive verbs (ألقي → القي once normalised)
_PASSIVE = norm_words("جرى جري وجرى وجري تم وتم يتم ويتم")
_BETWEEN = _PASSIVE | norm_words("القي والقي القاء وقد قد ، ,")
# bodies that arrest or judge: the subject of a masculine active verb (الجيش ألقى القبض عليه)
_AUTHORITY = frozenset({"COP", "MIL", "JUD", "SPY"})


def _pronoun(hit: TriggerHit, toks: list[str]) -> bool:
    """القبض عليه (the pronoun inside the trigger), حكم عليه (right after the verb)."""
    if hit.j > hit.i + 1 and toks[hit.j - 1] in _ON_HIM:
        return True
    return hit.verbal and hit.j < len(toks) and toks[hit.j] in _ON_HIM and toks[hit.i] in ("حكم", "وحكم", "قبض")


def resumed_held(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the topic that the pronoun of عليه resumes as the recipient, the actor
    left for the agent phrase or the ranker; anything else unchanged."""
    if hit.trigger.id not in _IDS or not _pronoun(hit, toks):
        return actor, recipient, implicit
    k = hit.i
    between = []
    while k > 0 and toks[k - 1] in _BETWEEN:
        k -= 1
        between.append(toks[k])
    topic = next((a for a in people if a.j == k and a.prep is None and not a.place and a.actor.kind != "place"), None)
    # past one adjective or a relative pronoun: المسؤولين المستهدفين ألقي، البلجيكي الذي تم القبض عليه
    if topic is None and k > 1 and toks[k - 1].startswith("ال"):
        topic = next((a for a in people if a.j == k - 1 and a.prep is None and not a.place
                      and a.actor.kind not in ("place", "person")), None)
    if topic is None or topic is recipient:
        return actor, recipient, implicit
    passive = any(w in _PASSIVE for w in between)
    if not passive and topic.actor.kind != "person" and (topic.actor.sector in _AUTHORITY or topic.actor.kind in (
            "institution", "organisation", "country")):
        return actor, recipient, implicit  # الجيش ألقى القبض عليه: the body arrests
    if actor is None or actor is topic or (actor.i, actor.j) == (topic.i, topic.j):
        return None, topic, True  # the speaker's, when one tells of it (قال المدعي العام إن X حكم عليه)
    return actor, topic, implicit
