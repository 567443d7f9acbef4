"""Surface forms of a trigger lexeme: verb conjugations (with object pronouns) and verbal-noun forms, all
normalised. Proclitics (و ف س ل; ب ك ال for nouns) are handled at look-up time, not generated here. Also the shapes
the role rules read off a word: an object pronoun on a verb, a possessive on a verbal noun, an indefinite noun."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from marsad.events.cues import ADVERBS, PRONOUN_SUBJECTS
from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:  # (triggers imports this module)
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_OBJECTS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")
_PAST_SUBJECTS = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن")  # not أ (I): أسلحه would read أسلحة (weapons), أبعد "further"
_PRESENT_ENDINGS = ("", "ون", "ان", "ين", "ن", "وا")
_POSSESSIVES = ("", "ه", "ها", "هم", "هما", "نا")


def _with_objects(stem: str, ending: str) -> list[str]:
    """stem + subject ending + object pronoun; وا drops its alef before a pronoun (استقبلوه)."""
    out = [stem + ending]
    base = stem + (ending[:-1] if ending in ("وا",) else ending)
    out += [base + o for o in _OBJECTS if o]
    return out


def verb_forms(past: str = "", present: str = "") -> set[str]:
    forms: set[str] = set()
    if past:
        p = norm(past)
        for ending in _PAST_SUBJECTS:
            forms.update(_with_objects(p, ending))
    if present:
        s = norm(present)
        stem = s[1:] if s[:1] in ("ي", "ت") else s
        for prefix in _PRESENT_PREFIXES:
            for ending in _PRESENT_ENDINGS:
                forms.update(_with_objects(prefix + stem, ending))
    return forms


# every ending `verb_forms` puts after a past stem, and after a present prefix and stem (subject and object pronoun)
_PAST_TAILS = frozenset(f for e in _PAST_SUBJECTS for f in _with_objects("", e))
_PRESENT_TAILS = frozenset(f for e in _PRESENT_ENDINGS for f in _with_objects("", e))


def is_verb_form(word: str, past: str = "", present: str = "") -> bool:
    """`word in verb_forms(past, present)`, without generating the forms (a past or present stem and an ending)."""
    if past and word.startswith(p := norm(past)) and word[len(p):] in _PAST_TAILS:
        return True
    if present and word[:1] in _PRESENT_PREFIXES:
        s = norm(present)
        stem = s[1:] if s[:1] in ("ي", "ت") else s
        return word.startswith(stem, 1) and word[1 + len(stem):] in _PRESENT_TAILS
    return False


def noun_forms(masdar: str) -> set[str]:
    m = norm(masdar)
    stem = m[:-1] + "ت" if m.endswith("ه") else m  # زيارة → زيارته
    forms = {m} | {stem + p for p in _POSSESSIVES if p}
    if not m.endswith(("ات", "ه")):
        forms.add(m + "ات")
    if not m.endswith(("ه", "ا", "ى", "ي", "ء", "ات")):
        forms.add(m + "ا")  # the indefinite accusative after a light verb: شن هجوما، قدم دعما، وجه تهديدا
    if not m.endswith(("ات", "ا", "ى", "ي", "ء")) and len(m) >= 3:
        forms.update({stem + "ين", stem + "ان"})  # the dual: مسيرتين، انفجاران، هجومين
    return forms


_POSSESSIVE = ("ه", "ها", "هم", "هما")

# بدأت القوات التركية هجوما, يخوض الجيش معارك, واصلت الطائرات غاراتها: verbs that begin or carry on an attack, near it
LIGHT_ATTACK = norm_words("""بدا بدات بداوا يبدا تبدا خاض خاضت خاضوا يخوض تخوض يخوضون واصل واصلت واصلوا يواصل
    تواصل يواصلون استانف استانفت استانفوا يستانف تستانف كثف كثفت كثفوا يكثف تكثف جدد جددت جددوا يجدد تجدد
    تكثيف مواصله استئناف تجديد بدء""")  # ... and their verbal nouns (مع تكثيف مقاتلات التحالف قصفها)


def carried_on(toks: list[str], i: int) -> bool:
    """واصلت الطائرات الإسرائيلية قصفها: after a verb that begins or carries on an attack and its subject, a word with
    a possessive pronoun is the attack's verbal noun ("its bombing"), not a verb with an object ("bombed it"); and so
    is a past form right after such a verb (الجيش استأنف قصف المدينة، تواصل قصف: no past verb follows a past verb
    at once — but بدأ يقصف, an imperfect, is a verb: began to shell)."""
    return toks[i].endswith(_POSSESSIVE) and toks[i][:1] != "و" and any(
        light_attack(toks[k]) for k in range(max(0, i - 12), i - 1)) or (
        i > 0 and light_attack(toks[i - 1]) and toks[i][:1] not in ("ي", "ت", "ن", "و", "ف"))


# جراء، إثر، بسبب، نتيجة، خلال، أثناء، عقب، بعد (and من جراء): words of cause or time that govern a noun, never a verb
_CAUSE_BEFORE = norm_words("""جراء اثر بسبب نتيجه خلال اثناء عقب بعد وجراء واثر وبسبب ونتيجه وخلال واثناء وعقب وبعد
    فبعد""")
# attacks whose bare past is also their verbal noun (قصف، ضرب): not a killing (قتل is the consequence the attack is
# joined to, events/sides), nor a crackdown (خلال قمع الاحتجاجات: its genitive is its object)
_STRIKES = frozenset({"assault-shelling", "assault-bombing-air", "assault-beat"})
# arms standing between the verbal noun and their owner, the genitive that acts: استهداف مدفعية الجيش مركبة
ARMS = norm_words("مدفعيه طائرات مقاتلات طيران دبابات زوارق بوارج راجمات")


def cause_word_before(toks: list[str], i: int) -> bool:
    """A word of cause or time that governs a noun (جراء، إثر، بعد) stands right before token i."""
    return i > 0 and toks[i - 1] in _CAUSE_BEFORE


def after_cause(toks: list[str], hit: TriggerHit, args: list[Arg]) -> bool:
    """قتل ثلاثة مدنيين جراء قصف مدفعي للقوات التركية، أصيب طفل إثر قصف إسرائيلي: the bare past form of an attack
    right after a word of cause or time is the attack's verbal noun (the shelling), not a verb (no verb follows جراء
    or بعد without أن) — its لـ owner or nationality adjective is its author, not its object, and those hurt before it
    are not its subject. Not when a party follows at once, or past its arms (جراء قصف الطائرات الروسية، أثناء قصف
    مدفعية الجيش): read as the verb, its subject is the same doer; nor with a pronoun (بعد قصفها), read as the verb
    with its object."""
    i = hit.i
    at = i + 1 + (i + 1 < len(toks) and toks[i + 1] in ARMS)
    return i > 0 and toks[i - 1] in _CAUSE_BEFORE and hit.trigger.id in _STRIKES and toks[i] in {
        norm(p) for p in hit.trigger.past} and not any(
        a.i == at and a.prep is None and not a.place and a.actor.kind != "nationality" for a in args)


def light_attack(w: str) -> bool:
    """A verb (or verbal noun) that begins or carries on an attack, with or without و (واصل is no و + اصل)."""
    return w in LIGHT_ATTACK or w[:1] == "و" and w[1:] in LIGHT_ATTACK


def indefinite(a: Arg, toks: list[str]) -> bool:
    """A common noun without the article or a possessor (جنود, مسلحين): not a clause's subject before its verb."""
    w = toks[a.i][1:] if toks[a.i][:1] == "و" else toks[a.i]
    return a.actor.kind == "generic" and not a.possessed and not w.startswith(("ال", "لل"))


