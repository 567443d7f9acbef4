"""An act told only as possible: قد right before a verb in the present — قد تطلب واشنطن موظفين، قد يتقدمون بطلبات
('may'), not قد before a past, 'already' (قد طلبت، قد تظاهروا) — is coded, not counted (called from
events/history.case_of; the modality window reads قد only before a present verb ahead of the trigger)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.forms import is_verb_form
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_MAY = norm_words("قد وقد")


def may_only(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger is a verb in the present (a form of its present, none of its past: تقدم may be either) right
    after قد / وقد."""
    i = hit.i
    if not hit.verbal or hit.future or i < 1 or toks[i - 1] not in _MAY:
        return False
    head = toks[i][hit.strip:]
    if any(is_verb_form(head, p) for p in hit.trigger.past):
        return False
    if hit.trigger.present:
        return any(is_verb_form(head, present=p) for p in hit.trigger.present)
    return head[:1] in ("ي", "ت", "ن")
