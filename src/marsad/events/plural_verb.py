"""A plural verb's subject stands before it: the party after it is its object (applied in events/frames).

In verb–subject order an Arabic verb stays singular (رفض القادة الخطة); a verb that carries the plural ending —
رفضوا، اتهموا، يتهمون، يطالبون — has its subject before it or in the pronoun, so the bare party right after it is
what it acts on, or the genitive of what it acts on: وكان القادة الأوروبيون رفضوا خطة رئيسة الحكومة تيريزا ماي —
May's plan is rejected, May does not reject; إن مسؤولي الاستخبارات يتهمون روسيا — Russia is accused. When the
rules read that party as the actor it becomes the recipient, and the actor is the nearest bare party before the
verb in its clause (not a place, nor one inside a preposition's phrase); with none there the roles stay.

Not for acts that may be read as passive (قتلوا، اعتقلوا: events/victims, relative_patient) nor protests, not when
the verb carries an object pronoun (حملوه المسؤولية), and the party after the verb is a state, a body or a person —
not a plural noun of people, which the spoken agreement lets follow its plural verb as subject (تعهدوا الأتراك بـ).

A plural verb joined by و after a comma (وكان محتجون اقتحموا القنصلية الإيرانية، ونددوا بالنفوذ الإيراني) carries
the subject of the clause before in its pronoun: a single party named before that comma — a state, a body or a
person, no plural and not joined to another by و — cannot be its subject (it is the earlier verb's object); the
actor is then the plural of people named bare before it in the sentence (محتجون، ضباط الكلية), else the one carried
over (joined_plural); a single party read after the verb is what it acts on.
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.authors import PATIENT_GENITIVE
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit

_REACH = 2  # words between the verb and the party (مؤخرا، أمس; the object noun it is the genitive of: دعوة X)
_BACK = 8  # words back to the subject
_CARRY = 30  # words back to the people a joined plural verb carries
_BREAKS = frozenset({".", "،", ",", "؛", ":"})
_OWN_RULES = PATIENT_GENITIVE | {"PROTEST"}
# the parties that are objects there; a plural noun of people after the verb may be its subject in the spoken
# agreement (تعهدوا الأتراك بدعم: the Turks pledged)
_PARTIES = frozenset({"country", "institution", "organisation", "person"})


def plural_object(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a plural verb whose actor was read off the bare party after it (see the
    module); the roles given otherwise."""
    if not hit.verbal or hit.trigger.type in _OWN_RULES or actor is None or actor.prep is not None \
            or actor.actor.kind not in _PARTIES \
            or actor.i < hit.j or actor.i - hit.j > _REACH or any(
                w in _BREAKS or w in cues.CLAUSE_BREAKS or not w[:1].isalpha() for w in toks[hit.j:actor.i]):
        return actor, recipient, implicit
    body = toks[hit.i][hit.strip:]
    if object_pronoun(body) or not (body.endswith("وا") or body.endswith("ون") and body[:1] in ("ي", "ت")):
        return actor, recipient, implicit
    clause = hit.i
    while clause > 0 and hit.i - clause < _BACK and toks[clause - 1] not in _BREAKS \
            and toks[clause - 1] not in cues.CLAUSE_BREAKS:
        clause -= 1
    subject = next((a for a in reversed(people) if clause <= a.i and a.j <= hit.i and a.prep is None
                    and not a.place and a.actor.kind != "place" and a.actor.code), None)
    if subject is None:  # (no subject named in the clause: the roles stay)
        return actor, recipient, implicit
    return subject, actor, False


def _plural(body: str) -> bool:
    """نددوا، يطالبون: the verb carries the plural ending."""
    return body.endswith("وا") or body.endswith("ون") and body[:1] in ("ي", "ت")


def joined_plural(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a plural verb joined by و after a comma whose actor was read off a single
    party before the comma (see the module): no actor, to be carried over; the roles given otherwise."""
    head = toks[hit.i]
    if not hit.verbal or hit.trigger.type in _OWN_RULES or actor is None or actor.prep is not None \
            or actor.actor.kind not in _PARTIES | {"nationality"} or hit.strip > 1 or hit.i < 1 \
            or not head.startswith("و") or toks[hit.i - 1] not in ("،", ","):
        return actor, recipient, implicit
    body = head[1:]
    if object_pronoun(body) or not _plural(body) or hit.i <= actor.i < hit.j:
        return actor, recipient, implicit
    # (الحكومة والمعارضة ...، واتفقوا: parties joined by و share a plural verb; a plural noun of people may be the
    # subject on either side)
    if toks[actor.j - 1].endswith(("ون", "ين", "ات")) or any(
            a.conj and actor.j <= a.i <= actor.j + 1 for a in people):
        return actor, recipient, implicit
    if actor.i >= hit.j:  # ونددوا بما يصفونه بالنفوذ الإيراني: what is condemned, not who condemns
        recipient = recipient or actor
    # the plural of people named bare before, in the same sentence (محتجون، ضباط الكلية), is the subject carried;
    # else the one the caller carries over
    crowd = next((a for a in reversed(people) if a.j <= min(actor.i, hit.i) and hit.i - a.j <= _CARRY
                  and a.prep is None and not a.accusative and a.actor.kind == "generic" and a.actor.code), None)
    return crowd, recipient, crowd is None
