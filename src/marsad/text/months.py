"""Month names as Arabic news writes them (normalised): the Egyptian and Maghrebi transliterations of the Gregorian
months, and the Levantine (Syriac) names that often gloss them in parentheses (أبريل (نيسان))."""

from __future__ import annotations

EGYPTIAN = "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر".split()
MAGHREBI = "جانفي فيفري مارس افريل ماي جوان جويليه اوت سبتمبر اكتوبر نوفمبر ديسمبر".split()
LEVANTINE = {"كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
             "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12}
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(EGYPTIAN, 1)}, **{m: i for i, m in enumerate(MAGHREBI, 1)}, **LEVANTINE,
    "يونيه": 6, "يوليه": 7,
}
MONTH_WORDS = frozenset(w for m in MONTHS for w in m.split())  # كانون and تشرين as single tokens too
