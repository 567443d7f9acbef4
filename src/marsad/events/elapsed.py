"""Spans of years back that make an act history (used by events/recalled): an 'ago' of two years or more fronted
before the clause's comma (وقبل خمسة أعوام، قصفت ...) and the act such a span is counted from (بعد مرور خمسة
أعوام على تدمير ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_AGO = norm_words("قبل وقبل")
_ABOUT = norm_words("نحو حوالي قرابه زهاء")
_OF = norm_words("من")
_MORE = norm_words("اكثر")
_MANY = norm_words("سنتين عامين عقد عقدين عقود سنوات سنين اعوام")  # (bare: قبل سنوات، قبل عقدين)
_YEARS = norm_words("سنوات سنين اعوام عاما سنه عام")
_COUNTS = norm_words("""عده بضع بضعه ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره
    عشرين ثلاثين اربعين خمسين""")
_ROUGHLY = norm_words("تقريبا")
_OPENERS = norm_words("ان انه انها وان وانه وانها بان بانه بانها") | frozenset({'"', "«", ":", "“"})
_BREAKS = frozenset({".", "؛", ":", "!", "؟"}) | norm_words("الذي التي الذين وهو وهي")


def years_span(toks: list[str], k: int) -> int:
    """The index right after a span of two years or more starting at k (ثلاثة أعوام، 14 عاما، عامين، سنوات،
    أكثر من عشرين سنة، نحو عقدين), else -1."""
    if k < len(toks) and toks[k] in _ABOUT:
        k += 1
    elif k + 1 < len(toks) and toks[k] in _MORE and toks[k + 1] in _OF:
        k += 2
    if k >= len(toks):
        return -1
    if toks[k] in _MANY:
        return k + 1
    n = toks[k]
    if k + 1 < len(toks) and toks[k + 1] in _YEARS and (n in _COUNTS or n.isdigit() and int(n) >= 2):
        return k + 2
    return -1


def fronted_ago(toks: list[str], start: int, reach: int = 14) -> bool:
    """The trigger's clause opens, at the sentence's start or right after what opens a statement or a quote, with
    an 'ago' of two years or more set off by a comma (وقبل خمسة أعوام، قصفت الطائرات القرية; قال إنه قبل عشر
    سنوات، ...): only the nearest comma before the trigger, nothing between them that opens another clause (not
    قبل عامين من الانتخابات, which dates by the elections)."""
    c = next((k for k in range(start - 1, max(-1, start - reach), -1) if toks[k] in ("،", ",") or toks[k] in _BREAKS),
             -1)
    if c < 0 and _opening_ago(toks, start):
        return True
    if c < 2 or toks[c] not in ("،", ","):
        return False
    e = c - 1 if toks[c - 1] in _ROUGHLY else c
    for a in range(e - 2, max(-1, e - 6), -1):
        if toks[a] in _AGO and years_span(toks, a + 1) == e:
            return a == 0 or toks[a - 1] in _OPENERS
    return False


def _opening_ago(toks: list[str], start: int) -> bool:
    """With no comma: the sentence opens with the 'ago' and a past verb right after its span, the trigger that verb or
    its subject right after it (وقبل عامين سارت مظاهرات في المدينة، قبل ثلاث سنوات قصفت الطائرات القرية) — not a span
    dated by what follows it (قبل عامين من الانتخابات)."""
    a = 1 if toks[:1] and toks[0] in ("و", "ف") else 0
    if a >= len(toks) or toks[a] not in _AGO:
        return False
    e = years_span(toks, a + 1)
    return e > 0 and e < len(toks) and toks[e] not in _OF and (start == e or start == e + 1 and _past(toks[e]))


def _past(w: str) -> bool:
    """A past verb of the third person, by its ending: سارت، قصفت، شهدت، وقع (not a noun with the article)."""
    return w[:2] != "ال" and (w.endswith(("ت", "وا")) or len(w) == 3)


_AFTER = norm_words("بعد وبعد")
_PASSING = norm_words("مرور")
_ON = norm_words("على")


def counted_from(toks: list[str], hit: TriggerHit, reach: int = 4) -> bool:
    """The trigger is the act a span of two years or more is counted from (بعد مرور أربع سنوات على قصف المستشفى,
    بعد مرور عشرة أعوام على نهب وحرق السوق): the noun right after على, or one joined to it by و."""
    if hit.verbal:
        return False
    i = hit.i
    for o in range(i - 1, max(-1, i - reach), -1):
        if toks[o] in _ON:
            break
        if not toks[i].startswith("و") or toks[o] in ("،", ",") or toks[o] in _BREAKS:
            return False
    else:
        return False
    for a in range(o - 3, max(-1, o - 8), -1):
        if toks[a] in _AFTER and toks[a + 1] in _PASSING and years_span(toks, a + 2) == o:
            return True
    return False
