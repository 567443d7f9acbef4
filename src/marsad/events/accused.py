"""Accusations told from the side of the accused. A statement noun of blame that someone draws (أثار الوزير
انتقادات واسعة), that reaches someone (طالت الحكومة اتهامات), that someone undergoes past a noun of quantity
(تعرض الرئيس لموجة انتقادات) or faces (بعد مواجهة الشركة اتهامات) has that someone as its target; and one that
someone denies or answers (نفت موسكو الاتهامات، يرفض الوزير هذه الانتقادات) was made against the denier; the passive
participle before the بـ of a charge (شركات متهمة بالتهريب) describes the accused. The subject of those verbs is
never the accuser: the accuser is the noun's genitive or comes with من (من جانب)، else no one is named."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import WHICH
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_DRAWN = norm_words("اثار اثارت اثاروا يثير تثير يثيرون طال طالت يطال تطال")  # drew / reached
_FACING = norm_words("مواجهه مواجهته مواجهتها مواجهتهم لمواجهه بمواجهه")  # بعد مواجهة اتهامات: the subject's
_UNDERGONE = norm_words("تعرض تعرضت تعرضوا يتعرض تتعرض يتعرضون")  # تعرض لموجة / لحملة / لسيل انتقادات
_DENIED = norm_words("""نفى نفت نفوا ينفي تنفي ينفون انكر انكرت ينكر تنكر رفض رفضت رفضوا يرفض ترفض يرفضون دحض دحضت
    يدحض تدحض فند فندت يفند تفند رد ردت يرد ترد""")
_ANSWERED = norm_words("على علي")  # رد على الاتهامات
_ANSWERED_BY = norm_words("رد ردت يرد ترد")
_CLAIMS = norm_words("اتهامات اتهام انتقادات انتقاد تهم تهمه مزاعم ادعاءات اتهاما")
_REACTIONS = norm_words("""انتقادا استياء استياءا تنديد تنديدا ادانه ادانات ادانة استنكار استنكارا شجب سخط غضب
    احتجاج احتجاجات""")
_FILLERS = norm_words("""هذه تلك هذا ذلك كل جميع بشده بشدة باستمرار قطعيا قاطعا تماما مجددا مجدداً ايضا كليا بدوره
    بدورها من جهته جهتها""")
_AUTHOR_PREPS = norm_words("من لدى لدي بين")
_TARGET_PREPS = norm_words("ل ضد تجاه بحق الى الي")
_ACCUSED = norm_words("متهم متهما متهمه متهمون متهمين")  # the passive participle "accused" (before بـ)
_BEING = norm_words("كان كانت كانوا باتت بات اصبح اصبحت هو هي هم")
_GOVERNING = _DRAWN | _DENIED | _FACING
_DRAWN_NOUNS = _CLAIMS | _REACTIONS
_BREAKS = frozenset((".", "؛", ":", "?", "؟", "!"))


def _verb(toks: list[str], k: int, words: frozenset[str]) -> bool:
    w = toks[k]
    return w in words or w[:1] in ("و", "ف") and w[1:] in words


def _author(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """Who made the accusation: the noun's bare genitive (استياء طهران), a nationality agreeing with it (انتقادات
    أميركية), or one named with من / من جانب / لدى / بين in the next words."""
    for a in people:
        if a.place or a.i < hit.j or a.i - hit.j > 3:
            continue
        if a.prep is None and a.i == hit.j:  # (a capital stands for its state: اتهامات لندن لها)
            return a
        if a.actor.kind == "place":
            continue
        if a.prep is None and a.actor.kind == "nationality":
            return a
        if a.prep in _AUTHOR_PREPS or toks[a.i - 1] in ("جانب", "قبل", "صفوف"):
            return a
    return None


def _relative_author(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The subject of a relative clause on the noun (الانتقادات التي وجهتها إليه السفيرة): who made it."""
    if hit.j >= len(toks) or toks[hit.j] not in WHICH:
        return None
    return next((a for a in people if a.prep is None and not a.place and hit.j + 2 <= a.i <= hit.j + 4), None)


def _named_target(hit: TriggerHit, toks: list[str], people: list[Arg], author: Arg | None) -> Arg | None:
    """The accused named after the noun with لـ / ضد / تجاه / بحق (انتقادات وجهت لعمدة لندن)."""
    return next((a for a in people if a is not author and not a.place and a.prep in _TARGET_PREPS
                 and 0 <= a.i - hit.j <= 3), None)


