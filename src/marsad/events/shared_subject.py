"""A verb joined to the clause before it by كما / ثم, with no subject of its own, shares that clause's subject (applied
in events/frames): وفرضت الحكومة رسوما على السلع الكندية والمكسيكية، كما هددت بفرض رسوم أخرى — the government
threatens, not Mexico, the party the role rules read right before the verb.

The clause's subject is a bare coded party (no place) opening it — at its first word (SVO: أن الوزارة أدانت ...
كما استنكرت) or past its verb and قد (VSO: وطلبت الإمارات من قطر ...، كما نفت) —, the clause opening at the
sentence's start or after the last أن / إن, a colon or a quote before the verb; so a verb inside a reported clause
(قال X إن Y رفض ...، كما رفض) shares Y's subject, not X's. Nothing changes when the verb has a subject of its own
(a bare party right after it, past an adverb — كما رفضت الحكومة —, or a noun that may be one: its subject slot is
filled unless a preposition, أن, a quote or a ب / لـ word comes right after it), when a relative pronoun or a
clause of time or place stands between (حيث يتمركز الحزب ... كما هددت), when the verb's gender is not the
subject's (بأن الاتحاد الأوروبي ... كما تطالب: not the Union), when the rules' actor stands after the verb, when
the same verb stands earlier in the clause (قضت المحكمة بسجن X ... كما قضت بسجن Y: a second act, which the
stage would fold into the first once both had the same parties), nor for attacks and protests (their own
rules)."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.agreement import feminine, masculine, verb_gender
from marsad.events.arguments import Arg
from marsad.events.forms import subject_slot_empty
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_OWN_RULES = frozenset({"ASSAULT", "PROTEST"})
_JOINERS = norm_words("كما ثم")
_STARTS = norm_words("ان أن إن انه انها انهم بان بانه بانها") | frozenset(": . ؛ ؟ !".split())
_INSIDE = cues.RELATIVES | norm_words("حيث عندما بعدما بينما فيما حين لان لكن ولكن بل") | frozenset("( )".split())
_PREPS = norm_words("في من على الى إلى عن مع بعد قبل منذ خلال عند لدى حتى امام أمام وسط عبر اثر عقب")
_MAY = norm_words("قد لقد وقد")
_COPULA = norm_words("هو هي هم هما")
_REACH = 40  # words from the verb back to its clause's start


def _clause_subject(toks: list[str], people: list[Arg], i: int) -> tuple[Arg | None, bool]:
    """The bare coded party opening the clause that ends before i (see the module), else None; and whether a head
    noun governs it (إدارة ترامب: the head's gender is the verb's)."""
    start = 0
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if toks[k] in _STARTS:
            start = k + 1
            break
        if toks[k] in _INSIDE or toks[k].removeprefix("و") in _INSIDE:
            return None, False
    else:
        if i - 1 - _REACH >= 0:
            return None, False
    subject = next((a for a in people if start <= a.i < i), None)
    if subject is None or subject.prep is not None or subject.place or subject.accusative or not subject.actor.code:
        return None, False  # (a capital may be one: بكين، واشنطن)
    before = [w for w in toks[start:subject.i] if w not in _MAY and w[:1].isalpha()]
    if len(before) > 2 or any(w in _PREPS or w.removeprefix("و") in _PREPS or w.startswith("ال") for w in before) \
            or len(before) == 2 and before[1].startswith(("و", "ب", "ل")):
        return None, False  # (only a verb may stand before it, and a head the party is governed by: إدارة ترامب)
    if subject.j < i and toks[subject.j] in _COPULA:
        return None, False  # (بأن الاتحاد الأوروبي هو ...: a nominal clause, no verb's subject)
    return subject, len(before) == 2


def shared_subject(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb after كما / ثم with no subject of its own: the subject of the clause
    it is joined to (see the module); the roles given otherwise."""
    if hit.trigger.type in _OWN_RULES or hit.strip or hit.i < 2 or toks[hit.i - 1] not in _JOINERS or not (
            hit.verbal or toks[hit.i] in {norm(p) for p in hit.trigger.past}):  # (كما توصل: no verbal noun here)
        return actor, recipient, implicit
    if actor is not None and actor.i > hit.i:  # (a party after the verb: the rules' own reading)
        return actor, recipient, implicit
    j = hit.i + 1  # (not past the trigger's rest words: توصل لاتفاق)
    if any(a.prep is None and 0 <= a.i - j <= 2 and all(w in cues.ADVERBS for w in toks[j:a.i])
           for a in people) or not subject_slot_empty(toks[j:]):  # كما رفضت الحكومة: a subject of its own
        return actor, recipient, implicit
    subject, headed = _clause_subject(toks, people, hit.i - 1)
    if subject is None or actor is not None and actor.actor == subject.actor:
        return actor, recipient, implicit
    gender = verb_gender(hit, toks)
    if not headed and (gender == "m" and feminine(subject, toks) or gender == "f" and (
            subject.actor.kind == "person" or masculine(subject, toks))):  # (بأن الاتحاد الأوروبي ... كما تطالب)
        return actor, recipient, implicit
    if toks[hit.i] in {w.removeprefix("و") for w in toks[max(0, subject.i - 3):hit.i - 1]}:
        return actor, recipient, implicit  # (قضت المحكمة ... كما قضت: a second act of its own, kept apart)
    return subject, None if recipient is subject else recipient, False
