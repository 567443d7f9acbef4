"""The party right after a verb that opens a relative clause is its object, not its subject (applied in events/frames).

A verb right after a relative pronoun — also one joined by و: والذي، والتي — takes the pronoun's antecedent as its
subject; the bare party that follows the verb is what it acts on: الرئيس الأميركي، والذي توعد النظام السوري — the
president threatens, the regime is threatened; الحكومة الفرنسية، التي انتقدت الحكومة الإيطالية. The actor is the
party named right before the pronoun (past a comma, also inside a preposition's phrase: إلى الرئيس الذي ينتقد
أوروبا). With no party there (القرار الذي طالب X: a noun no dictionary codes) the roles stay as they were.

Not when the subject does follow the verb: the verb carries an object pronoun that resumes the antecedent (القس الذي
تتهمه أنقرة), a preposition with its pronoun stands right after it (الاتفاق الذي توصل إليه الطرفان، التي يطالب بها
ترامب), the verb and the pronoun disagree in gender (الدعم الذي تعهدت الرياض بتقديمه), a preposition or a verbal
noun under بـ further on carries the pronoun that resumes the antecedent (البلدة التي هددت أنقرة بشن هجوم عليها:
events/clause_subject; الاتفاق، والذي هدد الرئيس بالانسحاب منه؛ الجدار الذي تعهد الرئيس ببنائه), or the
antecedent is a time, a place or a manner (في الوقت الذي كثفت القوات التركية عملياتها، المرة التي ...: a clause of
its own).
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.agreement import verb_gender
from marsad.events.arguments import Arg
from marsad.events.clause_subject import resumed
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_MASCULINE = norm_words("الذي والذي")
_FEMININE = norm_words("التي والتي")
_PLURAL = norm_words("الذين والذين اللذين واللذين اللتين واللتين")
# antecedents that open a clause with a subject of its own (في الوقت الذي، اليوم الذي، المكان الذي، بالشكل الذي)
_OPEN = norm_words("""الوقت الحين اليوم الليله المره الفتره الساعه اللحظه الاسبوع الشهر العام السنه الايام
    المكان الموقع المنطقه الشكل النحو الحد القدر الطريقه الاسلوب الظروف الوضع الحاله""")
_REACH = 2  # words between the verb and its object (مؤخرا، أمس)
_RESUME_REACH = 10  # words from the verb to a verbal noun whose pronoun resumes the antecedent


def relative_object(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                    implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb right after a relative pronoun whose actor was read off the bare party
    after it (see the module): that party is the recipient, the antecedent's party the actor; the roles given
    otherwise."""
    if not hit.verbal or hit.i < 1 or actor is None or actor.prep is not None or actor.i < hit.j \
            or actor.i - hit.j > _REACH or any(w not in cues.ADVERBS for w in toks[hit.j:actor.i]):
        return actor, recipient, implicit
    rel = toks[hit.i - 1]
    if rel not in _MASCULINE | _FEMININE | _PLURAL or object_pronoun(toks[hit.i][hit.strip:]) or (
            hit.j < len(toks) and toks[hit.j] in cues.RESUMPTIVE):
        return actor, recipient, implicit
    gender = verb_gender(hit, toks)
    if rel in _MASCULINE and gender == "f" or rel in _FEMININE and gender == "m" or resumed(
            toks, hit.j, rel.removeprefix("و")) or _resumed_noun(toks, hit.j, rel):
        return actor, recipient, implicit
    k = hit.i - 2
    if k >= 0 and toks[k] in ("،", ","):
        k -= 1
    if k < 0 or toks[k].removeprefix("و").removeprefix("ب").removeprefix("ل").removeprefix("ف") in _OPEN \
            or toks[k] in _OPEN:
        return actor, recipient, implicit
    antecedent = next((a for a in people if a.j == k + 1 and not a.place and a.actor.kind != "place"), None)
    if antecedent is None:
        return actor, recipient, implicit
    return antecedent, actor, False


def _resumed_noun(toks: list[str], j: int, rel: str) -> bool:
    """الجدار الذي تعهد ترامب ببنائه، الحرب التي اتهمت X روسيا بشنها: a verbal noun under بـ further on in the
    clause carries the pronoun that resumes the antecedent — what the clause is about, not its subject."""
    ending = "ها" if rel in _FEMININE else "ه" if rel in _MASCULINE else "هم"
    for w in toks[j:j + _RESUME_REACH]:
        if w in cues.CLAUSE_BREAKS or w in (".", "،", ",", "؛", ":"):
            return False
        if w.startswith("ب") and not w.startswith("بال") and len(w) > 4 and w.endswith(ending) and not (
                ending == "ه" and w.endswith(("ته", "يه", "ده", "قه", "فه", "ره"))):  # (بشدة، بطريقة: no pronoun)
            return True
    return False
