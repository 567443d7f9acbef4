"""Bare words a dictionary chunk stands on that name no body in their context (used by actors/grammar): a bare
ministry or navy word that is the adjective of the noun before it (الشؤون الداخلية، زيارة خارجية), الدفاع that is
"defending" or a defendant's lawyers (الدفاع عن، هيئة الدفاع), القضاء that is "eliminating" (القضاء على) and
الطيران that is civil aviation or a trade (الطيران المدني، شركات الطيران)."""

from __future__ import annotations

from marsad.actors.match import Chunk
from marsad.text.normalize import norm_words

# a bare الدفاع is the defence ministry only in a ministry's sense: not "defending" (الدفاع عن حقوق الإنسان), nor a
# defendant's lawyers (هيئة الدفاع, فريق الدفاع, محامي الدفاع) or a team's back line (خط الدفاع, قلب الدفاع)
_DEFENDING = norm_words("عن عنه عنها عنهم عنهما عنهن")
_DEFENCE_OF = norm_words("هيئة فريق محامي محامو محامية محامين وكلاء خط قلب لاعب")
# a bare القضاء before على is "eliminating" (القضاء على الإرهاب), no judiciary; a bare الطيران before المدني is civil
# aviation (ديوان الطيران المدني), no air force
_UPON = norm_words("على عليه عليها عليهم عليهما عليهن")
_CIVIL = norm_words("المدني المدنية مدني مدنية")
# ... nor after a noun of trade or travel: شركات الطيران (airlines), حركة الطيران (air traffic), تذاكر الطيران
_AVIATION_OF = norm_words("""شركة شركات لشركة لشركات وشركات بشركات خطوط تذاكر صناعة صناعات قطاع لقطاع حركة رحلات
    سلامة متن""")
# a bare الداخلية / الخارجية / البحرية right after a definite noun is its adjective, "internal / external / naval",
# no ministry or navy: الشؤون الداخلية العراقية، السياسة الخارجية، الألغام البحرية (a clitic-free word: not للخارجية;
# not after a function word spelt with ال: إلى الخارجية)
_BARE_MINISTRIES = norm_words("الداخلية الخارجية البحرية")
# ... and so is a generic noun of persons that is also an adjective: "brotherly", "working" — البلدين الشقيقين،
# المصريين العاملين بالخارج — no brothers nor workers (alone or after a verb or a preposition they are: اعتقلت
# الشرطة الشقيقين، من العاملين)
_ADJECTIVE_AGENTS = norm_words("الشقيقين الشقيقان العاملين")
_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال", "وبال", "ولل")
_NOT_NOUNS = norm_words("إلى الى إلا الا الذي التي الذين اللذين اللتين اللاتي اللواتي الآن الان")


def adjectival(toks: list[str], c: Chunk) -> bool:
    """الشؤون الداخلية, السياسة الخارجية, الألغام البحرية: a bare ministry or navy word agreeing with the definite
    noun before it; البلدين الشقيقين، المصريين العاملين: a generic noun of persons that is the noun's adjective."""
    return c.strip == 0 and (toks[c.i] in _BARE_MINISTRIES or toks[c.i] in _ADJECTIVE_AGENTS) and c.i > 0 \
        and toks[c.i - 1].startswith(_DEFINITE) and toks[c.i - 1] not in _NOT_NOUNS


def indefinite(toks: list[str], c: Chunk) -> bool:
    """زيارة خارجية، جولة خارجية، تدخلات خارجية: a bare indefinite ministry word with no country after it, agreeing
    with the indefinite feminine or plural noun before it, is its adjective."""
    w = toks[c.i - 1] if c.i > 0 else ""
    return c.strip == 0 and "ال" + toks[c.i] in _BARE_MINISTRIES and w.endswith(("ه", "ات")) \
        and not w.startswith(_DEFINITE)


def defending(toks: list[str], c: Chunk) -> bool:
    """الدفاع عن، للدفاع عن، هيئة الدفاع: a bare الدفاع (clitics aside) that names no ministry; القضاء على
    ("eliminating"), no judiciary; الطيران المدني (civil aviation), no air force."""
    w, nxt = toks[c.i], toks[c.j] if c.j < len(toks) else ""
    if w.endswith("قضاء") and len(w) - len("قضاء") <= 4:
        return nxt in _UPON
    if w.endswith("طيران") and len(w) - len("طيران") <= 4:
        return nxt in _CIVIL or w in ("الطيران", "طيران") and c.i > 0 and toks[c.i - 1] in _AVIATION_OF
    if not w.endswith("دفاع") or len(w) - len("دفاع") > 4:
        return False
    return nxt in _DEFENDING or toks[c.i][c.strip:] in ("الدفاع", "دفاع") and c.i > 0 and toks[c.i - 1] in _DEFENCE_OF
