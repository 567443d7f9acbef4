"""A verb joined by و that carries an object pronoun, right after a clause with its subject and its object:
استنكر لافروف الاتهامات البريطانية ووصفها بأنها استفزاز، هاجم الرئيس X الحكومة Y واتهمها بـ، رفضت الحكومة X
الاتهامات Y ووصفتها بالباطلة.

The joined verb has no subject of its own (none follows it): it shares the subject of the clause before, and its
pronoun resumes that clause's object, the party named right before it (past a time word: الاتهامات البريطانية الاثنين
ووصفها, or the first verb's complement of manner: انتقادات Y "بالثرثرة" ودعاها). So the earlier clause's subject
acts and the party before the verb receives — not the reverse, as a subject–verb reading of the party right before
the verb would have it. Not when a bare participant follows the
verb (واتهمها الرئيس: its own subject), nor when the two parties are joined by و (مصر والأردن: one subject), nor
across a clause break. The pronoun agrees in number: a plural هم resumes the last sound plural before the verb,
past a later party of its clause (انتقد الرئيس المحتجين لعرقلتهم عمل الشرطة ودعاهم), and a singular ه no plural."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit

_GAP = 2  # time words between the object and the joined verb
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_FAR = 6  # words between a plural object and its verb, past a later party of the same clause


def joined_object(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a joined verb with an object pronoun (see the module); the roles given
    otherwise."""
    head = toks[hit.i]
    if not hit.verbal or head[:1] != "و" or hit.strip < 1 or not object_pronoun(head[hit.strip:]):
        return actor, recipient, implicit
    if any(a.prep is None and 0 <= a.i - hit.j <= 1 for a in people):  # واتهمها الرئيس: a subject of its own
        return actor, recipient, implicit
    bare = [a for a in people if a.prep is None and not a.place and a.actor.kind != "place" and a.j <= hit.i]
    if len(bare) < 2:
        return actor, recipient, implicit
    # (a plural pronoun resumes the last sound plural before it, past a genitive or a لـ phrase of its own clause:
    # انتقد الرئيس المحتجين لعرقلتهم عمل الشرطة ودعاهم — the protesters, not the police)
    k = next((k for k in range(len(bare) - 1, 0, -1) if _agrees(head, toks[bare[k].i])), 0) \
        if head.endswith(("هم", "هن")) else len(bare) - 1
    if k < 1:
        return actor, recipient, implicit
    obj, subj = bare[k], bare[k - 1]
    between = toks[obj.j:hit.i]
    if k == len(bare) - 1 and not _manner(between, any(obj.j <= a.i < hit.i for a in people)) or \
            k < len(bare) - 1 and (len(between) > _FAR or any(w in cues.CLAUSE_BREAKS or w[:1] == "و"
                                                              for w in between)):
        return actor, recipient, implicit
    if obj.conj or obj.i < subj.j or any(w in cues.CLAUSE_BREAKS or w[:1] == "و" for w in toks[subj.j:obj.i]):
        return actor, recipient, implicit
    if actor is not None and actor is not bare[-1] or subj.actor == obj.actor or not _agrees(head, toks[obj.i]):
        return actor, recipient, implicit
    return subj, obj, False


def _manner(between: list[str], party: bool) -> bool:
    """What stands between the first clause's object and the joined verb is time words, or the first verb's
    complement of manner under بـ, quoted or not (وصف X انتقادات Y "بالثرثرة" ودعاها، انتقد X Y بشدة وطالبها),
    with no participant in it."""
    words = [w for w in between if w not in _QUOTES]
    manner = [w for w in words if w not in cues.ADVERBS]
    return not party and len(words) <= _GAP and (not manner or len(manner) == 1 and manner[0][:1] == "ب"
                                                 and len(manner[0]) > 3 and manner[0] not in cues.CLAUSE_BREAKS)


_SOUND_PLURAL = ("ين", "ون", "ات")


def _agrees(verb: str, word: str) -> bool:
    """Whether the verb's object pronoun can resume the object's first word by number: a plural هم / هن a sound
    plural (الحوثيين، المسلحون), a singular ه no sound masculine plural (حث الحوثيين ... مقترحات المبعوث ودعاهم: the
    envoy is not "them"). A broken plural (الأكراد) is not told apart, so هم never resumes one here."""
    word = word.removeprefix("و").removeprefix("ال")
    if verb.endswith(("هم", "هن")):
        return word.endswith(_SOUND_PLURAL)
    return not (verb.endswith("ه") and word.endswith(("ين", "ون")))
