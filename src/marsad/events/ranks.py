"""The words between a title and the body it is one of: قيادي في حركة حماس، الحكومة في تايلاند — and past
adjectives of rank, قيادي بارز في حركة الشباب، مسؤولين كبار في تنظيم القاعدة —, past صفوف (ranks), قائد ميداني في
صفوف حركة الشباب —, or before a side of the country, الشرطة في شمال إيطاليا, or the body's force or mission, جنود
في قوة الأمم المتحدة. The title belongs to the body after
في (events/arguments), not to the country the sentence happens in.

Only a short closed list of adjectives of rank or standing may stand between the title and في (بارز، كبير،
رفيع المستوى، ميداني، سابق ...): any other word may open a phrase of its own (قتل جندي أمس في هجوم لحركة X: the
movement attacks, the soldier is not of it).
"""

from __future__ import annotations

from marsad.text.normalize import norm_words

_RANK_ADJECTIVES = norm_words("""بارز بارزا بارزة بارزين بارزون البارز البارزة البارزين البارزون كبير كبيرا كبيرة
    الكبير الكبيرة كبار الكبار رفيع رفيعا رفيعة الرفيع الرفيعة رفيعي رفيعو المستوى ميداني ميدانيا ميدانيين ميدانيون
    الميداني الميدانيين الميدانيون سابق سابقا السابق السابقين سابقين آخر آخرين الآخر مهم مهما هام هاما""")
# قائد في صفوف المتمردين; الشرطة في شمال إيطاليا; جنود في قوة الأمم المتحدة، ضابط في قوات التحالف (the force is
# the body's own)
_AFTER_IN = norm_words("صفوف شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي قوه قوات بعثه")


def in_ranks(gap: list[str]) -> bool:
    """`gap`, the words between a title and the body it is one of: up to two adjectives of rank, then في, then
    nothing or one of صفوف, the sides of a country and a force or mission."""
    k = 0
    while k < min(len(gap), 2) and gap[k] in _RANK_ADJECTIVES:
        k += 1
    rest = gap[k:]
    return rest[:1] == ["في"] and (len(rest) == 1 or len(rest) == 2 and rest[1] in _AFTER_IN)
