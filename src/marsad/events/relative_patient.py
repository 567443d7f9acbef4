"""The antecedent of a relative clause of violence or coercion told in the passive (used by events/roles).

X (،) الذي اعتقل السبت، Y الذي قتل في الجبهة: a verb of attack or coercion right after a relative pronoun, with no
object of its own, is passive — its antecedent suffers it and is never its author. events/roles took the antecedent
only when it ended right before the pronoun (or its comma); the party often ends a few words earlier, past what no
dictionary codes: a name set after its coded title (القيادي السوري البارز #فلان الذي اعتقل), an adjective past a
comma (الممثل البيروتي، الذي أوقف), a kunya in brackets (فلان (أبو فلان)، الذي قتل). Past such a gap the verb is
read as passive only when what follows it cannot be its object: the end of the clause, a word of time or
circumstance (السبت، قبل، في، خلال), an agent or means (على يد، من قبل، برصاص، بـ). Not a verb with an object
pronoun (الذين قتلهم X: the subject follows) nor one a pronoun after it resumes (التي قتل فيها X: X suffers it).
A number or a count right after the verb opens its object (القوات التي قتلت عشرات المسلحين): active, even
when no dictionary codes what is counted. The passive test holds too for an antecedent right before the pronoun
inside a preposition's phrase (أفرج عن الناشط الذي اعتقل الأسبوع الماضي).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# a number or a count opening the verb's object (خمسة مهربين، عشرات المسلحين)
_COUNTED = cues.COUNTS - {"من"} | norm_words("""اثنين اثنان ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرين
    ثلاثين اربعين خمسين مائه مئه""")
_GAP = 4  # words (not counting marks) between the antecedent and the pronoun
_MARKS = frozenset("، , ( ) \" « » # - _".split())
# what may follow a passive verb: a time, a circumstance, a preposition of place, time or means
_AFTER = norm_words("""في امس اليوم خلال جراء اثر إثر بعد قبل عندما حين اثناء قرب داخل منذ الاحد الاثنين الثلاثاء
    الاربعاء الخميس الجمعه السبت صباح مساء ليل فجر ظهر علي على يد ايدي من عام العام الشهر الاسبوع لدي لدى""")
# words that cannot stand inside the antecedent's phrase: prepositions and clause openers
_NOT_IN_GAP = cues.CLAUSE_BREAKS - _MARKS | norm_words("في علي على من الى الي عن مع بين حول ضد لدى لدي عند")


def relative_patient(hit: TriggerHit, toks: Sequence[str], before: Sequence[Arg], material: bool) -> Arg | None:
    """The bare party a passive relative clause of violence or coercion (`material`) refers back to, else None."""
    if not (hit.verbal and material and hit.i > 0 and toks[hit.i - 1] in cues.RELATIVES and before):
        return None
    last = before[-1]
    gap = toks[last.j:hit.i - 1]
    nxt = toks[hit.j] if hit.j < len(toks) else ""
    if nxt.isdigit() or nxt in _COUNTED:
        return None  # (الشرطة التي اعتقلت خمسة مهربين: a counted object no dictionary codes; the verb is active)
    if len(gap) <= 1 and last.prep is None:  # X الذي، X، الذي: a bare antecedent right before the pronoun (the
        return last  # rule of events/roles)
    # (past a gap, also one a preposition governs: أفرجت الشرطة عن الناشط البارز، فلان، الذي اعتقل)
    words = [w for w in gap if w not in _MARKS]
    if len(words) > _GAP or any(w in _NOT_IN_GAP or w.isdigit() or w.startswith(("لل", "بال")) for w in words):
        return None
    if object_pronoun(toks[hit.i][hit.strip:]):
        return None
    if nxt in cues.RESUMPTIVE:
        return None
    passive = nxt in ("", ".", "،", ",", "(") or nxt in _AFTER or nxt[:1] == "ب" and not nxt.startswith("بين")
    return last if passive else None

