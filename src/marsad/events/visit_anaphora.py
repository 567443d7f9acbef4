"""The visit a definite visit noun that names no party of its own takes up (CONSULT, called from events/consult).

الزيارة، هذه الزيارة، بالزيارة: the noun with the article takes no genitive, so when neither a لـ / إلى phrase, a
verb that says it was made (التي قام بها) nor a place it goes to follows it, it points back to the visit the article
has told — وتستمر الزيارة ثلاثة أيام، على هامش الزيارة اجتمع ولي العهد مع ... : that visit's visitor and host are its
own, not the party the rules find near it (who welcomes it, speaks of it, or meets during it)."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg
from marsad.events.record import Event
from marsad.events.triggers import TriggerHit
from marsad.events.visits import made_at
from marsad.text.normalize import norm_words

_NOUN = "الزياره"
# the events that tell a visit with its visitor as actor and its host as recipient (استقبل X Y: Y visits X)
_TOLD = frozenset({"consult-visit", "consult-visit-arrive", "consult-visit-head", "consult-host"})
_OWN = frozenset({None, "ل", "الي", "الى"})  # (a party right after the noun, bare or after لـ / إلى: its own)
_REACH = 6  # words after the noun where a place it goes to would be its own host
_TO = norm_words("الي الى")


def _names_own(hit: TriggerHit, toks: list[str], args: list[Arg]) -> bool:
    """The noun names a party or a place of its own: right after it past definite adjectives (الزيارة الرسمية
    للرئيس), after إلى within a few words (الزيارة المرتقبة الشهر المقبل إلى الصين), or a verb of making it."""
    k = hit.j
    while k < len(toks) and toks[k].startswith("ال") and not any(a.i == k for a in args):
        k += 1  # (التاريخية، الأخيرة)
    if any(a.i == k and a.prep in _OWN for a in args) or made_at(hit, toks) >= 0:
        return True
    return any(a.prep in _TO and 0 <= a.i - hit.j <= _REACH for a in args) or any(
        w in _TO for w in toks[hit.j:hit.j + 2])


def _trigger_id(e: Event) -> str:
    return e.rule.split("@")[0].removeprefix("trigger:")


def _visit(e: Event) -> bool:
    """A visit told with a visitor and a host of two countries."""
    return e.event_type == "CONSULT" and _trigger_id(e) in _TOLD and not e.negated and e.actor is not None \
        and e.recipient is not None and bool(e.actor.actor.country) and bool(e.recipient.actor.country) \
        and e.actor.actor.country != e.recipient.actor.country


def antecedent_visit(hit: TriggerHit, toks: list[str], args: list[Arg], article: Sequence[Event],
                     sentence: Sequence[Event]) -> Event | None:
    """The last visit told before a definite singular visit noun that names no party of its own, else None: in its
    own sentence (`sentence`: its events so far), else in the article before (`article`, oldest first) one reported,
    or told as past, planned or wished — not one the reported-event check finds only a mention of (الكوريون
    يزورونها بشكل متكرر)."""
    if hit.verbal or hit.trigger.id != "consult-visit" or toks[hit.i][hit.strip:] != _NOUN \
            or _names_own(hit, toks, args):
        return None
    return next((e for e in reversed(sentence) if _visit(e)), None) or next(
        (e for e in reversed(article) if _visit(e) and (e.reported or e.modality != "asserted")), None)
