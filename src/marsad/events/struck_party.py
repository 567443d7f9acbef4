"""The party an attack is told to strike, named in its clause, rather than the state of the place it strikes in
(called by events/sides.place_target, before it falls back on the place): an attack that names no target of its
own, told next to a party of another country than that place, struck that party — the place only says where.

- after the attack, in its clause, a party or a nationality of the thing struck: قصف استهدف منظومة صواريخ إيرانية في
  سوريا (IRN), أطلقت صواريخ على قواعد عسكرية إسرائيلية في الجولان (ISR), ضربات على مواقع لإيرانيين أو لحزب الله في
  سوريا, قصف القاعدة بسوريا، حيث استهدف القصف عناصر من الحرس الثوري الإيراني;
- before the attack, the ones its killing is told of: قتل إسرائيليان في حادث إطلاق نار في الضفة الغربية, مقتل زعيم
  تنظيم داعش في ليبيا وذلك في غارة أمريكية (the group the killed one leads, not the place's state).

Not the attack's own author (غارة جوية أمريكية: a nationality right after the noun of attack; a party of the actor's
own country), nor one told as its author (من قبل X، نفذها X), a teller (a monitor or an outlet), a place, or a party
of the place's own country: with none of these named, the place's state stays the target."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.arguments import Arg
from marsad.events.authors import ATTACK_NOUNS
from marsad.events.record import Participant, Span
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_BREAKS = frozenset({".", "؛", ":", "!", "؟"})
_AFTER_REACH = 16  # tokens from the attack to the party it strikes, in its sentence
_KILL_REACH = 12  # tokens from the killing told before the attack to the attack
_TELLERS = frozenset({"MED", "NGO"})
_KINDS = frozenset({"nationality", "organisation", "institution", "person", "generic", "actor"})
# (normalised) words that tell the killing of the ones named right after them
_KILLED = frozenset(norm_words("""قتل وقتل مقتل ومقتل اغتيال واغتيال قتلي""")) | {"قتل", "مقتل"}
# (normalised) words that tell the author of the attack named after them: من قبل X، نفذه X، شنته X
_BY = frozenset(norm_words("""قبل نفذ نفذه نفذها نفذته شنه شنها شنته شنت شن تبناه تبنته تبنتها"""))
# (normalised) words after which a party is the author of an attack, not its target: غارة تركية، قصف لقوات التحالف،
# طيران التحالف، مسنودا بالمقاومة
_AUTHORED = ATTACK_NOUNS | frozenset(norm_words("""طيران طايرات مقاتلات مسنوده مسنودا مسنودين مدعومه مدعوما
    مدعومين دعم اسناد مساندة مشاركة غطاء"""))
_AUTHOR_REACH = 2  # words (not adjectives) from such a word to the party it names the author by
# (normalised) what opens another clause or a teller (فيما طالب وزير إسرائيلي، وفق ما أفاد المرصد) — a comma too,
# but not one before حيث, which goes on telling the same act (بسوريا، حيث استهدف القصف عناصر من الحرس الثوري)
_CLAUSE_ENDS = frozenset(norm_words("""فيما بينما وفيما وبينما كما وكما لكن بعدما ثم وفق وفقا بحسب حسب بين قال
    قالت وقال وقالت ذكر ذكرت اعلن اعلنت افاد افادت"""))  # (and a teller: على ما قالت وزارة الدفاع الأميركية إنها)
# (normalised) where an attack comes from (من الأجواء اللبنانية، من الجانب السوري): not what it strikes
_FROM_AREA = frozenset(norm_words("الاجواء اجواء الاراضي اراضي الجانب جانب المياه الحدود داخل"))
_ON = frozenset(norm_words("علي ضد استهدف استهدفت"))


def _fit(a: Arg, place: str, actor_country: str | None) -> bool:
    c = a.actor.country
    return not a.place and bool(c) and c != place and c != actor_country and a.actor.kind in _KINDS \
        and a.actor.sector not in _TELLERS and a.actor.code is not None


def _after(hit: TriggerHit, args: Sequence[Arg], toks: Sequence[str], place: str,
           actor_country: str | None) -> Arg | None:
    for a in sorted(args, key=lambda a: a.i):
        if a.i < hit.j or a.i - hit.j > _AFTER_REACH:
            continue
        between = toks[hit.j:a.i]
        if any(w in _BREAKS or w in _CLAUSE_ENDS or w in ("،", ",") and toks[k + 1:k + 2] != ["حيث"]
               for k, w in enumerate(between, hit.j)):
            return None
        if a.actor.kind == "nationality" and a.i <= hit.j + 1:
            continue  # (غارة جوية أمريكية: the attack's author)
        if any(w in _BY for w in toks[max(hit.j, a.i - 2):a.i]):
            return None  # (من قبل X، نفذها X: its author)
        if _fit(a, place, actor_country) and not _authored(toks, a.i) and not _origin(toks, a.i):
            return a
    return None


def _origin(toks: Sequence[str], i: int) -> bool:
    """استهدف من الأجواء اللبنانية موقعا: the area the attack came from (events/origin)."""
    near = toks[max(0, i - 2):i + 1]
    return "من" in near[:-1] and any(w in _FROM_AREA for w in near)


def _authored(toks: Sequence[str], i: int) -> bool:
    """غارة تركية، قصف مدفعي وصاروخي لقوات التحالف، وطيران التحالف: the party named right after an attack or the
    aircraft or backing of one (adjectives skipped) is its author — not after على or ضد (هجوم على مواقع إسرائيلية),
    nor a noun later (استهدف القصف عناصر من الحرس الثوري)."""
    seen = 0
    for w in reversed(toks[max(0, i - 6):i]):
        w = w.removeprefix("ال")
        if w in _ON:
            return False
        if w in _AUTHORED or w[:1] in "وبل" and w[1:] in _AUTHORED or w[:2] == "لل" and "ال" + w[2:] in _AUTHORED:
            return True
        if not w.endswith(("ي", "يه")):  # (جوية، مدفعي، وصاروخي: adjectives of the attack)
            seen += 1
            if seen >= _AUTHOR_REACH:
                return False
    return False


def _killed_before(hit: TriggerHit, args: Sequence[Arg], toks: Sequence[str], place: str,
                   actor_country: str | None) -> Arg | None:
    """قتل إسرائيليان ... في حادث إطلاق نار, مقتل زعيم تنظيم داعش في ليبيا في غارة: the ones killed, named right
    after the word of killing, in the attack's clause before it."""
    start = max(0, hit.i - _KILL_REACH)
    k = next((k for k in range(hit.i - 1, start - 1, -1) if toks[k] in _KILLED or toks[k] in _BREAKS), -1)
    if k < 0 or toks[k] in _BREAKS:
        return None
    for a in sorted(args, key=lambda a: a.i):
        if k < a.i < hit.i and a.i - k <= 5 and _fit(a, place, actor_country):
            return a
    return None


def struck_party(hit: TriggerHit, args: Sequence[Arg], toks: Sequence[str], place: str,
                 actor_country: str | None, text: str) -> Participant | None:
    """The party of another country than `place` (the state the place rule would take) that the attack at `hit`
    is told to strike, or None."""
    if not toks:
        return None
    toks = list(toks)
    a = _after(hit, args, toks, place, actor_country) or _killed_before(hit, args, toks, place, actor_country)
    if a is None:
        return None
    return Participant(Span(text[a.start:a.end], a.start, a.end), a.actor)
