"""The victims of a killing told as its author (used by stages/events): in قتل جنديان في هجوم, خمسة عسكريين قتلوا
أثناء هجوم إرهابي, or مقتل شرطي جراء انفجار, the party before the noun of attack is who died in it, never its
author; in شرطي قتل وأصيب آخر the pair of passives makes the subject the one killed. The attack's author stays
unnamed unless an agent phrase names it (events/agents)."""

from __future__ import annotations

from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.authors import CLASH_NOUNS, owns_attack
from marsad.events.cues import ATTACK_WORDS
from marsad.events.launcher import launcher
from marsad.events.origin import launched_from
from marsad.events.record import Participant
from marsad.events.shooter import fired_by
from marsad.events.their_dead import their_dead
from marsad.events.triggers import TriggerHit
from marsad.events.two_offices import two_offices
from marsad.events.weapon_subject import weapon_subject
from marsad.text.normalize import norm_words

# the circumstance the attack is told in: في هجوم، أثناء الهجوم، خلال غارة، جراء القصف، إثر انفجار
_IN = norm_words("في اثناء خلال جراء اثر بعد نتيجه بسبب من")
# a word of dying or killing between the victim and the attack: قتل، قتلوا، مقتل، مصرعهم، استشهد، لقوا حتفهم
_KILLED = tuple(sorted(norm_words("قتل وقتل مقتل بمقتل ومقتل مصرع حتف استشهد استشهاد باستشهاد واستشهد")))
# ... or of wounding, passive or a noun, before an attack that is not a clash (أصيب ضابط بإطلاق نار، إصابة شرطي في
# انفجار; who is wounded in a clash — أصيب جنود خلال الاشتباك — is still one of its sides)
_HURT = tuple(sorted(norm_words("اصيب واصيب اصابه باصابه واصابه")))
_VERBS = norm_words("قتل وقتل استشهد واستشهد")
_BREAKS = frozenset({".", "؛", ":", "،", ",", "ان", "انه", "انها"})


def _attack_in(hit: TriggerHit, toks: list[str]) -> bool:
    """The noun of attack is the circumstance of a clause: في هجوم, أثناء الهجوم, جراء غارات, or the genitive of one
    (في انفجار عبوة); or its means, with بـ on the noun (قتل خمسة جنود بانفجار سيارة مفخخة، بغارات على المدينة)."""
    if hit.verbal or hit.i < 1 or hit.trigger.type != "ASSAULT":
        return False
    means = toks[hit.i][:hit.strip].removeprefix("و") == "ب" or any(
        w[:1] == "ب" and w[1:] in ATTACK_WORDS for w in toks[max(0, hit.i - 2):hit.i])  # (بانفجار سيارة مفخخة)
    return means or toks[hit.i - 1] in _IN or hit.i >= 2 and toks[hit.i - 2] in _IN and toks[hit.i - 1] not in _BREAKS


