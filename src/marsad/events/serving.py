"""Serving a sentence: the one who serves it was sentenced, the recipient — never the one who passed it.

وتقضي الناشطة حكما بالسجن، يقضي الزعيم عقوبة بالسجن المؤبد، أن يقضي حكما بالسجن 12 عاما: a form of قضى whose
object is the indefinite noun of a sentence (حكما، عقوبة) — not the بـ of a ruling, قضت المحكمة بسجن X — tells of a
person serving it. Its subject, unless a court (قضت محكمة حكما على X: the court passes it), is the one sentenced:
the recipient; the actor is a court the sentence names elsewhere (بعد أن أدانتها محكمة عسكرية إسرائيلية), else,
as for one held (events/carried_held), the state of the place he serves it in, else his own when the sentence names
no other state. Read for a verb of قضى (coerce-sentence-qada) and for the sentence noun after it (coerce-sentence).

The penalty of a sentence likewise: a noun of jail under بـ right after the one punished — قضت المحكمة بمعاقبة
المطربة بالحبس، حكم على رجل أعمال صيني بالحبس — names what he was sentenced to, not an act of his: the party
between the word of sentencing and the penalty is the recipient, the court named before it the actor, else no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.carried_held import home_state
from marsad.events.held_teller import holding_place
from marsad.events.record import Participant, Span
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_SERVE = norm_words("قضى يقضي تقضي يقضى تقضى قضت قضوا يقضون يقضين نقضي أقضي")  # (with و / ل / ف before it)
_TERMS = norm_words("حكما عقوبة")  # (the indefinite accusative: the sentence served)
_BREAKS = frozenset(("،", ",", ".", "؛", ":", "؟", "!"))
_REACH = 12  # words between the verb and the noun of the sentence (its subject and its titles, حاليا، منذ 1999)
_COURTS = ("JUD",)


def _bare(w: str) -> str:
    return w[1:] if len(w) > 4 and w[0] in "ولف" else w


def _serve_verb(hit: TriggerHit, toks: list[str]) -> int:
    """Where the verb of serving stands whose object is the sentence noun (-1 when the trigger tells no serving)."""
    if hit.verbal and _bare(toks[hit.i]) in _SERVE:
        for k in range(hit.j, min(len(toks), hit.j + _REACH)):
            if toks[k] in _BREAKS or toks[k].startswith("ب"):
                return -1
            if toks[k] in _TERMS:
                return hit.i
        return -1
    if toks[hit.i] not in _TERMS:  # (حكما may be read as a verb with its dual ending)
        return -1
    for k in range(hit.i - 1, max(-1, hit.i - _REACH), -1):
        if toks[k] in _BREAKS:
            return -1
        if _bare(toks[k]) in _SERVE:
            return k
    return -1


_PENALTIES = ("coerce-remand", "coerce-imprison", "coerce-detain")  # (بالحبس، بالسجن، باحتجاز)
_PUNISH = norm_words("معاقبة بمعاقبة عاقبت عاقب عوقب حكم حكمت يحكم الحكم")  # (حكم على X بالحبس)
_SPAN = 6  # words between the word of sentencing and the penalty


def _penalty(hit: TriggerHit, toks: list[str], actor: Participant | None, args: list[Arg]) -> Arg | None:
    """The one punished, when the trigger is the penalty under بـ right after him (see the module), else None."""
    if hit.trigger.id not in _PENALTIES or "ب" not in toks[hit.i][:hit.strip] or actor is None or actor.implicit:
        return None
    cue = next((k for k in range(hit.i - 1, max(-1, hit.i - _SPAN), -1) if _bare(toks[k]) in _PUNISH
                or toks[k] in _BREAKS), -1)
    if cue < 0 or toks[cue] in _BREAKS:
        return None
    return next((a for a in args if a.start == actor.span.start and cue < a.i and a.j <= hit.i), None)


def _court(p: Participant | None) -> bool:
    return p is not None and p.actor.sector in _COURTS


def serving(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None,
            recipient: Participant | None, doc: Document) -> tuple[Participant | None, Participant | None]:
    """The actor and recipient of a sentence served (تقضي X حكما بالسجن): X, the subject, is the recipient, a court
    named elsewhere in the sentence the actor, else none. Any other coercion is returned as it is."""
    if (punished := _penalty(hit, toks, actor, args)) is not None:  # بمعاقبة المطربة بالحبس
        court = next((a for a in args if a.actor.sector in _COURTS and a.prep is None and a.j <= punished.i), None)
        return (Participant(Span(doc.text[court.start:court.end], court.start, court.end), court.actor)
                if court is not None else None), actor
    v = _serve_verb(hit, toks)
    if v < 0 or _court(actor):
        return actor, recipient  # (قضت محكمة حكما على X: the court passed it)
    served = actor if actor is not None else None if _court(recipient) else recipient
    court = next((a for a in args if a.actor.sector in _COURTS and a.prep is None), None)
    if court is not None:
        return Participant(Span(doc.text[court.start:court.end], court.start, court.end), court.actor), served
    # (else, as for a held one, the state of the place he serves it in or his own: a domestic sentence)
    return holding_place(hit, None, args, toks, doc) or (home_state(served, args) if served else None), served
