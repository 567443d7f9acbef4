"""The genitive of a verbal noun of attack or coercion that has an object of its own after it: its doer.

A verbal noun's one genitive is mostly what it is done to (اغتيال الرئيس، قصف المدينة), so the rules read the genitive
of an attack noun as its target. But when a second noun follows the genitive as the verbal noun's object — an
indefinite noun after a definite genitive (it cannot be the genitive's adjective) or a count — the genitive is the
doer, as with a verb: بعد مهاجمة القراصنة الصوماليين سفينة يونانية، إثر احتجاز الشرطة صحفيا أجنبيا، بعد قتل مسلحين
عشرة قرويين. The genitive is then the actor,
and the party the object names (its nationality adjective, or the partitive of a count) the recipient, else none.
So too with an object under لـ right after the definite genitive and its adjectives: a party or a site (جراء قصف
المسلحين الأكراد لموقع عسكري، استهداف التحالف لمواقع X: the site's owner is the recipient), not a time (قصف المدينة
لليوم الثالث); there also a bare past of attack right after جراء / إثر / بعد, which is its verbal noun.
The word must look like a noun — a feminine in ة, an accusative in ا, a count (not a span of time: حبس X ستة أشهر),
or a noun a nationality adjective follows — not a verb whose subject the whole phrase is (قصف التحالف أدى إلى ...),
nor a name apposed to a title. Arms between the noun and the genitive (استهداف مدفعية الجيش مركبة، قصف طائرات
التحالف مواقع) leave their owner the doer. And such a doer named before a noun of attack told as the killing's
circumstance —
بعد قتل مسلحين عشرة قرويين في هجمات — did the attacks: the actor, not the victim the rules take the party before
the noun for."""

from __future__ import annotations

from marsad.events.arguments import MEMBERS, Arg
from marsad.events.attack import site_between
from marsad.events.forms import ARMS, cause_word_before, possessed_noun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# words that may follow the genitive and are no object: times, adverbs of place, prepositions, particles
_NOT_OBJECT = norm_words("""في على من الى عن مع ضد بين داخل خارج قرب قرابه امام خلف فوق تحت عند عقب بعد قبل منذ
    اثناء خلال حول نحو حيث بينما فيما كما لدى مساء صباح ليله ليلا نهارا فجر ظهر يوم امس اليوم غدا مؤخرا ايضا
    كذلك جراء اثر وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي مجددا سابقا حاليا الان ثم او ام لا ما قد بل
    عليه عليها عليهم اليه اليها اليهم منه منها منهم فيه فيها فيهم معه معها عنه عنها ضده ضدها ضدهم لديه لديها
    مره نتيجه سنه عام ساعه فتره مباشره تحديدا خصوصا احيانا يوميا جوا برا بحرا تقريبا صباحا ظهرا عصرا عمدا
    بدا دعا عدا""")
# a count opening the object: قتل متطرفين 13 شخصا، ما لا يقل عن، عشرات المدنيين
_COUNTS = norm_words("ما نحو حوالي اكثر عشرات مئات الاف اثنين ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره")
# nouns of death or wounding take no object: مقتل الجنود، مصرع القائد
_INTRANSITIVE = norm_words("مقتل مصرع استشهاد اصابه انفجار")
_TYPES = frozenset({"ASSAULT", "COERCE"})
# a killing's verbal noun whose doer stands before an attack noun told as its circumstance: قتل X 13 شخصا في هجمات
_KILLING = norm_words("قتل استهداف مهاجمه")
_SPANS = norm_words("اشهر شهرا شهور شهر سنوات سنه سنين عاما اعوام عام ايام يوما يوم ساعات ساعه اسابيع اسبوعا")
_BREAK = frozenset({".", "،", ",", "؛", ":", "و"}) | _NOT_OBJECT - _COUNTS


def _definite(a: Arg, toks: list[str]) -> bool:
    """The genitive is definite: its last word has the article (المتمردين اليمنيين، ميليشيات الحوثي), or it is a
    proper name (a country, a person, a body)."""
    last = toks[a.j - 1].removeprefix("و")
    return last.startswith(("ال", "لل")) or a.actor.kind in ("country", "person", "organisation")


