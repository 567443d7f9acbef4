"""The party an act's object pronoun resumes, named before the act in its sentence, is its recipient.

أعلنت الشرطة توقيف الناشط X ثم أطلقت سراحه؛ أمر القضاء برفع الحصانة عن النائبة X وتوقيفها؛ قوات الأمن التي
قتلتهم؛ جماعات حقوقية تتهمه بـ: a verb with an object pronoun (قتلتهم، تتهمه، هاجمهما), a verb of holding whose على
carries it (ألقت الشرطة القبض عليه), a phrase whose last noun carries it (أطلقت سراحه، أخلي سبيلهما) or a verbal
noun of holding, releasing, referring, questioning or killing whose possessive pronoun is its object (توقيفها،
إحالته، استجوابه، اغتياله) names its object only by that pronoun. When the rules left the act with no recipient (or
one no dictionary codes), the recipient is the last party named before the act in its sentence (within 30 words,
not past a full stop) that agrees with the pronoun (a named person any; else by its last word: ه a masculine
singular, ها a feminine, هم a plural — a counted noun, ثلاثة أشخاص, too), is coded, is no place nor a bare
nationality adjective (الحقوقي القطري: not the man), not a speaker (قال المحامي إن الشرطة اعتقلته: his client),
nor another party of the actor's own code (unless both are persons). For an act done to a person it is no state,
body or authority (أمرت المحكمة باعتقاله: not the court); and when the rules took that very party for the author,
or found none, the author is the body, judge or officer named bare before it in the same clause (قررت النيابة
حبس X وإحالته: the prosecution), else the roles stay. A relative's verb with its own subject after it resumes the
relative's antecedent only (الأمر الذي ترفضه بريطانيا: no party). Not a verb that is also the act's verbal noun
with a possessive (رفضها: her refusal, whose pronoun is its author), nor a verbal noun outside those acts (زيارتها),
nor one with a لـ phrase after it (اعتقالها للصحفي: the pronoun its author).
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun, possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm, norm_words

# acts whose object is a person held, freed, tried, questioned or killed: the pronoun on their verbal noun is it
_PERSON_ACTS = ("coerce-arrest", "coerce-detain", "coerce-jail", "coerce-remand", "coerce-commit-prison",
                "coerce-house-arrest", "coerce-deport", "coerce-expel-individuals", "coerce-restrict",
                "coerce-travel-ban", "coerce-lead-away", "retreat-release", "accuse-refer", "accuse-interrogate",
                "accuse-trial", "accuse-prosecute", "assault-kill", "assault-assassinate", "assault-liquidate",
                "assault-kidnap", "assault-torture", "assault-execute")
_BODIES = frozenset({"country", "place", "institution", "organisation"})
_ON_HIM = norm_words("عليه عليها عليهم عليهن عليهما")
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # (longest first)
_TAILS = norm_words("سراح سبيل")  # (أطلقت سراحه، أخلي سبيلهما)
_REACH = 30  # words back from the act to the party
_ORDERING = frozenset({"JUD", "COP"})  # a person who orders or makes an arrest: a judge, a prosecutor, an officer
_NUMBERS = norm_words("ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات الاف عده بضعه")


def object_referent(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                    implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the party the act's object pronoun resumes as its recipient (see the
    module); the roles given otherwise."""
    if recipient is not None and recipient.actor.code:  # (an uncoded one is left out later: events/uncoded)
        return actor, recipient, implicit
    person = hit.trigger.id.startswith(_PERSON_ACTS)
    pronoun = _pronoun(hit, toks, person)
    if pronoun is None:
        return actor, recipient, implicit
    rel = next((k for k in range(hit.i - 1, max(-1, hit.i - 3), -1) if toks[k] in cues.RELATIVES), None)
    if rel is not None and any(a.prep is None and 0 <= a.i - hit.j <= 1 for a in people):
        # الأمر الذي ترفضه بريطانيا: the verb has its own subject; its pronoun resumes the relative's antecedent
        people = [a for a in people if a.j == rel]
    for a in reversed(people):
        if a.j > hit.i or a.place or a.actor.kind in ("place", "nationality"):  # (الحقوقي القطري: not the man)
            continue
        if not a.actor.code:  # (one no dictionary codes is left out: events/uncoded)
            continue
        if hit.i - a.j > _REACH or any(w in (".", "!", "؟") for w in toks[a.j:hit.i]):
            break
        own = actor is not None and (a is actor or actor.i <= a.i < actor.j)
        if actor is not None and not own and a.actor.code == actor.actor.code and not (
                a.actor.kind == "person" and actor.actor.kind == "person"):  # (two persons of one office: two)
            continue
        if person and (a.actor.kind in _BODIES or a.actor.sector in STATE_SECTORS):
            continue
        if _spoke(toks, a.i) or not _agrees(pronoun, a, toks):
            continue
        if own or actor is None:
            # قررت النيابة حبس X وإحالته: the rules took the one resumed for the author (or found none): the
            # authority named bare before it acts, else the roles stay
            by = _authority(people, a, toks, hit.i) if person else None
            return (by, a, False) if by is not None else (actor, recipient, implicit)
        return actor, a, implicit
    return actor, recipient, implicit


