"""Accusations told from the side of the accused. A statement noun of blame that someone draws (أثار الوزير انتقادات
واسعة), that reaches someone (طالت الحكومة اتهامات), that someone undergoes past a noun of quantity (تعرض الرئيس
لموجة انتقادات), is exposed to (بات الوزير عرضة للانتقادات) or faces (بعد مواجهة الشركة اتهامات) has that someone as
its target; and one that someone denies or answers (نفت موسكو الاتهامات، يرفض الوزير هذه الانتقادات) was made
against the denier; the passive participle before the بـ of a charge (شركات متهمة بالتهريب) describes the accused.
The subject of those verbs is never the accuser: the accuser is the noun's genitive or comes with من (من جانب)، else
no one is named."""

from __future__ import annotations

from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.claim_topic import topic_claim
from marsad.events.cues import WHICH
from marsad.events.relative_accused import relative_accused
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_DRAWN = norm_words("اثار اثارت اثاروا يثير تثير يثيرون طال طالت يطال تطال")  # drew / reached
_FACING = norm_words("مواجهه مواجهته مواجهتها مواجهتهم لمواجهه بمواجهه")  # بعد مواجهة اتهامات: the subject's
_UNDERGONE = norm_words("تعرض تعرضت تعرضوا يتعرض تتعرض يتعرضون عرضه")  # تعرض لموجة انتقادات، عرضة للانتقادات
_DENIED = norm_words("""نفى نفت نفوا ينفي تنفي ينفون انكر انكرت ينكر تنكر رفض رفضت رفضوا يرفض ترفض يرفضون دحض دحضت
    يدحض تدحض فند فندت يفند تفند رد ردت يرد ترد كذب كذبت يكذب تكذب""")  # (يكذب هذه الاتهامات: belies them)
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
_OWN_PASSIVES = ("accuse-deem", "accuse-charge")


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
    # (not past a لـ of cause: أثار انتقادات لقوله لطفلة إن ... — the child is no target)
    return next((a for a in people if a is not author and not a.place and a.prep in _TARGET_PREPS
                 and 0 <= a.i - hit.j <= 3 and not any(w[:1] == "ل" for w in toks[hit.j:a.i])), None)


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


def _passive(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg | None, Arg | None, bool]:
    """اتُّهمت قوات النظام بـ، يُتهم الجيش بارتكاب، يُلقى على فلان اللوم: a verb of blame the text vowels as passive
    names no accuser. The accused is who follows it (bare, or after one of the trigger's prepositions), else the
    party right before it (X الذي اتُّهم); the accuser is only one named with من قبل / من جانب."""
    after = [a for a in people if a.i >= hit.j and not a.place]
    by = next((a for a in after if agent_marked(toks, a.i)), None)
    accused = next((a for a in after if a is not by and a.i - hit.j <= 3 and (
        a.prep is None or a.prep in hit.trigger.recipient)), None) or next(
        (a for a in people if a.j == hit.i - (hit.i > 0 and toks[hit.i - 1] in WHICH) and a.prep is None
         and not a.place), None)
    return by, accused, False


def accused_side(hit: TriggerHit, toks: list[str], people: list[Arg], voweled: bool = False
                 ) -> tuple[Arg | None, Arg | None, bool] | None:
    """(actor, recipient, recipient implicit) of an ACCUSE noun drawn, undergone or denied by the subject of the
    verb before it (see the module), or of an accusing verb voweled as passive (`voweled`); None when no such verb
    governs the noun."""
    side = _side(hit, toks, people, voweled)
    return side[:3] if side is not None else None


def told_of_accused(hit: TriggerHit, toks: list[str], people: list[Arg], voweled: bool = False) -> bool:
    """An accusation the accused draws, undergoes or faces, or a verb of blame voweled as passive, with no accuser
    named (تعرض الوزير لانتقادات واسعة، اتُّهمت القوات بـ): news of the accused, who carries the event as an attack's
    target does (events/counting) — not one denied (نفت موسكو الاتهامات: the denial is the news)."""
    side = _side(hit, toks, people, voweled)
    return side is not None and side[0] is None and side[1] is not None and not side[3]


def _side(hit: TriggerHit, toks: list[str], people: list[Arg], voweled: bool
          ) -> tuple[Arg | None, Arg | None, bool, bool] | None:
    """accused_side, and whether the noun is denied or answered (or only describes the accused: متهمة بـ)."""
    if (side := _governed_side(hit, toks, people, voweled)) is not None:
        return side
    # على خلفية اتهامات للنظام بـ: an accusation spoken of, against a party named: no accuser (events/claim_topic)
    topic = topic_claim(hit, toks, people)
    accused = topic or _named_target(hit, toks, people, None) if topic is not None else None
    return (None, accused, False, False) if accused is not None else None


def _governed_side(hit: TriggerHit, toks: list[str], people: list[Arg], voweled: bool
                   ) -> tuple[Arg | None, Arg | None, bool, bool] | None:
    """_side for a verb of blame voweled as passive, the participle متهم and a noun a verb of the module governs."""
    if hit.trigger.type != "ACCUSE":
        return None
    if hit.verbal:
        # (a damma on an imperfect's prefix makes a passive only before the ت of a form VIII or X stem — يُتّهم،
        # تُستنكر —, not on a form II or IV verb, active with it: تُحمّل، يُدين; a passive of deeming or charging
        # — تُعتبر جرائم، وُجه إليه الاتهام — is the speaker's own, events/charges)
        w = toks[hit.i][hit.strip:]
        active = w[:1] in ("ي", "ت", "ن") and "ت" not in w[1:3] or hit.trigger.id.startswith(_OWN_PASSIVES)
        if voweled and not active:
            return (*_passive(hit, toks, people), False)
        # (unvoweled after a relative pronoun, no object, the charge's بـ: الذي اتهم بـ — events/relative_accused)
        rel = relative_accused(hit, toks, people)
        return (*rel, False, False) if rel is not None else None
    if (held := _held_accused(hit, toks, people)) is not None:
        return held[0], held[1], False, True  # (شركات متهمة بـ: a description, not the news)
    v = -1
    # تعرض الوزير لانتقادات: the لـ on the noun itself (also للانتقادات, a form read whole)
    own_li = toks[hit.i][:hit.strip].endswith("ل") or toks[hit.i].startswith("لل")
    for k in range(hit.i - 1, max(-1, hit.i - 12), -1):  # (past a subject's long apposition)
        w = toks[k]
        if w in ("،", ",") and any(a.i < k <= a.j and a.prep is None for a in people):
            continue  # (أثار الرئيس، فلان، انتقادات: the comma closes the subject's apposition)
        if w in _BREAKS or w in ("،", ","):
            break
        if _verb(toks, k, _GOVERNING):
            v = k
            break
        # تعرض لموجة انتقادات: a noun of quantity with لـ between the verb and the accusation noun
        if _verb(toks, k, _UNDERGONE) and (own_li or k < hit.i - 1 and toks[hit.i - 1][:1] == "ل"):
            v = k
            break
        if k == hit.i - 1 and (w[:1] == "ل" or w in _ANSWERED and k > 0 and _verb(toks, k - 1, _DENIED)):
            continue
    head = toks[hit.i][hit.strip:].removeprefix("لل").removeprefix("ال")
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
    return author, target, target is None and (denied or _verb(toks, v, _FACING)), denied

