"""Sentence splitting for Arabic news.

Ends a sentence: `.` `!` `?` `؟` `…` (and runs of them) and line breaks. Does not end one: `،` and `؛`, a dot
inside a number (3.5), a dot after an abbreviation (a single letter: د. أ. م., or a listed abbreviation), a
terminator inside «…» or “…” quotes that close later in the same line. Closing quotes and brackets after a
terminator stay with the sentence. Works on the normalised text (whose indices map back to the original).
"""

from __future__ import annotations

import re

_TERMINATORS = re.compile(r"[.!?؟…]+|\n")
_CLOSERS = "\"'”’»)]}"
_OPENERS = {"«": "»", "“": "”"}
# Abbreviations that take a dot (normalised form): Dr., Eng., Mr., the Hijri/Gregorian year markers etc.
_ABBREVIATIONS = frozenset({"د", "م", "ه", "ق", "ص", "ج", "ت", "ش", "ب", "ا", "ف", "ك", "س", "ع", "mr", "dr", "st",
                            "vs", "etc", "no", "jr", "sr", "inc", "co", "ltd", "مم", "كم", "اي", "يو"})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return sentence spans (start, end) over `text`, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _TERMINATORS.finditer(text):
        i, j = m.start(), m.end()
        if i < start:
            continue
        if m.group() != "\n":
            if m.group() == "." and _is_non_final_dot(text, i, start):
                continue
            if _inside_quote(text, start, i):
                continue
            while j < n and text[j] in _CLOSERS:
                j += 1
        _add(text, spans, start, j)
        start = j
    _add(text, spans, start, n)
    return spans


def _is_non_final_dot(text: str, i: int, start: int) -> bool:
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
    m = _WORD_BEFORE.search(text, max(start, i - 12), i)
    if m is not None and m.group(1) in _ABBREVIATIONS:
        # a single letter or a listed abbreviation right before the dot, and more text follows on the line
        rest = text[i + 1 : i + 3]
        return bool(rest.strip()) and rest[:1] != "\n"
    return False


def _inside_quote(text: str, start: int, i: int) -> bool:
    """True when a «…» or “…” quote is open at i and closes later on the same line."""
    for opener, closer in _OPENERS.items():
        o = text.rfind(opener, start, i)
        if o == -1 or text.find(closer, o, i) != -1:
            continue
        line_end = text.find("\n", i)
        close = text.find(closer, i, line_end if line_end != -1 else len(text))
        if close != -1:
            return True
    return False


def _add(text: str, spans: list[tuple[int, int]], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
