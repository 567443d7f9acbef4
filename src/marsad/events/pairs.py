"""Two parties named by one dual noun as the subject of an agreement, a pledge, a backing or a refusal
(اتفق الزعيمان, إن البلدين اتفقا, تعهد الجانبان): the dual stands for the two parties named last, each the other's
counterpart — the event's actor is one of them, its recipient the other. So does a meeting noun's dual of two persons
as its genitive or بين party (اجتماع الزعيمين، القمة بين الرئيسين): the persons of two countries last named."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.doc import Mention
from marsad.events.arguments import Arg
from marsad.events.record import Event, Span
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import Actor, Knowledge
from marsad.text.normalize import norm_words

# the dual of a party: nominative (ـان) and oblique (ـين) — البلدان / البلدين, الزعيمان / الزعيمين
_DUALS = norm_words("""الزعيمان الزعيمين الوزيران الوزيرين الرئيسان الرئيسين الجانبان الجانبين الطرفان الطرفين
    البلدان البلدين الدولتان الدولتين الحكومتان الحكومتين الفريقان الفريقين الزعيمين القائدان القائدين""")
_TYPES = frozenset({"AGREE", "SUPPORT", "REJECT", "CONSULT", "COOPERATE"})
_BETWEEN = norm_words("قد لقد")  # البلدين قد اتفقا
_TEAMS = norm_words("الفريقان الفريقين")
# the duals that name two persons (the two leaders, ministers, presidents): they stand for the persons last named
_PERSONS = norm_words("الزعيمان الزعيمين الوزيران الوزيرين الرئيسان الرئيسين القائدان القائدين")
_NOT_ADJ = norm_words("الذي التي")


def _dual(word: str) -> bool:
    return word in _DUALS or word[:1] in ("و", "ف") and word[1:] in _DUALS


def dual_subject(hit: TriggerHit, toks: list[str]) -> bool:
    """The verb's subject is a dual noun: right after it (اتفق الوزيران، تعهد الزعيمان) or right before it, a
    particle allowed between (إن الزعيمين اتفقا, البلدين قد اتفقا)."""
    if not hit.verbal:
        return meeting_of_two(hit, toks) >= 0
    if hit.trigger.type not in _TYPES:
        return False
    if hit.j < len(toks) and _dual(toks[hit.j]):
        k = hit.j
    else:
        k = hit.i - 1 - (hit.i > 1 and toks[hit.i - 1] in _BETWEEN)
        if k < 0 or not _dual(toks[k]):
            return False
    if hit.trigger.type in ("CONSULT", "COOPERATE") and toks[k].removeprefix("و") in _TEAMS:
        return False  # التقى الفريقان: two teams met, a match
    # (تحدث الرئيسان الفرنسي والروسي: the dual's own nationality adjectives name its parties)
    return not (k + 1 < len(toks) and len(toks[k + 1]) > 4 and toks[k + 1].startswith("ال")
                and toks[k + 1].endswith("ي") and toks[k + 1] not in _NOT_ADJ)


def meeting_of_two(hit: TriggerHit, toks: list[str]) -> int:
    """Where a meeting noun's dual of two persons stands — its genitive or its بين party right after it (اجتماع
    الزعيمين، قمة الرئيسين، المحادثات بين الوزيرين) —, else -1; not one its own nationality adjectives follow
    (لقاء الرئيسين الفرنسي والروسي: the adjectives name them)."""
    if hit.verbal or hit.trigger.type != "CONSULT":
        return -1
    k = hit.j + (hit.j + 1 < len(toks) and toks[hit.j] == "بين")
    if k >= len(toks) or toks[k] not in _PERSONS:
        return -1
    return -1 if k + 1 < len(toks) and len(toks[k + 1]) > 4 and toks[k + 1].startswith("ال") and toks[
        k + 1].endswith("ي") and toks[k + 1] not in _NOT_ADJ else k


# a dual that names its two countries itself (الكوريتان: North and South Korea; country_pairs.yaml), keyed by its
# normalised form; a clitic و / ل / ب is allowed
NamedPairs = Mapping[str, tuple[Actor, Actor]]


def named_pairs(knowledge: Knowledge) -> dict[str, tuple[Actor, Actor]]:
    """The countries of each dual of country_pairs.yaml, as actors."""
    def country(code: str) -> Actor:
        return Actor(knowledge.countries[code].name, code, code=code, id=code, kind="country")
    return {w: (country(a), country(b)) for w, (a, b) in knowledge.country_pairs.items()}


_NAMED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_HEADS = norm_words("زعيما زعيمي رئيسا رئيسي قادة قاده وفدا وفدي حكومتا حكومتي")  # زعيما الكوريتين


def _named_at(named: NamedPairs, toks: list[str], k: int) -> tuple[Actor, Actor] | None:
    """The two countries of a named dual at token k, or their governments past a head of the two (زعيمي
    الكوريتين)."""
    head = 0 <= k < len(toks) - 1 and toks[k].removeprefix("و") in _HEADS
    k += head
    if not 0 <= k < len(toks):
        return None
    w = toks[k]
    pair = named.get(w) or (named.get(w[1:]) if w[:1] in ("و", "ل", "ب") else None)
    if pair is None or not head:
        return pair
    north, south = (replace(a, sector="GOV", code=f"{a.country}GOV") for a in pair)
    return north, south


def named_dual(hit: TriggerHit, toks: list[str], span: Span, named: NamedPairs) -> list[Arg]:
    """A meeting, an agreement or a cooperation of the two countries one dual names (اتفقت الكوريتان، الكوريتان
    اتفقتا، تعهد الكوريتين، القمة بين الكوريتين، المحادثات بين زعيمي الكوريتين): each is the other's partner. The
    dual is the verb's subject right after or before it, or the noun's genitive, or its بين party right after it
    (past an adjective)."""
    if hit.trigger.type not in _NAMED_TYPES or not named:
        return []
    k = hit.j
    if not hit.verbal:
        while k < min(len(toks), hit.j + 2) and toks[k].endswith("يه") and toks[k] != "بين":
            k += 1  # (القمة التاريخية بين)
        k += k < len(toks) and toks[k] == "بين"
    pair = _named_at(named, toks, k)
    if pair is None and hit.verbal:
        b = hit.i - 1 - (hit.i > 1 and toks[hit.i - 1] in _BETWEEN)
        pair = _named_at(named, toks, b) or _named_at(named, toks, b - 1)
        pair = pair if b >= 0 else None
    if pair is None:
        return []
    return [Arg(hit.i, hit.j, span.start, span.end, a, None, False) for a in pair]


def _persons_before(hit: TriggerHit, toks: list[str], mentions: Sequence[Mention], start: int) -> list[Actor]:
    """For a dual of two persons (اتفق الزعيمان، الوزيرين): the persons of a country named before `start`, one per
    country, latest last (وزيرا الخارجية التركي ... والأميركي ... واتفق الوزيران: Turkey's and the United States')."""
    k = meeting_of_two(hit, toks) if not hit.verbal else hit.j if hit.j < len(toks) and _dual(toks[hit.j]) else \
        hit.i - 1 - (hit.i > 1 and toks[hit.i - 1] in _BETWEEN)
    if not 0 <= k < len(toks) or toks[k].removeprefix("و").removeprefix("ف") not in _PERSONS:
        return []
    last: dict[str, Actor] = {}
    for m in mentions:
        if m.end <= start and m.type == "PER" and m.actor is not None and m.actor.country:
            last.pop(m.actor.country, None)
            last[m.actor.country] = m.actor
    return list(last.values())


def dual_parties(hit: TriggerHit, toks: list[str], args: list[Arg], recent: list[Actor], span: Span,
                 before: Sequence[Event] = (), named: NamedPairs | None = None,
                 mentions: Sequence[Mention] = ()) -> list[Arg]:
    """The two parties a dual subject stands for: the last two countries named before it in the sentence (ترمب هنأ
    أردوغان ... وأن الزعيمين اتفقا), else completed by the last ones named before the sentence (قال بومبيو إن
    الجانبين اتفقا: Pompeo's country and the other one last named, standing at the trigger) — first the two sides
    of the last event told between two countries (التقى الوزير الأميركي نظيره التركي ... واتفق الوزيران), then the
    countries last named; a dual of two persons (الزعيمان، الوزيران) first takes the persons of two countries last
    named before it (`mentions`, the article's). Each acts in one record, the other receiving it, as for any
    two-sided event. A dual that names its own two countries (الكوريتان) is theirs (named_dual)."""
    if both := named_dual(hit, toks, span, named or {}):
        return both
    if not dual_subject(hit, toks):
        return []
    if not hit.verbal:  # اجتماع الزعيمين: the two persons last named, not a speaker of the sentence (قال X إن قمة ...)
        two = _persons_before(hit, toks, mentions, span.start)[-2:]
        return [Arg(hit.i, hit.j, span.start, span.end, a, None, False) for a in two] if len(two) == 2 else []
    last: dict[str, Arg] = {}
    for a in sorted(args, key=lambda a: a.i):
        c = a.actor.country
        if a.j <= hit.i and not a.place and a.actor.kind != "place" and c:
            last.pop(c, None)
            last[c] = a
    found = list(last.values())[-2:]
    seen = {p.actor.country for p in found}
    sides = next(([e.actor.actor, e.recipient.actor] for e in reversed(before) if e.actor is not None
                  and e.recipient is not None and e.actor.actor.country and e.recipient.actor.country
                  and "place" not in (e.actor.actor.kind, e.recipient.actor.kind)  # (قمة هلسنكي: no party)
                  and e.actor.actor.country != e.recipient.actor.country and (
                      not seen or seen & {e.actor.actor.country, e.recipient.actor.country})), [])
    for actor in [*reversed(_persons_before(hit, toks, mentions, span.start)), *reversed(sides), *reversed(recent)]:
        if len(found) >= 2:
            break
        if actor.country and actor.country not in seen:
            found.insert(0, Arg(hit.i, hit.j, span.start, span.end, actor, None, False))
            seen.add(actor.country)
    return found if len(found) == 2 else []
