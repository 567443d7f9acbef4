"""An act told only as what someone is accused of: the act inside the charge of a word of accusing — the verb
(اتهمت X Y بدعم الإرهاب، اتهمتها بمنع المساعدات، اتُّهمت روسيا بالتدخل ... وبشن هجمات), its verbal noun
(اتهامات لـ X باستخدام المدنيين دروعا) or its participle (المتهم بقتل) — is alleged, not reported as having
happened: the accusation is the news (ACCUSE, coded on its own), the act in its charge is coded, not counted
(called from events/history.case_of).

The charge opens with بـ after the accusing word and its accused (right after a participle, which is itself the
accused); the act is that word or one of the few after it in the same clause (past و and prepositions, not past a
comma, a relative pronoun, أن or a word of time or cause, which tell a fact: اتهمها بارتكاب جرائم بسبب الترحيل —
the deportation took place). Not an act the charge only names as known — a definite noun past the charge's own
word (بانتهاك العقوبات، بمحاولة استخدام التظاهرات، بالتقاعس عن التحقيق في الاعتداءات: the sanctions, the protests,
the assaults are facts) or one a relative clause tells of (بتنفيذ هجوم نيس الذي أودى بحياة ...) —, nor a charge of
one's part in an act (بالوقوف وراء الهجوم، بالمسؤولية عن، بالتورط في، بالمشاركة في: the act took place, its author
is alleged), nor the accuser's own next act (متهما X بالفساد داعيا Y إلى، مطالبة إياه بـ; a verb joined by و)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.triggers import TriggerHit

_VERBS = norm_words("""اتهم اتهمت اتهموا اتهمو اتهمتا اتهما يتهم تتهم نتهم يتهمون يتهمو تتهمان يتهمان""")
_NOUNS = ("اتهام", "اتهامات")
# the participle: it is itself the accused, its charge comes right after it (المتهم بقتل، متهمون بالانتماء) — save
# the circumstantial one, which takes the accused as its object (متهما الحكومة بـ)
_PARTICIPLES = norm_words("متهم متهمين متهمون متهمان متهمتين متهمتان متهمات")
_CIRCUMSTANTIAL = norm_words("متهما متهمه")
_PREFIXES = ("بال", "لل", "ال", "ب", "ل", "")
_PRONOUNS = ("هما", "هم", "ها", "ه", "كم", "ك", "نا", "ني")
_BREAKS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")", "-", "–", "—"})
# a word of time, cause or circumstance, a relative pronoun, أن / إن or a clause opener: what follows is a fact
_STOPS = norm_words("""بعد بعدما قبل عقب اثر جراء نتيجه بسبب بفعل منذ خلال اثناء حين حينما عندما لما بينما فيما
    حيث لكن الا ثم الذي التي الذين اللذين اللتين وهو وهي وهم ما مما وسط ظل ان انه انها انهم""")
# بـ words that open no charge (a manner, a cause, a time, a sentence passed: المتهم بالسجن)
_NOT_CHARGE = norm_words("""بعد بعدما بين بينما بسبب بشان بحسب بموجب بدون بلا بدايه بخصوص بالنسبه بالتزامن بشكل بصوره
    بشده بقوه بالسجن بالاعدام بالحبس بالمؤبد بغرامه بعقوبه بحق بحقه بحقها بحقهم بعض بيان بيانا بيانه بيانها بلاغ""")
_PREPS = norm_words("في من عن علي الي مع حول عبر")  # (في بيان: a ب word another preposition governs opens nothing)
_THAT = norm_words("بان بانه بانها بانهم بانهما")  # the charge told as a clause: a verb may be the act (اتهمه بأنه قتل)
# the verb of confessing a participle is the subject of: the charge is confessed (اعترف المتهمان بالهجوم)
_ADMIT = norm_words("اعترف اعترفت اعترفا اعترفوا واعترف واعترفت اقر اقرت اقرا اقروا واقر واقرت")
_WHICH = norm_words("الذي التي")
_DEFINITE = ("ال", "بال", "لل", "وال", "فال", "كال", "وبال", "ولل")
_OWN = ("accuse-accuse", "accuse-charge")  # the accusation's own word (الاتهامات ... الموجهة إلى)
_QUOTES = frozenset('"«»“”\'')
_HIM = norm_words("اياه اياها اياهم اياهما")
# a comma before a word that narrows the charge down goes on with it (بدعم الانفصاليين، خصوصا من خلال تزويدهم)
_NARROWING = tuple(norm_words("خصوصا وخصوصا خاصه وخاصه لاسيما ولاسيما تحديدا وتحديدا") | {"لا سيما", "ولا سيما"})
# one's part in an act: the act took place, only its author is alleged
_PART = ("المسوول", "مسوول", "المسيول", "مسيول", "الوقوف", "وقوف", "التورط", "تورط", "الضلوع", "ضلوع", "المشاركه",
         "مشاركه")
_TO_ACCUSED = 8  # words from the accusing word to its charge (the accused between)
_IN_CHARGE = 6  # words from the charge's opening to the act


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w


def _participle(w: str) -> bool:
    """The participle of اتهم (with its article or a preposition) other than the circumstantial one."""
    w = _bare(w)
    return any(w.startswith(p) and w[len(p):] in _PARTICIPLES for p in _PREFIXES)


def _accusing(w: str) -> bool:
    """A form of اتهم: the verb (with its conjunction and object pronoun), its verbal noun or participle."""
    if "ته" not in w:  # (every form holds these two letters: a cheap test first)
        return False
    w = _bare(w)
    if w in _CIRCUMSTANTIAL or _participle(w) or w in _VERBS or any(
            w.endswith(p) and w[:-len(p)] in _VERBS for p in _PRONOUNS):
        return True
    return any(w.startswith(p) and (w[len(p):] in _NOUNS or any(
        w.endswith(s) and w[len(p):-len(s)] in _NOUNS for s in _PRONOUNS)) for p in _PREFIXES)


def _opens(toks: list[str], k: int) -> bool:
    """بـ + a word at k: a charge's opening (بدعم، بالتدخل، وبشن), or بـ alone before a quote; not one another
    preposition governs."""
    w = toks[k][1:] if toks[k][:1] == "و" and toks[k][1:2] == "ب" else toks[k]
    return w[:1] == "ب" and (len(w) > 3 or w == "ب") and w not in _NOT_CHARGE and not (k and toks[k - 1] in _PREPS)


def _own_act(toks: list[str], hit: TriggerHit) -> bool:
    """The trigger is a circumstantial participle, the accuser's next act (داعيا سلطة الإشراف إلى، مطالبة إياه بـ),
    or a verb joined by و (اتهم X بشن حرب ويدعو إلى)."""
    w = toks[hit.i]
    return hit.verbal and w[:1] in ("و", "ف") or hit.j < len(toks) and toks[hit.j] in _HIM or not hit.strip and len(
        w) > 3 and w.endswith("ا") and (w[:1] == "م" or w[1:2] == "ا")


def _known(toks: list[str], hit: TriggerHit, opening: int) -> bool:
    """The charge names the act as one known: a definite noun past the charge's own word (بانتهاك العقوبات), or
    one a relative clause right after it tells of (بتنفيذ هجوم نيس الذي أودى بحياة ...)."""
    return hit.i > opening and toks[hit.i].startswith(_DEFINITE) or any(w in _WHICH for w in toks[hit.j:hit.j + 2])


def alleged(toks: list[str], hit: TriggerHit) -> bool:
    """The act at `hit` lies in the charge of an accusing word before it in its clause (see the module)."""
    i = hit.i
    if hit.trigger.id.startswith(_OWN) or _own_act(toks, hit):
        return False
    opening = -1  # the charge's opening nearest to the act
    for k in range(i, max(-1, i - _TO_ACCUSED - _IN_CHARGE - 1), -1):
        w = toks[k]
        if k < i and (w in _BREAKS and not (w in ("،", ",") and " ".join(toks[k + 1:k + 3]).startswith(_NARROWING))
                      or w in _STOPS
                      and not (w == "خلال" and toks[k - 1] == "من")):  # (من خلال: by means of)
            return False
        if _accusing(w) and k < i:
            opens = [x for x in range(k + 1, opening + 1) if _opens(toks, x)] if opening >= 0 else []
            if not opens or opens[0] - k > _TO_ACCUSED or toks[k + 1] in _PREPS or _participle(w) and any(
                    x not in _QUOTES for x in toks[k + 1:opens[0]]):
                return False  # (أكدت التحقيقات أن المتهمين قاموا باستهداف: the defendants, a verb's subject)
            if hit.verbal and toks[opens[0]] not in _THAT or k and toks[k - 1] in _ADMIT:
                return False  # (المتهم بحادثة دهس قتل فيها جنديان: a relative clause tells a fact)
            return not any(toks[x].removeprefix("و").removeprefix("ب").startswith(_PART) for x in opens) \
                and not _known(toks, hit, opening)
        if opening < 0 and _opens(toks, k) and (k < i or hit.strip > 0) and i - k <= _IN_CHARGE:
            opening = k
    return False
