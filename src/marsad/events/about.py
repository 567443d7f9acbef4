"""A state or a place named only as what words, talks or a demand are about, or as a clock's zone, is no party.

After a word of topic — بشأن، حيال، إزاء، بخصوص، حول — a country, a town or a nationality, also past a noun that
names a matter (الملف، الأزمة، الأوضاع في، مستقبل، القضية) — اتفقوا على موقف موحد بشأن ليبيا، الفيتو بشأن الملف
السوري، حوار حول مستقبل تونس، لبحث الأوضاع في إدلب — is the topic: the act is not aimed at it. And the town after
توقيت — الساعة الثانية بتوقيت لندن، حسب التوقيت المحلي لمكة — only tells the time. Neither is a participant for the
rules nor the ranker (dropped with the venues in events/venues.participants), and no domestic agent takes its
country. Not حول as the verb 'turned' (وحول الجيش المدينة، حولت إيران الأموال): it must follow a word of its
clause, not open it; a person or a body after the topic word is left alone (نفى أنباء حول الرئيس: kept as it
was), and so is a country bare right before the topic word (حذرت X إيران بشأن برنامجها: Iran is warned).

A party named as whom an act is for — after لصالح، لفائدة، لحماية، لنصرة، لدعم، لمساعدة، من أجل, past up to two
words: مشروع قرار يدعو لحماية الفلسطينيين، أرسلت قوات لتعزيز مهمتنا، تعويضات لفائدة عائلات الضحايا — is its
beneficiary, not the one it is aimed at: no recipient of a demand, a refusal, an accusation, a deployment or a
threat, for the rules nor the ranker (beneficiary). Not of an act of giving or backing (AID, SUPPORT), whose
beneficiary is its recipient (قدمت مساعدات لصالح اللاجئين).

A state or town named after نحو / باتجاه / في اتجاه / صوب, past up to two words — مسيرة في اتجاه الجزائر، اقتيادها
نحو الموانئ الليبية — is where someone or something heads: no recipient, for the rules nor the ranker (destination),
but of an attack, which hits the place it is aimed at (events/aimed), and of aid sent there."""

from __future__ import annotations

from typing import Protocol

from marsad.text.normalize import norm_words


class _Actor(Protocol):
    kind: str


class _Arg(Protocol):
    i: int
    actor: _Actor


_ABOUT = norm_words("بشان وبشان حيال وحيال ازاء وازاء بخصوص وبخصوص حول وحول")
_AROUND = norm_words("حول وحول")  # (also the verb حوّل, 'turned': only after a word of its clause)
_CLAUSE_OPENERS = norm_words("، , . : ؛ ; و ثم قد لقد ان انه انها ما لم")
# nouns naming a matter, whose genitive (or في phrase) is the matter's place: الملف السوري، الأوضاع في إدلب
_MATTERS = norm_words("""الملف ملف الملفات الازمه ازمه ازمات الوضع وضع الاوضاع اوضاع مستقبل القضيه قضيه المساله
    مساله الشان الحل حل التسويه تسويه السلام الصراع النزاع الحرب المفاوضات مفاوضات التطورات تطورات الاحداث احداث
    التصعيد""")
# between the matter and its place: في, a place's descriptor, an adjective of the matter (الحل السياسي في سوريا)
_LINKS = norm_words("في ب محافظه مدينه منطقه العاصمه سياسي السياسي السياسيه الراهن الراهنه الحالي الحاليه")
_DISCUSS = norm_words("بحث لبحث وبحث ناقش لمناقشه ومناقشه مناقشه بحثت ناقشت تناول تناولت يبحث يناقش")
_ZONE = norm_words("توقيت بتوقيت التوقيت بالتوقيت وبتوقيت")
_PLACES = ("country", "place", "nationality")
_REACH = 4  # words from the topic word to the place, past a matter noun and its في


