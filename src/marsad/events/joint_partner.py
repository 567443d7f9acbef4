"""The partner of a joint act that a refusal or a pledge takes as its object.

رفضت لندن التعاون مع موسكو في التحقيق، تعهد القائم بالأعمال بالعمل مع السودان، جددت الإمارات التزامها بالتعاون مع
الأمم المتحدة، رفضت المرأة مصافحة مسؤول محلي: a refusal, pledge or commitment whose object — right past the trigger,
its subject, a time word and a place or medium after في, or under بـ / لـ — is a verbal noun of acting together
(التعاون، العمل، التنسيق، التفاوض، الحوار، التعامل، الجلوس، الشراكة) is aimed at the party after its مع (past one
word of the noun's own: التعاون الكامل مع X), and a refusal of a verbal noun of meeting someone (مصافحة، استقبال،
لقاء، مقابلة) at the noun's bare genitive: that party is the one refused or pledged to, the recipient. Nothing
changes when the event has a recipient already, nor for a place, the actor itself or the actor's own state. Applied
in events/frames."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_REFUSALS = ("reject-refuse",)
_PLEDGES = ("agree-pledge", "agree-promise", "agree-commit", "agree-readiness", "agree-willingness")
_TOGETHER = norm_words("تعاون عمل تنسيق تفاوض حوار تعامل جلوس شراكه")
_MEETING = norm_words("مصافحه استقبال لقاء مقابله")
_WITH = "مع"
_GAP = frozenset({"،", ",", '"', "«", "»"}) | norm_words("""ايضا كذلك مجددا مرارا رسميا اليوم امس الاحد الاثنين
    الثلاثاء الاربعاء الخميس الجمعه السبت""")
_STOPS = frozenset({".", "؛", ":", "؟", "!"})
_REACH = 6  # words from the trigger to the verbal noun (past its subject and a time word)
_STATE = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _noun(w: str) -> str:
    """The verbal noun without its article or the preposition before it (بالتعاون، للعمل، التنسيق → تعاون، عمل)."""
    for p in ("بال", "لل", "ال", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _partner(hit: TriggerHit, toks: list[str], people: list[Arg], refusal: bool) -> Arg | None:
    """The party the joint act or the meeting the trigger takes is done with (see the module), else None."""
    covered = {k for a in people for k in range(a.i, a.j)}
    skip = -1
    for k in range(hit.j, min(len(toks), hit.j + _REACH)):
        w = toks[k]
        if k == skip:
            continue
        if w == "في":  # the subject's place or the medium: تعهد القائم بالأعمال في الخرطوم، في كلمته
            skip = k + 1
            continue
        if _noun(w) in _TOGETHER:
            at = next((m + 1 for m in (k + 1, k + 2) if m < len(toks) and toks[m] == _WITH), -1)
            return next((a for a in people if a.i == at and not a.place), None)
        if refusal and w in _MEETING:
            return next((a for a in people if a.i == k + 1 and a.prep is None and not a.place
                         and a.actor.kind != "nationality"), None)
        if w in _STOPS or not (k in covered or w in _GAP):
            return None
    return None


def joint_partner(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a refusal or pledge with no recipient: the partner of the joint act or
    meeting it takes as the recipient (see the module)."""
    tid = hit.trigger.id
    if recipient is not None or not tid.startswith(_REFUSALS + _PLEDGES):
        return actor, recipient, implicit
    partner = _partner(hit, toks, people, tid.startswith(_REFUSALS))
    if partner is None or partner is actor or actor is not None and (
            partner.actor.code is not None and partner.actor.code == actor.actor.code
            or partner.actor.kind in ("country", "nationality", "place")
            and partner.actor.country == actor.actor.country and actor.actor.sector in _STATE):
        return actor, recipient, implicit
    return actor, partner, implicit
