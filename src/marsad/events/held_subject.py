"""The one held, named right after an arrest verb, is no arresting authority.

وكان قد اعتقل المشتبه به في المدينة، اعتقل رجل من أصل مغربي في بلجيكا، واعتقلت العديد من المسافرين: a verb of
arrest or detention with no subject of its own before it, then a plain person noun (held._PEOPLE) or civilians no
dictionary gives a sector but CVL — the verb is passive, or its subject was named before, and that person is the one
held, never the actor; so is the nationality of a person of such an origin (رجل من أصل إيراني). The person becomes
the recipient when the rules had none or only the place of the arrest, and the state of that place, told with في
(اعتقل رجل في فرنسا), the actor; else the actor is left to the ranker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.arguments import lives_in
from marsad.events.authority_place import placed_authority
from marsad.events.carried_held import carried_held
from marsad.events.held import BETWEEN, COUNTS, HOLDING, held_target, person_at
from marsad.events.held_teller import holding_place, teller, teller_state
from marsad.events.kana_passive import kana_passive
from marsad.events.record import Participant, Span
from marsad.events.security_unit import acting_unit
from marsad.events.serving import serving
from marsad.events.sides import domestic
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_ORIGIN = (norm("من"), norm("أصل"))  # (رجل من أصل إيراني: his origin)


def _object_start(hit: TriggerHit, toks: list[str]) -> int:
    """The first word after the verb past a time, a comma and a count (اعتقل، أمس، اثنان من ...)."""
    k, end = hit.j, min(len(toks), hit.j + 6)
    while k < end and (toks[k] in BETWEEN or toks[k] in ("،", ",") or toks[k] in COUNTS or toks[k].isdigit()):
        k += 1
    return k


_LAND = norm_words("الاراضي الارض المياه الحدود الاجواء المجال")


def _territory(p: Participant, args: list[Arg], toks: list[str]) -> bool:
    """A nationality after a noun of land, sea or air (الأراضي التركية، المياه الإقليمية): a place, no party."""
    arg = next((a for a in args if a.start == p.span.start), None)
    return arg is not None and arg.i > 0 and toks[arg.i - 1] in _LAND


def _no_object(arg: Arg, args: list[Arg], toks: list[str]) -> bool:
    """No one the verb could hold after its subject, to the end of the clause: no other party outside a phrase of
    place or time, no count, no person noun."""
    end = next((n for n in range(arg.j, len(toks)) if toks[n] in (".", "،", ",", "؛", ":", "و")), len(toks))
    if any(arg.j <= a.i < end and a.prep is None and not a.place and toks[a.i - 1] not in _LAND
           for a in args if a is not arg):
        return False
    return not any(w in COUNTS or w.isdigit() or person_at(toks, n, n + 1)
                   for n, w in enumerate(toks[arg.j:end], arg.j))


def held_named_after(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None,
                     recipient: Participant | None) -> bool:
    """Whether the actor the rules found is the person held, right after a holding verb (see the module)."""
    if not hit.verbal or actor is None or actor.implicit or not hit.trigger.id.startswith(HOLDING):
        return False
    arg = next((a for a in args if a.start == actor.span.start and a.end == actor.span.end), None)
    if arg is None or arg.prep is not None or arg.place:
        return False
    if recipient is not None and recipient.actor.kind not in ("place", "country") and not (
            recipient.actor.kind == "nationality" and _territory(recipient, args, toks)):
        return False  # (a territory is a place: بعد دخولهما الأراضي التركية)
    k = _object_start(hit, toks)
    if arg.actor.kind == "nationality" and arg.i == k + 1 and toks[k][:2] == "ال" and _no_object(arg, args, toks):
        return True  # واعتقل الجنديان اليونانيان بعد دخولهما: a definite noun and its nationality, no one after
    if arg.actor.sector not in (None, "CVL"):
        # (احتجز رجال الشرطة مطلقي النار، اعتقل عناصر الأمن: an authority's men, its subject — unless no one is
        # held after them: واعتقل الجنديان اليونانيان بعد دخولهما, the verb is passive)
        return arg.i == k and arg.actor.kind == "generic" and toks[k][:2] == "ال" and _no_object(arg, args, toks)
    if arg.i == k:
        return person_at(toks, k, k + 1) is not None or (arg.actor.kind == "generic" and arg.actor.sector == "CVL")
    stop = person_at(toks, k, min(len(toks), k + 4))
    return stop is not None and tuple(toks[stop:stop + 2]) == _ORIGIN and arg.i == stop + 2


def _holder(hit: TriggerHit, place: Participant | None, args: list[Arg], toks: list[str], doc: Document
            ) -> Participant | None:
    """The state the arrest happens in (اعتقل رجل في فرنسا: France holds him): the place told with في in the
    verb's clause, after it (the one the rules took for the recipient, or another), else before it (أما في
    منغوليا فقد اعتقل), not where someone lives (المقيم في النمسا); else no one (the ranker may name one)."""
    at = [a for a in args if a.place and a.prep == "في" and a.actor.country and not lives_in(a, toks) and (
        place is None or a.start == place.span.start)]
    arg = next((a for a in at if hit.j <= a.i <= hit.j + 15), None) or next(
        (a for a in at if hit.i - 6 <= a.i < hit.i), None)
    if arg is None:
        return None
    c = arg.actor.country
    return Participant(Span(doc.text[arg.start:arg.end], arg.start, arg.end), Actor(None, c, None, c, c, "country"))


def held_roles(event_type: str, recipient: Participant | None, hit: TriggerHit, toks: list[str], args: list[Arg],
               actor: Participant | None, doc: Document, ntoks: list[tuple[int, int, str]]
               ) -> tuple[Participant | None, Participant | None]:
    """The actor and the recipient of a coercion once the one held is known: the person named right after a
    holding verb moves from actor to recipient (held_named_after); a speaker or subject carried over to a coercion
    it only tells of, or no one, gives way to the place's state (events/held_teller); then events/held.held_target
    and events/sides.domestic as before."""
    actor, recipient = serving(hit, toks, args, actor, recipient, doc)  # تقضي X حكما بالسجن: X served it
    actor, recipient = kana_passive(hit, toks, args, actor, recipient, doc)  # وكان الصحفي قد اعتقل في دمشق
    actor = acting_unit(event_type, hit, toks, args, actor, doc)  # تمكنت الوحدات البحرية للحرس الوطني من
    actor, recipient = carried_held(hit, toks, args, actor, recipient, doc)  # بوتينا، التي ...، جرى القبض عليها
    if held_named_after(hit, toks, args, actor, recipient):
        return _holder(hit, recipient, args, toks, doc), actor
    if event_type == "COERCE" and actor is None or teller(event_type, hit.trigger.id, actor, doc):
        # (the place the rules took for the target only instead of a teller: else it may be anyone's, far off)
        actor = holding_place(hit, recipient if actor else None, args, toks, doc) or actor and teller_state(
            actor) or actor
        if actor is not None and recipient is not None and recipient.actor.kind in ("place", "country") \
                and recipient.actor.country == actor.actor.country:
            recipient = None
    actor = placed_authority(event_type, hit, toks, args, actor, recipient)  # الشرطة اعتقلت X في إسطنبول
    return actor, domestic(event_type, actor, held_target(recipient, hit, toks, args, actor, doc, ntoks))
