"""Two places where the party written right before a verb is not its subject, for the role rules (applied in
events/frames).

* A verb joined by و that carries an object pronoun and has no subject of its own after it continues the clause
  before: its pronoun resumes the party right before it, the recipient (وتعهد X بموقف متشدد من إيران وحذرها: Iran
  is warned), and the actor is the last coded bare party before that one — or before the list it closes
  (الولايات المتحدة وكوريا الجنوبية ووصفتها). Not for attacks and protests (their own rules), not when a bare party
  follows the verb (وحذرها الرئيس), nor a definite word or a لـ phrase (وتراجعها الميداني، ودعمها للإرهاب: a
  verbal noun with its possessive, or a subject no dictionary lists); with no party before, nothing changes.
  (events/joined does the same when both parties are bare and near.)
* A relative pronoun and the verb right after it that disagree in gender — الذي before a feminine verb (الدعم
  المالي لـ X الذي تعهدت Y بتقديمه), التي before a masculine one — or whose antecedent a pronoun further on in
  the clause resumes (منبج التي هددت تركيا بشن عملية عسكرية ضدها) do not share a subject: the bare party right
  after the verb (past an adverb or a resumptive فيها، خلالها) is the actor, and the party read as the actor
  before, inside the antecedent's phrase, what the clause is about: the recipient, unless one was found. With no
  party after the verb, nothing changes (a dropped pronoun: تصريحات X، التي انتقد فيها — X may be it). Not for
  attacks, protests and coercion (التي اعتقل فيها الصحفي: a passive, the one after suffers it). events/agreement
  tells the verb's gender.
* A verb joined by و or ف with no subject of its own after it, whose actor the rules read off a party inside a
  relative clause right before it — ولم تتأخر بكين في الرد على التهديدات التي أطلقها ترامب، فهددت بفرض رسوم —
  continues the main clause: its actor is that clause's subject, the last bare coded party before the relative
  pronoun (Beijing), not the relative clause's subject (Trump), unless the verb's gender agrees with that one
  only. Not past a full stop, a colon or أن / إن, not when
  a bare party follows the verb (فهددت الصين), nor for attacks and protests (relative_skipped)."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.agreement import feminine, verb_gender
from marsad.events.arguments import Arg
from marsad.events.authors import PATIENT_GENITIVE
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_OWN_RULES = frozenset({"ASSAULT", "PROTEST"})
_MASCULINE = norm_words("الذي")
_FEMININE = norm_words("التي")
_BETWEEN = norm_words("خلالها خلاله باسمها باسمه ، , #")
_REACH = 3  # words between the verb and its subject (مرارا، أمس)


def conjoined_subject(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                      implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb joined by و, carrying an object pronoun, whose actor was read off the
    party right before it (see the module); the roles given otherwise."""
    head = toks[hit.i]
    if not hit.verbal or hit.trigger.type in _OWN_RULES or hit.strip < 1 or head[:1] != "و" or actor is None \
            or not object_pronoun(head[hit.strip:]):
        return actor, recipient, implicit
    if actor.j > hit.i or any(w not in cues.ADVERBS for w in toks[actor.j:hit.i]):
        return actor, recipient, implicit
    if any(a.prep is None and 0 <= a.i - hit.j <= 1 for a in people):  # وحذرها الرئيس: a subject of its own
        return actor, recipient, implicit
    # (nor before a definite word or لـ: a subject no dictionary lists, or a verbal noun — خسائر الميليشيات
    # وتراجعها الميداني، الملف الإيراني ودعمها للإرهاب: "its retreat", "its support")
    if hit.j < len(toks) and toks[hit.j].startswith(("ال", "لل")):
        return actor, recipient, implicit
    # the clause's subject: the last bare party before the object, not one of a list the object closes
    k = actor.i
    while k > 0 and any(a.j == k and a.prep is None for a in people) and toks[k][:1] == "و":
        k = next(a.i for a in people if a.j == k)
    subject = next((a for a in reversed(people) if a.j <= k and a.prep is None and not a.place
                    and a.actor.kind != "place" and a.actor.code and a.actor != actor.actor), None)
    if subject is None:
        return actor, recipient, implicit
    return subject, actor, False


