"""Dictionary matching over one sentence's normalised tokens: greedy, leftmost-longest phrase chunks.

A token is looked up as it is; if nothing starts there, its clitics are stripped by the lexicon-guided segmenter
(لشمخاني → ل+شمخاني, وبغداد → و+بغداد, للعراق → ل+العراق) and the stem (with its article) is looked up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
    """Chunks of `toks` (normalised token texts) that match dictionary phrases, left to right. A hashtag's mark
    is read through: a name tagged after its first word (محمود #عباس، تيريزا #ماي) is the listed name, one chunk."""
    keep = [k for k, t in enumerate(toks) if t != "#"]
    if len(keep) == len(toks):
        return _chunks(toks, index)
    return [replace(c, i=keep[c.i], j=keep[c.j - 1] + 1) for c in _chunks([toks[k] for k in keep], index)]


def _chunks(toks: list[str], index: ActorIndex) -> list[Chunk]:
    out: list[Chunk] = []
    n = len(toks)
    surface = index.surface_first
    possessed = index.possessed
    keys_for = index.keys_for
    nxt = 0  # tokens before this index are inside an earlier chunk
    first = index.chunk_first
    for i in [i for i, t in enumerate(toks) if t in first]:
        if i < nxt:
            continue
        if toks[i] not in surface:  # حكومته: a generic agent with a possessive pronoun, one word
            key, strip = possessed[toks[i]]
            entries = [e for e in index.phrases[(key,)] if e.cat in (Cat.GENERIC, Cat.INST_CONSTRUCT)]
            out.append(Chunk(i, i + 1, entries, strip, ()))
            nxt = i + 1
            continue
        best: Chunk | None = None
        for key, strip, prefixes in keys_for(toks[i]):
            found = index.lookup(key, toks, i + 1, n - i)
            if found and (best is None or found[0] > best.j - best.i):
                best = Chunk(i, i + found[0], found[1], strip, prefixes)
        if best is not None:
            out.append(best)
            nxt = best.j
    return out
