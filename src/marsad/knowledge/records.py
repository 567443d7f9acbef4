"""Typed, immutable records for the dictionaries (see docs/dictionaries.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SECTORS = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY CVL BUS MED REF NGO IGO ELI UAF UNK".split())
# the sectors of a state's authorities: its government, forces, police, courts, parliament and intelligence
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
SPECIAL_COUNTRIES = frozenset({"IGO", "UNO", "NGO", "IMG"})
ROLES = frozenset(
    "president vice_president prime_minister king emir sultan crown_prince supreme_leader foreign_minister "
    "defence_minister interior_minister security_chief intelligence_chief army_chief parliament_speaker leader "
    "secretary_general spokesperson envoy minister".split()
)


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: who or what a mention refers to."""

    name: str | None
    country: str | None
    sector: str | None = None
    code: str | None = None
    id: str | None = None
    kind: str = "actor"  # person | organisation | institution | country | nationality | place | generic
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"name": self.name, "country": self.country, "sector": self.sector,
                                "code": self.code, "id": self.id, "kind": self.kind}
        if self.lat is not None:
            d["lat"], d["lon"] = self.lat, self.lon
        return d


def make_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style code: country followed by sector (IRNGOV); the country alone when there is no sector."""
    if not country or country == "---":
        return sector
    return country + (sector or "")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    nisba: tuple[str, ...]
    people: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    names: tuple[str, ...]
    country: str
    kind: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    names: tuple[str, ...]
    country: str
    sector: str
    code: str
    abbr: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    nisba: tuple[str, ...] = ()  # a movement's adjective (حوثي): a noun it follows names the movement
    seats: tuple[str, ...] = ()  # place ids of the cities that stand for it as a party (بروكسل: events/seat)
    sport: bool = False  # a club, a federation or another body of sport (`sport: true`: events/offfield)


@dataclass(frozen=True, slots=True)
class InstitutionPattern:
    name: str
    sector: str
    head: tuple[str, ...]
    construct: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    of: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    names: tuple[str, ...]
    country: str
    sector: str
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Title:
    words: tuple[str, ...]
    construct: tuple[str, ...]
    role: str | None
    sector: str | None
    country: str | None = None
    of: str | None = None
    takes: str | None = None


@dataclass(frozen=True, slots=True)
class Generic:
    word: str
    sector: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ContextName:
    """A bare word that names `country` only by the article's context (bare_names.yaml): when the article names
    that country and none of `unless_named`, and the next word is none of `unless_followed_by` (normalised)."""

    word: str
    country: str
    unless_named: frozenset[str] = frozenset()
    unless_followed_by: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BareNames:
    """bare_names.yaml: the words that name a country by context, and the agreements known by their adjective alone
    (normalised adjective → its party's country: النووي → IRN)."""

    names: tuple[ContextName, ...] = ()
    deals: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Epithet:
    """One row of epithets.tsv, normalised (actors/epithets reads it: an armed party named by an epithet)."""

    slots: tuple[frozenset[str], ...]  # after the party's own mention when `after_party`
    party: str
    named_by: frozenset[str]
    unless: frozenset[str]
    after_party: bool
    where: str  # file:line, for errors


@dataclass(frozen=True)
class Knowledge:
    """Everything loaded from the dictionary files, indexed for look-up. Immutable once built."""

    countries: dict[str, Country]
    places: tuple[Place, ...]
    organisations: dict[str, Organisation]
    institution_patterns: tuple[InstitutionPattern, ...]
    institutions: tuple[Organisation, ...]
    titles: tuple[Title, ...]
    honorifics: dict[str, str | None]
    people: dict[str, Person]
    generics: tuple[Generic, ...]
    given_names: frozenset[str]
    family_names: frozenset[str]
    ambiguous_given: frozenset[str]
    stopwords: frozenset[str]
    common_words: frozenset[str] = frozenset()
    org_name_heads: frozenset[str] = frozenset()
    org_descriptor_heads: frozenset[str] = frozenset()
    sports_cues: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    place_descriptors: frozenset[str] = frozenset()
    # the words that name a party of sport or entertainment (events/offfield)
    offfield_heads: frozenset[str] = frozenset()
    offfield_nations: frozenset[str] = frozenset()
    offfield_bodies: frozenset[str] = frozenset()
    # the words of a visit that meets no one: a field visit, a site, a holy site, a meeting (events/site_visit)
    site_visit_fields: frozenset[str] = frozenset()
    site_visit_sites: frozenset[str] = frozenset()
    site_visit_holy: frozenset[str] = frozenset()
    site_visit_meetings: frozenset[str] = frozenset()
    site_visit_talks: frozenset[str] = frozenset()
    crime_words: frozenset[str] = frozenset()  # events/crime: the cues of an ordinary crime
    crime_pairs: frozenset[str] = frozenset()  # two words, space-separated: جريمة قتل
    crime_political: frozenset[str] = frozenset()  # words that make a killing political
    crime_terror: frozenset[str] = frozenset()  # words of terror, read in the neighbouring sentences too
    mishap_words: frozenset[str] = frozenset()  # events/mishap: the cues of a natural hazard or an accident
    mishap_pairs: frozenset[str] = frozenset()  # two words, space-separated: حادث سير
    mishap_anaphora: frozenset[str] = frozenset()  # a word taking up a mishap told before: الحادث
    mishap_hostile: frozenset[str] = frozenset()  # words of a hostile act that keep an assault political
    daily_objects: frozenset[str] = frozenset()  # events/daily_life: words of everyday acts of health or habit
    role_index: dict[tuple[str, str], tuple[Person, ...]] = field(default_factory=dict)
    checksums: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # a local outlet (casefolded) → its country
    country_pairs: dict[str, tuple[str, str]] = field(default_factory=dict)  # الكوريتين (normalised) → PRK, KOR
    bare_names: BareNames = field(default_factory=BareNames)  # المملكة → SAU by context, الاتفاق النووي → IRN
    epithets: tuple[Epithet, ...] = ()  # الميليشيات الإيرانية → the Houthis where licensed (epithets.tsv)

    def holders(self, role: str, of: str, day: date) -> list[Person]:
        """People who held `role` of `of` (country code or organisation id) on `day`."""
        return [p for p in self.role_index.get((role, of), ()) if any(
            r.role == role and r.of == of and r.holds_on(day) for r in p.roles)]
