"""Visitor and host of a visit noun (CONSULT, used by events/roles): the place a visit goes to with إلى / لـ is its
host, never its visitor; a visit someone "made" (الزيارة التي قام بها X إلى Y, زيارة يؤديها X, زيارة أجراها
إلى Y) is made by the subject of that verb, and "his visit" (زيارته للعاصمة الإريترية) by the one the pronoun
stands for."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import WHICH
from marsad.events.forms import first_after, possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_TO = norm_words("الي ل")
# the verbs that say a visit was made, with the pronoun or بها that resumes it
_MADE = norm_words("""قام قامت يقوم تقوم يقومون قاموا ادي ادت يؤدي تؤدي اجري اجرت يجري تجري ادى اداها ادتها يؤديها
    تؤديها يؤدونها اجراها اجرتها يجريها تجريها يجرونها""")
_CAPITAL = norm_words("العاصمه للعاصمه العاصمة")
_BREAKS = frozenset(". ، , ؛ : « » \"".split()) | norm_words("ان انه انها وقال وقالت قال قالت")
_REACH = 10  # words from the visit noun to its host


def made_at(hit: TriggerHit, toks: list[str]) -> int:
    """The position of the verb that says the visit was made (زيارة يؤديها, الزيارة التي قام بها), or -1: right
    after the noun, past one adjective (رسمية، خارجية) and a relative pronoun."""
    for k in range(hit.j, min(len(toks), hit.j + 3)):
        w = toks[k]
        if w in _MADE:
            return k
        if w in _BREAKS or not (w in WHICH or k == hit.j and (w.endswith("يه") or w.startswith("ال"))):
            return -1  # (past one adjective: زيارة رسمية يؤديها، الزيارة الأخيرة التي قام بها)
    return -1


def _destination(a: Arg, toks: list[str]) -> bool:
    """Named as where the visit goes: after إلى / لـ, or a nationality closing "to the capital" (للعاصمة الإريترية)."""
    return a.prep in _TO or a.actor.kind == "nationality" and a.i > 0 and toks[a.i - 1] in _CAPITAL


# the honorifics and epithets that may stand between a visit noun and its visitor's name or title
EPITHETS = norm_words("""الصديق العزيز الشقيق الضيف الكبير معالي فخامه سمو صاحب السمو الملكي السيد السيده الشيخ
    الاخ دوله""")


def _genitive_visitor(hit: TriggerHit, toks: list[str], people: list[Arg], host: Arg | None) -> Arg | None:
    """زيارة وفد الاتحاد الأوروبي إلى صنعاء، زيارة وزير الخارجية الروسي إلى القاهرة: the party in the genitive right
    after the visit noun is the visitor when a town or a country is named as where it goes (not زيارة X إلى إقناع
    المتمردين ... للحكومة: a body after لـ is no destination), also past honorifics (زيارة الصديق العزيز معالي الرئيس
    الصيني إلى الإمارات); a one-word body (وفد) of a party named right after it is that party's."""
    if host is None or host.actor.kind not in ("place", "country", "nationality"):
        return None
    k = hit.j  # (past the honorifics)
    while k < len(toks) and k - hit.j < 4 and toks[k] in EPITHETS and not any(a.i <= k < a.j for a in people):
        k += 1
    genitive = next((a for a in people if a.i == k and a.prep is None and a is not host
                     and a.actor.kind not in ("place", "nationality")), None)
    if genitive is None or genitive.j - genitive.i != 1:
        return genitive
    return next((a for a in people if a.i == genitive.j and a.prep is None and a is not host
                 and a.actor.kind not in ("place", "nationality")), genitive)


def _adjectives(toks: list[str], i: int, j: int, people: list[Arg], definite: bool = True) -> bool:
    """Tokens i..j are at most two definite adjectives no participant covers (التاريخية، الرابعة، الأولى), or for an
    indefinite noun two indefinite ones of relation (رسمية)."""
    return j - i <= 2 and all((toks[k].startswith("ال") if definite else toks[k].endswith("يه") and not toks[
        k].startswith("ال")) and not any(a.i <= k < a.j for a in people) for k in range(i, j))


