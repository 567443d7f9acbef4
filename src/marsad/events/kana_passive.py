"""The subject of a pluperfect of holding or charging with no object is the one held or charged, not the holder.

وكان الصحفي الفرنسي قد اعتقل في دمشق، وكان هذا المواطن اعتقل في الأول من يونيو، وكان المدون قد اتهم بإهانة:
a clause that كان opens names its subject before the verb (events/pluperfect), so what follows the verb is its
object. When nothing follows that the verb could hold or charge — no bare party, no person noun, no count, no
pronoun on the verb, up to the clause's end — the verb is the passive (uʿtuqila, ittuhima): the person named after
كان is the one it is done to, the recipient, never the actor. A party that holds or charges — a state, a body, an
authority or its men (وكانت الشرطة قد اعتقلت، وكان الجيش قد احتجز) — keeps the roles found. The holder is then the
state of the place told with في after the verb for an arrest (اعتقل في دمشق: Syria holds him), else no one;
a charge's accuser is left unnamed.

So too a clause a bare أن / إن / بأن opens after a verb of saying or a word of report — تفيد تقارير بأن مواطنا
يابانيا احتجز هذا الشهر في كوريا الشمالية، ذكرت الوزارة أن الناشطة اعتقلت بعد ...، قالت الشرطة إن الرجال الخمسة
اتهموا "بالتآمر" —: the noun after the particle (definite, or an indefinite person noun or count: مواطنا، 29 شخصا)
is the verb's subject, and when it is no authority and the verb is followed only by a circumstance of the holding
(a time, في، بعد، لدى، على يد, the clause's end) or, for a charge, by the charge's بـ, the verb is the passive: that
person is the recipient. The speaker, or a party the rules took outside that clause, is then no role of it.
Not when the words after the verb could be its object (أن امرأة اتهمت الوزير بـ، إن مسلحين احتجزوا رهائن)
nor when an authority opens the clause (إن الشرطة اعتقلت ...: active).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.held import BETWEEN, COUNTS, HOLDING, person_at
from marsad.events.record import Participant, Span
from marsad.knowledge.records import STATE_SECTORS, Actor
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_CHARGING = ("accuse-accuse", "accuse-charge")
# the verbs' own forms, third person, with no pronoun: what their passive is spelt as (normalised)
_BARE = norm_words("""اعتقل اعتقلت اعتقلوا احتجز احتجزت احتجزوا اوقف اوقفت اوقفوا سجن سجنت سجنوا
    اتهم اتهمت اتهموا""")
_KANA = norm_words("كان كانت وكان وكانت فكان فكانت")
_THAT = norm_words("أن إن بأن وأن وإن")  # (a bare particle: أنه / إنها open with a pronoun, events/told_killed)
# what may follow a passive verb of holding after أن: a circumstance of the holding, not an object (normalised)
_HELD_AFTER = norm_words("في بعد قبل خلال أثناء لدى منذ عند عقب إثر اثر بسبب بتهمة بتهم للاشتباه يوم هذا هذه"
                         " الشهر الأسبوع العام الليلة بأيدي بيد") | BETWEEN
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_THIS = norm_words("هذا هذه ذلك تلك قد")
_REACH = 8
_ENDS = frozenset({".", "،", ",", "؛", ":", "و", "ثم", "بينما", "فيما", "حيث", "لكن", "لكنه", "بعد", "قبل",
                   "عندما", "حين", "اثر", "إثر", "لدى"})


def _opener(hit: TriggerHit, toks: list[str]) -> int:
    """The nearest كان or bare أن / إن / بأن before the verb within _REACH words; -1."""
    return next((k for k in range(hit.i - 1, max(-1, hit.i - 1 - _REACH), -1)
                 if toks[k] in _KANA or toks[k] in _THAT), -1)


def _subject(hit: TriggerHit, toks: list[str], people: list[Arg]) -> Arg | None:
    """The one bare party between a كان (or a bare أن) that opens the clause and the verb, with only a
    demonstrative, قد and definite words (its noun, its adjectives: هذا المواطن الإكوادوري) — after أن also an
    indefinite person noun or a count (مواطنا يابانيا، 29 شخصا), quote marks and a person's first name no
    dictionary lists — and an aside in brackets beside it; else None."""
    k = _opener(hit, toks)
    that = k >= 0 and toks[k] in _THAT
    inside = [a for a in people if k < a.i < hit.i]
    if k < 0 or len(inside) != 1 or inside[0].prep is not None or inside[0].j > hit.i:
        return None
    first = inside[0]
    opened = [n for n in range(k + 1, hit.i) if toks[n] == "("]
    shut = next((n for n in range(opened[0], hit.i) if toks[n] == ")"), -1) if opened else -1
    rest = [n for n in range(k + 1, hit.i) if not first.i <= n < first.j and not (  # (35 عاما): an aside
        opened and opened[0] <= n <= shut)]
    return first if all(toks[n] in _THIS or toks[n].startswith("ال") and toks[n] not in _ENDS or that and (
        toks[n] in _QUOTES or toks[n] in COUNTS or toks[n].isdigit() or person_at(toks, n, n + 1) is not None
        or n == first.i - 1 and first.actor.kind == "person") for n in rest) else None  # (a first name: ماريا X)


def _authority(a: Arg) -> bool:
    """A party that holds or charges: a state, a body, an authority or armed men (not a person of it)."""
    return a.actor.kind in ("country", "institution", "organisation") or (
        a.actor.kind != "person" and a.actor.sector not in (None, "CVL"))


def _no_object(hit: TriggerHit, toks: list[str], args: list[Arg]) -> bool:
    """Nothing the verb could hold after it: no bare party to the clause's end, no count nor person noun first."""
    end = next((n for n in range(hit.j, len(toks)) if toks[n] in _ENDS), len(toks))
    if any(hit.j <= a.i < end and a.prep is None and not a.place for a in args):
        return False
    k = hit.j
    while k < end and toks[k] in BETWEEN:
        k += 1  # (اعتقل أمس ثلاثة: a time before the object)
    return k >= end or not (toks[k] in COUNTS or toks[k].isdigit() or person_at(toks, k, k + 1) is not None)


