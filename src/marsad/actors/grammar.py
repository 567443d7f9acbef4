"""Compose dictionary chunks into coded mentions: titles with their country and holder, institutions with
their nationality, generic agents, and person names (known, or unknown after a title or a given name)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.actors.addressed import addressed_bodies
from marsad.actors.attack_nisba import ambiguous_nisbas, attack_nisbas
from marsad.actors.bare_senses import adjectival, defending, indefinite
from marsad.actors.coalition import coalition_owners
from marsad.actors.committees import committees
from marsad.actors.currency import currency_adjectives
from marsad.actors.dated import dated_drafts
from marsad.actors.district import district_names
from marsad.actors.draft import TYPE as _TYPE
from marsad.actors.draft import Draft
from marsad.actors.index import ActorIndex, Cat, Entry
from marsad.actors.match import Chunk
from marsad.actors.movement_adjective import MovementAdjectives
from marsad.actors.names import NAME_HEADS, NameReader, spelt_as
from marsad.actors.orgs import credits, org_patterns, place_patterns, sports_teams
from marsad.actors.outlet_adjective import outlet_adjectives
from marsad.actors.plural_people import not_its_people
from marsad.knowledge.records import Actor, Title, make_code
from marsad.text.normalize import norm, norm_words

_BLOC = norm_words("كتلة")
# a town's name that is also a plural noun → the noun it is read as before a definite word (Grammar._as_noun)
_PLACE_NOUNS = dict(zip(norm_words("السلط"), norm_words("السلطات"), strict=True))
_PARTY = norm_words("حزب لحزب")
_MUSCAT, _HEAD = norm("مسقط"), norm("رأس")
# an adjective between a title and its nationality (قائد ميداني سوري، مسؤول كبير أمريكي); a military or security
# one gives a bare official (مسؤول) the army's or police's sector
_TITLE_ADJ_SECTOR = {norm("عسكري"): "MIL", norm("أمني"): "COP"}
_TITLE_ADJ = norm_words("ميداني بارز كبير رفيع عسكري أمني")
_CLUB = norm_words("النادي نادي لنادي للنادي")
_NETWORK = norm_words("شبكة")  # (not لشبكة: قال الوزير لشبكة X, told to a network)
_CAMP, _LEADER = norm_words("اليمين اليسار لليمين لليسار"), norm_words("زعيم زعيمة وزعيم وزعيمة")
_MOVEMENT = norm_words("حركة الحركة")
# a movement that is no party: of protesters, students, prisoners or unions
_NOT_PARTY = norm_words("الاحتجاجية الاحتجاجات الطلابية الأسيرة النقابية العمالية النسوية الشبابية")
_OFFICES = ("GOV", "LEG")  # the sectors of a state office; its former holders are notables (ELI)
_DEPUTY = frozenset({"المساعد", "المساعده", "بالنيابه", "بالوكاله"})
_DESIGNATE = norm_words("المكلف المكلفة")
_FORMER = frozenset({"السابق", "الاسبق", "السابقه", "الاسبقه", "الراحل", "المخلوع", "المعزول"})



def _birthplace(toks: list[str], c: Chunk) -> bool:
    """مسقط رأسه، مسقط رأسيهما: "birthplace", no Muscat."""
    return c.j - c.i == 1 and toks[c.i][c.strip:] == _MUSCAT and c.j < len(toks) and toks[c.j].startswith(_HEAD)


class Grammar:
    def __init__(self, index: ActorIndex) -> None:
        self.ix = index
        self.names = NameReader(index)
        # a state's capital in construct with an office or a body stands for the state: رئيس حكومة بغداد، ولي
        # عهد أبوظبي، حكومة طهران (not another town: محافظ القدس is no state's office-holder named by it)
        self.capitals = frozenset(p.id for p in index.kb.places if p.kind == "capital")
        self.movements = MovementAdjectives(index)
        self.attack_nisbas = ambiguous_nisbas(index.kb)  # تركي: read only after a noun of attack

    def drafts(self, toks: list[str], chunks: list[Chunk], day: date | None) -> list[Draft]:
        """The mentions of one sentence (normalised tokens and their dictionary chunks)."""
        chunks = [self._as_noun(toks, c) for c in chunks
                  if not (c.i > 0 and toks[c.i - 1] in NAME_HEADS and c.cat != Cat.PERSON) and not _birthplace(toks, c)]
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
                # الملك عبدالله الثاني: the leading title is a nominal mention, the name the named one;
                # حمد بن عيسى + آل خليفة: a known person's name may run on over further name words
                end = self.names.extend(toks, c.j, at, c.i, unknown=2) if cat == Cat.PERSON else c.j
                if e.lead:
                    out.append(Draft(c.i, c.i + e.lead, _TYPE[cat], e.payload, e.rule, nominal=True, strip=c.strip))
                    out.append(Draft(c.i + e.lead, end, _TYPE[cat], e.payload, e.rule))
                else:
                    out.append(Draft(c.i, end, _TYPE[cat], e.payload, e.rule, strip=c.strip))
                covered = end
                if cat == Cat.NISBA:  # الفرنسي لودوفيك جيولي: a nationality before a name gives its country
                    covered = self._nationality_name(toks, c, at, out)
        out.extend(addressed_bodies(toks, out))  # يطالب خبراء الصحة الدولة بـ: the one asked (actors/addressed)
        out.extend(org_patterns(self.ix, toks, at, out))
        out = credits(self.ix, toks, out)
        out.extend(place_patterns(self.ix, toks, at, out))
        out.extend(self.movements.read(toks, at, self.names.free(toks, at, out)))  # الهجوم الحوثي
        out = sports_teams(self.ix, toks, out)
        out.extend(coalition_owners(toks, out))  # غارات التحالف: the military coalition
        out.extend(attack_nisbas(self.attack_nisbas, toks, out))  # قصف تركي: Turkey's (actors/attack_nisba)
        out = outlet_adjectives(toks, out)  # صحيفة "صن" البريطانية: the outlet's adjective (actors/outlet_adjective)
        out = currency_adjectives(toks, out)  # مليار دولار أميركي: the currency's adjective (actors/currency)
        out = district_names(toks, out, self.capitals)  # حي الرياض بسوسة: a quarter, no place (actors/district)
        out = committees(toks, out)  # رئيس لجنة الأمن والدفاع النيابية: the legislature's, LEG
        out = dated_drafts(self.ix.kb, out, day, self.ix.namesakes)  # coded by the office held that day
        out.sort(key=lambda d: (d.i, -d.j))
        return out

    def _as_noun(self, toks: list[str], c: Chunk) -> Chunk:
        """A town's name that is also a plural noun, read as the noun before a definite word: السلط الجهوية، السلط
        والهياكل (Tunisian "authorities"), not Jordan's Salt (مدينة السلط، في السلط stay the town)."""
        noun = _PLACE_NOUNS.get(toks[c.i][c.strip:]) if c.cat == Cat.PLACE and c.j - c.i == 1 else None
        if noun is None or c.j >= len(toks) or not toks[c.j].startswith(("ال", "وال")):
            return c
        kb = self.ix.kb  # (مستشفى السلط الحكومي، محافظة السلط: a place or a body named after the town)
        if c.i > 0 and toks[c.i - 1] in kb.place_descriptors | kb.org_name_heads | kb.org_descriptor_heads:
            return c
        entries = [e for e in self.ix.phrases.get((noun,), []) if e.cat == Cat.INST_HEAD]
        return replace(c, entries=entries) if entries else c

    # -- titles ---------------------------------------------------------------------------------------------
    def _title(self, toks: list[str], c: Chunk, at: dict[int, Chunk], day: date | None, out: list[Draft]) -> int:
        te = c.get(Cat.TITLE, Cat.TITLE_CONSTRUCT)
        assert te is not None
        title: Title = te.payload
        country, of, j = title.country, title.of, c.j
        org_sector = None  # the sector of the body the title is of (الأمين العام للاتحاد التونسي للشغل: not an IGO)
        if j < len(toks) and toks[j] in _DEPUTY and at.get(j + 1) is not None:
            j += 1  # الأمين العام المساعد للاتحاد: an assistant's title is of the same body
        if j < len(toks) and toks[j] in _BLOC and (b := at.get(j + 1)) is not None and b.get(Cat.ORG):
            j += 1  # رئيس كتلة حركة النهضة: the head of a party's bloc in parliament is of the party
        adj = j < len(toks) and toks[j] in _TITLE_ADJ and (n := at.get(j + 1)) is not None and n.get(Cat.NISBA)
        if adj and country is None and of is None:
            j += 1  # قائد ميداني سوري، مسؤول عسكري أمريكي: an adjective of the title before its nationality
        nxt = at.get(j)
        if nxt is not None and country is None and of is None:
            if c.cat == Cat.TITLE and (e := nxt.get(Cat.NISBA)) and not (e.payload.sector and nxt.strip):
                country, j = e.payload.country, nxt.j
                org_sector = e.payload.sector  # مسؤول حوثي: a movement's adjective gives its sector
            elif (e := nxt.get(Cat.COUNTRY, Cat.ORG, Cat.INSTITUTION)) and (c.cat == Cat.TITLE_CONSTRUCT
                                                                           or nxt.strip or toks[j].startswith("لل")):
                if e.cat == Cat.COUNTRY:
                    country = e.payload.country
                else:
                    of = e.payload.id
                    country = e.payload.country
                    org_sector = e.payload.sector if e.cat == Cat.ORG else None
                j = nxt.j
            elif c.cat == Cat.TITLE_CONSTRUCT and (e := self._capital(nxt)) is not None \
                    and not _named_after(at, nxt.j):  # (a name after it codes the person itself)
                country, j = e.payload.country, nxt.j  # سفير طهران، رئيس حكومة بغداد
        if org_sector is None and country is None and of is None:
            org_sector = _unlisted_sector(toks, c.i, j, at)
            if org_sector == "PTY" and toks[j] in _CAMP:  # زعيمة اليمين المتطرف الفرنسي: the camp's nationality
                k = j + 1 if j + 1 in at else j + 2  # (past an adjective no dictionary codes: المتطرف)
                nat = n if (n := at.get(k)) is not None and n.get(Cat.NISBA) else None
                if nat is not None and not nat.strip:
                    country, j = nat.entries[0].payload.country, nat.j
        sector = org_sector or title.sector or "GOV"
        if adj and sector == "GOV" and toks[j - 2] in _TITLE_ADJ_SECTOR:  # مسؤول عسكري: an army's, أمني: police
            sector = _TITLE_ADJ_SECTOR[toks[j - 2]]
        holder_of = of or country
        former = j < len(toks) and toks[j] in _FORMER
        if former:  # الرئيس الأمريكي السابق: not whoever holds the office on the article's date, a notable
            j += 1
            sector = "ELI" if sector in _OFFICES else sector
        designate = j < len(toks) and toks[j] in _DESIGNATE
        if designate:  # رئيس الحكومة المكلف عمر الرزاز: the one named to the office next, no holder looked up
            j += 1
        role_key = (title.role, holder_of) if title.role and holder_of and not former and not designate else None
        k = j
        while (h := at.get(k)) is not None and h.cat == Cat.HONORIFIC:
            k = h.j
        person = at.get(k)
        if person is not None and person.cat == Cat.PERSON:
            e = person.entries[0]
            who = e.payload
            if org_sector == "PTY" and who.sector == "GOV" and who.country == country:
                # رئيس حزب حراك تونس الإرادة منصف المرزوقي: a former president as a party's head speaks for it
                who = replace(who, sector="PTY", code=make_code(country, "PTY"))
            elif former:  # الرئيس السابق عبد الله غول: a former office holder is a notable, no office's
                who = _notable(who)
            out.append(Draft(person.i + e.lead, person.j, "PER", who, f"{te.rule}+{e.rule}",
                             strip=0 if e.lead else person.strip, role_key=role_key))
            out.append(Draft(c.i, j, "PER", who, te.rule, nominal=True, strip=c.strip, role_key=role_key))
            out.extend(self._inner(toks, c.i + 1, j))
            return person.j
        end = self.names.read(toks, k, at, strong=True)
        if end > k and (known := at.get(end)) is not None and known.cat == Cat.PERSON \
                and (p := self.ix.kb.people.get(known.entries[0].payload.id or "")) is not None \
                and spelt_as(p.names, toks[k:known.j]):
            # الأمين العام للأمم المتحدة أنتونيو غوتيريش: an unlisted spelling of a known person's first name before
            # the surname is the person's full name (the person, not a bare official, holds the title)
            e = known.entries[0]
            who = _notable(e.payload) if former else e.payload
            out.append(Draft(k, known.j, "PER", who, f"{te.rule}+name+{e.rule}", role_key=role_key))
            out.append(Draft(c.i, j, "PER", who, te.rule, nominal=True, strip=c.strip, role_key=role_key))
            out.extend(self._inner(toks, c.i + 1, j))
            return known.j
        if end > k:
            if country is None and of is not None and (org := self.ix.kb.organisations.get(of)) is not None:
                country = org.country  # الأمين العام للأمم المتحدة + an unknown name: the UN's official (UNO)
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

    def _capital(self, nxt: Chunk) -> Entry | None:
        """The place entry of a chunk that is a state's capital with no clitic before it (in construct), else None."""
        e = nxt.get(Cat.PLACE)
        return e if e is not None and not nxt.strip and e.payload.id in self.capitals and e.payload.country else None

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

    def _nationality_name(self, toks: list[str], c: Chunk, at: dict[int, Chunk], out: list[Draft]) -> int:
        nisba = toks[c.j - 1]
        if c.j - c.i != 1 or not nisba.startswith("ال") or not nisba.endswith(("ي", "يه")) or c.j in at:
            return c.j
        end = self.names.read(toks, c.j, at, strong=False)  # a listed name: الشعب الفلسطيني يعاني is no name
        if end == c.j:
            return c.j
        country = c.entries[0].payload.country
        out.append(Draft(c.j, end, "PER", Actor(None, country, None, make_code(country, None), None, "person"),
                         "nationality+name"))
        return end

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
        end = self.names.read(toks, k, at, strong=True)
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
        country, j, movement = None, c.j, None
        if e.cat == Cat.GENERIC and e.payload.country:
            country = e.payload.country
        if nxt is not None:
            # a definite noun (الوزارة) before a word with no proclitic: no construct with it
            bare_def = not nxt.strip and (toks[c.j - 1] if c.j - 1 > c.i else toks[c.i][c.strip:]).startswith("ال")
            if (n := nxt.get(Cat.NISBA) or (nxt.get(Cat.PEOPLE) if e.cat == Cat.GENERIC else None)) \
                    and e.cat != Cat.INST_CONSTRUCT and not (n.cat == Cat.NISBA and n.payload.sector and nxt.strip) \
                    and not (e.cat == Cat.GENERIC and bare_def and not toks[nxt.i].startswith("ال")) \
                    and not (n.cat == Cat.NISBA and not_its_people(  # حثت الوزارة المصريين: a noun, not its nisba
                        toks[c.i][c.strip:], toks[nxt.j - 1], e.cat != Cat.GENERIC, toks[c.i - 1] if c.i else "",
                        "و" in toks[c.i][:c.strip])):
                # مدنيين أفغان: a people's name agrees like a nisba; a movement's with و is a second party
                # (القوات الشرعية والحوثيين)
                country, j = n.payload.country, nxt.j
                movement = n.payload if n.cat == Cat.NISBA and n.payload.sector else None
            elif (n := nxt.get(Cat.COUNTRY)) and (e.cat != Cat.INST_HEAD or nxt.strip) and not (
                    e.cat == Cat.GENERIC and bare_def):  # وطالبت الوزارة مصر: a definite noun has no genitive
                country, j = n.payload.country, nxt.j
            elif (n := nxt.get(Cat.PLACE)) and (e.cat == Cat.INST_CONSTRUCT or e.cat == Cat.GENERIC and not toks[
                    c.i].startswith(("ال", "وال", "بال", "لل")) and not e.payload.country):
                # سكان غزة, أهالي الموصل: a people noun in construct with a place belongs to its country
                country, j = n.payload.country, nxt.j
            elif e.cat == Cat.INST_HEAD and c.get(Cat.INST_CONSTRUCT) and not toks[c.i][c.strip:].startswith("ال") \
                    and (n := self._capital(nxt)) is not None:
                country, j = n.payload.country, nxt.j  # حكومة بغداد: an indefinite head in construct with a capital
        elif e.cat == Cat.GENERIC and country is None and c.j < len(toks) and toks[c.j] in self.ix.short_people:
            country, j = self.ix.short_people[toks[c.j]].payload.country, c.j + 1  # دبلوماسيين روس
        if j == c.i + 1 and (defending(toks, c) or indefinite(toks, c)) or adjectival(toks, c):
            return c.j
        sector = e.payload.sector
        name = e.payload.name if e.cat != Cat.GENERIC else None
        typ = "AGENT" if e.cat == Cat.GENERIC else "ORG"
        actor = Actor(name, country, sector, make_code(country, sector), None,
                      "generic" if e.cat == Cat.GENERIC else "institution")
        if movement is not None:  # ميليشيات حوثية، قوات حوثية: a movement's adjective names the movement
            actor = Actor(name, movement.country, movement.sector, movement.code, None, actor.kind)
        # a parliament, a court or a council is a named body (البرلمان, المحكمة العليا, مجلس الشيوخ); a government,
        # ministry, army or police force is a description (الحكومة العراقية) — unless it is named as the body a
        # spokesman speaks for (المتحدث باسم الخارجية). A lone المحكمة or القضاء is a description, البرلمان the body.
        named = e.cat != Cat.GENERIC and ((sector in ("LEG", "JUD") or toks[c.i].endswith("مجلس")) and (
            j - c.i > 1 or sector == "LEG") or (c.i > 0 and toks[c.i - 1] == "باسم"))
        out.append(Draft(c.i, j, typ, actor, e.rule, nominal=not named, strip=c.strip))
        out.extend(self._inner(toks, c.i + 1, j))  # the place/nationality itself is a mention too
        return j


