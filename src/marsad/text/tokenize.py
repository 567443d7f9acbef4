"""Tokenisation and lexicon-guided clitic segmentation, over the normalised text.

Tokens are runs of letters/digits (a number keeps its decimal point) or single punctuation marks. A word is
segmented into proclitics (conjunction و ف; preposition ب ل ك or future س; article ال, with لل = ل + ال), a stem,
and pronoun enclitics (ه ها هم هما هن نا). The lexicon guides it: a word the lexicon knows is never cut
(بغداد is not ب+غداد), and a clitic is split off when what remains is a lexicon word (وبغداد → و+بغداد), or when
the remainder starts with the article (والعراق → و+ال+عراق). A name (the `names` list, no common word) takes no
pronoun — الطائفة is no ال+طائف+ه, حلبة no حلب+ه: the normalised ة reads like the pronoun ه —, and a frequent common
word (the `common` list) is not cut into a name: بنوك, وبنوك are (and) banks, not ب+نوك (Nuuk).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache

TOKEN_RE = re.compile(r"[^\W_]+(?:[.,][0-9]+)*|[^\w\s]")

CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك", "س")
# Third-person and "our" pronoun suffixes; news rarely uses "my"/"your", and ي would read every nisba (الطائفي) as
# a noun + "my".
ENCLITICS = ("هما", "هم", "هن", "نا", "ها", "ه")
_ENCLITIC_ENDS = frozenset(s[-1] for s in ENCLITICS)  # (a word ending in another letter carries none)
# Words that start with ال, ب, ل, و ... but are never cut.
PROTECTED = frozenset(
    "الله الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي الا الى الي الان الاول الاولى ان اذا اذ "
    "او ام بل بين بعد بعض بينما بسبب لكن لان لدى لدي لم لن لا لقد له لها لهم لهذا لذلك لكل ليس ليست ولا ولم ولن "
    "وقد وهو وهي وهم فقط كل كان كانت كما كذلك ضد على عن عند عبر مع منذ من في ما هذا هذه هو هي هم نحو حول خلال "
    "وزير وزيره وزاره وزراء وزارة ولايه ولاية وكاله وكالة بيان بلاد بلدان بلد بحث فريق فرق فرنسا لبنان ليبيا "
    "بريطانيا بلجيكا بولندا بلغاريا كندا كوبا كوريا كينيا كولومبيا سوريا سوريه السودان فلسطين فنزويلا فنلندا "
    "لندن بكين باريس برلين بغداد بيروت بيت سيناء ليلة ليله ولي والي ليزر فدان".split()  # (ليزر: laser, not ل + يزر;
    # فدان: feddan, a measure of land, not ف + دان)
)


@dataclass(frozen=True, slots=True)
class Segmentation:
    """A word cut into proclitics, stem and enclitics (all normalised).

    `key` is the form used for dictionary look-up: the stem with its article, without other clitics.
    `prefix_chars` is how many characters of the surface word the stripped conjunction/preposition take (0 for
    لل, whose second ل is the article's)."""

    prefixes: tuple[str, ...]
    stem: str
    suffixes: tuple[str, ...] = ()
    key: str = field(init=False)
    prefix_chars: int = field(init=False)

    def __post_init__(self) -> None:
        if "ال" in self.prefixes:
            outer = [p for p in self.prefixes if p != "ال"]
            chars = len("".join(outer)) - (1 if outer and outer[-1] == "ل" else 0)
            object.__setattr__(self, "key", "ال" + self.stem)
        else:  # (most words: no article, few or no prefixes)
            chars = len("".join(self.prefixes))
            object.__setattr__(self, "key", self.stem)
        object.__setattr__(self, "prefix_chars", chars)

    @property
    def has_article(self) -> bool:
        return "ال" in self.prefixes


_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")  # split() keeps the tokens: [gap, token, gap, token, ..., gap]


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens of `norm[start:end]` as (start, end, text) in norm indices (the matches of TOKEN_RE, found by one
    split of the slice: the pattern has no anchor or look-around, so the slice matches as the span would; the
    offsets are summed from the pieces' lengths, a few times faster than one match object per token)."""
    out: list[tuple[int, int, str]] = []
    pos = start
    pieces = iter(_TOKEN_SPLIT.split(norm[start:end] if start or end is not None else norm))
    for gap, tok in zip(pieces, pieces, strict=False):  # (the last gap has no token after it)
        pos += len(gap)
        out.append((pos, pos := pos + len(tok), tok))
    return out


class Segmenter:
    """Clitic segmentation guided by a lexicon of normalised words; results are cached (bounded)."""

    def __init__(self, lexicon: Collection[str], cache_size: int = 200_000, common: Collection[str] = (),
                 names: Collection[str] = ()) -> None:
        self._lexicon = frozenset(lexicon) | PROTECTED
        self._common = frozenset(common)
        self._names = frozenset(names) - self._common
        self.segment: Callable[[str], Segmentation] = lru_cache(maxsize=cache_size)(self._segment)

    def known(self, word: str) -> bool:
        return word in self._lexicon

    def candidates(self, word: str) -> list[Segmentation]:
        """Every proclitic reading of `word` (shortest prefix first), whatever the lexicon says: for a
        dictionary look-up that the single best segmentation missed."""
        out = []
        for prefixes, rest in _proclitic_splits(word):
            if rest.startswith("ال") and len(rest) >= 4:
                out.append(Segmentation(prefixes + ("ال",), rest[2:]))
            else:
                out.append(Segmentation(prefixes, rest))
        return out

    def _segment(self, word: str) -> Segmentation:
        out = self._cut(word)
        if out.stem in self._names and (out.suffixes or any(p in PREP for p in out.prefixes)):
            # بنوك، وبنوك، واجه: a common word (behind و / ف) cut into a name is that common word
            conj = word[:1] if word[:1] in CONJ and word[1:] in self._common else ""
            if word in self._common or conj:
                return Segmentation((conj,) if conj else (), word[len(conj):])
        if out.suffixes and (out.key in self._names or out.stem in self._names):
            # الطائفة، حلبة، وجدته: a name takes no pronoun (the normalised ة reads like the pronoun ه)
            n = len(out.stem) + sum(map(len, out.suffixes))
            return Segmentation(out.prefixes, word[len(word) - n:])
        return out

    def _cut(self, word: str) -> Segmentation:
        lex = self._lexicon
        if word in lex or len(word) <= 2 or not word[0].isalpha():
            return Segmentation((), word)
        splits = _proclitic_splits(word)  # (found once for both passes)
        for prefixes, rest in splits:
            if rest in lex:
                return _with_article(prefixes, rest, lex)
        for prefixes, rest in splits:
            if rest.startswith("ال") and len(rest) >= 4 and rest not in PROTECTED:
                return _with_article(prefixes, rest, lex)
        if word.startswith("ال") and len(word) >= 4:
            return _with_article((), word, lex)
        return _with_suffix((), word, lex)


def with_proclitics(word: str) -> list[str]:
    """The surface forms of `word` behind the proclitics the segmenter strips (و ف + ب ل ك, لل for ل + ال):
    the inverse of `Segmenter.candidates`, for quick membership filters."""
    out = [word]
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            if not conj and not prep:
                continue
            if prep == "ل" and word.startswith("ال"):
                out.append(conj + "لل" + word[2:])
            out.append(conj + prep + word)
    return out


# the proclitics and article a word written bare in a word list may carry in the text, longest first (and none)
BARE_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "")


def bare_in(word: str, words: frozenset[str]) -> bool:
    """`word`, behind one of BARE_CLITICS or none, is one of `words` (written without them: فيلم for بالفيلم)."""
    return any(word.startswith(c) and word[len(c):] in words for c in BARE_CLITICS)


def bare_forms(word: str, least: int = 1) -> set[str]:
    """`word` with each of BARE_CLITICS it starts with taken off (itself too), keeping at least `least` letters."""
    return {word[len(c):] for c in BARE_CLITICS if word.startswith(c) and len(word) - len(c) >= least}


def _proclitic_splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """Candidate (prefixes, rest) pairs, shortest prefix first; لل yields (ل,) + ال... ."""
    out: list[tuple[tuple[str, ...], str]] = []
    conj = word[0] if word[0] in CONJ else ""
    for c in ((conj,) if conj else ()) + ("",):
        body = word[len(c):]
        if c and len(body) >= 2:
            out.append(((c,), body))
        if len(body) > 3 and body[0] in PREP:
            p = body[0]
            rest = body[1:]
            pre = ((c,) if c else ()) + (p,)
            if p == "ل" and rest.startswith("ل") and len(rest) >= 3:
                out.append((pre, "ا" + rest))  # لل + X = ل + ال + X (the alef of the article drops)
            out.append((pre, rest))
    return out  # (already shortest first: و/ف alone, then و/ف + a preposition; a word with no و/ف, one letter)


def _with_article(prefixes: tuple[str, ...], rest: str, lex: frozenset[str]) -> Segmentation:
    if rest in lex and not rest.startswith("ال"):
        return Segmentation(prefixes, rest)
    if rest.startswith("ال") and len(rest) >= 4 and rest not in PROTECTED:
        return _with_suffix(prefixes + ("ال",), rest[2:], lex, whole=rest)
    return _with_suffix(prefixes, rest, lex)


def _with_suffix(prefixes: tuple[str, ...], stem: str, lex: frozenset[str], whole: str | None = None
                 ) -> Segmentation:
    """Split a pronoun enclitic when the stem without it (ت restored to ة) is a lexicon word."""
    if (whole or stem) in lex or stem in lex or stem[-1:] not in _ENCLITIC_ENDS:
        return Segmentation(prefixes, stem)
    for suf in ENCLITICS:
        if stem.endswith(suf) and len(stem) - len(suf) >= 3:
            base = stem[: -len(suf)]
            for cand in (base, base[:-1] + "ه" if base.endswith("ت") else None):
                if cand and (cand in lex or ("ال" + cand) in lex):
                    return Segmentation(prefixes, cand, (suf,))
    return Segmentation(prefixes, stem)