def lam_visitor(hit: TriggerHit, toks: list[str], people: list[Arg]) -> tuple[Arg, Arg] | None:
    """(visitor, host) of a visit noun with no genitive: the person or body its لـ names right after it or its
    adjectives is its visitor when a town or a country is named next to it as where it goes — الزيارة التاريخية
    للرئيس الصيني للإمارات، الزيارة الرابعة للوزير إلى كوريا الشمالية، الزيارة الأولى لأميركا للأمير، آخر زيارة
    لرئيس صيني إلى الإمارات."""
    definite = toks[hit.i][hit.strip:].startswith("ال")
    if not definite and (possessed_noun(hit, toks) or any(a.i == hit.j and a.prep is None for a in people)):
        return None  # (زيارته، زيارة الرئيس: a pronoun or a genitive names the visitor)
    visitor = host = None
    k = hit.j
    for a in people:
        if a.i < hit.j:
            continue
        named = visitor is not None and visitor.j == k and a.prep is None and a.actor.kind == "person"
        if not (all(w in _TO or w in _CAPITAL or named and w in EPITHETS for w in toks[k:a.i])  # (إلى العاصمة)
                or k == hit.j and _adjectives(toks, k, a.i, people, definite)):
            break
        if _destination(a, toks) and (a.actor.kind in ("place", "country") or a.actor.kind == "nationality"):
            host = host or a
        elif a.prep == "ل" and visitor is None:
            visitor = a
        elif not named:  # (للرئيس الإماراتي الشيخ زايد: the visitor's name in apposition)
            break
        k = a.j
    return (visitor, host) if visitor is not None and host is not None else None


def visit_roles(hit: TriggerHit, toks: list[str], people: list[Arg],
                actor: Arg | None = None) -> tuple[Arg | None, Arg, bool] | None:
    """(visitor, host, implicit visitor) of a visit noun whose host is named with إلى / لـ; None when the rules'
    reading stands (a verb, no such host, or a visitor named before the noun that is not the host)."""
    t = hit.trigger
    if hit.verbal or t.type != "CONSULT" or t.mode != "visit" or t.id == "consult-tour":
        return None
    if (lam := lam_visitor(hit, toks, people)) is not None:
        return lam[0], lam[1], False
    made = made_at(hit, toks)
    start = made + 1 + (made + 1 < len(toks) and toks[made + 1] == "بها") if made >= 0 else hit.j
    subject = next((a for a in people if made >= 0 and a.i == start and a.prep is None), None)
    host = first_after(people, toks, hit.j, _REACH, _BREAKS, lambda a: _destination(a, toks),
                       skip=lambda a: a is subject)
    # (a town or a country of the host's read as the visitor — غادر إلى الرياض في أول زيارة إلى العاصمة السعودية —
    # is where the visit went)
    placed = actor is not None and host is not None and actor.actor.kind in ("place", "country") \
        and actor.actor.country == host.actor.country
    genitive = _genitive_visitor(hit, toks, people, host) if made < 0 else None
    if host is None or (made < 0 and genitive is None and not possessed_noun(hit, toks) and not placed):
        return None
    subject = subject or genitive
    if subject is not None:  # الزيارة التي قام بها رئيس الوزراء إلى ...
        return subject, host, False
    owner = _owner(hit, toks, people, host)
    return owner, host, owner is None


