"""A meeting word whose partner is an outlet or journalists tells an interview, not a consultation.

قال الوزير في لقاء مع "العربية"، في لقاء خاص مع قناة X، في حوار له مع وسائل إعلام، التقى الرئيس بمجموعة من
الصحفيين، قال في اتصال هاتفي مع «الشرق الأوسط» (a call is how the paper got its quote): the meeting is the setting
of what is said, a talk with the press, not a meeting of two parties. The
trigger entries already leave out the words that say so themselves (لقاء تلفزيوني، لقاء صحفي، مع قناة، لصحيفة);
an outlet known by its name alone (العربية، سكاي نيوز عربية) or journalists named as the partner need the coded
recipient: a CONSULT of a noun or verb of meeting, dialogue or call whose recipient is media (MED), named right after
it with مع / بـ in the same clause, by an actor that is not media itself, is not counted (it stays in the output).
A meeting that only made news in the media (عقد لقاءات انشغلت بها وسائل الإعلام) names no such partner.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.record import Event
from marsad.text.normalize import norm

# لقاء / التقى، حوار / حاور; and a call: قال في اتصال هاتفي مع «الشرق الأوسط» (he told the paper by phone)
_MEETING = ("consult-meet", "consult-dialogue", "consult-phone-call", "consult-phone-call-noun",
            "consult-phone-mukalama", "consult-phone-talk")
_WITH = norm("مع")
_GAP = 5  # words between the meeting word and its partner (لقاء خاص له من أرض المطار مع)
_KIND = 2  # words between مع and the outlet (مع قناة، مع شبكة)
_BREAKS = ("،", ",", ".", ":", "؛", "(", ")")


def interviews(events: list[Event], text: str) -> list[Event]:
    """The events with every counted interview (see the module) marked not reported."""
    return [replace(e, reported=False) if e.reported and _interview(e, text) else e for e in events]


def _interview(e: Event, text: str) -> bool:
    r, a = e.recipient, e.actor
    if e.event_type != "CONSULT" or r is None or r.implicit or r.actor.sector != "MED" \
            or a is not None and a.actor.sector == "MED":
        return False
    if e.rule.removeprefix("trigger:").split("@", 1)[0] not in _MEETING or r.span.start < e.trigger.end:
        return False
    between = text[e.trigger.end:r.span.start]
    if any(b in between for b in _BREAKS):
        return False
    words = [norm(w) for w in between.replace('"', " ").replace("«", " ").replace("»", " ").split()]
    if len(words) > _GAP:
        return False
    # the outlet is مع's own partner, past at most a noun of its kind (مع شبكة "فوكس نيوز"), not a party named
    # later in the clause (التقى مع X خلال ما وصفتها وكالة Y: the agency only tells of the meeting)
    after = words[::-1].index(_WITH) if _WITH in words else None  # (words after the last مع)
    return after is not None and after <= _KIND or between.rstrip().endswith("ب")
