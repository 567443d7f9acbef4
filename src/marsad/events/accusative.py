"""Participants that are only objects: an indefinite accusative noun (ناشطاً، مسلحا، جنديا عراقيا), unless a
count from 11 to 99 takes the accusative (نحو 40 متظاهرا), and a nationality describing goods or envoys named
indefinitely (رسوم على سلع أميركية، طرد 23 دبلوماسيا روسيا); used by events/arguments."""

from __future__ import annotations

from marsad.doc import Mention
from marsad.text.normalize import norm_words


def of_goods(kind: str, toks: list[str], i: int) -> bool:
    """رسوم على سلع أميركية, طرد دبلوماسيين أميركيين: a nationality describing goods, or envoys named
    indefinitely, names what is acted on, never who acts."""
    if kind != "nationality" or i == 0:
        return False
    w = toks[i - 1]
    return w.removeprefix("و") in _ENVOYS or any(
        f in _GOODS for f in (w, w.removeprefix("و"), w.removeprefix("ال"), w.removeprefix("وال")))


def accusative(m: Mention, tok: str) -> bool:
    """ناشطاً, مسلحا, جنديا: an indefinite noun with the accusative ending (tanwin fath, written ا) — the object of
    a verb, not its subject. Definite nouns and broken plurals in ـايا (ضحايا) cannot carry it."""
    if m.type not in ("AGENT", "NORP") or tok.startswith(("ال", "وال", "بال", "لل")) \
            or tok.removeprefix("و") in ("ميليشيا", "مليشيا"):  # (a loanword's own final alif: ميليشيا الحوثي)
        return False
    return m.text.rstrip().endswith("\u064b") or (
        len(tok) > 4 and tok.endswith("ا") and not tok.endswith(("وا", "ايا", "اا")))


_GOODS = norm_words("سلع واردات منتجات بضائع صادرات شحنات")
_ENVOYS = norm_words("دبلوماسيين دبلوماسيا")  # indefinite: طرد 23 دبلوماسيا روسيا (الدبلوماسيون الروس may act)
_TENS = norm_words("""عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين
    تسعون تسعين""")


def counted(toks: list[str], i: int) -> bool:
    """نحو 40 متظاهرا, عشرين شخصا: after a number from 11 to 99 the accusative is the count's, the noun may be a
    subject (تجمع نحو 40 متظاهرا أمام ...)."""
    return i > 0 and (toks[i - 1].isdigit() or toks[i - 1] in _TENS)
