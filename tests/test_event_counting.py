"""What the coder counts as having happened (`reported`): history recalled with its year is coded, not counted."""

from __future__ import annotations

import pytest

import marsad


@pytest.mark.parametrize(("sentence", "typ", "reported", "why"), [
    ("واعتقلت الشرطة التركية الصحفي في إسطنبول أمس", "COERCE", True, "news of the article's time"),
    ("واعتقلت الشرطة التركية الصحفي في إسطنبول عام 2012", "COERCE", False, "a year long before the article's"),
    ("وتحتجز السلطات التركية الصحفي منذ عام 2016", "COERCE", True, "منذ: still going on"),
    ("واعتقلت الشرطة التركية الصحفي في إسطنبول قبل ست سنوات", "COERCE", False, "قبل ست سنوات: years ago"),
    ("واعتقلت الشرطة التركية الصحفي في إسطنبول قبل يومين", "COERCE", True, "قبل يومين: two days ago is news"),
    ("واعتقلت الشرطة التركية الصحفي في إسطنبول عام 2017", "COERCE", True, "last year is recent background"),
    ("واتهم الإسباني سوسو لاعب نادي ليفربول السابق زميله بالمثلية", "ACCUSE", False, "a player's quarrel, sports"),
    ("وعرف الرجل أن لديه شقيقا بعد أن التقت امرأة تعمل معه بأخيه", "CONSULT", False, "private people meeting"),
    ("ما شهدته تركيا في الأيام الأخيرة من العام 2013 كان استثنائيا عندما قامت الشرطة بتوقيف أبناء وزراء", "COERCE",
     False, "the year named as the time of the clause before"),
    ("وفي العام 2006، اغتيل العميل السابق في اعتداء اتهمت بريطانيا روسيا بالوقوف وراءه", "ACCUSE", False,
     "a year fronted at the sentence's start"),
    ("وفي مارس 2009، قطعت الحكومة المغربية علاقاتها مع فنزويلا", "SANCTION", False,
     "a year named after its month, fronted"),
    ("وفي 3 أكتوبر 2014، اعتقلت الشرطة التركية صحفيا في إسطنبول", "COERCE", False,
     "day, month and year fronted"),
    ("ومنذ 12 يناير 2012، يعتصم معلمون مغاربة كل أسبوع أمام البرلمان المغربي", "PROTEST", True,
     "منذ before a fronted date: still going on"),
])
def test_history_is_coded_not_counted(real: marsad.Pipeline, sentence: str, typ: str, reported: bool,
                                      why: str) -> None:
    events = [e for e in real.code(sentence, "2018-05-10") if e.event_type == typ]
    assert events, why
    assert any(e.reported for e in events) is reported, why


