"""Acts still being arranged, only instructed or only held necessary, in constructions events/modality,
events/unrealised, events/planned and events/called_for do not read:

- the act after the لـ of a noun of planning or preparing said to be under way — الإعدادات جارية لاستضافة أنقرة
  لقاء بين الرؤساء، يجري التخطيط لعقد قمة — and a meeting taken up again by a pronoun in its relative clause
  after such a noun or a word of expecting — القمة التي يقول مسؤولون إن التخطيط يجري لعقدها: future;
- the act after the بـ of a verb of charging someone with it — كلف الرئيس وزيره بالمطالبة بحماية دولية، أوعز
  للجيش بشن هجوم — or the purpose after لـ of a going someone was asked or charged to make — طلب من مندوبه التوجه
  إلى مجلس الأمن للمطالبة بـ: conditional (the charging itself is told, the act not yet done);
- the act right after a noun of necessity, past a verbal noun of carrying it out — شددت على وجوب تنظيم زيارة
  قنصلية، أكد ضرورة عقد اجتماع: conditional;
- what a plan, a proposal or a draft includes — خطة لمكافحة الإدمان تشمل معاقبة التجار وحث البرلمان على —:
  conditional;
- a material act (aid, a sanction, a deployment) named after the لـ of a meeting or conference as its purpose —
  مؤتمر للمانحين عقد لتقديم مساعدات إنسانية: future (what a conference is for is pledged there, not yet given);
  not talks' own topic (اجتماع لبحث الأزمة: the meeting itself).
The event stays coded, not counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.cues import WHICH
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_BREAK = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")", "-", "–", "—"})
# a noun of planning or preparing (التخطيط، الإعدادات، التحضيرات، الترتيبات)
_PREPARING = norm_words("""التخطيط الاعداد الاعدادات التحضير التحضيرات الاستعدادات الترتيبات الترتيب التجهيزات
    التجهيز والتخطيط والاعدادات والتحضيرات والاستعدادات والترتيبات""")
# ... said to be under way (جارية، يجري، تجري، قائمة على قدم وساق)
_UNDER_WAY = norm_words("جار جاريه جارٍ يجري تجري تجرى يجرى متواصله مستمره قائمه")
# a word of expecting or scheduling in a meeting's relative clause (القمة التي من المقرر عقدها)
_EXPECTING = norm_words("""المقرر المتوقع المنتظر المرتقب المزمع يتوقع تتوقع يعتزم تعتزم يعتزمون تعتزمان""")
# a verbal noun of holding, with a pronoun for the meeting (لعقدها، عقده، لإجرائها، تنظيمها)
_HOLDING = tuple(norm_words("عقد اجراء تنظيم انعقاد استضافه"))
_PRONOUNS = ("ها", "ه", "هما")
# a verb or noun of charging someone with an act (كلفه بـ، تكليف الوزير بـ، أوعز إلى الجيش بـ)
_CHARGING = norm_words("""كلف كلفت كلفه كلفها كلفهم كلفوا يكلف تكلف تكليف بتكليف تكليفه تكليفها اوعز اوعزت يوعز
    توعز وكلف وكلفت واوعز واوعزت""")
# a verb of asking someone (طلب من X) and a verbal noun of going (التوجه، الذهاب، السفر)
_ASKED = norm_words("طلب طلبت وطلب وطلبت يطلب تطلب كلف كلفت اوعز اوعزت امر امرت")
_GOING = norm_words("التوجه بالتوجه الذهاب بالذهاب السفر بالسفر التوجه التحرك بالتحرك")
# a noun of necessity (وجوب، ضرورة) and a verbal noun of carrying out between it and the act
_NEEDED = norm_words("وجوب بوجوب لوجوب ضروره بضروره لضروره")
_CARRY = norm_words("تنظيم عقد اجراء فرض شن تنفيذ اتخاذ تقديم ارسال")
# a meeting or conference whose purpose the act is (مؤتمر للمانحين عقد لتقديم مساعدات)
_MEETINGS = norm_words("مؤتمر المؤتمر مؤتمرا اجتماع الاجتماع اجتماعا قمه القمه لقاء اللقاء اجتماعات مؤتمرات")
_HELD = norm_words("عقد عقدت انعقد انعقدت يعقد تعقد")  # (مؤتمر ...، عقد لتقديم: the conference held for it)
_PRESS = norm_words("صحفي صحافي الصحفي الصحافي صحفيا صحافيا")
# a plan, a proposal or a draft, and a verb naming what it includes (خطة ... تشمل السعي إلى ... وحث الكونغرس)
_PLANS = norm_words("""خطه الخطه خطته خطتها بخطه لخطه مبادره المبادره مبادرته مبادرتها بمبادره مقترح المقترح مقترحا
    مسوده المسوده مشروع مشروعا""")
_INCLUDES = norm_words("تشمل يشمل تتضمن يتضمن تنص ينص تقضي يقضي")
_MATERIAL = frozenset({"AID", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "COOPERATE"})


def _clause_back(toks: list[str], i: int, reach: int, over: frozenset[str] = frozenset()) -> range:
    """Indices before i back to the start of i's clause (a comma or a full stop), at most `reach` words; past a
    comma that right follows (`over`) or is right followed (`_HELD`) by a word of the construction (بالتوجه، إلى
    الأمم المتحدة لطلب; مؤتمر للمانحين في بروكسل، عقد لتقديم)."""
    k = i - 1
    while k >= 0 and i - k <= reach and (toks[k] not in _BREAK or toks[k] in ("،", ",") and 0 < k < i - 1 and (
            toks[k - 1] in over or toks[k + 1] in _HELD and over)):
        k -= 1
    return range(i - 1, k, -1)


def _under_preparation(toks: list[str], i: int) -> bool:
    """A noun of planning or preparing, with a word of its being under way, then a لـ a few words before the act
    or on it (الإعدادات جارية لاستضافة تركيا لقاء، يجري التخطيط لعقد قمة)."""
    back = list(_clause_back(toks, i + 1, 9))
    lam = next((k for k in back if toks[k][:1] == "ل" and len(toks[k]) > 3 and i - k <= 3), None)
    if lam is None:
        return False
    before = [toks[k] for k in back if k < lam]
    return any(w in _PREPARING for w in before) and any(w in _UNDER_WAY for w in before)


def _relative_arranged(toks: list[str], j: int) -> bool:
    """A meeting's relative clause (التي / الذي right after it) that names a noun of preparing or a word of
    expecting, then a verbal noun of holding with a pronoun for the meeting (التي يقول مسؤولون إن التخطيط يجري
    لعقدها)."""
    if j >= len(toks) or toks[j] not in WHICH:
        return False
    seen = False
    for k in range(j + 1, min(len(toks), j + 12)):
        w = toks[k]
        if w in _BREAK:
            return False
        seen = seen or w in _PREPARING or w in _EXPECTING
        bare = w.removeprefix("ل")
        if seen and any(bare == h + p for h in _HOLDING for p in _PRONOUNS):
            return True
    return False


def _attached(w: str, strip: int) -> bool:
    """The word carries a بـ / لـ proclitic (a form listed with its article: بالمطالبة، للمطالبة)."""
    return w[:1] in ("ب", "ل") and (strip > 0 or w[1:3] == "ال" or w[:2] == "لل")


def _charged(toks: list[str], hit: TriggerHit) -> bool:
    """The act after the بـ a verb of charging governs (كلف X بالمطالبة), or the purpose after لـ of a going someone
    was asked to make (طلب من X التوجه إلى Y للمطالبة)."""
    i = hit.i
    w = toks[i]
    if not _attached(w, hit.strip):
        if i > 0 and toks[i - 1][:1] == "ب" and toks[i - 1][1:] in _CARRY:
            w, i = toks[i - 1], i - 1  # (كلفه بتنظيم زيارة)
        else:
            return False
    back = list(_clause_back(toks, i, 10, _GOING))
    if w[:1] == "ب":
        return any(toks[k] in _CHARGING for k in back)
    going = next((k for k in back if toks[k] in _GOING), None)
    return going is not None and any(toks[k] in _ASKED for k in range(going - 1, max(-1, going - 11), -1))


def _needed(toks: list[str], i: int) -> bool:
    """Right after a noun of necessity, or past one verbal noun of carrying out (وجوب تنظيم زيارة)."""
    return i > 0 and toks[i - 1] in _NEEDED or i > 1 and toks[i - 1] in _CARRY and toks[i - 2] in _NEEDED


def _conference_purpose(toks: list[str], hit: TriggerHit) -> bool:
    """A material act after the لـ on its own word, a meeting or conference (not a press one) a few words back in its
    clause (مؤتمر للمانحين في بروكسل عقد لتقديم مساعدات)."""
    if hit.trigger.type not in _MATERIAL or hit.verbal or not _attached(toks[hit.i], hit.strip) \
            or toks[hit.i][:1] != "ل":
        return False
    back = list(_clause_back(toks, hit.i, 8, _MEETINGS))
    return any(toks[k] in _MEETINGS and not (k + 1 < len(toks) and toks[k + 1] in _PRESS) for k in back)


def _in_plan(toks: list[str], i: int) -> bool:
    """The act among what a plan or a proposal includes (خطة لمكافحة الإدمان تشمل ... وحث الكونغرس على): a verb of
    including up to nine words back in the clause, a noun of plan up to eight words before that verb."""
    for k in _clause_back(toks, i, 10):
        if toks[k] in _INCLUDES:
            return any(toks[m] in _PLANS for m in _clause_back(toks, k, 9))
    return False


def arranged(toks: list[str], hit: TriggerHit) -> str | None:
    """The mood of an act still being arranged, only charged or held necessary (see the module's note), or None."""
    if hit.trigger.type == "CONSULT" and not hit.verbal and _relative_arranged(toks, hit.j):
        return "future"
    if _under_preparation(toks, hit.i) or _conference_purpose(toks, hit):
        return "future"
    if _charged(toks, hit) or _needed(toks, hit.i) or _in_plan(toks, hit.i):
        return "conditional"
    return None
