"""The partner of a meeting, a call or talks (CONSULT): whom the subject meets is named with مع, not by a topic's
adjective (بحث الملف الكوري الشمالي مع ...) nor by a member of the subject's own side (اجتمع ولي العهد وأعضاء
الحكومة مع ...)."""

from __future__ import annotations

from marsad.events.arguments import Arg, conjuncts
from marsad.events.cues import REPORTERS, SAID_THAT, WHICH
from marsad.events.forms import first_after
from marsad.events.record import Event
from marsad.events.triggers import TriggerHit
from marsad.events.visit_anaphora import antecedent_visit
from marsad.text.normalize import norm_words

_REACH = 8  # words between the stand-in and the مع phrase (خلال محادثة هاتفية مع ...)
# words that open another clause (its own subject and verb)
_OPENERS = norm_words("""ان انه انها انهم الذي التي الذين بان لان ولكن لكن حيث عندما بعدما فيما بينما قال قالت
    اضاف اضافت""") | frozenset(". ؛ : ؟ !".split())
_BREAKS = _OPENERS | frozenset(("«", "»", '"'))


def topic_adjective(a: Arg, toks: list[str], people: list[Arg]) -> bool:
    """الملف الكوري الشمالي, الأزمة السورية: a nationality adjective right after a definite noun that names no
    participant describes that noun — a topic — and names no party."""
    if a.prep is not None or a.i == 0 or not (a.actor.kind == "nationality" or (
            a.actor.kind == "country" and toks[a.i].endswith("يه") and a.j - a.i == 1)):
        return False
    noun = toks[a.i - 1]
    return noun.startswith(("ال", "وال")) and len(noun) > 3 and not any(p.i <= a.i - 1 < p.j for p in people)


def _same_side(a: Arg, actor: Arg | None, toks: list[str], verbal: bool) -> bool:
    """اجتمع X و Y مع Z: a bare participant joined by و to a verb's subject, or of the subject's own country, is on
    its side (not after a noun: محادثات ترامب وآبي — the two sides of the talks)."""
    if actor is None or a.i < actor.j:
        return False
    joined = verbal and (a.conj or toks[a.i][:1] == "و" or a.i > 0 and toks[a.i - 1][:1] == "و" and a.i - actor.j <= 2)
    return joined or bool(actor.actor.country) and a.actor.country == actor.actor.country


def named_with(a: Arg, toks: list[str]) -> bool:
    """Named with مع: مع الرئيس الروسي, or مع نظيره الروسي (the counterpart, named by his nationality)."""
    return a.prep == "مع" or a.prep is None and a.i >= 2 and toks[a.i - 2] == "مع" and toks[a.i - 1].startswith("نظير")


def meeting_partner(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                    recipient: Arg | None) -> Arg | None:
    """The recipient of a CONSULT trigger that takes its partner with مع: when the participant read as recipient is
    bare and only a topic's adjective (بحث الملف الكوري الشمالي في اتصال هاتفي مع نظيره الروسي) or on
    the subject's side (اجتمع ولي العهد السعودي وأعضاء الحكومة السعودية مع رئيسة الوزراء البريطانية), the partner
    is the participant named with مع after it in the same clause. Otherwise the recipient stays."""
    t = hit.trigger
    if t.type != "CONSULT" or "مع" not in t.recipient or recipient is None or recipient.prep is not None:
        return recipient
    if not (topic_adjective(recipient, toks, people) or _same_side(recipient, actor, toks, hit.verbal)):
        return recipient
    for a in people:
        if a.i < recipient.j or a.i - recipient.j > _REACH or a.place or a is actor:
            continue
        if any(w in _BREAKS for w in toks[recipient.j:a.i]):
            break
        if named_with(a, toks) and not (actor is not None and actor.actor.id and a.actor.id == actor.actor.id):
            return a
    return recipient


_SAID = REPORTERS | norm_words("شدد شددت اضاف اضافت تابع تابعت اعتبر اعتبرت صرح صرحت كشف كشفت يقول تقول")
_SPOKEN = 12  # words from the speech verb to the meeting noun (قال وزير الخارجية X في مؤتمر صحفي عقب اجتماع ...)
_CHAIRED = norm_words("برئاسه وبرئاسه")  # (اجتماع برئاسة X: chaired by X, no partner and no presidency)


def outside_meeting(hit: TriggerHit, toks: list[str], recipient: Arg | None) -> Arg | None:
    """No partner of a meeting stands inside what a speaker says during it, the clause a complementizer after it
    opens (قال X خلال اجتماع للحكومة إن تركيا ...: Turkey is what was said, not whom he met; but قمة من المتوقع أن
    تجمع X بـ Y tells the meeting itself), nor is the one who chairs it (اجتماع برئاسة X): such a recipient is
    dropped — a meeting whose partner the sentence does not name is one-sided."""
    if hit.trigger.type != "CONSULT" or recipient is None or recipient.i < hit.j:
        return recipient
    if toks[recipient.i] in _CHAIRED or recipient.i > 0 and toks[recipient.i - 1] in _CHAIRED:
        return None
    said = next((k for k in range(hit.i - 1, max(-1, hit.i - _SPOKEN), -1)
                 if toks[k] in SAID_THAT or toks[k].removeprefix("و").removeprefix("ف") in _SAID), -1)
    if said >= 0 and toks[said] not in SAID_THAT and any(w in SAID_THAT for w in toks[hit.j:recipient.i]):
        return None
    return recipient


