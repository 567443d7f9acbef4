"""The roles of a protest: what it is against or in front of, and who is not its author (a town, the police that
suppress it, the protesters as their own target)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

PROTEST_TARGET = ("ضد", "على", "علي", "امام", "نحو", "حول", "الى", "الي", "لدى", "لدي")  # whom a protest addresses
_CUES = norm_words("""احتجاجا احتجاج للاحتجاج تنديدا للتنديد رفضا ضد امام حول نحو مناهضه المناهضه مناوئه
    المناوئه معارضه خارج قرب بالقرب مقابل قباله بمحيط محيط""")
_SUPPRESS = norm_words("قمع تفريق فض تصدي مواجهه اعتداء")
_FIRED_BY = norm_words("برصاص رصاص بنيران نيران بقنابل")


def protest_roles(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                  recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a protest, from the ones the general rules found."""
    recipient = _target(hit, toks, people, actor) or recipient
    if recipient is not None and recipient.actor.kind == "generic" and recipient.actor.sector == "CVL":
        recipient = None  # تظاهرات الإيرانيين ... المتظاهرين: protesters protest, they are not its target
    if actor is not None and actor.actor.kind == "place":
        # مسيرات العودة على حدود قطاع غزة: a town does not march; its people do (the caller's crowd)
        actor, recipient = None, recipient or actor
    if actor is not None and actor.i > 0 and (toks[actor.i - 1].removeprefix("ل") in _SUPPRESS or (
            toks[actor.i - 1] in _FIRED_BY)):
        # قمع قوات الاحتلال مسيرات العودة: who suppresses the protests is whom they are against, not their author;
        # so is who fires on them (قتل برصاص الجيش الإسرائيلي خلال تظاهرات مسيرة العودة)
        actor, recipient = None, recipient or actor
    return actor, recipient


def _target(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None) -> Arg | None:
    """What a protest is against or in front of, however far after it: احتجاجا على قرار الحكومة, تنديدا بـ,
    ضد الحكومة, أمام / حول مقر السفارة الإستونية."""
    for a in people:
        if a.i < hit.j or a is actor or a.accusative:
            continue
        cue = [w for w in toks[max(hit.j, a.i - 3):a.i] if w in _CUES]
        if cue:
            return a
    return None
