"""Compile `Knowledge` into phrase tables for token-sequence matching on the normalised text.

Every alias is normalised and tokenised exactly as article text is, so a phrase is a tuple of normalised tokens.
`first[token]` gives the longest phrase starting with that token, so matching is a few dict look-ups per token.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import lru_cache
from typing import Any

from marsad.knowledge.records import Actor, Knowledge, Place, make_code
from marsad.text.normalize import norm
from marsad.text.tokenize import Segmenter, tokenize, with_proclitics


class Cat(IntEnum):
    """Entry categories, in order of precedence when one phrase has several."""

    PERSON = 0
    ORG = 1
    INSTITUTION = 2
    METONYM = 3
    TITLE = 4
    TITLE_CONSTRUCT = 5
    INST_HEAD = 6
    INST_CONSTRUCT = 7
    COUNTRY = 8
    PLACE = 9
    NISBA = 10
    PEOPLE = 11
    GENERIC = 12
    HONORIFIC = 13


@dataclass(frozen=True, slots=True)
class Entry:
    cat: Cat
    payload: Any  # Actor for names; Title / InstitutionPattern / Generic / sector for the rest
    rule: str
    lead: int = 0  # leading tokens (a title such as الملك) matched but not part of the name


_NAME_ONLY = frozenset({Cat.PERSON, Cat.ORG, Cat.INSTITUTION, Cat.PLACE})
_NAME_CATS = _NAME_ONLY | {Cat.COUNTRY}  # (a one-word key of these alone is a name a common word is not cut into)
_PLACE_RANK = {"capital": 0, "province": 2, "city": 1, "region": 3, "landmark": 4}


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in tokenize(norm(text)))


_JOINABLE = ("عبد", "ابو")
_PLACE_LEADS = frozenset({"دوله"})
_DEMOCRAT, _DEMOCRAT_WAW = "ديمقراط", "ديموقراط"


def spelling_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The key and its spellings with عبد / أبو written joined or apart (عبد الله ~ عبدالله, أبو ظبي ~ أبوظبي)
    and with ديمقراط written ديموقراط."""
    out = [key]
    joined: list[str] = []
    i = 0
    while i < len(key):
        if key[i] in _JOINABLE and i + 1 < len(key):
            joined.append(key[i] + key[i + 1])
            i += 2
        else:
            joined.append(key[i])
            i += 1
    if len(joined) < len(key):
        out.append(tuple(joined))
    apart: list[str] = []
    for w in key:
        pre = next((p for p in _JOINABLE if w.startswith(p) and len(w) > len(p) + 1), None)
        apart.extend((pre, w[len(pre):]) if pre else (w,))
    if len(apart) > len(key):
        out.append(tuple(apart))
    # ديمقراطي ~ ديموقراطي: the older spelling (قوات سوريا الديموقراطية، الكونغو الديموقراطية) names the same party
    out += [tuple(w.replace(_DEMOCRAT, _DEMOCRAT_WAW) for w in k) for k in out if any(_DEMOCRAT in w for w in k)]
    return out


_NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات", "ا")  # ا: accusative indefinite (جنديا عراقيا)


def nisba_forms(base: str) -> list[str]:
    """All regular forms of a nisba adjective (masc./fem., dual, plural), bare and with the article. In a
    two-word nisba (كوري شمالي) every word ending in ي agrees: كورية شمالية, الكوريون الشماليون."""
    words = norm(base).split()
    # an article already there is kept; a normalised alef-hamza (ألماني → الماني) is no article
    has_article = [w.startswith("ال") for w in base.split()]
    forms = []
    for suffix in _NISBA_SUFFIXES if all(w.endswith("ي") for w in words) else ("",):
        inflected = [w + suffix for w in words]
        forms.append(" ".join(inflected))
        forms.append(" ".join(w if art else "ال" + w for w, art in zip(inflected, has_article, strict=True)))
    return forms