def _authority(people: list[Arg], held: Arg, toks: list[str], i: int) -> Arg | None:
    """With no actor found, the state, body or authority named bare before the one held in its sentence, the
    subject that orders or does the act (أمر القضاء الأرجنتيني برفع الحصانة عن X وتوقيفها); else None."""
    return next((a for a in reversed(people) if a.j <= held.i and a.prep is None and not a.place and a.actor.code
                 and (a.actor.kind == "institution" or a.actor.kind != "person" and a.actor.sector in STATE_SECTORS
                      or a.actor.sector in _ORDERING)
                 and not any(w in cues.CLAUSE_BREAKS or w == "،" for w in toks[a.j:i])), None)


def _pronoun(hit: TriggerHit, toks: list[str], person: bool) -> str | None:
    """The act's object pronoun: on a conjugated verb (تقتله، اتهمها), on the على of a verb of holding or on the
    last word of a phrase (القبض عليه، أخلي سبيلهما، إطلاق سراحه), or, for an act done to a person, on its
    verbal noun with no لـ phrase after it (توقيفها، إحالته); else None."""
    last = toks[hit.j - 1]
    tail = _ends(last)
    if hit.j > hit.i + 1 and (last in _ON_HIM or person and tail is not None and last[:-len(tail)] in _TAILS):
        word = last
    elif hit.verbal and hit.j < len(toks) and toks[hit.j] in _ON_HIM and person:
        word = toks[hit.j]
    elif hit.verbal and hit.j == hit.i + 1 and object_pronoun(toks[hit.i][hit.strip:]) and (
            person or not _masdar(hit, toks[hit.i][hit.strip:])):
        word = toks[hit.i]
    elif person and possessed_noun(hit, toks) and not (hit.j < len(toks) and toks[hit.j][:1] == "ل"):
        word = toks[hit.i]
    else:
        return None
    return _ends(word)


def act_pronoun(hit: TriggerHit, toks: list[str]) -> str | None:
    """The object pronoun of an act done to a person (تعتقله، القبض عليه، استجوابه), else None (see _pronoun)."""
    return _pronoun(hit, toks, True)


def spoke(toks: list[str], i: int) -> bool:
    """A word at i right after a verb of saying (قال المحامي إن ...): a speaker."""
    return _spoke(toks, i)


def _masdar(hit: TriggerHit, body: str) -> bool:
    """The word read as a verb with a pronoun is also the act's verbal noun with a possessive (رفضها: she refused it,
    or her refusal, whose pronoun is its author)."""
    p = _ends(body)
    return p is not None and body[:-len(p)] in {norm(m) for m in hit.trigger.masdar + hit.trigger.forms}


def _ends(word: str) -> str | None:
    """The third-person pronoun the word ends in, on a word long enough to carry one; else None."""
    return next((p for p in _PRONOUNS if word.endswith(p) and len(word) > len(p) + 2), None)


def _spoke(toks: list[str], i: int) -> bool:
    """The party is named right after a verb of saying (قال المحامي إن ...): a speaker."""
    return any(w in cues.REPORTERS or w[:1] == "و" and w[1:] in cues.REPORTERS for w in toks[max(0, i - 2):i])


def _agrees(pronoun: str, a: Arg, toks: list[str]) -> bool:
    """A named person agrees with any pronoun, and any party with هما; another by its last word: ه a masculine
    singular, ها a feminine one (or a plural of things), هم / هن a plural (also a counted noun: ثلاثة أشخاص)."""
    if pronoun == "هما" or a.actor.kind == "person" and not _counted(a, toks):
        return True
    w = toks[a.j - 1]
    feminine, plural = w.endswith(("ه", "ات")), w.endswith(("ين", "ون")) or _counted(a, toks)
    if pronoun == "ه":
        return not feminine and not plural
    if pronoun == "ها":
        return feminine and not plural
    return plural or w.endswith("ات")


def _counted(a: Arg, toks: list[str]) -> bool:
    """The party is a counted noun: a number right before it (ثلاثة أشخاص، 30 مسلحا)."""
    return a.i > 0 and (toks[a.i - 1].isdigit() or toks[a.i - 1].removeprefix("و") in _NUMBERS)
