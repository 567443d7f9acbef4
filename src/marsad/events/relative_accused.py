"""A verb of accusing right after a relative pronoun, with no object, told in the passive (used by events/accused).

اتهم takes its accused as an object; written unvoweled in a relative clause with no object pronoun and the charge's
بـ right after it — past a time word or two — it can only be the passive: الممثل فلان، الذي اتهم العام الماضي
بالتحرش; الشركات التي اتهمت بالتهرب الضريبي; النواب الذين اتهموا بالفساد. The antecedent (the party ending right
before the pronoun, or before its comma) is the accused, never the accuser; the accuser is only one an agent phrase
names (من قبل X، من جانب X), else no one; the antecedent may end up to three words before the pronoun, past a name
or a comma (النائب الأردني فلان الفلاني، الذي), not past a preposition or a clause break. The pronoun and the verb
agree (الذي اتهم / يتهم، التي اتهمت / تتهم، الذين اتهموا / يتهمون); the active clause has an object, a pronoun one
(الذي اتهمه X بـ: events/roles) or a bare party after the verb (الذي اتهم الحكومة بـ, also past an adverb with بـ:
الذي اتهم بشدة الحكومة), and is not read here, nor one whose بـ carries a pronoun resuming the antecedent (التهمة
التي اتهم بها X).
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# the bare forms of اتهم agreeing with each relative pronoun (no object pronoun: that is the active clause)
_AGREEING = {
    **dict.fromkeys(norm_words("الذي والذي"), norm_words("اتهم يتهم")),
    **dict.fromkeys(norm_words("التي والتي"), norm_words("اتهمت تتهم")),
    **dict.fromkeys(norm_words("الذين والذين"), norm_words("اتهموا يتهمون")),
}
# time words that may stand between the passive verb and its charge (اتهم العام الماضي بـ، اتهمت مؤخرا بـ)
_TIME = cues.ADVERBS | norm_words("""العام الماضي الماضيه الشهر الاسبوع السنه مؤخرا سابقا لاحقا حينها رسميا
    علنا""")
# words with بـ that are adverbs, not a charge (اتهم بشدة الحكومة: the object follows)
_ADVERBS_BI = norm_words("بشده بشكل بصوره بوضوح بدوره بدورها بدورهم بالمقابل بالتالي بعد بين")
_SKIP = 3  # time words between the verb and its charge
_MARKS = frozenset(("،", ","))
_GAP = 4  # tokens from the antecedent's end to the pronoun
_NOT_IN_NAME = norm_words("في علي على من الى الي عن مع بين حول ضد لدى لدي عند")


def relative_accused(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg | None] | None:
    """(accuser, accused) of a verb of accusing told in the passive in a relative clause (see the module), else
    None."""
    if not (hit.verbal and hit.trigger.type == "ACCUSE" and hit.i > 0):
        return None
    forms = _AGREEING.get(toks[hit.i - 1])
    if forms is None or toks[hit.i][hit.strip:] not in forms:
        return None
    k = hit.j
    while k < len(toks) and k - hit.j < _SKIP and toks[k] in _TIME:
        k += 1
    if k >= len(toks):
        return None
    w = toks[k]
    by_agent = w == "من" and k + 1 < len(toks) and toks[k + 1] in ("قبل", "جانب", "طرف")
    charge = w[:1] == "ب" and w not in _ADVERBS_BI and w not in cues.RESUMPTIVE and len(w) > 2
    if not (charge or by_agent):
        return None
    if any(a.prep is None and not a.place and hit.j <= a.i <= k for a in people):
        return None  # (a bare party between the verb and the charge is its object: the active clause)
    # (the antecedent may end a few words before the pronoun, past a name no dictionary codes: النائب فلان، الذي)
    accused = next((a for a in reversed(people) if a.j < hit.i and not a.place and hit.i - a.j <= _GAP and not any(
        w in cues.CLAUSE_BREAKS - _MARKS or w in _NOT_IN_NAME for w in toks[a.j:hit.i - 1])), None)
    by = next((a for a in people if a.i > k and agent_marked(toks, a.i) and a.i - k <= 12), None)
    return by, accused
