"""The one asked named by a pronoun on a call or demand verb: the party named before it, the recipient.

دعاه، يطالبه، دعاهم، داعيا إياهم، طلبت منهما، الذي طلبت منه الجمعية: a verb of calling, demanding, urging or asking
(events/requests' verbs and طلب) whose object is a pronoun — attached to the verb (ـه، ـها، ـهم، ـهما), after إيا
(إياه، إياهم) or after the من of asking right after the verb (طالبا منهم) — names no party of its own: the pronoun
resumes one named before it in the sentence. With no recipient found, that is the last participant before the verb
in its clause (not past أن / إن, a relative pronoun or a conjunction of time: the speaker of قال X إن ... طلبت منه is
not "him") that is not the caller (nor one joined to it), a place, a nationality adjective, a state for a plural
pronoun (نداء إلى المبعوث الأممي لليمن ... وطالبهم: not Yemen), or the caller's own state named
bare (مساندته لفلاحي جمنة، داعيا إياهم: the farmers; مذكرة لرئيس مجلس النواب يطالبه فيها: the speaker; احتجزت
المخابرات فلسطينيين ... وطلبت منهما: the two Palestinians). Not right after a relative pronoun, whose antecedent the
pronoun may resume as the subject's (رئيس الحكومة، الذي طلبت منه الجمعية: the roles there are the relative's). A
party the rules took as the subject before the verb behind a preposition is no subject: it is the one the attached
pronoun resumes, the recipient, and the verb's own subject is left unnamed (رسالة إلى وزير التربية تطالبه فيها بـ).
A verb joined by و whose subject the rules read as the bare party right before it shares the clause's subject, the
bare party before that one, and its pronoun resumes the party right before it (واستدعت الخارجية التركية السفير
الأميركي وطلبت منه: the ambassador is asked), as events/joined reads an attached pronoun — the object right before
the verb (past a comma or a time word at most), in the subject's clause.
"""

from __future__ import annotations

import re

from marsad.events.arguments import Arg
from marsad.events.cues import ADVERBS, CLAUSE_BREAKS
from marsad.events.requests import _VERBS
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_ASKING = _VERBS | {"request-ask"}
_ATTACHED = re.compile(r"^.{3,}[^ي](?:هما|هم|ها|ه)$")  # دعاه، يطالبهم، طالبتها (not the ي of a verb: يدعي)
_SEPARATE = norm_words("اياه اياها اياهم اياهما اياهن منه منها منهم منهما منهن")
_BREAKS = frozenset({".", ":", "؛"})
_SKIP = frozenset({"،", ",", '"', "«", "»", "“", "”"})
_OPENERS = CLAUSE_BREAKS - {"و", "،", ",", "«", "»", '"', "(", ")", "-"}  # أن، إن، الذي، عندما، حيث ...
_GAP = 2  # words between the object and the joined verb (commas, time words)
_RELATIVES = norm_words("الذي التي الذين اللذين اللتين")  # (رئيس الحكومة، الذي طلبت منه الجمعية: the antecedent)


def _pronoun(hit: TriggerHit, toks: list[str]) -> bool:
    """The verb at `hit` carries its object as a pronoun, attached or right after it (إياهم، منهم)."""
    w = toks[hit.i][hit.strip:]
    return bool(_ATTACHED.match(w)) or hit.j < len(toks) and toks[hit.j] in _SEPARATE


def _antecedent(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None) -> Arg | None:
    """The last participant before the verb, in its sentence, that the pronoun can resume."""
    start = max((k + 1 for k in range(hit.i) if toks[k] in _BREAKS or toks[k] in _OPENERS), default=0)
    team = {id(actor)} if actor is not None else set()
    for a in sorted(people, key=lambda a: a.i):  # (the caller and the ones joined to it: مصر والأردن)
        if actor is not None and a.conj and any(id(b) in team and 0 <= a.i - b.j <= 1 for b in people):
            team.add(id(a))
    own = actor.actor.country if actor is not None else None
    plural = toks[hit.i].endswith(("هم", "هما")) or hit.j < len(toks) and toks[hit.j].endswith(("هم", "هما"))
    for a in sorted((a for a in people if start <= a.i and a.j <= hit.i), key=lambda a: -a.i):
        if id(a) in team or actor is not None and a.i < actor.j and actor.i < a.j:
            continue
        if a.place or a.actor.kind in ("place", "nationality"):
            continue
        if a.actor.kind == "country" and (own is not None and a.actor.country == own or plural):
            continue
        return a
    return None


def asked_pronoun(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a call or demand verb whose object is a pronoun (دعاه، داعيا إياهم، طالبا
    منهم), with no recipient found: the party the pronoun resumes, named before the verb, is the one asked."""
    if recipient is not None or not hit.verbal or hit.trigger.id not in _ASKING or not _pronoun(hit, toks) or (
            hit.i > 0 and toks[hit.i - 1] in _RELATIVES):
        return actor, recipient, implicit
    if actor is not None and actor.prep is not None and actor.j <= hit.i and _ATTACHED.match(toks[hit.i][hit.strip:]):
        return None, actor, implicit  # رسالة إلى وزير التربية تطالبه فيها: the minister is asked, not the subject
    if actor is not None and actor.j <= hit.i and toks[hit.i][:1] == "و" and hit.strip >= 1:
        # واستدعت الخارجية التركية السفير الأميركي وطلبت منه: the joined verb shares the clause's subject, and its
        # pronoun resumes the object named right before it (events/joined, for a pronoun after the verb too)
        bare = [a for a in people if a.prep is None and not a.place and a.actor.kind != "place" and a.j <= hit.i]
        near = len(toks[actor.j:hit.i]) <= _GAP and all(w in _SKIP or w in ADVERBS for w in toks[actor.j:hit.i])
        if near and len(bare) >= 2 and actor is bare[-1] and not actor.conj and bare[-2].actor != actor.actor and not \
                any(w in CLAUSE_BREAKS or w[:1] == "و" for w in toks[bare[-2].j:actor.i]):
            return bare[-2], actor, False
        return actor, recipient, implicit
    return actor, _antecedent(hit, toks, people, actor), implicit
