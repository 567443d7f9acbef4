"""Argument units of a sentence: overlapping or title+name mentions merged into one participant, with the
most specific actor, the preposition that governs it, and whether it is a place that can be a location."""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.actors.plural_people import not_its_people
from marsad.doc import Mention
from marsad.events.accusative import accusative, counted, of_goods
from marsad.events.allies import ally_join, between_commas
from marsad.events.attribution import drop_sources
from marsad.events.belonging import owned_head
from marsad.events.borders import drop_border_countries
from marsad.events.headed import headed, through_unlisted
from marsad.events.home import doc_country as doc_country
from marsad.events.maker import drop_makers
from marsad.events.offstage import lives_in as lives_in
from marsad.events.preposition import QUOTES, preposition
from marsad.events.ranks import in_ranks
from marsad.events.related import drop_related
from marsad.events.relative_state import speaking_state
from marsad.events.report_source import report_source
from marsad.events.sectors import of_body, placed, relatives
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm, norm_words
from marsad.text.tokenize import Segmenter

_POSSESSED_FEMININE = ("ته", "تها", "تهم", "تهما")  # حكومته: ة written ت before a pronoun
_GROUP_HEADS = norm_words("تنظيم حركه جماعه حزب ميليشيا ميليشيات كتائب جبهه جيش")
TOWNS = norm_words("المدن مدن مدينه المدينه محافظات المحافظات شوارع الشوارع انحاء قري القري الجامعات")
_LOCATIVE = frozenset({"في", "ب", "داخل", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط"})


@dataclass(slots=True)
class Arg:
    i: int  # token span in the sentence
    j: int
    start: int  # original offsets
    end: int
    actor: Actor
    prep: str | None  # governing preposition (a separate word or a proclitic), None when bare
    place: bool  # a place (city, region) or a country after a locative preposition: a location, not an actor
    conj: bool = False  # joined to the participant before it by و (مصر والإمارات, القطرية والمصرية)
    possessed: bool = False  # carries a possessive pronoun (قواته, جنودها): "its forces"
    accusative: bool = False  # an indefinite accusative noun (ناشطاً, مسلحا, جنديا عراقيا): an object, never a subject
    owner: tuple[int, int] | None = None  # جنوده after الجيش الأميركي: where the possessive pronoun's referent is named


def _rank(m: Mention) -> int:
    a = m.actor
    if a is None:
        return -1
    if m.type == "PER":
        return 5 if (a.id and not m.nominal) else 4 if a.id else 3
    if m.type in ("ORG", "AGENT"):
        return 3 if a.country else 2
    if m.type == "LOC":
        return 1
    return 0


_HONORIFICS = norm_words("الامير الاميره الشيخ الشيخه السيد السيده الدكتور الدكتوره")


def sentence_args(mentions: list[Mention], toks: list[str], segmenter: Segmenter) -> list[Arg]:
    """Participants of one sentence, left to right."""
    groups: list[list[Mention]] = []
    glosses: set[int] = set()  # id() of the mentions read as a gloss in brackets of the party before them
    end = -1
    for m in sorted(mentions, key=lambda m: (m.tok_span[0], -m.tok_span[1])):
        if m.actor is None:
            continue
        i, j = m.tok_span
        prev = groups[-1] if groups else None
        # رئيس المجلس السياسي الأعلى (الحوثي): a name in brackets right after a party is its gloss or alias, the
        # same party, never a second one (not a place: جبهة الساحل الغربي (محافظة الحديدة) says where)
        if prev is not None and i == end + 1 and toks[end] == "(" and j < len(toks) and toks[j] == ")" \
                and m.type != "LOC" and m.actor.kind not in ("place", "country") \
                and any(p.actor is not None and p.actor.code for p in prev):
            glosses.add(id(m))
            prev.append(m)
            end = max(end, j)
            continue
        # nested mentions join; so does a title and the name right after it (رئيس الوزراء العراقي + مصطفى الكاظمي)
        # (a comma may stand between: الرئيس الإيراني السابق، محمود أحمدي نجاد، ...)
        joins = prev is not None and (i < end or ((i == end or i == end + 1 and toks[end] in ("،", ",", "#")) and
                                                  m.type == "PER" and not m.nominal and any(
            p.nominal and p.type == "PER" for p in prev) and not any(not p.nominal and p.type == "PER" for p in prev)))
        # ولي العهد الأمير محمد بن سلمان: an honorific after a title opens the name of the same person
        joins = joins or prev is not None and i == end and j - i == 1 and m.type == "PER" and m.nominal \
            and toks[i] in _HONORIFICS and all(p.nominal and p.type == "PER" for p in prev)
        # الرئيس الأميركي دونالد #ترمب: the rest of the same person's name, past a hashtag mark
        # (or the known person whose first name a title took: الرئيس الأميركي دونالد + ترمب)
        joins = joins or prev is not None and (i == end or i == end + 1 and toks[end] == "#") and \
            m.type == "PER" and m.actor.id is not None and any(p.actor is not None and (
                p.actor.id == m.actor.id or p.type == "PER" and not p.nominal and p.actor.id is None
                and p.actor.country == m.actor.country) for p in prev)
        # ميليشيات الحوثي الإيرانية: a nationality after a body that has its own country is an epithet of it, and so
        # after a movement's adjective (هجوما حوثيا إيرانيا); not after a person's name (غوتيريش الفلسطينيين: an object)
        joins = joins or prev is not None and i == end and m.type == "NORP" and j - i == 1 and toks[i][:1] != "و" \
            and not (prev[-1].type == "PER" and not prev[-1].nominal) and not _people_after(prev, m, toks) \
            and (not accusative(m, toks[i]) and any(
                p.type in ("ORG", "AGENT") and p.actor is not None and p.actor.country for p in prev)
                 or any(p.type == "NORP" and p.actor is not None and p.actor.sector for p in prev))
        # محمد بن زايد ولي عهد أبوظبي: a title right after a name is its apposition when it names no one else (and
        # the place or body the title is of joins it too; not a title of another
        # state than the known name's: التقى خالد اليماني السفير البريطاني, two people)
        named = prev is not None and any(not p.nominal and p.type == "PER" for p in prev)
        joins = joins or named and prev is not None and i == end and (
            m.type == "PER" and m.nominal and (m.actor.id is None or m.actor.id in {
                p.actor.id for p in prev if p.actor}) and not (m.actor.country and any(
                not p.nominal and p.actor and p.actor.id and p.actor.country not in (None, m.actor.country)
                for p in prev))
            or m.type in ("LOC", "ORG") and prev[-1].nominal and prev[-1].type == "PER" and prev[-1].actor is not None
            and prev[-1].actor.id is None and toks[i][:1] != "و")
        if joins and prev is not None:
            prev.append(m)
            end = max(end, j)
        else:
            groups.append([m])
            end = j
    out = []
    for g in groups:
        best = max((m for m in g if id(m) not in glosses), key=_rank)
        i = min(m.tok_span[0] for m in g)
        j = max(m.tok_span[1] for m in g)
        if best.actor is not None and best.actor.kind != "place":  # (مروحيات تابعة للجيش: events/belonging)
            i = owned_head(toks, i, out[-1].j if out else 0)
        prep = preposition(toks, i, segmenter, norm(best.text).split()[0] if best.text.strip() else "")
        a = best.actor
        assert a is not None
        # في طهران is where; طهران as a subject stands for its government
        place = a.kind in ("place", "country") and prep in _LOCATIVE and not (a.kind == "country" and speaking_state(
            toks, j)) or _town_nationality(a.kind, toks, i)  # (في قطر التي اتهمت: the state speaks)
        seg = segmenter.segment(toks[i])
        possessed = bool(seg.suffixes) or best.text.endswith(_POSSESSED_FEMININE)
        owner = None
        if a.country is None and possessed and out and out[-1].actor.country:
            # وحكومته: the pronoun refers to the participant before (الشعب العراقي وحكومته → Iraq's government)
            c = out[-1].actor.country
            a = replace(a, country=c, code=make_code(c, a.sector))
            owner = (out[-1].start, out[-1].end)
        head = min(g, key=lambda m: m.tok_span[0])
        first_word = norm(head.text).split()[0] if head.text.strip() else ""
        # (والصين: a name the segmenter does not split off its و)
        # (القوات المشتركة والحوثيين: a definite adjective the mention left out may close the first;
        # قوات الأمن ومسلحي تنظيم داعش: the members of the second stand before it)
        gap = toks[out[-1].j:i] if out else []
        if gap and _adjective_left_out(gap[0]):
            gap = gap[1:]
        # (هددت دمشق وحليفتها موسكو: an ally named with و and its pronoun joins a bare party that is no place)
        allied = bool(out) and len(gap) == 1 and ally_join(gap[0]) and out[-1].prep is None and not out[-1].place \
            and (out[-1].i == 0 or toks[out[-1].i - 1] not in _LOCATIVE)
        waw = seg.prefixes[:1] == ("و",) or toks[i][:1] == "و" and toks[i][1:] == first_word
        conj = bool(out) and out[-1].j <= i and (not gap and waw or len(gap) == 1 and gap[0][:1] == "و" and gap[0][
            1:] in MEMBERS or allied or waw and between_commas(gap, toks, j, out[-1].actor.kind, a.kind)) or (
            # مدمرات أميركية وطائرات بريطانية وأخرى فرنسية: "and other (ones), French" joins the list
            bool(out) and a.kind == "nationality" and i > 0 and toks[i - 1] in _AND_OTHERS and out[-1].j >= i - 3)
        if conj:
            prep, place = out[-1].prep, out[-1].place
        # (قتلت قواتها 30 شخصا: the ا of the pronoun ها is no accusative ending — a possessed noun takes no tanwin —
        # so "its forces" right after the verb is its subject, not its object)
        out.append(Arg(i, j, min(m.start for m in g), max(m.end for m in g), a, prep, place, conj,
                       possessed and j - i == 1, accusative(best, toks[i]) and not counted(toks, i) and not seg.suffixes
                       or of_goods(a.kind, toks, i), owner))
    out = drop_border_countries(drop_sources(_spokesmen(out, toks), toks, report_source), toks)
    out = drop_makers(drop_related(out, toks), toks)  # (روسية الصنع: the maker, no party: events/maker)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.actor.country is None and (body := through_unlisted(out, k, toks)) is not None:
            # رئيس مجلس شورى حركة النهضة: a title heading a body no dictionary lists, in construct with a listed one
            owner = (body.start, body.end) if a.owner is None else a.owner
            out[k] = replace(a, actor=of_body(placed(a.actor, body.actor.country), body.actor, toks[a.i:a.j], [],
                                              False), owner=owner)
            continue
        if a.actor.country is not None or not b.actor.country:
            continue
        # الحكومة والشعب الإيراني: a nationality closing a pair covers both nouns;
        # مسلحين من تنظيم القاعدة, دورية للجيش الأميركي: a group takes the country of what it belongs to
        pair = b.actor.kind == "nationality" and b.i - a.j == 1 and toks[a.j][:1] == "و"
        # طلبة المدارس العراقية, عمال المصانع المصرية: a nationality closing a construct (a noun in construct, then
        # a definite noun) describes the whole
        pair = pair or b.actor.kind == "nationality" and b.prep is None and b.i - a.j == 1 and a.j - a.i == 1 \
            and a.actor.kind == "generic" and not toks[a.i].startswith(("ال", "وال")) and toks[a.j].startswith("ال")
        # المحكمة الجنائية المركزية العراقية, القوات الجوية الأمريكية: a body, its definite adjectives, then its
        # nationality
        # (not past a plural noun in ات, no adjective of a singular body: أدانت الحكومة الغارات الإسرائيلية)
        pair = pair or b.actor.kind == "nationality" and b.prep is None and 1 <= b.i - a.j <= 3 \
            and a.actor.kind in ("institution", "generic") and all(
                w.startswith("ال") and len(w) > 4 and (not w.endswith("ات") or toks[a.j - 1].endswith("ات"))
                for w in toks[a.j:b.i])
        between = [w for w in toks[a.j:b.i] if w not in QUOTES and w not in _GROUP_HEADS]
        if len(between) > 1 and any(w in _CLAUSE_PREPS for w in between) and not in_ranks(toks[a.j:b.i]):
            continue  # مسلحي الحوثي في غارات لطيران التحالف: another phrase stands between
        if any(w.startswith(_BACKED) for w in between) and not (
                # (loyal to a movement is of it: متشددين موالين لحركة طالبان)
                b.actor.kind == "organisation" and any(w.startswith(_LOYAL) for w in between)):
            continue  # الحكومة المدعومة من روسيا, الميليشيات الموالية لإيران: backed by a state is not of it
        # (not a state's own definite body "of" an international one: طلبت الحكومة من الأمم المتحدة — the verb's
        # من; وفد من صندوق النقد is the fund's)
        member = (b.prep in ("من", "ل") or "من" in between) and len(between) <= 2 and not b.place and not (
            a.actor.sector == "GOV" and a.actor.kind in ("generic", "institution") and toks[a.i].removeprefix(
                "و").startswith("ال") and b.actor.country in ("IGO", "UNO", "NGO")) or (
            # قيادي في حركة حماس, الحكومة في تايلاند: a member of an organisation, a body of a country
            in_ranks(toks[a.j:b.i])  # (past adjectives of rank, في صفوف, في شمال: events/ranks)
            and b.actor.kind in ("organisation", "country")
            and a.actor.kind in ("generic", "institution", "person", "nationality")) or (
            # حزب البعث العربي الاشتراكي في السودان: a party or movement of no one country, in a country
            b.prep == "في" and b.i - a.j == 1 and toks[a.j] == "في" and b.actor.kind == "country"
            and a.actor.kind == "organisation") or (
            # مسلحين في شمال العراق: people named by what they do, where they are (past a quote: "المدنيين" في غزة)
            b.prep == "في" and b.i - _unquoted(toks, a.j) == 1 and toks[b.i - 1] == "في" and b.actor.kind == "place"
            and a.actor.kind == "generic" and not any(w in UNPLACED for w in toks[a.i:a.j])) or (
            # وزيرة الدولة بوزارة الطاقة السودانية: an office in a ministry of a country
            b.prep == "ب" and 0 <= b.i - a.j <= 1 and b.actor.kind == "institution" and a.actor.kind == "person")
        # رئيس المصرف المركزي الإيراني, حكومة قطر: an office or body followed by what it heads or governs (idafa)
        # (a bare name heads no construct: اتهم فلان الحكومة is a subject, then its object)
        idafa = b.i == a.j and b.prep is None and (a.actor.kind in ("person", "institution") and b.actor.kind in (
            "institution", "organisation", "country") or a.actor.kind == "generic" and b.actor.kind == "organisation"
        ) and b.actor.country not in ("IGO", "UNO", "NGO") and not _bare_name(a)  # مسلحو حماس, عناصر حزب الله
        if pair or member or idafa:
            c = b.actor.country
            # (a member of a body, a body of a state: that body or state is what it stands for)
            owner = (b.start, b.end) if not pair and b.actor.kind != "place" and a.owner is None else a.owner
            actor = of_body(placed(a.actor, c), b.actor, toks[a.i:a.j], between, member)
            out[k] = replace(a, actor=actor, owner=owner)
    return relatives(headed(out, toks), toks)


def _people_after(prev: list[Mention], m: Mention, toks: list[str]) -> bool:
    """حثت وزارة الخارجية المصريين، دعت السلطات الليبيين: a masculine plural nationality word after a body or a
    feminine noun is no adjective of it but the next party (actors/plural_people)."""
    head = min(prev, key=lambda p: p.tok_span[0])
    k = head.tok_span[0]
    words = norm(head.text).split()
    first = words[0] if words else toks[k]
    conj = toks[k].startswith("و") and not first.startswith("و")  # (والعدل: a second conjunct)
    return head.type in ("ORG", "AGENT") and not_its_people(
        first, toks[m.tok_span[1] - 1], head.type == "ORG", toks[k - 1] if k else "", conj)


def _unquoted(toks: list[str], j: int) -> int:
    """The word after a phrase ending at `j`, past its closing quote mark."""
    return j + 1 if j < len(toks) and toks[j] in QUOTES else j


def _bare_name(a: Arg) -> bool:
    """A person's name no dictionary lists, with no title (no sector): فلان, not رئيس or وزير."""
    return a.actor.kind == "person" and a.actor.sector is None and a.actor.id is None


def _town_nationality(kind: str, toks: list[str], i: int) -> bool:
    """في عدة مدن باكستانية, بالمدن الإيرانية: a nationality describing towns after في / بـ is a location."""
    if kind != "nationality" or i == 0 or toks[i - 1].removeprefix("ب") not in TOWNS:
        return False
    return toks[i - 1].startswith("ب") or any(w in _LOCATIVE for w in toks[max(0, i - 3):i - 1])


_LOYAL = tuple(norm_words("الموالي موالي المواليه مواليه الموالين موالين الموالون"))
_CLAUSE_PREPS = norm_words("في على الى الي عن مع ضد خلال اثناء بعد قبل")
_BACKED = tuple(norm_words("""مدعوم المدعوم مدعومه المدعومه المقرب المقربة مقرب الموالي موالي المواليه مواليه الموالين
    موالين الموالون"""))  # (الميليشيات الموالية لإيران: loyal to a country is not of it)
UNPLACED = norm_words("""اجنبي اجنبيه الاجنبي الاجنبيه اجانب الاجانب اجنبيا دولي دوليه الدولي الدوليه الدوليين دوليين
    متعدده التحالف الاطلسي الناتو الغربيه غربيه""")


_AND_OTHERS = norm_words("واخري واخرى واخرون واخرين واخريات")

def _spokesmen(args: list[Arg], toks: list[str]) -> list[Arg]:
    """المتحدث الرسمي باسم قوات التحالف: a spokesman speaks and acts for the body he is named for."""
    out: list[Arg] = []
    for a in args:
        prev = out[-1] if out else None
        if prev is not None and (toks[prev.j:a.i] in (["باسم"], ["الرسمي", "باسم"], ["الرسمية", "باسم"]) or (
                a.i == prev.j and toks[prev.j - 1] == "باسم")) and prev.actor.kind in ("person", "generic") \
                and not prev.actor.id:
            out[-1] = replace(prev, j=a.j, end=a.end, actor=a.actor)
            continue
        out.append(a)
    return out


def team(args: list[Arg], a: Arg, toks: list[str] | None = None) -> list[Arg]:
    """`a` with every participant joined to it by و, before it or after it (السعودية والكويت والإمارات قدمت: the
    subject right before the verb is the last of three) — but not the ones before a last conjunct a singular relative
    pronoun takes up past a comma (بين الصين والولايات المتحدة، التي تتهم: the United States alone)."""
    k = args.index(a)
    if toks and a.j + 1 < len(toks) and toks[a.j] in ("،", ",") and toks[a.j + 1] in _SINGULAR_RELATIVES:
        return conjuncts(args, a)
    while k > 0 and args[k].conj:
        k -= 1
    return conjuncts(args, args[k])


_SINGULAR_RELATIVES = norm_words("الذي التي")
MEMBERS = norm_words("افراد عناصر مقاتلي مسلحي")  # the members of a side (مواجهات مع أفراد المقاومة)


def _adjective_left_out(w: str) -> bool:
    """المشتركة, الحكومية, الشعبية: a definite adjective of a participant (not a preposition, nor a word of time)."""
    return w.startswith("ال") and len(w) > 5 and w.endswith(("ه", "ي")) and w not in TOWNS


def conjuncts(args: list[Arg], first: Arg) -> list[Arg]:
    """`first` and the participants joined to it by و (إسبانيا وأيرلندا والنرويج)."""
    k = args.index(first)
    out = [first]
    while k + 1 < len(args) and args[k + 1].conj:
        k += 1
        out.append(args[k])
    return out
