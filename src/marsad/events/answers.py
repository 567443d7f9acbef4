"""Who a refusal or a denial answers within its sentence.

ووجهت بريطانيا الاتهام لروسيا ... لكن موسكو نفت ضلوعها: a denial by the party an accusation of the same sentence
targets answers the accuser; وتطالب مصر بتسليم المتهمين الفارين إلى الأردن، لكن عمان ترفض الاستجابة للطلب: a
refusal by the party a demand of the same sentence asks answers the one who asked. A bare state (its name, a
nationality, a town) of the refuser's own country is no party it rejects — it is what the request is about (the
soldiers who fled to it) or the refuser itself named again — so it gives way to that accuser or asker, else to no
one.

رفض X دعوة الرئيس الأميركي إلى ...، رفضت الحكومة مقترحات النقابة، رفضت المحكمة الطعن الذي تقدم به X، رفض طلبا
مقدما من X: a refusal of a request, proposal, call or appeal answers its author — the refused noun's bare genitive,
the party of its relative clause of submitting (الذي قدمه، تقدم به) or of its من (unless the rules took that party
for the actor: رفضوا دعوة الرئيس, the refusers unnamed — then both roles stay as they are). When the noun
names no author, a party named further on is what the request is about (مقترحات لرسوم على واردات الصين، مطالب
الاتحاد ... وسط مطالبات صندوق النقد): no recipient, for the rules (the ranker may still name the asker the sentence
tells of before: وبينما تطالب تركيا بتسليم الضباط، رفضت اليونان طلبات التسليم)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import Arg
from marsad.events.record import Event, Participant
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_NEAR_CHARS = 25  # a party within this many characters after a trigger is its own object (نفت موسكو الاتهامات X)
_STATE = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a state or its organs, not a rebel or a party
_ANSWERED = {"trigger:reject-deny": ("ACCUSE",), "trigger:reject-refuse": ("REQUEST",)}


def _own_state(d: Event) -> bool:
    """The recipient is a bare state (no sector; a country, nationality or place) of the country of an actor that is
    that state or one of its organs (رفضت طالبان المحادثات: a movement may reject its own state, and a person of no
    sector his own: وتتهم تركيا فلانا بالتخطيط للانقلاب، وهو ما ينفيه)."""
    r, a = d.recipient, d.actor
    return r is not None and a is not None and a.actor.sector in _STATE and r.actor.sector is None \
        and not (a.actor.kind == "person" and a.actor.sector is None) and r.actor.kind in (
        "country", "nationality", "place") and r.actor.country is not None and r.actor.country == a.actor.country


def _answered(d: Event, before: list[Event], types: tuple[str, ...]) -> Participant | None:
    """The actor of the last accusation or demand told before `d` whose target is `d`'s actor's country."""
    assert d.actor is not None
    own = d.actor.actor.country
    charge = next((a for a in reversed(before) if a.event_type in types and not a.negated
                   and a.actor is not None and a.recipient is not None and a.token < d.token
                   and a.recipient.actor.country == own and a.actor.actor.country not in (None, own)), None)
    return charge.actor if charge is not None else None


def answer_accusation(events: list[Event]) -> list[Event]:
    """The events of one sentence, each refusal or denial given the party it answers: the accuser or the asker
    of the same sentence when it names no addressee of its own right after the verb (نفت موسكو الاتهامات
    البريطانية), or names only its own state."""
    out = list(events)
    for n, d in enumerate(out):
        if d.event_type != "REJECT" or d.actor is None or not d.actor.actor.country:
            continue
        types = next((t for rule, t in _ANSWERED.items() if d.rule.startswith(rule)), None)
        own = _own_state(d)
        if types is None or d.recipient is not None and not own and (
                d.recipient.span.start - d.trigger.end <= _NEAR_CHARS or not d.rule.startswith("trigger:reject-deny")):
            continue
        asker = _answered(d, out[:n], types)
        if asker is not None:
            out[n] = replace(d, recipient=asker)
        elif own:
            out[n] = replace(d, recipient=None)
    return out

_REFUSALS = ("reject-refuse", "reject-oppose")
# the nouns of what one party puts to another (normalised: ة → ه)
_ASKED = norm_words("""طلب طلبا طلبات الطلب الطلبات طلبه طلبها دعوه الدعوه دعوات الدعوات مقترح مقترحا مقترحات المقترح
    المقترحات اقتراح اقتراحا اقتراحات الاقتراح الاقتراحات مطالب المطالب مطالبات المطالبات مبادره المبادره عرض عرضا
    العرض طعن طعنا طعون الطعن الطعون التماس التماسا الالتماس استئناف الاستئناف""")
_GAP = frozenset({"،", ",", '"', "«", "»"}) | norm_words("""ايضا كذلك مجددا مرارا رسميا بشده قطعيا تماما جمله وتفصيلا
    اليوم امس الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت""")
_REACH = 8  # words from the refusal to the refused noun (past its subject and a time word)
_STOPS = frozenset({".", "؛", ":", "؟", "!"})
_RELATIVES = norm_words("الذي التي الذين")
_SUBMIT = ("قدم", "تقدم", "رفع")  # قدمه، تقدمت به، رفعه (past, normalised)
_SUBMITTED = ("المقدم", "مقدم", "المرفوع", "مرفوع")  # المقدمة من، مقدما من


def _refused_noun(hit: TriggerHit, toks: list[str], people: list[Arg]) -> int:
    """The index of the request noun the refusal takes as its object, past its subject (participants, their
    definite adjectives, commas, a time or manner word), else -1."""
    covered = {k for a in people for k in range(a.i, a.j)}
    for k in range(hit.j, min(len(toks), hit.j + _REACH)):
        w = toks[k]
        bare = w[1:] if w.startswith("ل") and not w.startswith("ال") else w  # رفضه لمقترحات، رفضها للطلب
        if bare in _ASKED or w.startswith("لل") and "ال" + w[2:] in _ASKED:
            return k
        if w in _STOPS or not (k in covered or w in _GAP or w[:1].isdigit() or w.startswith("ال")):
            return -1
    return -1


def _author(n: int, toks: list[str], people: list[Arg]) -> Arg | None:
    """The party that made the request at `n`: its bare genitive, the من party right after it (or after المقدم،
    مقدما), or the subject of a relative clause of submitting (الطعن الذي تقدم به X، طعنا تقدم به X)."""
    after = sorted((a for a in people if a.i > n), key=lambda a: a.i)
    if not after:
        return None
    first = after[0]
    if first.i == n + 1 and first.prep is None and not first.place:
        return first
    if first.prep == "من" and (first.i <= n + 2 or first.i == n + 3 and toks[n + 1].startswith(_SUBMITTED)):
        return first
    # (past one definite word of the noun's own: طلبات التسليم التي قدمتها أنقرة)
    k = next((k + 1 for k in (n + 1, n + 2) if k < len(toks) and toks[k] in _RELATIVES), n + 1)
    if k > n + 2 and not toks[n + 1].startswith("ال"):
        return None
    if k < len(toks) and toks[k].startswith(_SUBMIT):
        return next((a for a in after if k < a.i <= k + 2 and a.prep is None and not a.place), None)
    return None


def request_author(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a refusal of a request: its author as the recipient; none named, no party
    past the noun as the recipient (applied in events/frames)."""
    if not hit.trigger.id.startswith(_REFUSALS):
        return actor, recipient, implicit
    n = _refused_noun(hit, toks, people)
    if n < 0:
        return actor, recipient, implicit
    author = _author(n, toks, people)
    if author is None:
        return actor, None if recipient is not None and recipient.i > n else recipient, implicit
    if actor is author:  # رفضوا دعوة الرئيس الأميركي: the subject is not named here; no guess at either role
        return actor, recipient, implicit
    return actor, author, implicit

