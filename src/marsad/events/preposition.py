"""The preposition that governs a participant: a proclitic on its first word (لحركة، للقوات), a separate
preposition before it seen through quotes and place descriptors (من «القاعدة»، في مدينة غوري), the clitic of a
craft that owns it (بغارة لمقاتلات التحالف), a partitive crowd's own preposition (أفرج عن عشرات من المعارضين: عن),
none for a member (عضو في X); used by events/arguments."""

from __future__ import annotations

from marsad.events.fronted import fronted
from marsad.events.governing import governing
from marsad.text.normalize import norm_words
from marsad.text.tokenize import Segmenter

PREPOSITIONS = norm_words("في ب ل الي الى على علي مع ضد من عن لدي لدى امام عند بين تجاه حول نحو عبر لصالح")
QUOTES = frozenset('« » " “ ” ( ) #'.split())
# عشرات من أعضاء الحزب, الآلاف من النيباليين: a crowd "of" a group is that group (the من is partitive)
_QUANTITIES = norm_words("""عشرات العشرات مئات المئات الاف الالاف آلاف الآلاف ألوف الوف عدد العديد مجموعه مجموعات
    حشد حشود جموع بعض اثنان اثنين ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره قوه قوات دوريه دوريات وحده وحدات
    عناصر عنصر عنصرين عنصران عنصرا افراد فردين اعضاء عضوين عضوا عددا مفرزه مفارز سريه كتيبه""")
# a quantity's adjective of size between it and its من: عن عدد كبير من السجناء، عددا محدودا من
_SIZES = norm_words("كبير كبيرا كبيره محدود محدودا قليل قليلا ضخم ضخما هائل هائلا متزايد متزايدا")
# a unit of armed men, also past one adjective of it before its من: قوة خاصة من الجيش، مفرزة خاصة من الحشد
_UNITS = norm_words("قوه قوات وحده وحدات دوريه دوريات مفرزه مفارز سريه كتيبه")
_MEMBERS = norm_words("عضو عضوا عضوان عضوين اعضاء العضو الاعضاء")  # عضو في الكونغرس (not العضوية: membership)
_DESCRIPTORS = norm_words("""مدينه بلده قريه منطقه محافظه ولايه اقليم حي مخيم العاصمه جزيره ميناء مطار مقاطعه بلدة
    ضاحيه ضواحي مواقع موقع معاقل معقل تجمعات مقرات مقر تحركات تعزيزات محور جبهه شمال جنوب شرق غرب وسط شمالي
    جنوبي شرقي غربي""")  # ... and على مواقع الحوثيين
_CARRIERS = norm_words("مقاتلات طائرات طيران مدفعيه بوارج قوات قيادات عناصر مواقع مقر مقرات معسكر معسكرات تجمعات")


def preposition(toks: list[str], i: int, segmenter: Segmenter, first_word: str = "") -> str | None:
    seg = segmenter.segment(toks[i])
    clitics = [p for p in seg.prefixes if p not in ("ال", "و", "ف")]
    if not clitics and first_word and toks[i] != first_word and toks[i].endswith(first_word):
        # لحركة طالبان: the mention starts after a proclitic the segmenter did not split off
        clitics = [c for c in toks[i][:-len(first_word)] if c in ("ب", "ل", "ك")]
    if not clitics and toks[i].startswith("لل") and len(toks[i]) > 4:
        clitics = ["ل"]  # للقوات التركية: ل + ال, when the segmenter left the word whole
    if clitics:
        return clitics[-1]
    k = i - 1
    if k >= 0 and toks[k][:1] in ("ل", "ب") and toks[k][1:] in _CARRIERS:
        return toks[k][0]  # بغارة لمقاتلات تحالف دعم الشرعية: the clitic on the craft governs its owner
    while k > 0 and (toks[k] in QUOTES or toks[k] in _DESCRIPTORS):  # من «القاعدة», في مدينة غوري
        k -= 1
    if k >= 0 and toks[k] in PREPOSITIONS:
        if k > 0 and toks[k] == "من" and (q := _quantity(toks, k - 1)) is not None:
            # 14 من X، عشرات من X، قوة خاصة من X: the من is partitive; the crowd's own preposition is the group's
            # (أفرج عن عشرات من المعارضين: عن), else none
            return preposition(toks, q, segmenter)
        return None if k > 0 and toks[k] == "في" and toks[k - 1] in _MEMBERS else toks[k]  # عضو في X
    return governing(toks, k) or fronted(toks, k)  # على 10 إيرانيين (events/governing); وفي X، (events/fronted)


def _quantity(toks: list[str], j: int) -> int | None:
    """Where a quantity that ends at `j` starts — a count, maybe past its adjective of size (14، عشرات، عدد كبير،
    عددا محدودا) —, or None."""
    if toks[j] in _QUANTITIES or toks[j].isdigit():
        return j
    if j > 0 and (toks[j] in _SIZES and toks[j - 1] in _QUANTITIES or toks[j - 1] in _UNITS and toks[j][-1:] == "ه"):
        return j - 1  # (عدد كبير من، قوة خاصة من)
    return None
