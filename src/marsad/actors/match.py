"""Dictionary matching over one sentence's normalised tokens: greedy, leftmost-longest phrase chunks.

A token is looked up as it is; if nothing starts there, its clitics are stripped by the lexicon-guided segmenter
(لشمخاني → ل+شمخاني, وبغداد → و+بغداد, للعراق → ل+العراق) and the stem (with its article) is looked up.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.actors.index import ActorIndex, Cat, Entry


@dataclass(frozen=True, slots=True)
class Chunk:
    i: int  # first token
    j: int  # one past the last token
    entries: list[Entry]
    strip: int = 0  # characters of clitics stripped from the first token
    prefixes: tuple[str, ...] = ()

    @property
    def cat(self) -> Cat:
        return self.entries[0].cat

    def get(self, *cats: Cat) -> Entry | None:
        for e in self.entries:
            if e.cat in cats:
                return e
        return None


def find_chunks(toks: list[str], index: ActorIndex) -> list[Chunk]:
    """Chunks of `toks` (normalised token texts) that match dictionary phrases, left to right."""
    out: list[Chunk] = []
    n = len(toks)
    i = 0
    first = index.first
    while i < n:
        t = toks[i]
        found = index.lookup(t, toks, i + 1, n - i) if t in first else None
        chunk = Chunk(i, i + found[0], found[1]) if found else None
        if t[0].isalpha() and (chunk is None or chunk.j == i + 1):
            seg = index.segmenter.segment(t)
            segs = [seg] if seg.key != t else []
            if chunk is None and len(t) > 3:
                segs += index.segmenter.candidates(t)
            for seg in segs:
                key = seg.key
                if key != t and key in first:
                    alt = index.lookup(key, toks, i + 1, n - i)
                    if alt and (chunk is None or alt[0] > chunk.j - chunk.i):
                        chunk = Chunk(i, i + alt[0], alt[1], seg.prefix_chars, seg.prefixes)
                        break
        if chunk is not None:
            out.append(chunk)
            i = chunk.j
        else:
            i += 1
    return out
