"""Organisations that no dictionary lists:

* a name head (اتحاد، منظمة، صندوق، جامعة، منتخب ...) followed by the words of its name: definite words
  (الاتحاد الدولي للشرطة, صندوق المقاصة), places and nationalities (منتخب فرنسا, جامعة البلقاء التطبيقية) or
  name words nobody lists (فندق شيراتون الدوحة); one takes the sector its head tells (actors/org_sectors): حزب a
  party (PTY: حزب الخير, نائب رئيس حزب X), نقابة a union (CVL), جمعية an NGO, هيئة an authority (GOV) ...;
* a quoted name after a head or a descriptor (صحيفة « النهار », حركة « المهاجرون »): the quoted words;
* in a sports sentence (مباراة، منتخب، مونديال ...), a country named alone is its team.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.actors.draft import Draft, covered
from marsad.actors.index import ActorIndex, Cat, Entry
from marsad.actors.match import Chunk
from marsad.actors.org_sectors import head_sector
from marsad.knowledge.records import Actor, make_code
from marsad.text.months import MONTH_WORDS
from marsad.text.normalize import norm_words
from marsad.text.tokenize import with_proclitics

_MAX_WORDS = 6
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "داخل", "خارج", "عبر", "الى"})
_NAME_PARTS = (Cat.COUNTRY, Cat.PLACE, Cat.NISBA)
_STATES = frozenset({"دول", "لدول", "ودول", "بدول"})
# sports words with another common sense (a group, periodic, a cup, supporters): not enough to make the EU football's
_LOOSE_CUES = frozenset(f for w in norm_words("المجموعة دوري كأس المشجعين مشجعي") for f in with_proclitics(w))
_OPEN_QUOTES = {'"', "«", "“", "'"}
_CLOSE_QUOTES = {'"', "»", "”", "'"}


def org_patterns(ix: ActorIndex, toks: list[str], at: dict[int, Chunk], drafts: list[Draft]) -> list[Draft]:
    """Organisations no dictionary lists, after a name head or a descriptor (see the module's docstring)."""
    used = covered(drafts)
    out: list[Draft] = []
    surface = ix.org_head_surface
    nxt = 0
    for k in [k for k, t in enumerate(toks) if t in surface]:
        if k < nxt or k in used or k in at:
            continue
        head = ix.org_head(toks[k])
        if head is None:
            continue
        is_head, strip = head
        quoted = _quoted(toks, k + 1)
        if quoted:  # (شركة "المراعي": a business; its head's sector, actors/org_sectors)
            out.append(Draft(k + 2, quoted, "ORG", _org(None, head_sector(toks[k][strip:], None, None)), "org-quoted"))
            nxt = quoted + 1
            continue
        known = _ambiguous_org(ix, toks, k + 1, used)
        if known is not None and is_head and known.actor is not None and known.actor.sector in ("MED", "BUS"):
            # حزب الغد المصري: after a party's or a body's own head a newspaper's name is a word of its name
            end = _name_end(ix, toks, known.j, at, used, definite=True)
            out.append(Draft(k, end, "ORG", _org(_named_country(at, k + 1, end)), "org-pattern", strip=strip))
            used.update(range(k, end))
            nxt = end
            continue
        if known is not None:  # قناة الجزيرة, مراسل الجزيرة
            out.append(known)
            nxt = known.j
            continue
        if not is_head:
            continue
        end = _name_end(ix, toks, k + 1, at, used, definite=ix.segmenter.segment(toks[k]).has_article)
        if end > k + 1:
            country = _named_country(at, k + 1, end)
            # (نقابة X: CVL, حزب X: PTY: actors/org_sectors)
            sector = head_sector(toks[k][strip:], toks[k + 1], country, toks[k - 1] if k else None)
            out.append(Draft(k, end, "ORG", _org(country, sector), "org-pattern", strip=strip))
            used.update(range(k, end))
            nxt = end
    return out


def place_patterns(ix: ActorIndex, toks: list[str], at: dict[int, Chunk], drafts: list[Draft]) -> list[Draft]:
    """Places no dictionary lists: a place head and its name (مسجد الحسن الثاني, نهر النيجر: the whole), or a
    descriptor and an unlisted name (مدينة تشوانتشو, حي الزيتون: the name)."""
    kb = ix.kb
    used = covered(drafts)
    out: list[Draft] = []
    surface = ix.place_head_surface
    nxt = 0
    for k in [k for k, t in enumerate(toks) if t in surface]:
        if k < nxt or k in used or k in at:
            continue
        seg = ix.segmenter.segment(toks[k])
        word = toks[k] if toks[k] in kb.place_heads or toks[k] in kb.place_descriptors else seg.key
        if word in kb.place_heads:
            end = _name_end(ix, toks, k + 1, at, used)
            if end > k + 1 and not any(at.get(x) is not None for x in range(k + 1, end)):
                out.append(Draft(k, end, "LOC", _place(), "place-pattern",
                                 strip=0 if word == toks[k] else seg.prefix_chars))
                used.update(range(k, end))
                nxt = end
        elif word in kb.place_descriptors:
            end = k + 1
            while end < len(toks) and end - k <= 3 and end not in used and end not in at and _name_word(
                    ix, toks[end]):
                end += 1
            if end > k + 1:
                out.append(Draft(k + 1, end, "LOC", _place(), "place-descriptor"))
                used.update(range(k + 1, end))
                nxt = end
    return out


def _place() -> Actor:
    return Actor(None, None, None, None, None, "place")


def credits(ix: ActorIndex, toks: list[str], drafts: list[Draft]) -> list[Draft]:
    """A news-agency credit in parentheses (( الفرنسية ), ( اف ب - أرشيف )) or a newspaper's name in quotes
    (« الشرق الأوسط »): the organisation, even where the same words are a place. Returns the drafts to use
    instead of `drafts`."""
    found = []
    for k, t in enumerate(toks):
        if t in ("(", "«", '"', "“") and k + 1 < len(toks) and not (k > 0 and toks[k - 1] in MONTH_WORDS):
            # (not a month's other name: أبريل (نيسان) is April, not Nissan)
            d = _ambiguous_org(ix, toks, k + 1, set())
            closers = (")", "-", "–") if t == "(" else ("»", '"', "”")
            if d is not None and d.j < len(toks) and toks[d.j] in closers:
                found.append(d)
    return _override(drafts, found)


def _override(drafts: list[Draft], found: list[Draft]) -> list[Draft]:
    """`found` organisations replace the place or nationality readings of the same words."""
    if not found:
        return drafts
    covered = {x for d in found for x in range(d.i, d.j)}
    return [d for d in drafts if not (d.type in ("LOC", "NORP") and d.i in covered)] + found


def _ambiguous_org(ix: ActorIndex, toks: list[str], k: int, used: set[int],
                   table: dict[tuple[str, ...], Entry] | None = None) -> Draft | None:
    for n in (3, 2, 1):
        e = (ix.ambiguous_orgs if table is None else table).get(tuple(toks[k:k + n]))
        if e is not None and k + n <= len(toks) and not any(x in used for x in range(k, k + n)):
            return Draft(k, k + n, "ORG", e.payload, e.rule + "+descriptor")
    return None


def _org(country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(None, country, sector, make_code(country, sector), None, "organisation")


def _named_country(at: dict[int, Chunk], i: int, j: int) -> str | None:
    """The country a name states (الحزب القومي الألماني, جامعة بغداد, منتخب فرنسا): its first country, place or
    nationality word's."""
    for k in range(i, j):
        c = at.get(k)
        if c is not None and c.cat in _NAME_PARTS:
            country = getattr(c.entries[0].payload, "country", None)
            if country:
                return str(country)
    return None


def _quoted(toks: list[str], k: int) -> int:
    """End (index of the closing quote) of a short quoted name starting at k, or 0."""
    if k >= len(toks) or toks[k] not in _OPEN_QUOTES:
        return 0
    for j in range(k + 1, min(len(toks), k + 6)):
        if toks[j] in _CLOSE_QUOTES:
            return j if j > k + 1 else 0
    return 0


def _name_end(ix: ActorIndex, toks: list[str], k: int, at: dict[int, Chunk], used: set[int],
              definite: bool = False) -> int:
    """End of an organisation's name after its head at k - 1. A definite head (الاتحاد ...) takes only definite
    words and nationalities, no state's or place's name (حث الاتحاد روسيا: Russia is the object); a head in
    construct (جامعة ليدز, سجن بيل مارش) also takes up to two name words nobody lists."""
    end = k
    unknown = 0
    while end < len(toks) and end - k < _MAX_WORDS:
        w = toks[end]
        c = at.get(end)
        if c is not None:
            if w.startswith("لل") and c.j == end + 1:  # الاتحاد الدولي للشرطة: a لل-complement is part of it
                end += 1
                continue
            if c.cat not in _NAME_PARTS or c.strip:  # الحزب ولبنان: a conjunction ends the name
                break
            if c.cat != Cat.NISBA and k > 0 and toks[k - 1].startswith(("ال", "وال", "بال", "لل", "فال")):
                break  # وحث الاتحاد روسيا على: a definite head takes no proper name, its adjectives only
            if c.cat == Cat.NISBA and unknown and c.j - c.i == 1:
                break  # نادي بوردو الفرنسي: the nationality after a name word describes it
            end = c.j
            continue
        if end in used:
            break
        if _definite_word(ix, w):
            end += 1
        elif not definite and unknown < 2 and _name_word(ix, w) and (end == k or unknown):
            unknown += 1
            end += 1
        else:
            break
    return end


def _definite_word(ix: ActorIndex, w: str) -> bool:
    """A definite noun or adjective that can continue an organisation's name (الدولي, للشرطة, والسياحي)."""
    if not w[0].isalpha() or w in ix.stopwords:
        return False
    return w.startswith(("ال", "لل", "وال")) and len(w) > 3 and w not in ix.stopwords


def _name_word(ix: ActorIndex, w: str) -> bool:
    """A word no dictionary lists, and no common word (شيراتون, بيونغ)."""
    return (w[0].isalpha() and len(w) > 2 and not w.isascii() and w not in ix.stopwords
            and w not in ix.kb.common_words and w[0] not in "ولبكف" and not w.startswith("ال")
            and not ix.segmenter.segment(w).suffixes)


def sports_teams(ix: ActorIndex, toks: list[str], drafts: list[Draft]) -> list[Draft]:
    """In a sentence about sport, a country named on its own stands for its team (ORG)."""
    if ix.sports_surface.isdisjoint(toks):
        return drafts
    # a place after a preposition (في القاهرة, بالقاهرة) is where the match is played, not a team
    teams = [replace(d, type="ORG", rule=d.rule + "+team") if d.type == "LOC" and not d.nominal and d.actor
             is not None and d.actor.kind == "country" and not toks[d.i].startswith(("ب", "في")) and not (
                 d.i > 0 and toks[d.i - 1] in _PLACE_PREPOSITIONS) else d for d in drafts]
    # the European Union named there is football's (UEFA: عاقب الاتحاد الأوروبي النادي), not its states' union
    # (لاعبون من خارج دول الاتحاد الأوروبي)
    uefa = ix.kb.organisations.get("uefa")
    if uefa is not None and any(t in ix.sports_surface and t not in _LOOSE_CUES for t in toks):
        football = Actor(uefa.name, uefa.country, uefa.sector, uefa.code, uefa.id, "organisation")
        teams = [replace(d, actor=football, rule=d.rule + "+sport") if d.actor is not None and d.actor.id == "eu"
                 and toks[d.i] not in _STATES else d for d in teams]
    # and a club's bare name (السد, الأهلي, النصر) is the club
    used = {x for d in teams if d.type in ("PER", "ORG") for x in range(d.i, d.j)}
    clubs = []
    k = 0
    while k < len(toks):
        base = toks[k][1:] if toks[k][:1] == "و" and toks[k][1:] in ix.club_words else toks[k]
        d = _ambiguous_org(ix, [*toks[:k], base, *toks[k + 1:]], k, used, ix.ambiguous_clubs) \
            if base in ix.club_words else None
        if d is not None:
            clubs.append(replace(d, strip=len(toks[k]) - len(base)))
            k = d.j
        else:
            k += 1
    return _override(teams, clubs)
