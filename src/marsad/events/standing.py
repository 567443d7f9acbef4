"""A stance held for long or an act done every year, no particular act of the news: a verb right after لطالما
('long has', 'how often') or طالما ('as long as': a condition) — لطالما طالب به المستثمرون، طالما التزم الطرف الآخر
به —, and a verb in the present, or the noun a present verb opening its clause takes, done every year on a feast or
an anniversary — تنظم النقابات مظاهرات كل عام في عيد العمال —, and an act in a clause of 'wherever' or
'whenever' — يواجه الرئيس بالمظاهرات حيثما حل، كلما زار بلدة خرج المحتجون —: a habit. Coded, not counted (called from
events/history.case_of). (A verb said to hold 'for a long time', تطالب X منذ زمن طويل, is left: the samples'
judges took it as news as often as not.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.forms import is_verb_form
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_LONG_HAS = norm_words("لطالما ولطالما فلطالما طالما وطالما")
_BREAKS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")", '"', "«", "»"})
_STOPS = norm_words("الذي التي الذين ان انه انها بان وان لكن بينما فيما حيث عندما حين قبل بعد")
_EVERY = norm_words("كل")
_YEAR = norm_words("عام سنه")
_OCCASIONS = norm_words("عيد العيد ذكري الذكري يوم موسم مناسبه")  # (not اليوم: today)


def _clause(words: list[str]) -> bool:
    return not any(w in _BREAKS or w in _STOPS for w in words)


def _present(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger is a verb in the present (a form of none of its past)."""
    head = toks[hit.i][hit.strip:]
    if not hit.verbal or hit.future or any(is_verb_form(head, p) for p in hit.trigger.past):
        return False
    if hit.trigger.present:
        return any(is_verb_form(head, present=p) for p in hit.trigger.present)
    return head[:1] in ("ي", "ت", "ن")


def _yearly(toks: list[str], j: int, reach: int = 12) -> bool:
    """كل عام / كل سنة (or من كل عام) and a feast, a day or an anniversary it recurs on, in the clause after the
    trigger (مظاهرات كل عام في عيد العمال; not تعتقل الشرطة مئات الطلاب كل عام, a practice going on)."""
    clause = []
    for k in range(j, min(len(toks), j + reach)):
        if toks[k] in _BREAKS or toks[k] in _STOPS:
            break
        clause.append(toks[k])
    return any(w in _EVERY and v in _YEAR for w, v in zip(clause, clause[1:], strict=False)) and any(
        w.removeprefix("و").removeprefix("ب").removeprefix("ل") in _OCCASIONS for w in clause)


# 'wherever' and 'whenever' make a clause a habit (يواجه بالمظاهرات حيثما حل، كلما زار مدينة خرج المحتجون)
_WHEREVER = norm_words("حيثما اينما كلما وكلما وحيثما واينما")


def _wherever(toks: list[str], hit: TriggerHit, before: int = 6, after: int = 4) -> bool:
    """حيثما / أينما / كلما in the trigger's clause, a few words before or after it."""
    for k in range(hit.i - 1, max(-1, hit.i - before - 1), -1):
        if toks[k] in _BREAKS:
            break
        if toks[k] in _WHEREVER:
            return True
    for k in range(hit.j, min(len(toks), hit.j + after)):
        if toks[k] in _BREAKS:
            break
        if toks[k] in _WHEREVER:
            return True
    return False


def standing(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger tells a stance held for long, an act done every year or wherever or whenever something happens
    (see the module's docstring)."""
    i = hit.i
    if _wherever(toks, hit):
        return True
    if any(w in _LONG_HAS and _clause(toks[k + 1:i]) for k, w in enumerate(toks[max(0, i - 3):i], max(0, i - 3))):
        return True  # لطالما طالب به، لطالما كانت تركيا منتقدة (at most two words between)
    return (_present(toks, hit) if hit.verbal else _present_before(toks, i)) and _yearly(toks, hit.j)


def _present_before(toks: list[str], i: int, reach: int = 5) -> bool:
    """A noun trigger is the object of a verb in the present opening its clause a few words before it (تنظم
    اتحادات العمال مظاهرات): a word there that starts like a present (يـ / تـ, past a و) and no article."""
    for k in range(i - 1, max(-1, i - reach), -1):
        w = toks[k]
        if w in _BREAKS or w in _STOPS:
            return False
        w = w.removeprefix("و")
        if w[:1] in ("ي", "ت") and len(w) >= 4 and (k == 0 or toks[k - 1] in _BREAKS):
            return True
    return False
