"""The attack a party answers, starts or meets something with (used by events/responsible.attack_parties).

A verb of answering, starting first, confronting or forestalling — رد، بادر، واجه، استبق، قابل — takes the means of
its act under بـ: ردت إسرائيل بقصف مواقع، بادر المسلحون بإطلاق النار، واجهت الشرطة المحتجين بإطلاق الرصاص،
استبقت القوات الزيارة بقصف. The attack noun under that بـ is the verb's subject's own act: the subject is its
author, never its target. The subject is the bare party right after the verb (past what it answers — عليها،
على الهجوم), or the one right before it (الجيش رد بقصف، القوات التي ردت بقصف). An accusation, threat or call
between them owns the بـ noun instead (رد على اتهامات X بقصف: X's alleged act), and no subject named leaves the
roles as they were. The attack it answers — ردت إسرائيل على الهجوم، رد الجيش على هذه الهجمات — is another's:
the one who answers is not its author (answered)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import RELATIVES
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_VERBS = norm_words("""رد ردت ردوا ردتا يرد ترد يردون بادر بادرت بادروا يبادر تبادر يبادرون واجه واجهت واجهوا
    يواجه تواجه يواجهون استبق استبقت استبقوا يستبق تستبق يستبقون قابل قابلت قابلوا يقابل تقابل يقابلون""")
# the light verb a بـ may stand on before the attack noun: ردت بشن غارات، بادروا بتنفيذ هجوم، بإطلاق الرصاص
_CARRY = norm_words("بشن بتنفيذ باطلاق")
# nouns that govern a بـ of their own: the act they tell of is alleged, threatened or asked for, not done
_OWNERS = ("اتهام", "تهم", "تهديد", "دعو", "مطالب", "مزاعم", "ادعاء", "وعيد", "توعد")
_STOPS = frozenset({".", "؛", ":", "؟"})  # (a comma may stand before the بـ: ردت إسرائيل على الضربات، بقصف)
_REACH = 8  # tokens from the verb to the بـ
_BEFORE = norm_words("قد لقد")
_ANSWER = norm_words("رد ردت ردوا ردتا يرد ترد يردون")
_THIS = norm_words("هذا هذه ذلك تلك هذين هاتين")


def _verb(w: str) -> bool:
    return w in _VERBS or w[:1] in ("و", "ف") and w[1:] in _VERBS


def responder(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The subject of رد / بادر / واجه / استبق / قابل whose بـ governs the attack noun at `hit`, or None."""
    if hit.verbal:
        return None
    at = hit.i if toks[hit.i][:1] == "ب" and hit.strip >= 1 else hit.i - 1 if (
        hit.i > 0 and toks[hit.i - 1] in _CARRY) else -1
    if at < 1:
        return None
    k = next((k for k in range(at - 1, max(-1, at - 1 - _REACH), -1) if _verb(toks[k]) or toks[k] in _STOPS), -1)
    if k < 0 or not _verb(toks[k]):
        return None
    if any(w.lstrip("وب").removeprefix("ال").startswith(_OWNERS) for w in toks[k + 1:at]):
        return None  # رد على اتهامات X بقصف: the بـ is the accusation's
    # the subject after the verb comes before what it answers (ردت عليها فصائل، ردت إسرائيل على الهجوم); a plural
    # or dual verb has its subject before it (الجنود ردوا، المسلحون بادروا): a verb before its subject is singular
    cut = next((t for t in range(k + 1, at) if toks[t] in ("على", "علي")), at)
    before = [a for a in args if not a.place and (  # (وردت: a new clause, the party before it is not its subject)
        a.prep is None and toks[k] in _VERBS and (a.j == k or a.j == k - 1 and toks[k - 1] in _BEFORE)
        or a.j == k - 1 and toks[k - 1] in RELATIVES)]  # القوات التي ردت: the relative's antecedent
    if before:
        return before[-1]
    if toks[k].endswith(("وا", "تا")):
        return None
    after = [a for a in args if k < a.i and a.j <= cut and a.prep is None and not a.place and not a.accusative]
    return after[0] if after else None


def answered(hit: TriggerHit, toks: list[str], actor: Arg | None) -> bool:
    """The attack noun at `hit` is what a verb of answering before it answers with على (ردت إسرائيل على الهجوم،
    رد الجيش على تلك الهجمات), and `actor`, named between the verb and the noun, is the one who answers: not its
    author."""
    if hit.verbal or actor is None or hit.i < 2:
        return False
    on = hit.i - 2 if toks[hit.i - 1] in _THIS else hit.i - 1
    if toks[on] not in ("على", "علي"):
        return False
    k = next((k for k in range(on - 1, max(-1, on - 1 - _REACH), -1) if toks[k] in _ANSWER or toks[k][:1] in (
        "و", "ف") and toks[k][1:] in _ANSWER or toks[k] in _STOPS or toks[k] in ("،", ",")), -1)
    return k >= 0 and toks[k] not in _STOPS and toks[k] not in ("،", ",") and k < actor.i and actor.j <= on