def relative_subject(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                     implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb right after a relative pronoun of the other gender (see the module);
    the roles given otherwise."""
    if not hit.verbal or hit.i < 1 or actor is None or actor.j > hit.i or hit.trigger.type in _OWN_RULES | \
            PATIENT_GENITIVE:  # (التي اعتقل فيها الصحفي: passive, the one after suffers it)
        return actor, recipient, implicit
    rel = toks[hit.i - 1]
    gender = verb_gender(hit, toks)
    if not (rel in _MASCULINE and gender == "f" or rel in _FEMININE and gender == "m" or resumed(toks, hit.j, rel)):
        return actor, recipient, implicit
    subject = next((a for a in people if a.prep is None and not a.place and 0 <= a.i - hit.j <= _REACH and all(
        w in cues.ADVERBS or w in cues.RESUMPTIVE or w in _BETWEEN for w in toks[hit.j:a.i])), None)
    if subject is None:  # (a dropped pronoun: the party before may be it — تصريحات X، التي انتقد فيها)
        return actor, recipient, implicit
    # (the party in the antecedent's phrase is what the clause is about: الدعم المالي للبحرين الذي تعهدت X بتقديمه)
    about = actor if hit.i - 1 - actor.j <= 2 else None  # (named right before the pronoun, past a comma)
    return subject, about if recipient is None or recipient is subject or recipient is actor else recipient, False


_RESUMING = {rel: norm_words(words) for rel, words in (
    (norm("التي"), "ضدها عليها اليها منها بها عنها لها تجاهها بحقها"),
    (norm("الذي"), "ضده عليه اليه منه به عنه له تجاهه بحقه"))}
_RESUME_REACH = 10  # words from the verb to the pronoun that resumes the antecedent


def resumed(toks: list[str], j: int, rel: str) -> bool:
    """منبج التي هددت تركيا مرارا بشن عملية عسكرية ضدها: a preposition carrying the relative pronoun's pronoun
    further on in its clause resumes the antecedent — what the clause is about, not its subject."""
    words = _RESUMING.get(rel, frozenset())
    for w in toks[j:j + _RESUME_REACH]:
        if w in cues.CLAUSE_BREAKS or w in (".", "،", ",", "؛", ":"):
            return False
        if w.removeprefix("و") in words:
            return True
    return False


_OPENERS = norm_words("ان انه انها انهم بان بانه قال قالت . ؛ : ؟ !")
_RELATIVE_REACH = 14  # words from the relative pronoun back to the main clause's subject


def relative_skipped(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                     implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a verb joined by و / ف whose actor was read inside the relative clause right
    before it (see the module); the roles given otherwise."""
    head = toks[hit.i]
    if not hit.verbal or hit.trigger.type in _OWN_RULES or hit.strip < 1 or head[:1] not in ("و", "ف") \
            or actor is None or actor.j > hit.i or object_pronoun(head[hit.strip:]):
        return actor, recipient, implicit
    if any(a.prep is None and 0 <= a.i - hit.j <= 1 for a in people):  # فهددت الصين: a subject of its own
        return actor, recipient, implicit
    between = toks[actor.j:hit.i]
    if any(w in _OPENERS or w in cues.RELATIVES for w in between) or len(between) > 2:
        return actor, recipient, implicit
    # the relative pronoun opening the actor's clause, with a verb right after it
    rel = next((k for k in range(actor.i - 1, max(-1, actor.i - 5), -1) if toks[k] in cues.RELATIVES), -1)
    if rel < 1 or any(w in _OPENERS for w in toks[rel:actor.i]):
        return actor, recipient, implicit
    start = next((k + 1 for k in range(rel - 1, max(-1, rel - _RELATIVE_REACH), -1) if toks[k] in _OPENERS
                  or toks[k] in cues.RELATIVES), max(0, rel - _RELATIVE_REACH))
    subject = next((a for a in reversed(people) if start <= a.i and a.j <= rel and a.prep is None and not a.place
                    and a.actor.code and a.actor != actor.actor), None)  # (a capital too: بكين، واشنطن)
    # (the verb agrees with the one it continues: رحب الوزير بالخطة التي قدمتها اليابان وتعهدت بدعمها — Japan)
    gender = verb_gender(hit, toks)
    if subject is None or gender is not None and (gender == "f") != feminine(subject, toks) and (
            gender == "f") == feminine(actor, toks):
        return actor, recipient, implicit
    return subject, recipient if recipient is not subject else None, False
