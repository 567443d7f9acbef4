"""The one asked named after the subject of a demand or call verb: دعا X، Y، Z إلى ... — Z.

طالب، دعا، حث، ناشد take the party asked as a bare object between their subject and the requested act (events/
requests): دعا الأمين العام للأمم المتحدة، أنطونيو غوتيريس، الحكومات إلى ...، دعا كبير المفاوضين ميشال بارنييه
بريطانيا إلى ...، حثت السلطات الأسترالية السكان على .... When the rules found the subject right after the verb, the
bare participant (and the ones joined to it by و) that the act's opener follows is the one asked, not a party named
in the subject's own phrase (the name in apposition, the body a title is of).

It is not a person's name (a name after the subject is its apposition: دعا وزير الخارجية مايك بومبيو إلى), nor a
singular nationality adjective (the subject's epithet; a people — الفرنسيين، اليمنيين — may be asked), nor a place
or a party behind a preposition; and it is no genitive: the word before it ends a participant that is definite or a
proper name (بارنييه بريطانيا، الأسترالية السكان), or is a comma or an adverb — not a construct's indefinite head
(وزير خارجية فرنسا: France is the minister's). Nothing but participants, commas, adverbs and the words of their own
phrases stands between the verb and the opener within its clause.

Nor is a party behind a preposition (not من: طالب من X) in the chain right after that subject, before the act — طالب
مستشار الأمن الوطني في ميانمار بتقديم أدلة، ناشد مبعوث الأمم المتحدة لسوريا فرض هدنة —: it is the place or body of
the subject's title, no recipient for the rules or the ranker (in_subject).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.requests import _ACT_REACH, _ADVERBS, _BREAKS, _OPENERS, _QUOTES, _SKIP, _VERBS, _act
from marsad.events.triggers import TriggerHit

_NAMES = frozenset({"person", "country", "organisation", "institution"})  # (a proper name heads no construct)
_PEOPLE = ("يين", "يون")  # الفرنسيين، اليمنيون: a people, not the subject's adjective (الفرنسي، اليمنية)


def _opener(j: int, toks: list[str], people: list[Arg]) -> int:
    """Where the requested act opens after the verb ending at `j` (إلى، بـ، على، أن، a verbal noun under بـ / لـ),
    past the participants' own words (بارنييه is a name, not بـ and a verbal noun); -1 if not within reach."""
    covered = {m for a in people for m in range(a.i, a.j)}
    for k in range(j, min(len(toks), j + _ACT_REACH)):
        if toks[k] in (".", ":", "؛"):
            return -1
        w = toks[k].removeprefix("و")
        if k not in covered and (w in _OPENERS or _act(w)):
            return k
    return -1


def _last_before(k: int, toks: list[str], people: list[Arg]) -> Arg | None:
    """The bare participant that ends right before the act's opener at `k` (past commas, quotes and adverbs)."""
    m = k
    while m > 0 and (toks[m - 1] in _SKIP or toks[m - 1] in _ADVERBS):
        m -= 1
    return next((a for a in people if a.j == m), None)


def _first_conjunct(obj: Arg, people: list[Arg]) -> Arg:
    """مجلس الأمن والأمم المتحدة والمجتمع الدولي: the first of the participants joined by و that `obj` ends."""
    first = obj
    while first.conj:
        prev = next((a for a in people if a.j <= first.i and first.i - a.j <= 1), None)
        if prev is None:
            break
        first = prev
    return first


def _named(a: Arg) -> bool:
    """A person's name (a known person, or one no dictionary gives a sector), not a title (وزير الداخلية)."""
    return a.actor.kind == "person" and (a.actor.id is not None or a.actor.sector is None)


def _apposition(first: Arg, people: list[Arg]) -> bool:
    """`first` restates the subject: a name (دعا الوزير مايك بومبيو), or a title after a name (دعا بوتين، الرئيس
    الروسي، إلى)."""
    if _named(first):
        return True
    before = next((a for a in people if a.j <= first.i and first.i - a.j <= 1), None)
    return first.actor.kind == "person" and before is not None and _named(before)


def _not_genitive(first: Arg, toks: list[str], people: list[Arg]) -> bool:
    """The word before `first` is a comma or an adverb, or ends a participant that is definite or a proper name."""
    p = first.i - 1
    while p > 0 and toks[p] in _QUOTES:
        p -= 1
    if toks[p] in _SKIP or toks[p] in _ADVERBS:
        return True
    before = next((a for a in people if a.j == p + 1), None)
    return before is not None and (toks[p].startswith("ال") or before.actor.kind in _NAMES)


_ASKED_PREPS = frozenset({"من"})  # طالب من X أن، طالبا من مصالح الولاية: the one asked after من


def _in_subject(j: int, toks: list[str], people: list[Arg], arg: Arg, subject: Arg | None) -> bool:
    """`arg` stands behind a preposition (not من; a word of its own or a proclitic) in the chain of such phrases right
    after the subject `subject` (القائد السابق للجيش البريطاني في أفغانستان), which follows the verb ending at `j`,
    before the act's opener."""
    if subject is None or subject.i < j or arg.prep in (None, *_ASKED_PREPS) or _opener(j, toks, people) <= arg.i:
        return False
    end = subject.j
    for a in sorted(people, key=lambda a: a.i):
        if a.i > end + 1 or a.i <= subject.i:
            continue
        if a.prep in (None, *_ASKED_PREPS) or a.i < end:
            break
        if a is arg:
            return True
        end = a.j
    return False


def in_subject(rule: str, verbal: bool, toks: list[str], token: int, people: list[Arg], arg: Arg,
               actor_end: int | None) -> bool:
    """`arg` stands behind a preposition right after the subject of a demand or call verb at `token` (its trigger's
    rule; the subject's end offset `actor_end`), before the act's opener — طالب مستشار الأمن الوطني في ميانمار بتقديم
    أدلة، دعا الحزب الشيوعي في الصين إلى، ناشد مبعوث الأمم المتحدة لسوريا —: the place or body of the subject's
    title, not the one asked, who is a bare object (or after من): for events/ranker, which gives it no recipient's
    role either."""
    trigger = rule.split("@")[0].removeprefix("trigger:")
    subject = next((a for a in people if a.end == actor_end), None) if actor_end is not None else None
    return verbal and trigger in _VERBS and _in_subject(token + 1, toks, people, arg, subject)


def second_object(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a demand or call verb whose subject the rules found right after it, with the
    bare participant right before the requested act, past the subject, as the one asked."""
    if not hit.verbal or hit.trigger.id not in _VERBS:
        return actor, recipient, implicit
    if recipient is not None and _in_subject(hit.j, toks, people, recipient, actor):  # (في ميانمار، لسوريا)
        recipient = None
    if actor is None or actor.prep is not None or actor.i < hit.j:
        return actor, recipient, implicit
    k = _opener(hit.j, toks, people)
    obj = _last_before(k, toks, people) if k > actor.j else None
    if obj is None or obj.prep is not None or obj.place or obj.actor.kind == "place":
        return actor, recipient, implicit
    first = _first_conjunct(obj, people)
    if first.i < actor.j or first is actor or first.prep is not None or first.place or _apposition(first, people):
        return actor, recipient, implicit
    if first.actor.kind == "nationality" and not toks[first.i].endswith(_PEOPLE):
        return actor, recipient, implicit
    if any(w in _BREAKS for w in toks[actor.j:first.i]) or not _not_genitive(first, toks, people):
        return actor, recipient, implicit
    if recipient is not None and first.i <= recipient.i < obj.j:  # (already the one asked, or one joined to it)
        return actor, recipient, implicit
    return actor, first, implicit
