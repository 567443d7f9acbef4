"""The place a person is held, tried or questioned in is where the act happens, not whom it is against.

اعتقل رجل في فرنسا، القبض عليه في موسكو، محاكمته في لندن، استجوبتهما محكمة في أدرنة، فتحت الشرطة تحقيقا في لوس
أنجلوس: an arrest, a detention, a sentence, a trial, a charge or an inquiry is taken against people; the state of the
town or country it happens in is most often the one that holds or tries them, never by that alone the one held —
whose nationality the place does not tell. So such a place is no recipient — neither the state of the place when the
rules found no target (events/sides.place_target), nor a place the ranker would pick (events/ranker.eligible) — when
the step is an inquiry or a foreigner stands where its author would. An authority's arrest in a place still takes the
place's people (اعتقلت الشرطة التونسية شخصا في سوسة: a Tunisian).
"""

from __future__ import annotations

from marsad.events.record import Participant
from marsad.knowledge.records import STATE_SECTORS

# holding and legal steps against people (trigger ids by prefix): not a raid, a blockade, a ban or a seizure,
# whose object is a place or a thing
_HELD = ("coerce-arrest", "coerce-detain", "coerce-sentence", "coerce-remand", "coerce-house-arrest",
         "coerce-jail", "coerce-commit-prison", "accuse-refer", "accuse-trial", "accuse-prosecute",
         "accuse-interrogate", "accuse-charge", "accuse-investigate")
_INQUIRY = ("accuse-investigate", "accuse-interrogate")
_AUTHORITIES = STATE_SECTORS


def holds(trigger_id: str) -> bool:
    """The trigger names a step taken against people: an arrest, a detention, a sentence, a trial, an inquiry."""
    return trigger_id.startswith(_HELD)


def place_not_target(trigger_id: str, actor: Participant | None, country: str | None) -> bool:
    """The state of the place a holding or legal step happens in is no target when the step is an inquiry
    (حققت الشرطة الفرنسية مع شخصين، فتحت تحقيقا في الأراضي الفلسطينية), or when no authority is named as its
    author but a person of another state is (اعتقل رجل من أصل مغربي في بلجيكا، طالب جزائري أوقف في ليون: the
    foreigner, read as the subject, is the one held, not Belgium) — not a state or a place by its name (باتجاه
    إيطاليا: a destination misread as the author). An authority's arrest, or one with no author
    (اعتقل 400 شخص في موسكو), takes the place's people, as the judged samples do (events/sides.place_target)."""
    if not holds(trigger_id):
        return False
    return trigger_id.startswith(_INQUIRY) or actor is not None and actor.actor.sector not in _AUTHORITIES \
        and actor.actor.kind not in ("country", "place") and actor.actor.country not in (None, country)


_ENFORCERS = frozenset({"COP", "JUD", "SPY"})


def holder_kind(trigger_id: str, actor: Participant | None, sector: str | None, country: str | None) -> bool:
    """A police, court or intelligence body of the holding authority's own state is no party the ranker may take
    as the one held (اعتقلته السلطات ... لتحقيقات الشرطة، احتجز قائدة السيارة ... أفراد الأمن: the police named
    around an arrest are its agents, not its target): only when the author is such an authority itself."""
    return holds(trigger_id) and not trigger_id.startswith(_INQUIRY) and actor is not None \
        and actor.actor.sector in _AUTHORITIES - {"MIL"} and sector in _ENFORCERS \
        and country in (None, actor.actor.country)
