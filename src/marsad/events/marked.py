"""The party a preposition marks as the one acted on, right after the verb: طلب من X، حكم على X، القبض على X.

Some verbs take the party they act on through a preposition that follows them at once (or follows their subject,
VSO): طلبت الحكومة من X أن, حكمت المحكمة على X بالسجن, ألقت الشرطة القبض على X, قبض على X. What stands in that
phrase is the one asked, sentenced or arrested — never the one who acts, also when the phrase opens with a noun no
dictionary lists and only the nationality adjective after it is (طلبت من الشركة الهندية, حكم على الفتى
الفلسطيني, القبض على العامل المصري: the adjective names the company's or the man's country; read alone, right
after the verb, it looked like the subject).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

# the trigger → the preposition that marks the one it acts on (normalised: على → علي)
_MARKS = {t: norm(w) for t, w in (("request-ask", "من"), ("request-petition", "من"), ("coerce-sentence", "على"),
                                  ("coerce-arrest-qabd", "على"), ("coerce-arrest-qabada", "على"))}
_SKIP = frozenset({"،", ",", '"', "«", "»", "“", "”"})
_ADVERBS = norm_words("ايضا أيضا كذلك مجددا مؤخرا بدوره بدورها امس أمس اليوم رسميا")
# words that end the phrase before a participant: the act asked for or the sentence (ان، بالسجن), a clause
_STOPS = norm_words("ان أن بان الذي التي الذين الى إلى في من على عن مع بعد قبل")
# before طلب, a word that makes it the noun "a request" (أي طلب من، ألف طلب من: من names the one asking)
_NOUN_BEFORE = norm_words("أي لاي بأي كل الف ألف آلاف الاف مئات عشرات عده عدة اول أول في على من الى إلى عن بعد قبل")
_APPOSITION = 7  # words of a description between commas after the subject, the commas included
_NOUNS = 2  # unlisted words the phrase may open with (من الشركة الهندية، على رجل أعمال صيني)


def _partitive(toks: list[str], hit: TriggerHit) -> bool:
    """طلب من طلبات السفارة: the phrase is a part of the trigger's own noun (partitive), not a party."""
    stem = toks[hit.i][hit.strip:][:3]
    return any(w.removeprefix("ال").startswith(stem) for w in toks[hit.j + 1:hit.j + 2])


def _just_before(a: Arg, hit: TriggerHit, toks: list[str]) -> bool:
    """A subject right before the trigger, past a light verb (السلطات ألقت القبض) or a description between commas
    (محكمة X، جنوب البلاد، حكمت)."""
    if a.j > hit.i:
        return False
    between = toks[a.j:hit.i]
    return len(between) <= 1 or 3 <= len(between) <= _APPOSITION and between[0] == between[-1] == "،" and not any(
        w in _STOPS or w in _SKIP or w[:1] == "و" for w in between[1:-1])


def _opener(hit: TriggerHit, toks: list[str], actor: Arg | None, mark: str) -> int:
    """Where the marking preposition stands: the trigger's own last word (القبض على), or right after the verb,
    its adverbs or its subject (طلب الرئيس المصري من); -1 when it does not."""
    if hit.j > hit.i + 1 and toks[hit.j - 1] == mark:
        return hit.j - 1
    if not hit.verbal or hit.i > 0 and (toks[hit.i - 1] in _NOUN_BEFORE or toks[hit.i - 1].isdigit()) or \
            _partitive(toks, hit):
        return -1
    k = hit.j
    while k < len(toks) and (toks[k] in _ADVERBS or toks[k] in _SKIP):
        k += 1
    if actor is not None and actor.i == k and actor.prep is None:  # VSO
        k = actor.j
    return k if k < len(toks) and toks[k] == mark else -1


def marked_party(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) with the party of the marking phrase as the recipient and never the actor."""
    mark = _MARKS.get(hit.trigger.id)
    if mark is None:
        return actor, recipient, implicit
    k = _opener(hit, toks, actor, mark)
    if k < 0:
        return actor, recipient, implicit
    party = next((a for a in sorted(people, key=lambda a: a.i) if k < a.i <= k + 1 + _NOUNS), None)
    if party is None or party is recipient:
        return actor, recipient, implicit
    # one unlisted head (من إدارة ناديه), two only before a nationality (على رجل أعمال صيني); hashtags aside
    gap = [w for w in toks[k + 1:party.i] if w != "#"]
    if gap and (party.prep is not None or len(gap) > 1 and party.actor.kind != "nationality" or not all(
            w not in _STOPS and w not in _SKIP and not w[:1].isdigit() and (w[:1] not in ("ب", "ل", "و")
                                                                           or w.startswith("ال")) for w in gap)):
        return actor, recipient, implicit
    if actor is party:  # the subject named before the verb, else one not named here (the antecedent's)
        actor = next((a for a in people if a.prep is None and a.actor.kind != "place" and _just_before(a, hit, toks)),
                     None)
        implicit = actor is None
    return actor, party, implicit


# قيد الحبس، رهن الاعتقال، تحت الإقامة الجبرية: the state a holding noun puts its object in
_UNDER = norm_words("قيد رهن تحت")
_PUT = ("وضع", "يضع", "تضع", "نضع")  # (normalised) وضعت السلطات X قيد الحبس


def placed_under(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                 implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """وضعت السلطات صحفيا أجنبيا قيد الحبس, وضع الناشط رهن الاعتقال: the participant right before قيد /
    رهن / تحت and the holding noun is the one held, never the holder; the holder is the subject of وضع before it
    (none named: the antecedent's) — unless وضع carries the held one as its pronoun (تضعه السلطات قيد ...)."""
    if hit.trigger.type != "COERCE" or hit.verbal or hit.i < 2 or toks[hit.i - 1] not in _UNDER:
        return actor, recipient, implicit
    held = next((a for a in people if a.j in (hit.i - 1, hit.i) and a.i < hit.i - 1 and a.prep is None), None)
    if held is None:
        return actor, recipient, implicit
    put = max((v for v in range(max(0, held.i - 8), held.i) if toks[v].startswith(_PUT)
               or toks[v][:1] == "و" and toks[v][1:].startswith(_PUT)), default=-1)
    if put < 0:
        return actor, recipient, implicit
    verb = toks[put][1:] if toks[put][1:].startswith(_PUT) else toks[put]
    if verb[3:].endswith(("ه", "ها", "هم", "هما")):  # القس الذي تضعه السلطات تحت الإقامة: the pronoun is held
        return (held if actor is None or actor is held else actor), (None if recipient is held else recipient), False
    holder = next((a for a in people if put < a.i and a.j <= held.i and a is not held and a.prep is None), None)
    if holder is not None:
        return holder, held, False
    if actor is held:
        return None, held, True
    return actor, held, implicit
