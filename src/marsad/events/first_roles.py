"""A trigger's actor and recipient as the sentence's words first give them, before speech, coreference and the
ranker: the grammatical assignment (events/roles through events/coordinated: ندد X وY) and the chain of rules that
correct it for the act's kind — a victim is not the author (events/victims), an observer or a teller of an attack
did not do it (events/observers, events/reporters, events/told_verb, events/told_killed), an attack's responsible or
reinforced party (events/responsible, events/reinforced), a complaint's forum (events/forum), a charge's object
(events/charge_object), a border's neighbour (events/border_neighbour), an ally (events/allies), and a beneficiary or
a destination (events/about) are no recipients. Called once per trigger hit by stages/events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from marsad.events.about import beneficiary, destination
from marsad.events.allies import not_target
from marsad.events.arguments import Arg
from marsad.events.attack import site_owned
from marsad.events.border_neighbour import neighbour
from marsad.events.burnt_symbol import symbol_owner
from marsad.events.cause_author import cause_author
from marsad.events.charge_object import before_charge
from marsad.events.coordinated import assign_past_list
from marsad.events.doer_genitive import doer_genitive
from marsad.events.forms import possessed_noun
from marsad.events.forum import lodged
from marsad.events.observers import observed, observer_not_author
from marsad.events.reinforced import reinforced
from marsad.events.reporters import condemned_object, reporter
from marsad.events.responsible import attack_parties
from marsad.events.told_killed import told_killing
from marsad.events.told_verb import told_by
from marsad.events.topic_subject import topic_subject
from marsad.events.triggers import TriggerHit
from marsad.events.undergone import sufferer, undergone_roles
from marsad.events.verb_first_victim import verb_first_victim
from marsad.events.victims import counted_victims, held_by, killed_and_wounded, victim_not_author


@dataclass(frozen=True)
class FirstRoles:
    actor: Arg | None
    recipient: Arg | None
    implicit: str | None  # the role a pronoun or a carried subject fills ("actor" ...), as events/roles says
    named: bool  # the words named an actor (a victim taken for it leaves it unnamed: events/victims)
    said_at: int  # the speech verb whose clause's subject did the act (events/told_verb), or -1


def first_roles(hit: TriggerHit, toks: list[str], args: list[Arg], verbal_at: frozenset[int], voweled: bool,
                deals: dict[str, str] | None, speech_verbs: frozenset[str], original: Callable[[int], str]
                ) -> FirstRoles:
    """The roles of `hit` (see the module's docstring); `original(k)` is token k's original text."""
    t = hit.trigger
    actor, recipient, implicit = assign_past_list(hit, toks, args, verbal_at, voweled, deals)  # ندد X وY
    actor, recipient = topic_subject(hit, toks, args, actor, recipient)  # أما X فقد توعد Y (events/topic_subject)
    named = actor is not None
    actor, recipient = held_by(hit, toks, args, *site_owned(hit, toks, args, *killed_and_wounded(
        hit, toks, *verb_first_victim(hit, toks, *counted_victims(hit, toks, *victim_not_author(
            hit, toks, actor, recipient))))))
    actor, recipient = cause_author(hit, toks, args, actor, recipient)  # قتل X جراء استهداف Y سيارة
    actor, recipient = symbol_owner(hit, toks, args, actor, recipient)  # أحرقوا صورا للمرشد (events/burnt_symbol)
    if t.type == "ASSAULT" and hit.verbal and condemned_object(toks, hit.i, hit.strip, args):
        # أدانت X قصف الجيش للمتظاهرين: the verbal noun condemned; its genitive with an object after it did it
        actor, recipient = doer_genitive(replace(hit, verbal=False), toks, [a for a in args if a.i >= hit.j], None,
                                         recipient if recipient is not None and recipient.i >= hit.j else None)
    if (seen := observed(hit, toks)) >= 0:  # رصدت X إطلاق صاروخ، تحقيق في مقتل: the observer is no author
        actor, recipient = observer_not_author(hit, toks, args, seen, actor, recipient)
        named, implicit = True, None if implicit == "actor" else implicit
    # تعرضت مواقع للجيش لقصف: the army's sites suffered it (events/undergone; no one named at all: the rules' stay)
    if (victim := sufferer(hit, toks, args)) is not None and any(
            roles := undergone_roles(hit, toks, args, victim, actor, recipient)):
        (actor, recipient), implicit = roles, None
        named = True  # (an author no phrase names stays unnamed: events/undergone)
    if t.type == "ASSAULT" and not hit.verbal and not possessed_noun(hit, toks) and reporter(
            toks, hit.i, actor, t.id, speech_verbs):
        actor = None  # قال المرصد إن قصفا ...، دانت X إطلاق النار: who tells of it did not do it
    if (said_at := told_by(hit, toks, actor, speech_verbs, original)) >= 0:
        actor = None  # قال مصدر إن سيارة ملغومة انفجرت: the clause's subject did it (events/told_verb)
    elif actor is not None and 0 <= (c := told_killing(hit, toks)) and actor.j <= c:
        actor = None  # ذكرت الوزارة أن مزارعا قتل: a passive killing the speaker tells (events/told_killed)
    actor, recipient = reinforced(hit, toks, args, *attack_parties(  # (responsible, reinforced)
        hit, toks, args, actor, lodged(t.id, toks, hit.i, args, recipient)))  # (events/forum)
    recipient = before_charge(t.id, hit.verbal, toks, hit.i, args, actor, recipient)  # بقرصنة X
    recipient = neighbour(hit, toks, args, actor, recipient)  # أغلقت الحدود مع X
    if hit.verbal or actor is not None:  # إلى جانب X: an ally, no target (events/allies)
        recipient = not_target(t.type, toks, args, actor, recipient)
    if recipient is not None and (beneficiary(t.type, toks, recipient, hit.i) or destination(t.type, toks, recipient)):
        recipient = None  # يدعو لحماية الفلسطينيين: whom it is for, not at (events/about)
    return FirstRoles(actor, recipient, implicit, named, said_at)
