"""Actor stage: dictionary chunks → composed drafts → mentions with original offsets."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from marsad.actors.epithets import resolve_epithets
from marsad.actors.grammar import Draft, Grammar
from marsad.actors.index import ActorIndex
from marsad.actors.match import find_chunks
from marsad.doc import Document, Mention
from marsad.knowledge.records import Actor


class ActorStage:
    name: ClassVar[str] = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"mentions"})

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.grammar = Grammar(index)

    def __call__(self, doc: Document) -> None:
        nz = doc.normalized
        assert nz is not None
        mentions: list[Mention] = []
        texts = [[t for _, _, t in toks] for toks in doc.norm_tokens]
        sentence_drafts = [self.grammar.drafts(ts, find_chunks(ts, self.index), doc.date) for ts in texts]
        # الميليشيات الإيرانية in an article naming the Houthis: the Houthis (actors/epithets)
        sentence_drafts = resolve_epithets(self.index.kb, texts, sentence_drafts)
        for si, (toks, drafts) in enumerate(zip(doc.norm_tokens, sentence_drafts, strict=True)):
            named: dict[int, Actor] = {}  # an unnamed person's actor, named from its name mention
            for d in drafts:
                m = to_mention(doc, toks, d, si)
                if d.actor is not None and m.actor is not d.actor:
                    named[id(d.actor)] = m.actor  # type: ignore[assignment]
                mentions.append(m)
            if named:
                mentions[len(mentions) - len(drafts):] = [
                    replace(m, actor=named[id(d.actor)]) if m.actor is d.actor and id(d.actor) in named else m
                    for m, d in zip(mentions[len(mentions) - len(drafts):], drafts, strict=True)]
        doc.mentions = mentions


def to_mention(doc: Document, toks: list[tuple[int, int, str]], d: Draft, sentence: int) -> Mention:
    """Map a draft's token span back to the original text."""
    nz = doc.normalized
    assert nz is not None
    a = toks[d.i][0] + d.strip
    b = toks[d.j - 1][1]
    start, end = nz.to_orig(a, b)
    text = doc.text[start:end]
    actor = d.actor
    if actor is not None and actor.kind == "person" and actor.name is None and not d.nominal:
        actor = replace(actor, name=text)
    return Mention(start, end, text, d.type, actor, d.rule, sentence, d.nominal, d.role_key, (d.i, d.j))
