"""A noun of stance with a possessive pronoun is its owner's stance, never that of a party named after it (applied in
events/frames).

أبدت إيران دعمها للهجوم — "her support": the pronoun's owner backs, named before the noun; the party named after it
is what the stance is about. When the rules took a party after such a noun as its author — وتؤكد تونس مساندتها
ودعمها لكل الجهود التي تبذلها مصر (Egypt is in the لـ phrase's relative clause), اتهم روسيا وإيران بالتسبب في الأزمة
نتيجة دعمهم نظام الأسد (the regime is supported) — the author is the nearest bare party before the noun in its
sentence (not a place, nor one inside a preposition's phrase), and the party read as author is the recipient when
none was found after the noun and it stands in the noun's clause (أبدت الجزائر دعمها للخطة، مضيفا أن المغرب ...:
Morocco is no one's recipient). For the nouns of saying (SUPPORT, ACCUSE, REQUEST, REJECT, THREATEN, AGREE) only;
with no party before, nothing changes.

So is a noun whose subject is the owner's homeland, in construct right after it: جدد الأمير التأكيد على وقوف بلاده
إلى جانب تونس — "his country's standing by Tunisia": the emir's state backs, Tunisia (read off the phrase after the
noun as its genitive) is backed; with no party before, the owner is the one spoken of (carried over).
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.authors import SAID
from marsad.events.clauses import after_stating
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_REACH = 25  # words back to the owner
_BREAKS = frozenset({".", "،", ",", "؛", ":"})
# nouns and prepositions a verbal noun stands in construct with or after (نتيجة دعمهم، أعرب عن دعمه)
_GOVERNORS = norm_words("نتيجه بسبب جراء اثر بفعل رغم مقابل عن على استمرار مواصله")
# the owner's own state, the noun's subject in construct after it (وقوف بلاده، دعم بلدها، رفض دولته)
_HOMELAND = norm_words("بلده بلدها بلدهم بلاده بلادها بلادهم دولته دولتها وطنه وطنها")


def own_stance(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
               implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a noun of stance with a possessive pronoun whose actor was read after it (see
    the module): the nearest bare party before it acts; the roles given otherwise."""
    homeland = not hit.verbal and hit.i + 1 < len(toks) and toks[hit.i + 1] in _HOMELAND
    if hit.trigger.type not in SAID or actor is None or actor.i < hit.j or not (homeland or _owned(hit, toks)) or (
            hit.verbal and not _noun_place(hit, toks)):
        return actor, recipient, implicit
    owner = next((a for a in reversed(people) if a.j <= hit.i and hit.i - a.j <= _REACH and a.prep is None
                  and not a.place and a.actor.kind != "place" and a.actor.code and not (
                      homeland and _many(a, toks)) and not (homeland and a.accusative)), None)
    if owner is None and homeland and (recipient is None or recipient.i < hit.j):
        return None, actor, True  # (the homeland's owner is the one spoken of)
    if owner is None:
        return actor, recipient, implicit
    if recipient is not None and recipient.i >= hit.j:
        return owner, recipient, False
    # (the party read as author is what the stance is about only inside the noun's clause: دعمها للهجوم، مؤكدا أن
    # تركيا ... — not Turkey)
    same_clause = not any(w in _BREAKS or w in cues.CLAUSE_BREAKS for w in toks[hit.j:actor.i])
    return owner, actor if same_clause else None, False


def _many(a: Arg, toks: list[str]) -> bool:
    """المسؤولين الليبيين، المحتجون: a plural of people, who own no بلاده (theirs is بلادهم)."""
    return toks[a.j - 1].endswith(("ين", "ون")) or toks[a.i].endswith(("ين", "ون"))


def _owned(hit: TriggerHit, toks: list[str]) -> bool:
    """دعمها، مساندتهم، رفضه: the noun carries a possessive pronoun (a listed form too: دعمها) — not a feminine
    masdar whose ة normalises to ه (مساندة)."""
    body = toks[hit.i][hit.strip:].removeprefix("ل").removeprefix("ال")
    if body.endswith(("ها", "هم", "هما")) and len(body) >= 5:
        return True
    return body.endswith("ه") and body[:-1] in {norm(m) for m in hit.trigger.masdar}


def _noun_place(hit: TriggerHit, toks: list[str]) -> bool:
    """دعمها read as a verb ("he backed her") stands where only a noun can: right after a verb of stating (أبدت
    دعمها: events/clauses), joined by و to a noun with the same pronoun (مساندتها ودعمها), or after a noun or
    preposition that governs it (نتيجة دعمهم، أعرب عن دعمه)."""
    if hit.i < 1 or after_stating(toks, hit.i):
        return hit.i >= 1
    prev, word = toks[hit.i - 1], toks[hit.i]
    if prev.removeprefix("و") in _GOVERNORS and hit.strip == 0:
        return True
    suffix = next((p for p in ("هما", "هم", "ها") if word.endswith(p)), None)
    return word.startswith("و") and suffix is not None and prev.endswith(suffix) and len(prev) >= 5
