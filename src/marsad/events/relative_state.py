"""A state named as a place right before التي and a verb of saying — أثار القرار غضبا في قطر التي اتهمت جيرانها بـ،
وصل الوزير إلى بريطانيا التي تطالب موسكو بـ — is that verb's subject, not a location: the relative clause describes
the state, which speaks. Not when the verb carries an object pronoun (في تركيا التي تتهمها X: the state is then the
one accused; such forms are not in the list) nor for a masculine verb (في لبنان الذي: not التي)."""

from __future__ import annotations

from marsad.text.normalize import norm_words

# feminine singular verbs of accusing, demanding, rejecting, threatening and backing (past and present)
_SPEAKING = norm_words("""اتهمت تتهم طالبت تطالب انتقدت تنتقد نددت تندد دعت تدعو حثت تحث رفضت ترفض هددت تهدد
    حملت تحمل ادانت تدين دانت استنكرت تستنكر شجبت تشجب ايدت تؤيد دعمت تدعم عارضت تعارض""")


def speaking_state(toks: list[str], j: int) -> bool:
    """The country ending at token j is the subject of التي and a verb of saying right after it (see the module)."""
    return j + 1 < len(toks) and toks[j] == "التي" and toks[j + 1] in _SPEAKING
