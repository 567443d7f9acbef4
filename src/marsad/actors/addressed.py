"""A body or people named bare only as the one asked: يطالب خبراء الصحة الدولة بزيادة الصرف، حثت السلطات الناس على.

Words like الدولة، الوزارة، الشركة، الناس، الجميع name a party no dictionary lists as one alone: taken everywhere,
they would be a speaker's or a subject's role in sentences that only speak of them (أمن الدولة، قال إن الشركة). As
the object of a verb of calling, demanding, urging or appealing (طالب، دعا، حث، ناشد, or its participle داعيا،
مطالبا), right before the act asked for (إلى، على، أن، a verbal noun under بـ / لـ), they are the one asked:
data/addressees.tsv lists them with their sector, and this makes such a word a mention there, with no country — the
article's is given to it as to any generic agent (events/localise, events/named_before). It is read before
the organisations no dictionary lists, whose name then ends before it (دعت الهيئة العليا للانتخابات الناخبين).

The word stands bare (no proclitic: not والشركة, a second conjunct) after the subject ending in a definite word
(خبراء الصحة الدولة، السلطات الأسترالية الناس) — not after an indefinite noun, whose genitive it is (احترام الدولة،
رئيس الدولة) —, or right after a verb whose subject it cannot be (داعيا الوزارة، نطالب الدولة، طالبوا، أن الشرطة
دعت الجميع، وكانت الشرطة قد دعت الجميع — not طالب الجميع بـ، دعت الوزارة إلى, where it may be the subject), with
only a comma or an adverb before the act; nothing in between opens the act or a new clause.
"""

from __future__ import annotations

from functools import cache

from marsad.actors.draft import Draft
from marsad.knowledge.files import DATA_DIR, read_tsv
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm, norm_words

_CALLS = norm_words("""طالب طالبت يطالب تطالب يطالبان تطالبان دعا دعت يدعو تدعو يدعوان تدعوان حث حثت يحث تحث ناشد
    ناشدت يناشد تناشد حض حضت يحض تحض""")
# a verb or participle whose subject is no word after it (a participle's is the clause's, نطالب: we, طالبوا: they), so
# the word right after it is the one asked: داعيا الوزارة، نطالب الدولة — not دعت الوزارة إلى, its subject
_OWN_SUBJECT = norm_words("""داعيا داعين مطالبا مطالبين طالبا حاثا مناشدا نطالب ندعو نحث نناشد طالبوا دعوا حثوا
    ناشدوا يطالبون يدعون يحثون يناشدون""")
_OPENERS = norm_words("إلى الى على أن بأن")
_ADVERBS = norm_words("أيضا كذلك مجددا مؤخرا اليوم أمس الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
_RESUMING = norm_words("فيه فيها")
_WAS = norm_words("كان كانت وكان وكانت فكان فكانت")  # وكانت الشرطة قد دعت الجميع إلى: the subject before the verb
_QAD = norm_words("قد")
_THAT = norm_words("أن إن بأن")  # أن الشرطة دعت الجميع إلى: the subject before the verb  # أصدر بيانا طالب فيه X بـ
_BREAKS = frozenset({".", ":", "؛", "ان", "انه", "انها", "الذي", "التي", "الذين"}) | _OPENERS
_SKIP = frozenset({"،", ",", '"', "«", "»", "“", "”"})
_NOT_ACTS = norm_words("بين بعد بعض بسبب بحسب بينما لدى لكن لذلك لعدم ليس بشأن")
_DEFINITE = ("ال", "لل", "بال")  # (الهيئة العليا للانتخابات الناخبين: a subject ending in its definite genitive)
_REACH = 8  # words from the verb to the one asked (past the subject)


@cache
def _lexicon() -> dict[str, str]:
    """data/addressees.tsv: the normalised word → its sector."""
    return {norm(row["word"]): row["sector"] for _, row in read_tsv(DATA_DIR / "addressees.tsv")}


def _act_after(toks: list[str], k: int) -> bool:
    """The act asked for opens at `k`, past commas and adverbs (إلى، على، أن، بزيادة، للتصدي)."""
    while k < len(toks) and (toks[k] in _SKIP or toks[k] in _ADVERBS):
        k += 1
    if k >= len(toks):
        return False
    w = toks[k]
    return w in _OPENERS or w.startswith(("ب", "ل")) and len(w) > 3 and w not in _NOT_ACTS


def _verb(w: str) -> str | None:
    """`w` as a call verb or participle (past a proclitic و / ف), else None."""
    for v in (w, w[1:] if w[:1] in ("و", "ف") else ""):
        if v in _CALLS or v in _OWN_SUBJECT:
            return v
    return None


def _subject_before(toks: list[str], k: int) -> bool:
    """The verb at `k` has its subject before it: definite words right after أن / إن or كان, and قد (أن الشرطة
    الفرنسية دعت، وكانت الشرطة قد دعت)."""
    end = k - 1 if k > 0 and toks[k - 1] in _QAD else k
    m = end - 1
    while m >= 0 and toks[m].startswith("ال"):
        m -= 1
    return 0 <= m < end - 1 and toks[m] in _THAT | _WAS


def _call_before(toks: list[str], i: int) -> bool:
    """A call verb stands before `i` in its clause: right before it (past فيه / فيها, a comma or an adverb) when the
    verb's subject is no word after it (داعيا، نطالب، طالبوا) or definite words right after أن or كان before it (أن
    الشرطة دعت الجميع إلى، وكانت الوزارة قد حثت المواطنين على); else past its subject, which ends in a definite word,
    a comma or an adverb right before `i` (خبراء الصحة الدولة — not احترام الدولة, a genitive)."""
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        w = toks[k]
        if w in _BREAKS:
            return False
        if (v := _verb(w)) is not None:
            between = [t for t in toks[k + 1:i] if t not in _SKIP and t not in _ADVERBS and t not in _RESUMING]
            prev = toks[i - 1]
            if between:
                return prev in _SKIP or prev in _ADVERBS or prev.startswith(_DEFINITE)
            return v in _OWN_SUBJECT or w == v and _subject_before(toks, k)
    return False


def addressed_bodies(toks: list[str], out: list[Draft]) -> list[Draft]:
    """Mentions of the listed bodies and people (data/addressees.tsv) standing as the one asked by a call verb."""
    lexicon = _lexicon()
    taken = {k for d in out for k in range(d.i, d.j)}
    found = []
    for i, w in enumerate(toks):
        sector = lexicon.get(w)
        if sector is None or i in taken or not _act_after(toks, i + 1) or not _call_before(toks, i):
            continue
        found.append(Draft(i, i + 1, "AGENT", Actor(None, None, sector, sector, None, "generic"), f"addressee:{w}",
                           nominal=True))
    return found
