"""Whom a report is attributed to is its source, not a party of what it reports (used by events/arguments):
the party right after بحسب / وفقا (بحسب المسؤولين), after حسبما / وفق ما / بحسب ما and a verb of telling — وفق
ما أفادت الشرطة، حسبما أعلن الجيش — or after وفقا لـ / بحسب and مصادر / مصدر or an
outlet (إذاعة، وكالة، صحيفة، موقع، قناة), with or without في — وفقا لمصادر المعارضة، بحسب مصدر في الشرطة، بحسب إذاعة
الأمم المتحدة — and a second source joined to it by و (أطباء وناشطون). Nor is a news outlet a party when a
statement is given to it (given_to), nor when it published, saw, obtained, broadcast or interviewed what is told —
نشرت صحيفة X، وثيقة اطلعت عليها وكالة X، مقابلة أجرتها معه قناة X، خطاب بثه التلفزيون — (published_by)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg

_ACCORDING = norm_words("حسب بحسب وحسب وفق وفقا طبقا")
_AS = norm_words("حسبما بحسبما وحسبما وفقما ووفقما")
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


# an outlet that published, saw, obtained, broadcast or interviewed what is told: نشرت صحيفة X، وثيقة اطلعت عليها
# وكالة X، حصلت عليها قناة X، مقابلة أجرتها معه قناة X، خطاب بثه التلفزيون، ما أكده مراسل X
_PUBLISHED = norm_words("""نشرت نشرته نشرتها نشره نشرها ونشرت اطلعت اطلع حصلت حصل اجرتها اجراها اجرته اجرت اجري بثه
    بثها بثت بثته بثتها شاهدتها شاهدها شاهدته تحققت اوردته اوردتها اوردها اورده نقلته نقلتها نقله نقلها كشفته كشفتها
    تناقلته تناقلتها تداولته تداولتها""")
_PRONOUN_PHRASE = norm_words("عليها عليه عليهم معه معها معهم معهما له لها لهم")  # اطلعت عليها وكالة، أجرتها معه قناة
_REPORTER = norm_words("مراسل مراسله مراسلنا مراسلي مراسلو محرر")  # ما أكده مراسل الجوهرة: the outlet's reporter
_TOLD_IT = norm_words("اكده ذكره افاده اعلنه اوضحه قاله اكدته ذكرته افادته نقله")
_QUOTES = frozenset('« » " “ ” ('.split())
_DAY_WORDS = norm_words("اليوم امس الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت")


def published_by(toks: list[str], i: int, prep: str | None) -> bool:
    """The outlet at token i, bare, is the subject of a verb of publishing, seeing, obtaining, broadcasting or
    interviewing right before it — past the verb's pronoun phrase (اطلعت عليها وكالة X، أجرتها معه قناة X) and a
    day (بعدما نشرت اليوم صحيفة X) —, not a verb opening the sentence, or the outlet of a reporter (or the reporter)
    a verb of telling with its pronoun names (ما أكده مراسل X): the source of what is told, no party of it."""
    if prep is not None or i < 1:
        return False
    if toks[i] in _REPORTER:  # (ما أكده مراسل: the reporter himself, his outlet named or not)
        return toks[i - 1] in _TOLD_IT
    k = i - 1
    while k > 0 and toks[k] in _QUOTES:  # (مراسل "الجوهرة أف أم")
        k -= 1
    if toks[k] in _REPORTER:
        return k > 0 and (toks[k - 1] in _TOLD_IT or toks[k - 1] in _PUBLISHED)
    if toks[k] in _DAY_WORDS:
        k -= 1
    if k >= 0 and toks[k] in _PRONOUN_PHRASE:
        k -= 1
    # (not the verb opening the sentence — ونشرت صحيفة X تقريرا اتهمت فيه —: the outlet is its subject, what it
    # says may be its own statement)
    return k > 0 and toks[k] in _PUBLISHED
