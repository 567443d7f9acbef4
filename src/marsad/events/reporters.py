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
protest (تظاهر صحفيون) and stay. A statement, an outlet's own words, is left alone.

Nor is an outlet a party of what it reports (`telling_outlet`, used by stages/events on a sentence's participants):
the subject of a verb of reporting with its content after it — قالت وكالة الأنباء الإماراتية إن القيادة العامة
تقدمت بتعازيها، ونوهت المجلة إلى أن المحققين طلبوا، نقلت الوكالة عن الوزير، ذكر مراسل "X" أن — or the medium of an
interview past its kind (في مقابلة مع محطة "X"). It is left out of the sentence's participants for the other types,
so the rules find the clause's own parties, and it is no speaker of a following وأضاف (the one it quotes is:
`relayed`). Its own verbs keep it — انتقدت صحيفة X، أشادت الصحيفة بـ، أعلنت القناة أنها ستقاضي."""

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


def condemned_object(toks: list[str], hit_i: int, strip: int, args: list[Arg]) -> bool:
    """The bare word of attack at `hit_i` (no proclitic: `strip` is 0) is the object of a verb of condemning, right
    after that verb or after its bare subject — أدانت الحكومة قصف الجيش للمتظاهرين، ندد الوزير الفرنسي قصف X —:
    a verbal noun, even in the letters of a past verb, whose doer is never the condemner."""
    if strip or hit_i < 1:
        return False
    return toks[hit_i - 1] in _CONDEMN or any(
        a.prep is None and a.j == hit_i and a.i >= 1 and toks[a.i - 1] in _CONDEMN for a in args)


def passive_told(toks: list[str], i: int) -> bool:
    """The attack noun at `i` follows أنه تم / أنها جرت (أعلن الجيش أنه تم إطلاق صواريخ): the pronoun is no
    subject of the act, which is told in the passive — not the speaker's own."""
    return any(toks[k] in _OWN and toks[k + 1] in _PASSIVE for k in range(max(0, i - 4), i - 1))


_MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
AFTER_COUNTING = _MATERIAL | {"PROTEST"}  # (the types whose outlet outlet_not_author strips, not telling_outlet)


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


# an outlet (or its reporter) telling what others did or said: قالت وكالة X إن، ذكرت صحيفة X أن، نقلت قناة X عن
# الوزير، أفاد مراسل X بأن، ونوهت المجلة إلى أن (not أعلن، نفى، انتقد: an outlet's own announcement, denial or
# criticism; the speech lexicon's verbs are not used: they hold those)
_REPORTING = _forms((("قال", "يقول"), ("ذكر", "يذكر"), ("أفاد", "يفيد"), ("نقل", "ينقل"), ("أورد", "يورد"),
                     ("بث", "يبث"), ("نشر", "ينشر"), ("كشف", "يكشف"), ("أشار", "يشير"), ("نوه", "ينوه"),
                     ("لفت", "يلفت"), ("أضاف", "يضيف"), ("أوضح", "يوضح"), ("أكد", "يؤكد"), ("روى", "يروي")))
_CORRESPONDENT = norm_words("مراسل مراسله مراسلنا مراسلتنا مراسلو مراسلي")
_OUTLETS = ("organisation", "institution", "generic")
_MARKS = frozenset('« » " “ ” ( )'.split())
_CONTENT = cues.SAID_THAT | {":", "عن"}  # (what is told: إن / أن ...، ": ..."، نقلت عن الوزير)
_MEDIUM_KINDS = norm_words("محطه قناه شبكه وكاله صحيفه مجله اذاعه موقع تلفزيون")
_INTERVIEW = norm_words("مقابله مقابلته مقابلتها مقابلات حوار حواره حديث حديثه لقاء")


def _back(toks: list[str], k: int) -> int:
    """The first token at or before k that is no quote or bracket."""
    while k >= 0 and toks[k] in _MARKS:
        k -= 1
    return k


def telling_outlet(a: Arg, toks: list[str]) -> bool:
    """`a`, a news outlet (MED) or its correspondent, is the subject of a verb of reporting whose content (إن /
    أن ...، ": ..."، عن فلان) follows — قالت وكالة الأنباء الإماراتية إن القيادة العامة تقدمت بتعازيها، ونوهت
    المجلة الألمانية إلى أن المحققين طلبوا، وذكر مراسل "X" أن القضاء قرر، صحيفة X ذكرت أن — or the medium of an
    interview past its kind (في مقابلة مع محطة "X"): it tells the events of the sentence and is a party of none.
    Its own acts stay: انتقدت صحيفة X الحكومة، أعلنت القناة أنها ستقاضي، نشرت الصحيفة تقريرا اتهمت فيه."""
    if a.actor.sector != "MED" or a.prep is not None:
        return False
    if a.actor.kind not in _OUTLETS and toks[a.i] not in _CORRESPONDENT:
        return False
    k = _back(toks, a.i - 1)
    if k >= 0 and toks[k] in _CORRESPONDENT:  # (ذكر مراسل "سكاي نيوز عربية")
        k = _back(toks, k - 1)
    if k >= 0 and toks[k] in _MEDIUM_KINDS:  # في مقابلة مع محطة "فوكس نيوز"
        m = _back(toks, k - 1)
        if m >= 0 and toks[m] == "مع" and any(w.removeprefix("و").removeprefix("في") in _INTERVIEW
                                               for w in toks[max(0, m - 2):m]):
            return True
    before = k >= 0 and toks[k] in _REPORTING
    after = a.j < len(toks) and toks[a.j] in _REPORTING and (a.i == 0 or toks[a.i - 1] in (".", "،", ",", "و"))
    if not (before or after):
        return False
    # (the first content after it, not past another verb of reporting: نشرت الوكالة رسالة الوزير التي قال فيها إنه)
    start = a.j + 1 if after else a.j
    k = next((k for k in range(start, min(len(toks), start + 30)) if toks[k] in _CONTENT or toks[k] in _REPORTING),
             -1)
    return k >= 0 and toks[k] in _CONTENT


def telling_outlets(args: list[Arg], toks: list[str]) -> list[Arg]:
    """The participants that are an outlet telling the sentence (`telling_outlet`), with its name repeated after it
    between quotes or brackets (وكالة أنباء الصين الجديدة "شينخوا")."""
    out: list[Arg] = []
    for a in args:
        if telling_outlet(a, toks) or out and a.actor.sector == "MED" and a.prep is None and all(
                w in _MARKS for w in toks[out[-1].j:a.i]):
            out.append(a)
    return out


def relayed(args: list[Arg], told: Arg) -> Arg | None:
    """The party an outlet quotes (نقلت وكالة X عن الوزير Y: the minister speaks), else None."""
    return next((a for a in args if a.prep == "عن" and 0 <= a.i - told.j <= 2), None)
