"""One target for an attack told twice in a sentence (applied in `settled`, after the sentence's events are
folded into one per incident, so that neither telling is lost): a noun of attack
and the verb of targeting it is the subject of — استهدفت الغارات مواقع لفيلق القدس داخل سوريا، غارات جوية
استهدفت متمردين تشاديين في جنوب ليبيا — or the killing it is told as the means or place of — قتل زعيم الجماعة
الباكستانية في ضربة أميركية في أفغانستان — name one act. When one of the two has only the state of a place as its
target (events/sides.place_target) and the other a party of another country named before that place, the party is
the target of both — the place only says where the party was struck — and an author only one of them names is
the other's too (when neither names one, the ranker is not asked for one: the place it would now find free
names no author).

And one author (`retold`, applied in stages/events after the ranker, to the attacks it left with no author): a
noun of attack with the article that retells an attack told before it in its sentence — وكانت قوات الجيش قد هاجمت
مواقع الحوثيين، حيث أسفر الهجوم عن مقتل خمسة مسلحين; بعد الضربات الصاروخية الأميركية ... مقتل ستة في الهجوم;
هذا الهجوم — names no author of its own: the nearest attack before it gives its author, when it names one outright
(not a pronoun or a subject carried over, not a monitor or an outlet that tells of it, not an act negated or only
planned, not two sides or several authors; an earlier attack with no author stops the search: the noun may retell
that one), and its target when the noun has none, only a place's state or that author. Not after a verbal noun
with a pronoun — بعد محاولته الهجوم: the pronoun's party attacked. A killing the noun is told to cause (أسفر
الهجوم عن مقتل، قتل ستة في الهجوم) is then joined to it again (events/sides.join_consequence). Not across
sentences: the attack named in the sentence before is often not the one retold, and our judges code a sentence by
its own words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.events.answers import answer_accusation
from marsad.events.arguments import Arg
from marsad.events.authors import ATTACK_NOUNS
from marsad.events.own_state import own_state
from marsad.events.record import Event, Participant
from marsad.events.shared_mood import shared_mood
from marsad.events.sides import join_consequence, merge_same
from marsad.text.normalize import norm_words

_TARGETING = "trigger:assault-target@"
_KILLINGS = ("trigger:assault-kill@", "trigger:assault-liquidate@", "trigger:assault-assassinate@")
_SUBJECT_REACH = 6  # tokens from a noun of attack to the verb of targeting it is the subject of
_MEANS_REACH = 8  # tokens from a killing to the noun of attack told as its means or place (قتل ... في غارة)
_BREAKS = frozenset({".", "؛", ":", "!", "؟"})
_IN = frozenset({"في", "خلال", "جراء", "اثر", "اثناء"})  # (normalised)
_PLACES = frozenset({"place", "country"})


def _placed(p: Participant | None) -> bool:
    """A target that is only the state of a place: a country or a town, with no sector."""
    return p is not None and p.actor.kind in _PLACES and p.actor.sector is None and bool(p.actor.country)


def _party(p: Participant | None, place: Participant) -> bool:
    """A named party of another country than the place, told before it (مواقع لفيلق القدس داخل سوريا) — not a
    nationality adjective, nor a place itself."""
    return p is not None and not p.implicit and p.actor.kind not in (*_PLACES, "nationality") \
        and bool(p.actor.country) and p.actor.country != place.actor.country and p.span.end <= place.span.start


def _attack_noun(e: Event, toks: Sequence[str]) -> bool:
    w = toks[e.token] if 0 <= e.token < len(toks) else ""
    return not e.verbal and w.lstrip("وبل").removeprefix("ال") in ATTACK_NOUNS


def _subject_of(noun: Event, verb: Event, toks: Sequence[str]) -> bool:
    """The noun of attack is the subject of the verb of targeting: right after it (استهدفت الغارات X), or before it
    with no one named between but the noun's own author (غارات للتحالف استهدفت، الغارات التي استهدفت X)."""
    if not (verb.verbal and verb.rule.startswith(_TARGETING)):
        return False
    if noun.token == verb.token + 1:
        return True
    if not 0 < verb.token - noun.token <= _SUBJECT_REACH or any(w in _BREAKS for w in toks[noun.token:verb.token]):
        return False
    # (not when the verb's own subject stands between: غارات، واستهدفت القوات X)
    subject = verb.actor
    return subject is None or subject.implicit or not noun.trigger.end <= subject.span.start < verb.trigger.start \
        or noun.actor is not None and subject.actor == noun.actor.actor


def _means_of(noun: Event, killing: Event, toks: Sequence[str]) -> bool:
    """The noun of attack is told as where or by what the killing was done, in its clause: قتل X في غارة، مقتل X
    بضربة جوية، قتل قيادي في الحركة خلال غارة."""
    if not killing.rule.startswith(_KILLINGS) or not 0 < noun.token - killing.token <= _MEANS_REACH:
        return False
    w = toks[noun.token]
    return not any(x in _BREAKS or x in ("،", ",") for x in toks[killing.token:noun.token]) and (
        w[:1] == "ب" or w[:2] == "وب" or toks[noun.token - 1] in _IN)


def _linked(a: Event, b: Event, toks: Sequence[str]) -> bool:
    """a and b tell one attack: one is a noun of attack, the other the verb it is the subject of or the killing it
    is the means of."""
    for noun, other in ((a, b), (b, a)):
        if _attack_noun(noun, toks) and (_subject_of(noun, other, toks) or _means_of(noun, other, toks)):
            return True
    return False