_ON = norm_words("في خلال ضمن")
_FIRST = norm_words("اول ثاني ثالث اخر")  # في أول زيارة له

def clause_meeting(hit: TriggerHit, toks: list[str], people: list[Arg], earlier: list[Event],
                   article: list[Event] | None = None) -> Event | None:
    """The meeting or visit a verb of the same clause already told, for a CONSULT noun that names no party of its own
    before a partner and is said to be the circumstance of that act (في زيارة, في أول زيارة له, خلال اتصال هاتفي):
    التقى وزير الخارجية الروسي نظيره الكوري الشمالي في بيونغ يانغ في زيارة ..., وصل الرئيس الفرنسي إلى الرباط في أول
    زيارة له, بحث الوزير الملف الليبي خلال اتصال هاتفي مع ... — the verb's subject holds it (and for a visit, the
    verb's host is the host). None when the noun has a genitive (في زيارة الرئيس: his own) or no such verb stands
    before it in the clause. A definite visit noun naming no party of its own takes up the visit the article told
    before (`article`: its events before this sentence; events/visit_anaphora)."""
    if hit.verbal or hit.trigger.type != "CONSULT":
        return None
    if (told := antecedent_visit(hit, toks, people, article or [], earlier)) is not None:
        return told
    if hit.i == 0:
        return None
    k = hit.i - 1 - (toks[hit.i - 1] in _FIRST)
    if k < 0 or toks[k].removeprefix("و") not in _ON:
        return None
    if any(a.i == hit.j and a.prep is None for a in people):
        return None
    verb = next((e for e in reversed(earlier) if e.event_type == "CONSULT" and e.verbal and e.token < k), None)
    if verb is None or any(w in _OPENERS for w in toks[verb.token + 1:k]):
        return None
    return verb


# the verbs that say talks or a meeting were held, with the pronoun that resumes the noun (المحادثات التي أجراها)
_HELD = norm_words("""اجراها اجرتها اجراه اجرته اجراهما اجروها عقدها عقدتها عقده عقدته عقدوها عقداها""")


def held_by(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
            implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """Talks or a meeting someone "held" (المحادثات التي أجراها مستشار الأمن القومي في موسكو مع بوتين، الاجتماع الذي
    عقده الوزير مع ...): the subject of that verb holds them, the party named with مع after it is the partner."""
    if hit.verbal or hit.trigger.type != "CONSULT" or hit.trigger.mode == "visit":
        return actor, recipient, implicit
    k = hit.j + (hit.j < len(toks) and toks[hit.j].startswith("ال") and toks[hit.j].endswith("يه"))  # (الثنائية)
    if k + 2 >= len(toks) or toks[k] not in WHICH or toks[k + 1] not in _HELD:
        return actor, recipient, implicit
    subject = next((a for a in people if a.i == k + 2 and a.prep is None and not a.place), None)
    if subject is None:
        return actor, recipient, implicit
    partner = first_after(people, toks, subject.j, _REACH, _BREAKS, lambda a: named_with(a, toks),
                          skip=lambda a: a.place)
    return subject, partner or (None if recipient is subject else recipient), False


_PAIRED = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def between_sides(hit: TriggerHit, toks: list[str], args: list[Arg]) -> list[Arg] | None:
    """محادثة هاتفية بين ترامب وماكرون، المباحثات الثنائية بين مصر والأردن، اتفاق بين X و Y: a noun of meeting,
    agreement or cooperation that names its two parties with بين right after it (past its adjectives) is theirs —
    each the other's partner, whoever tells of it or stands before it. None when it names no two such parties."""
    if hit.verbal or hit.trigger.type not in _PAIRED or "mediat" in hit.trigger.id:
        return None  # (وساطتها بين X و Y: the mediator's, X and Y its recipients)
    k = hit.j
    while k < min(len(toks), hit.j + 2) and toks[k].startswith("ال") and toks[k].endswith("يه"):
        k += 1  # (الثنائية، الهاتفية)
    if k < len(toks) and toks[k] != "بين" and toks[k].endswith("يه") and k == hit.j:
        k += 1  # (محادثة هاتفية بين)
    if k >= len(toks) or toks[k] != "بين":
        return None
    first = next((a for a in args if a.i == k + 1 and a.prep == "بين" and not a.place), None)
    if first is None:
        return None
    sides = conjuncts(args, first)
    if len(sides) != 2 or sides[1].place or sides[0].actor.code == sides[1].actor.code:
        return None
    return sides
