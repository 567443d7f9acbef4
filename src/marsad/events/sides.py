"""Who stands on each side of an event once the roles are found: two-sided events (تبادل الاتهامات, اشتباكات بين
X و Y, اتفقت مصر والسودان), targets read from the place of an attack or a protest, the authorities' own
people as the target of domestic coercion — and one event per incident: the words of one sentence that name the
same act between the same parties (قتل ... في هجوم انتحاري بسيارة مفخخة استهدف ...) make one event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.events.arguments import MEMBERS, Arg, conjuncts, team
from marsad.events.authors import ATTACK_NOUNS, CLASH_NOUNS
from marsad.events.backers import backed, is_backer
from marsad.events.clash_sides import clash_second
from marsad.events.consequence import outcome_author
from marsad.events.cues import GROUP_HEADS, RELATIVES
from marsad.events.held_place import place_not_target
from marsad.events.instrument import own_forces
from marsad.events.offstage import offstage
from marsad.events.preposition import PREPOSITIONS, QUOTES
from marsad.events.record import Event, Participant, Span
from marsad.events.struck_party import struck_party
from marsad.events.triggers import TriggerHit
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm_words

_BILATERAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # X و Y agree / meet / cooperate: with each other
# AGREE triggers mutual by their meaning: the parties joined as their subject agree with each other
_RECIPROCAL = frozenset({"agree-agree", "agree-agree-present", "agree-reach-deal", "agree-reconcile",
                         "agree-consensus"})
_EXCHANGE = ("تبادل", "يتبادل", "تتبادل", "وتبادل", "وتبادلت", "تبادلت", "تبادلا", "يتبادلان", "تتبادلان")
_PLACE_TARGETED = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # the place's state, even the actor's own
_FOREIGN_TARGETED = frozenset({"MOBILIZE", "THREATEN"})  # the place's state when it is another country
_TARGETED = _PLACE_TARGETED | _FOREIGN_TARGETED
_DOMESTIC = frozenset({"COERCE", "CONCEDE"})
_AUTHORITIES = frozenset({"GOV", "COP", "JUD", "LEG", "SPY"})
_KILLINGS = ("assault-kill", "assault-liquidate", "assault-massacre", "assault-slaughter", "assault-destroy")
# (normalised; قتلى / ضحايا: قتل 11 إيرانيا بين قتلى القصف الإسرائيلي — among the attack's dead)
_CAUSES = frozenset({"جراء", "اثر", "عقب", "بعد", "بسبب", "نتيجه", "خلال", "قتلي", "ضحايا"})
# الهجوم الذي نفذه مسلح ...، مما أدى إلى مقتل 5: a verb of consequence after the attack links the killing to it
_CONSEQUENCES = frozenset(norm_words("اسفر اسفرت اسفرتا اسفرا واسفر واسفرت ادي ادت اديا مما"))
_CAUSE_REACH = 25
_ACT_NOUNS = CLASH_NOUNS | ATTACK_NOUNS  # nouns of another act (between a trigger and its بين)
_CLASH_VERBS = ("شهدت", "خاض", "دارت", "اندلعت", "جرت")  # معارك شهدتها / خاضتها مع X
_SIDE_REACH = 20  # tokens from the side named before a clash noun with مع to the noun
_PAST_BACKER = 12  # ... and farther when a backer stands between (بغطاء جوي من التحالف)
_CLAUSE_REACH = 14  # tokens of a relative clause of the first side of بين, up to its comma
# nouns that head a group (وعناصر من, وقوات, وعضو في); else a و word opens a second side if definite or a م noun
_FIRE = norm_words("النار نار النيران نيران الرصاص رصاص")  # (تبادل إطلاق النار مع X: what is exchanged)




def clash_like(hit: TriggerHit, toks: list[str]) -> bool:
    """A clash noun (اشتباكات، معارك), or fire told as exchanged — تبادل لإطلاق النار بين X و Y, تبادل إطلاق النار
    بين العناصر ووحدات الجيش —: a two-sided fight between the sides named after it."""
    if toks[hit.i][hit.strip:].removeprefix("ال") in CLASH_NOUNS:
        return True
    return hit.trigger.id == "assault-shoot" and hit.i > 0 and toks[hit.i - 1].removeprefix("و").startswith(_EXCHANGE)


def mutual(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
           recipient: Arg | None) -> list[Arg] | None:
    """The two sides of a two-sided event, each actor and recipient of the other, or None (never for a protest:
    احتجاجات على الحدود بين غزة وإسرائيل are one side's)."""
    if hit.trigger.type == "PROTEST":
        return None
    # (وتتبادل، ويتبادلان: the conjunction و before the verb)
    exchange = toks[hit.i].removeprefix("و").startswith(_EXCHANGE) or (
        hit.i > 0 and toks[hit.i - 1].removeprefix("و").startswith(_EXCHANGE))
    clash = clash_like(hit, toks)
    if actor is None and (recipient is None or recipient.prep == "بين" or clash) or exchange:
        # اشتباكات بين القوات الهندية والصينية, جولة مباحثات بين السعودية وإيران
        # (وتزامنت الغارات مع مواجهات بين X و Y: the sides of the clashes named after it, not of the raids)
        between = next((a for a in args if a.prep == "بين" and 0 <= a.i - hit.j <= 6 and not a.place and not any(
            w.removeprefix("ال") in _ACT_NOUNS for w in toks[hit.j:a.i])), None) or (
            _after_between(hit, toks, args) if clash else None)
        if between is not None and len(sides := conjuncts(args, between)) == 2:
            return sides
        # بين قوات الجيش اليمني، وميليشيات الحوثي: the second side after a comma (also after a clause of the first:
        # بين قوات الأمن التي استعملت الغاز، ومحتجين; بين قوات النظام المدعومة بـ ...، ومسلحي تنظيم داعش)
        k = _after_clause(toks, between.j) if between is not None else -1
        other = next((a for a in args if between is not None and a.i > between.j and (
            a.i - between.j <= 1 and toks[a.i][:1] == "و" and toks[between.j] in ("،", ",")
            or a.i == k or a.i == k + 1 and toks[k].removeprefix("و") in MEMBERS) and not a.place), None)
        if between is not None and other is not None:
            return [between, other]
        if clash and between is not None and (found := clash_second(toks, args, between)) is not None:
            # بين قوات #الجيش_الوطني و #الحوثيين، بين X من جهة و Y من جهة أخرى، بين X المسنودة بـ Z وبين Y
            return [found[0], found[1]] if found[1] is not None else [found[0]]
        if clash and (one := _within_one(hit, toks, args)) is not None:
            # اشتباكات بين قيادات ميليشيا الحوثي: fighting within one group is that group against itself; بين
            # الجيش ومجموعة مسلحة: a second side joined to it that no dictionary lists — one side, no recipient
            if second_start(toks, one.j) < 0:
                return [one, one]
            # وتنظيم #داعش، وعصابة داعش: a group noun heads the named second side
            k = one.j + 1
            while k < len(toks) and toks[k] in QUOTES:
                k += 1
            other = next((a for a in args if a.i == k and a.prep is None and not a.place), None)
            return [one, other] if other is not None and other.actor.kind != "person" else [one]
    # (تبادلت قوات الأمن إطلاق النار: the verb of exchange may stand before its subject)
    fire = hit.trigger.id == "assault-shoot" and any(w.removeprefix("و").startswith(_EXCHANGE)
                                                     for w in toks[max(0, hit.i - 4):hit.i])
    if hit.trigger.type == "ASSAULT" and (clash or fire):
        # قتل 26 عنصرا من الميليشيات في مواجهات مع المقاومة: the clashes are between the two; so is an exchange of
        # fire: قتل ثلاثة مسلحين في تبادل لإطلاق النار مع الشرطة، تبادلت قوات الأمن إطلاق النار مع مسلحين
        # (... مواجهات مع #الجيش_الوطني, معارك شهدتها مع ميليشيات الحوثي: a hashtag, a verb of the clashes between)
        # (المواجهات المستمرة مع, مواجهات عنيفة مع: an adjective of the clashes may stand between; so may a
        # superlative told of them: مواجهات هي الأعنف مع X)
        other = next((a for a in args if (a.prep == "مع" or a.prep is None and a.i >= 2 and toks[a.i - 1] in MEMBERS
                                          and toks[a.i - 2] == "مع") and 0 <= a.i - hit.j <= 3 and not a.place and all(
            w in QUOTES or w == "مع" or w in MEMBERS or fire and w in _FIRE or k == hit.j and (
                w.startswith(_CLASH_VERBS) or _adjective(w) or w in _PRONOUNS) or _superlative(toks, hit.j, k)
            for k, w in enumerate(toks[hit.j:a.i], hit.j))), None)
        side = _fighting_side(hit, toks, args)
        if other is not None and side is not None and side.actor != other.actor:
            return [side, other]
    if actor is not None and (exchange or hit.trigger.type in _BILATERAL):
        # اتفق ترامب وآبي: two joined subjects of a bilateral act, each the other's counterpart (also before the
        # verb: روسيا وتركيا توصلتا)
        # (three or more: دول تونس والجزائر ومصر اتفقوا — each with the next named), for an agreement mutual by
        # its meaning (agreed, reached a deal — not a pledge or a promise several make each on its own)
        mutual_act = hit.trigger.id in _RECIPROCAL
        if not mutual_act and not hit.verbal and hit.trigger.type == "AGREE":
            return None  # رحب بتعهد قطر والكويت بـ: joined genitives of a pledge noun each pledge, not to each other
        # (the last of the joined subjects before the verb stands for them all: مصر وإثيوبيا تعهدتا، ... وتعهدا)
        sides = team(args, actor) if mutual_act or actor.conj and dual_verb(hit, toks) else conjuncts(args, actor)
        # (اتفق حفتر والسراج: two persons of one state agreeing, each of his own sector; اتفقتا على إظهار "الوحدة":
        # what they agree on, past the sides and not named with the partner's مع, is no third party)
        persons = mutual_act and all(s.actor.kind == "person" for s in sides)
        if (recipient is None or recipient in sides or exchange or agreed_on(hit, sides, recipient)) and (
                len(sides) == 2 or mutual_act and len(sides) > 2) and len({
                (s.actor.country, s.actor.sector if persons else None) for s in sides}) == len(sides) and (
                len(sides) == 2 or all(s.actor.country for s in sides)):
            return sides
    return None


def _fighting_side(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The side named before a clash noun with مع (تمكنت قوات الشرعية من تحرير مواقع ... بعد مواجهات مع X): the
    nearest party, bare or after من, within reach — but a backer is passed for the side it backs (قوات الجيش،
    بإسناد من التحالف، ... معارك مع X: the army), or, when no side stands right before its phrase, for the
    nearest party before it, a little farther (أعلن الجيش تقدمه في جبهات #تعز، بغطاء جوي من التحالف، عقب معارك
    مع X); a backer with no side before it is all the sentence names, and stays."""
    before = [a for a in reversed(args) if a.j <= hit.i and not a.place and a.actor.kind != "place"
              and a.prep in (None, "من") and hit.i - a.j <= _SIDE_REACH + _PAST_BACKER]
    first: Arg | None = None
    for a in before:
        if (b := backed(toks, args, a)) is not None:
            return b
        if not is_backer(toks, a):
            return a if hit.i - a.j <= _SIDE_REACH or first is not None and a.prep is None else first
        first = first or a
    return first if first is not None and hit.i - first.j <= _SIDE_REACH else None


def agreed_on(hit: TriggerHit, sides: list[Arg], recipient: Arg) -> bool:
    """اتفقت X و Y على ...، تحادث الرئيسان الأميركي والروسي بعد ...: a participant of what two joined subjects agree
    on or talk about (after both of them, not the partner the trigger names with مع) is no third party to it."""
    return (hit.trigger.id in _RECIPROCAL or hit.trigger.type == "CONSULT") and len(sides) == 2 \
        and recipient.i >= max(s.j for s in sides) and recipient.prep not in hit.trigger.recipient


def dual_verb(hit: TriggerHit, toks: list[str]) -> bool:
    """تصافح X و Y وتعهدا بـ، التقى X و Y واتفقا على: a verb of agreement or meeting in the dual, its subject a pronoun
    standing for the two parties joined before it."""
    word = toks[hit.i][hit.strip:]
    return hit.verbal and hit.trigger.type in _BILATERAL and (
        word.endswith("ا") and not word.endswith("وا") or word.endswith("تان"))


_PRONOUNS = frozenset({"هي", "هو"})


def _superlative(toks: list[str], j: int, k: int) -> bool:
    """مواجهات هي الأعنف مع X: the superlative at k after the pronoun right after the clash noun (ending at j)."""
    return k == j + 1 and toks[j] in _PRONOUNS and toks[k].startswith("الا") and len(toks[k]) in (5, 6)


def _adjective(w: str) -> bool:
    """عنيفة, المستمرة, الدائرة: a word that may qualify a noun of clashes (not a preposition, a comma or a verb)."""
    return w not in PREPOSITIONS and w.isalpha() and w.endswith(("ه", "ة")) and not w.startswith(("و", "ب", "ل"))


def _after_between(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """معارك بين مقاتلي طالبان وتنظيم داعش, مواجهات بين بعض المحتجين وقوات الأمن: after بين a word no dictionary
    lists (a noun in construct, بعض) may open the first side."""
    k = next((k for k in range(hit.j, min(len(toks), hit.j + 3)) if toks[k] == "بين"), -1)
    return next((a for a in args if k >= 0 and a.i - k == 2 and a.prep is None and not a.place
                 and a.actor.kind != "place"), None)


def _within_one(hit: TriggerHit, toks: list[str], args: list[Arg]) -> Arg | None:
    """The one group of اشتباكات بين (قيادات / عناصر) X when no second side is joined to it."""
    k = next((k for k in range(hit.j, min(len(toks), hit.j + 3)) if toks[k] == "بين"), -1)
    one = next((a for a in args if k >= 0 and 1 <= a.i - k <= 2 and not a.place), None)
    if one is None or one.actor.kind in ("person", "place", "country") or any(
            a.i >= one.j and a.i - one.j <= 1 and toks[a.i][:1] == "و" for a in args if a is not one):
        return None
    return one


def second_start(toks: list[str], j: int) -> int:
    """بين الجيش ومجموعة إرهابية، بين قوات الأمن التي ...، ومحتجين: where a second side joined after the first side
    (ending at token j) starts — its و word —, or -1."""
    return j if j < len(toks) and _joined(toks[j]) else _after_clause(toks, j)


def _joined(w: str) -> bool:
    """ومجموعة، والمجموعات، وعناصر: a noun joined by و that may open a second side (not a verb: وأسفرت، وقتل)."""
    return w[:1] == "و" and len(w) > 3 and (w[1:].startswith(("ال", "م")) or w[1:] in GROUP_HEADS)


def _after_clause(toks: list[str], j: int) -> int:
    """بين X التي استعملت الغاز، ومحتجين: where the second side starts after a relative or participle clause of the
    first (the و word after the clause's comma), or -1."""
    if j >= len(toks) or not (toks[j] in RELATIVES or toks[j].startswith("المدعوم")):
        return -1
    k = next((k for k in range(j + 1, min(len(toks) - 1, j + _CLAUSE_REACH)) if toks[k] in ("،", ",")), -1)
    return k + 1 if k >= 0 and _joined(toks[k + 1]) else -1


def place_target(event_type: str, hit: TriggerHit, args: list[Arg], where: Arg | None,
                 actor: Participant | None, text: str, toks: Sequence[str] = ()) -> Participant | None:
    """غارة جوية في سوريا: an attack, arrest or protest that names no target hits the state of the place it
    happens in (the nearest place after the trigger, else the sentence's); drills or threats around another
    country (تدريبات حول تايوان) address that country."""
    # (not a place someone only lives in or speaks from: غولن المقيم في الولايات المتحدة; events/offstage)
    target = next((a for a in args if a.place and a.i >= hit.j and not (toks and offstage(a, list(toks)))), where)
    if target is not None and toks and offstage(target, list(toks)):
        target = None  # (وصرحت مقيمة في غاو، خلال مؤتمر صحفي في طهران: no place of the act: events/offstage)
    if target is None or not target.actor.country or place_not_target(hit.trigger.id, actor, target.actor.country):
        return None  # (اعتقل رجل في فرنسا: where one is held is not whom: events/held_place)
    if event_type in _FOREIGN_TARGETED and (actor is None or actor.actor.country == target.actor.country):
        return None
    if event_type == "COERCE" and actor is not None and actor.actor.country == target.actor.country:
        return None  # اعتقلت الشرطة التونسية شخصين في سوسة: a state's own arrest at home does not target the state
    if event_type not in _TARGETED:
        return None
    c = target.actor.country
    struck = struck_party(hit, args, toks, c, actor.actor.country if actor else None, text) \
        if event_type == "ASSAULT" else None
    if struck is not None:
        return struck  # (قصف استهدف منظومة صواريخ إيرانية في سوريا: the party named, not the place's state)
    return Participant(Span(text[target.start:target.end], target.start, target.end),
                       Actor(None, c, None, c, c, "country"))


def domestic(event_type: str, actor: Participant | None, recipient: Participant | None) -> Participant | None:
    """اعتقلت الشرطة التونسية صحفيين: people the authorities coerce are their own, unless named otherwise; نشرت
    بريطانيا قوات: the forces a mobilisation moves are its own, no recipient (events/instrument)."""
    if recipient is not None and own_forces(event_type, actor, recipient.actor):
        return None
    if event_type not in _DOMESTIC or actor is None or recipient is None or recipient.actor.country is not None \
            or not actor.actor.country or actor.actor.sector not in _AUTHORITIES or recipient.actor.kind != "generic":
        return recipient
    c = actor.actor.country
    return replace(recipient, actor=replace(recipient.actor, country=c, code=make_code(c, recipient.actor.sector)))


def _codes(e: Event) -> tuple[str | None, str | None]:
    return (e.actor.actor.code if e.actor else None, e.recipient.actor.code if e.recipient else None)


def _covers(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """a says all b says: each of b's codes is a's or unknown."""
    return all(y is None or x == y for x, y in zip(a, b, strict=True))


def _author_after(a: Event, k: Event) -> bool:
    """The killing's recipient is the author of the attack told after it as its means or cause, named after that
    attack's word (قتلوا بغارات جوية روسية، قتل 17 شخصا عندما أطلق شاب النار): the rules read the author for the
    killed."""
    return a.actor is not None and k.recipient is not None and a.actor.span == k.recipient.span \
        and k.token < a.token and a.trigger.end <= k.recipient.span.start


def join_consequence(events: list[Event], toks: Sequence[str] = ()) -> list[Event]:
    """مقتل أحد قادتها بغارة جوية لمقاتلات التحالف, غارة أميركية أسفرت عن مقتل ...: a killing with no author told
    next to an attack with one (within eight words, in one sentence; within twenty-five when a word of cause
    stands between: قتل 7 جنود ... بعد أن فجر مسلحون قنبلة, مقتل امرأة ... جراء استهداف الطيران الإسرائيلي) is
    that attack's doing — the killing takes the attack's author, and merge_same then folds the attack into it."""
    out = list(events)

    def linked(a: Event, k: Event) -> bool:
        lo, hi = sorted((a.token, k.token))
        # (مقتل القيادي ... في غارة للتحالف / بغارة: the attack named as where he was killed)
        # (... في معارك وغارات للتحالف: an attack joined by و to the noun after في)
        named_in = k.token < a.token < len(toks) and (toks[a.token - 1] == "في" or toks[a.token][:1] == "ب" or (
            toks[a.token][:1] == "و" and a.token > 1 and toks[a.token - 2] == "في"))
        return 0 < hi - lo <= 8 or hi - lo <= _CAUSE_REACH and (
            named_in or any(w in _CAUSES for w in toks[lo + 1:hi])
            or a.token < k.token and any(w in _CONSEQUENCES for w in toks[lo + 1:hi]))

    for n, k in enumerate(out):
        if k.event_type != "ASSAULT" or k.actor is not None or k.recipient is None or k.negated or not any(
                k.rule.startswith(f"trigger:{kill}") for kill in _KILLINGS):
            continue  # (a killing or a destruction; an attack of its own — هاجم رجل دورية — keeps its unknown author)
        cause = next((a for a in out if a is not k and a.event_type == "ASSAULT" and a.actor is not None
                      and not a.actor.implicit and not a.negated and linked(a, k)
                      # (the killed are not their own killers: مقتل 20 من الحوثيين في معارك وغارات للتحالف —
                      # unless that party is only the attack's author named after its noun, read for the killed:
                      # مدنيا قتلوا بغارات جوية روسية)
                      and (a.actor.span != k.recipient.span or _author_after(a, k))
                      and (a.recipient is None or a.recipient.actor.kind in ("place", "country")
                           or a.recipient.actor.code is None  # (a building no dictionary codes: مركز للشرطة)
                           # مقتل القيادي صالح الصماد في غارة للتحالف: its target named between the two is the
                           # one killed
                           or k.trigger.end <= a.recipient.span.start and a.recipient.span.end <= a.trigger.start)),
                     None)
        if cause is not None and _author_after(cause, k):
            # (the author taken for the killed — قتلوا بغارات روسية، قتل 17 شخصا عندما أطلق شاب النار —: the killed
            # are the attack's own target, not the state of a place it names, else unnamed)
            told = cause.recipient if cause.recipient is not None and cause.recipient.span != cause.actor.span \
                and cause.recipient.actor.kind not in ("place", "country") else None
            out[n] = replace(k, actor=cause.actor, recipient=told)
        elif cause is not None:
            out[n] = replace(k, actor=cause.actor)
            if k.recipient.actor.country and (cause.recipient is None or cause.recipient.actor.kind in (
                    "place", "country") and cause.recipient.actor.country != k.recipient.actor.country
                    and cause.recipient.span.end <= cause.trigger.start):
                # مقتل زعيم تنظيم داعش في ليبيا في غارة أمريكية: the one killed is the attack's target, not the
                # state of the place told before it (ضربة أميركية على مناطق بشمال غرب باكستان أسفرت عن مقتل
                # قيادي في القاعدة: a place the attack is told to hit stays its target)
                c = out.index(cause)
                out[c] = replace(cause, recipient=k.recipient)
    return outcome_author(out, toks)  # ... and one told as an attack's outcome, past its target (consequence)


def merge_same(events: list[Event]) -> list[Event]:
    """The events of one sentence, one per (type, negation, actor, recipient): an event whose parties another of the
    same type already names (or leaves unknown) is the same incident told in more words. The one kept is the one
    counted as reported, with the most parties, a verb rather than a noun, the first told (the main clause usually
    comes first: تظاهر مئات الطلاب ...، وهتف المتظاهرون ...)."""
    def rank(e: Event) -> tuple[bool, int, bool, int, float]:
        return (e.reported, sum(c is not None for c in _codes(e)), e.verbal, -e.token, e.confidence)

    kept: list[Event] = []
    for e in sorted(events, key=rank, reverse=True):
        if any(k.event_type == e.event_type and k.negated == e.negated and k.modality == e.modality
               and _covers(_codes(k), _codes(e)) for k in kept):
            continue
        kept.append(e)
    order = {id(e): n for n, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])

