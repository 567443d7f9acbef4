"""Arabic normalisation for matching, with a map back to the original text.

`normalize(text)` returns a `Normalized`: the matching form `norm` and an offset map, so that any span of `norm`
maps back to the span of the ORIGINAL text it came from (spaCy's NORM-attribute model: match on the normal form,
report the original). What changes:

* one-to-one (length kept): alef forms أ إ آ ٱ → ا; ى → ي; ة → ه; hamza seats ؤ → و, ئ → ي; Arabic-Indic and
  Persian digits → 0-9; Persian/Urdu letters ی ک ے ە ۀ ھ → ي ك ي ه ه ه; ASCII upper case → lower case;
  presentation forms (FB50–FDFF, FE70–FEFF) that stand for one letter → that letter, normalised;
* deleted: diacritics and Quranic marks, superscript alef, tatweel, zero-width and bidi controls, soft hyphen;
* expanded: presentation-form ligatures (ﻻ → لا, ﷲ → الله).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_ALEFS = "أإآٱٲٳ"
_BASE_MAP = {
    **{c: "ا" for c in _ALEFS},
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ې": "ي",
    "ے": "ي",
    "ک": "ك",
    "ە": "ه",
    "ۀ": "ه",
    "ھ": "ه",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(ord("A") + i): chr(ord("a") + i) for i in range(26)},
}

# Combining marks that belong to the preceding letter (a span ending on the letter includes them).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
# Controls: deleted, never attached to a span.
_CONTROLS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad"
_MARK_RE = re.compile(f"[{_MARKS}]")
_DROP_CHARS = frozenset(
    chr(c)
    for lo, hi in ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC), (0x06DF, 0x06E8),
                   (0x06EA, 0x06ED), (0x0640, 0x0640), (0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069),
                   (0xFEFF, 0xFEFF), (0x061C, 0x061C), (0x00AD, 0x00AD))
    for c in range(lo, hi + 1)
)


def _norm_chars(s: str) -> str:
    out = []
    for ch in s:
        if ch in _DROP_CHARS:
            continue
        out.append(_BASE_MAP.get(ch, ch))
    return "".join(out)


@lru_cache(maxsize=1)
def _tables() -> tuple[Callable[[str], str], dict[str, str], re.Pattern[str]]:
    """Build the translation tables once, on first use (not at import): the one-to-one map (a function: one regex
    substitution over the characters it changes, a few times faster than `str.translate`, which looks up every
    character), the expansions and the pattern of what the slow path handles."""
    one = {ord(k): v for k, v in _BASE_MAP.items()}
    expand: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch or not decomposed:
            continue
        target = _norm_chars(decomposed)
        if len(target) == 1:
            one[cp] = target
        elif target == "" or target.isspace() and len(target) > 1:
            expand[ch] = target.strip()
        else:
            expand[ch] = target
    drop_class = "".join(sorted(_DROP_CHARS))
    special = re.compile("[" + re.escape(drop_class) + re.escape("".join(sorted(expand))) + "]")
    changed = re.compile("[" + re.escape("".join(sorted(map(chr, one)))) + "]")
    one_char = {chr(k): v for k, v in one.items()}

    def mapped(text: str) -> str:
        if not isinstance(text, str):  # (no text: the error it always raised, AttributeError for None)
            return text.translate(one)
        return changed.sub(lambda m: one_char[m.group()], text)

    return mapped, expand, special


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and its map back to the original.

    Segments: norm[seg_norm[k]:] copies original from seg_orig[k] one-to-one (`seg_len[k] == 0`) or, for an
    expanded ligature, all its norm characters map to the single original character at seg_orig[k].
    """

    original: str
    norm: str
    seg_norm: tuple[int, ...] = ()
    seg_orig: tuple[int, ...] = ()
    seg_expand: tuple[bool, ...] = ()

    def _locate(self, n: int) -> tuple[int, bool, int]:
        k = bisect_right(self.seg_norm, n) - 1
        return self.seg_orig[k], self.seg_expand[k], n - self.seg_norm[k]

    def orig_start(self, n: int) -> int:
        """Original index of the character that norm[n] comes from."""
        if not self.seg_norm:
            return n
        if n >= len(self.norm):
            return len(self.original)
        base, expanded, delta = self._locate(n)
        return base if expanded else base + delta

    def orig_end(self, n_end: int) -> int:
        """Original end index (exclusive) of a span ending at norm index `n_end` (exclusive)."""
        if n_end <= 0:
            return 0
        end = self.orig_start(n_end - 1) + 1
        text = self.original
        while end < len(text) and _MARK_RE.match(text, end):
            end += 1
        return end

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a norm span [start, end) to the original span it covers."""
        if end <= start:
            o = self.orig_start(start)
            return o, o
        return self.orig_start(start), self.orig_end(end)


def normalize(text: str) -> Normalized:
    """Normalise Arabic `text` for matching, keeping the map back to the original."""
    one, expand, special = _tables()
    mapped = one(text)
    if special.search(mapped) is None:
        return Normalized(text, mapped)
    pieces: list[str] = []
    seg_norm: list[int] = [0]
    seg_orig: list[int] = [0]
    seg_expand: list[bool] = [False]
    npos = 0
    last = 0
    for m in special.finditer(mapped):
        i = m.start()
        if i > last:
            if seg_expand[-1] or seg_orig[-1] + (npos - seg_norm[-1]) != last:
                seg_norm.append(npos)
                seg_orig.append(last)
                seg_expand.append(False)
            pieces.append(mapped[last:i])
            npos += i - last
        ch = mapped[i]
        rep = expand.get(ch)
        if rep:
            seg_norm.append(npos)
            seg_orig.append(i)
            seg_expand.append(True)
            pieces.append(rep)
            npos += len(rep)
        last = i + 1
    if last < len(mapped):
        if seg_expand[-1] or seg_orig[-1] + (npos - seg_norm[-1]) != last:
            seg_norm.append(npos)
            seg_orig.append(last)
            seg_expand.append(False)
        pieces.append(mapped[last:])
    return Normalized(text, "".join(pieces), tuple(seg_norm), tuple(seg_orig), tuple(seg_expand))


def norm(text: str) -> str:
    """The matching form of `text` alone (for dictionary keys): `normalize(text).norm`, without building the offset
    map when no character is dropped or expanded (the common case)."""
    one, _, special = _tables()
    mapped = one(text)
    return mapped if special.search(mapped) is None else normalize(text).norm


def norm_words(text: str) -> frozenset[str]:
    """A space-separated word list written in plain Arabic, in the matching form (مئات → ميات)."""
    return frozenset(norm(w) for w in text.split())
