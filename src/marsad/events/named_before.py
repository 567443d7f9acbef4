"""A state agent named bare takes the one country its sector was named with earlier in the article.

Reads: a body of state or armed men named by what they are (الحكومة، الشرطة، النواب، المسلحين، جهاز الاستخبارات)
that the sentence's places and the article's main country left with no country (events/localise: the
sentence names places of two states, or none and the article has no one country). The article named that sector
before with a country — الحكومة اليمنية before الحكومة, البرلمان الهولندي before النواب, تنظيم القاعدة before
المسلحين —: when every earlier body, group or agent of that sector in the article is of one country, the bare one
is of it too. Several countries (the Syrian and the American government named before), or only an international
body (UNO, IGO, NGO), leave it bare: a wrong country is worse than none. Persons do not count either way — a title
named bare (الرئيس، المتحدث) or a minister named before may be of any state the story visits — and neither do
envoys, missions and delegations (السفارة، السفير، دبلوماسيين، الوفد), which travel by what they are.

Not for civilians or any private sector (a woman named after a Swiss scholar is not Swiss); not for agents called
foreign, international or regional (أجنبي، دولي، الأوروبيون، العرب), nor several states' bodies (الحكومات); not the
bare النظام with a definite adjective (النظام التجاري: a system, not a regime), nor officials (المسؤولين: of
whichever state the sentence tells of, or those to be held to account, محاسبة المسؤولين); not forces backed by
or loyal to a patron (القوات المدعومة من الولايات المتحدة: proxies, whosever they are), nor an agent told in a place of
another state (مقاتلين أكراد في شمال سوريا).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.doc import Mention
from marsad.events.arguments import UNPLACED, Arg
from marsad.events.sectors import placed
from marsad.text.normalize import norm, norm_words

_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP"))
_EVIDENCE = ("institution", "generic", "organisation")
_STATELESS = ("IGO", "UNO", "NGO")
_ENVOYS = ("سفار", "سفير", "سفراء", "قنصل", "دبلوماس", "بعثه", "وفد")
_REGIONAL = ("اوروب", "عرب", "خليج", "افريق", "اسيو", "غربي", "اجنب")
_MANY = norm_words("حكومات الحكومات برلمانات البرلمانات جيوش الجيوش دول الدول")
_BACKED = ("مدعوم", "موال", "الموال", "المدعوم", "والموال", "والمدعوم")


def _bare(a: Arg, toks: list[str]) -> bool:
    x = a.actor
    if x.country is not None or a.place or x.kind not in ("generic", "institution") or x.id is not None \
            or x.sector not in _SECTORS:
        return False
    words = toks[a.i:a.j + 1]
    if any(w in UNPLACED or w.removeprefix("و") in _MANY or w[1:] in _MANY or any(s in w for s in _ENVOYS + _REGIONAL)
           for w in words):
        return False
    if x.name == "Regime" and a.j < len(toks) and toks[a.j].startswith("ال"):
        return False  # النظام التجاري العالمي: a system
    if any("مسوول" in w for w in toks[a.i:a.j]):
        return False  # المسؤولين: officials of whoever the sentence tells of, or those responsible (محاسبة المسؤولين)
    return True


def _envoy(m: Mention) -> bool:
    return any(s in w for w in norm(m.text).split() for s in _ENVOYS)


def _elsewhere(a: Arg, args: list[Arg], toks: list[str], c: str) -> bool:
    """Backed by or loyal to someone (القوات المدعومة من X: a patron's proxies, of no country the sector tells), or
    told in a place of another state right after (مقاتلين أكراد في شمال سوريا)."""
    return any(w.startswith(_BACKED) for w in toks[a.j:a.j + 2]) or any(
        b.i >= a.j and b.i - a.j <= 4 and (b.place or b.actor.kind == "place") and b.actor.country
        and b.actor.country != c for b in args)


def named_before(args: list[Arg], toks: list[str], mentions: Sequence[Mention]) -> list[Arg]:
    """Each participant, a bare state agent given the one country its sector's earlier bodies and groups in the
    article (`mentions`: the document's, in order) are of (see the module's docstring)."""
    out = []
    for a in args:
        if _bare(a, toks):
            seen = {m.actor.country for m in mentions if m.end <= a.start and m.actor is not None
                    and m.actor.sector == a.actor.sector and m.actor.kind in _EVIDENCE and m.actor.country
                    and not _envoy(m)}
            if len(seen) == 1 and (c := next(iter(seen))) not in _STATELESS and len(c) == 3 \
                    and not _elsewhere(a, args, toks, c):
                a = replace(a, actor=placed(a.actor, c))
        out.append(a)
    return out