def _named_after(at: dict[int, Chunk], k: int) -> bool:
    """A listed person's name at `k`, past honorifics (الشيخ، السيد)."""
    while (h := at.get(k)) is not None and h.cat == Cat.HONORIFIC:
        k = h.j
    return (p := at.get(k)) is not None and p.cat == Cat.PERSON


def _unlisted_sector(toks: list[str], i: int, j: int, at: dict[int, Chunk]) -> str | None:
    """The sector of a body no dictionary lists, named right after the title at `i` that ends at `j`: a party's
    head (نائب رئيس حزب الخير) or a political movement's (رئيس الحركة الدستورية، رئيس حركة البناء الوطني) is the
    party's, PTY, and so a leader of a political camp (زعيمة اليمين المتطرف); a club's or a network's head (رئيس
    النادي، رئيس شبكة دستورنا) is of civilians, CVL: none is a state's officer."""
    if j >= len(toks):
        return None
    w, nxt = toks[j], toks[j + 1] if j + 1 < len(toks) else ""
    if w in _PARTY:
        return "PTY"
    if w in _CLUB or w in _NETWORK and at.get(j) is None:
        return "CVL"
    if w in _CAMP and toks[j - 1] in _LEADER:  # (not أدى الرئيس اليمين: the oath)
        return "PTY"
    # (the definite الحركة only with its adjective: a bare one names the movement told before, as coref reads it)
    if w in _MOVEMENT and at.get(j) is None and nxt.startswith("ال") and nxt not in _NOT_PARTY \
            and (not w.startswith("ال") or nxt.endswith(norm("ية"))):
        return "PTY"
    return None


def _notable(who: Actor) -> Actor:
    """A former office holder: a notable (ELI) of the same country."""
    if who.sector not in _OFFICES:
        return who
    return replace(who, sector="ELI", code=make_code(who.country, "ELI"))
