"""Whose meeting a possessive pronoun names (CONSULT): a meeting, talks, call or visit noun carrying ه / ها — لقائه،
اجتماعها، محادثاته، زيارته — told as the circumstance of its clause's act (خلال، في، أثناء، عقب، إثر، بعد، قبل، لدى،
على هامش) is held by that clause's subject, the first party named bare in the clause before it: أن يثير ترمب قضية
حقوق الإنسان خلال اجتماعه مع كيم (Trump's, not the one quoted), نتانياهو سيصر خلال اجتماعه ببوتن (Netanyahu's, not
a party in what he will press for). Not a country for ه (a state is feminine: بلاده، مصر ... خلال لقائه is his),
nor a party past another clause's opener (إن، الذي، حيث ...; after أنه the subject is "he", whom the rules carry
over), and only with a partner of another country named (not a minister's tour of his own provinces) — else the
rules' reading stands. So is a meeting held by a verb whose subject is a pronoun (خلال اجتماع عقده مع Y, إثر
محادثات أجرياها: relative_holder)."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_CIRCUMSTANCE = norm_words("خلال في اثناء عقب اثر بعد قبل قبيل لدى هامش ابان غداة عشية")
# what opens another clause before the noun: its subject is not that clause's
_OPENERS = norm_words("""ان انه انها انهم بان بانه بانها لان الذي التي الذين اللذين حيث عندما بعدما فيما بينما
    ولكن لكن""") | frozenset('. : ؛ « » "'.split())


def _pronoun(word: str) -> str | None:
    """The possessive pronoun a noun carries: "ه" (his), "ها" (hers, its), else None (هما، هم: more than one)."""
    if word.endswith(("هما", "هم")):
        return None
    return "ها" if word.endswith("ها") else "ه" if word.endswith("ه") else None


def meeting_owner(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the subject of the noun's clause as the one whose meeting it is, when the
    rules left the actor to be carried over (a speaker, a subject named before) or unnamed; else unchanged."""
    t = hit.trigger
    if t.type != "CONSULT" or hit.verbal or not implicit and actor is not None or not possessed_noun(hit, toks):
        return actor, recipient, implicit
    pronoun = _pronoun(toks[hit.i])
    k = hit.i - 1
    if pronoun is None or k < 0 or toks[k].removeprefix("و") not in _CIRCUMSTANCE:
        return actor, recipient, implicit
    owner = _clause_subject(toks, people, k)  # (none past أنه أبلغ السلطات ... خلال زيارته: "he", the speaker)
    if owner is None or owner is recipient or pronoun == "ه" and owner.actor.kind == "country":
        return actor, recipient, implicit
    # (a meeting with no one of another country named — وعبر الوزير خلال زيارته إلى ولاية سوسة، اللجنة في اجتماعها —
    # is no consultation between parties: left as the rules read it)
    if recipient is None or not recipient.actor.country or recipient.actor.country == owner.actor.country:
        return actor, recipient, implicit
    return owner, recipient, False


# a verb of holding that resumes a meeting noun right before it, its subject a pronoun (اجتماع عقده، محادثات أجرياها)
_HELD = norm_words("عقده عقدته عقدها عقدتها اجراه اجرته اجراها اجرتها")
_HELD_BY_TWO = norm_words("اجرياها اجرتاها عقداه عقداها عقدتاه")
_HOLDING = _HELD | _HELD_BY_TWO
_MEETING_NOUNS = norm_words("اجتماع اجتماعا اجتماعات لقاء لقاءات محادثات مباحثات مشاورات جلسه قمه")


def _clause_subject(toks: list[str], people: list[Arg], k: int) -> Arg | None:
    """The first party named bare in the clause that ends before token k (None past أنه: its subject is "he")."""
    start = next((m + 1 for m in range(k - 1, -1, -1) if toks[m] in _OPENERS), 0)
    if start > 0 and toks[start - 1] in cues.PRONOUN_SUBJECTS:
        return None
    return next((a for a in people if start <= a.i and a.j <= k and a.prep is None and not a.place
                 and not a.accusative and a.actor.kind not in ("place", "nationality")), None)


def relative_holder(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                    implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """A meeting told as its clause's circumstance and held by a verb whose subject is a pronoun — تعهد أمير قطر
    بالاستثمار خلال اجتماع عقده مع الرئيس التركي، أكد X وY إثر محادثات أجرياها في القاهرة — is held by the clause's
    subject (the emir, not the presidency that tells of it); a dual verb's two holders are each other's partner."""
    if hit.trigger.type != "CONSULT":
        return actor, recipient, implicit
    verb = hit.i if hit.verbal else next((v for v in (hit.j, hit.j + 1) if v < len(toks)
                                          and toks[v] in _HOLDING), -1)
    if verb < 2 or toks[verb] not in _HOLDING:
        return actor, recipient, implicit
    noun = next((n for n in (verb - 1, verb - 2) if toks[n].removeprefix("و") in _MEETING_NOUNS), -1)
    if noun < 1 or toks[noun - 1].removeprefix("و") not in _CIRCUMSTANCE:
        return actor, recipient, implicit
    holder = _clause_subject(toks, people, noun - 1)
    if holder is None:
        return actor, recipient, implicit
    if toks[verb] in _HELD_BY_TWO:  # (X وY ... محادثات أجرياها: each the other's partner)
        partner = next((a for a in people if a.i >= holder.j and a.j <= noun and a.conj and a.prep is None), None)
        return (holder, partner, False) if partner is not None else (actor, recipient, implicit)
    if not implicit and actor is not None:
        return actor, recipient, implicit
    return holder, recipient if recipient is not holder else None, False
