"""The head of a body named with no country: a title right before the body it heads takes the body's sector; and the
listed body a title heads through an unlisted one in construct (رئيس مجلس شورى حركة النهضة: through_unlisted).

events/arguments gives a title (رئيس، الأمين العام، مدير) the sector of the body it heads when that body names a
country (رئيس بنك إيراني). A body the dictionaries list with no country of its own — a court or a court's
chamber, a chamber of commerce — gave nothing there, so the title kept its own default, an official's GOV, and
the country the sentence or article is about made it a government's: رئيس الدائرة الجناحية بالمحكمة is a judge
(JUD), رئيس غرفة التجارة a business body's head (BUS). Here such a title, in construct with the body right after
it (or joined by لـ / من), takes the body's sector. A union, association, club or company no one lists, named
by its own words (رئيس الاتحاد الجهوي للفلاحة، رئيس النقابة الوطنية لأساتذة X), gives the sector its first word
names (a union or club CVL, as the dictionaries code the UGTT; an association NGO; a company BUS; a centre of
studies or research NGO, a think tank): its head is no state official (_civil_sector). A common noun of armed
men (REB) makes its head a rebel (_rebels_head), and a union or association the dictionaries know only as a common
noun (الأمين العام للنقابة، رئيس النقابة الوطنية للصحفيين) its head the union's (_union_head): CVL, MED, NGO.
The checks are those of events/sectors.of_body — not a minister (وزير العدل is an official whatever follows), not a
definite title (a subject, then its object), not a body of a state's own sector (GOV, MIL: the title stays an
official) —, which an institution passes here too (a court has no country of its own, but is a body like an
organisation), and so an institution of a country: رئيس اتحاد الصناعات المصرية، رئيس المحكمة العليا الأمريكية.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from marsad.actors.org_sectors import civil_head_sector
from marsad.events.sectors import of_body
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm, norm_words


class _HasSpan(Protocol):
    i: int
    j: int
    prep: str | None
    place: bool
    actor: Actor


_A = TypeVar("_A", bound=_HasSpan)
_BODIES = ("organisation", "institution")
# the nouns of heading a body, in construct with it (رئيس الدائرة، نائب رئيس الغرفة، زعيم المتمردين، الأمين العام
# لـ): not a name before its object (طالب فلان الإعلام), nor a spokesman's or other title
_HEADS = norm_words("""رئيس رئيسة ورئيس ورئيسة زعيم زعيمة وزعيم وزعيمة مدير مديرة ومدير ومديرة عميد نقيب قائد وقائد
    مسؤول مسؤولة ومسؤول""")
_SECRETARY = norm_words("الأمين أمين والأمين وأمين")
# the sector of a union (as the dictionaries code the UGTT), club, association or company by its first word
_GENERAL = norm("العام")
_CENTRE, _STUDIES = norm("مركز"), norm_words("دراسات بحوث أبحاث")


def headed(args: Sequence[_A], toks: list[str]) -> list[_A]:
    """Each participant, a title right before a body with no country recoded with that body's sector (see the
    module's docstring)."""
    out = list(args)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (rebel := _rebels_head(a, b, toks)) is not None:
            out[k] = rebel
            continue
        if (union := _union_head(a, b, toks)) is not None:
            out[k] = union
            continue
        unlisted = _civil_sector(b, toks)
        # (a body of a country: the arguments' own pass read an organisation's, not an institution's)
        if b.actor.country is not None and b.actor.kind != "institution" \
                or a.actor.country not in (None, b.actor.country) or b.i != a.j or b.place \
                or b.actor.kind not in _BODIES or not (b.actor.sector or unlisted) \
                or b.prep not in (None, "ل", "من"):
            continue
        head = toks[a.j - 1] if a.j > a.i else ""
        if head not in _HEADS and not (head == _GENERAL and a.j - a.i >= 2 and toks[a.j - 2] in _SECRETARY):
            continue
        # (of_body reads an institution as a body like any other)
        body = replace(b.actor, kind="organisation", sector=b.actor.sector or unlisted)
        actor = of_body(a.actor, body, toks[a.i:a.j], [], b.prep is not None)
        if actor is not a.actor:
            out[k] = replace(a, actor=actor)
    return out


