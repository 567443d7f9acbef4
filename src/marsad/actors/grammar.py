"""Compose dictionary chunks into coded mentions: titles with their country and holder, institutions with
their nationality, generic agents, and person names (known, or unknown after a title or a given name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from marsad.actors.index import ActorIndex, Cat
from marsad.actors.match import Chunk
from marsad.knowledge.records import Actor, Title, make_code

_FORMER = frozenset({"السابق", "الاسبق", "السابقه", "الاسبقه", "الراحل", "المخلوع", "المعزول"})
_NAME_HEADS = frozenset({"عبد", "ابو", "ابي", "ابا"})
_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ال", "عبد", "ابا"})
_TYPE = {Cat.PERSON: "PER", Cat.ORG: "ORG", Cat.INSTITUTION: "ORG", Cat.METONYM: "LOC", Cat.COUNTRY: "LOC",
         Cat.PLACE: "LOC", Cat.NISBA: "NORP", Cat.PEOPLE: "NORP"}


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention in token indices of one sentence, before offsets are mapped back to the original."""

    i: int
    j: int
    type: str
    actor: Actor | None
    rule: str
    nominal: bool = False
    strip: int = 0  # clitic characters to skip at the start of token i
    role_key: tuple[str, str] | None = None  # (role, country or organisation) for a title


