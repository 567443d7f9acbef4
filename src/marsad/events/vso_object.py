"""A verb, its subject no dictionary lists, then a coded participant: that participant is the verb's object.

In verb–subject–object order the subject comes right after the verb. When the words there are a definite noun no
dictionary codes — a common noun of a person or a group, alone or with a name or an adjective (المعارض، الناشط
الحقوقي، المحامي فلان) — they are the subject, and the coded participant after them is what the verb acts on:
وانتقد الكاتب المعروف الحكومة الفرنسية — the government is criticised, it does not criticise. The actor is that
uncoded subject: no coded one (a nationality adjective of the subject — المعارض السوري — is a participant of its
own, coded by the rules as before, so the rule leaves it alone). The object is a state, a body or an organisation,
not a person (استقبل الشيخ فلان: a title and its holder) nor a common noun (الوزراء المسؤولون: an adjective), and
the subject opens with no title.

Not a time word or an adverb (انتقد اليوم الحكومة، الأسبوع الماضي), a count, a relative or a clause break, nor a
word opening with a preposition (في بيان له: the medium, no subject); only the definite noun, which heads no
construct — an indefinite head (أعضاء البرلمان، مسلحو الحركة) has the coded participant as its genitive, its owner.
Nor where و joins words (وقعت القوى الكبرى وإيران اتفاقا، ووقع الوزراء وقادة المخابرات: joined subjects), nor a
pronoun a preposition carries (دعت إليها الأمم المتحدة).

A call or demand names the one asked right before its act (إلى، بـ، على، لـ، أن): there the party after the unlisted
subject may also be a common body — وطالب المصدر المجتمع الدولي بـ، ودعا المحلل القوات المسلحة إلى — (not a
nationality adjective of the subject: ودعا المسؤولون الحكوميون إلى), and the subject may be an indefinite head
with its own definite genitive — ويطالب خبراء الصحة الدولة بـ —: the construct is closed, the party after it is
no genitive of it.
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_TIME = cues.ADVERBS | norm_words("""الليله الاسبوع الشهر العام السنه الماضي الماضيه الجاري الجاريه المقبل المقبله
    الحالي الحاليه الفائت الاخير الاخيره مؤخرا بشده الثاني الاول""")
_NOT_NOUNS = cues.COUNTS | norm_words("""كل جميع الا الى على عن مع الذي التي الذين ان انه انها بان لان ما لا لم لن
    هذا هذه ذلك تلك هو هي هم في خلال امام مقابل قرب عبر حول بين داخل خارج تحت فوق لدى منذ بعد قبل ضد عند صوب
    باتجاه جنوب شمال شرق غرب وسط حتي رغم الوان الغام""")
# a name that opens with و of its own (not و and: وإيران، وقادة)
_W_NAMES = ("وزار", "واشنطن", "وكال", "وحد", "ولايه", "ولي")
# titles and honorifics that stand before a name in apposition (استقبل الشيخ فلان، قال الرئيس فلان)
_TITLES = norm_words("""الشيخ السيد السيده الدكتور الدكتوره الامير الاميره المهندس الرئيس الملك السلطان الاستاذ
    الحاج الفريق اللواء العميد العقيد المشير الجنرال الاخ الرفيق الامام الاب البابا المطران القاضي
    المملكه الجمهوريه الدوله الاماره السلطنه الامارات""")  # (and the head of a state's name: المملكة السعودية)
_GAP = 3  # words of the unlisted subject
_OPENERS = norm_words("الى إلى الي علي على ان أن بان بأن")  # what opens the act asked of the one called on
_NISBA = ("ي", "يه", "يون", "يين", "يات")  # (الحكوميون، الأمنية: an adjective of the subject, not a party)


def unlisted_subject(hit: TriggerHit, toks: list[str], first: Arg) -> bool:
    """وانتقد المعارض فلان الحكومة البلغارية: the bare coded participant after a verb comes past one to three words no
    participant covers, the first a definite noun (not a time word, an adverb, a count or a function word): those
    words are the verb's subject, the participant its object."""
    if not hit.verbal or first.prep is not None or first.accusative or first.conj or first.i <= hit.j or \
            first.place or object_pronoun(toks[hit.i][hit.strip:]) or toks[first.i][:1] == "و" and not toks[
                first.i].startswith(_W_NAMES):  # (دعا الحلف والاتحاد X، وقعت القوى الكبرى وإيران: joined subjects)
        return False
    asked = _asked(hit, toks, first)
    if first.actor.kind not in ("institution", "organisation", "country") and not (
            asked and first.actor.kind == "generic" and not toks[first.i].endswith(_NISBA)):
        return False
    gap = toks[hit.j:first.i]
    if not 1 <= len(gap) <= _GAP or gap[0] in _TITLES:
        return False
    if not (gap[0].startswith("ال") and len(gap[0]) >= 5) and not (  # (خبراء الصحة الدولة: a closed construct)
            asked and len(gap) >= 2 and gap[-1].startswith("ال") and len(gap[0]) >= 4):
        return False
    return not any(w in _TIME or w in _NOT_NOUNS or w in cues.CLAUSE_BREAKS or w in cues.RELATIVES
                   or w in cues.RESUMPTIVE or w[:1] == "و"
                   or not w[:1].isalpha() or w.startswith(("بال", "لل", "كال"))
                   for w in gap) and not any(w[:1] in ("ب", "ل") for w in gap[1:])  # (الانتقادات لموقف X)


def _asked(hit: TriggerHit, toks: list[str], first: Arg) -> bool:
    """A verb of calling or demanding and its party right before the act asked of it (إلى، بـ، على، لـ، أن)."""
    if hit.trigger.type != "REQUEST":
        return False
    nxt = next((w for w in toks[first.j:first.j + 3] if w[:1].isalpha()), "")
    return nxt in _OPENERS or nxt[:1] in ("ب", "ل") and len(nxt) > 3 and nxt not in _NOT_NOUNS and not nxt.startswith(
        ("لدي", "لدى"))
