"""The draft mention shared by the recognisers: token indices of one sentence, before offsets are mapped."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.actors.index import Cat
from marsad.knowledge.records import Actor

TYPE = {Cat.PERSON: "PER", Cat.ORG: "ORG", Cat.INSTITUTION: "ORG", Cat.METONYM: "LOC", Cat.COUNTRY: "LOC",
        Cat.PLACE: "LOC", Cat.NISBA: "NORP", Cat.PEOPLE: "NORP"}


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention in token indices of one sentence, before offsets are mapped back to the original."""

    i: int
    j: int
    type: str
    actor: Actor | None
    rule: str
    nominal: bool = False
    strip: int = 0  # clitic characters to skip at the start of token i
    role_key: tuple[str, str] | None = None  # (role, country or organisation) for a title


def covered(drafts: list[Draft]) -> set[int]:
    """Token indices inside any of the drafts."""
    return {x for d in drafts for x in range(d.i, d.j)}