@pytest.mark.parametrize(("sentence", "typ", "mode", "why"), [
    ("قال الرئيس إن اجتماعه المقبل مع نظيره الروسي سيكون في هلسنكي", "CONSULT", "future", "المقبل after the noun"),
    ("وعقد الرئيس اجتماعا مع نظيره الروسي في هلسنكي أمس", "CONSULT", "asserted", "a meeting that took place"),
    ("قالت المصادر إن الشركة تستعد لمقاضاة الحكومة المصرية", "ACCUSE", "future", "تستعد لـ: being prepared"),
    ("وأفادت الخارجية الأمريكية بوجود استعدادات لقمة بين زعيمي البلدين", "CONSULT", "future",
     "استعدادات لـ: a summit being prepared"),
    ("وقالت المتحدثة إن الرئيس الأمريكي يتطلع إلى زيارة بريطانيا", "CONSULT", "future",
     "يتطلع إلى: looks forward to it"),
    ("وذكرت الصحيفة أن الولايات المتحدة ستعلن عن عقوبات جديدة على روسيا", "SANCTION", "future",
     "ستعلن عن: to be announced"),
    ("ونصت الوثيقة على مفاوضات لاحقة بين الولايات المتحدة وكوريا الشمالية", "CONSULT", "future",
     "مفاوضات لاحقة: to follow"),
    ("وقال الرئيس إن من الممكن عقد قمة ثلاثية مع نظيره الروسي", "CONSULT", "conditional",
     "من الممكن: possible, not held"),
    ("ومهد اللقاء الطريق للقمة، التي ستجمع الرئيسين في فيينا منتصف يونيو", "CONSULT", "future",
     "a relative clause in the future (التي ستجمع) dates the summit"),
    ("وسيبحث الوفد الملف خلال زيارة يقوم بها إلى موسكو الأسبوع المقبل", "CONSULT", "future",
     "الأسبوع المقبل in the noun's clause"),
    ("وقال الوزير الفرنسي إن اجتماع الأسبوع الماضي مع نظيره الروسي مهد لقمة الشهر المقبل", "CONSULT", "asserted",
     "a past date comes before the coming one: the meeting took place"),
    ("وقالت الوكالة إن الرئيسين المصري والسوداني سيجريان مباحثات في الخرطوم", "CONSULT", "future",
     "a dual governing verb with س (سيجريان مباحثات)"),
    ("وأعلنت الوزارة عن زيارة مرتقبة لوفد فرنسي إلى الجزائر", "CONSULT", "future",
     "an indefinite awaited visit (زيارة مرتقبة)"),
    ("وقال المدعي العام الأمريكي إن الاتهامات ستوجه إليه يوم الجمعة", "ACCUSE", "future",
     "the noun is the subject of its own future verb (الاتهامات ستوجه)"),
    ("وقال مسؤولون إن الوفد الأمريكي يبحث في سيول الإعداد للقمة المحتملة بين الرئيس الأمريكي والزعيم الكوري الشمالي",
     "CONSULT", "conditional", "a possible summit (القمة المحتملة)"),
    ("وتعهدت الحكومة البريطانية بتجميد أصول المسؤولين الروس", "SANCTION", "future", "تعهدت بـ: pledged"),
    ("وعاد الرئيس الأمريكي للتهديد بفرض رسوم جمركية على الصين", "SANCTION", "future", "للتهديد بـ: threatened"),
    ("ومن المقرر أن تبدأ الحزمة الثانية من العقوبات الأمريكية على إيران في نوفمبر", "SANCTION", "future",
     "من المقرر أن further back than the window"),
    ("وقال الجنرال الأمريكي إن التنظيم ما زال بإمكانه الهجوم على القوات العراقية", "ASSAULT", "conditional",
     "بإمكانه: able to, not done"),
    ("وأطلقت الشرطة التونسية الغاز لمنع المحتجين التونسيين من اقتحام مقر الولاية", "PROTEST", "conditional",
     "لمنع X من: prevented"),
    ("وكان المعتقلون المصريون يخططون لارتكاب هجمات على الكنائس المصرية", "ASSAULT", "future",
     "يخططون لـ: planned"),
    ("وقالت السلطات التونسية إن المهاجرين المصريين سيقع ترحيلهم اليوم عبر رحلة جوية", "COERCE", "future",
     "سيقع: Maghrebi 'will be done'"),
])
def test_coming_events_are_future(real: marsad.Pipeline, sentence: str, typ: str, mode: str, why: str) -> None:
    events = [e for e in real.code(sentence, "2018-07-10") if e.event_type == typ]
    assert events and events[0].modality == mode, why


@pytest.mark.parametrize(("sentence", "typ", "mode", "why"), [
    ("والشركتان معرضتان لعقوبات أميركية في حال واصلتا العمل في إيران", "SANCTION", "conditional",
     "exposed to sanctions if they go on: a condition after the act"),
    ("وهددت واشنطن بفرض عقوبات على أنقرة إذا لم تفرج عن القس", "THREATEN", "asserted",
     "the threat was made; the condition is its content"),
])
def test_conditions_after_the_act(real: marsad.Pipeline, sentence: str, typ: str, mode: str, why: str) -> None:
    events = [e for e in real.code(sentence, "2018-08-01") if e.event_type == typ]
    assert events and events[0].modality == mode, why


def test_a_protests_stated_purpose_is_not_a_second_protest(real: marsad.Pipeline) -> None:
    # احتجاجا على after a protest verb says what the protest is against; it is the same protest
    events = real.code("اعتصم مئات العمال أمام مقر الشركة احتجاجا على تأخر صرف رواتبهم", "2018-04-11")
    assert [e.event_type for e in events].count("PROTEST") == 1