def _civil_sector(b: _A, toks: list[str]) -> str | None:
    """The sector of a union, association, club or company no one lists, named by its own words (الاتحاد الجهوي
    للفلاحة، النقابة الوطنية لأساتذة X، جمعية X): no state body. Not a council, commission or authority, which may
    be a state's (المجلس البابوي، الهيئة الوطنية للانتخابات)."""
    if b.actor.kind != "organisation" or b.actor.sector or b.actor.id or b.j - b.i < 2:
        return None
    w = toks[b.i]
    if w.endswith(_CENTRE) and len(w) - len(_CENTRE) <= 3 \
            and any(k in t for t in toks[b.i + 1:b.j] for k in _STUDIES):
        return "NGO"  # المركز الدولي للدراسات الاستراتيجية: a research centre, a think tank
    return civil_head_sector(w)


def _union_head(a: _A, b: _A, toks: list[str]) -> _A | None:
    """الأمين العام للنقابة الوطنية للصحفيين، رئيس النقابة الوطنية للصحفيين التونسيين، الأمين العام للنقابة: a head's
    title (its default an official's GOV, a secretary-general's IGO) right before a union, association or league
    the dictionaries code only as a common noun (generic النقابة، النقابة الوطنية للصحفيين) heads that body: its
    sector (a union CVL, a journalists' union MED), its country the body's or, as for the body, the sentence's — no
    state or international official. Not a named person, nor a minister (وزير, not a head of a body)."""
    title = toks[a.i:a.j]
    secretary = len(title) >= 2 and title[-1] == _GENERAL and title[-2] in _SECRETARY
    if a.actor.kind != "person" or a.actor.id is not None or a.actor.sector not in ("GOV", "IGO") \
            or not title or not (secretary or title[-1] in _HEADS) \
            or b.actor.kind != "generic" or b.i != a.j or b.place or b.prep not in (None, "ل") \
            or a.actor.country not in (None, b.actor.country) \
            or civil_head_sector(toks[b.i]) not in ("CVL", "NGO") or b.actor.sector not in ("CVL", "NGO", "MED"):
        return None
    sector, country = b.actor.sector, b.actor.country
    return replace(a, actor=replace(a.actor, country=country, sector=sector, code=make_code(country, sector)))


def _rebels_head(a: _A, b: _A, toks: list[str]) -> _A | None:
    """زعيم الميليشيات، قائد المسلحين، زعيم ميليشيات الانقلابيين: an official's or commander's title in construct with
    a common noun of armed non-state men (REB) heads them — a rebel leader, no government official nor army
    officer (not a named person: the name's own code stands; nor men of a country, whom the arguments' own pass
    places)."""
    title = toks[a.i:a.j]
    if b.actor.kind != "generic" or b.actor.sector != "REB" or b.i != a.j or b.prep is not None or b.place \
            or a.actor.kind != "person" or a.actor.id is not None or a.actor.sector not in ("GOV", "MIL") \
            or not title or title[-1] not in _HEADS or a.actor.country is not None or b.actor.country is not None:
        return None
    return replace(a, actor=replace(a.actor, sector="REB", code=make_code(a.actor.country, "REB")))


def through_unlisted(out: Sequence[_A], k: int, toks: list[str]) -> _A | None:
    """The listed body a title heads through an indefinite body no dictionary lists, all three in one construct —
    رئيس مجلس شورى حركة النهضة، رئيس لجنة حزب X: the title, then the unlisted body right after it, then the listed
    one right after that (not a bare name: فلان مجلس ...; nor past a definite word, which closes the construct)."""
    if k + 2 >= len(out):
        return None
    a, mid, body = out[k], out[k + 1], out[k + 2]
    bare_name = a.actor.kind == "person" and a.actor.sector is None and a.actor.id is None
    if a.actor.kind not in ("person", "institution") or bare_name or toks[a.j - 1].startswith(("ال", "وال")) \
            or mid.i != a.j or mid.prep is not None or mid.actor.kind != "organisation" or mid.actor.code \
            or mid.actor.country or any(w.startswith(("ال", "وال")) for w in toks[mid.i:mid.j]):
        return None
    if body.i != mid.j or body.prep is not None or body.place or not body.actor.country \
            or body.actor.kind not in ("organisation", "institution", "country") \
            or body.actor.country in ("IGO", "UNO", "NGO"):
        return None
    return body
