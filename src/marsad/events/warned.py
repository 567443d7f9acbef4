"""An act a warning is of, past the warner's whole name and a quote mark — حذر وزير الدفاع التركي السبت من "اجتياح"
فرنسي، حذر الرئيس الأميركي الرئيس السوري من شن "هجوم" — has not taken place: the warning verb opens the clause, the
act is right after its first من (or after an onset noun: من شن، من اندلاع), further back than events/modality reads
(its five words), also past the commas that set off a name. Not an act after another noun (حذر من عواقب الهجوم: the
attack may be past), nor past a second من or a clause opener."""

from __future__ import annotations

from marsad.events.cues import WHICH
from marsad.text.normalize import norm_words

_WARN = norm_words("""حذر حذرت حذروا وحذر وحذرت وحذروا يحذر تحذر يحذرون محذرا محذره محذرين تحذير تحذيرات التحذير
    التحذيرات وتحذير""")
_ONSET = norm_words("وقوع اندلاع تنفيذ شن عوده تجدد")
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
# (commas may set off the warner's name and the day: حذر الرئيس الأميركي، دونالد ترامب، الاثنين، الأسد من)
_BREAKS = frozenset({".", "؛", ";", ":", "(", ")", "!", "؟"}) | WHICH | norm_words(
    "ان انه انها بان لان لانه لانها لكن بينما فيما")


def warned(toks: list[str], i: int, reach: int = 14) -> str | None:
    """'conditional' for a trigger at i that a warning verb earlier in its clause warns of."""
    k = i - 1
    for skip in (_QUOTES, _ONSET, _QUOTES):  # (من "اجتياح"، من شن "هجوم")
        k -= k >= 0 and toks[k] in skip
    if k < 1 or toks[k] != "من":
        return None
    for m in range(k - 1, max(-1, k - 1 - reach), -1):
        if toks[m] in _BREAKS or toks[m] == "من":
            return None
        if toks[m] in _WARN:
            return "conditional"
    return None