def _subject(toks: list[str], people: list[Arg], v: int, end: int) -> Arg | None:
    """The subject of the verb at v: the first bare participant between it and `end`, else the one right before the
    verb (ترامب أثار, القس الذي ينفي: past a relative pronoun)."""
    inside = next((a for a in people if v < a.i and a.j <= end and a.prep is None and not a.place), None)
    if inside is not None:
        return inside
    k = v - 1 if v > 0 and toks[v - 1] in ("الذي", "التي", "الذين") else v
    return next((a for a in people if a.j == k and a.prep is None and not a.place), None)


def _held_accused(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg | None] | None:
    """شركات صينية متهمة بالقيام بـ, الخرطوم التي كانت متهمة بدعم: the passive participle متهم followed by the بـ of
    the charge (not by a party: متهمة بريطانيا بـ is "accusing Britain") describes the accused — the participant
    right before it (past كان / هو; for the definite المتهمة, past a comma: الناشطة، المتهمة بـ); the accuser is
    named only with من جانب / من قبل right after the participle (الجماعة المتهمة من جانب أنقرة بـ). (accuser,
    accused); None when no participant is there."""
    head = toks[hit.i][hit.strip:].lstrip("و")
    definite = head.startswith("ال") and head[2:] in _ACCUSED
    if not (definite or head in _ACCUSED) or hit.j >= len(toks):
        return None
    by = next((a for a in people if definite and a.i == hit.j + 2 and toks[hit.j] == "من"
               and toks[hit.j + 1] in ("جانب", "قبل") and not a.place), None)
    if by is None and (not toks[hit.j].startswith("ب") or any(
            hit.j <= a.i <= hit.j + 3 and a.prep is None or a.i == hit.j for a in people)):
        return None  # (متهما بالوقوف وراءه جماعات: the object follows the charge, the participle is active)
    k = hit.i - 1 if hit.i > 0 and toks[hit.i - 1] in _BEING or definite and toks[hit.i - 1] in ("،", ",") else hit.i
    held = next((a for a in people if a.j == k and not a.place), None)  # (in any case: عقوبات ضد شركات متهمة)
    return (by, held) if held is not None else None


def accused_side(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg | None, bool] | None:
    """(actor, recipient, recipient implicit) of an ACCUSE noun drawn, undergone or denied by the subject of the
    verb before it (see the module); None when no such verb governs the noun."""
    if hit.verbal or hit.trigger.type != "ACCUSE":
        return None
    if (held := _held_accused(hit, toks, people)) is not None:
        return held[0], held[1], False
    v = -1
    for k in range(hit.i - 1, max(-1, hit.i - 9), -1):
        w = toks[k]
        if w in _BREAKS or w in ("،", ","):
            break
        if _verb(toks, k, _GOVERNING):
            v = k
            break
        # تعرض لموجة انتقادات: a noun of quantity with لـ between the verb and the accusation noun
        if k == hit.i - 1 and (w[:1] == "ل" or w in _ANSWERED and k > 0 and _verb(toks, k - 1, _DENIED)):
            continue
        if k < hit.i - 1 and _verb(toks, k, _UNDERGONE) and toks[hit.i - 1][:1] == "ل":
            v = k
            break
    head = toks[hit.i][hit.strip:].removeprefix("ال")
    if v < 0 or head not in _DRAWN_NOUNS:  # (واثارت محاكمة الصحافيين قلقا: the trial is the subject)
        return None
    denied = _verb(toks, v, _DENIED)
    if denied:
        # (only what was already said — الاتهامات، هذه الانتقادات — is denied; نفى اتهامات is a new claim's object)
        # (the noun is the verb's object: only its subject, adverbs and demonstratives stand between — not رفضت
        # الحكومة توجيه اتهامات, where the subject would have made them)
        if head not in _CLAIMS:
            return None  # (رفض تحميل بوتين المسؤولية: a masdar with its own object is not a claim denied)
        named = {k for a in people if a.prep is None for k in range(a.i, a.j)}
        if any(k not in named and toks[k] not in _FILLERS | _ANSWERED for k in range(v + 1, hit.i)):
            return None
        if toks[v].lstrip("وف") in _ANSWERED_BY and not any(w in _ANSWERED for w in toks[v + 1:hit.i]):
            return None  # (رد alone is "returned"; it answers with على)
    told = _relative_author(hit, toks, people)  # (then the pronoun in the clause — وجهتها إليه — is the target)
    author = _author(hit, toks, people) or told
    target = (None if told else _named_target(hit, toks, people, author)) or _subject(toks, people, v, hit.i)
    if author is target:
        author = None
    return author, target, target is None and (denied or _verb(toks, v, _FACING))

