"""The object of a verb of accusing or condemning when its subject is a word no dictionary lists (a name, a
noun): اتهمت نويرت موسكو بـ, حمّل إبراهيم روسيا المسؤولية, انتقد الطرودي تدخل الوزير — the participant after that
word is the accused, never the accuser."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_MUST_OBJECT = ("accuse-accuse", "accuse-blame")  # اتهم X Y بـ, حمّل X Y المسؤولية: the accused always follows
_CHARGING = ("accuse-accuse",)  # اتهامه بـ: a noun the charge's بـ follows
# what a noun of an undergone accusation comes after (بعد اتهامه بـ، إثر اتهامها بـ; not جددت X اتهامها بـ, its own)
_UNDERGONE = norm_words("بعد اثر إثر عقب قبل منذ بسبب جراء رغم")
_NO_SUBJECT = cues.ADVERBS
_COUNTS = cues.COUNTS
_RESPONSIBLE = norm_words("المسؤوليه مسؤوليه المسيوليه مسيوليه")


_CONDEMNING = ("accuse-criticise", "accuse-condemn", "accuse-denounce", "accuse-decry", "accuse-deplore",
               # and the transitive verbs of praising (ثمن الموقف البريطاني، امتدح جهود مصر)
               "support-appreciate", "support-praise", "support-commend", "support-extol", "support-hail")
# what one condemns or praises of a party: its genitive or its adjective is the party condemned or praised (انتقد
# تدخل الوزير، ندد بتصريحات واشنطن، ثمن الموقف البريطاني)
_DEEDS = norm_words("""تصريحات تصريح ممارسات انتهاكات تدخل تدخلات تهديدات متطلبات مطالب سلوك تصرفات اعلان خطاب
    تعليقات قول اقوال دخول قرار قرارات سياسه سياسات موقف مواقف اجراءات خطوه خطوات دعم جهود دور مبادره مساعي""")


def _deed(w: str) -> bool:
    for p in ("ب", "ل", ""):
        body = w[len(p):] if w.startswith(p) else None
        if body is not None and (body in _DEEDS or body.startswith("ال") and body[2:] in _DEEDS):
            return True
    return False


def unlisted_accuser(hit: TriggerHit, toks: list[str], first: Arg) -> bool:
    """اتهمت نويرت موسكو بـ, حمّل إبراهيم روسيا المسؤولية: a verb of accusing or blaming whose first participant comes
    after a word no dictionary lists (a name, a noun: not a time word or an adverb) and before the بـ of the charge
    or the المسؤولية of the blame — that word is the verb's subject, the participant its object, the accused; and a
    verb of condemning or praising whose first participant is the genitive or the adjective of a deed (its
    statements, its interference, its stance) — the deed's owner is the one condemned or praised, not the subject
    (ثمن الموقف البريطاني: the praiser is a subject before it or the speaker carried over)."""
    if hit.verbal and hit.trigger.id.startswith(_CONDEMNING) and first.prep is None and first.i > hit.i and _deed(
            toks[first.i - 1]) and not object_pronoun(toks[hit.i][hit.strip:]):
        return True  # انتقد الطرودي تدخل وزير الشؤون الدينية, ونددت بمتطلبات الولايات المتحدة: the deed's owner
    if not hit.verbal or not hit.trigger.id.startswith(_MUST_OBJECT) or first.prep is not None or object_pronoun(
            toks[hit.i][hit.strip:]):  # (تتهمه أكثر من مئة امرأة: the pronoun is the object, the subject follows)
        return False
    between = toks[hit.j:first.i]
    if not 1 <= len(between) <= 3 or all(w in _NO_SUBJECT or not w[:1].isalpha() for w in between) or any(
            w in _COUNTS for w in between):
        return False
    rest = [w for w in toks[first.j:first.j + 4] if w[:1].isalpha()]  # (past quotes: بـ "التودد")
    if hit.trigger.id.startswith("accuse-blame"):
        return any(w.removeprefix("و") in _RESPONSIBLE for w in rest[:3])
    return bool(rest) and rest[0].startswith("ب")


def court_destination(hit: TriggerHit, recipient: Arg | None) -> Arg | None:
    """أحالت النيابة المتهمين إلى المحكمة / على القضاء العسكري: the court a case is referred to with إلى / لـ / على
    is where it goes, not the accused (the verb's object is); None then — after the verbal noun too (إحالة محام على
    الدائرة الجنائية)."""
    if recipient is None or not hit.trigger.id.startswith("accuse-refer") or \
            recipient.prep is None or recipient.actor.sector != "JUD":
        return recipient
    return None


def genitive_accuser(hit: TriggerHit, toks: list[str], genitive: Arg | None,
                     after: list[Arg]) -> tuple[Arg, Arg] | None:
    """اتهام موسكو لبريطانيا بـ, انتقاد واشنطن لطهران: an accusation noun with no article and no pronoun, its bare
    genitive right after it and a party with لـ right after that genitive — the verbal noun's agent and its object:
    the genitive accuses, the لـ party is the accused (not the genitive, read as the one accused).
    (accuser, accused)."""
    if hit.verbal or hit.trigger.type != "ACCUSE" or genitive is None or genitive.prep is not None \
            or genitive.i != hit.j or genitive.place:
        return None
    to = next((a for a in after if a.i == genitive.j and a.prep == "ل" and not a.place), None)
    return (genitive, to) if to is not None else None


def charged_pronoun(hit: TriggerHit, toks: list[str]) -> bool:
    """بعد اتهامها بانتهاك الحظر، لاتهامه بالتجسس: a noun of accusing with a possessive pronoun, told as what befell
    its owner (after بعد، إثر، بسبب or with لـ of cause), and the charge's بـ right after it — the pronoun
    is the one accused (the accuser would need the accused after it with لـ: اتهامها لإسرائيل بـ), not the
    accuser."""
    if hit.verbal or not hit.trigger.id.startswith(_CHARGING) or hit.j >= len(toks):
        return False
    nxt = toks[hit.j]
    if not (hit.i > 0 and toks[hit.i - 1] in _UNDERGONE or toks[hit.i][:hit.strip].endswith("ل")):
        return False
    return nxt.startswith("ب") and len(nxt) > 3 and not nxt.startswith(("بين", "بعد"))
