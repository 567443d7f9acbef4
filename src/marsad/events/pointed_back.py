"""A noun of accusation or criticism denied or answered after a demonstrative points back: no new accusation.

وتنفي قطر بشدة، هذه الاتهامات؛ يكذب تاريخ المدينة هذه الاتهامات؛ ردت الممثلة على هذه الانتقادات: the accusation
was told before (its accuser there), and this sentence tells its denial (REJECT) or a reply to it, not that someone
accuses. With a verb of denying, rebutting, refusing or replying a few words before the demonstrative, the noun is no
trigger of an ACCUSE event. Elsewhere it stays one (لا يستطيع تأكيد هذا الاتهام: the accusation a sentence has just
told in other words), and so does a verb of accusing (اتهم، انتقد، وجه هذا الاتهام) and any other noun after a
demonstrative (هذه المحاكمة), which names the act itself.
"""

from __future__ import annotations

from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm_words

_THIS = norm_words("هذه هذا تلك ذلك هاته هذي")
_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل", "ك")  # لهذه، بهذه، وتلك
_STATED = norm_words("اتهام اتهامات انتقاد انتقادات")  # the nouns, without the article
_DENY = norm_words("""نفى نفت نفوا ينفي تنفي ينفون نافيا نافية كذب كذبت يكذب تكذب فند فندت يفند تفند دحض دحضت يدحض
    رفض رفضت رفضوا يرفض ترفض رد ردت ردوا يرد ترد ردا""")
_BACK = 6  # words from the demonstrative back to the verb (وتنفي قطر بشدة، هذه؛ ردت الفنانة سهير رمزي على تلك)


def pointed_back(t: Trigger, toks: list[str], i: int, strip: int, verbal: bool) -> bool:
    """The hit at token `i` is a definite noun of accusation or criticism right after a demonstrative, a verb of
    denial or reply before it (see the module): not an ACCUSE trigger."""
    if t.type != "ACCUSE" or verbal or i == 0:
        return False
    w = toks[i][strip:]
    if not w.startswith("ال") or w[2:] not in _STATED:
        return False
    prev = toks[i - 1]
    if not (prev in _THIS or any(prev.startswith(c) and prev[len(c):] in _THIS for c in _CLITICS)):
        return False
    return any(w in _DENY or w[:1] in ("و", "ف") and w[1:] in _DENY for w in toks[max(0, i - 1 - _BACK):i - 1])
