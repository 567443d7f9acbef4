"""An armed party named by an epithet instead of its name: الميليشيات الإيرانية، الميليشيات الموالية لإيران، ميليشيات
الحوثي الإيرانية — in Saudi and Yemeni-government news of the Yemen war, the Houthis, not Iran's forces.

epithets.tsv (read into Knowledge.epithets by knowledge/epithets, from the shipped folder and any user's
dictionary folder, checked on load) lists each epithet (space-separated word slots, spellings joined by |), the
organisation it stands for, the bare words that also name that party (الحوثي) and the countries whose sentences
keep the words' own sense (SYR IRQ LBN: there الميليشيات الإيرانية are Iran's militias). A slot <party> is a
mention of the party itself, which the words after it extend into one mention (ميليشيات الحوثي
الإيرانية: the Houthis, no IRN adjective).

Only in an article that names the party itself (a mention of its dictionary entry, or a listed bare word): then, in
a sentence that names no place or party of an `unless` country, the words of an epithet — the first may carry a
proclitic, للميليشيات الإيرانية — become one mention of the party, and the mentions inside it (the generic
الميليشيات الإيرانية, the adjective الإيرانية, the country in لإيران) are dropped. Read by the actor stage once
every sentence's drafts are made, since the licence is the whole article's.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.actors.draft import Draft
from marsad.knowledge.records import Actor, Epithet, Knowledge

_PROCLITICS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")


def _bare(w: str) -> list[tuple[str, int]]:
    """`w` and its forms without a proclitic (و / ف, then ب / ك / ل, لل for ل + ال), with the characters stripped."""
    out = [(w, 0)]
    k = 1 if w[:1] in _PROCLITICS and len(w) > 3 else 0
    if k:
        out.append((w[1:], 1))
    for rest, n in list(out):
        if rest.startswith("لل") and len(rest) > 4:
            out.append(("ال" + rest[2:], 0))  # للميليشيات: the mention keeps the clitic, as the generic one does
        elif rest[:1] in _PREPOSITIONS and rest[1:3] == "ال":
            out.append((rest[1:], n + 1))
    return out


def _may_be(words: frozenset[str], w: str) -> bool:
    """Cheap test before `_bare`: every form it makes is w past up to three letters, or ال + w past two or three
    (للحوثيين، وللحوثيين), so none of those in `words` means no form is (most words of an article)."""
    return (w in words or w[1:] in words or w[2:] in words or w[3:] in words
            or "ال" + w[2:] in words or "ال" + w[3:] in words)


def _first(slot: frozenset[str], w: str) -> int | None:
    """The characters to strip when `w` is one of the slot's words behind a proclitic, else None."""
    if not _may_be(slot, w):
        return None
    return next((n for form, n in _bare(w) if form in slot), None)


def _within(words: frozenset[str], text: str) -> bool:
    """Cheap test before `_may_be` over a whole text (its tokens joined by spaces): a token `_may_be` passes holds
    one of the words, less its article (ال + w past two or three letters), so none of those in the text means no
    token passes."""
    return any((x[2:] if x.startswith("ال") else x) in text for x in words)


def _names_party(party: str, words: frozenset[str], texts: list[list[str]], drafts: list[list[Draft]],
                 joined: str) -> bool:
    """The article names `party`: a mention of its own, or one of its bare `words` (الحوثي، للحوثيين). `joined`: the
    article's tokens joined by spaces."""
    return any(d.actor is not None and d.actor.id == party for ds in drafts for d in ds) \
        or _within(words, joined) and any(
            _may_be(words, w) and any(form in words for form, _ in _bare(w)) for toks in texts for w in toks)


def _excluded(e: Epithet, ds: list[Draft]) -> bool:
    return any(d.actor is not None and d.actor.country in e.unless for d in ds)


def _replace(ds: list[Draft], i: int, j: int, new: Draft) -> list[Draft]:
    out = [d for d in ds if not (i <= d.i and d.j <= j)]
    out.append(new)
    out.sort(key=lambda d: (d.i, -d.j))
    return out


def _match(slots: tuple[frozenset[str], ...], toks: list[str], k: int) -> bool:
    return k + len(slots) <= len(toks) and all(toks[k + n] in s for n, s in enumerate(slots))


def _sentence(e: Epithet, toks: list[str], ds: list[Draft], party: Actor, joined: str) -> list[Draft]:
    """The sentence's drafts (`toks`, `joined`: its tokens, and them joined by spaces) with the epithet's mentions."""
    if e.after_party:
        for d in list(ds):
            if d.actor is not None and d.actor.id == e.party and _match(e.slots, toks, d.j):
                j = d.j + len(e.slots)
                ds = _replace(ds, d.i, j, replace(d, j=j))
        return ds
    if not _within(e.slots[0], joined):
        return ds  # (no token the first slot may be: most sentences)
    for i in range(len(toks)):
        strip = _first(e.slots[0], toks[i])
        if strip is None or not _match(e.slots[1:], toks, i + 1):
            continue
        j = i + len(e.slots)
        if any(d.actor is not None and d.actor.id == e.party and d.i <= i < d.j for d in ds):
            continue
        ds = _replace(ds, i, j, Draft(i, j, "ORG", party, f"epithet:{e.party}", strip=strip))
    return ds


def resolve_epithets(kb: Knowledge, texts: list[list[str]], drafts: list[list[Draft]]) -> list[list[Draft]]:
    """Every sentence's drafts (`texts`: its normalised tokens), each licensed epithet made one mention of its party."""
    out = drafts
    epithets = kb.epithets
    licensed: dict[str, bool] = {}  # party → the article names it (asked on the drafts as first made)
    joined = [" ".join(toks) for toks in texts]  # each sentence's tokens, for the cheap test `_within`
    whole = "\n".join(joined)
    for e in epithets:
        org = kb.organisations.get(e.party)
        if org is None:
            continue
        if e.party not in licensed:
            words = frozenset().union(*(x.named_by for x in epithets if x.party == e.party))
            licensed[e.party] = _names_party(e.party, words, texts, drafts, whole)
        if not licensed[e.party]:
            continue
        party = Actor(org.name, org.country, org.sector, org.code, org.id, "organisation")
        out = [ds if _excluded(e, ds) else _sentence(e, toks, ds, party, text)
               for toks, ds, text in zip(texts, out, joined, strict=True)]
    return out
