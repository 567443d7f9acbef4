"""Where a complaint or a lawsuit is lodged is not whom it accuses: تقدمت المنظمة بشكوى إلى القضاء ضد الرئيس، رفع
دعوى لدى المحكمة، يقاضي X الشركة أمام المحاكم الفرنسية — a court, the prosecution or the police named after إلى /
لدى / أمام / لـ (or على أنظار) hears the complaint, and so does an intergovernmental body (شكوى إلى منظمة الطيران
المدني الدولي، شكوى لدى منظمة التجارة العالمية بخصوص الرسوم الأميركية) and any body after لدى / أمام (شكوى لدى
وزارة التجارة الأميركية: the ministry rules on it); the accused is the party after ضد, else no one named."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.text.normalize import norm_words

COMPLAINTS = ("accuse-complain", "accuse-sue", "accuse-sue-qada")  # قدم شكوى، رفع دعوى، يقاضي
_LODGED = norm_words("إلى الى لدى لدي أمام امام ل")  # (prepositions of the body a complaint is lodged with)
_HEARERS = ("JUD", "COP", "IGO")  # courts, prosecutors, the police and international bodies hear complaints
_BEFORE = norm_words("لدى لدي أمام امام")  # (lodged with: a body there hears it, whatever its sector)
_AGAINST = "ضد"
_BREAKS = frozenset(("،", ",", ".", "؛", ":", "لكن", "ولكن", "و"))
_REACH = 12  # words from the trigger to the ضد of its accused


def _complaint(rule: str) -> bool:
    return rule.removeprefix("trigger:").split("@")[0] in COMPLAINTS


def _against_at(toks: list[str], token: int) -> int:
    """Where the complaint's ضد stands, in its clause after the trigger at `token` (-1 if none)."""
    for k in range(token + 1, min(len(toks), token + 1 + _REACH)):
        if toks[k] in _BREAKS:
            return -1
        if toks[k] == _AGAINST:
            return k
    return -1


def forum(toks: list[str], a: Arg) -> bool:
    """`a` is a court, a prosecutor or the police a complaint is lodged with (إلى القضاء، لدى الشرطة، أمام
    المحاكم، على أنظار المحكمة)."""
    lodged = a.prep in _LODGED or a.i > 0 and toks[a.i - 1] in ("امام", "انظار")
    body = a.actor.kind not in ("person", "country", "place", "nationality")
    return lodged and (a.actor.sector in _HEARERS or body and a.prep in _BEFORE)


def _against(toks: list[str], k: int, a: Arg) -> bool:
    """`a` stands in the phrase after ضد at `k`, before any break (ضد البلدية والشرطة، ضد المتهم الرئيسي في القضية
    فلان)."""
    return k < a.i <= k + _REACH and not a.place and not any(w in _BREAKS for w in toks[k + 1:a.i])


def not_accused(rule: str, toks: list[str], token: int, a: Arg) -> bool:
    """`a` may not be accused by the complaint or lawsuit at `token` (its trigger's rule): it is where the
    complaint is lodged, or the complaint names its accused after ضد and `a` stands outside that phrase."""
    if not _complaint(rule) or a.i <= token:
        return False
    k = _against_at(toks, token)
    return forum(toks, a) or k >= 0 and not _against(toks, k, a)


def hears(rule: str, toks: list[str], token: int, a: Arg) -> bool:
    """`a`, after the complaint or lawsuit at `token`, is where it is lodged: neither its accuser nor its accused."""
    return _complaint(rule) and a.i > token and forum(toks, a)


def lodged(rule: str, toks: list[str], token: int, args: list[Arg], recipient: Arg | None) -> Arg | None:
    """The recipient of a complaint or lawsuit: the first party after its ضد when one is named (none there leaves
    it unnamed), not the court it is lodged with."""
    if recipient is None or not not_accused(rule, toks, token, recipient):
        return recipient
    k = _against_at(toks, token)
    return next((a for a in args if k >= 0 and _against(toks, k, a)), None)
