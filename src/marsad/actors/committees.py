"""A parliament's committee and the people who sit on it are the legislature's (LEG): لجنة الأمن والدفاع النيابية،
اللجنة المالية البرلمانية، لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي، رئيس لجنة الشؤون الخارجية بالكنيست.

The words of a committee's name are its topic, not bodies: الدفاع in لجنة الأمن والدفاع is no ministry of defence
(it made رئيس لجنة الأمن والدفاع النيابية an army's, MIL), المالية no ministry of finance. The grammar read them as
institutions and the title before the committee as an official (رئيس, GOV). Here, when a committee's name is closed
within a few words by a parliamentary adjective (النيابية، البرلمانية) or by في / بـ and a legislature the
dictionaries list (في مجلس النواب العراقي، بمجلس الشيوخ، في الكونغرس), the mentions inside the name are dropped and
the committee — with the title right before it (رئيس، نائب رئيس، عضو، مقرر) — becomes one mention of the
legislature, of its country when the legislature or an adjective names one (else the context gives it, as for any
bare body). A committee closed by nothing parliamentary (لجنة تقصي الحقائق، اللجنة الأمنية العليا) is left as it is.
"""

from __future__ import annotations

from marsad.actors.draft import Draft
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm, norm_words
from marsad.text.tokenize import with_proclitics

_LAJNA, _AL = norm("لجنة"), "ال"
_COMMITTEE = frozenset(f for w in ("لجنة", "اللجنة") for f in with_proclitics(norm(w)))
_PARLIAMENTARY = norm_words("النيابية النيابي البرلمانية البرلماني")
# the titles of a committee's members, right before its name (رئيس لجنة، عضو اللجنة ...)
_MEMBER_WORDS = norm_words("رئيس رئيسة نائب عضو عضوة مقرر مقررة أعضاء رئيسا عضوا")
_MEMBERS = frozenset(f for w in _MEMBER_WORDS for f in with_proclitics(w))
# words that end a committee's name before anything parliamentary is found (a clause or an object goes on)
_STOPS = norm_words("التي الذي الذين ان إن أن قال على إلى الى من عن مع حول بشأن خلال بعد قبل")
_REACH = 7  # words a committee's name may run before it is closed


def _close(toks: list[str], k: int, drafts: list[Draft]) -> tuple[int, Draft | None] | None:
    """Where the name of the committee at `k` is closed, and the legislature closing it (None for an adjective)."""
    starts = {d.i: d for d in drafts if d.actor is not None}
    for m in range(k + 1, min(k + 1 + _REACH, len(toks))):
        w = toks[m]
        if w in _PARLIAMENTARY:
            return m + 1, None
        d = starts.get(m + 1) if w == "في" else starts.get(m)
        if d is not None and d.actor is not None and d.actor.sector == "LEG" and d.actor.kind == "institution" \
                and (w == "في" or w.startswith("ب")):
            return d.j, d
        if w in _STOPS:
            return None
    return None


def committees(toks: list[str], drafts: list[Draft]) -> list[Draft]:
    """The drafts with each parliamentary committee (and its member's title) made one LEG mention."""
    out = list(drafts)
    for k, w in enumerate(toks):
        if w not in _COMMITTEE:
            continue
        closed = _close(toks, k, out)
        if closed is None:
            continue
        end, body = closed
        country = body.actor.country if body is not None and body.actor is not None else None
        nisba = next((d for d in out if d.i == end and d.actor is not None and d.actor.kind == "nationality"), None)
        if nisba is not None and nisba.actor is not None and country in (None, nisba.actor.country):
            country, end = nisba.actor.country, nisba.j  # النيابية العراقية، بالكنيست الإسرائيلي
        title = next((d for d in out if d.j == k and d.actor is not None and d.actor.kind == "person"
                      and d.nominal and d.i < k), None)
        start = title.i if title is not None else k - 1 if k > 0 and toks[k - 1] in _MEMBERS else k
        # (a nationality or a people inside stays, as inside any body's name: it tells the sentence's country —
        # لجنة شؤون التونسيين بالخارج)
        out = [d for d in out if not (d.i >= start and d.j <= end and not (
            d.actor is not None and d.actor.kind in ("nationality", "people") and d.i > k))]
        code = make_code(country, "LEG")
        if start < k:
            actor = Actor(None, country, "LEG", code, None, "person")
            strip = title.strip if title is not None else len(toks[start]) - next(
                len(m) for m in sorted(_MEMBER_WORDS, key=len, reverse=True) if toks[start].endswith(m))
            out.append(Draft(start, end, "PER", actor, "committee:member", nominal=True, strip=strip))
        else:
            actor = Actor("Parliamentary committee", country, "LEG", code, None, "institution")
            bare = _AL + _LAJNA if toks[k].endswith(_AL + _LAJNA) else _LAJNA
            out.append(Draft(k, end, "ORG", actor, "committee:parliamentary", nominal=True,
                             strip=len(toks[k]) - len(bare)))  # (بلجنة، للجنة: the preposition stays out)
    return out
