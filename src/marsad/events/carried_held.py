"""The party named before an arrest or a sentence whose pronoun resumes it is the one held, not the holder.

بوتينا، التي درست في الجامعة ...، جرى إلقاء القبض عليها؛ أما هو فتدهورت صحته بعد أن حكم عليه: a noun or verb of
arrest, detention or sentence whose object is a pronoun (القبض عليه، حكم عليها، توقيفه، احتجازهم) has no subject of
its own, and the rules give it the subject or topic named before it (in its sentence, two words or more before, or
carried from an earlier one). When that party is no state, body, authority nor outlet (a person, civilians, a
militant) and agrees with the pronoun, it is the one the pronoun resumes — the one held or sentenced —, never who
holds: it becomes the recipient, and the actor is the state of the place of the arrest
(events/held_teller.holding_place), else the held one's own state when the sentence names no other (a domestic
arrest or sentence), else left to the ranker. events/resumed reads the topic right before the act (X ألقي القبض
عليه) and events/held_pronoun a holder named near the noun; this is for a party named further back, past a relative
clause or in an earlier clause. A speaker carried over (قال المحامي إن توقيفه ...) tells of it and is not read so,
nor the subject of a verb of doing right before the act (اقتحم مسلح المنزل وقام باحتجازه: the doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events import cues
from marsad.events.forms import possessed_noun
from marsad.events.held_teller import holding_place
from marsad.events.record import Participant
from marsad.knowledge.records import STATE_SECTORS, Actor
from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_HOLDING = ("coerce-arrest", "coerce-detain", "coerce-remand", "coerce-jail", "coerce-sentence")
_ON_HIM = norm_words("عليه عليها عليهم عليهن عليهما")
_BODIES = frozenset({"country", "place", "institution", "organisation"})
_NO_STATE = frozenset({"IGO", "IMG", "UNO", "NGO"})
# an outlet or an organisation, by sector or by country (the UN's bodies), tells of it (events/held_teller)
_TELLERS = frozenset({"MED", "NGO", "IGO", "UNO"})
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # (longest first)
# a verb of doing right before the act carries its own subject, the doer: قام باعتقاله، تمكنوا من توقيفه
_DOING = norm_words("قام قاموا قامت تقوم يقوم تمكن تمكنت تمكنوا نجح نجحت نجحوا استطاع استطاعت")


def _pronoun(hit: TriggerHit, toks: list[str]) -> str | None:
    """The object pronoun of the act: on على inside or right after it (القبض عليه، حكم عليها), or on the noun
    (توقيفه، احتجازهم); else None."""
    if hit.j > hit.i + 1 and toks[hit.j - 1] in _ON_HIM:
        word = toks[hit.j - 1]
    elif hit.verbal and hit.j < len(toks) and toks[hit.j] in _ON_HIM:
        word = toks[hit.j]
    elif possessed_noun(hit, toks):
        word = toks[hit.i]
    else:
        return None
    return next((p for p in _PRONOUNS if word.endswith(p)), None)


def _agrees(pronoun: str, p: Participant, words: list[str]) -> bool:
    """A named person agrees with any pronoun; another party by its last word: ه a masculine singular, ها a
    feminine one (or a plural of things), هم / هن a plural, هما any two."""
    if p.actor.kind == "person" or pronoun == "هما" or not words:
        return True
    w = words[-1]
    feminine, plural = w.endswith(("ه", "ات")), w.endswith(("ين", "ون"))
    if pronoun == "ه":
        return not feminine and not plural
    return feminine if pronoun == "ها" else plural or w.endswith("ات")


def _spoke(doc: Document, start: int) -> bool:
    """The party is named right after a verb of saying (قال المحامي إن ...): a speaker."""
    before = doc.text[max(0, start - 30):start].split()
    if not before:
        return False
    w = norm(before[-1])
    return w in cues.REPORTERS or w[1:] in cues.REPORTERS


def _named_before(hit: TriggerHit, actor: Participant, args: list[Arg]) -> bool:
    """The rules' actor is named in the act's sentence before it, with two words or more between (past a
    relative clause, in an earlier clause): not the subject right before a light verb (ألقى مسلح القبض عليه)."""
    arg = next((a for a in args if a.start == actor.span.start and a.end == actor.span.end), None)
    return arg is not None and arg.prep is None and not arg.place and hit.i - arg.j >= 2


def carried_held(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None,
                 recipient: Participant | None, doc: Document) -> tuple[Participant | None, Participant | None]:
    """(actor, recipient) with the party named before that the act's pronoun resumes as the one held (see the
    module); else unchanged. `args`: the sentence's participants."""
    if actor is None or not hit.trigger.id.startswith(_HOLDING) or not (
            actor.implicit and actor.antecedent is not None or not actor.implicit and _named_before(hit, actor, args)):
        return actor, recipient
    a = actor.actor
    if a.kind in _BODIES or a.sector in STATE_SECTORS or _TELLERS & {a.sector, a.country} or not a.code:
        return actor, recipient
    if recipient is not None and recipient.actor.kind not in ("place", "country"):
        return actor, recipient  # (the rules found the one held: the carried party is who tells of it or holds)
    if hit.i > 0 and toks[hit.i - 1].lstrip("وف") in _DOING:
        return actor, recipient
    pronoun = _pronoun(hit, toks)
    named = actor.named_span()
    if pronoun is None or _spoke(doc, named.start) or not _agrees(pronoun, actor, norm(named.text).split()):
        return actor, recipient
    return holding_place(hit, None, args, toks, doc) or home_state(actor, args), actor


def home_state(held: Participant, args: list[Arg]) -> Participant | None:
    """The held one's own state as a bare country, the holder of a domestic arrest or sentence, when the sentence
    names no other state (بوتينا، التي درست في الجامعة الأميركية: maybe held abroad; else the ranker names one)."""
    c = held.actor.country
    if not c or len(c) != 3 or c in _NO_STATE or any(
            a.actor.country and len(a.actor.country) == 3 and a.actor.country not in (c, *_NO_STATE) for a in args):
        return None
    return Participant(held.span, Actor(None, c, None, c, c, "country"), implicit=True)
