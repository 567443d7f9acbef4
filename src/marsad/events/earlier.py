"""More acts told as before the news (used by events/recalled): a sentence headed by a full date a year or more
before the article — a timeline's line (- 27 أبريل 2017: أدت غارات ...، 22 مارس 2017 دهس متشدد ...) —, an act
a past verb says happened 'before' (منطقة شهدت في السابق اشتباكات), and an act told in a clause
of 'when' after an 'ago' of years (قبل أربعة أعوام عندما أطاحت ... وسط احتجاجات). (A sentence in the pluperfect
dated last year, وكانت قد اعتقلت في ديسمبر الماضي, is left counted: the samples' judges take it as news.)"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from marsad.events.elapsed import years_span
from marsad.text.months import MONTHS
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_BULLETS = frozenset({"-", "–", "—", "ـ", "•", "*"})
_IN = norm_words("في وفي")
_ENDS = frozenset({"،", ",", ".", "؛", ":"})
_YEAR_BACK = 365  # days before the article a head date must be to recall, not report (a timeline's recent lines: news)


def _month(toks: list[str], k: int) -> tuple[int, int]:
    """The month named at k (one token, or two: كانون الثاني) and the index past it; (0, k) if none."""
    two = " ".join(toks[k:k + 2])
    if two in MONTHS:
        return MONTHS[two], k + 2
    if k < len(toks) and toks[k] in MONTHS:
        return MONTHS[toks[k]], k + 1
    return 0, k


def dated_head(toks: list[str], day: date) -> bool:
    """The sentence opens (past a bullet and في) with a day, a month and a year a year or more before the
    article: 22 مارس 2017 دهس ...؛ - في 26 فيفري 2016 اغتيل (older years: events/history)."""
    k = 1 if toks[:1] and toks[0] in _BULLETS else 0
    if k < len(toks) and toks[k] in _IN:
        k += 1
    if k >= len(toks) or not toks[k].isdigit() or len(toks[k]) > 2:
        return False
    month, m = _month(toks, k + 1)
    if not month or m >= len(toks) or not (toks[m].isdigit() and len(toks[m]) == 4):
        return False
    try:
        then = date(int(toks[m]), month, int(toks[k]))
    except ValueError:
        return False
    return (day - then).days >= _YEAR_BACK


_BEFORE = norm_words("السابق الماضي")  # (في السابق، في الماضي)
_FORMERLY = norm_words("سابقا")
_LIKE = norm_words("كما وكما مثلما ومثلما")


def _past(w: str) -> bool:
    """A past verb of the third person by its form (شهدت، ردت، وقعت، قصفوا، شن), not a noun with the article nor
    a present verb."""
    w = w.removeprefix("و").removeprefix("ف")
    return w[:2] != "ال" and w[:1] not in ("ي", "ن") and (w.endswith(("ت", "وا")) or len(w) == 3)


def told_before(toks: list[str], hit: TriggerHit) -> bool:
    """'Before' (في السابق، في الماضي، سابقا) right after a past verb and right before the trigger noun (منطقة شهدت في
    السابق اشتباكات): not in a clause of likeness (كما شهدت في السابق), nor one further back (على غرار ما حدث سابقا
    ... في حين دانت). (A verb of stance or threat told as done before, هدد في السابق بـ, is left counted: the
    samples' judges take it as news.)"""
    k = hit.i - 1
    if hit.verbal or k < 1 or not _before(toks, k):
        return False
    verb = k - 2 if toks[k] in _BEFORE else k - 1
    return verb >= 0 and _past(toks[verb]) and not (verb > 0 and toks[verb - 1] in _LIKE)


def _before(toks: list[str], k: int) -> bool:
    """في السابق / في الماضي ending at k, or سابقا at k."""
    if k >= len(toks) or k < 0:
        return False
    return toks[k] in _FORMERLY or toks[k] in _BEFORE and k > 0 and toks[k - 1] in _IN


_WHEN = norm_words("حيث حين عندما حينما وحيث وحين وعندما وحينما")
_AGO = norm_words("قبل")
_CLAUSE_BREAKS = _ENDS | norm_words("الذي التي الذين")


def ago_when(toks: list[str], start: int, reach: int = 8) -> bool:
    """The trigger's clause opens with حين / عندما right after an 'ago' of two years or more (past at most a comma):
    بدأ التوتر قبل أربعة أعوام عندما أطاحت أوكرانيا برئيسها وسط احتجاجات — the act is told at that time."""
    o = next((k for k in range(start - 1, max(-1, start - reach), -1) if toks[k] in _WHEN
              or toks[k] in _CLAUSE_BREAKS), -1)
    if o < 3 or toks[o] not in _WHEN:
        return False
    end = o - 1 if toks[o - 1] in ("،", ",") else o
    return any(toks[a] in _AGO and years_span(toks, a + 1) == end for a in range(max(0, end - 6), end - 1))
