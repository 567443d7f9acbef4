"""A trigger's letters in another sense than the act, told by the words right around them.

* a verb alone between quote marks is a name or a title — بدأت الحفلة بإطلالة "وعد": a singer, no promise; a
  reported verb is never quoted alone, it comes with its clause (but a verbal noun is: أكد في تغريدة "رفض" أي
  اتفاق, his rejection of any deal; أعربت عن "إدانتها"، their condemnation);
* a demand or a call whose doer is a thing, not a party: in a relative clause on a thing (الأهداف النبيلة التي
  دعت إلى مشاركته، البرنامج الذي تطلب وجود دعم) or with a thing heading its clause (أن نجاح السياسة الاقتصادية
  دعا إلى اختيار طوكيو): the thing prompts or requires, nobody asks; and تطلب after a masculine relative
  (الذي / مما تطلب) can only be تطلّب, 'it required' — she who asks would take التي; so for a threat: a thing
  that threatens (التقنية الحديثة، أحد المؤشرات التي تهدد الشباب؛ إن الوضع يهدد المنطقة) endangers, nobody threatens,
  and so does what went before (مما هدد المنازل، وهو ما يهدد النمو) and a thing a pronoun takes up (تضعا
  خلافاتهما جانبا لأنها تهدد المدنيين);
* قبضة with a pronoun or ta marbuta on power, a market or a scene is a grip held (قبضة النظام على السلطة), not
  القبض على, an arrest (a grip tightened on people, تشديد قبضة الحكومة على الأويغور, still coerces them);
* a noun of refusal in the genitive of a camp's noun names that camp by its stance (جناح الرفض، جبهة الرفض);
* a verbal noun with ـه that the text writes ـة is no verbal noun with its pronoun (قتله 'his killing'), but
  another noun (قتلة، killers): `ta_not_pronoun`, asked by the events stage, which reads the text's letters.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm, norm_words

_QUOTES = frozenset('" « » “ ” \''.split())
_ASKING = frozenset(norm_words("دعا يدعو طالب يطالب طلب يطلب حث يحث ناشد يناشد"))
# nouns of things that prompt or require (a document that calls is its author's call: بيان, رسالة, قرار not here)
_THINGS = norm_words("""الأهداف أهداف الأسباب أسباب الدوافع العوامل الظروف ظروف الأرقام المؤشرات الأمور الأوضاع الوضع
    التطورات الأحداث الحاجة الضرورة المصلحة المصالح البرنامج برنامج برنامجها برنامجه الخطة السياسة التحدي التطبيقات
    التطبيق الأعمال نجاح النجاح فشل الفشل المبادئ القيم الأفكار الفكرة الثقافة العقيدة التقدم الواقع التقنية
    التكنولوجيا التقنيات المخاطر الأخطار الظاهرة الظواهر الأزمة الأزمات التحديات الآفة الآفات الخلافات خلافات
    التوتر التوترات النزاعات الحريق الحرائق حرائق الحريقين الفيضانات الأمطار""")
# a consequence (أججا الحريقين مما هدد 1900 منزل؛ وهو ما يهدد نجاح الانتخابات): what went before endangers —
# not an object relative (وهو ما تهدد به الميليشيات: the militias threaten)
_WHICH_LED = norm_words("مما ومما")
_IT_WHAT = norm_words("هو وهو هذا وهذا ذلك وذلك")
# a pronoun taking up a thing (تضعا خلافاتهما جانبا لأنها تهدد بإلحاق الأذى: the differences endanger)
_IT_THAT = norm_words("لأنها لأنه إنها أنها وإنها فإنها كونها")
_SUFFIXES = ("هما", "هم", "ها", "ه")
_WHICH = norm_words("الذي التي والذي والتي")
_MASC_WHICH = norm_words("الذي والذي مما")  # (not ما: غالبا ما تطلب, 'she often asks')
_CLAUSE = frozenset(norm_words("أن إن لأن بأن وأن") | {"،", ",", ".", ":", "؛"})
_BACK = 8  # words back to the head of the verb's clause
_GRIP = norm("قبض")
_REQUIRED = norm("تطلب")  # (تطلّب, 'it required', after a masculine relative)
_ON = norm("على")
_CAMPS = norm_words("جناح جبهة معسكر محور")
_HELD = norm_words("السلطة الحكم المشهد الأمور الملف السوق الأسواق الاقتصاد اللعبة مؤسسات المؤسسات")


def other_sense(t: Trigger, toks: list[str], i: int, strip: int, verbal: bool,
                nouns: Mapping[str, list[Trigger]]) -> bool:
    """The hit at token `i` is the word in another sense (see the module; `nouns`: the noun forms of the entries):
    no trigger."""
    word = toks[i][strip:]
    if verbal and 0 < i < len(toks) - 1 and toks[i - 1] in _QUOTES and toks[i + 1] in _QUOTES:
        return t not in nouns.get(word, ())  # (تغريدة "رفض" أي اتفاق، عن "إدانتها": the verbal noun, quoted)
    if t.type == "REQUEST" and verbal and _stem(word) in _ASKING:
        return _thing_asks(toks, i) or word == _REQUIRED and i > 0 and toks[i - 1] in _MASC_WHICH
    if t.type == "REJECT" and not verbal and i > 0:
        return _bare(toks[i - 1], _CAMPS) in _CAMPS  # (جناح الرفض)
    if t.type == "THREATEN" and verbal:  # (المؤشرات التي تهدد الشباب، مما هدد المنازل: a thing endangers)
        return _thing_asks(toks, i) or _led_to(toks, i) or _thing_taken_up(toks, i)
    if t.type == "COERCE" and not verbal and word.startswith(_GRIP) and word != _GRIP:  # (قبضة، قبضته: a grip)
        on = next((k for k in range(i + 1, min(len(toks) - 1, i + 6)) if toks[k] == _ON), -1)
        return on > 0 and toks[on + 1] in _HELD  # (قبضة النظام على السلطة: on power, not on people)
    return False


def _stem(word: str) -> str:
    """The verb's 3rd person masculine stem, as the list holds it (دعت → دعا, تطالب → يطالب)."""
    if word in ("دعت", "دعوا"):
        return "دعا"
    for suffix in ("ون", "وا", "ت", "ا"):
        if word.endswith(suffix) and norm(word[:-len(suffix)]) in _ASKING:
            return norm(word[:-len(suffix)])
    return "ي" + word[1:] if word[:1] in ("ت", "ن") else word


