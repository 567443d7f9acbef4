"""A masculine plural nationality word (المصريين، الأردنيون، السعوديين) names people: as an adjective it agrees only
with a plural noun of persons (المواطنين المصريين، الجنود الأمريكيين). Right after a body — a ministry, a government,
the authorities, the forces (وزارة الخارجية، الحكومة، السلطات، القوات) — it does not agree with it: it is a noun of
its own, the next party of the clause, not the body's nationality. حثت وزارة الخارجية المصريين في الخارج على
المشاركة: the ministry urged the Egyptians; دعت السلطات الليبيين إلى الهدوء: the authorities called on the Libyans."""

from __future__ import annotations

from marsad.text.normalize import norm_words

_PLURAL = ("يين", "يون")  # المصريين، المصريون (also the dual's genitive: مصريين)
_FEMININE = ("ه", "ات")  # الحكومة (normalised ة), السلطات، القوات: a feminine singular or a plural of things
_SOUND = ("ين", "ون", "ان")  # a sound masculine plural or a dual may agree with it
# broken plurals of men in ة, with which it agrees (ساسة إسرائيليون، القادة العسكريون)
_MEN = norm_words("""ساسه قاده طلبه اساتذه قضاه ولاه دعاه جناه غزاه رماه بغاه رعاه سعاه كفره خونه عمله ائمه كهنه
    قساوسه باعه بحاره طغاه هواه رواه مشاه حماه""")
# nouns of persons heading a construct with a body, with which it agrees (رجال المخابرات الإسرائيليين)
_HEADS = norm_words("""رجال عناصر افراد ضباط جنود قيادات اعضاء عملاء خبراء نواب وزراء سفراء مسؤولي موظفي منتسبي
    مقاتلي مسلحي محققي ممثلي مندوبي عمال""")


def people_word(tok: str) -> bool:
    """A nationality word in the masculine plural (or dual) ending: المصريين، الأردنيون."""
    return tok.endswith(_PLURAL)


def not_its_people(head: str, nisba: str, body: bool, before: str = "", conj: bool = False) -> bool:
    """True when the masculine plural nationality word `nisba` cannot be the adjective of the noun `head` (its
    first word, clitics stripped): after a feminine or ات head (الحكومة، السلطات), or, for a body (`body`: an
    institution, not a noun of persons), after any head that is not a sound plural or a dual. Not after a broken
    plural of men in ة (ساسة), nor a head that is a second conjunct (`conj`: وزيري الداخلية والعدل التركيين, the
    pair's, a dual), nor when the word `before` the head is a noun of persons whose genitive the body is (رجال
    المخابرات الإسرائيليين)."""
    if not people_word(nisba) or conj or before.removeprefix("و") in _HEADS:
        return False
    bare = head.removeprefix("ال")
    if bare in _MEN or head.startswith(("لل", "بال")) and head[3:] in _MEN:
        return False
    return head.endswith(_FEMININE) or body and not head.endswith(_SOUND)