class ActorIndex:
    """Phrase tables and word sets compiled from the knowledge base. Immutable after construction."""

    def __init__(self, kb: Knowledge, extra_lexicon: Iterable[str] = ()) -> None:
        self.kb = kb
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.first: dict[str, int] = {}
        self._skip: set[tuple[str, ...]] = set()
        self._plain_words = kb.stopwords | kb.common_words
        self.short_people: dict[str, Entry] = {}
        countries = kb.countries
        for c in countries.values():
            # strings listed as ambiguous (also common words or other places) are left out
            self._skip = {phrase_key(a) for a in c.ambiguous}
            actor = Actor(c.name, c.code, None, c.code, c.code, "country")
            for n in c.names:
                self._add(n, Entry(Cat.COUNTRY, actor, f"country:{c.code}"))
            nat = Actor(c.name, c.code, None, c.code, c.code, "nationality")
            for base in c.nisba:
                for form in nisba_forms(base):
                    self._add(form, Entry(Cat.NISBA, nat, f"nisba:{c.code}"))
            for p in c.people:
                people = Entry(Cat.PEOPLE, Actor(c.name, c.code, "CVL", make_code(c.code, "CVL"), c.code,
                                                 "nationality"), f"people:{c.code}")
                self._add(p, people)
                if norm(p).startswith("ال") and len(norm(p)) > 5:  # مدنيين أفغان: the people without the article
                    self._add(norm(p)[2:], people)
                elif norm(p).startswith("ال"):  # روس، صرب: too short to be read alone (ويلبر روس), only after a
                    self.short_people[norm(p)[2:]] = people  # generic noun of persons: دبلوماسيين روس
            gov = Actor(c.name, c.code, "GOV", make_code(c.code, "GOV"), c.code, "institution")
            for m in c.metonyms:
                self._add(m, Entry(Cat.METONYM, gov, f"metonym:{c.code}"))
            self._skip = set()
        for place in sorted(kb.places, key=lambda p: _PLACE_RANK.get(p.kind, 9)):
            actor = _place_actor(place)
            for n in place.names:
                self._add(n, Entry(Cat.PLACE, actor, f"place:{place.id}"))
        # names of organisations that are also common words or places (الجزيرة, الفرنسية): read only after a
        # descriptor (قناة الجزيرة, مراسل الجزيرة) or as a credit in parentheses ((الفرنسية))
        self.ambiguous_orgs: dict[tuple[str, ...], Entry] = {}
        self.ambiguous_clubs: dict[tuple[str, ...], Entry] = {}
        for org in kb.organisations.values():
            actor = Actor(org.name, org.country, org.sector, org.code, org.id, "organisation")
            for n in org.ambiguous:
                self.ambiguous_orgs.setdefault(phrase_key(n), Entry(Cat.ORG, actor, f"org:{org.id}"))
                if org.sector == "CVL":  # clubs: in a sports sentence الجزيرة is the club, not the channel
                    self.ambiguous_clubs.setdefault(phrase_key(n), Entry(Cat.ORG, actor, f"org:{org.id}"))
            for n in org.names + org.abbr:
                key = phrase_key(n)  # صحيفة نيويورك تايمز: the descriptor is matched, the name reported
                lead = 1 if len(key) > 1 and key[0] in kb.org_descriptor_heads else 0
                self._add(n, Entry(Cat.ORG, actor, f"org:{org.id}", lead))
            # a movement's adjective (مسلح حوثي، قذيفة حوثية) names it like a nationality; not the definite
            # masculine singular (الحوثي), which is also a family name
            adjective = Actor(org.name, org.country, org.sector, org.code, org.id, "nationality")
            for form in (f for base in org.nisba for f in nisba_forms(base) if f != "ال" + norm(base)):
                self._add(form, Entry(Cat.NISBA, adjective, f"nisba:{org.id}"))
        # first words of clubs' ambiguous bare names (السد, الأهلي): read as clubs in a sports sentence
        # (not function words: a club called كان must not turn every كان in a match report into a club)
        self.club_words = frozenset(k[0] for k in self.ambiguous_clubs if k[0] not in kb.stopwords)
        for inst in kb.institutions:
            actor = Actor(inst.name, inst.country, inst.sector, inst.code, inst.id, "institution")
            for n in inst.names:
                self._add(n, Entry(Cat.INSTITUTION, actor, f"institution:{inst.id}"))
        for pat in kb.institution_patterns:
            for h in pat.head:
                self._add(h, Entry(Cat.INST_HEAD, pat, f"institution-pattern:{pat.name}"))
            for h in pat.construct:
                self._add(h, Entry(Cat.INST_CONSTRUCT, pat, f"institution-pattern:{pat.name}"))
        for t in kb.titles:
            label = t.role or "title"
            for w in t.words:
                self._add(w, Entry(Cat.TITLE, t, f"title:{label}"))
            for w in t.construct:
                self._add(w, Entry(Cat.TITLE_CONSTRUCT, t, f"title:{label}"))
        for word, sector in kb.honorifics.items():
            self._add(word, Entry(Cat.HONORIFIC, sector, f"honorific:{word}"))
        for g in kb.generics:
            self._add(g.word, Entry(Cat.GENERIC, g, f"generic:{g.word}"))
        title_words = {k[0] for k, es in self.phrases.items() if len(k) == 1 and any(
            e.cat in (Cat.TITLE, Cat.HONORIFIC) for e in es)}
        # a person listed under another's name (ActorIndex keeps one per name): told apart by date, actors/namesakes
        self.namesakes: dict[str, tuple[Actor, ...]] = {}
        for person in kb.people.values():
            actor = Actor(person.name, person.country, person.sector, make_code(person.country, person.sector),
                          person.id, "person")
            for n in person.names:
                key = phrase_key(n)
                held = next((e.payload for e in self.phrases.get(key, ()) if e.cat == Cat.PERSON), None)
                if held is not None and held.id != person.id and actor not in self.namesakes.get(held.id, ()):
                    self.namesakes[held.id] = (*self.namesakes.get(held.id, ()), actor)
                lead = 0
                while lead < len(key) - 1 and key[lead] in title_words:
                    lead += 1
                self._add(n, Entry(Cat.PERSON, actor, f"person:{person.id}", lead))
        self._mark_leads()
        for entries in self.phrases.values():
            entries.sort(key=lambda e: e.cat)
        # a name word that is also a common word or function word, or very short, needs another name beside it
        common = kb.common_words | kb.stopwords
        given, family = _single_words(kb.given_names), _single_words(kb.family_names)
        unsure = {w for w in given | family if w in common or len(w) <= 2}
        words = {w for key in self.phrases for w in key}
        # (one-word names — places, persons, bodies — a frequent common word is never cut into: بنوك is no ب+نوك)
        names = given | family | {k[0] for k, entries in self.phrases.items() if len(k) == 1 and entries and all(
            e.cat in _NAME_CATS for e in entries)}
        self.segmenter = Segmenter(words | given | family | kb.stopwords | set(extra_lexicon), common=common,
                                   names=names)
        # a short name that reads as clitic + function word (لاي = ل + أي) is unsure too
        unsure |= {w for w in given | family if len(w) <= 3 and any(
            c.key in common for c in self.segmenter.candidates(w))}
        self.given = given - unsure
        self.family = family - unsure
        self.ambiguous_given = (_single_words(kb.ambiguous_given) | unsure) - self.given - self.family
        # compound given names read as one name word (نور الدين, سيف الإسلام, محمد رضا)
        self.given_phrases = frozenset(tuple(n.split()) for n in kb.given_names if " " in n)
        self.stopwords = kb.stopwords
        # every surface form (with proclitics) of a word that starts a phrase: a set filter before look-ups
        self.surface_first = frozenset(f for w in self.first for f in with_proclitics(w))
        # a first word → the lengths of the phrases it starts, longest first (`lookup` tries only those)
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}
        # possessed generic agents and institutions (حكومته, جيشها, وقواته): surface form → (key, clitic chars)
        self.possessed: dict[str, tuple[str, int]] = {}
        for key, entries in self.phrases.items():
            # (not a definite word: it takes no pronoun — المحاكمة is "the trial", no المحاكم + ه)
            if len(key) == 1 and not key[0].startswith("ال") and any(
                    e.cat in (Cat.GENERIC, Cat.INST_CONSTRUCT) for e in entries):
                word = key[0]
                base = word[:-1] + "ت" if word.endswith("ه") else word
                for suffix in ("ه", "ها", "هم", "هما", "نا"):
                    for form in with_proclitics(base + suffix):
                        self.possessed.setdefault(form, (word, len(form) - len(base) - len(suffix)))
        self.chunk_first = self.surface_first | frozenset(self.possessed)  # a chunk's first word: one set test
        self.keys_for: Callable[[str], tuple[tuple[str, int, tuple[str, ...]], ...]] = lru_cache(
            maxsize=300_000)(self._keys_for)
        self.org_head_surface = frozenset(f for w in kb.org_name_heads | kb.org_descriptor_heads
                                          for f in with_proclitics(w))
        self.sports_surface = frozenset(f for w in kb.sports_cues for f in with_proclitics(w))
        self.place_head_surface = frozenset(f for w in kb.place_heads | kb.place_descriptors
                                            for f in with_proclitics(w))
        self.org_head: Callable[[str], tuple[bool, int] | None] = lru_cache(maxsize=100_000)(self._org_head)

    def _org_head(self, t: str) -> tuple[bool, int] | None:
        """(is a name head, clitic characters) when `t` opens an organisation's name or describes one."""
        kb = self.kb
        if t in kb.org_name_heads or t in kb.org_descriptor_heads:
            return t in kb.org_name_heads, 0
        seg = self.segmenter.segment(t)
        if seg.suffixes or seg.key == t:  # ديوانه, مجلس إدارته: a possessed noun, not a name
            return None
        if seg.key in kb.org_name_heads or seg.key in kb.org_descriptor_heads:
            return seg.key in kb.org_name_heads, seg.prefix_chars
        return None

    def _keys_for(self, t: str) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
        """The look-up keys of a token that start some phrase: (key, clitic characters to skip, proclitics).
        The token itself first; then its lexicon-guided segmentation; then, when neither starts a phrase, every
        proclitic reading (a phrase word may itself carry a clitic, so the lexicon alone can miss it) unless the
        segmentation found a common word."""
        first = self.first
        out: list[tuple[str, int, tuple[str, ...]]] = []
        if t in first:
            out.append((t, 0, ()))
        if not t[0].isalpha():
            return tuple(out)
        seg = self.segmenter.segment(t)
        segs = [seg] if seg.key != t else []
        if not out and len(t) > 3 and seg.key not in self._plain_words:  # (وبنوك: and banks, no و+ب+نوك)
            segs += self.segmenter.candidates(t)
        seen = {t}
        for sg in segs:
            if sg.suffixes:  # names take no pronoun suffix (الطائفي is not الطائف + ي)
                continue
            if sg.key not in seen and sg.key in first:
                seen.add(sg.key)
                out.append((sg.key, sg.prefix_chars, sg.prefixes))
        return tuple(out)

    def _mark_leads(self) -> None:
        """A country name that starts with دولة over a known country is matched whole but reported as the
        country: دولة قطر → قطر (a region such as جنوب لبنان stays whole)."""
        for key, entries in self.phrases.items():
            if len(key) < 2 or key[0] not in _PLACE_LEADS:
                continue
            inner = self.phrases.get(key[1:], ())
            if any(e.cat in (Cat.COUNTRY, Cat.PLACE) for e in inner):
                entries[:] = [replace(e, lead=1) if e.cat in (Cat.COUNTRY, Cat.PLACE) else e for e in entries]

    def _add(self, alias: str, entry: Entry) -> None:
        key = phrase_key(alias)
        if not key or key in self._skip:
            return
        if len(key) == 1 and entry.cat in _NAME_ONLY and key[0] in self._plain_words:
            return  # a one-word name that is also a function or common word (a club called كان) needs context
        for variant in spelling_variants(key):
            bucket = self.phrases.setdefault(variant, [])
            if not any(e.cat == entry.cat for e in bucket):  # the first (highest-ranked) entry of a category wins
                bucket.append(entry)
            if len(variant) > self.first.get(variant[0], 0):
                self.first[variant[0]] = len(variant)

    def lookup(self, first: str, rest: list[str], start: int, limit: int) -> tuple[int, list[Entry]] | None:
        """Longest phrase starting with `first` followed by rest[start:...]; returns (length, entries)."""
        for length in self.lengths.get(first, ()):
            if length > limit:
                continue
            entries = self.phrases.get((first, *rest[start:start + length - 1]))
            if entries:
                return length, entries
        return None


def _single_words(names: frozenset[str]) -> frozenset[str]:
    """Token-level name words: one-word names and the joined spelling of compound ones (عبد الله → عبدالله);
    compound names themselves are read as phrases (`given_phrases`), so جاد in جاد الله is no name alone."""
    out = set()
    for n in names:
        out.add(n.replace(" ", ""))  # a compound name's words are read as a phrase, not one by one
    return frozenset(out)


def _place_actor(place: Place) -> Actor:
    country = place.country or None
    return Actor(place.name, country, None, country, place.id, "place", place.lat, place.lon)
