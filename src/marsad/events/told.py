"""A verb that retells an act a noun just named: الغارات الجوية استهدفت مواقع ...

A verbal trigger of a material act (ASSAULT, COERCE, MOBILIZE, SANCTION) right after a verbal noun of the same type
has that noun as its subject: it tells the same event, by the same author. A time phrase and a comma may stand
between (غارات جوية نهاية الأسبوع الماضي، استهدفت), but no comma inside the stretch and no one who could be the verb's
own subject; nor an attack named as what a verb of stopping takes (تمكن الجيش من صد الهجوم، وقتل العشرات: who
stopped it did the killing, events/enabled). Of a two-sided noun (one record per side), the side named last before
the verb is the one told (بين X التي أطلقت: X).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.record import Event
from marsad.events.triggers import TriggerHit

MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
COMMAS = frozenset({"،", ",", ".", "؛", ":"})


def told_by_noun(hit: TriggerHit, toks: Sequence[str], args: Sequence[Arg], sentence_events: Sequence[Event],
                 at: int) -> Event | None:
    """The event of the sentence (`sentence_events`) whose noun this verbal hit retells, or None; `at` is where the
    verb starts in the original text."""
    typ = hit.trigger.type
    if not hit.verbal or typ not in MATERIAL_TYPES:
        return None
    told = next((e for e in reversed(sentence_events) if e.event_type == typ and not e.verbal
                 and 1 <= hit.i - e.token <= 8 and not any(w in COMMAS for w in toks[e.token:hit.i - 1])
                 and not any(a.prep is None and e.token < a.i < hit.i for a in args)), None)
    if told is None or told.token > 0 and toks[told.token - 1].removeprefix("و") in cues.STOPPERS:
        return None
    return max((e for e in sentence_events if e.token == told.token and e.event_type == typ
                and e.actor is not None and e.actor.span.end <= at),
               key=lambda e: e.actor.span.end if e.actor is not None else -1, default=told)