def oblique(a: Arg, toks: list[str]) -> bool:
    """المسلحين, المتظاهرين, جنديين: a common noun in the sound plural or the dual in ـين, which is accusative or
    genitive, never nominative — right after a verb, its object, not its subject (قتلت المسلحين)."""
    w = toks[a.i].removeprefix("و")
    return a.actor.kind == "generic" and not a.possessed and w.endswith("ين") and len(w) > 4


def owned_further(a: Arg, hit: TriggerHit, toks: list[str]) -> bool:
    """A noun with the pronoun ها / نا first after a verb but not right after it — طلبت فيها استثناء شركاتها: the
    genitive of the noun between or the verb's object, not its subject. Only right after the verb does a possessed
    noun stand as the subject (قتلت قواتها 30 شخصا: the ا is the pronoun's, no accusative ending)."""
    return a.possessed and a.prep is None and a.i > hit.j and toks[a.i].endswith("ا")


def object_pronoun(verb: str) -> bool:
    """تتهمهم, أطلقتها: a conjugated verb carrying a third-person object pronoun."""
    return verb.endswith(("هم", "ها", "هما")) and len(verb) > 4 or verb.endswith("ه") and len(verb) >= 5


def possessed_noun(hit: TriggerHit, toks: list[str]) -> bool:
    """The trigger is a verbal noun with a possessive pronoun (غاراته, استقباله)."""
    return not hit.verbal and _possessed_body(toks[hit.i][hit.strip:], hit.trigger.masdar + hit.trigger.forms)


