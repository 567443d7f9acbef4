"""Who made a criticism, a demand, a threat or a call named by a plural noun, and at whom it was aimed, read from the
noun's own phrase rather than from the nearest party (used by events/noun_author.said_by and
events/statements.faced_by).

* Its bare genitive is its author, even with no addressee after it: انتقادات المعارضة، مطالب المحتجين بإقالة الوزير،
  دعوات المنظمات — a plural noun of criticism, demand, call, threat or warning names who voiced it there (not the
  accusations' genitive before the بـ of a charge: اتهامات المسؤولين بالفساد — the accused).
* Past a word of its leaders or officials: تهديدات قيادات واشنطن، مطالب قادة الحزب — the party they speak for.
* Past a hashtag's sign after من: انتقادات من #الاتحاد_الأوروبي — من X all the same.
* The owner of the thing criticised, named by a relative clause on the لـ noun: انتقادات من الاتحاد للرسوم التي
  فرضها الرئيس الأميركي — the president, whose tariffs they are, is the one criticised.
* Whoever rejects, answers, ignores or meets such demands or criticisms is their addressee, not their author:
  رفض الوزير مطالب النقابة، استجابت الحكومة لمطالب المحتجين، ردت الوزارة على انتقادات المعارضة.
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import RELATIVES
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# plural nouns of a statement whose bare genitive is who made it
_PLURALS = norm_words("""انتقادات مطالب مطالبات دعوات نداءات مناشدات تهديدات تحذيرات انذارات اتهامات ادانات
    ضغوط""")
_CHARGED = norm_words("اتهامات")  # (its genitive before the بـ of a charge is the accused)
_NOT_CHARGE = norm_words("بشان بشأن بسبب بخصوص بعد بين بحق بفعل به بها بهم بعض")
# the leaders or officials of the party named after them, in construct with the noun
_LEADERS = norm_words("""قيادات قاده زعماء زعيم مسؤولي مسوولي مسؤولو ممثلي ممثلو نواب قادة رئيس رييس وزير
    وزراء حكومه حكومة""")
# verbs of rejecting, answering, ignoring or meeting a demand or a criticism: their subject is its addressee
_ANSWERED = norm_words("""رفض رفضت رفضوا يرفض ترفض يرفضون رد ردت ردوا يرد ترد يردون استجاب استجابت يستجيب
    تستجيب لبى لبت يلبي تلبي تجاهل تجاهلت يتجاهل تتجاهل""")
_ANSWERED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def _head(hit: TriggerHit, toks: list[str]) -> str:
    return toks[hit.i][hit.strip:].removeprefix("ال")


def plural_noun(hit: TriggerHit, toks: list[str]) -> bool:
    """The trigger is a plural noun of criticism, demand, call, threat or warning (past its article and proclitics)."""
    return not hit.verbal and _head(hit, toks) in _PLURALS


def plural_author(hit: TriggerHit, toks: list[str], gen: Arg) -> bool:
    """The bare genitive `gen` right after a plural statement noun without the article is who made it: انتقادات
    المعارضة، مطالب المحتجين بـ (not اتهامات المسؤولين بالفساد, whose genitive is accused of the charge)."""
    if not plural_noun(hit, toks) or toks[hit.i][hit.strip:].startswith("ال"):
        return False
    if _head(hit, toks) in _CHARGED and gen.j < len(toks) and toks[gen.j][:1] == "ب" and toks[gen.j] not in _NOT_CHARGE:
        return False
    return True


def leaders_genitive(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """The party whose leaders or officials stand in construct right after a plural statement noun: تهديدات قيادات
    واشنطن — Washington's."""
    if not plural_noun(hit, toks) or toks[hit.i][hit.strip:].startswith("ال") or hit.j >= len(toks) or \
            toks[hit.j] not in _LEADERS:
        return None
    return next((a for a in after if a.i == hit.j + 1 and a.prep is None and not a.place), None)


def hashtag_from(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """The party after من and a hashtag's sign right after the noun: انتقادات من #الاتحاد_الأوروبي."""
    if hit.j + 2 >= len(toks) or toks[hit.j] != "من" or toks[hit.j + 1] != "#":
        return None
    return next((a for a in after if a.i == hit.j + 2 and not a.place and a.actor.kind != "place"), None)


def relative_owner(toks: list[str], lam: int, after: list[Arg]) -> Arg | None:
    """The subject of a relative clause on the لـ noun at `lam` (for its verb, right after the pronoun): للرسوم التي
    فرضها الرئيس الأميركي — whose tariffs are criticised."""
    if lam < 0 or lam + 3 >= len(toks) or toks[lam + 1] not in RELATIVES:
        return None
    return next((a for a in after if a.i == lam + 3 and a.prep is None and not a.place
                 and a.actor.kind != "place"), None)


def answered_at(hit: TriggerHit, toks: list[str]) -> int:
    """Where a verb stands that rejects, answers, ignores or meets the plural noun of demand, criticism or threat
    (within the three words before it: رفض الوزير مطالب، ردت الحكومة على انتقادات), or -1."""
    if not plural_noun(hit, toks) or hit.trigger.type not in _ANSWERED_TYPES:
        return -1
    return next((k for k in range(hit.i - 1, max(-1, hit.i - 4), -1)
                 if toks[k].removeprefix("و") in _ANSWERED), -1)


def own_author(hit: TriggerHit, toks: list[str], author: Arg | None) -> bool:
    """The noun's own phrase names `author` as who made it — its genitive (انتقادات المعارضة), its leaders'
    party (تهديدات قيادات واشنطن) or a من party right after it (مطالب من النقابة، من #الاتحاد) — so that inside
    someone's reported speech it stays theirs, not the speaker's (stages/events)."""
    if author is None or author.i < hit.j or not plural_noun(hit, toks):
        return False
    if author.prep is None:
        return author.i == hit.j and plural_author(hit, toks, author) or author is leaders_genitive(hit, toks, [author])
    return author.prep == "من" and author.i - hit.j <= 2 and toks[author.i - 1] in ("من", "#")


def in_content(hit: TriggerHit, toks: list[str], a: Arg) -> bool:
    """The party `a` stands inside what a plural noun of demand or call asks for — the verbal noun with بـ right after
    it (مطالب بإقالة وزير الداخلية، دعوات بالإفراج عن الصحفيين) —, not the noun's author: no genitive of it."""
    return plural_noun(hit, toks) and hit.j < len(toks) and toks[hit.j][:1] == "ب" and len(toks[hit.j]) > 4 and \
        hit.j < a.i <= hit.j + 2 and toks[hit.j] not in _NOT_CHARGE