def _object_at(k: int, toks: list[str], after: list[Arg], definite: bool) -> bool:
    """A noun opening the verbal noun's object at token k: a count, or, after a definite genitive, an indefinite
    noun in ة or in the accusative ا, or one a nationality adjective follows (مواقع سورية)."""
    if k >= len(toks):
        return False
    w = toks[k]
    if w[:1].isdigit() or w in _COUNTS:  # (not a span of time: حبس X ستة أشهر، سجن X 10 سنوات)
        return not any(u in _SPANS for u in toks[k + 1:k + 3])
    if any(a.i == k and a.actor.kind == "person" for a in after):
        return False  # (باستبعاد القائد فلان والمهاجم خوسيه: a name, apposed to a title of the genitive)
    if not definite or w in _NOT_OBJECT or not w[:1].isalpha() or w.startswith(("ال", "و", "ف", "ب", "ل", "ك")):
        return False
    if len(w) > 3 and (w.endswith("ه") or w.endswith("ا") and not w.endswith(("وا", "ات"))):
        return True
    return any(a.i == k + 1 and a.prep is None and a.actor.kind in ("nationality", "country") for a in after)


def _object_under_li(k: int, toks: list[str], after: list[Arg]) -> tuple[bool, Arg | None]:
    """Whether the verbal noun's object under لـ stands right after its genitive (past up to two definite adjectives
    of it) — a party (قصف الجيش للمتمردين) or a site (لمواقع الجيش، لموقع عسكري تركي), not a time (قصف المدينة
    لليوم الثالث) — and the party it names: the party itself, or the site's owner within its phrase, else None."""
    n = 0
    while k < len(toks) and n < 2 and toks[k].startswith("ال") and not any(a.i == k for a in after):
        k, n = k + 1, n + 1
    if k >= len(toks) or not toks[k].startswith("ل") or len(toks[k]) < 4:
        return False, None
    party = next((a for a in after if a.i == k and a.prep == "ل"), None)
    if party is not None and not party.place and party.actor.kind != "place":
        return True, party
    if not site_between([toks[k][1:]], 0, 1):
        return False, None
    return True, next((a for a in after if k < a.i <= k + 4 and not a.place and a.actor.kind != "place"
                       and not any(w in _BREAK for w in toks[k + 1:a.i])), None)


def doer_genitive(hit: TriggerHit, toks: list[str], after: list[Arg], actor: Arg | None,
                  recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a verbal noun of attack or coercion with no article nor pronoun whose bare genitive,
    right after it, is followed by the noun's own object (see the module's doc): the genitive acts on the object."""
    if hit.trigger.type not in _TYPES or possessed_noun(hit, toks):
        return actor, recipient
    if hit.verbal:  # (a bare past right after جراء / بعد is the verbal noun: جراء قصف المسلحين لمواقع الجيش)
        gen = _genitive(hit, toks, after) if cause_word_before(toks, hit.i) else None
        under_li, target = _object_under_li(gen.j, toks, after) if gen and _definite(gen, toks) else (False, None)
        return (gen, target) if gen and under_li else (actor, recipient)
    if actor is None and recipient is not None and recipient.prep is None and recipient.j <= hit.i and \
            recipient.i > 0 and toks[recipient.i - 1].removeprefix("و") in _KILLING and _object_at(
            recipient.j, toks, after, _definite(recipient, toks)):
        return recipient, None  # (بعد قتل مسلحين عشرة قرويين في هجمات: the killers did the attacks)
    gen = _genitive(hit, toks, after)
    if gen is None:
        return actor, recipient
    k = gen.j
    under_li, target = _object_under_li(k, toks, after) if _definite(gen, toks) else (False, None)
    if under_li:
        return gen, target  # (جراء قصف المسلحين الأكراد لموقع عسكري تركي: the gunmen shelled the site)
    if not _object_at(k, toks, after, _definite(gen, toks)):
        return actor, recipient
    # the party the object names: a nationality adjective or a partitive right after it, within its phrase
    obj = next((a for a in after if a is not gen and k <= a.i <= k + 6 and a.prep in (None, "من") and not a.place
                and not any(w in _BREAK for w in toks[k:a.i])), None)
    return gen, obj


def _genitive(hit: TriggerHit, toks: list[str], after: list[Arg]) -> Arg | None:
    """The bare party right after a verbal noun with no article (past its arms: استهداف مدفعية الجيش), if any."""
    head = toks[hit.i][hit.strip:]
    if head.startswith("ال") or head in _INTRANSITIVE:
        return None
    # (استهداف مدفعية الجيش مركبة، قصف مسلحي الحركة لموقع: the army's arms, the movement's men)
    at = hit.j + (hit.j < len(toks) and (toks[hit.j] in ARMS or toks[hit.j] in MEMBERS and not any(
        a.i == hit.j for a in after)))
    gen = next((a for a in after if a.i == at), None)
    return None if gen is None or gen.prep is not None or gen.place or gen.actor.kind == "place" else gen
