"""A trigger word read as a noun of persons or as part of a name: no act at that word.

Three shapes of Arabic give a trigger's letters another sense than the act:

* the participle of accusing as a noun of persons, the defendants: with the article, a noun or an attributive
  adjective — الموظفة المتهمة بالاعتداء، دانت المحكمة المتهمة، الجماعة المتهمة بـ —, a description, unless the
  accuser is named right after it (المتهمة من جانب أنقرة: an accusation told); and counted after a numeral in a
  sentence that tells a verdict — قضت المحكمة بسجن 13 متهما، بالإعدام لـ3 من أصل 23 متهما —: the news is the
  verdict (a case that only concerns 51 defendants may tell charges brought, and stays). The circumstantial
  participle that reports an accusation (، متهما واشنطن بـ) is indefinite and follows a clause, never a number —
  save one that labels (الشكوى رقم 548 متهمة X) or a year (عام 2017 متهما), no count;
* جثث قتلاها، جثث قتلاهم: after a noun of bodies, the plural noun قتلى (the dead) with a possessive pronoun, written
  with alif, not the verbal noun قتلا (the accusative of قتل cannot carry a pronoun): the bodies of the side that
  lost them, no killing told at that word (the bare تاركين قتلاهم, left behind their dead, the judges read both ways);
* the verbal noun that names the coalition — تحالف دعم الشرعية، التحالف لدعم الشرعية —: a rest word right after
  تحالف is part of that name (أكد المتحدث باسم تحالف دعم الشرعية: a spokesman speaking, no support affirmed);
* a protest noun in the genitive (or under the لـ) of a noun of a right, a rule, a ban or a fight against it — حرية
  التظاهر، وضع ضوابط للإضراب، قانون منع الاعتصامات، قوات مكافحة الشغب —, of the people who stir it — مثيري
  الشغب —, of a head's title — رئيس الحركة الاحتجاجية، زعيم الاعتصام — or of one picked out of its organisers —
  أحد منظمي المسيرة، أحد منسقي الإضراب —: a right, a rule or persons, no protest told at that word (a protest
  banned, قررت السلطات منع التظاهرات، did not take place; one organiser who speaks is the news, but منظمو التظاهرة
  قدروا عدد المشاركين فيها tells the protest itself, and one of its leaders, أحد قادة التظاهرة، marches in it);
  also past تنظيم — قرار منع تنظيم الوقفة، حق تنظيم المظاهرات.

* an attack noun in the genitive of a noun of a band, a unit, a list or a camp — عصابات الخطف، قائمة اغتيالات، قائد
  وحدة القناصة، فرق الاغتيال، دول العدوان —: the body or the list is named by the attacks it does or holds, none
  told at that word.

A defendant noun still names a charge: an act with بـ right after it (الموظفة المتهمة بالاعتداء، المتهمين بشن هجمات)
is alleged, not coded (events/clauses.alleged asks `accused_noun`). And a noun right after شؤون, an office's portfolio
(events/portfolio), is asked here too, so that the trigger finder asks once.
"""

from __future__ import annotations

import re

from marsad.events.portfolio import portfolio
from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm_words

_ACCUSED = norm_words("متهم متهما متهمة متهمين متهمون متهمتين متهمان")
_NUMBERS = norm_words("""ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشر أحد إحدى اثنا اثني اثنتا اثنتي عشرين
    ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون""")
_THEIR_DEAD = re.compile(r"قتلا(?:ه|ها|هم|هما|هن|نا|كم|ي)$")
_LABEL = norm_words("رقم الرقم برقم")  # (الشكوى رقم 548 متهمة X بـ: a number that labels, then a circumstantial)
_SIDE = norm_words("جانب قبل طرف")  # an accuser named: المتهمة من جانب / من قبل X
_VERDICT = norm_words("""بالسجن بالإعدام بالحبس بالمؤبد المؤبد حكم الحكم حكما أحكام عاقبت عوقب قضت قضى برأت ببراءة
    بتبرئة أدانت دانت""")