def _thing_asks(toks: list[str], i: int) -> bool:
    """The verb at `i` has a thing for its doer: the antecedent of its relative pronoun (up to two adjectives
    between) or the head of its clause is a noun of a thing."""
    if i > 0 and toks[i - 1] in _WHICH:
        return any(_bare(toks[k]) in _THINGS for k in range(max(0, i - 4), i - 1))
    for k in range(i - 1, max(-1, i - 1 - _BACK), -1):
        if toks[k] in _CLAUSE:
            return k + 1 < i and _bare(toks[k + 1]) in _THINGS
    return i <= _BACK and _bare(toks[0]) in _THINGS


def _led_to(toks: list[str], i: int) -> bool:
    """The verb at `i` follows مما / وهو ما: a consequence of what went before, unless it takes the relative back
    (تهدد به: its own subject threatens)."""
    if i == 0 or i + 1 < len(toks) and toks[i + 1] in ("به", "بها"):
        return False
    return toks[i - 1] in _WHICH_LED or i > 1 and toks[i - 1] == "ما" and toks[i - 2] in _IT_WHAT


def _thing_taken_up(toks: list[str], i: int, back: int = 3) -> bool:
    """The verb's subject is a pronoun on لأن / إن / كون right before it that takes up a thing a few words back
    (خلافاتهما جانبا لأنها تهدد)."""
    if i < 2 or toks[i - 1] not in _IT_THAT:
        return False
    for k in range(i - 2, max(-1, i - 2 - back), -1):
        w = _bare(toks[k])
        if w in _THINGS or any(w.endswith(x) and w[:-len(x)] in _THINGS for x in _SUFFIXES):
            return True
    return False


def _bare(w: str, words: frozenset[str] = _THINGS) -> str:
    """The word without a conjunction or preposition before it, where that leaves one of `words` (بالأهداف)."""
    return next((w[len(p):] for p in ("وب", "ول", "و", "ف", "ب", "ل") if w.startswith(p) and w[len(p):] in words), w)


def ta_not_pronoun(t: Trigger, body: str) -> bool:
    """The noun hit's word `body` (its clitics off), written with ta marbuta, reads as one of the entry's verbal
    nouns with the pronoun ه only (قتله from قتل): the ة says it is another noun (قتلة: killers), no act."""
    b = body[2:] if body.startswith("ال") else body
    bases = _bases(t)
    return b.endswith("ه") and b not in bases and b[:-1] in bases


@lru_cache(maxsize=4096)
def _bases(t: Trigger) -> frozenset[str]:
    """The entry's verbal nouns and listed forms, normalised (once per entry)."""
    return frozenset(norm(w) for w in (*t.masdar, *t.forms))
