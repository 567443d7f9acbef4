"""What an armed body's craft and units belong to: مروحيات تابعة للجيش الأفغاني, العربات المدرعة التابعة
للميليشيات — the party after تابعة لـ owns the craft or unit named right before it (one word of description may
stand between) and stands for it as the construct مروحيات الجيش would: it takes that noun's place in the sentence,
the subject or the object of the verb, not a لـ phrase of its own that a verb of attack reads as its target
(events/arguments). Only nouns of craft and units that act (not sites, posts or groups that an attack noun's
genitive or a verb's unnamed subject could precede: مقرات تابعة لـ، مجموعات تابعة لـ) and only bare ones (a
preposition on the noun — لمواقع تابعة لـ — keeps the party's لـ)."""

from __future__ import annotations

from marsad.text.normalize import norm_words

_BELONGING = norm_words("تابعة التابعة تابع التابع تابعين التابعين تابعه تابعتين")
_CRAFT = norm_words("""طائرات طائره مروحيات مروحيه مقاتلات مقاتله طيران قوات قوه وحدات وحده دوريات دوريه زوارق
    زورق سفن سفينه بوارج عربات عربه اليات اليه مدرعات دبابات ميليشيات كتائب فصائل مسلحين مسلحون عناصر
    افراد جنود قناصه""")


def _craft(word: str) -> bool:
    w = word[1:] if word.startswith("و") and len(word) > 3 else word
    return w in _CRAFT or w.startswith("ال") and w[2:] in _CRAFT


def owned_head(toks: list[str], i: int, prev_end: int) -> int:
    """Where the craft or unit owned by the party whose mention starts at `i` stands, when the words before it
    read <noun> (<one word>) تابعة لـ<party> (the party's لـ a proclitic) and the noun is no other participant's
    (it starts at or after `prev_end`, where the participant before ends); else `i` itself."""
    if i < 2 or toks[i - 1] not in _BELONGING or not toks[i].startswith("ل"):
        return i
    head = next((k for k in (i - 2, i - 3) if k >= max(prev_end, 0) and _craft(toks[k])), -1)
    return head if head >= 0 else i