_BODIES = norm_words("جثث جثامين رفات")
_COALITION = norm_words("تحالف التحالف لتحالف للتحالف وتحالف والتحالف بتحالف بالتحالف")
# a protest noun in their genitive names a right, a rule, a ban or persons, no protest (حق التظاهر، مثيري الشغب)
_OF_PROTEST = norm_words("""حق الحق حريه الحريه ضوابط الضوابط شروط قانون القانون قوانين منع المنع حظر الحظر تجريم
    مكافحه مثيري مثيرو رئيس زعيم""")
# ... and so do the organisers of a protest when one of them is picked out (أحد منظمي المسيرة قال: a speaker; not
# منظمو التظاهرة قدروا عدد المشاركين فيها, which tells the protest, nor أحد قادة التظاهرة: a leader marches in it)
_ORGANISERS = norm_words("منظمي منسقي")
_ONE_OF = norm_words("احد واحد احدي واحدي")
# an attack noun in the genitive of a noun of a band, a unit, a list or a camp names that body, no attack told
_BODIES_OF = norm_words("""عصابه عصابات لعصابات لعصابه قائمه قوائم لقائمه بقائمه وحده وحدات لوحده لوحدات فرق فرقه
    دول لدول خليه خلايا شبكه شبكات""")
_ORGANISING = norm_words("تنظيم وتنظيم")  # (قرار منع تنظيم الوقفة، حق تنظيم المظاهرات: the ban's or right's object)


def _numeral(w: str) -> bool:
    w = w.removeprefix("و")
    if w.isdigit():
        return not (len(w) == 4 and 1900 <= int(w) <= 2100)  # (a year: عام 2017 متهما)
    return w in _NUMBERS


def accused_noun(tok: str) -> bool:
    """The token is the participle of accusing with the article (المتهمة، والمتهمين، للمتهم): a noun of persons."""
    w = tok.removeprefix("و").removeprefix("ف")
    w = "ال" + w[2:] if w.startswith("لل") else w.removeprefix("ب").removeprefix("ك")
    return w.startswith("ال") and w[2:] in _ACCUSED


def protest_of(prev: str) -> bool:
    """The word before a protest noun is a noun of a right, a rule, a ban or of persons that takes it as its genitive
    (حق التظاهر، وحرية الإضراب، بمنع المظاهرات، ضوابط للتظاهر، منظمي المسيرة), a conjunction or a preposition on it
    seen through (not بحق, 'against': القمع بحق المتظاهرين)."""
    w = prev.removeprefix("و").removeprefix("ف")
    return w in _OF_PROTEST or w[:1] in ("ب", "ل") and w[1:] in _OF_PROTEST and w != "بحق"


def not_an_act(t: Trigger, toks: list[str], i: int, j: int, strip: int) -> bool:
    """The hit at tokens `i`..`j` is a noun of persons or part of a name, or a portfolio (see the module)."""
    if portfolio(toks, i):
        return True
    word = toks[i][strip:]
    if t.type == "ACCUSE" and accused_noun(toks[i]):
        return not (i + 2 < len(toks) and toks[i + 1] == "من" and toks[i + 2] in _SIDE)  # (المتهمة من جانب أنقرة)
    if t.type == "ACCUSE" and word in _ACCUSED and i > 0 and _numeral(toks[i - 1]):
        return not (i > 1 and toks[i - 2] in _LABEL) and not _VERDICT.isdisjoint(toks)
    if t.type == "PROTEST" and i > 0 and (protest_of(toks[i - 1]) or i > 1 and (
            toks[i - 1] in _ORGANISERS and toks[i - 2] in _ONE_OF or toks[i - 1] in _ORGANISING and protest_of(
            toks[i - 2]))):
        return True
    if t.type == "ASSAULT" and i > 0 and (toks[i - 1] in _BODIES_OF or toks[i - 1].removeprefix("و") in _BODIES_OF):
        return True  # (عصابات الخطف، قائمة اغتيالات، قائد وحدة القناصة، دول العدوان: a group, a list, an epithet)
    if t.type == "ASSAULT" and _THEIR_DEAD.match(word):
        return i > 0 and toks[i - 1].removeprefix("و") in _BODIES
    return bool(t.rest) and j - i >= 2 and toks[j - 2] in _COALITION
