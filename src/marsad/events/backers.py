"""Who backs an attack's side is not its author (used by stages/events and events/ranker); the backer of a noun
of support that opens the phrase is that support's actor, the side backed its recipient (backing_roles, in
events/frames).

A party named after a phrase of backing — بإسناد من X، بدعم من X، بمساندة X، بغطاء جوي من X، مسنودة بطيران X،
المدعومة من X، التي تدعمها X — supports the side named right before the phrase, and that side fights: قوات الجيش،
مسنودة بطيران التحالف، حررت مواقع بعد معارك ... — the army is the author, not the coalition. When the rules or the
ranker take the backer as the author, the side it backs takes its place; when no side is named before the phrase
(عمليات واسعة، بإسناد من التحالف) the backer is all the sentence names, and stays."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import ADVERBS, GROUP_HEADS
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_SUPPORTING = frozenset({"SUPPORT", "AID"})  # (the types a noun of backing is read as: backing_roles)
# nouns of backing that take their party after من (بإسناد من X) or as their genitive (بمساندة X)
_BACKING = norm_words("باسناد واسناد وباسناد اسناد بدعم وبدعم دعم بمساندة وبمساندة مساندة بمؤازرة وبمؤازرة بغطاء "
                      "وبغطاء")
# participles and verbs of backing: مسنودة بـ X، المدعومة من X، التي تدعمها X
_BACKED = norm_words("مسنودة مسنودا مسنودين المسنودة المسنودين مسنود المسنود مدعومة مدعوما مدعومين المدعومة "
                     "المدعومين المدعوم مدعوم بدعم مدعومه مساندة المساندة")
_BACKS = norm_words("تدعمها يدعمها تدعمه يدعمه تدعمهم يدعمهم تساندها تسانده يساندها يسانده دعمتها دعمها")
_BELONGING = norm_words("تابعة التابعة تابع التابع تابعين التابعين تابعه")
_RELATIVE = norm_words("التي الذي الذين")
_COMMA = frozenset({"،", ","})
_CARRIERS = norm_words("طيران مقاتلات طائرات مدفعيه بوارج")  # بإسناد من طيران X: X's aviation backs
_HEADS = GROUP_HEADS | norm_words("تحالف ائتلاف دوله حكومه")  # (بمساندة تحالف "X": X's)
_BETWEEN = norm_words("جوي جويا الجوي بري بريا البري مباشر مباشرا مدفعي مدفعيا")  # بغطاء جوي من X


def _phrase(toks: list[str], a: Arg) -> int:
    """Where the phrase of backing whose party is `a` begins (بإسناد من X، مسنودة بـ X، التي تدعمها X); -1 if `a`
    is no backer. A word of kind may stand between the noun and من (بغطاء جوي من X)."""
    if a.i == 0:
        return -1
    k = a.i - 1
    # (بإسناد من طيران تحالف دعم الشرعية: the carrier noun the party's name left out stands after من)
    carried = a.prep is None and k > 0 and toks[k] in _CARRIERS and toks[k - 1] == "من"
    k -= carried
    if (a.prep == "من" or carried) and toks[k] == "من":
        k -= 1
        if k >= 0 and toks[k] in _BETWEEN:
            k -= 1
        return k if k >= 0 and (toks[k] in _BACKING or toks[k] in _BACKED) else -1
    if a.prep is None:
        if toks[k] in _BACKS:  # التي تدعمها واشنطن: the relative pronoun opens the phrase
            return k - 1 if k > 0 and toks[k - 1] in _RELATIVE else k
        return k if toks[k] in _BACKING and toks[k] != "دعم" else -1
    return k if a.prep == "ب" and toks[k] in _BACKED else -1


def _past_time(toks: list[str], k: int) -> int:
    """Where a time phrase that ends right before k begins (قوات الشرعية منذ أسابيع، بإسناد من X; الجيش، الجمعة،
    بدعم من X): منذ and up to two words, or day and time words; k when there is none."""
    for n in (2, 3):  # منذ أسابيع، منذ ثلاثة أيام
        if k - n >= 0 and toks[k - n] == "منذ" and not any(t in _COMMA for t in toks[k - n:k]):
            return k - n
    while k > 0 and (toks[k - 1] in ADVERBS or toks[k - 1] in _COMMA and k > 1 and toks[k - 2] in ADVERBS):
        k -= 1
    return k


def is_backer(toks: list[str], a: Arg) -> bool:
    """`a` is the party of a phrase of backing (بإسناد من X، بغطاء جوي من X، المسنودة من X، التي تدعمها X)."""
    return _phrase(toks, a) >= 0


def backed(toks: list[str], args: list[Arg], a: Arg | None) -> Arg | None:
    """The side `a` backs when `a` is the party of a phrase of backing (bare or after من / بـ: بإسناد من X،
    بمساندة X، مسنودة بطيران X، المدعومة من X، التي تدعمها X) and that side is named right before the phrase, a
    comma between allowed (قوات الجيش، مسنودة بطيران التحالف، ...: the army), bare or after لـ (the first of
    sides joined by و); None otherwise — also when the phrase
    follows the attack itself (عمليات واسعة، بإسناد من التحالف: the backer is all the sentence names)."""
    if a is None or (k := _phrase(toks, a)) < 0:
        return None
    if k > 0 and toks[k - 1] in _COMMA:
        k -= 1
    k = _past_time(toks, k)
    n = next((n for n, b in enumerate(args) if b.j == k and b is not a), -1)
    while n > 0 and args[n].conj:  # قوات الجيش والمقاومة، بإسناد من X: the first of the sides joined by و
        n -= 1
    # (a bare side or the لـ of a noun — تقدم للجيش بإسناد من X، قواعد لفصائل تدعمها X —: not a place, nor another
    # preposition's noun or what a thing belongs to — تدمير القوات لمخازن تابعة للمتمردين، بإسناد من X: the target)
    if n < 0 or args[n].place or args[n].actor.kind == "place":
        return None
    b = args[n]
    return b if b.prep is None or b.prep == "ل" and (b.i == 0 or toks[b.i - 1] not in _BELONGING) else None


def backing_roles(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a noun of support that opens a phrase of backing — القوات الموالية للشرعية
    بدعم من التحالف، الحكومة التي أدارت العاصمة بمساندة تحالف X —: its party (after من or as its genitive) backs,
    the actor; the side named right before the phrase (see `backed`), else the clause's subject read as the actor
    before it, is backed, the recipient. The roles given otherwise."""
    if hit.verbal or hit.trigger.type not in _SUPPORTING or toks[hit.i] not in _BACKING:
        return actor, recipient, implicit
    backer = next((a for a in people if a.i > hit.i and not a.place and (_phrase(toks, a) == hit.i or (
        # بمساندة تحالف "فجر ليبيا": a head noun of a group and quotes before the name
        a.prep is None and 0 < a.i - hit.j <= 2 and all(w in _HEADS or not w[:1].isalpha() for w in toks[hit.j:a.i])
    ))), None)
    if backer is None:
        return actor, recipient, implicit
    side = backed(toks, people, backer)
    if side is None and actor is not None and actor is not backer and actor.j <= hit.i:
        side = actor  # (الحكومة التي أدارت العاصمة ... بمساندة تحالف X: the subject is backed)
    return backer, side, False
