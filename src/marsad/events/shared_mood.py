"""The second act of a pair joined by و (or ثم) right after an act told as not taken place shares its mood: planned,
intended, called for or to come (خطط لتفجير المبنى وقتل حراسه، تعتزم الرد والتنديد، دعت إلى التضامن وإدانة ...،
ستعتقله وتبدأ ترحيله), so it is not counted either. Only when nothing between the two opens a clause of its own
(أن، الذي، حيث، بعد ...) and no other event stands between; a verb after و that names its own subject or is
a past verb after a present or future one (سيزور البلد والتقى ...، خطط للهجوم واعتقلته الشرطة) tells a new act."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.events.record import Event
from marsad.text.normalize import norm_words

_REACH = 8  # tokens from the unrealised act to the one joined to it
_UNREAL = ("future", "conditional")
# what opens a new clause, or ends the sentence's run, between the two acts (and a light verb of carrying out,
# وتم تكريمه ومنحه: the act is done)
_OPENERS = norm_words("""ان انه انها انهم بان بانه بانها لان الذي التي الذين اللذين اللتين حيث عندما بعدما بعد قبل
    فيما بينما لكن ولكن غير الا اذا لو كما وكان وكانت كان كانت تم جري""") | frozenset(". : ؛ ! ؟ « » \" ( )".split())
_PRESENT = ("ي", "ت", "ن")  # a present verb's prefix (after و): يطالب، تبدأ، نعمل (not ا: اعتقل is past)
# a light verbal noun carrying the joined act out (لاعتقال المحتجين وفرض عقوبات عليهم): the act's own noun follows
_CARRIED = norm_words("وفرض وشن واجراء وتنفيذ وعقد وتوقيع")


def _joined(toks: Sequence[str], u: Event, e: Event) -> bool:
    """The trigger carries the conjunction و (its span starts after it), or stands after a lone و or ثم, or a noun
    after a light verbal noun with و that follows an unrealised noun (past verbs read the same: not after a verb)."""
    k = e.token
    return toks[k][:1] == "و" and e.trigger.text[:1] != "و" or k > 0 and (toks[k - 1] in ("و", "ثم") or (
        toks[k - 1] in _CARRIED and not e.verbal and not u.verbal))


def _own_clause(toks: Sequence[str], u: Event, e: Event) -> bool:
    """The joined trigger is a verb of a clause of its own: its subject named after it (واعتقلته الشرطة), or past
    after a present or future verb (سيزور ... والتقى); after a noun of purpose (لتفجير، بشن) the same letters read
    as its parallel verbal noun (لتفجير المبنى وقتل حراسه)."""
    if not e.verbal:
        return False
    if e.actor is not None and not e.actor.implicit and e.actor.span.start > e.trigger.start:
        return True  # (a party before the verb is the clause's own subject carried on, not a new one)
    body = toks[e.token].removeprefix("و")
    if not u.verbal:  # (not after a comma: ...، ودعا الأطراف opens a sentence of its own)
        return toks[e.token - 1] in ("،", ",") or toks[u.token].removeprefix("و")[:1] not in ("ل", "ب")
    return not body.startswith(_PRESENT)


def shared_mood(events: list[Event], toks: Sequence[str]) -> list[Event]:
    """`events` (one sentence's) with each asserted act joined by و to an unrealised one just before it given that
    act's mood and uncounted; in order, so a chain (لتفجير ... وقتل ... ثم مهاجمة) is followed to its end."""
    out = list(events)
    order = sorted(range(len(out)), key=lambda n: out[n].token)
    for b in order:
        e = out[b]
        before = [out[a] for a in order if out[a].token < e.token]
        last = [u for u in before if u.token == before[-1].token] if before else []
        u = next((u for u in last if u.modality in _UNREAL), None)  # (one event per actor shares a trigger)
        if u is None or e.modality != "asserted" or e.negated or e.token - u.token > _REACH \
                or not _joined(toks, u, e) or _own_clause(toks, u, e):
            continue
        if any(w in _OPENERS or w.removeprefix("و") in _OPENERS for w in toks[u.token + 1:e.token]):
            continue
        out[b] = replace(e, modality=u.modality, reported=False)
    return out