def shared_target(events: list[Event], toks: Sequence[str]) -> list[Event]:
    """The events of one sentence, each attack whose target is only a place's state given the party the same act
    names as its target in the other words that tell it."""
    out = list(events)
    for n, e in enumerate(out):
        if e.event_type != "ASSAULT" or e.negated or not _placed(e.recipient):
            continue
        assert e.recipient is not None
        other = next((o for o in events if o is not e and o.event_type == "ASSAULT" and not o.negated
                      and _party(o.recipient, e.recipient) and _linked(e, o, toks)), None)
        if other is None:
            continue
        # (and its author, when this telling names none: one act, one author; when neither names one, the place
        # freed is no candidate author for the ranker: left unnamed, as the other telling leaves it)
        unnamed = e.actor is None and other.actor is None and "|actor:unnamed" not in e.rule
        out[n] = replace(e, recipient=other.recipient, actor=e.actor or other.actor,
                         rule=e.rule + ("|actor:unnamed" if unnamed else ""))
    return out


def settled(events: list[Event], toks: Sequence[str]) -> list[Event]:
    """A sentence's events once all its words are read: killings joined to the attack that caused them, answers
    to accusations, a state's stance toward itself cleared, one event per incident (events/sides, events/answers,
    events/own_state), then one target per attack told twice."""
    return shared_target(merge_same(own_state(answer_accusation(join_consequence(shared_mood(events, toks), toks)))),
                         toks)


_DEMONSTRATIVES = norm_words("هذا هذه ذلك تلك")
_TELLERS = frozenset({"NGO", "MED"})  # who tells of an attack is not read as its author here
_UNREAL = frozenset({"future", "conditional"})
# a verbal noun with a pronoun right before the attack noun names its author by that pronoun (محاولته الهجوم)
_OWNED = norm_words("""محاولته محاولتها محاولتهم محاولتهما قيامه قيامها قيامهم تنفيذه تنفيذها تنفيذهم شنه شنها
    شنهم مشاركته مشاركتها مشاركتهم""")


def _definite(toks: Sequence[str], k: int) -> bool:
    """The word at `k` is an attack noun with the article, maybe after a conjunction or a preposition (الهجوم،
    وأسفر الهجوم، في الهجوم، بالغارات، للعملية), not one with a pronoun (هجومه: events/attack_owner)."""
    w = toks[k] if 0 <= k < len(toks) else ""
    for prefix in ("و", "ف"):
        w = w.removeprefix(prefix) if len(w) > 4 else w
    w = w[1:] if w[:3] in ("بال", "كال") else "ال" + w[2:] if w[:2] == "لل" else w
    return w.startswith("ال") and w[2:] in ATTACK_NOUNS


def _plain(p: Participant | None) -> bool:
    return p is not None and not p.implicit and p.actor.code is not None and p.actor.sector not in _TELLERS


def _antecedent(e: Event, events: Sequence[Event]) -> Event | None:
    """The attack the noun `e` retells, the nearest earlier one in its sentence, when it names its author outright,
    alone, and took place."""
    before = [o for o in events if o.event_type == "ASSAULT" and o.sentence[0] == e.sentence[0]
              and o.token < e.token]
    if not before:
        return None
    last = max(o.token for o in before)
    told = [o for o in before if o.token == last]
    a = told[0]
    author = a.actor.actor if a.actor is not None else None
    if author is None or a.negated or a.modality in _UNREAL or not all(
            _plain(o.actor) and o.actor is not None and o.actor.actor == author for o in told):
        return None  # (no author, a pronoun, two sides or several authors, or not done)
    return a


def _target(e: Event, a: Event) -> Participant | None:
    """The retelling noun's target: its own, unless it has none, only a place's state, or the author found — then
    the retold attack's (when it has one that is not its author)."""
    assert a.actor is not None
    author, own, told = a.actor.actor, e.recipient, a.recipient
    if own is not None and own.actor != author and not (own.actor.kind in _PLACES and own.actor.sector is None):
        return own
    if told is not None and told.actor != author:
        return told
    return own if own is not None and own.actor != author else None


def retold(events: list[Event], seen: dict[int, tuple[list[Arg], list[str]]]) -> list[Event]:
    """The document's events, each definite attack noun with no author that retells an attack told just before
    given that attack's author (and target, see `_target`), and the killings it causes joined to it again."""
    out = list(events)
    changed: set[int] = set()
    for n, e in enumerate(out):
        if e.event_type != "ASSAULT" or e.actor is not None or e.verbal or e.negated or e.modality in _UNREAL:
            continue
        toks = seen.get(e.sentence[0], ([], []))[1]
        if not (_definite(toks, e.token) or e.token > 0 and toks[e.token - 1] in _DEMONSTRATIVES
                and toks[e.token].removeprefix("ال") in ATTACK_NOUNS):
            continue
        if e.token > 0 and toks[e.token - 1].removeprefix("و").removeprefix("ب") in _OWNED:
            continue  # بعد محاولته الهجوم: the pronoun's party attacked (events/attack_owner)
        a = _antecedent(e, out)
        if a is None or a.actor is None:
            continue
        out[n] = replace(e, actor=a.actor, recipient=_target(e, a), rule=e.rule + "|actor:retold")
        changed.add(e.sentence[0])
    for si in sorted(changed):
        idx = [k for k, e in enumerate(out) if e.sentence[0] == si]
        joined = join_consequence([out[k] for k in idx], seen.get(si, ([], []))[1])
        for k, e in zip(idx, joined, strict=True):
            out[k] = e
    return out