@pytest.mark.parametrize(("sentence", "typ", "mode", "why"), [
    ("طلبت الحكومة من المحكمة الدولية فتح تحقيق في جرائم الحرب", "ACCUSE", "conditional",
     "فتح (the bare past doubles as the verbal noun) is what the request asks for"),
    ("وفتحت المحكمة الدولية تحقيقا في جرائم الحرب", "ACCUSE", "asserted", "no request: the inquiry was opened"),
    ("طالب المحتجون بالإفراج عن الصحفيين، واعتقلت الشرطة عشرة منهم", "COERCE", "asserted",
     "an arrest in a clause after the request's is an act of its own"),
])
def test_what_is_requested_has_not_happened(real: marsad.Pipeline, sentence: str, typ: str, mode: str,
                                           why: str) -> None:
    events = [e for e in real.code(sentence, "2018-07-10") if e.event_type == typ]
    assert events and events[0].modality == mode, why


@pytest.mark.parametrize(("sentence", "typ", "entry", "why"), [
    ("وأطلقت نداءات استغاثة لدعم المستشفيات اليمنية بعد سقوط قتلى بالرصاص", "ASSAULT", "assault-shoot",
     "أطلقت نداءات: calls launched, not shots"),
])
def test_other_senses_of_a_trigger(real: marsad.Pipeline, sentence: str, typ: str, entry: str, why: str) -> None:
    events = real.code(sentence, "2018-07-10")
    assert not any(e.event_type == typ and e.rule.startswith(f"trigger:{entry}@") for e in events), why


def test_a_sports_report_is_sports_in_every_sentence(real: marsad.Pipeline) -> None:
    """A sentence with no sports word of its own, in an article that speaks of a match: a federation's request is
    sports, not a political event; alone, it counts."""
    said = "وطلب مسؤولو الاتحاد المصري من نظرائهم السعوديين دعم ملفهم."
    report = "فاز المنتخب المصري على نظيره التونسي في المباراة الودية أمس. وسجل اللاعب هدفين في الشوط الثاني. " + said
    assert any(e.reported for e in real.code(said, "2018-07-10") if e.event_type == "REQUEST")
    assert not any(e.reported for e in real.code(report, "2018-07-10") if e.event_type == "REQUEST")
    state = report.replace(said, "وتتهم بريطانيا روسيا بمحاولة قتل الجاسوس الروسي.")
    assert any(e.reported for e in real.code(state, "2018-07-10") if e.event_type == "ACCUSE"), "a state still counts"


def test_two_states_meeting_in_a_sports_report_is_a_match(real: marsad.Pipeline) -> None:
    """In an article mostly about sports, two countries that 'meet' with no official named are teams playing a
    match: no consultation; an official meeting his counterpart there still counts, and so does the meeting alone."""
    report = "فاز المنتخب البرازيلي على نظيره السويسري في المباراة أمس. وسجل اللاعب هدفين في الشوط الثاني. "
    match = "وتلتقي اليوم إسبانيا مع البرتغال."  # (غدا would make it a meeting to come: events/ahead)
    assert not any(e.reported for e in real.code(report + match, "2018-07-10") if e.event_type == "CONSULT")
    official = "والتقى رئيس الوزراء الإسباني نظيره البرتغالي في مدريد."
    assert any(e.reported for e in real.code(report + official, "2018-07-10") if e.event_type == "CONSULT")
    assert any(e.reported for e in real.code(match, "2018-07-10") if e.event_type == "CONSULT")


@pytest.mark.parametrize("sentence", [
    "وطالب رئيس النادي الإفريقي التونسي اللاعبين بضرورة الالتفاف حول الفريق.",
    "وطالبت جماهير الوداد المغربي إدارة النادي بضرورة التعاقد مع مهاجم جديد.",
])
def test_players_fans_and_clubs_make_a_sentence_sports(real: marsad.Pipeline, sentence: str) -> None:
    """اللاعبين، المشجعين، النادي، الأندية are sports words: a club's or its fans' demand is no political event."""
    assert not any(e.reported for e in real.code(sentence, "2018-07-10") if e.event_type == "REQUEST")
