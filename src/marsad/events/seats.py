"""A place named only as a body's seat or as where a person comes back from is no party and no place of the
sentence's events: the town or country of a seat phrase — المرصد الذي يتخذ من لندن مقرا له، منظمة X ومقرها
نيويورك، ومقرها في العاصمة البريطانية لندن — and of a returning word — شاب عائد من فرنسا، المستثمرين العائدين من
إيطاليا، بعد عودته من بنغازي. Neither is the body's or the person's country (a Syrian monitor seated in London is
not British; one who returns from France is not French), an act's target, where an act happens, nor the country
domestic agents named without one take (localise): the seat and the journey are told of someone, not of
the act. Applied with the venues in events/venues.participants. Not the seat of a body named with no country of its
own (مجموعة إجرامية مقرها إيران، بنك يتخذ من العراق مقرا: the seat is its country), nor where one returns to
(اعتقلوا بعد عودتهم إلى الصين: often where the act is); not a place of fire — قذائف قادمة من غزة is where the fire
came from (events/origin) — and قادم / قادمين, which may also name a person's origin (اللاجئين القادمين من سوريا),
are left alone."""

from __future__ import annotations

from marsad.doc import Mention
from marsad.text.normalize import norm_words

# the seat noun with its pronoun, then the place: ومقره لندن، مقرها في نيويورك، ومقرها بالعاصمة البريطانية
_SEAT_NOUNS = norm_words("مقره مقرها مقرهم مقرهما ومقره ومقرها ومقرهم ومقرهما")
# a verb of taking, then من and the place, then مقرا: يتخذ من لندن مقرا له، التي تتخذ من جنيف مقرا
_TAKING = norm_words("يتخذ تتخذ اتخذ اتخذت يتخذون تتخذان يتخذان المتخذ المتخذه ويتخذ وتتخذ")
_SEAT = norm_words("مقرا مقر")
_SEAT_WORDS = _SEAT_NOUNS | _TAKING
_RELATIVES = norm_words("الذي التي الذين الواقع الواقعه ، ,")
# returning: a participle or a possessed noun of return, then من and the place (an adverb may stand between)
_RETURNING = norm_words("""عائد عائده عائدا عائدين عائدون العائد العائده العائدين العائدون عودته عودتها عودتهم
    عودتهما""")
_WHENCE = norm_words("من")  # (not إلى: where one is back in is often where the act is — اعتقلوا بعد عودتهم إلى الصين)
_BREAKS = frozenset({"،", ",", ".", ":", "؛", ";"})  # between a returning word and its preposition
_REACH = 5  # words from the seat noun or the preposition to the place
# what may stand between: في and the place's descriptor (ومقرها في مدينة X، بالعاصمة البريطانية لندن)
_GLUE = norm_words("""في مدينه المدينه بمدينه العاصمه عاصمه بالعاصمه ولايه بولايه الولايه مقاطعه بمقاطعه
    اماره بلده""")


def _first_place(spans: list[Mention], lo: int, hi: int, toks: list[str]) -> list[int]:
    """The indexes of the place or country starting within [lo, hi) with only في, a descriptor and its
    nationality before it (في العاصمة البريطانية لندن), and of that nationality; none past other words (عودتهم من
    المدرسة في شمال الصين: the school is whence, not China)."""
    for n, m in enumerate(spans):
        i = m.tok_span[0]
        if i < lo or i >= hi or m.actor is None or m.actor.kind not in ("place", "country") or not m.actor.country:
            continue
        named = [k for k, o in enumerate(spans) if lo <= o.tok_span[0] < i and o.actor is not None
                 and o.actor.kind == "nationality" and o.actor.country == m.actor.country]
        inside = {t for k in named for t in range(*spans[k].tok_span)}
        if all(t in inside or toks[t] in _GLUE for t in range(lo, i)):
            return named + [n]
    return []


def _unplaced_body(mentions: list[Mention], toks: list[str], p: int) -> bool:
    """مجموعة إجرامية مقرها إيران، بنك يتخذ من العراق مقرا: the seat phrase describes a body named with no
    country (past الذي / التي), whose country the seat is: left to the rules."""
    q = p - 1
    while q >= 0 and toks[q] in _RELATIVES:
        q -= 1
    return any(m.tok_span[1] == q + 1 and m.actor is not None and m.actor.country is None and m.actor.kind in (
        "generic", "institution", "organisation") for m in mentions)


def seats(mentions: list[Mention], toks: list[str]) -> list[Mention]:
    """The sentence's mentions less the places named only as a body's seat or a person's journey back."""
    out: set[int] = set()
    for p, w in enumerate(toks):
        if w in _SEAT_WORDS and _unplaced_body(mentions, toks, p):
            continue
        if w in _SEAT_NOUNS:
            out.update(_first_place(mentions, p + 1, p + 1 + _REACH, toks))
        elif w in _TAKING and p + 1 < len(toks) and toks[p + 1] == "من":
            q = next((q for q in range(p + 2, min(len(toks), p + 2 + _REACH)) if toks[q] in _SEAT), -1)
            if q > 0:
                out.update(n for n in _first_place(mentions, p + 2, q, toks) if mentions[n].tok_span[1] <= q)
        elif w in _RETURNING:
            k = next((k for k in (p + 1, p + 2) if k < len(toks) and toks[k] in _WHENCE), -1)
            if k > 0 and not any(t in _BREAKS for t in toks[p + 1:k]):
                out.update(_first_place(mentions, k + 1, k + 1 + _REACH, toks))
    return [m for n, m in enumerate(mentions) if n not in out]