def victim_not_author(hit: TriggerHit, toks: list[str], actor: Arg | None,
                      recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a noun of attack: an actor before it that a killing word joins to it in one clause —
    قتل ضابط شرطة في هجوم، عشرة جنود قتلوا أثناء هجوم — is its victim: the recipient, and no actor (but not one
    an agent phrase names: قتلا على يد التنظيم أثناء هجومه). A relative clause's killing first (relative_victims)."""
    actor, recipient = relative_victims(hit, toks, actor, recipient)
    if actor is None or actor.i >= hit.i or not _attack_in(hit, toks) or agent_marked(toks, actor.i):
        return actor, recipient
    lo = max(0, actor.i - 3)
    span = toks[lo:hit.i]
    clash = toks[hit.i][hit.strip:].removeprefix("ال") in CLASH_NOUNS
    k = next((n for n, w in enumerate(span) if w.startswith(_KILLED) or not clash and w.startswith(_HURT)), -1)
    if k < 0 or any(w in _BREAKS for w in span[k:]) or any(w in _BREAKS for w in toks[min(lo + k, actor.j):actor.i]):
        return actor, recipient
    if lo + k < actor.i and span[k] in _VERBS and (toks[actor.i].lstrip("و").startswith("ال") or toks[
            actor.j:actor.j + 1] and (toks[actor.j][:1].isdigit() or toks[actor.j] in _COUNTS - {"احد", "عدد"})):
        return actor, recipient  # قتل الجيش عشرة مسلحين في هجوم، قتل مسلحين 13 شخصا: a subject, then the killed
    if lo + k >= actor.j and (span[k].lstrip("وب").startswith(("مقتل", "استشهاد")) or hit.i - lo - k > 3):
        # (أعلنت الوزارة مسؤوليتها عن مقتل مدني في غارة: a verbal noun's victim follows it; موظف قتل أربعة من
        # زملائه في إطلاق نار: a verb with its object before the attack is active)
        return actor, recipient
    return None, recipient or actor


# the passive of أصاب, unambiguous unvowelled (أصاب, the active, is written with alif): قتل جندي وأصيب آخر
_WOUNDED = norm_words("واصيب واصيبت واصيبا واصيبوا")
_KILL_VERBS = frozenset({"assault-kill", "assault-assassinate"})


def killed_and_wounded(hit: TriggerHit, toks: list[str], actor: Arg | None,
                       recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing verb paired with وأصيب or followed by من جراء: ضابط شرطة قتل وأصيب آخر، عشرة
    مسلحين قتلوا من جراء غارات — the verb is passive, so the subject before it was killed: the recipient, and no
    actor."""
    actor, recipient = launched_from(hit, toks, actor, recipient)  # (قذائف أطلقت من غزة: the origin)
    nxt = toks[hit.j:hit.j + 2] if hit.verbal and hit.trigger.id in _KILL_VERBS else []
    if not nxt or nxt[0] not in _WOUNDED and nxt != ["من", "جراء"]:  # (قتلوا من جراء غارات: passive too)
        return passive_killed(hit, toks, actor, recipient)
    if actor is None or actor.i >= hit.i or agent_marked(toks, actor.i):
        return actor, recipient
    if hit.i - actor.j > 2 or any(w in _BREAKS for w in toks[actor.j:hit.i]):
        return actor, recipient
    if recipient is not None and recipient.i > hit.i and owns_attack(toks, hit.j, recipient):
        return recipient, actor  # (قتلوا من جراء غارات للتحالف: the raids' owner killed them)
    if recipient is None:
        return None, actor  # (not a speaker further off: قالت السلطات إن خمسة أشخاص قتلوا — left to the ranker)
    return actor, recipient


# what may stand between the subject and its passive killing verb: إن شابا قد قتل، جنديا بريطانيا، قتل
# (and an adjective of the group closing the subject, quotes, على الأقل: "خمسة عناصر من حركة X الإرهابية" قتلوا)
_BETWEEN = norm_words("""قد على الاقل الارهابيه الارهابي الارهابيين المسلحه المسلح المسلحين المتطرفه المتطرف
    المتطرفين المتشدده المتشدد المتشددين""") | {"،", ",", '"', "«", "»", "“", "”"}


def _aside(toks: list[str]) -> list[str]:
    """The words between a subject and its verb past a parenthesised aside: فلان (27 عاما) قتل."""
    if "(" in toks and ")" in toks[toks.index("("):]:
        return toks[:toks.index("(")] + toks[len(toks) - toks[::-1].index(")"):]
    return toks


# a group's allegiance closing the subject: عناصر من ميليشيات الحوثي الموالية لإيران قتلوا، المدعومة من X
_LOYAL = norm_words("الموالي المواليه الموالين الموالون المدعوم المدعومه المدعومين المدعومون التابع التابعه التابعين")


# where the subject was, closing it: أحد المسلحين داخل المبنى قتل، جندي قرب الحدود قتل
_WHERE = norm_words("داخل خارج قرب امام وسط")


def _where(words: list[str]) -> list[str]:
    """The words between a subject and its verb past a place phrase that closes the subject (داخل المبنى)."""
    if words[:1] and words[0] in _WHERE and words[1:2] and words[1].startswith("ال"):
        return words[2:]
    return words


def _allegiance(words: list[str]) -> list[str]:
    """The words between a subject and its verb past the allegiance phrase that opens them: الموالية لإيران،
    المدعومة من تركيا (its party is whom the subject is loyal to, not a word of another clause)."""
    if words[:1] and words[0] in _LOYAL:
        if words[1:2] and words[1][:1] == "ل" and words[1] not in _BREAKS:
            return words[2:]
        if words[1:2] == ["من"] and len(words) > 2:
            return words[3:]
    return words


# a word a number follows as a date or an age, not as a count of the killed: في 26 مارس، عام 2014، (27 عاما)
_DATED = norm_words("في منذ عام العام سنه يوم من الى حتى قبل بعد خلال مطلع اواخر اوائل")
# words in ب that are no preposition of means: a count (بعض، بضعة) or بين
_SOME = norm_words("بعض بضع بضعه بين")
_CLAUSE_END = frozenset({".", "؛", ":", "!", "؟", "فيما", "بينما", "وفيما", "وبينما"})


# a verb whose pronoun resumes the attack or weapon before it, its subject after it the author — انفجار لغم زرعته
# الميليشيا، في غارة شنتها الطائرات، بعبوة وضعها مجهولون
_DID_IT = norm_words("زرعه زرعته زرعتها زرعها زرعوه زرعوها شنه شنته شنتها شنها شنوه شنوها نفذه نفذته نفذتها نفذها "
                     "نفذوه نفذوها ارتكبه ارتكبته ارتكبتها ارتكبها ارتكبوه ارتكبوها اطلقه اطلقته اطلقتها اطلقها "
                     "اطلقوه اطلقوها وضعه وضعته وضعتها وضعها وضعوه وضعوها القاه القته القتها القاها القوه القوها "
                     "فجره فجرته فجرتها فجرها فجروه فجروها خاضه خاضته خاضتها خاضها خاضوه خاضوها")
# (معارك خاضها الجيش: who fought the battles the killed fell in)


def object_after(toks: list[str], j: int, recipient: Arg | None) -> bool:
    """The killing verb ending before token j has an object further on in its clause — a bare party (قتلت بالرصاص
    فلسطينيين) or a count (قتلت في وقت سابق 4 فلسطينيين، قتل بالرصاص الحي العشرات): the verb is active."""
    if recipient is not None and recipient.i >= j and recipient.prep is None and not recipient.place \
            and not agent_marked(toks, recipient.i) and toks[recipient.i - 1] not in _DID_IT:
        return True
    for k in range(j, len(toks)):
        w = toks[k]
        if w in _CLAUSE_END or w in ("،", ",") and not (k + 1 < len(toks) and toks[k + 1][:1].isdigit()):
            return False
        if w in _COUNTS - {"احد", "عدد", "ما"} or w in _SOME or w[:1].isdigit() and toks[k - 1] not in _DATED:
            return True
    return False


def fell_in(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
            recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing with its victim and no author, told in an attack or a battle whose own
    clause names who did it — قتل 25 شخصا في هجمات نفذها مسلحون، قتلوا إثر معارك عنيفة خاضها الجيش: that party
    (the subject of the verb resuming the attack, right after it, in the killing's clause) killed them."""
    if hit.trigger.id not in _KILL_VERBS or actor is not None:
        return actor, recipient
    for a in args:
        if a.i < hit.j or a.i - hit.j > 16 or any(w in _BREAKS for w in toks[hit.j:a.i]):
            continue
        if a.prep is None and not a.place and toks[a.i - 1] in _DID_IT and any(
                w in _IN for w in toks[hit.j:a.i - 1]):
            return a, None if recipient is a else recipient  # (the victim no dictionary lists stays unnamed)
    return actor, recipient


def passive_killed(hit: TriggerHit, toks: list[str], actor: Arg | None,
                   recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing verb right after its subject with no object, only its means or circumstance
    after it — شاب قتل برصاص الجيش، جندي قتل في انفجار عبوة، عشرة مسلحين قتلوا في اشتباكات مع الشرطة، مدنيون قتلوا
    بغارات جوية: unvowelled, the verb is passive, so the subject was killed: the recipient. The author is the
    party an agent phrase or the means names (برصاص X، على يد X), or the other side of a clash (مع X), else none.
    The group's adjective, quotes or على الأقل may stand before the verb ("عناصر من حركة X الإرهابية" قتلوا), and a
    verb that ends its clause (وأن سبعة من الشرطة على الأقل قتلوا.) is passive with no author."""
    if not hit.verbal or hit.trigger.id not in _KILL_VERBS or hit.j >= len(toks) or actor is None:
        return actor, recipient
    j = hit.j
    if toks[j] == "مع":  # (قتلا مع عشرات المتمردين في قصف: past the companions, events/verb_first_victim)
        j = next((k for k in range(j + 1, min(j + 8, len(toks))) if toks[k] in _IN - {"من"} or toks[k][:1] == "ب"
                  and toks[k] not in _SOME), j)
        if hit.j < actor.i < j:
            return (recipient if named_author(toks, j, recipient) else None), actor  # (killed with them)
    if actor.i >= hit.i or agent_marked(toks, actor.i) or any(
            w not in _BETWEEN for w in _where(_allegiance(_aside(toks[actor.j:hit.i])))):
        return actor, recipient
    nxt = toks[j]
    if nxt in (".", "؛") or nxt == '"' and toks[j + 1:j + 2] in ([], ["."], ["،"]):
        return None, actor  # (وأن 7 من قوات الأمن على الأقل قتلوا.: no object, no one named who killed them)
    if nxt not in _IN and (nxt[:1] != "ب" or nxt in _SOME) and toks[j:j + 2] not in (
            ["على", "يد"], ["على", "ايدي"]):
        return actor, recipient  # (قتل بعض عناصرهم: a count, not a means)
    if object_after(toks, j, recipient):
        return actor, recipient
    return (recipient if named_author(toks, j, recipient) else None), actor


def named_author(toks: list[str], j: int, a: Arg | None) -> bool:
    """The party after a passive killing (its verb ending before token j) that did it: named by an agent phrase or
    the means (برصاص الجيش، على يد مسلحين), the subject of a verb resuming the attack or weapon (لغم زرعته
    الميليشيا), the لـ owner of the attack (بغارات للتحالف, not past a relative: الضربة التي استهدفت المطار التابع
    للنظام), or the other side of a clash (في اشتباكات مع الشرطة)."""
    if a is None or a.i < j or a.place:
        return False
    if agent_marked(toks, a.i) or toks[a.i - 1] in _DID_IT:
        return True
    if owns_attack(toks, j, a) and not any(w in _RELATIVES for w in toks[j:a.i]):
        return True
    return a.prep == "مع" and any(w.lstrip("وب").removeprefix("ال") in CLASH_NOUNS or w.lstrip("وب") in (
        "تبادل", "اشتباك") for w in toks[j:a.i])


# a count opening the verb's object or subject: قتل 13 مسلحا، قتل ما لا يقل عن عشرة، قتل العشرات من عناصر الميليشيا
_COUNTS = norm_words("ما نحو حوالي اكثر قرابه زهاء عشرات العشرات مئات المئات الاف الالاف عدد اثنان اثنين ثلاثه اربعه "
                     "خمسه سته سبعه ثمانيه تسعه عشره احد")


# members of a body named with a partitive من: قتل أفراد من الشرطة، قتل عناصر من الميليشيا
_MEMBERS_OF = norm_words("افراد عناصر")


def counted(hit: TriggerHit, toks: list[str]) -> bool:
    """A killing verb followed right away by a count (قتل 13 مسلحا، قتل ما لا يقل عن عشرة) or by members of a body
    (قتل أفراد من الشرطة): passive, or active with its subject carried — either way the counted are the killed (not
    members followed by a count of their own, the object: قتل أفراد من الاستخبارات، اثنين من المقاتلين)."""
    first = toks[hit.j].removeprefix("و") if hit.j < len(toks) else ""
    return hit.verbal and hit.trigger.id in _KILL_VERBS and (first[:1].isdigit() or first in _COUNTS or (
        first in _MEMBERS_OF and toks[hit.j + 1:hit.j + 2] == ["من"] and not any(
            w in _COUNTS or w[:1].isdigit() for w in toks[hit.j + 2:hit.j + 8])))


def counted_victims(hit: TriggerHit, toks: list[str], actor: Arg | None,
                    recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing verb followed right away by a count — قتل 13 مسلحا، قتل ما لا يقل عن عشرة
    جنود، وقتل العشرات من عناصر الميليشيا: the active verb's subject would stand between it and the count (قتل
    الجيش 13 مسلحا), so the verb is passive and the counted party right after it was killed: the recipient, and
    no actor, unless the party the rules took after it did it, as for passive_killed (في هجمات نفذها X، في معارك
    خاضها X، برصاص X; other agent phrases are for the other rules and the ranker)."""
    if actor is not None and not counted(hit, toks) and actor.i >= hit.j and not agent_marked(toks, actor.i):
        return fronted_circumstance(hit, toks, actor, recipient)
    if actor is None or actor.i < hit.j or not counted(hit, toks) or actor.i - hit.j > 6 or agent_marked(toks, actor.i):
        return actor, recipient
    if any(w in _BREAKS for w in toks[hit.j:actor.i]):
        return actor, recipient
    return (recipient if named_author(toks, hit.j, recipient) else None), actor  # (في معارك خاضها الجيش)


# a relative pronoun, and the verbs of dying or being killed a relative clause opens with
_RELATIVES = norm_words("الذي التي الذين اللذين اللتين اللواتي اللاتي")
_DIED = norm_words("قتل قتلت قتلوا قتلا سقط سقطت سقطوا سقطا استشهد استشهدت استشهدوا استشهدا اصيب اصيبت اصيبوا")
# what follows a passive killing verb: the circumstance (في هجوم، جراء القصف), its means (برصاص، بنيران) or the end
_AFTER_PASSIVE = _IN | norm_words("على امس يوم اليوم") | _BREAKS


def relative_victims(hit: TriggerHit, toks: list[str], actor: Arg | None,
                     recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing a relative clause tells of its antecedent — المتظاهرين الذين قتلوا برصاص قوات
    الأمن، القتلى الذين سقطوا بنيران الاحتلال: the antecedent, right before the pronoun, was killed (a passive: no
    object follows the verb, only its circumstance, means or the clause's end), so it is the recipient, never the
    author; the author is the party the means or an agent phrase names after the verb (برصاص قوات الأمن), or none;
    a party before the antecedent is outside the clause, no recipient."""
    if hit.trigger.type != "ASSAULT" or hit.i < 2:
        return actor, recipient
    if hit.verbal and hit.trigger.id in _KILL_VERBS and toks[hit.i - 1] in _RELATIVES:
        pron, nxt = hit.i - 1, toks[hit.j] if hit.j < len(toks) else "."
        if nxt not in _AFTER_PASSIVE and nxt[:1] != "ب" or nxt == "على" and toks[hit.j + 1:hit.j + 2] not in (
                ["يد"], ["ايدي"]):
            return actor, recipient  # (الذين قتلوا ثلاثة جنود: an object, the verb active)
    elif not hit.verbal and toks[hit.i].removeprefix("و")[:1] == "ب" and toks[hit.i - 1] in _DIED \
            and toks[hit.i - 2] in _RELATIVES:
        pron = hit.i - 2
    else:
        return actor, recipient
    victim = next((a for a in (actor, recipient) if a is not None and (
        a.j == pron or a.j == pron - 1 and toks[a.j] in ("،", ","))), None)  # (الفلسطينيين، الذين أصيبوا برصاص)
    reach = 2 if hit.verbal else 1  # (قتلوا بنيران الاحتلال، برصاص القوات، بغارات جوية سورية)
    author = next((a for a in (actor, recipient) if a is not None and a.i > pron and a is not victim and (
        0 <= a.i - hit.j <= reach or agent_marked(toks, a.i))), None)
    if victim is None and not hit.verbal:  # (حمل X سلطات الاحتلال المسؤولية عن القتلى الذين سقطوا بنيران الاحتلال)
        return author, None if recipient is None or recipient.i < pron or recipient is author else recipient
    if victim is None:
        return actor, recipient
    return author, victim


# what a clause-opening passive killing verb may have before its subject: a time or adverb (قتل مؤخرا، قتل أيضا);
# a circumstance in _IN runs on to a count or a comma (قتل جراء القصف 4 مدنيين). Not "in it" (قتل فيها): the
# pronoun resumes an attack told before, whose author did the killing (sides.join_consequence)
_ADVERBS = norm_words("ايضا كذلك مؤخرا امس اليوم")
_OPENS = norm_words("و فيما بينما كما حيث اذ ان انه ، , : « \"") | {"."}


def _subject_start(toks: list[str], j: int) -> tuple[int, bool]:
    """Where the subject of a verb ending before token j starts past its fronted circumstance — the adverbs and a
    phrase in _IN up to a count or a comma (قتل جراء القصف أيضا 4 مدنيين، قتل مؤخرا في سوريا، شاب) — and whether
    any was skipped; (-1, False) if a circumstance in _IN reaches no count or comma within five words."""
    k, skipped = j, False
    while k < len(toks):
        if toks[k] in _ADVERBS or toks[k] in ("،", ","):
            k, skipped = k + 1, True
        elif toks[k] in _IN:
            end = next((m for m in range(k + 1, min(k + 6, len(toks))) if toks[m] in ("،", ",") or toks[m][:1].isdigit()
                        or toks[m] in _COUNTS - {"ما", "احد"}), -1)
            if end < 0:
                return -1, False
            k, skipped = end, True
        else:
            return k, skipped
    return -1, False


def fronted_circumstance(hit: TriggerHit, toks: list[str], actor: Arg,
                         recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing verb opening its clause with its circumstance or an adverb before the party —
    وقتل جراء القصف أيضا 4 مدنيين، قتل مؤخرا في سوريا، شاب تونسي: an active verb's
    subject would come right after it, so the verb is passive and the party after the circumstance (a count or a
    comma right before it) was killed: the recipient; the author is the party an agent phrase names, else none."""
    if not hit.verbal or hit.trigger.id not in _KILL_VERBS or hit.i > 0 and toks[hit.i - 1] not in _OPENS:
        return actor, recipient
    k, skipped = _subject_start(toks, hit.j)
    if not skipped or actor.i < k or actor.i - k > 4 or any(w in _CLAUSE_END or w in ("،", ",")
                                                             for w in toks[k:actor.i]):
        return actor, recipient
    if not (toks[k][:1].isdigit() or toks[k] in _COUNTS or toks[k - 1] in ("،", ",") and actor.i == k):
        return actor, recipient
    author = recipient if recipient is not None and recipient.i > actor.i and agent_marked(toks, recipient.i) else None
    return author, actor


def self_struck(hit: TriggerHit, toks: list[str], actor: Participant, recipient: Participant
                ) -> tuple[Participant | None, Participant | None]:
    """An actor and a recipient that are one party: a state does not sanction itself (واشنطن after الولايات المتحدة:
    the recipient goes), but the author carried from before (implicit) to a verb of striking whose subject is a noun
    of attack is not the party the verb names as struck — ... اجتماعا لقيادات حوثية. واستهدفت الغارات تجمعا
    لميليشيا الحوثي: the carried author goes (events/weapon_subject). The counted killed of a killing verb and the
    other side named apart from them are two parties even with one code — قتل 83 مسلحا من X في مواجهات مع Y: both
    stay, and so do two offices of one sector a statement joins — دعا رئيس الحكومة وزير الداخلية (two_offices)."""
    if counted(hit, toks) and not actor.implicit and actor.span != recipient.span or two_offices(
            hit.trigger.type, actor, recipient):
        return actor, recipient
    return (None, recipient) if actor.implicit and weapon_subject(hit, toks) else (actor, None)


# الخاضعة لسيطرة X، التي يسيطر عليها X: a site held by X
_HELD = norm_words("الخاضع الخاضعه الخاضعين الخاضعتين الخاضعان")
_HOLDS = norm_words("يسيطر تسيطر")


def held_by(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None, recipient: Arg | None
            ) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an attack on a site told as held by a party — غارات على وزارتي الدفاع والداخلية
    الخاضعتين لسيطرة الحوثي، مكتب الرئاسة الذي يسيطر عليه المتمردون: the holder is the target, not the body the
    site's name names (the ministry, the presidency); a town or a state held by X stays the place struck. First, who
    launched an attack named by a verbal noun of launching before it (events/launcher) and who fired a bullet or
    shell named after its noun (events/shooter) are their authors, and so is who did the attack a killing is told
    in (fell_in); a group's own dead — جثث قتلاها — are its losses, not its victims (events/their_dead)."""
    actor, recipient = fired_by(hit, toks, args, *launcher(hit, toks, args, actor, recipient))
    actor, recipient = their_dead(hit, toks, *fell_in(hit, toks, args, actor, recipient))  # جثث قتلاها
    if hit.trigger.type != "ASSAULT" or recipient is None or recipient.i < hit.j or recipient.actor.kind in (
            "place", "country"):  # (a town held by X — مدينة دوما الخاضعة لسيطرة المعارضة — is where it struck)
        return actor, recipient
    for k in range(recipient.j, min(len(toks) - 2, recipient.j + 4)):
        w = toks[k]
        at = k + 2 if w in _HELD and toks[k + 1] == "لسيطره" else k + 3 if w in ("التي", "الذي") and toks[
            k + 1] in _HOLDS and toks[k + 2] in ("عليها", "عليه") else -1
        if w in (".", "؛", ":") or at >= 0:
            break
    else:
        return actor, recipient
    holder = next((a for a in args if at >= 0 and a.i == at and not a.place and a.actor.kind != "place"), None)
    return (actor, holder) if holder is not None and holder is not actor else (actor, recipient)
