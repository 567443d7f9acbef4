"""Where and when: the event's location (في / ب + place, or the dateline) and date (the article's, moved by
أمس / weekday + الماضي / الأسبوع الماضي, or an explicit day and month in the sentence, in the Egyptian/Gulf,
Levantine or Maghrebi month names)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.events.arguments import Arg

_EGYPTIAN = "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر"
_MAGHREBI = "جانفي فيفري مارس افريل ماي جوان جويليه اوت سبتمبر اكتوبر نوفمبر ديسمبر"
_MONTHS = {
    **{m: i for i, m in enumerate(_EGYPTIAN.split(), 1)},
    **{m: i for i, m in enumerate(_MAGHREBI.split(), 1)},
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12, "يونيه": 6, "يوليه": 7,
}
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_DATE_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?: (\d{4}))?")


def event_date(toks: list[str], norm_sentence: str, doc_date: date | None) -> tuple[date | None, str]:
    """The event's date and how it was found (doc, relative, explicit)."""
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
