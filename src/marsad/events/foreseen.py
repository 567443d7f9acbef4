"""Acts told as still to come or only supposed, in constructions events/unrealised, events/ahead and events/modality do
not read (used by events/ahead.not_yet):

- imminent set off from its noun by the noun's own adjective and a comma (العقوبات الأميركية، الوشيكة على إيران), or
  qualifying the verbal noun whose لـ-complement the act is (العودة الوشيكة للعقوبات، الانطلاق الوشيك للهجوم):
  future;
- a meeting, visit or other act a verb of cancelling or putting off takes as its object past its subject (ألغت
  واشنطن لقاء بين الوزيرين، أرجأ الرئيس الفرنسي زيارته): future, it did not take place (events/unrealised reads
  the noun right after the verb, إلغاء القمة، وألغت محادثات); not past a preposition or a comma (ألغى الرئيس بعد
  الهجوم ...);
- the answer of a counterfactual: a past verb right after لكان / لكنت / لكانت ... in a sentence whose لو (or
  لولا) comes earlier (لو كان المجلس عرض علي الطلب لكنت وافقت عليه): conditional, the act did not take place. Not
  a لو with no such answer (لو موند, the French article, or a wish: لو تم الاتفاق).
"""

from __future__ import annotations

from marsad.text.normalize import norm_words

_IMMINENT = norm_words("وشيك وشيكه الوشيك الوشيكه")
_COMMA = frozenset({"،", ","})
_STOPS = frozenset({".", "؛", ";", ":", "!", "؟", "?"})
_BREAK = _COMMA | _STOPS
# the answer of لو: لـ with كان (لكان، لكانت، لكنت، لكنا، لكانوا)
_WOULD = norm_words("لكان لكانت لكنت لكنا لكانوا لكنتم لكانتا")
_IF_UNREAL = norm_words("لو ولو فلو لولا ولولا")
_CANCEL_VERBS = norm_words("""الغي الغت الغوا الغيا يلغي تلغي اجل اجلت اجلوا اجلا يؤجل تؤجل ارجا ارجات ارجاوا ارجئ يرجئ
    ترجئ""")
_NOT_SUBJECT = norm_words("من في الي علي مع عن حتي منذ خلال بعد قبل عقب اثر بسبب الذي التي الذين ان انه انها")


def _imminent(toks: list[str], i: int, j: int) -> bool:
    """وشيك after the noun's one adjective and a comma (العقوبات الأميركية، الوشيكة), or right before an act with
    لـ as the adjective of the verbal noun before it (العودة الوشيكة للعقوبات)."""
    if j + 2 < len(toks) and toks[j].startswith("ال") and toks[j + 1] in _COMMA and toks[j + 2] in _IMMINENT:
        return True
    return i > 1 and toks[i][:1] == "ل" and toks[i - 1] in _IMMINENT and toks[i - 2].startswith("ال")


def _put_off(toks: list[str], i: int, reach: int = 4) -> bool:
    """A verb of cancelling or putting off two to four words back, its subject between (ألغت واشنطن لقاء)."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        v = toks[k][1:] if toks[k][:1] in ("و", "ف") and toks[k][1:] in _CANCEL_VERBS else toks[k]
        if v in _CANCEL_VERBS:
            if k == i - 1:
                return False  # (right after the verb: events/unrealised's)
            return not (k and toks[k - 1] == "من")  # (من أجل: 'for')
        if toks[k] in _BREAK or toks[k] in _NOT_SUBJECT or toks[k][:1] == "ب":
            return False
    return False


def _counterfactual(toks: list[str], i: int, reach: int = 20) -> bool:
    """The trigger, a past verb, right after the لـ-كان of a لو's answer, with لو earlier in the sentence."""
    if i < 1 or toks[i - 1] not in _WOULD:
        return False
    for k in range(i - 2, max(-1, i - reach), -1):
        if toks[k] in _STOPS:
            return False
        if toks[k] in _IF_UNREAL:
            return True
    return False


def foreseen(toks: list[str], i: int, j: int, verbal: bool) -> str | None:
    """'future' or 'conditional' for an asserted trigger (tokens i up to j) these constructions tell as not taken
    place, else None."""
    if not verbal and (_imminent(toks, i, j) or _put_off(toks, i)):
        return "future"
    if verbal and _counterfactual(toks, i):
        return "conditional"
    return None
