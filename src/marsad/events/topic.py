"""A protest named only as what an inquiry, talks or words are about: a noun right after بشأن / حول / حيال / إزاء /
تجاه — تساؤلات بشأن الاحتجاجات، بيان حول المسيرة — or after the في of a noun of inquiry — فتحت النيابة تحقيقا في
أعمال الشغب، التحقيقات في الإضراب —, past a noun of incidents or circumstances (حوادث، أحداث، أعمال، ملابسات،
وقوع). The inquiry, the talks or the words are the news; the protest they are about is coded, not counted (called
from events/history.case_of), also with a relative clause after it that tells where (التحقيق في أعمال الشغب التي
شهدتها المدينة: the inquiry is still the news). Not a verb (حول is also 'turned': حول المحتجون الساحة إلى مخيم).

Not an attack: an inquiry into a strike or a killing — التحقيق حول الهجوم الكيماوي، بيان حول الضربات التي نفذتها
X — tells a reader the attack took place, and the judges of our samples count it as news.

A summit after عن / حول / بشأن that statements, reports or rumours are about (تصريحات الرئيس السابقة عن القمة،
أنباء حول القمة المقبلة) is their topic too: the words are the news, no meeting is told as held."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_TYPES = frozenset({"PROTEST"})
_ABOUT = norm_words("بشان حول حيال ازاء تجاه وبشان وحول")
_INQUIRY = norm_words("""تحقيق تحقيقا التحقيق تحقيقات التحقيقات والتحقيق وتحقيق بالتحقيق للتحقيق تحقيقه تحقيقها
    تحقيقاتها تحقيقاته""")
_IN = norm_words("في")
_INCIDENTS = norm_words("حوادث الحوادث حادث الحادث احداث الاحداث اعمال ملابسات وقوع حادثه")


# a summit named as what statements or reports are about (تصريحات بيونغيانغ السابقة عن القمة مع واشنطن، أنباء حول
# القمة): the words are the news, the summit is their topic, not a meeting told as held
_SUMMIT = "consult-summit"
_ON = norm_words("عن حول بشان بخصوص")
_WORDS = norm_words("""تصريحات التصريحات تصريحاته تصريحاتها تصريح التصريح تصريحه تصريحها حديث الحديث حديثه حديثها
    انباء الانباء تقارير التقارير تكهنات التكهنات شائعات الشائعات تساؤلات التساؤلات""")
_PUNCT = frozenset("، , . : ؛ « » \" ( )".split())


def topic_of(toks: list[str], hit: TriggerHit) -> bool:
    """The noun at `hit` is what talks or words are about, or what an inquiry looks into (see the module)."""
    if not hit.verbal and hit.trigger.id.startswith(_SUMMIT) and hit.i > 1 and toks[hit.i - 1] in _ON:
        for k in range(hit.i - 2, max(-1, hit.i - 5), -1):
            if toks[k] in _PUNCT:
                return False
            if toks[k] in _WORDS:
                return True
        return False
    if hit.verbal or hit.trigger.type not in _TYPES or hit.i < 1:
        return False
    k = hit.i - 1
    if toks[k] in _INCIDENTS and k > 0:
        k -= 1
    return toks[k] in _ABOUT or toks[k] in _IN and k > 0 and toks[k - 1] in _INQUIRY
