"""The one "responsible for" an attack is no official (used by stages/events and events/ranker).

مسؤول / المسؤولة / المسؤولين right before عن and an attack noun — المسؤول عن الهجوم، الجهة المسؤولة عن التفجير،
محاسبة المسؤولين عن الهجمات — is the adjective "responsible for", not the noun "official" the dictionaries read
(a government official of the sentence's country): it names no party, so it is neither the attack's author nor its
target. The party it is said of — right before it (روسيا مسؤولة عن الهجوم) or after هو / هي (المسؤول عن الهجوم هو
تنظيم داعش) — is the author."""

from __future__ import annotations

from marsad.events.announced import announced_act, announced_killing
from marsad.events.arguments import Arg
from marsad.events.attack_owner import attack_owner
from marsad.events.backers import backed
from marsad.events.enabled import enabled_author
from marsad.events.gains import killer, winner
from marsad.events.partakers import partaker
from marsad.events.responded import answered, responder
from marsad.events.shields import shield_parties
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_RESPONSIBLE = norm_words("مسؤول مسؤولة مسؤولا مسؤولين مسؤولون المسؤول المسؤولة المسؤولين المسؤولون "
                          "والمسؤولين والمسؤولون")
_IS = norm_words("هو هي هم هما")
_BETWEEN = _IS | {"،", ","}
_STOPS = frozenset({"،", ",", ".", "؛", ":"})


def responsible(toks: list[str], a: Arg | None, i: int) -> bool:
    """`a` ends in a word "responsible" followed by عن and the attack noun at `i` (المسؤول عن الهجوم، الجماعة
    المسؤولة عن التفجير الذي ...): an adjective, no party."""
    return a is not None and a.j < len(toks) and toks[a.j - 1] in _RESPONSIBLE and toks[a.j] == "عن" \
        and a.j + 1 == i


def held_responsible(toks: list[str], args: list[Arg], a: Arg) -> Arg | None:
    """The party the word "responsible" (`a`) is said of right before it, past هي / هو or a comma (روسيا مسؤولة
    عن الهجوم، قوات النظام مسؤولة عن هجوم، عنصرا من داعش، مسؤولين عن مجزرة، داعش هي المسؤولة عن الهجوم)."""
    return next((b for b in args if b.j == a.i or b.j + 1 == a.i and toks[b.j] in _BETWEEN), None) \
        if a.j - a.i == 1 else None


def said_responsible(toks: list[str], args: list[Arg], j: int) -> Arg | None:
    """The party said to be the one responsible after هو / هي, within 8 words of the attack noun ending at `j` and
    not past a comma or a sentence's end (المسؤول عن الهجوم هو تنظيم داعش، المسؤول عن التفجير الذي وقع في السوق
    هو الجماعة)."""
    k = next((k for k in range(j, min(len(toks), j + 9)) if toks[k] in _IS or toks[k] in _STOPS), -1)
    k = k if k >= 0 and toks[k] in _IS else -1
    return next((b for b in args if k >= 0 and b.i == k + 1 and b.prep is None and not b.place), None)


def attack_parties(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                   recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an attack noun or verb at `hit` once the words that name no author are set aside: a
    word "responsible" (المسؤول عن الهجوم هو X: X, or no one), a party taking part (شاركت X في الهجمات: X,
    events/partakers), the subject of a verb of answering whose بـ it is (ردت X بقصف: X) or who answers it
    (events/responded), a backer (بإسناد من X: the side it backs, events/backers) and the user of human shields
    (events/shields). Other types keep theirs."""
    if hit.trigger.type != "ASSAULT":
        return actor, recipient
    actor, recipient = shield_parties(hit, toks, args, actor, recipient)  # تستخدم X المدنيين دروعا بشرية
    if responsible(toks, recipient, hit.i):
        recipient = None
    if responsible(toks, actor, hit.i):
        actor = held_responsible(toks, args, actor) or said_responsible(toks, args, hit.j)
        recipient = None if recipient is actor else recipient
    if (part := partaker(hit, toks, args)) is not None:
        # شاركت إسرائيل في هجمات: who takes part is the author, never the target (events/partakers)
        actor, recipient = part, None if recipient is part else recipient
    elif (own := responder(hit, toks, args)) is not None:  # ردت إسرائيل بقصف: its own act (events/responded)
        actor, recipient = own, None if recipient is not None and recipient.i == own.i else recipient
    elif answered(hit, toks, actor):  # ردت إسرائيل على الهجوم: who answers it is not its author
        actor = None
    if actor is None and (told := announced_killing(hit, toks, args, recipient)) is not None:
        actor, recipient = told  # أعلن الجيش مقتل 10 مسلحين: its own act (events/announced)
    elif actor is None and (strike := announced_act(hit, toks, args)) is not None and strike is not recipient:
        actor = strike  # أعلن التحالف إسقاط طائرة مسيرة: its own strike (events/announced)
    elif actor is None and (won := winner(hit, toks, args)) is not None and won is not recipient:
        actor = won  # حرر الجيش مواقع ...، عقب معارك عنيفة: who won ground fought (events/gains)
    elif (slew := killer(hit, toks, args)) is not None and (actor is None or slew.i < actor.i < hit.i):
        # قتل مسلحون 20 شخصا في هجوم: the killer attacked; a party among the killed (ثمانية من قوات الدرك) suffered
        actor, recipient = slew, actor if actor is not None else None if recipient is slew else recipient
    elif actor is None and (owner := attack_owner(hit, toks, args, recipient)) is not None:
        actor = owner  # أن دمشق عازمة على وقف هجومها: the pronoun's party (events/attack_owner)
    elif actor is None and (able := enabled_author(hit, toks, args, recipient)) is not None:
        actor = able  # تمكن الجيش من صد الهجوم، وقتل العشرات من المسلحين (events/enabled)
    side = backed(toks, args, actor)
    return (side if side is not None and side is not recipient else actor), recipient
