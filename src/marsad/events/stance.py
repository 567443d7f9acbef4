"""A threat or a wrong only perceived or held to be one: a standing stance, not an act.

وترى إسرائيل في الوجود الإيراني تهديدا؛ القوات التي تعتبرها أنقرة تهديدا؛ ينظر إليه كتهديد: the threat is the
object a party perceives or deems something to be (تهديدا، كتهديد، أنه تهديد), not a threat anyone makes, so the
noun is no THREATEN trigger when a verb of perceiving or deeming (any person, with or without its object pronoun:
رأى، يرى، اعتبر، تعتبرها، ينظر، يصنف) stands a few words before it in the same clause. A threat named as an act
(تهديدات الرئيس لإيران، هددت بـ) stays one.

And a present-tense verb of deeming in a relative clause (الحزب الذي تعتبره أنقرة إرهابيا؛ الجرائم التي تعتبر
جرائم حرب) tells a standing position, how a party has long seen another, or what a thing counts as, not a statement
of that day: no ACCUSE trigger. The past (اعتبرت الخارجية القصف انتهاكا) and the participle (معتبرا أنه عدوان)
report what was said, and stay; so does a main-clause present (وتعتبر روسيا الضربات انتهاكا، في وقت تعتبر أنقرة
الوحدات جماعات إرهابية), which the judged samples read both ways.
"""

from __future__ import annotations

from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm, norm_words

_PRONOUNS = ("", "ه", "ها", "هم", "هما")
_PERCEIVE = frozenset(norm(v + p) for v in """رأى رأت رأوا يرى ترى يرون نرى اعتبر اعتبرت اعتبروا يعتبر تعتبر
    يعتبرون نعتبر ينظر تنظر ينظرون صنف صنفت يصنف تصنف يصنفون""".split() for p in _PRONOUNS)
_PREDICATE = norm_words("أنه أنها أنهم بأنه بأنها بأنهم")  # ينظر إليه على أنه تهديد
_BREAKS = frozenset("، , . : ؛ « » \" ( )".split())
_BACK = 8  # words from the threat noun back to the verb (وترى إسرائيل في الوجود الإيراني قرب حدودها تهديدا)
_RELATIVE = norm_words("الذي التي الذين اللذين اللتين اللواتي اللاتي")


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def deemed(t: Trigger, toks: list[str], i: int, strip: int, verbal: bool) -> bool:
    """The hit at token `i` is a threat only perceived, or a present-tense deeming in a relative clause, a
    standing position (see the module): no trigger."""
    if t.type == "THREATEN" and not verbal:
        w = toks[i][strip:]
        if not (w == norm("تهديدا") or toks[i][:strip].endswith("ك") or i and toks[i - 1] in _PREDICATE):
            return False
        for k in range(i - 1, max(-1, i - 1 - _BACK), -1):
            if toks[k] in _BREAKS:
                return False
            if _bare(toks[k]) in _PERCEIVE:
                return True
        return False
    if t.id != "accuse-deem-violation" or not verbal or toks[i][strip:][:1] not in ("ي", "ت", "ن"):
        return False
    return i > 0 and _bare(toks[i - 1]) in _RELATIVE
