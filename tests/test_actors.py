"""Actor recognition on the fictional gazetteer (tests/fixtures/kb): golden cases, each with a `why`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad

# (sentence, date, mention text, type, actor name (None: unnamed), actor code, why)
GOLDEN = [
    ("وصل سمير قندلي إلى مرجانة", None, "سمير قندلي", "PER", "Samir Qandali", "QRMGOV",
     "a full name from the people file"),
    ("جاء ذلك بتصريحات لدحلاوي أمس", None, "دحلاوي", "PER", "Yasir Dahlawi", "BHSGOV",
     "a proclitic ل is stripped and the short form matches"),
    ("ورحب الأدميرال دحلاوي بالمبادرة", None, "دحلاوي", "PER", "Yasir Dahlawi", "BHSGOV",
     "honorific before a known person"),
    ("قال رئيس الوزراء القمرستاني إن", "2021-05-01", "رئيس الوزراء القمرستاني", "PER", "Samir Qandali", "QRMGOV",
     "a title + nisba alone resolves to the holder on the date"),
    ("قال رئيس الوزراء القمرستاني إن", "2024-01-01", "رئيس الوزراء القمرستاني", "PER", "Hani Barqawi", "QRMGOV",
     "the same title on a later date is the later holder"),
    ("زار رئيس وزراء قمرستان العاصمة", "2020-02-02", "رئيس وزراء قمرستان", "PER", "Samir Qandali", "QRMGOV",
     "construct title + country name"),
    ("وشدد أمين مجلس الأمن الأعلى على", "2018-06-01", "أمين مجلس الأمن الأعلى", "PER", "Yasir Dahlawi", "BHSGOV",
     "a title that fixes its country"),
    ("التقى الجنرال فارس زهدي بالوفد", None, "فارس زهدي", "PER", "فارس زهدي", "MIL",
     "unknown person after a rank takes the rank's sector"),
    ("وقال وزير الخارجية البحرستاني كمال نوري إن", None, "كمال نوري", "PER", "كمال نوري", "BHSGOV",
     "unknown person after a title takes the title's country and sector"),
    ("وصل الوفد إلى تلمسار", None, "تلمسار", "LOC", "Talmasar", "QRM", "a capital is a place of its country"),
    ("وفي بغدون قال", None, "بغدون", "LOC", "Baghdun", "QRM", "a conjunction before a city"),
    ("ووصل إلى محافظة بغدون", None, "محافظة بغدون", "LOC", "Baghdun Province", "QRM",
     "the explicit province name is the province"),
    ("أعلنت جمهورية قمرستان", None, "جمهورية قمرستان", "LOC", "Qamaristan", "QRM", "official country name"),
    ("وقال مسؤول بحرستاني", None, "بحرستاني", "NORP", "Bahristan", "BHS", "a nisba is a nationality"),
    ("إن الأمريكيين غادروا", None, "الأمريكيين", "NORP", "United States", "USA", "plural nisba with article"),
    ("وندد البحارسة بالقرار", None, "البحارسة", "NORP", "Bahristan", "BHSCVL", "an irregular collective"),
    ("وهاجمت جبهة الريح القافلة", None, "جبهة الريح", "ORG", "Wind Front", "IMGREB", "a movement"),
    ("ودعت ردم إلى الهدوء", None, "ردم", "ORG", "League of Ocean States", "IGOIGO", "an abbreviation"),
    ("وحذر نادر سلوان من التصعيد", "2017-05-01", "نادر سلوان", "PER", "Nadir Salwan", "IGOIGO",
     "a person is coded by the office held on the date: an intergovernmental body's secretary general"),
    ("وحذر نادر سلوان من التصعيد", "2013-05-01", "نادر سلوان", "PER", "Nadir Salwan", "QRMGOV",
     "an office of the person's own state keeps the record's code"),
    ("وحذر نادر سلوان من التصعيد", "2021-05-01", "نادر سلوان", "PER", "Nadir Salwan", "QRMELI",
     "every listed office left before the date: a former office-holder, a notable of the record's country"),
    ("وحذر نادر سلوان من التصعيد", "2020-01-20", "نادر سلوان", "PER", "Nadir Salwan", "QRMGOV",
     "an office left less than 30 days before the date still names him: the record's code"),
    ("وصل هاني برقاوي إلى مرجانة", "2018-05-01", "هاني برقاوي", "PER", "Hani Barqawi", "QRMGOV",
     "an office only to come is no former one: the record's code"),
    ("وحذر نادر سلوان من التصعيد", None, "نادر سلوان", "PER", "Nadir Salwan", "QRMGOV",
     "no date: the record's code"),
    ("وطالب وسيم ضرغام بالإفراج عنه", "2017-05-01", "وسيم ضرغام", "PER", "Wasim Dirgham", "QRMBUS",
     "a name two listed people share: not the namesake whose only office begins after the date"),
    ("وطالب وسيم ضرغام بالإفراج عنه", "2023-05-01", "وسيم ضرغام", "PER", "Wasim Dirgham (minister)", "BHSGOV",
     "a name two listed people share: the namesake who holds an office on the date"),
    ("وأعلن القصر الأزرق", None, "القصر الأزرق", "LOC", "Qamaristan", "QRMGOV", "a metonym: a place, coded as the government"),
    ("وانتشر الحرس الأزرق", None, "الحرس الأزرق", "ORG", "Blue Guard", "QRMMIL", "a named institution"),
    ("وقالت وزارة الخارجية القمرستانية", None, "وزارة الخارجية القمرستانية", "ORG",
     "Ministry of Foreign Affairs", "QRMGOV", "an institution pattern with a nisba"),
    ("وقالت وزارة خارجية بحرستان", None, "وزارة خارجية بحرستان", "ORG", "Ministry of Foreign Affairs",
     "BHSGOV", "an institution pattern in construct with a country"),
    ("ورحبت الحكومة القمرستانية", None, "الحكومة القمرستانية", "AGENT", None, "QRMGOV",
     "a generic agent takes the nisba's country"),
    ("وهاجم مسلحون القرية", None, "مسلحون", "AGENT", None, "REB", "a generic agent without country"),
    ("والتقى محمد زيدان بالوفد", None, "محمد زيدان", "PER", "محمد زيدان", None,
     "a given name starts an unknown person's name"),
]


def _find(nlp: marsad.Pipeline, text: str, date: str | None, surface: str) -> marsad.Mention:
    found = [m for m in nlp.mentions(text, date=date) if m.text == surface]
    assert found, f"no mention {surface!r} in {[(m.text, m.rule) for m in nlp.mentions(text, date=date)]}"
    return found[0]


@pytest.mark.parametrize(("text", "date", "surface", "typ", "name", "code", "why"), GOLDEN,
                         ids=[g[-1] for g in GOLDEN])
def test_golden(fictional: marsad.Pipeline, text: str, date: str | None, surface: str, typ: str,
                name: str | None, code: str | None, why: str) -> None:
    m = _find(fictional, text, date, surface)
    assert m.type == typ, why
    assert m.actor is not None, why
    assert (m.actor.name, m.actor.code) == (name, code), why


def test_place_has_coordinates(fictional: marsad.Pipeline) -> None:
    m = _find(fictional, "في تلمسار", None, "تلمسار")
    assert m.actor is not None and (m.actor.lat, m.actor.lon) == (31.5, 44.25)


def test_clitic_is_outside_the_mention_span(fictional: marsad.Pipeline) -> None:
    text = "تصريحات لدحلاوي"
    m = _find(fictional, text, None, "دحلاوي")
    assert text[m.start:m.end] == "دحلاوي"


def test_later_surname_links_to_unknown_full_name(fictional: marsad.Pipeline) -> None:
    text = "وقال وزير الخارجية البحرستاني كمال نوري إن الوضع هادئ. وأكد نوري أن الحوار مستمر."
    later = [m for m in fictional.mentions(text) if m.text == "نوري"]
    assert later and later[0].actor is not None
    assert (later[0].actor.name, later[0].actor.code) == ("كمال نوري", "BHSGOV")


def test_title_alone_links_to_the_person_named_with_it(fictional: marsad.Pipeline) -> None:
    text = "وقال رئيس الوزراء القمرستاني جلال حداد إن الوضع هادئ. وأضاف رئيس الوزراء القمرستاني أن الحوار مستمر."
    titles = [m for m in fictional.mentions(text, date="2021-01-01") if m.nominal]
    assert len(titles) == 2
    assert all(t.actor is not None and t.actor.name == "جلال حداد" for t in titles)


def test_name_stops_before_a_common_word(fictional: marsad.Pipeline) -> None:
    m = _find(fictional, "قال الجنرال فارس زهدي يزور المدينة", None, "فارس زهدي")
    assert m.end - m.start == len("فارس زهدي")


TEXTS = st.lists(st.sampled_from(["سمير قندلي", "لدحلاوي", "رئيس الوزراء القمرستاني", "في", "تلمسار", "ﻻ",
                                  "\u064e", "\u0640", "\u200f", " ", "، ", ". ", "\n", "وبغدون", "الأمريكيين",
                                  "جبهة الريح", "محمد", "x"]), max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_every_span_slices_to_its_text(fictional: marsad.Pipeline, text: str) -> None:
    """Property: every reported span, sliced from the original text, is the text reported."""
    doc = fictional.analyse(text)
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)


def test_former_title_is_not_the_current_holder(fictional: marsad.Pipeline) -> None:
    m = _find(fictional, "وقال رئيس الوزراء القمرستاني السابق إن", "2024-01-01", "رئيس الوزراء القمرستاني السابق")
    assert m.actor is not None and m.actor.id is None and m.actor.code == "QRMELI"  # a former office holder: a notable


def test_a_titles_sector_is_its_bodys(real: marsad.Pipeline) -> None:
    # الأمين العام (secretary-general, IGO by default) of a trade union is the union's sector, not IGO
    doc = real.analyse("ودعا الأمين العام المساعد للاتحاد العام التونسي للشغل الحكومة إلى الحوار")
    title = next(m for m in doc.mentions if m.text.startswith("الأمين العام"))
    assert title.actor is not None and title.actor.country == "TUN" and title.actor.sector == "CVL"


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("ودعا المواطن السلط الجهوية إلى التدخل", "السلط الجهوية", "AGENT"),  # Maghrebi plural of سلطة: authorities
    ("وقعت المشاجرة في مدينة السلط غربي عمان", "السلط", "LOC"),  # the Jordanian town
])
def test_salt_is_the_town_only_without_an_authorities_adjective(real: marsad.Pipeline, text: str, surface: str,
                                                                 kind: str) -> None:
    doc = real.analyse(text)
    assert any(m.text == surface and m.type == kind for m in doc.mentions), [(m.text, m.type) for m in doc.mentions]


@pytest.mark.parametrize(("text", "ministry"), [
    ("وطالب فريق الدفاع عن المتهمين بالإفراج عنهم", False),  # the defendants' lawyers
    ("وتعمل الجمعية في الدفاع عن حقوق العمال", False),  # defending
    ("وقال المعهد الذي ينشط للدفاع عن حرية التعبير إن", False),  # defending, with a clitic
    ("وقال قائد الجيش إن الدفاع عن الحدود واجب", False),
    ("وأعلنت وزارة الدفاع أن الطائرة سقطت", True),
    ("وأعلنت الدفاع الروسية أن الطائرة سقطت", True),
])
def test_bare_defence_is_the_ministry_only_in_a_ministrys_sense(real: marsad.Pipeline, text: str,
                                                                ministry: bool) -> None:
    doc = real.analyse(text)
    found = any("الدفاع" in m.text and m.actor is not None and m.actor.sector == "MIL" for m in doc.mentions)
    assert found == ministry, [(m.text, m.actor.code if m.actor else None) for m in doc.mentions]


def test_head_noun_alone_refers_to_the_body_named_before(fictional: marsad.Pipeline) -> None:
    text = "أعلنت جبهة الريح مسؤوليتها عن الهجوم. وقالت الجبهة في بيان إن عناصرها انسحبوا."
    later = [m for m in fictional.mentions(text) if m.text == "الجبهة"]
    assert later and later[0].actor is not None
    assert (later[0].actor.name, later[0].rule) == ("Wind Front", "coref:head")


def test_head_noun_with_an_adjective_is_not_linked(fictional: marsad.Pipeline) -> None:
    text = "أعلنت جبهة الريح مسؤوليتها عن الهجوم. وقالت الجبهة الشعبية إن الوضع هادئ."
    assert not [m for m in fictional.mentions(text) if m.rule == "coref:head"]


def test_head_noun_with_lam_keeps_its_clitic_in_the_span(fictional: marsad.Pipeline) -> None:
    text = "أعلنت جبهة الريح مسؤوليتها عن الهجوم. وقالت مصادر للجبهة إن عناصرها انسحبوا."
    later = [m for m in fictional.mentions(text) if m.rule == "coref:head"]
    assert later and text[later[0].start:later[0].end] == "للجبهة"


@pytest.mark.parametrize(("text", "day", "surface", "code"), [
    ("ويشار إلى أن الحكومة وافقت على المشروع", "2018-06-01", "يشار", None),  # the passive verb, not the name Yaşar
    ("وقال راؤول كاسترو إن الحزب باق", "2017-06-01", "راؤول كاسترو", "CUBGOV"),  # president to 2018-04-19
    ("وقال راؤول كاسترو إن الحزب باق", "2018-06-01", "راؤول كاسترو", "CUBELI"),  # then a former office-holder
    ("وقالت عبير موسي إن الحزب سيقاطع", "2018-06-01", "عبير موسي", "TUNPTY"),
    ("وأكدت منظمة الأعراف دعمها للحوار", "2018-06-01", "منظمة الأعراف", "TUNBUS"),
])
def test_names_added_from_the_2018_corpus(real: marsad.Pipeline, text: str, day: str, surface: str,
                                          code: str | None) -> None:
    doc = real.analyse(text, day)
    found = [m.actor.code if m.actor else None for m in doc.mentions if m.text == surface]
    assert found == ([code] if code else []), [(m.text, m.type, m.actor.code if m.actor else None)
                                               for m in doc.mentions]


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وتواصل القوات عملياتها في إطار القضاء على الجماعات المسلحة", "القضاء", None),  # eliminating
    ("وقال القضاء الإيراني إن المتهمين سيحاكمون", "القضاء الإيراني", "IRNJUD"),
    ("ووقعت شركات الطيران اتفاقا جديدا", "الطيران", None),  # airlines, no air force
    ("وقصف الطيران السوري مواقع المعارضة", "الطيران السوري", "SYRMIL"),
    ("وأدانت هيئة الطيران المدني البحرينية الحادث", "هيئة الطيران المدني البحرينية", "BHRGOV"),
    ("وأعلنت القيادة العامة للقوات المسلحة المصرية مقتل مسلحين", "القيادة العامة للقوات المسلحة المصرية",
     "EGYMIL"),
    ("وقال ضباط المخابرات الأردنية إن الخلية كانت تخطط لهجمات", "ضباط المخابرات الأردنية", "JORSPY"),
    ("وقالت منظمة العفو إن المعتقلين تعرضوا للتعذيب", "منظمة العفو", "NGONGO"),
    ("وقالت الجمعية الوطنية للبنادق إن القانون مرفوض", "الجمعية الوطنية للبنادق", "USANGO"),
    ("وقال الاتحاد المسيحي الاجتماعي إن الخلاف انتهى", "الاتحاد المسيحي الاجتماعي", "DEUPTY"),
    ("ورفض الاتحاد المسيحي الديمقراطي المقترح", "الاتحاد المسيحي الديمقراطي", "DEUPTY"),
    ("وقالت الممثلة العليا للاتحاد الأوروبي إن الاتفاق صامد", "الممثلة العليا للاتحاد الأوروبي", "IGOIGO"),
    ("وصادق المجلس الوطني التأسيسي على الدستور", "المجلس الوطني التأسيسي", "TUNLEG"),
    ("وأعلنت الهيئة الوطنية للانتخابات النتائج", "الهيئة الوطنية للانتخابات", "EGYGOV"),
])
def test_a_bodys_words_give_its_sector(real: marsad.Pipeline, text: str, surface: str, code: str | None) -> None:
    """Well-known bodies and offices with the sector they have (not the air force of الطيران المدني, not the
    judiciary of القضاء على, not an actress of الممثلة العليا); `code` None: no mention at all."""
    doc = real.analyse(text, "2018-06-01")
    found = [m.actor.code if m.actor else None for m in doc.mentions if m.text == surface]
    assert found == ([code] if code else []), [(m.text, m.actor.code if m.actor else None) for m in doc.mentions]
