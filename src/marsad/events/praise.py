"""The recipient of a verb that takes its object only through a preposition (أشاد بـ، رحب بـ، نوه بـ، اعترف بـ،
تضامن مع): a bare participant after it is its subject, an apposition or a channel (أشادت الأمم المتحدة
عبر مدير مكتبها في اليمن، بدور الإمارات), never its object; the object is the participant the preposition
governs — or the owner of the deed it governs (أشاد بدور الإمارات، رحب بجهود السعودية، بالمواقف التاريخية
للمملكة)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.statements import next_clause
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# the trigger entries whose verb takes no direct object
_GOVERNED = frozenset({"support-praise", "support-welcome", "support-commend-nawwaha", "support-recognise",
                       "support-solidarity"})
# the deeds one praises or welcomes; their genitive owner is the one praised (بدور X، بجهود X، بموقف X)
_DEEDS = norm_words("""دور ادوار جهود جهد موقف مواقف مبادره مبادرات قرار قرارات خطوه خطوات تعاون دعم اداء انجاز
    انجازات مساعي مسعى حرص التزام استجابه تضحيات اجراءات سياسه سياسات بطولات بطوله صمود شجاعه بساله
    انتصارات انتصار نجاح نجاحات وقفه وقفات""")
_WINDOW = 20  # words from the trigger to the governed phrase (past an apposition and a channel)
_STOPS = frozenset({".", "؛", ";", ":"})


def _deed_owner(toks: list[str], a: Arg, prep: str) -> bool:
    """X right after بدور / بجهود / بالمواقف (the deed may carry an adjective): the preposition governs X's deed."""
    for w in toks[max(0, a.i - 3):a.i]:
        if w.startswith(prep):
            body = w[len(prep):]
            if body in _DEEDS or body.startswith("ال") and body[2:] in _DEEDS:
                return True
    return False


def governed_recipient(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                       recipient: Arg | None) -> Arg | None:
    """The recipient of a prepositional verb (not its verbal noun, whose bare genitive is its author): the
    rules' choice when a preposition governs it, else the first participant after the trigger in its sentence the
    preposition governs, directly or through a deed; none when no such participant is named (رحب المتحدث باسم
    الرئاسة في كوريا الجنوبية بالخطوة: no one)."""
    t = hit.trigger
    if t.id not in _GOVERNED or not hit.verbal or recipient is not None and (
            recipient.prep in t.recipient or recipient.i < hit.i
            or any(_deed_owner(toks, recipient, p) for p in t.recipient)):
        return recipient
    for a in sorted(people, key=lambda a: a.i):
        if a.i < hit.j or a is actor:
            continue
        if a.i - hit.j > _WINDOW or any(w in _STOPS for w in toks[hit.j:a.i]):
            break
        if a.prep in t.recipient or a.prep in (None, "ل") and any(_deed_owner(toks, a, p) for p in t.recipient):
            return a
    return None


_STANCES = frozenset({"SUPPORT", "AGREE", "REJECT"})
_TO = ("ل", "الى", "إلى")


def resumed_object(hit: TriggerHit, toks: list[str], actor: Arg | None, recipient: Arg | None) -> Arg | None:
    """هذا الأمر ترفضه الحكومة البريطانية وحليفها الحزب الوحدوي: a verb of stance carrying an object pronoun has
    its object already (the pronoun resumes what was named before); a participant after its subject is the
    subject's conjunct or apposition, not its recipient."""
    if hit.trigger.type not in _STANCES or not hit.verbal or not object_pronoun(toks[hit.i][hit.strip:]) \
            or actor is None or recipient is None or not hit.j <= actor.i < recipient.i:
        return recipient
    return None


def no_place(hit: TriggerHit, toks: list[str], people: list[Arg], recipient: Arg | None) -> Arg | None:
    """وافقت روسيا على مناطق خفض التصعيد حول معبر التنف, رفضت تركيا تسليم معبر التنف للولايات المتحدة: a stance
    (support, agreement, refusal) is taken towards a party; a town, a crossing or a port named with it is what it
    is about, not its recipient — the party it goes to, in its clause, is (للولايات المتحدة), unless the trigger's own
    preposition names the place, a capital standing for its state (تضامنها مع الرياض)."""
    if hit.trigger.type not in _STANCES or recipient is None or recipient.actor.kind != "place" \
            or recipient.prep in hit.trigger.recipient:
        return recipient
    rest = [a for a in sorted(people, key=lambda a: a.i) if a.i >= recipient.j and a.actor.kind != "place"
            and not next_clause(hit.trigger.type, hit.j, a.i, toks) and a.i - hit.j <= 12]
    # (the one it is handed or given to: لـ / إلى, or the trigger's own preposition — not a party of the content)
    return next((a for a in rest[:3] if a.prep in (*_TO, *hit.trigger.recipient)), None)


def governed_actor(hit: TriggerHit, toks: list[str], actor: Arg | None, recipient: Arg | None,
                   implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """وأشاد ببطولات الجيش العراقي: a prepositional verb with no subject of its own — its preposition (or a deed
    under it) follows the verb at once — has the deed's owner as its object, not its subject: that party is the
    recipient, the actor left to the speaker carried over (implicit)."""
    t = hit.trigger
    if t.id not in _GOVERNED or not hit.verbal or actor is None or actor.i < hit.j or hit.j >= len(toks) \
            or not any(toks[hit.j].startswith(p) for p in t.recipient) \
            or not any(_deed_owner(toks, actor, p) for p in t.recipient):
        return actor, recipient, implicit
    return None, recipient if recipient is not None and recipient is not actor else actor, True