def _owner(hit: TriggerHit, toks: list[str], people: list[Arg], host: Arg) -> Arg | None:
    """"His visit", a visit "he made": the pronoun stands for the last party named bare before it, of another country
    than the host's (وصل الرئيس الفرنسي إلى الرباط ... في زيارة أجراها إلى المغرب: France), else for the last person
    named after a preposition (أحاطوا بكيم ... خلال زيارته); "his" (ـه) rather for another than a body whose noun is
    feminine (كان أوباما يتحدث في فعالية ترعاها منظمة يابانية ... تضمنت زيارته: Obama's)."""
    his = possessed_noun(hit, toks) and toks[hit.i].endswith("ته")  # (زيارته, not زيارة أجراها)
    fits = [a for a in people if a.j <= hit.i and not a.accusative and a.actor.kind not in ("place", "nationality")
            and a.actor.country and a.actor.country != host.actor.country]
    bare = [a for a in fits if a.prep is None]
    return next((a for a in reversed(bare) if not (his and a.actor.kind != "person" and toks[a.i].endswith("ه"))),
                bare[-1] if bare else None) or next((a for a in reversed(fits) if a.actor.kind == "person"), None)



_ARRIVE = frozenset({"consult-visit", "consult-visit-arrive"})
_WHERE = norm_words("حيث")
_TIME_GAP = frozenset({"،", ","}) | _CAPITAL | norm_words("""امس اليوم غدا الاحد الاثنين الثلاثاء الاربعاء الخميس
    الجمعه السبت صباح مساء ظهر فجر مساءه صباحه""")


def _placelike(a: Arg, toks: list[str]) -> bool:
    """A town or a country named bare, or a nationality closing "the capital" (العاصمة المصرية)."""
    return a.prep is None and (a.actor.kind in ("place", "country") or a.actor.kind == "nationality" and a.i > 0
                               and toks[a.i - 1] in _CAPITAL)


def visited_place(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """A visit verb's bare object that is a town or a country (زار برلين، يصل القاهرة) is where the visit goes, never
    the visitor: the visitor is a party named bare after it, past a time word or commas (يصل العاصمة المصرية القاهرة،
    السبت، رئيس الوزراء الإثيوبي), else the one before the verb, else no one named. A town or a country right before
    حيث and the verb (وفي ملاوي حيث زارت مدرسة) is where it goes, its visitor the one the verb's subject carries."""
    if hit.verbal and hit.trigger.id in _ARRIVE and actor is not None and _placelike(actor, toks) \
            and actor.j == hit.i - 1 and toks[hit.i - 1] in _WHERE:
        return None, actor, True
    if not hit.verbal or hit.trigger.id not in _ARRIVE or actor is None or actor.i < hit.j \
            or not _placelike(actor, toks) or any(w not in _TIME_GAP for w in toks[hit.j:actor.i]):
        return actor, recipient, implicit
    covered = {k for a in people if _placelike(a, toks) for k in range(a.i, a.j)}
    place = actor
    for a in people:  # (العاصمة المصرية القاهرة: the town after the capital's nationality names the place)
        if a.i >= actor.j and a.actor.kind == "place" and a.prep is None and all(
                k in covered or toks[k] in _TIME_GAP for k in range(actor.j, a.i)):
            place = a
            break
    after = None
    for a in people:
        if a.i < actor.j or _placelike(a, toks):
            continue
        if a.prep is None and all(k in covered or toks[k] in _TIME_GAP for k in range(actor.j, a.i)):
            after = a
        break
    if after is not None:
        return after, place, False
    before = next((a for a in reversed(people) if a.j <= hit.i and a.prep is None and not _placelike(a, toks)
                   and not any(w in _BREAKS for w in toks[a.j:hit.i])), None)
    return before, place, before is None


def made_by_recipient(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                      recipient: Arg | None, implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """A visit someone made with no host named (رحب الشيخ بالزيارة التاريخية التي يقوم بها الرئيس الصيني): when the
    rules read its maker as the recipient and a party of another country as the actor — the one who welcomes or
    tells of it, its host —, the two swap: the maker visits."""
    t = hit.trigger
    made = made_at(hit, toks) if not hit.verbal and t.type == "CONSULT" and t.mode == "visit" else -1
    if made < 0 or actor is None or recipient is None:
        return actor, recipient, implicit
    start = made + 1 + (made + 1 < len(toks) and toks[made + 1] == "بها")
    if recipient.i != start or recipient.prep is not None or not actor.actor.country \
            or actor.actor.country == recipient.actor.country:
        return actor, recipient, implicit
    return recipient, actor, False