def _possessed_body(body: str, masdars: tuple[str, ...]) -> bool:
    """استقباله, زيارتها: a verbal noun with a possessive pronoun — not a bare feminine masdar or listed form
    (مداهمة, انتحارية, whose ة normalises to ه)."""
    body = body[2:] if body.startswith("ال") else body
    if not body.endswith(_POSSESSIVE) or len(body) <= 4:
        return False
    return all(body not in (m, m + "ات") for m in map(norm, masdars))



def first_after(people: list[Arg], toks: list[str], j: int, reach: int, breaks: frozenset[str],
                fits: Callable[[Arg], bool], skip: Callable[[Arg], bool] = lambda a: False) -> Arg | None:
    """The first participant from token j on that `fits`, passing over those that start before j or that `skip`
    says to; None once a participant lies more than `reach` words after j or past a break word."""
    for a in people:
        if a.i < j or skip(a):
            continue
        if a.i - j > reach or any(w in breaks for w in toks[j:a.i]):
            return None
        if fits(a):
            return a
    return None


def voweled_passive(text: str, start: int, end: int, strip: int, derived: bool = False) -> bool:
    """The verb at text[start:end], past `strip` clitic letters, is a passive the writer voweled: a damma (U+064F) on
    its first letter (قُتل، يُتهم) or, with `derived`, after a first alif on one of the next two (اتُّهم، اعتُبر،
    انتُقد: the passive of forms VII, VIII and X, whose alif takes no vowel)."""
    letters = [n for n, c in enumerate(text[start:end]) if not ("\u064b" <= c <= "\u0652" or c == "\u0640")]
    if len(letters) <= strip + 1:
        return False
    alif = derived and text[start + letters[strip]] in "اأإ"
    voweled = range(strip, min(strip + 3, len(letters) - 1) if alif else strip + 1)
    return any("\u064f" in text[start + letters[m] + 1:start + letters[m + 1]] for m in voweled)


_HE = norm_words("انه انها انهم")  # أنه / إنها: the pronoun opening a clause told of the party before it
_ASIDE = norm_words("""، , " امس اليوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء فجر""")


def told_of(toks: list[str], end: int, k: int) -> bool:
    """The verb at token k opens a clause with أنه / أنها / أنهم right before it, told of the party ending at token
    `end` — only commas and a day between (أعلن الجيش، الأربعاء، أنه شن قصفا): that party is the verb's subject."""
    return k >= 1 and toks[k - 1] in _HE and end <= k - 1 and all(w in _ASIDE for w in toks[end:k - 1])


_OPEN_QUOTES = frozenset({'"', "«", "“"})
_SAID_THAT = norm_words("انه انها انهم انهما بانه بانها بانهم")  # (not لأنه: a reason quoted is no statement)


def pronoun_before(toks: list[str], i: int) -> bool:
    """The verb at token i opens a clause right after a pronoun subject (أنه، إنها، وهو), or past an opening quote
    after أنه / بأنه — أعلن الجيش أنه "دمر نفقا" —: "that he did", the pronoun is the verb's subject."""
    if i >= 2 and toks[i - 1] in _OPEN_QUOTES:
        return toks[i - 2] in _SAID_THAT
    return i >= 1 and toks[i - 1] in PRONOUN_SUBJECTS


# what may stand right after a verb whose subject slot is empty: a preposition, أن / إن (with بـ or a pronoun)
_NO_SUBJECT_NEXT = norm_words("""الى إلى على في عن من مع امام أمام لـ ان أن إن بان بأن انه أنه إنه انها أنها إنها
    انهم أنهم إنهم""")
_NOT_PREP = norm_words("لا لن لم لان لانه لانها لقد")  # (ل words that are particles, no لـ object: لن، لقد)


def subject_slot_empty(after: list[str]) -> bool:
    """A verb's own subject slot is empty: past an adverb, a preposition, أن / إن, a quote, a ب / لـ word or the
    clause's end comes right after it (ودعا أيضا إلى، وأشاد بـ، كما اعتبرت أن), no noun that may be its subject
    (`after`: the words after the verb, the first four read)."""
    rest = [w for w in after[:4] if w not in ADVERBS]
    if not rest:
        return True
    w = rest[0]
    return w in _NO_SUBJECT_NEXT or not w[:1].isalpha() or w.startswith(("ب", "ل")) and w not in _NOT_PREP
