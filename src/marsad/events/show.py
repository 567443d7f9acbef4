"""Shows, firms' customers and private visits: an act told in one of these frames, with no political party, is
no political event.

The judging guide leaves entertainment, private business and private life out (docs/judging.md); events/offfield
reads the parties' own words (المطرب X، اللاعب X), this module the frame the act is told in, from the words right
around its trigger — up to four words before it and eight after (six for a firm's customers):

* a show: a work or a stage — a film, a series, a song, an album, a clip, a concert, the stage, a festival (رفض
  عرض أفلام كثيرة في الدورة، دعت ابنتها إلى خشبة المسرح، افتتحت الحفلة بأغنية، رفضت الحديث عن فكرة الكليب); not
  a stage of war or of politics (مسرح العمليات، المسرح السياسي), a rally (مهرجان خطابي) nor a play, مسرحية, also a
  farce (وصفت الاتهام بالمسرحية);
* a firm's own customers and products — its complaints, users, clients, developers, its phone (تحقق في شكاوى
  المستخدمين، مؤتمر المطورين السنوي، حملت زبائنها مسؤولية التسريب);
* a private act: a relative the act is aimed at, behind a preposition, within three words after it (طلبت من
  زوجها، اتصل بوالدته), and for a meeting or a visit a family or a sweetheart around it, up to six words before and
  three after (زار عائلة صديقه، التقى حبيبته، وصل X مع ابنته في زيارة خاصة); not a relative who acts (رفضت أسرة
  X سياسة Y، طالبت عائلة الضحية بـ), which is often a political party.

A counted event so framed is marked not reported (it stays in the output, as events/counting and events/offfield
leave theirs) when neither party is a state (by its name or its nationality: زار ابنته في سجن إسرائيلي) or of a
political sector (GOV, MIL, ... NGO) and its sentence names no political body or office, no state by its name and
not the state (الدولة): a minister at a festival, a state's ban of a film, a company a ministry calls on stay
political. Not an attack, a protest, a coercion or a sanction, whose targets or authors the other rules vet
(sanctions on a firm, a raid on a theatre).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Document
from marsad.events.record import Event, Participant
from marsad.text.normalize import norm_words
from marsad.text.tokenize import bare_in as _in

_POLITICAL = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY IGO NGO".split())
_EXEMPT = frozenset({"ASSAULT", "PROTEST", "COERCE", "SANCTION"})
_BEFORE, _AFTER, _CLOSE = 4, 8, 7  # the window around the trigger, in words (customers: six after)
_SHOWS = norm_words("""فيلم فيلما أفلام مسلسل مسلسلات أغنية أغاني أغنيات ألبوم كليب حفلة حفلات مسرح خشبة
    مهرجان مهرجانات""")
_NOT_SHOW = norm_words("""سياسي سياسية العمليات عمليات الجريمة الأحداث الحادث الحرب خطابي خطابيا خطابية
    جماهيري جماهيريا جماهيرية شعبي شعبيا شعبية انتخابي انتخابيا انتخابية""")  # مسرح العمليات، مهرجان خطابي: no show
_CUSTOMERS = norm_words("""هاتفها هاتفه هواتفها منتجاتها منتجاته عملائها عملائه الزبائن زبائنها المستخدمين
    مستخدمي مستخدميها المطورين شكاوى""")  # definite: its users, not users who criticise it (انتقادات من مستخدمين);
# not العملاء, also agents, spies
_PRIVATE = norm_words("""أسرة عائلة أسرته أسرتها عائلته عائلتها زوجها زوجته زوجتها والدها والده والدتها والدته ابنته
    ابنتها ابنها ابنه الحبيبة حبيبته حبيبها شقيقها شقيقه شقيقته شقيقتها أخيه أخته أختها أمه أمها والديه والديها""")
_TO = norm_words("من إلى على عن مع")
_BY = ("ب", "ل")
_MEETINGS = frozenset({"CONSULT"})
_STATE = norm_words("الدولة للدولة بالدولة والدولة")


def framed(toks: list[str], i: int, event_type: str) -> bool:
    """The trigger at token `i` is told in a show, a firm's dealings with its customers or (a meeting) a private
    visit, by the words right around it (see the module)."""
    lo, hi = max(0, i - _BEFORE), min(len(toks), i + 1 + _AFTER)
    for k in (*range(lo, i), *range(i + 1, hi)):
        w = toks[k]
        if _in(w, _SHOWS) and not (k + 1 < len(toks) and _in(toks[k + 1], _NOT_SHOW)) or _in(w, _CUSTOMERS) and (
                k < i + _CLOSE):  # (a firm's customers only as its own object: not نفت X ... لمستخدمي الموقع)
            return True
    for k in range(i + 1, min(len(toks), i + 4)):  # past the subject: طلبت الممثلة من زوجها
        if toks[k] in _TO and k + 1 < len(toks) and _in(toks[k + 1], _PRIVATE) or any(
                toks[k].startswith(c) and toks[k][len(c):] in _PRIVATE for c in _BY):
            return True  # طلبت من زوجها، اتصل بوالدته
    return event_type in _MEETINGS and any(_in(toks[k], _PRIVATE) for k in range(max(0, i - 6), min(hi, i + 4)))


def _political(p: Participant | None) -> bool:
    """A party of a political sector, or a state by its name or its nationality (في سجن إسرائيلي)."""
    return p is not None and (p.actor.sector in _POLITICAL or p.actor.kind in ("country", "nationality"))


def mark(doc: Document, events: list[Event]) -> list[Event]:
    """`events` with each counted one told in a show, a firm's dealings or a private visit, with no political party
    in its sentence, not reported (see the module)."""
    return [replace(e, reported=False) if e.reported and e.event_type not in _EXEMPT and _off(doc, e) else e
            for e in events]


def _off(doc: Document, e: Event) -> bool:
    si = e.sentence[0]
    if e.token < 0 or si >= len(doc.norm_tokens) or _political(e.actor) or _political(e.recipient):
        return False
    toks = [t for _, _, t in doc.norm_tokens[si]]
    if e.token >= len(toks) or not _STATE.isdisjoint(toks) or not framed(toks, e.token, e.event_type):
        return False
    return not any(m.sentence == si and m.actor is not None and (m.actor.sector in _POLITICAL
                                                                 or m.actor.kind == "country") for m in doc.mentions)
