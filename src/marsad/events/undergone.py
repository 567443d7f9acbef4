"""The subject of a verb of undergoing is the one an attack, a coercion or a threat is done to, never its author
(used by events/first_roles): تعرض / يتعرض لـ، عانى / يعاني (من)، خضع / يخضع لـ، وقع ضحية لـ X.

    يعاني آلاف المدنيين حصارا خانقا        → COERCE: recipient the civilians, actor empty
    تعرضت مواقع للجيش لقصف صاروخي           → ASSAULT: recipient the army, actor empty
    تعرض مسؤولون لتهديدات من قبل جماعة مسلحة → THREATEN: recipient the officials, actor the group

The actor is only a party an agent phrase names (من قبل X، على يد X، بنيران X، هجوم من X: events/agents), the
noun's genitive (لغارات التحالف) or its nationality adjective (لقصف إسرائيلي); else it is left unnamed, and the
ranker does not refill it with the sufferer, its state or the place. A لـ noun spelled like a past verb (لقصف)
after تعرض is the noun (the لام of purpose never takes a past verb). Undergone accusations and sanctions are
events/accused and events/sanctioned."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.authors import author_adjective
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# verbs whose object takes لـ (تعرض لقصف، خضع لحصار، وقع ضحية لهجوم)
_LAM = norm_words("تعرض تعرضت تعرضوا يتعرض تتعرض يتعرضون تتعرضان يتعرضان تعرضا تعرضتا خضع خضعت خضعوا يخضع تخضع "
                  "يخضعون خضعا تعرضه تعرضها تعرضهم تعرضهما خضوع خضوعه خضوعها خضوعهم")
# verbs whose object is accusative or takes من (يعاني حصارا، تعاني من الحصار)
_ENDURE = norm_words("عانى عانت عانوا يعاني تعاني يعانون تعانيان يعانيان عانيا رزح رزحت يرزح ترزح يرزحون "
                    "معاناه معاناته معاناتها معاناتهم")
_FELL = norm_words("وقع وقعت وقعوا يقع تقع يقعون")  # وقع ضحية لـ
_VICTIM = norm_words("ضحيه ضحايا")
_BREAKS = frozenset({".", "؛", ":", "،", ",", "ان", "انه", "انها", "انهم", "الذي", "التي", "الذين", "فيما", "بينما",
                     "بعد", "قبل", "و"})
_PREPS = frozenset({"في", "جراء", "بسبب", "على", "علي", "عن", "الى", "الي", "مع", "منذ", "نتيجه", "اثر", "بعد"})
_SAID = frozenset({".", "؛", ":", "ان", "انه", "انها", "انهم", "بان"})  # what opens a told clause
_AUXILIARY = norm_words("قد لا لم ما تزال يزال زال زالت كان كانت كانوا ظل ظلت")
_REACH = 10


def _verb(hit: TriggerHit, toks: list[str]) -> int:
    """Index of the verb of undergoing that governs the trigger's noun in the same clause, or -1."""
    tok = toks[hit.i]
    lam = tok.startswith("ل")  # (the trigger may list the whole word: للتهديد)
    prev = toks[hit.i - 1] if hit.i > 0 else ""
    for k in range(hit.i - 1, max(-1, hit.i - _REACH - 1), -1):
        w = toks[k]
        # (past و / ف, and the verbal noun after بـ / لـ: وتعرضت، بتعرض مواقع للجيش لقصف)
        w = w[1:] if w[:1] in ("و", "ف", "ب", "ل") and w[1:] in _LAM | _ENDURE | _FELL else w
        if w in _LAM:
            return k if lam or prev in ("الى", "الي") else -1
        if w in _ENDURE:
            # يعاني حصارا / تعاني من الحصار (not a لـ or بـ noun: يعاني لأجل، بسبب)
            # (the bare accusative only right after the subject, no preposition between: not يعاني السكان الجوع جراء
            # الحصار; من may stand in a count: أكثر من ألف)
            return k if prev == "من" or not hit.strip and not tok.startswith(("ل", "ب")) and not any(
                x in _PREPS for x in toks[k + 1:hit.i]) else -1
        if w in _FELL:
            return k if lam and prev in _VICTIM else -1
        if w in _BREAKS:
            return -1
    return -1


