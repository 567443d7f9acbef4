"""Where and when: the event's location (في / ب + place, or the dateline: `dateline_place`) and date (the
article's, moved by أمس / weekday + الماضي / الأسبوع الماضي, or an explicit day and month in the sentence, in the
Egyptian/Gulf, Levantine or Maghrebi month names, or a Hijri date (Umm al-Qura, via hijridate))."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hijridate import Hijri

from marsad.doc import Mention
from marsad.events.arguments import Arg
from marsad.events.record import Place, Span
from marsad.text.months import MONTHS as _MONTHS

_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "جمادي الاولي": 5,
                 "جمادي الاخره": 6, "جمادي الثانيه": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
                 "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12}
_HIJRI_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(sorted(_HIJRI_MONTHS, key=len, reverse=True)) + r") (1[34]\d\d)\b")
_DATE_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?: (\d{4}))?")


def event_date(toks: list[str], norm_sentence: str, doc_date: date | None) -> tuple[date | None, str]:
    """The event's date and how it was found (doc, relative, explicit, hijri)."""
    h = _HIJRI_RE.search(norm_sentence)
    if h:
        try:
            g = Hijri(int(h.group(3)), _HIJRI_MONTHS[h.group(2)], int(h.group(1))).to_gregorian()
            return date(g.year, g.month, g.day), "hijri"
        except (ValueError, OverflowError):
            pass  # outside the Umm al-Qura table (1343-1500 AH) or an impossible day
    m = _DATE_RE.search(norm_sentence)
    if m:
        year = int(m.group(3)) if m.group(3) else (doc_date.year if doc_date else None)
        if year:
            try:
                return date(year, _MONTHS[m.group(2)], int(m.group(1))), "explicit"
            except ValueError:
                pass
    if doc_date is None:
        return None, "none"
    words = set(toks)
    if "امس" in words or "البارحه" in words:
        return doc_date - timedelta(days=1), "relative"
    for i, t in enumerate(toks[:-1]):
        day = _WEEKDAYS.get(t[3:] if t.startswith("يوم") else t)
        if day is not None and toks[i + 1] in ("الماضي", "المنصرم"):
            back = (doc_date.weekday() - day) % 7 or 7
            return doc_date - timedelta(days=back), "relative"
    if "الماضي" in words and "الاسبوع" in words:
        return doc_date - timedelta(days=7), "relative"
    return doc_date, "doc"


def event_location(args: list[Arg]) -> Arg | None:
    """The first place the sentence puts something in (في بغداد, بطهران)."""
    for a in args:
        if a.place:
            return a
    return None


def dateline_place(text: str, first: list[Mention]) -> Place | None:
    """A place named before the dash that opens an article's `text` (بغداد - ...), among the mentions of its first
    sentence `first`."""
    head = text[:40]
    dash = max(head.find(" - "), head.find(" – "))
    for m in first:
        if dash > 0 and m.end <= dash and m.actor is not None and m.actor.kind in ("place", "country"):
            return Place(Span(m.text, m.start, m.end), m.actor)
    return None
