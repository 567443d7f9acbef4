"""A place named only as where a meeting is held is its venue, never a party: the town a meeting's noun takes as
its bare genitive — قمة هلسنكي، مؤتمر باريس، محادثات جنيف، اجتماع فيينا (a country only after قمة: قمة سنغافورة،
اجتمعا بقمة فيتنام) —
and the town or country after في / بـ further on in the meeting's own phrase, past its adjectives, its genitives
and a relative clause — اجتماعات الربيع للصندوق في واشنطن، المؤتمر الذي عقد في العاصمة البلجيكية بروكسل،
اللقاء بينه وبين بوتين في هلسنكي — with the descriptor and nationality that may name it (العاصمة الفنلندية).
The venue stays the events' location, but no rule nor the ranker takes it for a role, an attack's or a protest's
target is not read from it, and domestic agents named without a country do not take its country
(localise): a minister at a summit abroad is not the host's. Not a press conference's place (مؤتمر صحفي
في القاهرة: where the speaker is), nor a genitive joined to another party (محادثات واشنطن وطالبان، مفاوضات أنقرة
مع: the capital stands for its government), nor a place in the meeting's topic (اجتماع بشأن الوضع في سوريا), nor
where a meeting is asked to be held (دعت إلى عقد اجتماع في الأردن: its host is asked), nor a town of a state the
sentence names as a party (قمة إسطنبول ... إلى جانب تركيا: the host takes part), nor any meeting's place in a
sentence that tells of an attack (وقع التفجير أثناء اجتماع للقبائل في X: the attack's place, whose state it hits).
A country that is itself what is visited, struck or met (زار الرئيس فنلندا، قصفت إسرائيل غزة) is no venue.
A venue too is the town or country after في / بـ in the clause of a verb of meeting, talking or agreeing
(a CONSULT, AGREE or SUPPORT trigger that meets its counterpart with مع, not a visit or a call) — التقيا لأول
مرة في سنغافورة، وقع الطرفان، في أروشا، الاتفاق — or the one its حيث / التي ... فيها clause refers back to
(قمة ... ببروكسل، حيث ناقش القادة): not past the verb's topic or another clause (اتفقا على وقف النار في سوريا),
nor an envoy's post (السفير الإيطالي في بريطانيا), nor a town carrying بـ after a verb that meets with بـ
(التقى الوزير بواشنطن: maybe whom he met)."""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Mention
from marsad.events.about import topics
from marsad.events.arguments import Arg, sentence_args
from marsad.events.context import event_location
from marsad.events.localise import localise
from marsad.events.named_before import named_before
from marsad.events.preposition import QUOTES
from marsad.events.seats import seats
from marsad.events.triggers import TriggerHit
from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm_words
from marsad.text.tokenize import Segmenter

_MEETINGS = norm_words("""قمه قمم موتمر موتمرات اجتماع اجتماعات لقاء لقاءات محادثات مباحثات مفاوضات منتدي ملتقي
    مشاورات""")
_SUMMITS = norm_words("قمه قمم")  # a country as the bare genitive: قمة سنغافورة
_PRESS = norm_words("صحفي صحافي الصحفي الصحافي صحفيا صحافيا")  # مؤتمر صحفي: a press conference
# the place descriptors and the nationality between في and the town: في العاصمة الفنلندية هلسنكي
_DESCRIPTORS = norm_words("العاصمه عاصمه مدينه المدينه")
# what ends the meeting's phrase going back from the place: a clause break, the topic (بشأن، حول، لبحث ...)
_TOPIC = norm_words("""بشان حول حيال بخصوص عن ضد علي على لبحث لمناقشه بحث ناقش تناول يبحث يناقش يتناول بحثت ناقشت
    تناولت""")
_COMMAS = frozenset({"،", ","})
_BREAKS = _TOPIC | _COMMAS | norm_words(". : ؛ ; ان انه انها قال قالت")
_REACH = 8  # words between the meeting's noun and في
_HOLD, _HOLD_ASKED, _TO = norm_words("عقد"), norm_words("بعقد"), norm_words("الى الي إلى")


