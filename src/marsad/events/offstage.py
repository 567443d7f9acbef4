"""Places that tell where someone lives or speaks from, not where the act happens.

A place after a word of residence — المقيم في الولايات المتحدة، إيرانيون مقيمون في X، محامٍ سوري يقيم في ألمانيا،
وصرحت مقيمة في غاو — says where a person lives; a place after a press conference or an outlet's or a statement's
issue — خلال مؤتمر صحفي في طهران، صحيفة "X" الصادرة في هونغ كونغ، بيانه الذي أصدره من عمان — where a statement is
made or a paper printed. Neither is where the act the sentence tells of happens: not the target read from the act's
place (events/sides.place_target: not the nearest place after the trigger, nor the sentence's first place when that
is all it has), nor a recipient the ranker may pick (events/ranker), nor the country domestic agents are placed in
(localise: the minister speaking in Amman is not Jordan's)."""

from __future__ import annotations

from typing import Protocol

from marsad.text.normalize import norm_words


class _Arg(Protocol):
    i: int
    prep: str | None


_RESIDENT = norm_words("المقيم المقيمه المقيمين المقيمون مقيم مقيمه مقيمين مقيمون يقيم تقيم يقيمون المنفي منفاه")
_PRESS = norm_words("صحفي صحافي الصحفي الصحافي")  # مؤتمر صحفي في X
_CONFERENCE = norm_words("مؤتمر المؤتمر بمؤتمر لمؤتمر ومؤتمر مؤتمرا")
_ISSUED = norm_words("الصادره الصادر تصدر يصدر")  # صحيفة X الصادرة في هونغ كونغ
_ISSUED_FROM = norm_words("الصادره الصادر صدر صدرت اصدره اصدرته اصدرها")  # بيانه الذي أصدره من عمان


def _governor(a: _Arg, toks: list[str]) -> int:
    """The word before the في / بـ that governs the place (-1 when none does)."""
    return a.i - 1 if toks[a.i][:1] == "ب" else a.i - 2 if a.i >= 2 and toks[a.i - 1] == "في" else -1


def lives_in(a: _Arg, toks: list[str]) -> bool:
    """المقيم في الولايات المتحدة، المقيم بالولايات المتحدة: the place follows a word of residence."""
    k = _governor(a, toks)
    return k >= 0 and toks[k].removeprefix("و") in _RESIDENT


def offstage(a: _Arg, toks: list[str]) -> bool:
    """The place `a` (toks: its sentence's normalised tokens) follows a word of residence, a press conference or
    an outlet's or a statement's issue."""
    if lives_in(a, toks):
        return True
    if a.i >= 2 and toks[a.i - 1] == "من" and toks[a.i - 2] in _ISSUED_FROM:
        return True
    k = a.i - 1 if toks[a.i][:1] == "ب" and a.prep == "ب" else a.i - 2 if a.i >= 2 and toks[a.i - 1] == "في" else -1
    if k < 0:
        return False
    return toks[k] in _ISSUED or toks[k] in _PRESS and k > 0 and toks[k - 1] in _CONFERENCE
