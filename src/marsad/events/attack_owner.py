"""Whose attack a possessive pronoun names (ASSAULT; used by events/responsible.attack_parties).

A noun of attack carrying ه / ها / هم — هجومها، غاراته، عملياتهم — or a verbal noun of striking with its object
right after it — بقصفها الأحياء السكنية، استهدافها بقذيفة فريقا طبيا — is its owner's act: the pronoun is the
author. When the rules found no author (the owner named further back than the word before the noun), it is the
first party named bare in the noun's clause that the pronoun can resume: أن دمشق عازمة على وقف حدة هجومها
(Damascus), تتواصل جرائم مليشيا الحوثي بحق المواطنين ...، بقصفها الأحياء (the Houthis). ها resumes a state, a
town, a body or a group (grammatically feminine or a plural of things), never a man named; ه a man or a body
whose noun is masculine (النظام، الجيش), never a state or a town; هم a plural of people. Not past another
clause's opener (أن، الذي، حيث ...; after أنه the subject is "he"), not a party inside a preposition's phrase,
and not the noun's own target. A noun of death or arrest (مقتله، اعتقالها) names who suffers it: not read."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_OWNED = norm_words("هجوم هجمات غاره غارات ضربه ضربات عمليه عمليات")  # (+ pronoun: its attack, its raids)
_STRIKING = norm_words("قصف استهداف")  # (+ pronoun + object: its shelling of ...)
_PRONOUNS = ("هما", "هم", "ها", "ه")
# what opens another clause before the noun: its subject is not that clause's (as events/possessor)
_OPENERS = norm_words("""ان انه انها انهم بان بانه بانها لان الذي التي الذين اللذين حيث عندما بعدما فيما بينما
    ولكن لكن""") | frozenset('. : ؛ « » "'.split())


def _split(word: str) -> tuple[str, str] | None:
    """(noun, pronoun) of a word with a possessive pronoun, the noun without article or proclitic."""
    for p in _PRONOUNS:
        if word.endswith(p) and len(word) > len(p) + 2:
            body = word[: -len(p)]
            if body.endswith("ت") and body[:-1] + "ه" in _OWNED:
                body = body[:-1] + "ه"  # غارته، عمليتها: ة written ت before a pronoun
            return body, p
    return None


def _resumes(pronoun: str, a: Arg, toks: list[str]) -> bool:
    head = toks[a.i].lstrip("#").removeprefix("و")
    kind = a.actor.kind
    if pronoun == "ها":
        return kind != "person" and (kind in ("country", "place") or head.endswith(("ه", "ات", "يا", "ا")))
    if pronoun == "ه":
        return kind not in ("country", "place", "nationality") and not head.endswith(("ه", "ات", "يا"))
    if pronoun == "هم":
        return kind in ("generic", "organisation") and head.endswith(("ين", "ون", "يون", "يين"))
    return False


def attack_owner(hit: TriggerHit, toks: list[str], args: list[Arg], recipient: Arg | None) -> Arg | None:
    """The party a possessive pronoun on the attack noun at `hit` resumes (see the module), else None."""
    if hit.verbal or hit.trigger.type != "ASSAULT" or not possessed_noun(hit, toks):
        return None
    split = _split(toks[hit.i][hit.strip:].removeprefix("ال"))
    if split is None:
        return None
    body, pronoun = split
    if body not in _OWNED and not (body in _STRIKING and hit.j < len(toks) and (
            toks[hit.j].startswith("ال"))):
        return None
    start = next((m + 1 for m in range(hit.i - 1, -1, -1) if toks[m] in _OPENERS), 0)
    if start > 0 and toks[start - 1] in cues.PRONOUN_SUBJECTS:
        return None
    owner = next((a for a in args if start <= a.i and a.j <= hit.i and a.prep is None and not a.place
                  and not a.accusative and a.actor.kind != "nationality"), None)
    if owner is None or owner is recipient or not _resumes(pronoun, owner, toks):
        return None
    return owner
