"""The accused of a verb of accusing is named before the بـ of its charge, never inside it: اتهمت السلطات 12 عنصرا
في الاستخبارات الروسية بقرصنة حواسيب الحزب الديمقراطي — the party, the police or the state the charge names
(what was hacked, stormed, harmed) is part of the act alleged, not the one accused (events/charge_clause does the
same for a verb carrying its object pronoun). A party ending right before the charge is the accused; none there
leaves the accused unnamed, for the rules and the ranker."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.text.normalize import norm_words

_ACCUSING = ("accuse-accuse",)  # (its entries: اتهم and the kinds of charge)
_STOPS = frozenset({".", "؛", ";", ":"})
_QUOTES = frozenset('"«»“”\'')
_REACH = 12  # words from the verb to the charge
# words in بـ that are no charge (بعد، بسبب، بموجب، بحسب ...)
_NOT_CHARGE = norm_words("بعد بعدما بين بينما بسبب بشأن بشان بحسب بموجب بدون بلا بداية بخصوص بالنسبة بالتزامن")


def charge_at(rule: str, verbal: bool, toks: list[str], token: int, people: list[Arg]) -> int:
    """Where the charge of the accusing verb at `token` opens (بـ + a noun, past the accused), or -1."""
    head = toks[token][1:] if toks[token][:1] in ("و", "ف") and len(toks[token]) > 4 else toks[token]
    if not verbal or not rule.removeprefix("trigger:").startswith(_ACCUSING) or object_pronoun(head):
        return -1  # (اتهمه بـ: events/charge_clause)
    relative = False
    for k in range(token + 1, min(len(toks), token + 1 + _REACH)):
        w = toks[k]
        if w in _STOPS:
            return -1
        relative = relative or w in cues.RELATIVES
        # (بـ + a definite noun not past a relative clause, or any بـ word right after a party: بقرصنة past the
        # accused, not بثته after a noun nor بتهمة in التي تحاكم بتهمة; never a party itself: بالعراق)
        after_party = any(a.j == k or a.j == k - 1 and toks[k - 1] in _QUOTES for a in people)
        if w[:1] == "ب" and (w.startswith("بال") and not relative or after_party and (len(w) > 3 or w == "ب")) \
                and w not in _NOT_CHARGE and not any(a.i == k for a in people) and k > token + 1:
            return k
    return -1


def in_charge_phrase(rule: str, verbal: bool, toks: list[str], token: int, people: list[Arg], a: Arg) -> bool:
    """`a` stands inside the charge of the accusing verb at `token`: no accused (for events/ranker)."""
    k = charge_at(rule, verbal, toks, token, people)
    return k >= 0 and a.i >= k


def before_charge(rule: str, verbal: bool, toks: list[str], token: int, people: list[Arg],
                  actor: Arg | None, recipient: Arg | None) -> Arg | None:
    """The accused: `recipient` unless it stands inside the charge; then the party ending right before the charge
    (past a quote), else None — unless that party is the actor the rules found."""
    if recipient is None or not in_charge_phrase(rule, verbal, toks, token, people, recipient):
        return recipient
    k = charge_at(rule, verbal, toks, token, people)
    while k > 0 and toks[k - 1] in _QUOTES:
        k -= 1
    prev = next((a for a in people if a.j == k and a.i > token and not a.place), None)
    # (the party before the charge taken as the accuser — يتهم صحافيون بـ read as active — leaves the roles as found)
    return recipient if prev is not None and prev is actor else prev