def _bare(word: str) -> str:
    """A noun past its proclitics: القمة، بقمة، وللمحادثات → قمه، قمه، محادثات."""
    w = word.removeprefix("و")
    for p in ("لل", "بال", "كال", "ال", "ب", "ل", "ك"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _meeting(word: str) -> bool:
    """The noun of a meeting, past its clitics and the accusative's alif: القمة، بقمة، اجتماعا، للمحادثات."""
    w = _bare(word)
    return w in _MEETINGS or w.endswith("ا") and w[:-1] in _MEETINGS


def _press(toks: list[str], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1] in _PRESS


def _genitive(a: Arg, toks: list[str], nxt: Arg | None) -> bool:
    """قمة هلسنكي، مؤتمر باريس، محادثات جنيف: a town right after a meeting's noun (a country after قمة), not joined
    to another party (محادثات واشنطن وطالبان، مفاوضات أنقرة مع الاتحاد)."""
    k = a.i - 1 - (a.i >= 2 and toks[a.i - 1] in QUOTES)
    if a.prep is not None or k < 0 or not _meeting(toks[k]) or toks[k].startswith(("ال", "وال")):
        return False
    if a.actor.kind != "place" and not (a.actor.kind == "country" and _bare(toks[k]) in _SUMMITS):
        return False
    joined = nxt is not None and nxt.conj or a.j < len(toks) and (toks[a.j] == "مع" or toks[a.j][:1] == "و"
                                                                   and nxt is not None and nxt.i == a.j)
    return not joined and not _press(toks, k)


def _opening(a: Arg, toks: list[str]) -> int:
    """Where the place's locative phrase opens: at في (في هلسنكي، في العاصمة الفنلندية هلسنكي، في مدينة X) or at
    the word carrying بـ (بجنيف، بالعاصمة البلجيكية بروكسل); -1 when no في / بـ governs it."""
    k = a.i - 1
    while k >= 0 and a.i - k <= 2 and (toks[k].removeprefix("ب") in _DESCRIPTORS or toks[k].startswith("ال")
                                               and toks[k].endswith(("يه", "ي")) and len(toks[k]) > 5):
        if toks[k][:1] == "ب" and toks[k][1:] in _DESCRIPTORS:
            return k  # بالعاصمة الفنلندية هلسنكي
        k -= 1
    if k >= 0 and toks[k] == "في":
        return k
    # (the town carrying بـ itself, past a word the walk took for a nationality: قمة الاتحاد الأوروبي ببروكسل)
    return a.i if a.prep == "ب" and toks[a.i][:1] == "ب" else -1


def _locative(a: Arg, toks: list[str]) -> bool:
    """The place after في / بـ (past a descriptor and its nationality) that closes a meeting's phrase."""
    k = _opening(a, toks)
    if k < 0:
        return False
    # (a place the commas set off closes the meeting's phrase past its topic: اجتماع حول الهجرة، في العاصمة X)
    set_off = k > 0 and toks[k - 1] in _COMMAS
    for m in range(k - 1 - set_off, max(-1, k - 1 - _REACH), -1):
        if toks[m] in _BREAKS and not (set_off and toks[m] in _TOPIC):
            return False
        if _meeting(toks[m]):
            return not _press(toks, m) and not _asked(toks, m)
    return False


def _asked(toks: list[str], m: int) -> bool:
    """دعت إلى عقد اجتماع في الأردن، طالب بعقد قمة في X: a meeting asked to be held there asks its host."""
    return m > 0 and (toks[m - 1] in _HOLD_ASKED or toks[m - 1] in _HOLD and m > 1 and toks[m - 2] in _TO)


# what ends a meeting verb's own clause going on to the place: a clause break, the topic (اتفقا على ..., بشأن),
# a relative clause
_VERB_BREAKS = (_BREAKS - _COMMAS) | norm_words("الذي التي الذين اللذين اللتين بعد قبل عقب اثر إثر")
_VERB_REACH = 10  # words between the verb and في
# an envoy or a mission named with the country it is posted to: السفير الإيطالي في بريطانيا، ممثل الأمم المتحدة في اليمن
_POSTED = norm_words("""سفير السفير سفيره السفيره سفراء السفراء مبعوث المبعوث ممثل الممثل مندوب المندوب قنصل القنصل
    بعثه البعثه سفاره السفاره""")
_WHERE, _RELATIVE, _IN_IT = norm_words("حيث"), norm_words("الذي التي"), norm_words("فيها فيه")


def meets(trigger: Trigger) -> bool:
    """A verb of meeting, talking or agreeing (trigger ids of the dictionaries): a consultation, an agreement or a
    signing whose counterpart is met with مع (التقى، اجتمع، تباحث، بحث، ناقش، تشاور، تفاوض، اتفق، وقع، أبرم), not
    a visit nor a call, whose place is its counterpart or no place at all."""
    return trigger.type in ("CONSULT", "AGREE", "SUPPORT") and "مع" in trigger.recipient \
        and trigger.mode not in ("visit", "phone")


def _after_verb(a: Arg, toks: list[str], h: TriggerHit, hits: list[TriggerHit]) -> bool:
    """The place after في / بـ further on in the verb's own clause: التقيا لأول مرة في سنغافورة، وقع الطرفان، في
    أروشا، الاتفاق. Not a town carrying بـ itself after a verb that meets with بـ (التقى بواشنطن،
    اجتمع الوزير بباريس: the capital may stand for whom he met; بمدينة X، بالعاصمة X is where), nor one past the
    topic, another clause or another act (اتفقا على ... في سوريا), nor an envoy's post named right before it
    (السفير الإيطالي في بريطانيا)."""
    k = _opening(a, toks)
    if k < h.j or k - h.j > _VERB_REACH or k == a.i and toks[k] != "في" and "ب" in h.trigger.recipient:
        return False
    if any(t.removeprefix("و") in _POSTED for t in toks[max(h.j, k - 3):k]):
        return False  # (التقى السفير الأميركي في بغداد رئيس البرلمان: the envoy's post, not the venue)
    return not any(t in _VERB_BREAKS for t in toks[h.j:k]) and not any(h.j <= g.i < k for g in hits)


def _before_verb(a: Arg, toks: list[str], h: TriggerHit) -> bool:
    """The place a حيث or a relative clause with فيها refers back to: قمة ... ببروكسل، حيث ناقش القادة، العاصمة
    التي اجتمع فيها الوزراء."""
    if _opening(a, toks) < 0:
        return False
    k = a.j + (a.j < len(toks) and toks[a.j] in _COMMAS)
    if k < len(toks) and toks[k] in _WHERE:
        return h.i == k + 1
    return k < len(toks) and toks[k] in _RELATIVE and h.i == k + 1 and h.j < len(toks) and toks[h.j] in _IN_IT


def venues(args: list[Arg], toks: list[str], hits: list[TriggerHit] | None = None) -> list[int]:
    """The indexes (into `args`) of the places named as where a meeting is held — by its noun, or by a verb of
    meeting among `hits` (_by_verb); a nationality naming the town after it (العاصمة الفنلندية هلسنكي) goes with
    the town."""
    out: list[int] = []
    verbs = [h for h in hits or [] if h.verbal and meets(h.trigger)]
    for n, a in enumerate(args):
        nxt = args[n + 1] if n + 1 < len(args) else None
        if a.actor.kind not in ("place", "country") or a.actor.country is None:
            continue
        if _genitive(a, toks, nxt) or (a.place or a.prep is None) and (_locative(a, toks) or any(
                _after_verb(a, toks, h, hits or []) or _before_verb(a, toks, h) for h in verbs)):
            out.append(n)
            if n > 0 and args[n - 1].actor.kind == "nationality" and args[n - 1].j == a.i \
                    and args[n - 1].actor.country == a.actor.country:
                out.append(n - 1)
    return sorted(set(out))


def participants(mentions: list[Mention], toks: list[str], segmenter: Segmenter, home: str | None,
                 hits: list[TriggerHit], earlier: list[Mention] | None = None
                 ) -> tuple[list[Arg], Arg | None, Arg | None]:
    """The sentence's participants (arguments.sentence_args) less its venues, localised (localise, then
    by the sector's earlier agents among `earlier`, the document's mentions: events/named_before); the
    first place they put something in (context.event_location: where targets are read from); and the events'
    location, that place or else the venue. A sentence that tells of an attack keeps the meeting's place as the
    attack's (التفجير وقع أثناء اجتماع لزعماء القبائل في منطقة X: X's state is struck)."""
    args = sentence_args(seats(mentions, toks), toks, segmenter)  # (ومقره لندن، عائد من فرنسا: events/seats)
    held = set() if any(h.trigger.type == "ASSAULT" for h in hits) else set(venues(args, toks, hits))
    # (قمة إسطنبول ... إلى جانب تركيا: a host the sentence names as a party is one, and so is its town)
    hosts = {a.actor.country for n, a in enumerate(args) if n not in held and not a.place and a.actor.kind != "place"}
    held = {n for n in held if args[n].actor.country not in hosts}
    # (a state or town named only as a topic or a clock's zone, بشأن ليبيا، بتوقيت لندن: no party, events/about)
    about = topics(args, toks)
    people = [a for n, a in enumerate(args) if n not in held and n not in about]
    met = [replace(a, place=True) for n, a in enumerate(args) if n in held]  # (العاصمة المالطية فاليتا: a place)
    # (a venue still tells that two countries are named: اتفقتا على خريطة لمنبج عقب اجتماع في واشنطن)
    named = {a.actor.country for a in people if a.place or a.actor.kind == "place"}
    if not named or {a.actor.country for a in met} <= named:
        people = localise(people, toks, home)
    people = named_before(people, toks, earlier or [])
    where = event_location(people)
    return people, where, where or event_location(met)
