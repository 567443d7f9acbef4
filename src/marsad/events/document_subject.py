"""A document as the subject of a verb of speech: دعا البيان المجتمع الدولي إلى، طالبت الرسالة الشركة بـ.

A statement, a letter, a report or a resolution (البيان، الرسالة، التقرير، القرار، المذكرة، النداء، الخطاب، البلاغ،
العريضة، الوثيقة) right after a verb that agrees with it in gender is the verb's subject: it speaks for its issuer.
No dictionary lists it as a party, so the party right after it would be read as the subject — but it is the verb's
object, the one called on, demanded of or condemned: the recipient. The issuer is the bare genitive of an
indefinite document (طالب بيان الحزب الحكومة بـ: the party), else the one spoken of (implicit); a document with
its nationality adjective right after it (البيان المصري) is left to the other rules. Not a document the verb does
not agree with — رفضت القرار الأميركي: a feminine verb, a masculine noun: its object, not its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.agreement import verb_gender
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_MASCULINE = norm_words("بيان تقرير قرار نداء خطاب بلاغ اعلان")
_FEMININE = norm_words("رساله مذكره عريضه وثيقه")


def _document(tok: str) -> tuple[str, bool] | None:
    """The gender of a document noun ("m" / "f") and whether it has the article, else None."""
    definite = tok.startswith("ال")
    w = tok.removeprefix("ال")
    if w in _MASCULINE:
        return "m", definite
    if w in _FEMININE:
        return "f", definite
    return None


def document_roles(hit: TriggerHit, toks: list[str], after: list[Arg], preps: tuple[str, ...]
                   ) -> tuple[Arg | None, Arg | None] | None:
    """(issuer or None, recipient) when a document right after the verb `hit` is its subject, else None."""
    if not hit.verbal or hit.j >= len(toks):
        return None
    doc = _document(toks[hit.j])
    if doc is None or verb_gender(hit, toks) != doc[0]:
        return None
    definite = doc[1]
    rest = [a for a in after if a.i > hit.j]
    issuer = None
    if rest and rest[0].i == hit.j + 1 and rest[0].prep is None:
        if rest[0].actor.kind == "nationality":
            return None  # (البيان المصري: the document's own adjective; the demand rules read it)
        if not definite:
            issuer, rest = rest[0], rest[1:]  # بيان الحزب: whose document
    recipient = next((a for a in rest[:2] if (a.prep is None or a.prep in preps) and not a.place
                      and a.actor.kind != "place"), None)
    if recipient is None or (issuer is None and recipient.i - hit.j > 3):
        return None
    return issuer, recipient