def _bare(w: str) -> str:
    """The word without و and a preposition's clitic: للأزمة → الأزمة، بحل → حل."""
    w = w.removeprefix("و")
    return "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in ("ل", "ب") and len(w) > 3 else w


def _in(w: str, words: frozenset[str]) -> bool:
    return w in words or _bare(w) in words


def _topic_word(toks: list[str], k: int, matter: bool) -> bool:
    """A word of topic at `k`; a verb or noun of discussing only before a matter's noun (`matter`)."""
    if toks[k] in _DISCUSS:
        return matter
    if toks[k] not in _ABOUT:
        return False
    return toks[k] not in _AROUND or k > 0 and toks[k - 1] not in _CLAUSE_OPENERS


def about(a: _Arg, toks: list[str]) -> bool:
    """The state, town or nationality `a` (toks: its sentence's normalised tokens) is the topic a word of topic
    names, or the zone of a time (see the module)."""
    if a.actor.kind not in _PLACES or a.i < 1:
        return False
    if toks[a.i - 1] in _ZONE or a.i > 1 and toks[a.i - 2] in _ZONE and toks[a.i - 1].startswith("ال"):
        return True  # بتوقيت لندن، بالتوقيت المحلي لمكة
    for k in range(a.i - 1, max(-1, a.i - 2 - _REACH), -1):
        between = toks[k + 1:a.i]
        if _topic_word(toks, k, any(_in(w, _MATTERS) for w in between)):
            return True
        if not _in(toks[k], _MATTERS) and toks[k] not in _LINKS:
            return False
    return False


_FOR = norm_words("لصالح لفائده لحمايه لنصره لدعم لمساعده لتعزيز اجل")  # (من أجل: اجل after من)
_PURPOSE = norm_words("اجل لدعم لتعزيز")  # (a purpose's verbal noun may follow: من أجل قمع X)
_GIVING = frozenset({"AID", "SUPPORT"})
_BREAKS = norm_words("، , . : ؛ ; و")
_FOR_REACH = 3  # words from the marker to the party (لحماية السكان المدنيين الفلسطينيين)


def beneficiary(event_type: str, toks: list[str], a: _Arg, trigger: int) -> bool:
    """`a` (toks: its sentence's normalised tokens), named after the trigger at `trigger`, is whom an act of
    `event_type` is for, not the one it is aimed at (see the module). After من أجل، لدعم، لتعزيز only a party right
    after them: من أجل قمع الشعب is a purpose, its object no beneficiary."""
    if event_type in _GIVING or a.i <= trigger:
        return False
    for k in range(a.i - 1, max(trigger, a.i - 1 - _FOR_REACH), -1):
        w = toks[k].removeprefix("و")
        if w in _FOR:
            if w in _PURPOSE and a.i - k > 1:
                return False
            return w != "اجل" or k > 0 and toks[k - 1].removeprefix("و") == "من"
        if toks[k] in _BREAKS:
            return False
    return False


_TOWARDS = norm_words("نحو باتجاه اتجاه صوب ونحو وباتجاه")
_COUNTS = norm_words("عشرات مئات الاف آلاف ألف الف مئه مائه مليون")
_AIMED = frozenset({"ASSAULT", "AID"})


def destination(event_type: str, toks: list[str], a: _Arg) -> bool:
    """The state, town or nationality `a` is where someone or something heads (see the module)."""
    if event_type in _AIMED or a.actor.kind not in _PLACES:
        return False
    for k in range(a.i - 1, max(-1, a.i - 4), -1):
        if toks[k] in _TOWARDS:  # (not نحو 'about' before a count: اعتقل نحو 30 سوريا)
            return not any(w.isdigit() or w in _COUNTS for w in toks[k + 1:a.i])
        if toks[k] in _BREAKS or toks[k] in _ABOUT:
            return False
    return False


def topics(args: list[_Arg], toks: list[str]) -> set[int]:
    """The indexes (into `args`) of the states and places named only as a topic or a time zone."""
    return {n for n, a in enumerate(args) if about(a, toks)}
