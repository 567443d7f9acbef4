"""The one a possessive pronoun on a noun of arrest or detention stands for is the one held, not the one who holds.

القس الذي أثار اعتقاله أزمة، منذ اعتقالهما في ديسمبر، عند احتجازه في المطار: unlike زيارته (his visit), whose
pronoun is its author, the pronoun on اعتقال / احتجاز / توقيف / حبس tells who was arrested or detained — the object
of the act (not when a لـ party follows, the object then: اعتقالها للصحفي, her arresting the journalist). That
party, named before the noun and carried to it as its subject so far, is the recipient; the one who holds is the
party of an agent phrase after the noun (على يد، من قبل، من طرف، لدى), else an authority the rules found as its
subject (تمكنت الشرطة من اعتقاله), else the party the sentence names as holding someone (المعتقلة لدى السلطات
الإسرائيلية), else the state the arrest happens in (اعتقاله في تركيا, as events/held_subject reads it). With none
of these the roles stay as the rules made them (the act would be left with no author, and uncounted).
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.agents import marked_agent
from marsad.events.arguments import Arg, lives_in
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import STATE_SECTORS
from marsad.text.normalize import norm, norm_words

_HOLDING = ("coerce-arrest", "coerce-detain", "coerce-remand", "coerce-jail")  # (not الإقامة الجبرية: no pronoun)
# who holds and is never the one held here: a state, a body, an authority
_HOLDERS = STATE_SECTORS
_BODIES = frozenset({"country", "place", "institution", "organisation"})
_BY = norm_words("طرف لدى")  # (من طرف الشرطة، المعتقلة لدى السلطات)
_STOPS = frozenset((".", "؛", ":", "!", "؟"))
_AT = norm("لدى")
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # (longest first)
_CHARGE = ("اتهم", "تتهم", "يتهم", "بتهم", "متهم")  # (normalised: اتهمت، واتهموه، بتهمة)
# a participle of holding before لدى X (المعتقلة لدى السلطات، المحتجزين لدى الحوثيين, normalised)
_HELD_AT = ("معتقل", "محتجز", "موقوف", "اسير", "اسري", "مسجون", "سجين")


def _holder(a: Arg) -> bool:
    return a.actor.kind in _BODIES or a.actor.sector in _HOLDERS


def _agrees(pronoun: str, a: Arg, toks: list[str]) -> bool:
    """A party that is no named person agrees with the pronoun in gender and number by its last word: ه a
    masculine singular (القس الأميركي, not الخادمة الفلبينية nor الاتهامات التركية), ها a feminine one, هم a
    plural; هما any two."""
    if a.actor.kind == "person" or pronoun == "هما":
        return True
    w = toks[a.j - 1]
    feminine, plural = w.endswith(("ه", "ات")), w.endswith(("ين", "ون"))
    return not feminine and not plural if pronoun == "ه" else feminine if pronoun == "ها" else not feminine


def _speaker(a: Arg, toks: list[str]) -> bool:
    """The subject right after a verb of saying (وأضافت فلانة أن X تم إيقافه): who tells of it, not the held."""
    return a.i > 0 and (toks[a.i - 1] in cues.REPORTERS or toks[a.i - 1][1:] in cues.REPORTERS)


def _referent(hit: TriggerHit, toks: list[str], people: list[Arg], pronoun: str) -> Arg | None:
    """The party the pronoun resumes: the last bare one before the noun in its sentence that is no state, body
    nor authority (a person, civilians, a militant) and agrees with it, past no full stop."""
    for a in sorted((a for a in people if a.j <= hit.i and a.prep is None and not a.place), key=lambda a: -a.i):
        if any(w in _STOPS for w in toks[a.j:hit.i]):
            return None
        if not _holder(a) and a.actor.country and _agrees(pronoun, a, toks) and not _speaker(a, toks):
            return a
    return None


def _by_phrase(hit: TriggerHit, toks: list[str], people: list[Arg], held: Arg) -> Arg | None:
    """من طرف X، لدى X right after the noun (past two words: اعتقاله أمس من طرف الشرطة)."""
    return next((a for a in people if a is not held and hit.j < a.i <= hit.j + 4 and toks[a.i - 1] in _BY
                 and not any(w in _STOPS for w in toks[hit.j:a.i])), None)


def _held_at(toks: list[str], people: list[Arg], held: Arg) -> Arg | None:
    """The party after لدى right after a participle of holding anywhere in the sentence: المعتقلة لدى X."""
    return next((a for a in people if a is not held and a.i >= 2 and toks[a.i - 1] == _AT and _holder(a)
                 and toks[a.i - 2].removeprefix("ال").startswith(_HELD_AT)), None)


def _held_in(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The country or town told with في after the noun in its clause (اعتقاله في تركيا), not where someone lives
    (as events/held_subject's holder)."""
    return next((a for a in args if a.place and a.prep == "في" and a.actor.country and hit.j <= a.i <= hit.j + 8
                 and not lives_in(a, toks) and not any(w in _STOPS or w in ("،", ",") for w in toks[hit.j:a.i])),
                None)


def held_pronoun(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the pronoun's party as the one held (see the module); else unchanged.
    `args`: the sentence's participants, places too."""
    people = [a for a in args if not a.place]
    if not hit.trigger.id.startswith(_HOLDING) or not possessed_noun(hit, toks):
        return actor, recipient, implicit
    if hit.j < len(toks) and toks[hit.j].startswith("لل") or any(a.prep == "ل" and hit.j <= a.i <= hit.j + 1
                                                                 for a in people):  # اعتقالها للصحفي: its object
        return actor, recipient, implicit
    if any(w.lstrip("وف").startswith(_CHARGE) for w in toks[max(0, hit.i - 6):hit.i]):
        return actor, recipient, implicit  # اتهمت فلانا باغتصابها واحتجازها: the charge, the accused's act
    pronoun = next((p for p in _PRONOUNS if toks[hit.i].endswith(p)), "ه")
    held = actor if actor is not None and actor.j <= hit.i and not _holder(actor) and _agrees(pronoun, actor, toks) \
        else _referent(hit, toks, people, pronoun)
    if held is None or held is recipient:
        return actor, recipient, implicit
    holder = marked_agent(hit.j, toks, people, held) or _by_phrase(hit, toks, people, held)
    if holder is None and actor is not None and actor is not held and _holder(actor) and not implicit:
        holder = actor
    holder = holder or _held_at(toks, people, held) or _held_in(hit, toks, args)
    if holder is None:
        return actor, recipient, implicit
    if recipient is not None and recipient is not holder and recipient.actor.country == held.actor.country:
        held = recipient  # الفلسطينيين الذين جرى اعتقالهم: the rules' own one of that country, maybe fuller
    return holder, held, False
