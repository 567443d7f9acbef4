"""A killing told as the outcome of an attack: the attack's author killed.

After a verb of outcome — أسفر عن، أدى إلى، تسبب في / بـ، نجم عنه، خلف — a killing or destruction noun (مقتل،
تدمير) is the result of the attack the verb's subject names: غارة شنتها الولايات المتحدة على موقع للمتشددين، مما
أسفر عن مقتل قيادي; وأسفرت الغارات الروسية عن مقتل عشرة; قصف للجيش أدى إلى مقتل مدنيين. The killing takes that
attack's author, even when the roles found another one for it (a party before the verb: the owner of the town the
attack hit, الخاضعة لسيطرة المعارضة, or the attack's own nationality adjective read as the one killed) or when the
attack also names its own target (events/sides.join_consequence leaves those: it joins a killing only to an attack
whose target is no party). The attack is the verb's subject, named between the verb and the killing (وأسفرت
الغارات ... عن مقتل); only when the verb stands right before its preposition (... مما أسفر عن) is it the nearest
attack told before, in the same clause (not past فيما / بينما). A party killed is never its own killer: an attack
by the very party killed (هاجم مسلحون حاجزا، مما أسفر عن مقتل ثلاثة من المسلحين) gives no author, nor does an
attack whose author came out a monitor or an outlet (NGO, MED: who tells of it, read wrong).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.events.record import Event
from marsad.text.normalize import norm_words

_KILLINGS = ("assault-kill", "assault-liquidate", "assault-massacre", "assault-slaughter", "assault-destroy")
OUTCOME_PAST = norm_words("اسفر اسفرت اسفرتا اسفرا ادي ادت اديا تسبب تسببت نجم نجمت نتج نتجت خلف خلفت")
_INTO = norm_words("عن عنه عنها عنهما عنهم الي في")  # أسفر عن، نجم عنه، أدى إلى، تسبب في
_BY = norm_words("تسبب تسببت")  # تسبب بمقتل
_REACH = 25  # tokens from the attack to the verb of outcome
_SUBJECT_REACH = 14  # tokens from the verb to the killing, its subject between (وأسفرت الغارات التي ... عن مقتل)
_STOPS = frozenset({".", "؛", ":"})
_TELLERS = frozenset({"NGO", "MED"})  # a monitor or an outlet the attack's roles took for its author passes on no one
_WHILE = norm_words("فيما بينما وفيما وبينما حين حيث")


def _killing(e: Event) -> bool:
    return e.event_type == "ASSAULT" and not e.negated and not e.verbal and any(
        e.rule.startswith(f"trigger:{k}@") for k in _KILLINGS)


def outcome(word: str, verbs: frozenset[str] = OUTCOME_PAST) -> bool:
    """`word` or, past a conjunction و / ف, its body is a verb of outcome (أسفرت، وأسفرت، فأسفرت)."""
    return word in verbs or len(word) > 3 and word[0] in "وف" and word[1:] in verbs


def which_resulted(toks: Sequence[str], k: int, i: int) -> bool:
    """ما at `k` is the relative 'which' of a verb of outcome whose complement holds the trigger at `i` — ، ما أسفر
    عن مقتل، وهو ما أدى إلى اندلاع مواجهات — not a negation; but a negative-polarity أي after the trigger keeps the
    old negation (ما أسفر القصف عن مقتل أي جندي)."""
    return toks[k] == "ما" and k + 1 < len(toks) and outcome(toks[k + 1]) and toks[i + 1:i + 2] != ["اي"]


def _self(k: Event, a: Event) -> bool:
    """The killing's victims are the attack's author (هاجم مسلحون حاجزا، مما أسفر عن مقتل ثلاثة من المسلحين) —
    not when they are the very words of the author, read the wrong way round (القصف الروسي بمقتل: RUS)."""
    return k.recipient is not None and a.actor is not None and k.recipient.actor.code == a.actor.actor.code \
        and k.recipient.span != a.actor.span


def outcome_verb(toks: Sequence[str], k: int) -> int:
    """The position of the verb of outcome whose complement the noun at `k` opens (أسفر عن مقتل، تسبب بمقتل,
    وأسفرت الغارات ... عن مقتل), or -1."""
    by = k > 0 and toks[k][:1] == "ب"  # تسبب القصف بمقتل
    if k < 1 or not by and toks[k - 1] not in _INTO:
        return -1
    for v in range(k - 1 if by else k - 2, max(-1, k - 2 - _SUBJECT_REACH), -1):
        if toks[v] in _STOPS:
            return -1
        if outcome(toks[v], _BY if by else OUTCOME_PAST):
            return v
    return -1


def _attacks(events: Sequence[Event], toks: Sequence[str], v: int, k: Event) -> list[Event]:
    """The attacks the verb of outcome at `v` may tell the killing `k` of: its subject (between the verb and the
    killing), else, the verb right before its preposition, the nearest told before it in the clause."""
    subject = [a for a in events if v < a.token < k.token and a.event_type == "ASSAULT" and not _killing(a)]
    if subject or k.token - v > 2:
        return subject
    before = [a for a in events if v - _REACH <= a.token < v and a.event_type == "ASSAULT" and not _killing(a)
              and not any(w in _STOPS or w in _WHILE for w in toks[a.token:v])]
    return before[-1:]


def outcome_author(events: Sequence[Event], toks: Sequence[str]) -> list[Event]:
    """The events of one sentence, a killing told as an attack's outcome given that attack's author."""
    out = list(events)
    for n, k in enumerate(out):
        if not _killing(k) or (v := outcome_verb(toks, k.token)) < 0:
            continue

        def cause(a: Event, k: Event = k, v: int = v) -> bool:
            return a is not k and a.event_type == "ASSAULT" and a.actor is not None and not a.actor.implicit \
                and not a.negated and not _killing(a) and a.actor.actor.code is not None and not _self(k, a) \
                and a.actor.actor.sector not in _TELLERS \
                and not any(w in _STOPS for w in toks[min(a.token, v):k.token])
        # the verb's subject (between it and the killing), else the nearest attack before the verb
        # (an attack noun there with no author of its own — حيث أسفر الهجوم عن مقتل — retells one the rules did
        # not tie it to: left alone)
        subject = [a for a in out if v < a.token < k.token and a.event_type == "ASSAULT" and not _killing(a)]
        # (... مما أسفر عن: the verb right before its preposition, its subject the attack told before; not past a
        # clause of its own — بينما أسفر حادث سير عن مقتل —, nor past فيما / بينما)
        before = [a for a in out if v - _REACH <= a.token < v and cause(a) and not any(
            w in _WHILE for w in toks[a.token:v])] if k.token - v <= 2 else []
        found = next((a for a in subject if cause(a)), None) if subject else max(
            before, key=lambda a: a.token, default=None)
        if found is None and k.actor is not None and k.actor.span.end <= k.trigger.start and any(
                a.actor is None and not a.negated for a in _attacks(out, toks, v, k)):
            # هجوم على مجمع وزارة الداخلية أسفر عن مقتل 9: the attack names no author, so the party told before
            # the killing (its target, its place, who tells of it) is no killer: the author stays unnamed
            out[n] = replace(k, actor=None)
            continue
        if found is None or (k.actor is not None and k.actor.actor == found.actor.actor):
            continue
        recipient = k.recipient
        if recipient is not None and (recipient.actor == found.actor.actor or recipient.span == found.actor.span):
            recipient = found.recipient  # (no one kills itself: the attack's target is the one killed)
        out[n] = replace(k, actor=found.actor, recipient=recipient)
    return out
