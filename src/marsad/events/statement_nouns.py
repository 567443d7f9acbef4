"""The object of a statement noun whose genitive is its author: the noun of the thing condemned or criticised, with
the لام that marks a verbal noun's object (إدانة مصر للهجوم, انتقاد ألمانيا الشديد للسياسة الأميركية)."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.noun_source import own_author
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_RELATIVES = cues.RELATIVES | norm_words("اللاتي اللواتي")  # (and the feminine plurals)


def lam_object(toks: list[str], k: int) -> int:
    """Where the لـ noun stands that a statement noun's genitive (ending before k) governs, or -1: right at k
    (إدانة السعودية للهجوم) or past one definite adjective of the noun (إدانة تونس الشديدة للتفجيرات) — not past
    a relative pronoun (اتهامات المعارضة التي ...), which opens a clause of its own."""
    if k < len(toks) - 1 and toks[k].startswith("ال") and toks[k] not in _RELATIVES:
        k += 1  # (the adjective agreeing with the noun: الشديدة, القوية)
    if k < len(toks) and toks[k][:1] == "ل" and len(toks[k]) > 3 and not toks[k].startswith("ال"):
        return k
    return -1


# nouns of a pledge, a promise, a threat or a warning: their genitive is always who pledges or threatens (وعود X،
# تعهد X بـ، تهديدات X، تحذيرات X), never what they are about, which comes with بـ / لـ / من
_BY_GENITIVE = frozenset({"agree-pledge", "agree-pledge-aid", "agree-promise", "agree-commit-noun",
                          "threaten-threat-noun", "threaten-vow", "threaten-warn"})


def own_genitive(hit: TriggerHit, toks: list[str], author: Arg | None) -> bool:
    """أعربت الخارجية عن إدانة مصر للهجوم: a statement noun whose bare genitive is followed by the لـ noun of what it
    is about says whose statement it is — the genitive's, not the speaker's; so does the bare genitive of a noun of
    pledge or threat, whatever follows it (قال إن بلاده لا تخشى تهديدات طهران، رحب بتعهد الرياض بتقديم ...)."""
    if hit.verbal or author is None:
        return False
    if own_author(hit, toks, author):  # انتقادات المعارضة، تهديدات قيادات واشنطن (events/noun_source)
        return True
    if author.prep is not None:
        return False
    if author.i == hit.j:
        return lam_object(toks, author.j) >= 0 or hit.trigger.id in _BY_GENITIVE and not warned_against(hit, toks)
    # (وعود #بيونغ_يانغ: a hashtag's sign may stand between the noun and its genitive)
    return hit.trigger.id in _BY_GENITIVE and author.i == hit.j + 1 and toks[hit.j] == "#"


_WARN = ("حذر", "يحذر", "تحذر", "نحذر", "احذر")


def warned_against(hit: TriggerHit, toks: list[str]) -> bool:
    """حذر روحاني من تهديد الولايات المتحدة: the noun after من of a verb of warning is the act warned against, and
    its genitive is that act's object — the one who would be threatened — not its author."""
    # (the warned one and the time may stand between: حذر الرئيس، الاثنين، نظيره الإيراني من تهديد ...)
    return hit.i > 1 and toks[hit.i - 1] in ("من", "عن") and any(
        w.removeprefix("و").startswith(_WARN) for w in toks[max(0, hit.i - 15):hit.i - 1])


_BY_ADJECTIVE = frozenset({"SUPPORT", "REJECT", "THREATEN"})
_PEOPLE = ("ين", "ون", "ان")  # a plural or dual nisba names people (مطالب المحتجين), not an author's adjective


def own_adjective(hit: TriggerHit, toks: list[str], author: Arg | None) -> bool:
    """قال الوزير إن التهديدات الأميركية ..., رحب بالدعم الروسي: a nationality adjective agreeing with a noun of
    stance or threat, right after it, says whose it is — the adjective's country, not the speaker's."""
    return not hit.verbal and hit.trigger.type in _BY_ADJECTIVE and author is not None and author.prep is None \
        and author.i == hit.j and author.j - author.i == 1 and author.actor.kind == "nationality" \
        and not toks[author.i].endswith(_PEOPLE)
