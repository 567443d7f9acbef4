"""Person names that no dictionary lists whole: read from name words (given and family names, عبد/أبو/بن
units, compound given names) and, after a title or rank, from any word that is not a common word."""

from __future__ import annotations

from marsad.actors.draft import Draft, covered
from marsad.actors.index import ActorIndex, Cat
from marsad.actors.match import Chunk
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm

NAME_HEADS = frozenset({"عبد", "ابو", "ابي", "ابا"})
CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ال", "عبد", "ابا"})
_PATRONYMIC = frozenset({"بن", "ابن", "بنت"})
# Names whose normal form is also a function word spelled with alef maqsura (على 'on' → علي). Many texts write
# على with ي, so such a word is a name only beside another name word (علي بن أبي طالب, علي شمخاني).
YA_NAMES = frozenset({"علي", "مني", "ليلي", "سلمي", "هدي"})
_NAME_PREFIXES = ("و", "ل", "ب", "ف", "ك")
# regnal and dynastic ordinals that end a name (محمد الخامس, تشارلز الأول, عبد الله الثاني)
_ORDINALS = frozenset("الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split())
_CLITIC_ARTICLE = ("لل", "بال", "وال", "فال", "كال")


def _verb_or_adverb_like(t: str, after_given: bool = False) -> bool:
    """Unlisted words that end a name: a short present-tense verb (تقف, يسمع), an accusative adverb or adjective
    (معروفا, رئيسا; but after a given name -ا is a foreign surname: باريرا), a feminine noun (ة → ه), a word with
    a pronoun suffix (لإقناعهم), a conjunction-prefixed word."""
    return (t.startswith("و") or t.endswith(("ه", "هم", "هما")) or (len(t) >= 5 and t.endswith("ات"))
            or (not after_given and len(t) >= 4 and t.endswith("ا") and not t.startswith("ال"))
            or (t[0] in "يت" and len(t) <= 4) or (len(t) == 3 and t[0] in "لبكف"))


class NameReader:
    def __init__(self, index: ActorIndex) -> None:
        self.ix = index
        ix = index
        first_words = {p[0] for p in ix.given_phrases}
        # words that may open a name, directly or after a proclitic (a quick filter before the real reading)
        plain = ix.given | ix.family | ix.ambiguous_given | NAME_HEADS | first_words
        self._name_starts = plain | {p + w for w in ix.given | ix.family for p in _NAME_PREFIXES}

    def is_name_word(self, t: str) -> bool:
        return t in self.ix.given or t in self.ix.family

    def nameish(self, t: str, article: bool = False) -> bool:
        """Could `t` be part of a name nobody listed? Not a function word, a common word, or a word with a
        proclitic (بالوفد, سيزور); with `article`, the article ال is allowed (الكاظمي, الرحمن)."""
        ix = self.ix
        if not t[0].isalpha() or len(t) < 2 or t.isascii() or t in ix.stopwords or t in ix.kb.common_words:
            return False
        if t.startswith(_CLITIC_ARTICLE):  # للمساعدة, بالوفد, والعفو: a preposition or conjunction + article
            return False
        if t.endswith("ا") and (t[:-1] in ix.kb.common_words or t[:-1] + "ه" in ix.kb.common_words):
            return False  # the accusative of a common word (جيشا, رئيسا, مرة → مرتا is rare)
        seg = ix.segmenter.segment(t)
        if seg.key in ix.kb.common_words or seg.key in ix.stopwords or seg.suffixes:
            return False
        return all(p == "ال" for p in seg.prefixes) and (article or not seg.prefixes)

    def read(self, toks: list[str], k: int, at: dict[int, Chunk], strong: bool) -> int:
        """End index of a person name starting at token k (k when there is none)."""
        n = len(toks)
        if k >= n or k in at:
            return k
        ix = self.ix
        t = toks[k]
        if tuple(toks[k:k + 2]) in ix.given_phrases and k + 1 not in at:
            end, unknown = k + 2, 0
        elif t in NAME_HEADS and (unit := self.head_unit(toks, k, at)) > k:
            end, unknown = unit, 0  # عبد الرحمن, أبو بكر, أبو عبد الله: head(s) + complement are one name word
        elif t in ix.stopwords and not (t in YA_NAMES and k + 1 < n and toks[k + 1] in _PATRONYMIC):
            return k  # a function word starts no name (على normalises to علي: only علي بن ...)
        elif t in ix.ambiguous_given and not (k + 1 < n and k + 1 not in at and (
                toks[k + 1] in ix.given or toks[k + 1] in _PATRONYMIC)):
            return k  # a name that is also a common word needs a given name or بن after it (not عهد يلتسين)
        elif self.is_name_word(t) or t in ix.ambiguous_given or t in ix.stopwords:
            end, unknown = k + 1, 0
        elif strong and self.nameish(t) and not t.startswith("ال") and not _verb_or_adverb_like(t):
            end, unknown = k + 1, 1
        else:
            return k
        return self.extend(toks, end, at, k, unknown)

    def extend(self, toks: list[str], end: int, at: dict[int, Chunk], k: int, unknown: int = 0,
               given_start: bool = False) -> int:
        """Carry a name on over further name words (محمد بن عبد الكريم الخطابي; حمد بن عيسى آل خليفة). A word
        nobody lists continues a name only right after a given name (كارلوس ألبرتو باريرا, not زيدان اعتزل)."""
        n = len(toks)
        ix = self.ix
        while end < n and end - k < 6:
            t = toks[end]
            c = at.get(end)
            if c is not None:  # أبو حمزة المصري: after a kunya a nisba is part of the name
                if toks[k] in NAME_HEADS and c.cat == Cat.NISBA and c.j - c.i == 1:
                    end = c.j
                break
            prev = toks[end - 1]
            after_given = prev in ix.given or (given_start and end - 1 == k)
            if t in _ORDINALS:
                end += 1
                break
            if t in CONNECTORS:
                unit = self.head_unit(toks, end, at)
                if unit == end:
                    break
                end = unit
            elif tuple(toks[end:end + 2]) in ix.given_phrases and end + 1 not in at:
                end += 2
            elif self.is_name_word(t):
                end += 1
            elif (unknown < 2 and (after_given or unknown == 1 and end - k == 1)
                  and self.nameish(t, article=True) and not _verb_or_adverb_like(t, after_given=after_given)):
                unknown += 1
                end += 1
            else:
                break
        return end

    def head_unit(self, toks: list[str], k: int, at: dict[int, Chunk]) -> int:
        """End of a name unit opened by a head or connector at k (بن + أبي + وقاص, عبد + الله); k if none."""
        n = len(toks)
        j = k
        while j < n and toks[j] in CONNECTORS and j + 1 < n and j + 1 not in at:
            j += 1
        if j == k or j >= n or j in at:
            return k
        t = toks[j]
        if not t[0].isalpha() or (t in self.ix.stopwords and t != "الله" and t not in YA_NAMES):
            return k
        # after عبد / بن / أبو the next word is a name even when it is also a common word (بنت أسد, أبو صالح)
        return j + 1 if len(t) >= 3 or self.is_name_word(t) else k

    def name_follows(self, toks: list[str], k: int, at: dict[int, Chunk]) -> bool:
        if k >= len(toks):
            return False
        c = at.get(k)
        return (c is not None and c.cat == Cat.PERSON) or self.is_name_word(toks[k])

    def _clitic_name(self, toks: list[str], k: int) -> int:
        """Characters of a proclitic before a listed name (لأينشتاين, وفرويد, ويوسف حمدي); 0 if none."""
        t = toks[k]
        if len(t) < 4 or t[0] not in _NAME_PREFIXES:
            return 0
        rest = t[1:]
        if (len(rest) >= 4 and rest in self.ix.family) or (len(rest) >= 5 and rest in self.ix.given):
            return 1
        # و + a given name followed by another name word: a second person in a list (وعبير أحمد, وعمرو زكي)
        if t[0] == "و" and (rest in self.ix.given or rest in self.ix.ambiguous_given) and k + 1 < len(toks) and (
                self.is_name_word(toks[k + 1]) or (rest in self.ix.given and self.nameish(toks[k + 1], True)
                                                   and not _verb_or_adverb_like(toks[k + 1], after_given=True))):
            return 1
        return 0

    def free(self, toks: list[str], at: dict[int, Chunk], drafts: list[Draft]) -> list[Draft]:
        """Persons found by name words outside dictionary chunks and earlier drafts."""
        used = covered(drafts)
        for c in at.values():
            used.update(range(c.i, c.j))
        ix = self.ix
        starts = self._name_starts
        out: list[Draft] = []
        nxt = 0
        for k in [k for k, t in enumerate(toks) if t in starts]:
            if k < nxt or k in used:
                continue
            t = toks[k]
            strip = 0
            if t in ix.given or t in ix.family or t in ix.ambiguous_given or t in NAME_HEADS or (
                    tuple(toks[k:k + 2]) in ix.given_phrases):
                end = self.read(toks, k, at, strong=False)
            elif strip := self._clitic_name(toks, k):
                end = self.extend(toks, k + 1, at, k, given_start=t[1:] in ix.given)
            else:
                continue
            end = next((x for x in range(k, end) if x in used), end)
            if end > k:
                start = k
                if (not strip and k > nxt and k - 1 not in used and k - 1 not in at and t in ix.family
                        and t not in ix.given and toks[k - 1] in ix.ambiguous_given):
                    start = k - 1  # an ambiguous given name before a family name (سعيد صيام)
                out.append(Draft(start, end, "PER", Actor(None, None, None, None, None, "person"), "name-lexicon",
                                 strip=strip))
                nxt = end
        return out


# a foreign name's letters that Arabic spellings of it swap (أنطونيو / أنتونيو, ستولتنبرغ / ستولتنبرج), and the
# long vowels and hamza seats they add or drop
_SKELETON = str.maketrans({"ط": "ت", "ض": "د", "ص": "س", "ث": "س", "ظ": "ز", "ذ": "ز", "ق": "ك", "ج": "غ",
                           "ة": "ه", "ا": None, "و": None, "ي": None, "ى": None, "ء": None, "أ": None, "إ": None,
                           "آ": None, "ؤ": None, "ئ": None})


def spelt_as(names: tuple[str, ...], words: list[str]) -> bool:
    """The words (normalised) are one of a person's listed names spelt another way: أنتونيو غوتيريش for the
    listed أنطونيو غوتيريش (same consonants, up to the letters that transcriptions swap)."""
    target = [w.translate(_SKELETON) for w in words]
    return any([w.translate(_SKELETON) for w in map(norm, n.split())] == target for n in names)
