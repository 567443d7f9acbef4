"""A movement's adjective in its definite masculine form after a definite noun (actors/grammar, after the free
name reader): الهجوم الحوثي، القصف الحوثي، الانقلاب الحوثي — the noun names the movement, as قذيفة حوثية does
(movements.yaml `nisba`), not a person of that family name. The index leaves that one form out because it is also a
surname (عبد الملك الحوثي); a lone such word the name reader took for a nameless person, with a noun with the article
right before it that is no name word nor an honorific (السيد الحوثي), is the adjective."""

from __future__ import annotations

from marsad.actors.draft import Draft
from marsad.actors.index import ActorIndex, Cat
from marsad.actors.match import Chunk
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm

_ARTICLE = ("ال", "وال", "فال", "بال", "كال", "لل")


def _adjectives(ix: ActorIndex) -> dict[str, tuple[Actor, str]]:
    out: dict[str, tuple[Actor, str]] = {}
    for org in ix.kb.organisations.values():
        for base in org.nisba:
            actor = Actor(org.name, org.country, org.sector, org.code, org.id, "nationality")
            out.setdefault("ال" + norm(base), (actor, f"nisba:{org.id}"))
    return out


class MovementAdjectives:
    def __init__(self, index: ActorIndex) -> None:
        self.ix = index
        self.forms = _adjectives(index)

    def _after_noun(self, toks: list[str], k: int, at: dict[int, Chunk]) -> bool:
        if k < 1:
            return False
        w = toks[k - 1]
        prev = at.get(k - 1)
        return w.startswith(_ARTICLE) and len(w) > 4 and w not in self.ix.given and w not in self.ix.family \
            and not (prev is not None and prev.cat == Cat.HONORIFIC)

    def read(self, toks: list[str], at: dict[int, Chunk], found: list[Draft]) -> list[Draft]:
        """The free name reader's drafts, a lone movement adjective after a definite noun made that adjective."""
        out = []
        for d in found:
            hit = self.forms.get(toks[d.i]) if d.j - d.i == 1 and not d.strip and d.actor is not None \
                and d.actor.code is None else None
            if hit is not None and self._after_noun(toks, d.i, at):
                out.append(Draft(d.i, d.j, "NORP", hit[0], hit[1]))
            else:
                out.append(d)
        return out
