"""A state's armed force announcing the deaths of the armed men it fights tells its own act (used by
events/responsible.attack_parties).

أعلن الجيش اليمني، السبت، مقتل 10 قيادات من ميليشيات الحوثي، أفاد المتحدث العسكري للقوات المسلحة، الثلاثاء، بمقتل 450
إرهابيا، وكان الجيش، كشف، الأحد، عن مقتل 500 عنصر من الميليشيات: the army, police or their spokesman that announces — as
the subject of a verb of announcing right before or after it — a death noun (مقتل، مصرع) with only commas, a day, a time
word or "in a statement" between them, is the killer when the dead are its enemies: a coded armed group (REB, IMG)
counted right after the noun, or, with none coded, an armed man, militant or terrorist named by a word of such (مسلحا،
إرهابيين، عنصرا تكفيريا، المتورطين). Not when the dead are its own or civilians, not in a clause after أن (what is said,
not announced), not for an armed group announcing (the dictionaries often know too little of its wing's name), and not
when the killing is told as the work of an attack or clash whose own side is named after it — في غارات روسية، في غارات
للطيران الروسي، في اشتباكات مع الجيش: that attack's author or the other side is the killer
(events/sides.join_consequence, clash_side). With only such words, no party named later in the sentence is the target
(الجيش المصري in a relative clause further on); the dead are unnamed.

So is such a force announcing, the same way, a verbal noun of its own strike — downing, destroying, targeting,
shelling, firing: أعلن التحالف العربي إسقاط طائرة مسيرة، أعلن الجيش، الأحد، تدمير نفق (`announced_act`): its author,
whoever it hits, when the rules found none."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.authors import ATTACK_NOUNS, CLASH_NOUNS
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_ANNOUNCE = norm_words("اعلن اعلنت كشف كشفت افاد افادت اكد اكدت اوضح اوضحت ذكر ذكرت")
_DEATHS = norm_words("مقتل مصرع")
# what may stand between the announcer (or its verb) and the death noun
_GAP = norm_words("""، , عن في بيان له لها رسمي رسميا اليوم امس أمس مساء صباح الليله فجر ظهر الاحد الاثنين الثلاثاء
    الاربعاء الخميس الجمعه السبت يوم قد""")
_FORCES = frozenset({"MIL", "COP"})
_ENEMIES = frozenset({"REB", "IMG"})
_ENEMY_WORDS = norm_words("""مسلحا مسلحين مسلحون المسلحين ارهابيا ارهابيين ارهابيون الارهابيين تكفيريا تكفيريين
    التكفيريين متطرفا متطرفين المتطرفين انتحاريا انتحاريين المتورطين متورطين مطلوبين المطلوبين""")
_BY = ATTACK_NOUNS | CLASH_NOUNS
_PREPOSITIONS = norm_words("على علي في الى إلى من عن ضد نحو قرب مع")
_BY_REACH = 12  # words after the death noun where the attack it is told in may stand
_COUNTED = 4  # words after the death noun where the dead are counted (مقتل 19 عنصرا تكفيريا، مقتل 6 من المتورطين)


def _verb(w: str) -> bool:
    return w in _ANNOUNCE or w[:1] in ("و", "ف") and w[1:] in _ANNOUNCE


def _enemy(a: Arg) -> bool:
    return a.actor.sector in _ENEMIES or a.actor.country == "IMG"


def announced_killing(hit: TriggerHit, toks: list[str], args: list[Arg], recipient: Arg | None
                      ) -> tuple[Arg, Arg | None] | None:
    """(killer, dead) when the death noun at `hit` is announced by a state's armed force of the deaths of its
    enemies (see the module); else None."""
    if hit.trigger.type != "ASSAULT" or hit.verbal or toks[hit.i][hit.strip:] not in _DEATHS:
        return None
    force = next((a for a in reversed(args) if a.j <= hit.i and a.prep is None and not a.place), None)
    if force is None or force.actor.sector not in _FORCES or force.actor.kind not in (
            "institution", "organisation", "person", "generic", "country"):
        return None
    if force.i > 0 and _verb(toks[force.i - 1]):
        k = force.j  # أعلن الجيش، السبت، مقتل
    else:  # الجيش اليمني، كشف، الأحد، عن مقتل
        k = next((k for k in range(force.j, hit.i) if toks[k] not in ("،", ",")), hit.i)
        if k >= hit.i or not _verb(toks[k]):
            return None
        k += 1
    inside = {n for a in args if a.prep is None or a.prep == "ل" for n in range(a.i, a.j)}
    # (the force's apposition — المتحدث العسكري للقوات المسلحة المصرية — may stand between as well)
    if any(toks[n] not in _GAP and n not in inside for n in range(k, hit.i)):
        return None
    for n in range(hit.j, min(len(toks), hit.j + _BY_REACH)):
        if toks[n] in (".", "؛", ":"):
            break
        # (right after the noun or past one adjective of it — not past a preposition: في هجمات على مواقع باكستانية)
        if toks[n].lstrip("وب").removeprefix("ال") in _BY and any(  # في غارات روسية، في اشتباكات مع الجيش
                not a.place and (a.actor.kind == "nationality" and a.prep is None or a.prep == "ل") and (
                    a.i == n + 1 or a.i == n + 2 and toks[n + 1] not in _PREPOSITIONS)
                or "مع" in toks[n + 1:n + 3] and n + 1 < a.i <= n + 4 and not a.place for a in args):
            return None
    counted = [a for a in args if hit.j <= a.i <= hit.j + _COUNTED and not a.place and a.actor.kind != "place"]
    if counted:
        return (force, counted[0]) if _enemy(counted[0]) else None
    if not any(w.removeprefix("و") in _ENEMY_WORDS for w in toks[hit.j:hit.j + _COUNTED]):
        return None
    keep = recipient if recipient is not None and _enemy(recipient) else None
    return force, keep


# verbal nouns of a strike a force announces as its own (not of death: announced_killing weighs who died)
_ACTS = norm_words("اسقاط تدمير استهداف قصف اطلاق ضرب")


def announced_act(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The state's army or police that announces, as the subject of a verb of announcing right before or after it,
    the verbal noun of a strike at `hit` (أعلن التحالف إسقاط طائرة، الجيش، أعلن، الأحد، تدمير نفق) — only commas,
    a day, a time word or "in a statement" between them — or None."""
    if hit.trigger.type != "ASSAULT" or hit.verbal or toks[hit.i][hit.strip:] not in _ACTS:
        return None
    force = next((a for a in reversed(args) if a.j <= hit.i and a.prep is None and not a.place), None)
    if force is None or force.actor.sector not in _FORCES or force.actor.kind not in (
            "institution", "organisation", "generic", "country"):
        return None
    if force.i > 0 and _verb(toks[force.i - 1]):
        k = force.j
    else:
        k = next((k for k in range(force.j, hit.i) if toks[k] not in ("،", ",")), hit.i)
        if k >= hit.i or not _verb(toks[k]):
            return None
        k += 1
    inside = {n for a in args if a.prep is None or a.prep == "ل" for n in range(a.i, a.j)}
    return force if all(toks[n] in _GAP or n in inside for n in range(k, hit.i)) else None
