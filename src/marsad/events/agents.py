"""The phrase that names who did an act told in the passive or as a verbal noun (used by events/roles):
على يد X, من قبل X, برصاص X, and من جانب X / من طرف X (but not إلى جانب X, "alongside X", nor بجانب X, "next to
X"); also past a part of X — من قبل أحد الحوثيين، على أيدي عناصر من التنظيم، من قبل عدة عناصر من الشرطة: X's men,
and a sniper of X (برصاص قناصة الاحتلال، على يد قناص إسرائيلي) —, and من X right after a noun of attack (لهجوم من
تنظيم داعش)."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg
from marsad.text.normalize import norm_words

# على يد X, من قبل X, برصاص X: X is the author
AGENT_MARKS = ("يد", "ايدي", "قبل", "برصاص", "رصاص", "بنيران", "نيران", "بقذائف", "بقذيفه", "بصواريخ")
_SIDES = frozenset({"جانب", "طرف"})  # من جانب X, من طرف X: "on the part of" X
# a part of the party named after it — one, several, members of: من قبل أحد X، على يد عناصر من X
_PART = norm_words("""احد احدى عده عدد بعض عناصر عنصر افراد مسلحين مسلحي مقاتلين مقاتلي جنود مجموعه قناص قناصه
    قناصي""")  # (على يد قناص إسرائيلي: the sniper is X's man)


def agent_marked(toks: Sequence[str], i: int, marks: Sequence[str] = AGENT_MARKS) -> bool:
    """The participant starting at token i is named as an act's author: after على يد / من قبل / برصاص, or after
    من جانب (قتل 60 فلسطينيا في إطلاق نار من جانب القوات الإسرائيلية: fire "on the part of" the forces); إلى جانب
    X (قاتل إلى جانب القوات: alongside them) and بجانب X (next to X) name no author. Also من طرف X, and past a
    part of X between the phrase and X: من قبل أحد الحوثيين (`marks`: the words the phrase may end in). With the
    default marks, also من X right after a noun of attack: تعرضت الدورية لهجوم من تنظيم داعش — an attack by X."""
    for _ in range(3):  # past a part of it: من قبل عدة عناصر من الشرطة
        if i >= 2 and toks[i - 1] == "من" and toks[i - 2] in _PART:
            i -= 2
        elif i >= 1 and toks[i - 1] in _PART:
            i -= 1
    if i <= 0:
        return False
    return toks[i - 1] in marks or toks[i - 1] in _SIDES and i >= 2 and toks[i - 2] == "من" or (
        marks is AGENT_MARKS and toks[i - 1] == "من" and i >= 2 and _attack_from(toks[i - 2]))


# nouns of attack whose من phrase right after them names who attacked: تعرضوا لهجوم من تنظيم داعش
_ATTACKS = norm_words("هجوم هجوما هجمات هجومين هجومان اعتداء اعتداءات قصف قصفا غاره غارات ضربه ضربات")


def _attack_from(w: str) -> bool:
    """The word is a noun of attack (past و، بـ، لـ and the article): its من phrase is its author."""
    w = w[1:] if w[:1] == "و" else w
    w = w[1:] if w[:1] in ("ب", "ل") and w[1:].removeprefix("ال") in _ATTACKS else w
    return w.removeprefix("ال") in _ATTACKS


_BY_HAND = ("يد", "ايدي", "قبل", "برصاص", "بنيران")


def by_hand(toks: Sequence[str], i: int) -> bool:
    """The participant starting at token i is named by a phrase of agency that never marks a target: على يد، من قبل،
    برصاص، بنيران، من جانب، من طرف X, also past a part of X (وقتل الرجل على أيدي الشرطة، تعرضت السفينة لهجوم من طرف
    X، من قبل أحد الحوثيين)."""
    return agent_marked(toks, i, _BY_HAND)


_BREAKS = frozenset((".", "؛", ":", "!", "؟"))
_REACH = 20  # tokens from the act to its agent phrase (past the victim's long description)


def marked_agent(j: int, toks: Sequence[str], people: Sequence[Arg], recipient: Arg | None) -> Arg | None:
    """The author named by an agent phrase after an act that has none yet, further off than a subject would stand:
    مقتل مدرب تابع للجيش الأميركي بالرصاص على يد جندي أفغاني — the soldier did it (the phrase
    closes the act's clause: not past a full stop or a colon). `j`: the token after the act's trigger."""
    for a in people:
        if a.i < j or a.i - j > _REACH or any(w in _BREAKS for w in toks[j:a.i]):
            continue
        if a is not recipient and not a.place and agent_marked(toks, a.i):
            return a
    return None
