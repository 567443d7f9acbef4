"""Whom a report is attributed to is its source, not a party of what it reports (used by events/arguments):
the party right after بحسب / وفقا (بحسب المسؤولين), after حسبما / وفق ما / بحسب ما and a verb of telling — وفق
ما أفادت الشرطة، حسبما أعلن الجيش — or after وفقا لـ / بحسب and مصادر / مصدر or an
outlet (إذاعة، وكالة، صحيفة، موقع، قناة), with or without في — وفقا لمصادر المعارضة، بحسب مصدر في الشرطة، بحسب إذاعة
الأمم المتحدة — and a second source joined to it by و (أطباء وناشطون)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg

_ACCORDING = norm_words("حسب بحسب وحسب وفق وفقا طبقا")
_AS = norm_words("حسبما بحسبما وحسبما")
_WHAT = norm_words("ما لما")
_TELL = norm_words("""افاد افادت افادوا اعلن اعلنت اعلنوا ذكر ذكرت ذكروا قال قالت قالوا اورد اوردت اوردوا نقل نقلت
    اكد اكدت اكدوا اوضح اوضحت صرح صرحت يفيد تفيد يقول تقول تذكر يذكر""")
# (بحسب إذاعة الأمم المتحدة, وفقا لموقع X: the outlet of a party, named as the source)
_SOURCES = norm_words("مصادر مصدر لمصادر لمصدر اذاعه لاذاعه وكاله لوكاله صحيفه لصحيفه موقع لموقع قناه لقناه")
_WORDS = _ACCORDING | _AS | _WHAT | _TELL | _SOURCES | {"في"}  # (no party: بحسب ما أعلنته وزارة)


def attributed(toks: list[str], i: int) -> bool:
    """Whether the party opening at token i is named as the source of the report (see the module's doc)."""
    def at(k: int) -> str:
        return toks[k] if 0 <= k < len(toks) else ""

    if at(i)[:1] != "و" and at(i - 1) not in _WORDS:  # the common case: no source word before, no و
        return False
    if at(i - 1) in _ACCORDING:
        return True
    if at(i)[:1] == "و" and any(attributed(toks, k) for k in (i - 1, i - 2) if k >= 0 and at(k) not in _WORDS):
        return True  # (وفق ما ذكر أطباء وناشطون: a second source joined by و)
    if at(i - 1) in _TELL:
        return at(i - 2) in _AS or at(i - 2) in _WHAT and at(i - 3) in _ACCORDING
    k = i - 2 if at(i - 1) == "في" else i - 1
    return at(k) in _SOURCES and at(k - 1) in _ACCORDING


# a statement given to an outlet (في تصريح لوكالة X, قال لصحيفة X, في مقابلة مع قناة X)
_GIVEN = norm_words("""تصريح تصريحات تصريحه تصريحها حديث حديثه حديثها مقابله مقابلته مقابلتها حوار حواره قال قالت
    اكد اكدت اكده صرح صرحت اوضح اوضحت اضاف اضافت افاد افادت كشف كشفت""")
_INTERVIEW = norm_words("مقابله مقابلته مقابلتها حوار حواره")
_THAT = norm_words("ان بان انه انها")
_SPEAKER_REACH = 8  # قال مصدر أمني مسؤول لوكالة X: the speaker's words may stand between the verb and the outlet


def given_to(toks: list[str], i: int, prep: str | None) -> bool:
    """The outlet at token i was given a statement — في تصريح لمراسل X, قال (مصدر أمني مسؤول) لوكالة X, في
    مقابلة مع صحيفة X —: neither a party nor the addressee of what the statement says (a verb of saying past its
    speaker's words, not across إن / أن: قال إن الحكومة قدمت دعما لصحيفة X)."""
    if prep == "مع":
        return any(w.removeprefix("و") in _INTERVIEW for w in toks[max(0, i - 3):i])
    start = max([i - _SPEAKER_REACH, 0] + [k + 1 for k in range(max(0, i - _SPEAKER_REACH), i) if toks[k] in _THAT])
    return prep == "ل" and any(w.removeprefix("و") in _GIVEN for w in toks[start:i])


def drop_sources(args: list[Arg], toks: list[str], source: Callable[[Arg, list[str]], bool]) -> list[Arg]:
    """The participants that are not a report's source; a name repeated right after a source, with nothing but
    quotes or brackets between — لوكالة الأنباء الكويتية "كونا" — is that source too."""
    out: list[Arg] = []
    dropped = None
    for a in args:
        if source(a, toks) or dropped is not None and a.actor.id is not None and a.actor.id == dropped.actor.id \
                and not any(c.isalnum() for t in toks[dropped.j:a.i] for c in t):
            dropped = a
        else:
            out.append(a)
    return out
