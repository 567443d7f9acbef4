"""Who reports or condemns an attack is not its author (used by stages/events and events/ranker).

The speaker of a verb of saying whose complement clause (after أن / إن) holds an attack noun — قال المرصد إن قصفا
جويا استهدف البلدة، قال مسؤول في الحزب إن الضربات مستمرة، أكد الجيش أنه تم إطلاق صواريخ — tells of the attack; so
does the subject of a verb of condemning whose object it is — دانت الحكومة القصف الذي أدى إلى مقتل. Neither carried
it out: the rules do not take it as the author, nor does the ranker (but an armed body may be telling of its own
war: the ranker weighs it). A noun with its own possessive (غاراته) or a clause that makes the speaker its subject
again (أعلن الجيش أنه نفذ غارات: أنه + a verb that is no تم / جرى) is the speaker's own act, left to the rules.

A news outlet or a journalist (sector MED) carries out no material act at all: it tells of it or suffers it —
وكان التلفزيون السوري أكد تعرض مواقع لقصف، أعلن التلفزيون العراقي القبض على خمسة، قالت أسوشيتد برس إن الخلية
احتجزت رهائن، أكد المتحدث وقوع الهجوم لفرانس برس، الصحفي فلان قتل —: an attack, a coercion, a mobilisation or a
sanction whose author the rules or the ranker took to be a medium loses that actor after the ranker
(`outlet_not_author`) and keeps its other role, its place and whether it counts (the act is told, only its author
unnamed). Nor is an outlet the crowd of a protest it tells of — قالت وكالة فارس إنه "تظاهرت مجموعة" —: the
crowd is its country's unnamed civilians (as the event stage codes an unnamed crowd); journalists themselves do
protest (تظاهر صحفيون) and stay. A statement, an outlet's own words, is left alone."""

from __future__ import annotations

from dataclasses import replace

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import verb_forms
from marsad.events.record import Event, Participant
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm_words

# the verbs of saying are the speech lexicon's (data/speech.yaml, passed in as `say`), but رأى (an opinion: ترى
# الحكومة في X خطرا ... وكانت قد قصفت — the أن or act after it is not what it tells); these few tell of an attack
# and stay out of the lexicon, whose speaker rule they would change everywhere: نقل (an outlet relays another's
# words: نقلت الوكالة عن مصدر أن), زعم and ادعى (a claim the teller distances itself from)
_TELLING_STEMS = (("نقل", "ينقل"), ("زعم", "يزعم"), ("ادعى", "يدعي"))
_OPINION = verb_forms("رأى", "يرى")
_CONDEMN_STEMS = (("دان", "يدين"), ("أدان", "يدين"), ("ندد", "يندد"), ("استنكر", "يستنكر"), ("شجب", "يشجب"))


def _forms(stems: tuple[tuple[str, str], ...]) -> frozenset[str]:
    forms = {f for past, present in stems for f in verb_forms(past, present)}
    return frozenset(forms | {"و" + f for f in forms} | {"ف" + f for f in forms})


_TELLING = _forms(_TELLING_STEMS)
_CONDEMN = _forms(_CONDEMN_STEMS)
_THAT = cues.SAID_THAT | {":"}
_OWN = norm_words("انه انها انهم بانه بانها بانهم")  # (أنه نفذ: the speaker is the subject again)
_PASSIVE = norm_words("تم يتم جرى يجري")
_WHILE = norm_words("فيما وفيما بينما وبينما حين . ؛")  # (the reporter's own clause ends)


ARMED = ("MIL", "COP", "REB", "SPY")  # (the ranker leaves an armed body telling of an attack to its weights)
# an armed body telling of its operations or battles, or an army of its strikes, tells its own (trigger ids)
_OWN_WAR = {"assault-military-operation": ("MIL", "COP", "REB"), "assault-battles": ("MIL", "COP", "REB"),
            "assault-strike-air": ("MIL",), "assault-airstrike": ("MIL",), "assault-target": ("MIL",)}


def _says(tok: str, say: frozenset[str]) -> bool:
    bare = tok[1:] if tok[:1] in ("و", "ف") and tok not in say else tok
    return tok in _TELLING or bare in say and bare not in _OPINION


def reporter(toks: list[str], i: int, a: Arg | None, trigger: str, say: frozenset[str]) -> bool:
    """`a`, a participant before the attack noun at `i` (of the trigger entry `trigger`), tells of it: it stands
    between a verb of saying and the complement clause (أن / إن) that holds the attack — the speaker and his
    description (قال X، المسؤول في Y، إن ...) —, or is the bare subject of that verb before it (X أكد أن ...), or
    the bare subject of a verb of condemning whose object the attack is (دانت X ...). An armed body telling of its
    operation or battles (أعلن الجيش أن العملية العسكرية ...، قال المتحدث باسم الجيش إن معارك المدينة متواصلة),
    or an army of strikes or targeting (قال الجيش إن الضربات الجوية استهدفت ...، أنه تم استهداف ...), tells its
    own. `say`: the speech lexicon's verb forms (SpeechLexicon.verbs)."""
    if a is None or a.j > i or a.actor.sector in _OWN_WAR.get(trigger, ()):
        return False
    start = next((k + 1 for k in range(i - 1, -1, -1) if toks[k] in _WHILE), 0)  # (the reporter's own clause)
    # (not بعد أن / قبل أن: a clause of time, no complement of saying — قالت مصادر إن القوات تقدمت بعد أن شنت هجوما)
    c = next((k for k in range(i - 1, start - 1, -1) if toks[k] in _THAT and not (
        k > 0 and toks[k - 1] in cues.TIME_OPENERS)), -1)
    v = next((k for k in range(c - 1, max(start, c - 16) - 1, -1) if _says(toks[k], say)), -1) if c >= 0 else -1
    if v >= 0 and (v < a.i and a.j <= c or a.prep is None and 0 <= v - a.j <= 1):
        # أنه نفذ غارات: "that it carried out" — its own act (but أنه تم إطلاق: passive, no author said)
        return not (toks[c] in _OWN and c + 1 < i and toks[c + 1] not in _PASSIVE)
    if a.prep is not None or a.i < start:
        return False
    # دانت X ...، X يدين ...: the verb right before its subject or right after it (not استنكرت إقدام X على:
    # a genitive is no subject)
    return a.i - 1 >= start and toks[a.i - 1] in _CONDEMN or a.j < i and toks[a.j] in _CONDEMN


def passive_told(toks: list[str], i: int) -> bool:
    """The attack noun at `i` follows أنه تم / أنها جرت (أعلن الجيش أنه تم إطلاق صواريخ): the pronoun is no
    subject of the act, which is told in the passive — not the speaker's own."""
    return any(toks[k] in _OWN and toks[k + 1] in _PASSIVE for k in range(max(0, i - 4), i - 1))


_MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})


def outlet_not_author(events: list[Event]) -> list[Event]:
    """The events with a medium taken for the author of a material act left without an actor, and an outlet taken
    for a protest's crowd made its country's unnamed civilians (see the module)."""
    return [_outlet_not_author(e) for e in events]


def _outlet_not_author(e: Event) -> Event:
    a = e.actor
    if a is None or a.actor.sector != "MED":
        return e
    if e.event_type in _MATERIAL:
        return replace(e, actor=None)
    if e.event_type == "PROTEST" and a.actor.kind in ("organisation", "institution"):  # (not صحفيون: they protest)
        c = a.actor.country
        crowd = Actor(None, c, "CVL", make_code(c, "CVL"), None, "generic") if c else None
        return replace(e, actor=Participant(e.trigger, crowd, implicit=True) if crowd else None)
    return e
