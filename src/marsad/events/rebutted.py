"""Who a denial answers when the sentence names the author of the claim it denies.

نفى الوزير الاتهامات التي وجهها له النائب، رفضت الحكومة المزاعم التي أطلقتها المنظمة، نفى صحة ما صرح به X، في
رده على الاتهامات التي ساقها X: a denial (or a refusal, a refutation) of a claim — an accusation, allegation,
report or statement, or ما — whose relative clause of saying names its subject right after its verb (past a
pronoun: له، به، إليه) answers that subject, the recipient, even when the claim's content names other parties
(events/clauses takes them for the topic). The claim is the denial's object, within reach past its subject, or
the noun after رده على / ردا على further on in the clause. A passive clause (الاتهامات التي وجهت إليه), a clause
naming no one, or a party behind a preposition (التقارير التي تحدثت عن X) leaves the roles as they are."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_DENIALS = ("reject-deny", "reject-refute", "reject-refuse")
# the nouns of what one party says of another (normalised: ة → ه)
_CLAIMS = norm_words("""اتهامات الاتهامات اتهام الاتهام مزاعم المزاعم ادعاءات الادعاءات الادعاء اتهاماته اتهاماتها
    روايه الروايه تصريحات التصريحات انتقادات الانتقادات اشاعات الاشاعات شائعات الشائعات""")
_RELATIVES = norm_words("الذي التي ما")
# past verbs of saying or levelling a claim (normalised prefixes: وجهها، وجهتها، أطلقه، صرح، أدلى، روجت)
_SAYING = tuple(norm_words("وجه اطلق ساق صرح ادلى روج ردد اختلق زعم اورد ذكر قال كال اثار ادعى نسب"))
_POINTED = norm_words("له لها لهم اليه اليها اليهم به بها ضده ضدها")  # وجهها له، صرح به، أطلقها ضده
_ANSWER = norm_words("رده ردها ردهم ردا")  # في رده على الاتهامات
_ON = norm("على")
_STOPS = frozenset({".", "؛", ":", "؟", "!"})
_REACH = 8  # words from the denial to the claim (past its subject, a time word, صحة)


def _author(k: int, toks: list[str], people: list[Arg]) -> Arg | None:
    """The bare subject of the clause of saying right after the claim word at `k` (الاتهامات التي وجهها له X,
    ما صرح به X), else None."""
    r = k if toks[k] == "ما" else k + 1
    if r >= len(toks) or toks[r] not in _RELATIVES:
        return None
    v = r + 1
    if v >= len(toks) or not toks[v].startswith(_SAYING):
        return None
    m = v + 1 + (v + 1 < len(toks) and toks[v + 1] in _POINTED)
    return next((a for a in people if a.i == m and a.prep is None and not a.place
                 and a.actor.kind != "place"), None)


def _claims(hit: TriggerHit, toks: list[str]) -> list[int]:
    """The claim words the denial takes: within reach after it, and after رده على further on in its clause."""
    out: list[int] = []
    for k in range(hit.j, len(toks)):
        w = toks[k]
        if w in _STOPS:
            break
        near = k - hit.j < _REACH
        if (w in _CLAIMS or w == "ما") and (near or toks[k - 1] == _ON and toks[k - 2] in _ANSWER):
            out.append(k)
    return out


def denied_author(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a denial whose claim names its author in a clause of saying: that author
    as the recipient (applied in events/frames)."""
    if not hit.trigger.id.startswith(_DENIALS):
        return actor, recipient, implicit
    for k in _claims(hit, toks):
        author = _author(k, toks, people)
        if author is not None and author is not actor:
            return actor, author, implicit
    return actor, recipient, implicit
