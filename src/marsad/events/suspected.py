"""Acts told only as alleged, not as fact: what a suspicion is of (للاشتباه في تورطه في قتل، يشتبه بارتكابه
هجوما), what rumours or claims are about (شائعات عن خطف أطفال، مزاعم باستخدام الكيماوي) and reports looked into or
criticised (تحقق في تقارير عن التعذيب), an act called alleged (هجوم كيماوي مزعوم), an act someone is held
responsible for (حمّلت X مسؤولية مقتل ...) and an act done by habit, no particular one (دأبوا على استهداف المدنيين).
The suspicion, the charge or the accusation is the news: the act is coded, not counted (called from
events/history.case_of)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_BREAKS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")"})
# a suspicion of it (not شبه, 'semi': شبه الجزيرة, nor المشتبه به alone: the suspect, named before the act)
_SUSPICION = norm_words("""يشتبه ويشتبه للاشتباه وللاشتباه بالاشتباه اشتباه الاشتباه بشبهه لشبهه شبهات بشبهات
    شكوك الشكوك شكوكا""")
# rumours, claims, reports — with عن / حول / بشأن / بـ / بأن right after them: what they tell of is not confirmed
_CLAIMS = norm_words("""شائعات الشائعات اشاعات الاشاعات مزاعم المزاعم ادعاءات الادعاءات""")
# ... and reports, only as what is looked into, denied or criticised — with عن / حول / بشأن, not the subject of a verb
# of telling (تحقق في تقارير عن التعذيب; not أفادت تقارير بمقتل، تحدثت تقارير عن سقوط قتلى: news told)
_REPORTS = norm_words("تقارير التقارير")
_TELL = norm_words("""افادت وافادت ذكرت وذكرت تحدثت وتحدثت اشارت واشارت قالت وقالت اكدت واكدت كشفت وكشفت نقلت
    ونقلت تفيد وتفيد تشير وتشير تتحدث وتتحدث""")
_ABOUT = norm_words("عن حول بشان بخصوص")
_CALLED = norm_words("مزعوم المزعوم مزعومه المزعومه مزعومين المزعومين مزعومون")  # هجوم كيماوي مزعوم
_HOLD = norm_words("""حمل حملت حملوا وحمل وحملت وحملوا يحمل تحمل يحملون يحملان تحملان ويحمل وتحمل محملا محمله محملين
    تحميل وتحميل""")
_RESPONSIBILITY = norm_words("مسؤوليه المسؤوليه مسئوليه المسئوليه")
_HABIT = norm_words("دابت دابوا داب يداب تداب يدابون اعتادت اعتادوا اعتاد يعتاد تعتاد يعتادون")
_REACH = 7  # words from the cue (past its preposition) to the act
_MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID"})  # (not a visit the reports tell of)
# a time or a cause opens another clause (يشتبه في تنفيذه الاعتداء بعد رفض طلبه: the refusal is a fact)
_STOPS = norm_words("""بعد بعدما قبل قبلما عقب اثر جراء منذ خلال اثناء حين حينما عندما لما بينما فيما بسبب بفعل بحسب
    بموجب بين الذي التي الذين""")  # (a relative clause tells a fact: البالونات التي تسببت في حرق)
# what a suspicion, a rumour or a claim is of opens right after it (للاشتباه في، يشتبه بتورطه، شائعات عن، مزاعم
# بارتكاب، بأن); not a cause or a time (تحيطها الشكوك بسبب استمرار المقاطعة: the boycott is a fact)
_OF = norm_words("في حول عن بشان بخصوص ان انه انها انهم")


def _opens_content(w: str) -> bool:
    return w in _OF or w[:1] == "ب" and len(w) > 2 and w not in _STOPS


_THAT = norm_words("ان انه انها انهم بان بانه بانها بانهم")


def _identity(toks: list[str], o: int, i: int) -> bool:
    """A suspicion of who someone is, not of an act: after بأنهم / أنه the act comes further than one word on
    (مسلحين يشتبه بأنهم متشددون إسلاميون قتلوا: the killing is told as fact; not يشتبه بأنه نفذ الهجوم)."""
    return toks[o] in _THAT and i - o > 2


def _clause(toks: list[str], k: int, i: int) -> bool:
    """Nothing between k and i breaks the clause or counts (a number tells a toll: يشتبه بأنهم متطرفون 18 شخصا)."""
    return not any(w in _BREAKS or w in _STOPS or w.isdigit() for w in toks[k + 1:i])


def suspected(toks: list[str], hit: TriggerHit) -> bool:
    """The act at `hit` is only suspected, rumoured, claimed, called alleged, held against someone, or done by
    habit (see the module's docstring)."""
    i = hit.i
    if hit.trigger.type not in _MATERIAL:
        return False
    if any(w in _CALLED for w in toks[hit.j:hit.j + 3]) and not any(w in _BREAKS for w in toks[hit.j:hit.j + 2]) \
            or any(w in _CALLED and _clause(toks, k, i) for k, w in enumerate(toks[:i]) if k >= i - 3):
        return True  # هجوم كيماوي مزعوم، الهجوم المزعوم بأسلحة كيماوية (not الانتهاكات المزعومة وقعت فيما توغل)
    if any(w in _HABIT for w in toks[max(0, i - 2):i]):
        return True  # دأبوا على استهداف الأبرياء, اعتادت قصف ...
    for k in range(i - 1, max(-1, i - _REACH - 2), -1):
        w = toks[k]
        if w in _BREAKS:
            return False
        if w in _SUSPICION and (k + 1 == i or _opens_content(toks[k + 1]) and not _identity(toks, k + 1, i)) \
                and _clause(toks, k, i):
            return True
        if w in _CLAIMS and k + 1 < len(toks) and _opens_content(toks[k + 1]) and _clause(toks, k, i):
            return True
        if w in _REPORTS and k + 1 < len(toks) and toks[k + 1] in _ABOUT and (k == 0 or toks[k - 1] not in _TELL) \
                and _clause(toks, k, i):
            return True
        if w in _RESPONSIBILITY and _clause(toks, k, i) and any(t in _HOLD for t in toks[max(0, k - 6):k]) and (
                k == i - 1 or i - k <= 4 and toks[i].startswith("و")):
            return True  # حمّلت X مسؤولية مقتل Y، مسؤولية نشر الصاروخ ومقتل ... (not a long list past a means)
    return False
