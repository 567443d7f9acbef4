"""The author of a statement's verbal noun named after it, and whom it is aimed at (used by events/roles):
انتقادات من الاتحاد الأوروبي لـ ...، تهديدات متزايدة من إيران، اتهام الحكومة البريطانية لموسكو، إدانة السعودية
للهجوم الإسرائيلي; for other verbal nouns the genitive when a لـ participant follows (زيارة ولي العهد للولايات
المتحدة)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.authors import PATIENT_GENITIVE, SAID, TO_IT
from marsad.events.noun_source import hashtag_from, leaders_genitive, plural_author, relative_owner
from marsad.events.prep_genitive import own_deed, prep_author
from marsad.events.statement_nouns import lam_object
from marsad.events.triggers import TriggerHit


def said_by(hit: TriggerHit, toks: list[str], after: list[Arg],
            preps: tuple[str, ...]) -> tuple[Arg, Arg | None] | None:
    """A statement's verbal noun followed by its author: من X right after it (انتقادات من الاتحاد الأوروبي لـ ...)
    or past one or two indefinite adjectives of the noun (تهديدات متزايدة من إيران), or its bare genitive when a
    recipient follows with ل / على / إلى / ضد (اتهام الحكومة البريطانية لموسكو) or as a pronoun (اتهامات
    المعارضة لها: the recipient is then the caller's to find). Other verbal nouns (not of violence or coercion,
    whose genitive suffers them): the genitive acts when a لـ participant follows it (زيارة ولي العهد للولايات
    المتحدة)."""
    if hit.verbal or hit.trigger.type in PATIENT_GENITIVE:
        return None
    if (by_prep := prep_author(hit, toks, after)) is not None:  # اعتراض واشنطن على (events/prep_genitive)
        return by_prep
    said = hit.trigger.type in SAID
    # (of the other types only the genitive and لـ: زيارة ولي العهد للولايات المتحدة, دعم الحزب للميليشيا)
    # (past one or two indefinite adjectives of the noun: تهديدات متزايدة من إيران، انتقادات حادة من المعارضة)
    by = next((a for a in after if a.prep == "من" and (a.i - hit.j <= 1 or a.i - hit.j <= 3 and toks[a.i - 1] == "من"
               and all(_indefinite_adjective(w) for w in toks[hit.j:a.i - 1])) and not a.place
               and a.actor.kind != "place"), None) or hashtag_from(hit, toks, after) if said else None
    # (a capital stands for its state when the noun's addressee follows: اتهامات واشنطن ضد طهران)
    gen = next((a for a in after if a.prep is None and a.i == hit.j and not a.place and (
        a.actor.kind != "place" or said)), None) or (leaders_genitive(hit, toks, after) if said else None)
    author = by or gen
    if author is None:
        return None
    to = next((a for a in after if a.i >= author.j and a.i - author.j <= 2 and (a.prep in (
        "ل", "على", "علي", "الى", "الي", "ضد", *preps) if said else a.prep == "ل" and not a.place)), None)
    lam = lam_object(toks, author.j) if said else -1  # (إدانة تونس الشديدة للتفجيرات: past the noun's adjective)
    if author is gen and own_deed(toks, lam):
        return None  # إدانة موسكو لتدخلها: the one blamed for its own deed (events/prep_genitive)
    if to is None and lam >= 0:
        # إدانة السعودية للهجوم الإسرائيلي, انتقاد ألمانيا للسياسة الأميركية: the owner named right after the لـ
        # noun (its adjective or genitive) is the addressee
        # (past one adjective for a nationality: للسياسة التجارية الأميركية)
        to = next((a for a in after if (a.i == lam + 1 or a.i == lam + 2 and a.actor.kind == "nationality")
                   and a.prep is None and not a.place and a.actor.kind != "place"), None) or relative_owner(
            toks, lam, after)  # (للرسوم التي فرضها الرئيس الأميركي: events/noun_source)
    if author is gen and to is None and lam < 0 and not (said and gen.j < len(toks) and toks[gen.j] in TO_IT) and not (
            said and plural_author(hit, toks, gen)):  # (انتقادات المعارضة: events/noun_source)
        return None  # اتهامات الحكومة: the genitive may be the accused (اتهام المسؤولين بالفساد)
    return author, to


def _indefinite_adjective(w: str) -> bool:
    """متزايده، حاده، واسعا، شديدة: an indefinite feminine or accusative word, read as an adjective of the noun
    before it (not a definite word, a preposition or a clause's first word)."""
    return len(w) > 3 and w[:1] not in ("و", "ف", "ب", "ل") and not w.startswith("ال") and w.endswith(("ه", "ا")) \
        and not w.endswith(("وا", "ايا"))
