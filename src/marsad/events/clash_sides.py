"""The second side of a clash told with بين when the parser did not join it to the first: past the first side's
own pieces (قوات #الجيش_الوطني, جيش ميانمار), its من جهة, its participle or relative clause (المسنودة بطيران X،
الموالية لـ X) and a comma, the first و word opens the other side (والحوثيين, وبين #ميليشيات_الحوثي, وهذه
العناصر, ومجموعة مسلحة)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arguments import MEMBERS, Arg
from marsad.events.cues import GROUP_HEADS, RELATIVES
from marsad.events.preposition import PREPOSITIONS, QUOTES
from marsad.text.normalize import norm_words

_REACH = 22  # tokens from بين to the second side
_SIDE = norm_words("جهه ناحيه")  # بين X من جهة و Y من جهة أخرى
# a participle that opens a clause of the first side (مسنودا بـ، المدعومة من، الموالية لـ، التابعة للتيار)
_OPENERS = ("مسنود", "المسنود", "مدعوم", "المدعوم", "موالي", "الموالي", "موال", "تابع", "التابع", "بإسناد",
            "باسناد", "بدعم")
_DEMONSTRATIVES = norm_words("هذه هذا هؤلاء هولاء تلك ذلك")
_GROUP_HEADS = GROUP_HEADS | norm_words("اتباع ابناء رجال مسلحي مقاتلي")


def _opens_side(w: str) -> bool:
    """و, وبين, والحوثيين, ومجموعة, وعناصر, وهذه, وقبليين: a و word that may open the second side (not a verb:
    وأسفرت، وقتل)."""
    if w in ("و", "وبين"):
        return True
    rest = w[1:]
    return w[:1] == "و" and len(w) > 3 and (rest.startswith(("ال", "م")) or rest in _GROUP_HEADS
                                            or rest in _DEMONSTRATIVES or len(rest) > 4 and rest.endswith("ين"))


def _ahead(toks: list[str], pos: int, end: int, found: Callable[[int], bool]) -> int:
    """The first position in [pos, end) that `found` accepts before the sentence or the بين ends, or -1."""
    for k in range(pos, min(end, len(toks))):
        if toks[k] in (".", "؟", "!", ":") or toks[k] == "بين":
            return -1
        if found(k):
            return k
    return -1


def clash_second(toks: list[str], args: list[Arg], first: Arg) -> tuple[Arg, Arg | None] | None:
    """(the first side, the second) of بين `first` ... و Y: the first side is the best-coded of its pieces, the
    second the participant the و word opens (None when no dictionary lists it: ومجموعة عرقية مسلحة). None when no
    second side is joined within reach."""
    by_start = {a.i: a for a in args if not a.place}
    end = first.i + _REACH
    # (بين X و Z من جهة، و Y من جهة أخرى: the first side's team runs to its من جهة)
    mark = _ahead(toks, first.j, end, lambda k: toks[k] == "من" and k + 1 < len(toks) and toks[k + 1] in _SIDE)
    # (بين X المسنودة بطيران Z و W وبين Y: the repeated بين opens the second side)
    again = _ahead(toks, first.j, end, lambda k: toks[k] == "وبين")
    pieces = [first]
    pos, clause, comma, start = first.j, False, False, -1
    while pos < min(end, len(toks)):
        w = toks[pos]
        if w in (".", "؟", "!", ":") or w == "بين":
            return None
        if _opens_side(w) and pos > mark and (not clause or comma or again < 0 or pos >= again):
            start = pos + 1 if w in ("و", "وبين") else pos
            break
        if w in ("،", ","):
            comma = True
        elif w == "من" and pos + 1 < len(toks) and toks[pos + 1] in _SIDE:
            pos += 2
            continue
        elif w in RELATIVES or w.startswith(_OPENERS):
            clause, comma = True, False
        elif (a := by_start.get(pos)) is not None:
            # (قوات #الجيش_الوطني, عناصر من الدرك: a piece of the first side, right after the last one — not
            # محتجين غاضبين إزاء اقتصاد إيران)
            if not clause and mark < 0 and not a.conj and a.prep in (None, "من") and all(
                    t in QUOTES or t == "من" for t in toks[pieces[-1].j:pos]):
                pieces.append(a)
            pos = max(a.j, pos + 1)
            continue
        elif not clause and mark < 0 and (w in PREPOSITIONS and w != "من" or comma):
            return None  # (في جبال حام: the clause went on past the first side)
        pos += 1
    if start < 0:
        return None
    while start < len(toks) and (toks[start] in QUOTES or toks[start] in _DEMONSTRATIVES or toks[start] in MEMBERS):
        start += 1
    second = by_start.get(start)
    if second is None and start < len(toks) and toks[start][:1] == "و":
        # (وتنظيم #داعش، وميلشيات الحوثي: a head noun no dictionary lists before the name it does)
        start += 1
        while start < len(toks) and toks[start] in QUOTES:
            start += 1
        second = by_start.get(start)
        if second is None and start + 1 < len(toks) and toks[start + 1][:1] == "و":
            second = by_start.get(start + 1)  # (ووحدات الحرس والجيش: the unit's first body that a dictionary codes)
    if second is not None and second.actor.kind == "place":
        second = None
    best = max(pieces, key=lambda a: (bool(a.actor.country) + bool(a.actor.sector), pieces.index(a)))
    return best, second