class Grammar:
    def __init__(self, index: ActorIndex) -> None:
        self.ix = index

    def drafts(self, toks: list[str], chunks: list[Chunk], day: date | None) -> list[Draft]:
        chunks = [c for c in chunks if not (c.i > 0 and toks[c.i - 1] in _NAME_HEADS and c.cat != Cat.PERSON)]
        at = {c.i: c for c in chunks}
        out: list[Draft] = []
        covered = 0  # tokens before this index are used
        for c in chunks:
            if c.i < covered:
                continue
            cat = c.cat
            if cat in (Cat.TITLE, Cat.TITLE_CONSTRUCT):
                covered = self._title(toks, c, at, day, out)
            elif cat == Cat.HONORIFIC:
                covered = self._honorific(toks, c, at, out)
            elif cat in (Cat.INST_HEAD, Cat.INST_CONSTRUCT, Cat.GENERIC):
                covered = self._institution(toks, c, at, out)
            else:
                e = c.entries[0]
                if e.lead:  # الملك عبدالله الثاني: the title is a nominal mention, the name the PER one
                    out.append(Draft(c.i, c.i + e.lead, _TYPE[cat], e.payload, e.rule, nominal=True, strip=c.strip))
                    out.append(Draft(c.i + e.lead, c.j, _TYPE[cat], e.payload, e.rule))
                else:
                    out.append(Draft(c.i, c.j, _TYPE[cat], e.payload, e.rule, strip=c.strip))
                covered = c.j
        out.extend(self._free_names(toks, at, out))
        out.sort(key=lambda d: d.i)
        return out

    # -- titles ---------------------------------------------------------------------------------------------
    def _title(self, toks: list[str], c: Chunk, at: dict[int, Chunk], day: date | None, out: list[Draft]) -> int:
        te = c.get(Cat.TITLE, Cat.TITLE_CONSTRUCT)
        assert te is not None
        title: Title = te.payload
        country, of, j = title.country, title.of, c.j
        nxt = at.get(j)
        if nxt is not None and country is None and of is None:
            if c.cat == Cat.TITLE and (e := nxt.get(Cat.NISBA)):
                country, j = e.payload.country, nxt.j
            elif (e := nxt.get(Cat.COUNTRY, Cat.ORG, Cat.INSTITUTION)) and (c.cat == Cat.TITLE_CONSTRUCT
                                                                           or nxt.strip):
                if e.cat == Cat.COUNTRY:
                    country = e.payload.country
                else:
                    of = e.payload.id
                    country = e.payload.country
                j = nxt.j
        sector = title.sector or "GOV"
        holder_of = of or country
        former = j < len(toks) and toks[j] in _FORMER
        if former:  # الرئيس الأمريكي السابق: not whoever holds the office on the article's date
            j += 1
        role_key = (title.role, holder_of) if title.role and holder_of and not former else None
        k = j
        while (h := at.get(k)) is not None and h.cat == Cat.HONORIFIC:
            k = h.j
        person = at.get(k)
        if person is not None and person.cat == Cat.PERSON:
            e = person.entries[0]
            out.append(Draft(person.i + e.lead, person.j, "PER", e.payload, f"{te.rule}+{e.rule}",
                             strip=0 if e.lead else person.strip, role_key=role_key))
            out.append(Draft(c.i, j, "PER", e.payload, te.rule, nominal=True, strip=c.strip, role_key=role_key))
            out.extend(self._inner(toks, c.i + 1, j))
            return person.j
        end = self._read_name(toks, k, at, strong=True)
        if end > k:
            actor = Actor(None, country, sector, make_code(country, sector), None, "person")
            out.append(Draft(k, end, "PER", actor, f"{te.rule}+name", role_key=role_key))
            out.append(Draft(c.i, j, "PER", actor, te.rule, nominal=True, strip=c.strip, role_key=role_key))
            out.extend(self._inner(toks, c.i + 1, j))
            return end
        actor = self._holder(title.role, holder_of, day) if role_key else None
        if actor is None:
            actor = Actor(None, country, sector, make_code(country, sector), None, "person")
        rule = te.rule + ("+holder" if actor.id else "")
        out.append(Draft(c.i, j, "PER", actor, rule, nominal=True, strip=c.strip, role_key=role_key))
        out.extend(self._inner(toks, c.i + 1, j))
        return j

    def _inner(self, toks: list[str], i: int, j: int) -> list[Draft]:
        """Names inside a nominal mention (الأمين العام [للأمم المتحدة], وزير الخارجية [الإيراني])."""
        from marsad.actors.match import find_chunks

        out = []
        for c in find_chunks(toks[i:j], self.ix):
            e = c.entries[0]
            if e.cat in _TYPE:
                out.append(Draft(i + c.i, i + c.j, _TYPE[e.cat], e.payload, e.rule, strip=c.strip))
        return out

    def _holder(self, role: str | None, of: str | None, day: date | None) -> Actor | None:
        if not role or not of:
            return None
        kb = self.ix.kb
        if day is None:
            people = kb.role_index.get((role, of), ())
            current = [p for p in people if any(r.role == role and r.of == of and r.end is None for r in p.roles)]
            holders = current
        else:
            holders = kb.holders(role, of, day)
        if not holders:
            return None
        p = holders[0]
        return Actor(p.name, p.country, p.sector, make_code(p.country, p.sector), p.id, "person")

    def _honorific(self, toks: list[str], c: Chunk, at: dict[int, Chunk], out: list[Draft]) -> int:
        k = c.j
        while (h := at.get(k)) is not None and h.cat == Cat.HONORIFIC:
            k = h.j
        person = at.get(k)
        if person is not None and person.cat == Cat.PERSON:
            e = person.entries[0]
            out.append(Draft(person.i + e.lead, person.j, "PER", e.payload, f"honorific+{e.rule}",
                             strip=0 if e.lead else person.strip))
            return person.j
        end = self._read_name(toks, k, at, strong=True)
        if end > k:
            sector = c.entries[0].payload
            actor = Actor(None, None, sector, sector, None, "person")
            out.append(Draft(k, end, "PER", actor, "honorific+name"))
            return end
        return c.j

    # -- institutions and generic agents ------------------------------------------------------------------
    def _institution(self, toks: list[str], c: Chunk, at: dict[int, Chunk], out: list[Draft]) -> int:
        e = c.entries[0]
        nxt = at.get(c.j)
        country, j = None, c.j
        if e.cat == Cat.GENERIC and e.payload.country:
            country = e.payload.country
        if nxt is not None:
            if (n := nxt.get(Cat.NISBA)) and e.cat != Cat.INST_CONSTRUCT:
                country, j = n.payload.country, nxt.j
            elif (n := nxt.get(Cat.COUNTRY)) and (e.cat != Cat.INST_HEAD or nxt.strip):
                country, j = n.payload.country, nxt.j
            elif (n := nxt.get(Cat.PLACE)) and e.cat == Cat.INST_CONSTRUCT:
                country, j = n.payload.country, nxt.j
        sector = e.payload.sector
        name = e.payload.name if e.cat != Cat.GENERIC else None
        typ = "AGENT" if e.cat == Cat.GENERIC else "ORG"
        actor = Actor(name, country, sector, make_code(country, sector), None,
                      "generic" if e.cat == Cat.GENERIC else "institution")
        # a parliament, a court or a council is a named body (البرلمان, المحكمة العليا, مجلس الشيوخ); a government,
        # ministry, army or police force is a description (الحكومة العراقية)
        named = e.cat != Cat.GENERIC and (sector in ("LEG", "JUD") or toks[c.i].endswith("مجلس"))
        out.append(Draft(c.i, j, typ, actor, e.rule, nominal=not named, strip=c.strip))
        out.extend(self._inner(toks, c.i + 1, j))  # the place/nationality itself is a mention too
        return j

    # -- person names -----------------------------------------------------------------------------------
    def _is_name_word(self, t: str) -> bool:
        ix = self.ix
        return t in ix.given or t in ix.family

    def _nameish(self, t: str, article: bool = False) -> bool:
        """Could `t` be part of a name nobody listed? Not a function word, a common word, or a word with a
        proclitic (بالوفد, سيزور); with `article`, the article ال is allowed (الكاظمي, الرحمن)."""
        ix = self.ix
        if not t[0].isalpha() or len(t) < 2 or t.isascii() or t in ix.stopwords or t in ix.kb.common_words:
            return False
        seg = ix.segmenter.segment(t)
        if seg.key in ix.kb.common_words or seg.key in ix.stopwords or seg.suffixes:
            return False
        return all(p == "ال" for p in seg.prefixes) and (article or not seg.prefixes)

    def _read_name(self, toks: list[str], k: int, at: dict[int, Chunk], strong: bool) -> int:
        """End index of a person name starting at token k (k when there is none)."""
        n = len(toks)
        if k >= n or k in at:
            return k
        t = toks[k]
        if tuple(toks[k:k + 2]) in self.ix.given_phrases and k + 1 not in at:
            end, unknown = k + 2, 0
        elif t in _NAME_HEADS and (unit := self._head_unit(toks, k, at)) > k:
            end, unknown = unit, 0  # عبد الرحمن, أبو بكر, أبو عبد الله: head(s) + complement are one name word
        elif (t in self.ix.ambiguous_given or t in self.ix.stopwords) and not self._name_follows(toks, k + 1, at):
            # على normalises to علي (Ali): a function word or an ambiguous name needs another name after it
            return k
        elif self._is_name_word(t) or t in self.ix.ambiguous_given:
            end, unknown = k + 1, 0
        elif strong and self._nameish(t) and not t.startswith("ال"):
            end, unknown = k + 1, 1
        else:
            return k
        while end < n and end - k < 6 and end not in at:
            t = toks[end]
            if t in _CONNECTORS and (unit := self._head_unit(toks, end, at)) > end:
                end = unit
            elif tuple(toks[end:end + 2]) in self.ix.given_phrases and end + 1 not in at:
                end += 2
            elif self._is_name_word(t):
                end += 1
            elif unknown < 2 and self._nameish(t, article=True) and not t.startswith("و") and not t.endswith("ه"):
                unknown += 1
                end += 1
            else:
                break
        return end

    def _head_unit(self, toks: list[str], k: int, at: dict[int, Chunk]) -> int:
        """End of a name unit opened by a head or connector at k (بن + أبي + وقاص, عبد + الله); k if none."""
        n = len(toks)
        j = k
        while j < n and toks[j] in _CONNECTORS and j + 1 < n and j + 1 not in at:
            j += 1
        if j == k or j >= n or j in at:
            return k
        t = toks[j]
        if toks[j - 1] == "عبد" and t[0].isalpha() and t not in self.ix.stopwords - {"الله"}:
            return j + 1  # عبد + any of the divine names
        return j + 1 if (self._is_name_word(t) or self._nameish(t, article=True)) else k

    def _name_follows(self, toks: list[str], k: int, at: dict[int, Chunk]) -> bool:
        if k >= len(toks):
            return False
        c = at.get(k)
        return (c is not None and c.cat == Cat.PERSON) or self._is_name_word(toks[k])

    def _free_names(self, toks: list[str], at: dict[int, Chunk], drafts: list[Draft]) -> list[Draft]:
        """Persons found by name words (a given or family name, عبد/أبو + name) outside dictionary chunks."""
        used = set()
        for d in drafts:
            used.update(range(d.i, d.j))
        for c in at.values():
            used.update(range(c.i, c.j))
        ix = self.ix
        out: list[Draft] = []
        k, n = 0, len(toks)
        while k < n:
            t = toks[k]
            if k in used or not (t in ix.given or t in ix.family or t in ix.ambiguous_given or t in _NAME_HEADS
                                 or tuple(toks[k:k + 2]) in ix.given_phrases):
                k += 1
                continue
            end = self._read_name(toks, k, at, strong=False)
            end = next((x for x in range(k, end) if x in used), end)
            if end > k:
                out.append(Draft(k, end, "PER", Actor(None, None, None, None, None, "person"), "name-lexicon"))
                k = end
            else:
                k += 1
        return out
