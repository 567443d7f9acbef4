"""The words of a sentence that belong to a name, where a trigger's letters are no act.

The events stage drops a trigger inside a name the mention finder found (قوى الحوار الوطني، مركز المؤتمرات); this
module adds the words a name holds that the finder left out or found alone:

* a word between two parts of one person's name — a given name of the name list right before it, another name
  the finder knows no one by right after it (الشيخ فهد طالب الشرفي: طالب is his father's name, no demand): a
  patronymic, nobody asks anything. Not between two persons the finder knows (ترمب هنأ أردوغان، بوتين دعا الأسد:
  subject and object), nor a word with the article or a preposition on it (فانس بمقتل كوكس);
* a place named by one word joined by the conjunction to a place right before it (موانئ الحديدة وعدن والمخا: و +
  عدن, not وعدن 'they promised'): a list of places, so its letters are the place's, not a verb's.

A one-word name alone is not taken: وعد, طالب and نصر are given names and verbs alike, and سيرت (Sirte) opens a
sentence as 'dispatched' (سيرت مصر قافلة): the verb is the usual reading.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.doc import Mention

_NAMES = ("PER", "ORG", "LOC")


def name_words(mentions: Iterable[Mention], toks: list[str], given: frozenset[str] = frozenset()) -> set[int]:
    """Token indices of a sentence (`toks`, its `mentions`) that a trigger there cannot head: inside a name of two
    words or more, between two parts of a person's name (`given`: the given names), or a place's one word joined to
    a place before it (see the module)."""
    named: set[int] = set()
    one_word: list[int] = []
    places_end: set[int] = set()
    starts: set[int] = set()
    ends: set[int] = set()
    for m in mentions:
        if m.type not in _NAMES or m.nominal:
            continue
        i, j = m.tok_span
        if j - i > 1:
            named.update(range(i, j))
        elif m.type == "LOC" and j - i == 1:
            one_word.append(i)
        if m.type == "LOC":
            places_end.add(j)
        if m.type == "PER" and m.actor is not None and m.actor.id is None:  # (a name, not a person the finder knows)
            starts.add(i)
            if j - i == 1 and toks[i] in given:
                ends.add(j)
    # (فهد طالب الشرفي: one word between a given name and another name)
    named.update(k for k in ends if k + 1 in starts and k < len(toks) and _name_part(toks[k], given))
    named.update(k for k in one_word if k in places_end and toks[k][:1] == "و")  # (الحديدة وعدن: a list of places)
    return named


def _name_part(w: str, given: frozenset[str]) -> bool:
    """A word that may stand inside a person's name: a given name, or a word with no article and no preposition or
    conjunction on it (بمقتل، والتقى)."""
    return w in given or not w.startswith(("ال", "و", "ب", "ل", "ف", "ك"))
