"""The roles of a protest: what it is against or in front of, and who is not its author (a town, the police that
suppress it, the protesters as their own target)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import Arg
from marsad.events.record import Participant
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import make_code
from marsad.text.normalize import norm_words

PROTEST_TARGET = ("ضد", "على", "علي", "امام", "نحو", "حول", "الى", "الي", "لدى", "لدي")  # whom a protest addresses
_CUES = norm_words("""احتجاجا احتجاج للاحتجاج تنديدا للتنديد رفضا ضد امام حول نحو مناهضه المناهضه مناوئه
    المناوئه معارضه خارج قرب بالقرب مقابل قباله بمحيط محيط""")
_SUPPRESS = norm_words("قمع تفريق فض تصدي مواجهه اعتداء")
_FIRED_BY = norm_words("برصاص رصاص بنيران نيران بقنابل")


def protest_roles(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                  recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a protest, from the ones the general rules found."""
    if (crowd := _crowd_before(hit, toks, people, actor)) is not None:
        actor, recipient = crowd, recipient or actor
    if actor is not None and actor.j <= hit.i and _topic(toks, hit.i):
        actor = None  # عبر الوزير في تغريدة بشأن المظاهرات: who speaks about protests did not make them (the crowd did)
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


_ABOUT = norm_words("بشان حول ازاء حيال تجاه")


def _topic(toks: list[str], i: int) -> bool:
    """بشأن المظاهرات, تعليقا على الاحتجاجات, حيال الإضرابات: the protest noun is what is spoken of."""
    return i > 0 and (toks[i - 1] in _ABOUT or i > 1 and toks[i - 1] in ("على", "علي") and toks[i - 2] in (
        "تعليقا", "تعقيبا", "ردا"))


def _crowd_before(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None) -> Arg | None:
    """وكان مئات المحتجين الغاضبين قد اقتحموا مقر القنصلية: the crowd before a protest verb, past its adjective and
    قد, is its subject; what follows the verb is what it storms, not who storms it."""
    if not hit.verbal or actor is None or actor.i < hit.j:
        return None
    crowd = next((a for a in reversed(people) if a.j <= hit.i), None)
    if crowd is None or crowd.prep is not None or crowd.actor.kind != "generic" or crowd.actor.sector != "CVL" \
            or hit.i - crowd.j > 3 or any(not w[:1].isalpha() for w in toks[crowd.j:hit.i]):
        return None
    return crowd


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


_PROTESTERS = ("متظاهر", "محتج", "مضرب", "معتصم")  # the stems of nouns naming people by their protest


def stateless_crowd(actor: Participant) -> bool:
    """متظاهرون غاضبون اقتحموا القنصلية: protesters, named by their protest itself (متظاهرون، المحتجين، المضربون،
    المعتصمين), with no country of their own (not any group: فقراء المدن may be named for something else)."""
    # (not an indefinite plural in ـين, which is no subject but a circumstantial accusative: يتجمعون متظاهرين)
    return actor.actor.kind == "generic" and not actor.actor.country and any(
        stem in w and not (w.endswith("ين") and "ال" not in w[:3]) for w in norm_words(actor.span.text)
        for stem in _PROTESTERS)


def located(actor: Participant | None, crowd: Participant | None) -> Participant | None:
    """اقتحم متظاهرون (في البصرة) مقر القنصلية: the protesters named with no country are the people of the place
    their protest is in (the crowd the caller found there), keeping their own span and sector."""
    if actor is None or crowd is None:
        return crowd if actor is None else actor
    c, sector = crowd.actor.country, actor.actor.sector or "CVL"
    return replace(actor, actor=replace(actor.actor, country=c, sector=sector, code=make_code(c, sector)))


# a word that dates another act by a protest before it (بعد المظاهرة، عقب احتجاجات، إثر الإضراب، في أعقاب، عشية
# التظاهرة، قبل المسيرة): the protest is when the sentence's news happened, not its news
_DATING = norm_words("بعد وبعد عقب وعقب اثر واثر اعقاب عشيه وعشيه قبل وقبل")


def dating(toks: list[str], hit: TriggerHit, in_speech: bool) -> str | None:
    """'background' for a protest noun right after a word of time before or after (وعشية التظاهرة أوقفت الشرطة
    مئة متظاهر، بعد مظاهرة جرت أمس أصيب متظاهر): the protest dates the sentence's act, it is not its news. Not
    inside reported speech, where an act told as background is dropped as the statement's content: a protest
    the speaker's act came after (زار الوزير الجهة بعد التحركات الاحتجاجية) took place all the same."""
    i = hit.i
    return "background" if hit.trigger.type == "PROTEST" and not hit.verbal and not in_speech and i > 0 and \
        toks[i - 1] in _DATING else None