def sufferer(hit: TriggerHit, toks: list[str], args: list[Arg]) -> tuple[Arg | None] | None:
    """The party that undergoes the act named by `hit` (see the module's docstring), in a 1-tuple: None inside when
    no participant names it (تعرضهم لضربات: the pronoun's referent, for the ranker); None when no verb of
    undergoing governs the act."""
    if hit.trigger.type not in TYPES or hit.verbal and not toks[hit.i].startswith("ل"):
        return None
    k = _verb(hit, toks)
    if k < 0:
        return None
    people = [a for a in args if not a.place]
    # the subject after the verb (تعرضت مواقع للجيش لقصف، يعاني سكان البلدة من الحصار), else the one right before it
    between = [a for a in people if a.i > k and a.j <= hit.i and a.prep in (None, "ل")
               and not agent_marked(toks, a.i)]
    if between:
        return (between[0],)
    # (right before it, past an auxiliary only — قوات الأمن لا تزال تتعرض —, not another verb's: أكد التلفزيون تعرض)
    before = [a for a in people if a.j <= k and k - a.j <= 2 and a.prep is None and all(
        w in _AUXILIARY for w in toks[a.j:k])]
    return (before[-1] if before else None,)


def undergone_actor(hit: TriggerHit, toks: list[str], args: list[Arg], victim: Arg | None) -> Arg | None:
    """The actor of an act `victim` undergoes: a party an agent phrase names after the noun, the noun's genitive
    (لغارات التحالف) or its nationality adjective (لقصف إسرائيلي); None if it is not named."""
    people = [a for a in args if not a.place and a is not victim]
    after = [a for a in people if a.i >= hit.j and a.i - hit.j <= 8]
    marked = next((a for a in after if agent_marked(toks, a.i)), None)
    if marked is not None:
        return marked
    noun = replace(hit, verbal=False)
    adjective = author_adjective(noun, toks, after)
    if adjective is not None:
        return adjective
    if hit.trigger.type != "ASSAULT":  # (حصار البلدة: a siege's genitive is the besieged)
        return None
    return next((a for a in after if a.i == hit.j and a.prep is None and a.actor.kind != "place"), None)


def undergone_roles(hit: TriggerHit, toks: list[str], args: list[Arg], found: tuple[Arg | None],
                    actor: Arg | None, recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an undergone act (`found`: what `sufferer` gave) over the rules' (actor, recipient):
    the sufferer is the recipient; when no participant names it (تعرضهم لضربات) the party the rules took before the
    noun — the pronoun's referent — is, and the actor is only a party an agent phrase, the genitive or the adjective
    names (`undergone_actor`)."""
    victim = found[0]
    # (only a verbal noun with a pronoun — تعرضهم — resumes a party named before; a bare verb's subject unnamed is
    # none of the rules' parties: أكد التلفزيون تعرض مواقع لقصف, the teller)
    if victim is None and toks[_verb(hit, toks)].endswith(("ه", "ها", "هم", "هما")):
        # (in its own clause: not the teller of قالت الحكومة إن المدينة تعرضت لقصف)
        victim = next((a for a in (recipient, actor) if a is not None and a.j <= hit.i and not any(
            w in _SAID for w in toks[a.j:hit.i])), None)
    author = undergone_actor(hit, toks, args, victim)
    if author is None and actor is not None and actor is not victim and actor.i >= hit.j:
        author = actor  # (the rules' author named after the noun: بصاروخ من طائرة إسرائيلية، حصار تفرضه X)
    return author, victim
