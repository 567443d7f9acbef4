"""Near-duplicate stories: the same article re-published with small edits (another byline, a dateline, a changed
sentence) is linked to the first, not coded twice.

Each text gets a MinHash signature by one-permutation hashing: the 4-word shingles of its normalised words are
hashed once (CRC-32) into 64 bins, each keeping its minimum. Signatures are cut into 16 bands of 4 bins; texts
sharing a band are candidates (LSH), and a candidate is a duplicate when the estimated Jaccard similarity of the
shingle sets is at least `THRESHOLD`. Texts with fewer than `MIN_SHINGLES` shingles are left to the exact check.
Pure functions; the store keeps the band keys and signatures (tables doc_bands, doc_signatures)."""

from __future__ import annotations

import re
import zlib

from marsad.text.normalize import norm

BINS = 64
ROWS = 4  # bins per band: P(candidate) = 1 - (1 - J**4) ** 16, 0.98 at J = 0.8, 0.64 at J = 0.5
SHINGLE = 4
MIN_SHINGLES = 30
THRESHOLD = 0.8
EMPTY = -1
_WORD = re.compile(r"\w+")


def signature(text: str) -> list[int] | None:
    """The MinHash signature of `text`, or None when it is too short to judge."""
    words = _WORD.findall(norm(text))
    n = len(words) - SHINGLE + 1
    if n < MIN_SHINGLES:
        return None
    sig = [EMPTY] * BINS
    for i in range(n):
        h = zlib.crc32(" ".join(words[i:i + SHINGLE]).encode("utf-8"))
        b, v = h >> 26, h & 0x3FFFFFF
        if sig[b] == EMPTY or v < sig[b]:
            sig[b] = v
    return sig


def bands(sig: list[int]) -> list[int]:
    """The LSH keys of a signature (band index in the high bits), as signed 64-bit integers."""
    keys = []
    for band in range(BINS // ROWS):
        part = ",".join(map(str, sig[band * ROWS:(band + 1) * ROWS])).encode()
        keys.append(band << 32 | zlib.crc32(part))
    return keys


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets (bins empty in both are left out)."""
    used = [(x, y) for x, y in zip(a, b, strict=True) if x != EMPTY or y != EMPTY]
    return sum(x == y for x, y in used) / len(used) if used else 0.0


def encode(sig: list[int]) -> str:
    return ",".join(map(str, sig))


def decode(value: str) -> list[int]:
    return [int(x) for x in value.split(",")]
