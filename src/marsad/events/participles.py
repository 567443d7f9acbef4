"""Who says a statement, read off the shape of the words around it: a first-person verb (ندعو), the name of a
title's holder (النائب عن حركة X + a name) and the body a bare title heads (زعيم حزب X: the subject's own),
and a circumstantial participle (الحال) after a main clause (انتقد أمير قطر الاتفاقات، داعيا إلى ...,
كتب الرئيس ...، داعيا مواطنيه إلى الحذر, هاجم الرئيس حلفاءه، لاسيما ألمانيا، متهما إياها
بـ ...). The participle has no subject of its own: it is the main clause's subject; what follows it is its object."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.authors import SAID, recipient_after
from marsad.events.requests import requested
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm, norm_words

_POSSESSED = ("تنا", "تها", "ته")  # (not تهما: متهما)
_BREAKS = frozenset(("،", ",", ".", "؛", ":"))
_WHERE = frozenset(norm_words("في ب امام خلال عند قرب داخل"))


def circumstantial_participle(hit: TriggerHit, toks: list[str]) -> bool:
    """داعيا, متهما, مطالبا, رافضا, محذرا: the trigger is an active participle in the accusative (ـاً), the shape of a
    circumstantial clause (فاعلاً: داعيا، رافضا; مُفعِلاً / مُفاعِلاً / مُفتعِلاً: متهما، مطالبا، منددا) — not a verbal
    noun in the accusative after a light verb (وجه تهديدا، قدم دعما); a feminine one only before إياه / إياها /
    إياهم (مطالبة إياهم بالحذر), since ـة alone is also a verbal noun (مطالبة)."""
    if hit.trigger.type not in SAID:
        return False
    body = toks[hit.i][hit.strip:]
    if body.endswith(_POSSESSED):  # مطالبتنا, دعوتها: a verbal noun with a possessive, not a participle
        return False
    if body.endswith("ا"):
        return len(body) >= 5 and body[0] == "م" or len(body) == 5 and body[1] == "ا"
    if hit.trigger.type == "REQUEST" and hit.strip == 0 and hit.i > 0:
        # (a plural one — تظاهروا، مطالبين X بـ، داعين إلى —, indefinite; not متهمين, mostly the accused men; and a
        # feminine one right after the comma closing its main clause — دعت الحركة إلى ...، مطالبة الحكومة بـ)
        if body.endswith("ين") and (len(body) >= 7 and body[0] == "م" or len(body) == 5 and body[1] == "ا"):
            return True
        if body.endswith("ه") and body[0] == "م" and len(body) >= 5 and toks[hit.i - 1] in ("،", ",") and \
                hit.j < len(toks) and not toks[hit.j].startswith(("ب", "ل", "من", "الى", "إلى", "على")):
            return True  # (not مطالبة من روسيا بـ: the one asked after من is the rules')
    return body.endswith("ه") and body[0] == "م" and len(body) >= 5 and hit.j < len(toks) and \
        toks[hit.j].startswith("ايا")


def circumstantial(hit: TriggerHit, toks: list[str], people: list[Arg],
                   preps: tuple[str, ...]) -> tuple[Arg | None, Arg | None] | None:
    """(actor, recipient) of a statement told by a circumstantial participle: the actor is the subject of the
    sentence's main verb — its first bare participant before the participle (None when there is none: the one
    spoken of); the recipient is the participant right after it (داعيا مواطنيه, مشيدا بجهود السعودية: one word on
    at most, bare or behind one of the trigger's prepositions), or, after إياه / إياها, the last other party named
    before it, bare or, for an accusation, behind a preposition but في (ألمانيا متهما إياها، مع المبعوث الأممي،
    متهما إياه). What a call asks for (داعيا إلى فتح تحقيق) names no addressee."""
    if not circumstantial_participle(hit, toks):
        return None
    subject = next((a for a in people if a.j <= hit.i and a.prep is None), None)
    if hit.j < len(toks) and toks[hit.j].startswith("ايا"):
        # (also one behind a preposition — مع مبعوث الأمم المتحدة، متهما إياه; لباكستان متهمة إياها —, not a
        # place nor one after a preposition of place or means: في، بـ، أمام البرلمان)
        # (for accusing only: after a call, إلى تونس داعيا إياهم, the addressee is the subject's own people)
        recipient = next((a for a in reversed(people) if a.j <= hit.i and a is not subject and (a.prep is None or (
            hit.trigger.type == "ACCUSE" and not a.place and a.prep not in _WHERE))), None)
        return subject, recipient
    # (its own clause only: up to the next comma or stop)
    end = next((k for k in range(hit.j, len(toks)) if toks[k] in _BREAKS), len(toks))
    after = [a for a in people if hit.j <= a.i and a.j <= end and a is not subject]
    recipient = recipient_after(after, preps, toks=toks, agents=False)
    if recipient is not None and hit.trigger.type == "REQUEST" and requested(hit.j, toks, people, recipient):
        recipient = None  # (مطالبين بدعم إنقاذ المهاجرين: who takes part in the act asked for is not asked)
    return subject, recipient


_THIRD_OBJECTS = ("ه", "ها", "هم", "هما")


def first_person(hit: TriggerHit, toks: list[str], people: list[Arg],
                 preps: tuple[str, ...]) -> tuple[None, Arg | None] | None:
    """(None, recipient) of a statement verb in the first person plural (ندعو المجتمع الدولي إلى, نطالبه بـ,
    نشكره على): "we" — the speaker (the caller's) — say it, so the participant right after the verb is its object,
    never its subject; a third-person object pronoun on the verb resumes the last party named before it (نثمن قرار
    ترامب ونشكره), not one the speaker's possessive marks as its own. None for any other verb (a root that itself
    begins with ن — نفى، ندد — is no prefix)."""
    if not hit.verbal or hit.trigger.type not in SAID:
        return None
    body = toks[hit.i][hit.strip:]
    if not any(len(p) > 3 and body.startswith("ن" + norm(p)[1:]) for p in hit.trigger.present) or any(
            body.startswith(norm(p)) for p in hit.trigger.past):
        return None
    if body.endswith(_THIRD_OBJECTS) and len(body) > 4:
        # (not a possessed noun, the speaker's own: حكومته ترحب بالاتفاق مع واشنطن، ونشكرها — Washington)
        return None, next((a for a in reversed(people) if a.j <= hit.i and not a.possessed), None)
    return None, next((a for a in people if a.i == hit.j and (a.prep is None or a.prep in preps)), None)


_COMPLEMENT_PREPS = ("عن", "ل", "في", "ب")
_RANKS = norm_words("العقيد الركن العميد اللواء الفريق المقدم الرائد النقيب الجنرال المشير")  # before the name


def holder_name(actor: Arg | None, recipient: Arg | None, people: list[Arg], toks: list[str]) -> bool:
    """النائب عن حركة النهضة الصحبي عتيق, الناطق باسم وزارة الداخلية محمد العروي: a name no dictionary lists,
    right after a title and the body the title is of (عن، لـ، في، بـ X; a comma may stand between), names the
    title's holder — the actor itself, not the addressee; so does a listed person's name after a spokesman's unit
    (المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا), whatever body he speaks for (باسم التحالف)."""
    if actor is None or recipient is None or recipient.actor.kind != "person" or recipient.prep is not None \
            or actor.j > recipient.i:
        return False
    spokesman = "باسم" in toks[actor.i:actor.j]
    if not spokesman and (actor.actor.kind not in ("person", "institution") or recipient.actor.id is not None):
        return False
    k, bodies = actor.j, 0
    while k < recipient.i:
        body = next((a for a in people if a.i == k and a.prep in _COMPLEMENT_PREPS), None) or next(
            (a for a in people if a.i == k + 1 and toks[k] in _COMPLEMENT_PREPS and a.prep in _COMPLEMENT_PREPS), None)
        if body is not None and body.actor.kind in ("organisation", "institution", "country"):
            k, bodies = body.j, bodies + 1
        elif toks[k] in ("،", ",") or toks[k] in _RANKS or spokesman and k == actor.j and toks[k].startswith("ال"):
            k += 1  # (المتحدث باسم التحالف العقيد الركن فلان: a one-word body no dictionary lists, a rank)
        else:
            return False
    # (the spokesman's unit may hold the body itself: الناطق باسم وزارة الداخلية + سعد معن)
    return k == recipient.i and (bodies > 0 or spokesman)


def apposed_name(actor: Arg | None, recipient: Arg | None, people: list[Arg], toks: list[str]) -> bool:
    """وعد المبعوث الأممي الجديد، مارتن غريفيث، الشعب اليمني: a person's name set off by commas right after a
    title (and its adjectives) of the same country or body is the title's holder in apposition — the actor itself,
    not the addressee."""
    if actor is None or recipient is None or actor.actor.kind != "person" or recipient.actor.kind != "person" \
            or recipient.prep is not None or actor.j >= recipient.i or not actor.actor.country \
            or recipient.actor.country != actor.actor.country or recipient.j >= len(toks):
        return False
    between = toks[actor.j:recipient.i]
    return between[-1:] in (["،"], [","]) and toks[recipient.j] in ("،", ",") and all(
        w.startswith("ال") for w in between[:-1]) and not any(actor.j <= a.i < recipient.i for a in people)


def own_body(hit: TriggerHit, actor: Arg | None, recipient: Arg | None, toks: list[str]) -> bool:
    """ودعا زعيم حزب الحركة القومية إلى، طالب رئيس حزب النهضة الحكومة بـ، دعا قائد القيادة الجوية الكونغرس: the body
    a title heads, named right after it in construct — the title a bare indefinite noun (رئيس، زعيم، قائد), which
    cannot end a subject, then the body, past at most one indefinite head of it (حزب) — is part of the subject, the
    actor's own body, not the addressee (of a statement verb: قتل ضابط جهاز الأمن may be passive, the officer
    killed)."""
    if actor is None or recipient is None or recipient.prep is not None or recipient.i < actor.j \
            or not hit.verbal or hit.trigger.type not in SAID or not 0 <= actor.i - hit.j <= 1 \
            or toks[actor.j - 1].startswith("ال"):  # (the verb's subject right after it, a title in construct)
        return False
    if actor.owner is not None and actor.owner == (recipient.start, recipient.end):  # (events/arguments: idafa)
        return True
    return actor.actor.kind == "person" and actor.actor.id is None and actor.actor.sector is not None \
        and actor.j - actor.i == 1 \
        and recipient.actor.kind in ("organisation", "institution") and recipient.i - actor.j <= 1 and all(
            not w.startswith("ال") and w not in _BREAKS for w in toks[actor.j:recipient.i])


def past_body(body: Arg, after: list[Arg], toks: list[str]) -> list[Arg]:
    """The participants past a subject's own body and the rest of the subject: the body's adjectives and complements
    (حزب الشعب المعارض، لجنة الاستخبارات في مجلس النواب), the listed body an unlisted one is in construct with
    (مجلس شورى حركة النهضة), its holder's name no dictionary lists (ديفن نونيس), an apposition set off by commas
    (، أحد كبار مؤيدي ترامب،) and a conjunct joined by و (قائد المنتخب وصانع ألعاب نادي X: the body of a second title
    of the same man)."""
    k = body.j
    while k < len(toks):
        a = next((a for a in after if a.i == k), None) or next(  # (في مجلس النواب: the preposition a word apart)
            (a for a in after if a.i == k + 1 and toks[k] in _COMPLEMENT_PREPS and a.prep == toks[k]), None)
        if a is not None and (a.prep in _COMPLEMENT_PREPS or a.prep is None and a.actor.kind == "nationality" or (
                a.prep is None and a.actor.kind == "person" and a.actor.id is None and a.actor.sector is None) or (
                # مجلس شورى حركة النهضة: a body no dictionary lists, indefinite, in construct with the listed one
                k == body.j and a.prep is None and not body.actor.code and not body.actor.country
                and a.actor.kind in ("organisation", "institution") and not toks[k - 1].startswith(("ال", "وال")))):
            k = a.j
        elif a is None and toks[k].startswith("ال"):
            k += 1
        elif a is None and (c := next((m for m in (k + 1, k + 2) if m < len(toks) and toks[m] in ("،", ",")), -1)) > 0 \
                and not any(w in _BREAKS for w in toks[k:c]):
            k = c  # (the holder's name no dictionary lists, one or two words before a comma: ديفن نونيس،)
        elif toks[k] in ("،", ","):
            close = next((m for m in range(k + 1, min(len(toks), k + 10)) if toks[m] in _BREAKS), -1)
            k = close + 1 if close > 0 and toks[close] in ("،", ",") else k + 1
        else:
            break
    out = [a for a in after if k <= a.i <= k + 3]  # (the object follows the whole subject)
    gap = toks[k:out[0].i] if out else []
    if out and (out[0].conj and not gap or gap and gap[0].startswith("و") and not any(w in _BREAKS for w in gap)):
        out = out[1:]  # (a conjunct is the subject's too: رئيس حزب X وحزب Y)
    return out
