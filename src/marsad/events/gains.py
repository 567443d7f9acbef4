"""Who wins ground in or after an attack is its author, not its victim.

An attack noun told as the circumstance of a verb (قتل خمسة جنود في هجوم، أصيب مدنيون خلال القصف) has the people
before it as its victims (events/roles, victim_frame). Not when the verb before it is one of winning ground —
freeing, taking, retaking, clearing, routing, advancing (حررت قوات الجيش مواقع خلال هجوم مباغت، تمكنت القوات من
السيطرة على البلدة عقب عملية عسكرية، استعاد الجيش مواقع إثر هجوم): who gains is the side that attacked.
Nor when the verb before it is an active verb of killing, its armed subject right after it and a count of its
victims past that (وقتل مسلحون 20 شخصا في هجوم على فندق، قتل الجنود أكثر من 30 متمردا في هجمات جوية): who
killed is the attack's author (events/gains.killer).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_GAINS = norm_words("""حرر حررت حرروا يحرر تحرر يحررون تحرير سيطر سيطرت سيطروا يسيطر تسيطر يسيطرون السيطره
    استعاد استعادت استعادوا يستعيد تستعيد يستعيدون استعاده طهر طهرت طهروا يطهر تطهر تطهير دحر دحرت دحروا يدحر
    تدحر دحر تقدم تقدمت تقدموا يتقدم تتقدم يتقدمون احرز احرزت احرزوا يحرز تحرز استولى استولت استولوا يستولي
    تستولي""")
_REACH = 12  # words from the winner to the attack noun
_NOUNS = norm_words("تحرير السيطره استعاده تطهير")  # verbal nouns of winning, after تمكن من / نجح في


def gained(toks: list[str], winner: Arg, i: int) -> bool:
    """A verb (or verbal noun) of winning ground told by `winner` before the attack noun at token `i`: right before
    the winner (VSO: حررت قوات الجيش) or between them (قوات الجيش تمكنت من تحرير)."""
    if i - winner.j > _REACH:
        return False
    words = toks[max(0, winner.i - 2):winner.i] + toks[winner.j:i]
    return any(w.removeprefix("و").removeprefix("ف") in _GAINS for w in words)


# the attack nouns a winner's clause may tell as its circumstance, and the words that mark it so
_FIGHTS = norm_words("هجوم هجمات هجوما غاره غارات ضربه ضربات قصف عمليه عمليات معركه معارك مواجهات اشتباكات قتال")
_WHEN = norm_words("خلال عقب اثر إثر بعد اثناء في ضمن")
# the verbs whose subject a verbal noun of winning shares: enabling, and announcing (أعلن الجيش تحرير مواقع)
ENABLED = norm_words("""تمكن تمكنت تمكنوا تمكنا تمكنتا نجح نجحت نجحوا استطاع استطاعت استطاعوا اعلن اعلنت""")
_NOT_BETWEEN = norm_words("في على الى إلى عن مع ب ل")  # (a verb and its subject: وحدات من قوات الجيش، السبت،)
_ARMED = frozenset({"MIL", "COP", "REB", "IMG"})
# what ends the winner's clause before the attack noun: another clause, what is said, a relative of another subject
OTHER = norm_words(". ؛ : ان أن إن انه انها فيما بينما وفيما وبينما لكن ولكن بينما حين قال قالت")
_WINNER_REACH = 30  # words from the winner to the attack noun
_SUBJECT_REACH = 4  # words from the verb to its subject (السبت، الجمعة)


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def armed_subject(args: list[Arg], toks: list[str], v: int) -> Arg | None:
    """The armed party that is the subject of the verb at `v`: the bare one right after it (past commas and a
    day), else the one right before it (قد may stand between)."""
    after = next((a for a in args if v < a.i <= v + _SUBJECT_REACH and a.prep is None and not a.place), None)
    if after is not None and not any(toks[k] in _NOT_BETWEEN or toks[k] in OTHER for k in range(v + 1, after.i)):
        return after if after.actor.sector in _ARMED else None
    before = next((a for a in args if a.prep is None and not a.place and (
        a.j == v or a.j == v - 1 and toks[v - 1] in ("قد", "لقد"))), None)
    return before if before is not None and before.actor.sector in _ARMED else None


def winner(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The armed party that won ground in or after the attack noun at `hit`, told as its circumstance (حرر الجيش،
    الجمعة، مواقع جديدة في تعز من قبضة الميليشيات، عقب معارك عنيفة; تمكنت قوات الجيش، السبت، من تحرير مواقع ...،
    خلال هجوم مباغت; سيطرت قوات الحكومة على أراض ...، في هجوم بري): the subject of the verb of winning — or of
    تمكن / نجح before its verbal noun — in the same clause, no verb of saying, أن or other clause between."""
    w = toks[hit.i]
    if hit.verbal or hit.trigger.type != "ASSAULT" or w[hit.strip:].removeprefix("ال") not in _FIGHTS:
        return None
    if not (hit.i > 0 and toks[hit.i - 1] in _WHEN or w[:hit.strip].endswith("ب") and hit.strip <= 2):
        return None
    if any(a.prep in ("مع", "بين") and 0 <= a.i - hit.j <= 3 for a in args):
        return None  # معارك عنيفة مع الميليشيات: two sides, one record each (events/sides.mutual)
    for v in range(hit.i - 2, max(-1, hit.i - _WINNER_REACH), -1):
        if toks[v] in OTHER:
            return None
        g = _bare(toks[v])
        if g not in _GAINS:
            continue
        if g not in _NOUNS:
            return armed_subject(args, toks, v)
        # تمكنت القوات من تحرير: the verbal noun's subject is that of the verb of enabling before it
        e = next((k for k in range(v - 1, max(-1, v - _WINNER_REACH), -1) if _bare(toks[k]) in ENABLED
                  or toks[k] in OTHER), -1)
        return armed_subject(args, toks, e) if e >= 0 and _bare(toks[e]) in ENABLED else None
    return None


_KILLS = norm_words("قتل قتلت قتلوا قتلا يقتل تقتل يقتلون")
_COUNT = norm_words("""اثنين ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات العشرات مئات المئات نحو اكثر
    قرابه حوالي زهاء""")
# one side's attacks, not clashes (قتلت القوات خمسة مسلحين في اشتباكات: two sides, one record each, events/sides)
_STRIKES = norm_words("هجوم هجمات هجوما غاره غارات ضربه ضربات قصف عمليه عمليات كمين كمينا")


def killer(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The armed subject of an active verb of killing whose circumstance the attack noun at `hit` is — وقتل مسلحون
    20 شخصا على الأقل في هجوم على فندق، قتل المسلحون ستة جنود في كمين: the subject right after the verb, a count
    of the killed past it (with no count the verb is passive and its subject the killed: قتل جنود في هجوم), in
    the same clause, nothing said or another clause between."""
    w = toks[hit.i][hit.strip:].removeprefix("ال")
    if hit.verbal or hit.trigger.type != "ASSAULT" or w not in _STRIKES:
        return None
    if not (hit.i > 0 and toks[hit.i - 1] in _WHEN):
        return None
    for v in range(hit.i - 2, max(-1, hit.i - _WINNER_REACH), -1):
        if toks[v] in OTHER or toks[v] in ("،", ","):
            return None
        if _bare(toks[v]) not in _KILLS:
            continue
        subject = next((a for a in args if a.i == v + 1 and a.prep is None and not a.place), None)
        if subject is None or subject.actor.sector not in _ARMED or not any(
                t[:1].isdigit() or t in _COUNT for t in toks[subject.j:hit.i - 1]):
            return None
        return subject
    return None