def _holder(hit: TriggerHit, toks: list[str], args: list[Arg], doc: Document) -> Participant | None:
    """The state of the place told with في after the verb, in its clause."""
    end = next((n for n in range(hit.j, len(toks)) if toks[n] in (".", "؛")), len(toks))
    arg = next((a for a in args if a.place and a.prep == "في" and a.actor.country and hit.j <= a.i < end), None)
    if arg is None:
        return None
    c = arg.actor.country
    return Participant(Span(doc.text[arg.start:arg.end], arg.start, arg.end), Actor(None, c, None, c, c, "country"))


def _circumstance(hit: TriggerHit, toks: list[str], charging: bool) -> bool:
    """After أن, what follows the verb (past quote marks) is no object: for a charge, the charge's بـ (اتهموا
    "بالتآمر"); for a holding, a time, a place, a cause or an agent phrase (احتجز هذا الشهر في، اعتقلت بعد), or
    the clause's end."""
    k = next((n for n in range(hit.j, len(toks)) if toks[n] not in _QUOTES), len(toks))
    if k >= len(toks):
        return not charging
    w = toks[k]
    if charging:
        return w[:1] == "ب" and len(w) > 3
    return w in _HELD_AFTER or w in (".", "،", ",", "؛", ":") or w.isdigit()


def _inside(recipient: Participant, args: list[Arg], start: int, toks: list[str], j: int) -> bool:
    """The recipient the rules took is a party of the clause the particle at `start` opens (up to its end after the
    verb ending at j); an implicit one or one not among the args counts as inside."""
    arg = next((a for a in args if a.start == recipient.span.start), None)
    if arg is None:
        return True
    end = next((n for n in range(j, len(toks)) if toks[n] in _ENDS), len(toks))
    return start < arg.i < end


def kana_passive(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None,
                 recipient: Participant | None, doc: Document) -> tuple[Participant | None, Participant | None]:
    """(actor, recipient) with the person named after كان as the one held or charged (see the module)."""
    tid = hit.trigger.id
    if not hit.verbal or actor is None or actor.implicit or not tid.startswith(HOLDING + _CHARGING):
        return actor, recipient
    head = toks[hit.i][hit.strip:]
    head = head[1:] if head[:1] in ("و", "ف") and head[1:] in _BARE else head
    if head not in _BARE or hit.j - hit.i != 1:
        return actor, recipient
    people = [a for a in args if not a.place]
    first = _subject(hit, toks, people)
    if first is None or (first.start, first.end) != (actor.span.start, actor.span.end):
        return actor, recipient
    if _authority(first) or first.actor.sector in STATE_SECTORS and first.actor.kind != "person":
        return actor, recipient
    if not _no_object(hit, toks, args):
        return actor, recipient
    start = _opener(hit, toks)
    that = toks[start] in _THAT
    if that and not _circumstance(hit, toks, tid.startswith(_CHARGING)):
        return actor, recipient
    if recipient is not None and recipient.actor.kind not in ("place", "country") and not (
            that and not _inside(recipient, args, start, toks, hit.j)):
        return actor, recipient
    holder = _holder(hit, toks, args, doc) if tid.startswith(HOLDING) else None
    return holder, actor
