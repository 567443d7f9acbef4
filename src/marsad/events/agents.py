"""The phrase that names who did an act told in the passive or as a verbal noun (used by events/roles):
على يد X, من قبل X, برصاص X, and من جانب X / من طرف X (but not إلى جانب X, "alongside X", nor بجانب X, "next to X")."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg

# على يد X, من قبل X, برصاص X: X is the author
AGENT_MARKS = ("يد", "ايدي", "قبل", "برصاص", "رصاص", "بنيران", "نيران", "بقذائف", "بقذيفه", "بصواريخ")
_SIDE = ("جانب", "طرف")  # من جانب X، من طرف X: "on the part of X"


def agent_marked(toks: Sequence[str], i: int) -> bool:
    """The participant starting at token i is named as an act's author: after على يد / من قبل / برصاص, or after
    من جانب / من طرف (قتل 60 فلسطينيا في إطلاق نار من جانب القوات الإسرائيلية: fire "on the part of" the forces;
    تعرضت السفينة لهجوم من طرف X); إلى جانب
    X (قاتل إلى جانب القوات: alongside them) and بجانب X (next to X) name no author."""
    if i <= 0:
        return False
    return toks[i - 1] in AGENT_MARKS or toks[i - 1] in _SIDE and i >= 2 and toks[i - 2] == "من"


_BY_HAND = ("يد", "ايدي", "قبل", "برصاص", "بنيران")


def by_hand(toks: Sequence[str], i: int) -> bool:
    """The participant starting at token i is named by a phrase of agency that never marks a target: على يد، من قبل،
    برصاص، بنيران، من جانب، من طرف X (وقتل الرجل على أيدي الشرطة، تعرضت السفينة لهجوم من طرف X)."""
    return i > 0 and (toks[i - 1] in _BY_HAND or toks[i - 1] in _SIDE and i >= 2 and toks[i - 2] == "من")


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
