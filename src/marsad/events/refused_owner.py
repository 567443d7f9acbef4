"""Whose thing a refusal, an opposition or a denial rejects: the owner of the noun it takes as its object.

رفضت موسكو تصريحات ماي، نرفض رفضا قاطعا خرق القوات التركية للحدود، أبلغه رفض بغداد لقيام أنقرة بعمليات، رفضت
الفصائل الشروط التي اقترحتها موسكو: a verb or noun of refusal (رفض، عارض، تحدى، نفى، فند) whose object — right
past the verb, its subject, a time or manner word, or under لـ — is a noun of what a party says, decides or does
(statements, claims, accusations, advice, terms, decisions, policies, measures, practices, attempts) has that
party as its recipient: the noun's bare genitive or the nationality adjective right after it (رفض العرض الأميركي),
or the subject of a relative clause on it whose verb takes the noun up by a pronoun (التي اقترحتها موسكو، الذي
قامت به X). A verbal noun of an act (قيام، خرق، انتهاك، تدخل، اعتداء، استخدام) names its doer in the genitive only
with its own complement after it (قيام أنقرة بعمليات، خرق القوات للحدود; not قيام حكومة، خرق الهدنة, where the
genitive is what would arise or is broken). The request nouns (طلب، دعوة، مقترح) are events/answers'. Nothing
changes when the event has a recipient already, or when the owner is its actor's own body named again, or a place
after a locative preposition; an owner the rules took for the refuser is no refuser: the subject is the bare party
named before the trigger (اعتقلت نساء لتحديهن القانون الإيراني), else it is left to the ranker — save a nationality
adjective, which then stays the unlisted subject's country. Applied in events/frames."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import WHICH
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_REFUSALS = ("reject-refuse", "reject-oppose", "reject-defy", "reject-deny", "reject-refute")
_DENIALS = ("reject-deny", "reject-refute")
_STATE = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a state or its organs


def _forms(words: str) -> frozenset[str]:
    """The words bare and with the article (normalised)."""
    bare = norm_words(words)
    return bare | frozenset("ال" + w for w in bare)


# nouns of what a party said, whose bare genitive or adjective is its author (also what a denial rejects)
_SAID = _forms("تصريح تصريحات مزاعم ادعاءات ادعاء اتهامات روايه تقرير تقارير")
# nouns whose bare genitive says who made them: the one whose statement, claim, decision or act is rejected
_AUTHORED = _forms("""نصائح نصيحه توصيات شروط قرار قرارات سياسه سياسات خطه خطط اجراءات ممارسات تقييم موقف مواقف
    اوامر احكام حكم املاءات ضغوط تهديدات محاولات محاوله مساعي سعي عرض عروض تحركات قانون قوانين""")
# verbal nouns of an act whose genitive is its doer only when the act's own complement follows it
_DEEDS = _forms("قيام خرق انتهاك انتهاكات تدخل اعتداء اعتداءات استخدام")
_COMPLEMENT_PREPS = norm_words("في على ضد بحق")
_GAP = frozenset({"،", ",", '"', "«", "»"}) | norm_words("""ايضا كذلك مجددا مرارا رسميا بشده قطعيا تماما جمله
    وتفصيلا رفضا قاطعا مطلقا تاما اليوم امس الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت اي كل""")
_STOPS = frozenset({".", "؛", ":", "؟", "!"})
_REACH = 8  # words from the trigger to the object noun (past its subject and a time word)
_PRONOUNS = ("هما", "هم", "ها", "ه")
_WITH_IT = norm_words("به بها بهم بهما")
_TO_IT = norm_words("له لها لهم ضده ضدها ضدهم")  # الاتهامات التي وجهتها لها X


def _base(w: str) -> str:
    """The word without the لـ that governs it: لقرار → قرار، للسياسة → السياسة (رفضه لقرار، معارضتها للسياسة)."""
    if w.startswith("لل"):
        return "ال" + w[2:]
    return w[1:] if w.startswith("ل") and not w.startswith("ال") else w


def _object_noun(hit: TriggerHit, toks: list[str], covered: set[int]) -> int:
    """The index of the authored or deed noun the refusal takes as its object — past its subject, a time or manner
    word and at most one verbal noun of its own right before it (رفض الاستماع لنصائح X، رفضت الانصياع لأحكام X) —,
    else -1. A denial takes only a noun of what was said (تصريحات، مزاعم، تقارير): the doer of a deed it denies is
    the one it clears (نفى قيام الحكومة بزيادات), not the one it answers."""
    said = hit.trigger.id.startswith(_DENIALS)
    between = 0
    for k in range(hit.j, min(len(toks), hit.j + _REACH)):
        w = toks[k]
        bare = _base(w)
        if bare in _SAID or not said and (bare in _AUTHORED or bare in _DEEDS):
            return k
        if w in _STOPS or not (k in covered or w in _GAP or w[:1].isdigit() or w.startswith("ال")):
            return -1
        if w.startswith("ال") and k not in covered:
            between += 1
            if between > 1:  # (رفض الانتقادات الموجهة لموقف X: the noun is no object of the refusal)
                return -1
    return -1


def _relative_doer(n: int, toks: list[str], people: list[Arg], named: set[int]) -> Arg | None:
    """The subject of a relative clause on the noun at `n` (past one word of its own) that takes it up by a
    pronoun: الشروط التي اقترحتها موسكو، الممارسات التي تقوم بها X، الاتهامات التي وجهها له X."""
    r = next((k for k in (n + 1, n + 2) if k < len(toks) and toks[k] in WHICH), -1)
    if r < 0 or r == n + 2 and (n + 1 in named or not toks[n + 1].startswith("ال")) or r + 2 >= len(toks):
        return None
    verb = toks[r + 1]
    if len(verb) < 4 or not (verb.endswith(_PRONOUNS) or toks[r + 2] in _WITH_IT):
        return None
    at = r + 2 + (toks[r + 2] in _WITH_IT or toks[r + 2] in _TO_IT)
    return next((a for a in people if a.i == at and a.prep is None and not a.place
                 and a.actor.kind != "nationality"), None)


def _owner(n: int, toks: list[str], people: list[Arg]) -> Arg | None:
    """The party that made, said or did the noun at `n` (see the module)."""
    named = {k for a in people for k in range(a.i, a.j)}
    w = _base(toks[n])
    genitive = next((a for a in people if a.i == n + 1 and a.prep is None and not a.place), None)
    if genitive is not None and (w.startswith("ال") and genitive.actor.kind != "nationality"):
        genitive = None  # (الشروط موسكو: no construct; التصريحات الأميركية: the adjective)
    if genitive is not None and w in _DEEDS:
        after = toks[genitive.j] if genitive.j < len(toks) else ""
        if not (after in _COMPLEMENT_PREPS or after[:1] in ("ب", "ل") and not after.startswith("ال")):
            return None  # (خرق الهدنة، قيام حكومة: the genitive is the act's object or what arises)
        return genitive
    if genitive is None and n + 2 < len(toks) and n + 1 not in named and toks[n + 1].startswith("ال") and not \
            w.startswith("ال"):  # مزاعم الأجهزة البريطانية: the unlisted owner's nationality
        genitive = next((a for a in people if a.i == n + 2 and a.actor.kind == "nationality" and a.prep is None
                         and (a.j >= len(toks) or toks[a.j] not in WHICH)), None)
    return genitive or _relative_doer(n, toks, people, named)


def refused_owner(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                  implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) of a refusal or denial with no recipient: the owner of what it rejects as the
    recipient (see the module)."""
    if recipient is not None or not hit.trigger.id.startswith(_REFUSALS):
        return actor, recipient, implicit
    n = _object_noun(hit, toks, {k for a in people for k in range(a.i, a.j)})
    if n < 0:
        return actor, recipient, implicit
    owner = _owner(n, toks, people)
    if owner is None or owner.possessed or actor is not None and owner is not actor and owner.actor.kind in (
            "country", "nationality", "place") and owner.actor.country == actor.actor.country \
            and actor.actor.sector in _STATE:
        return actor, recipient, implicit  # (رفض موقف بلاده، رفضت الحكومة القرار المصري: its own state)
    if owner is actor:
        # the owner read as the refuser (رفض الاستماع لنصائح البنك، فندت المزاعم القطرية): the refuser is the bare
        # party named before the trigger; else left to the ranker, save an adjective, which then stays the country
        # of the unlisted subject too (ورفضت اللجنة مزاعم الأجهزة البريطانية)
        before = next((a for a in reversed(people) if a.j <= hit.i and a.prep is None and not a.place
                       and a.actor.kind != "nationality"), None)
        if before is not None or owner.actor.kind != "nationality":
            return before, owner, before is None
        return actor, recipient, implicit
    if actor is not None and owner.actor.code is not None and (
            owner.actor.code == actor.actor.code and owner.actor.id == actor.actor.id):
        return actor, recipient, implicit  # its own body named again
    return actor, owner, implicit
