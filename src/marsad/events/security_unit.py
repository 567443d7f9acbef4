"""Who carries out an arrest or a raid a security report tells: the unit, not the one consulted nor a destination.

تمكنت الوحدات البحرية للحرس الوطني ببنزرت ... من إلقاء القبض على 18 شخصا: the subject is a unit — a noun of unit
and its adjectives (الوحدات البحرية، الفرقة الجهوية، الإدارة الفرعية) — of the security body named after لـ, and
that body acts; the rules, reading only bare parties as subjects, passed it by. A party named only as consulted,
authorising or working alongside — وبعد استشارة النيابة، بإذن من النيابة، بالتنسيق مع X — does not carry out the
coercion, nor does a state named only as where people were heading (باتجاه إيطاليا، نحو ليبيا) or as the adjective
of a border (قرب الحد التونسي الليبي). Such an actor gives way to the unit's body, else to the last bare security
or state party named before it in the sentence, else to no one (events/held_teller may then name the place's state).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.held_teller import teller_state
from marsad.events.record import Participant, Span
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.doc import Document
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

# nouns of a unit of a security body (normalised; a leading و is stripped first)
_UNITS = norm_words("وحدات الوحدات وحدة الوحدة فرقة الفرقة فرق الفرق دوريات الدوريات دورية الدورية أعوان الأعوان"
                    " الإدارة إدارة مصالح المصالح فرقتي أجهزة الأجهزة")
_SECURITY = frozenset({"COP", "MIL", "SPY"})
# nouns of consulting, authorising or working alongside (a proclitic و / ب stripped first): the party after them (past
# مع / من) is not the doer
_COUNSEL = norm_words("استشارة مراجعة إذن الإذن التنسيق التعاون تنسيق تعاون إشراف")
_LINKS = norm_words("مع من")
# words of heading for a place, and of a border, before a state
_HEADING = norm_words("باتجاه اتجاه نحو صوب")
_BORDER = norm_words("الحد الحدود حدود الشريط")
_GUARDS = norm_words("شرطة حرس قوات خفر أمن سلاح")
_STOPS = frozenset((".", "؛", "!", "؟"))
# a remand, a committal or a sentence a prosecutor or court orders is its own act, advised or not
_ORDERED = ("coerce-remand", "coerce-commit-prison", "coerce-sentence", "coerce-house-arrest")


def _among(w: str, words: frozenset[str]) -> bool:
    """Whether `w`, or `w` past a leading و and then ب (ووحدات، بالتنسيق، وباستشارة), is one of `words`."""
    forms = {w, w.removeprefix("و")}
    forms |= {f[1:] for f in forms if f.startswith("ب")}
    return not forms.isdisjoint(words)


def counselled(toks: list[str], a: Arg, args: list[Arg]) -> bool:
    """Whether `a` is named only as consulted, authorising or working alongside (بعد استشارة النيابة، بإذن من
    النيابة، بالتنسيق مع X), or as the seat of such a party (استشارة النيابة العمومية بالمحكمة الابتدائية)."""
    k = a.i - 1
    if k >= 0 and toks[k] in _LINKS:
        k -= 1
    if k >= 0 and _among(toks[k], _COUNSEL):
        return True
    if a.prep not in ("ب", "ل"):
        return False
    seat = next((b for b in args if b.j <= a.i <= b.j + 2 and b is not a and b.prep is None
                 and all(w.startswith("ال") for w in toks[b.j:a.i])), None)
    return seat is not None and counselled(toks, seat, args)


def _elsewhere(toks: list[str], a: Arg, args: list[Arg]) -> bool:
    """Whether the state `a` is only where people head for or a border's adjective (باتجاه إيطاليا، الحد التونسي
    الليبي)."""
    if a.actor.sector is not None or a.actor.kind not in ("country", "place", "nationality"):
        return False
    if a.i > 0 and toks[a.i - 1] in _HEADING:
        return a.i < 2 or toks[a.i - 2] != "من"  # (من اتجاه مأرب: where a force comes from, it may be its own)
    if a.actor.kind != "nationality":
        return False
    k = a.i - 1  # (الحد التونسي الليبي: past the other state's adjective)
    if k > 0 and any(b.j == a.i and b.actor.kind == "nationality" for b in args):
        k -= 1
    # (شرطة الحدود الإسرائيلية: the border police's own state)
    return k >= 0 and toks[k] in _BORDER and (k == 0 or toks[k - 1] not in _GUARDS)


def not_doer(toks: list[str], a: Arg, args: list[Arg]) -> bool:
    """Whether `a` is named only as consulted or authorising, as a destination or a border: no coercion's doer
    (for the rules here and the ranker)."""
    return counselled(toks, a, args) or _elsewhere(toks, a, args)


def _unit_body(toks: list[str], args: list[Arg], before: int) -> Arg | None:
    """The security body after لـ whose unit is named before `before` in the sentence (الوحدات البحرية للحرس
    الوطني، الفرقة الجهوية للشرطة البلدية), past at most three adjectives of the unit; None if none."""
    for b in args:
        if b.i >= before or b.prep != "ل" or b.place or b.actor.sector not in _SECURITY:
            continue
        if any(w in _STOPS for w in toks[b.i:before]):
            continue
        k = b.i - 1
        while k >= 0 and b.i - k <= 3 and toks[k].startswith("ال") and not _among(toks[k], _UNITS) \
                and not any(a.i <= k < a.j for a in args):
            k -= 1
        if k >= 0 and _among(toks[k], _UNITS):
            return b
    return None


def _last_authority(toks: list[str], args: list[Arg], before: int) -> Arg | None:
    """The last bare state party named before `before` in the sentence, not itself only consulted."""
    cands = [b for b in args if b.i < before and b.prep is None and not b.place and b.actor.sector in STATE_SECTORS
             and not counselled(toks, b, args) and not any(w in _STOPS for w in toks[b.i:before])]
    return cands[-1] if cands else None


def acting_unit(event_type: str, hit: TriggerHit, toks: list[str], args: list[Arg], actor: Participant | None,
                doc: Document) -> Participant | None:
    """The doer of a coercion when the rules took a party only consulted, a destination or a border, or no one,
    and a unit of a security body is named before it (see the module); else `actor` unchanged."""
    if event_type != "COERCE" or actor is not None and actor.implicit or hit.trigger.id.startswith(_ORDERED):
        return actor
    own = None if actor is None else next(
        (a for a in args if a.start == actor.span.start and a.end == actor.span.end), None)
    if actor is not None and (own is None or not not_doer(toks, own, args)):
        return actor
    b = _unit_body(toks, args, hit.i)
    advised = own is not None and counselled(toks, own, args)
    if b is None and advised:
        b = _last_authority(toks, args, own.i)
    if b is not None:
        return Participant(Span(doc.text[b.start:b.end], b.start, b.end), b.actor)
    # (تمت بعد استشارة النيابة مداهمة منزل: no doer named; the state whose prosecutor was consulted, bare)
    return teller_state(actor) if advised and actor is not None else None if own is not None else actor
