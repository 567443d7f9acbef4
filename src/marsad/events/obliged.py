"""Acts only owed or allowed, not done (used by the events stage): what a party is told it must do — على and the
party opening the clause, then أن and a verb or the bare verbal noun (وعلى المجتمع الدولي دعم جهود الحكومة، على
الحكومة أن تفرض رسوما), a word of obligation further back than modality's window, then أن (يجب على الدول الأعضاء
كافة أن تفرض عقوبات، عليه أن يمتنع) — and what a party has the right to do (من حق المواطنين المطالبة بالتنمية،
للشعب الحق في التظاهر): conditional, coded, not counted. Not على الرغم من أن، على إثر هجوم (a preposition's
compound), nor an act past a second bare أن, the content of what one must know (يجب أن نعلم أن الجيش قصف)."""

from __future__ import annotations

from marsad.events.cues import SAID_THAT
from marsad.text.normalize import norm_words

_ON = norm_words("على وعلى فعلى")
# على in a compound preposition or adverb opening a clause (على الرغم من، على إثر، على صعيد آخر): no obligation
_COMPOUND = norm_words("""الرغم رغم اثر إثر خلفيه غرار اساس ضوء صعيد مدى وقع هامش حد اعتبار امتداد طول وجه مستوى
    عكس ذلك اي أي سبيل راس رأس الاقل الأقل الفور الاثر الأثر خلاف نحو مقربه بعد قيد مدار""")
_MUST = norm_words("يجب ويجب فيجب ينبغي وينبغي فينبغي يتعين ويتعين يتوجب ويتوجب بد لابد ولابد يستوجب")
_ON_ONE = norm_words("عليه عليها عليهم عليهما علينا عليكم عليك وعليه وعليها وعليهم وعلينا")
_THAT = norm_words("أن وأن")
_RIGHT = norm_words("حق حقه حقها حقهم حقهما حقنا حقكم")
_FROM = norm_words("من ومن")
_THE_RIGHT = norm_words("الحق بالحق والحق")
_BREAKS = frozenset({".", "؛", ";", ":", "،", ",", "؟", "!"})
_OPENS = frozenset({".", "؛", ";", ":", "؟", "!"})
_QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})


def obliged(toks: list[str], i: int, reach: int = 12) -> bool:
    """The act at token i is only owed or a right, by the words before it in its clause (the bare noun or verb
    after على and its party: a verbal noun unvowelled reads as a verb too, دعم)."""
    thats = 0
    for k in range(i - 1, max(-1, i - reach), -1):
        w = toks[k]
        if w in _BREAKS:
            return False
        if w in _THAT:
            thats += w == "ان"  # (a second bare أن opens the content of the owed act: يجب أن نعلم أن ...)
            continue
        if thats > 1:
            return False
        if w in _MUST and (thats or i - k <= 2):
            return True  # يجب على الدول أن تفرض عقوبات
        if w in _ON_ONE and toks[k + 1:k + 2] and toks[k + 1] in _THAT:
            return True  # عليه أن يمتنع عن هذا الأسلوب
        if w in _ON and _opens(toks, k) and toks[k + 1:k + 2] and toks[k + 1] not in _COMPOUND | _THAT:
            if thats or i - k <= 5 and not toks[i].startswith("ال") and toks[k + 1].startswith("ال") and not any(
                    t in _QUOTES for t in toks[k + 1:i]):  # (not the name علي: إن علي فلان "أوقف")
                return True  # وعلى المجتمع الدولي دعم جهود ...
            return False
        if w in _RIGHT and k > 0 and toks[k - 1] in _FROM and i - k <= 5:
            return True  # من حق المواطنين المطالبة بالتنمية
        if w in _THE_RIGHT and toks[k + 1:k + 2] == ["في"] and i - k <= 3:
            return True  # للمواطنين الحق في التظاهر
    return False


def _opens(toks: list[str], k: int) -> bool:
    """Token k opens its clause: the sentence's start, past a full stop, a quote or a teller's أن / إن."""
    j = k - 1
    while j >= 0 and toks[j] in _QUOTES:
        j -= 1
    return j < 0 or toks[j] in _OPENS or toks[j] in SAID_THAT  # (not past a comma: شدد X، على ضرورة)
