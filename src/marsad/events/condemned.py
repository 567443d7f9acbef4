"""A condemned act qualified by its author: a verb or noun of condemning whose object is an act — an attack,
aggression, violations, strikes, crimes, practices, escalation — followed by a nationality adjective (دانت الوزارة
الاعتداءات الإسرائيلية على المصلين) or a genitive party (استنكر الاتحاد تصرفات السفارة الفلبينية). The adjective's or
the genitive's party committed the act: it is the one condemned, the recipient, and never the condemner; a party
after على / ضد in the object is the act's victim, neither actor nor recipient of the condemnation — also when no
author is named (دانت مصر استخدام العنف ضد المدنيين، ندد بالاعتداء على الصحفيين، أدان التدخل في شؤون الإعلام): the
recipient then stays empty, for the rules and the ranker (`act_victim`). The condemner stays the verb's subject, or
the speaker when no subject is named (the role is then implicit)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.deed_doer import deed_doer
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_CONDEMN = ("accuse-condemn-ndd", "accuse-condemn-adan", "accuse-denounce", "accuse-decry", "accuse-deplore")
_DEEDS = (*_CONDEMN, "accuse-criticise", "accuse-blame-throw", "accuse-describe", "accuse-deem", "accuse-object",
          "accuse-displeasure", "accuse-express-anger", "accuse-assail", "accuse-attack-verbal", "accuse-reproach")
_ACTS = norm_words("""اعتداء اعتداءات هجوم هجمات عدوان انتهاك انتهاكات ضربة ضربات غارة غارات قصف جريمة جرائم
    ممارسات تصعيد تدخل تدخلات تصرفات اقتحام اقتحامات مجزرة مجازر قمع حصار تهديد تهديدات استهداف إجراءات عنف
    تفجير تفجيرات هجمة ممارسة عمليات عملية احتلال توغل توغلات إطلاق اغتيال""")
_STOPS = norm_words("التي الذي الذين ان إن أن انه أنه لكن بينما فيما و") | frozenset("،,.:؛;")
_AGAINST = norm_words("على ضد بحق تجاه حق")
_AFFAIRS = norm_words("شؤون شئون")  # التدخل في شؤون X
_REACH = 7  # words from the trigger to the act noun (the condemner's own name may stand between)


def condemned_author(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                     recipient: Arg | None, implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the author of a condemned act as the recipient (see the module), or the
    doer a relative clause on a condemned or criticised deed names (events/deed_doer)."""
    if recipient is None and hit.trigger.type == "ACCUSE" and hit.trigger.id.startswith(_DEEDS) and (
            doer := deed_doer(hit, toks, people)) is not None and doer is not actor:
        return actor, doer, implicit  # نندد بالقرار الذي اتخذه البرلمان الهولندي
    if hit.trigger.type != "ACCUSE" or not hit.trigger.id.startswith(_CONDEMN):
        return actor, recipient, implicit
    k = _act_noun(hit, toks)
    if k < 0:
        return actor, recipient, implicit
    author = _author(k, toks, people)
    if author is None:
        return actor, None if recipient is not None and _victim(k, toks, recipient) else recipient, implicit
    if actor is not None and (actor is author or actor.i <= k < actor.j or actor.i >= k):
        # the condemned party read as the condemner, or a name that swallowed the object (مجلس الجامعة الجرائم
        # الإسرائيلية): the condemner is the speaker or the sentence's subject
        actor, implicit = None, True
    return actor, author, implicit


def act_victim(rule: str, toks: list[str], token: int, people: list[Arg], arg: Arg) -> bool:
    """`arg` is the victim of the authorless act condemned by the event at `token` (its trigger's rule): for
    events/ranker, which then does not make it the recipient either."""
    if not rule.removeprefix("trigger:").startswith(_CONDEMN):
        return False
    k = _act_noun_from(token + 1, toks)
    return k >= 0 and _author(k, toks, people) is None and _victim(k, toks, arg)


def _victim(k: int, toks: list[str], a: Arg) -> bool:
    """The participant stands after the act noun at `k`, behind a preposition of whom the act hurt (على، ضد، بحق،
    في شؤون) with no clause break between."""
    if a.i <= k or a.i - k > 6 or any(w in _STOPS for w in toks[k + 1:a.i]):
        return False
    return a.prep in _AGAINST or any(w in _AGAINST or w in _AFFAIRS for w in toks[max(k + 1, a.i - 2):a.i])


def _act_noun(hit: TriggerHit, toks: list[str]) -> int:
    """Where the condemned act's noun stands after the trigger, or -1."""
    return _act_noun_from(hit.j, toks)


def _act_noun_from(start: int, toks: list[str]) -> int:
    for k in range(start, min(len(toks), start + _REACH)):
        w = toks[k]
        if w in _STOPS:
            return -1
        if _parts(w)[0] in _ACTS:
            return k
    return -1


def _parts(w: str) -> tuple[str, bool]:
    """The word without a proclitic و / بـ / لـ and the article, and whether it was definite (وبالاعتداءات)."""
    w = w[1:] if w.startswith("و") and len(w) > 3 else w
    if w.startswith("لل"):
        return w[2:], True
    if w.startswith(("بال", "كال")):
        return w[3:], True
    if w.startswith("ال"):
        return w[2:], True
    if w[:1] in ("ب", "ل") and w[1:] in _ACTS:
        return w[1:], False
    return w, False


def _author(k: int, toks: list[str], people: list[Arg]) -> Arg | None:
    """The party of the act noun at `k`: its nationality adjective, right after it or past one definite adjective
    (الجرائم الإسرائيلية، التصعيد العسكري الإسرائيلي), or its bare genitive (اعتداءات الاحتلال، تصرفات السفارة), past a
    hashtag's mark."""
    definite = _parts(toks[k])[1]
    k += k + 1 < len(toks) and toks[k + 1] == "#"  # (ممارسات #الحوثيين: a hashtag's mark is no word)
    for p in people:
        if p.prep is not None or p.place or p.actor.country is None:
            continue
        if p.actor.kind == "nationality" and (p.i == k + 1 or p.i == k + 2 and toks[k + 1].startswith("ال")):
            return p
        if not definite and p.i == k + 1 and p.actor.kind != "nationality":
            return p
    return None
