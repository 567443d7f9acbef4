"""A killing verb that opens its clause, then a person and no object: the passive, the person its victim.

Unvowelled, قتل القيادي الحوثي في غارة، كذلك قتل زعيم الشبكة وثلاثة من أعضائها في الوادي read as qutila: an
active verb would take an object after its subject (قتل الجيش 20 مسلحا، قتلت القوات فلسطينيا), and here the
party after the verb is followed by nothing the verb could act on — only its circumstance (في غارة، خلال
اشتباكات، جراء القصف), its means (برصاص، بقصف), مع and its companions (مع عدد من مرافقيه), a comma or the clause's
end. That party is the recipient; the author is the party an agent phrase, the
attack's owner or a clash's other side names after it (في قصف للتحالف، على يد مسلحين، في اشتباكات مع الجيش),
else no one. Not for a body that kills (الجيش، الشرطة، القوات، التنظيم، مسلحون) nor a country, nor
for plural forms (قتلوا X: "they killed X"), nor for a verbal noun (بشأن قتل رئيس). (An arrest verb so
placed is events/held_subject's.)

The same reading for a subject-first verb with مع after it: جنديان قتلا مع عشرات المتمردين في قصف للتحالف — the
companions are no object (events/victims.passive_killed takes the plain case)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.agents import agent_marked
from marsad.events.victims import named_author, object_after
from marsad.text.normalize import norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_IDS = frozenset({"assault-kill", "assault-assassinate"})
# the singular past forms, masculine and feminine, that read passive before their subject (normalised)
_FORMS = norm_words("قتل قتلت اغتيل اغتيلت")
# words that may stand between the verb and its subject: كذلك قتل، قتل أيضا، قتل أمس
_ADVERBS = norm_words("كذلك ايضا امس اليوم مؤخرا بدوره بدورها")
# bodies that kill: after the verb they are its subject (قتلت القوات، قتلت الشرطة)
_BODIES = norm_words("""جيش الجيش جيوش قوات القوات قوه القوه شرطه الشرطه امن الامن احتلال الاحتلال تنظيم التنظيم
    جماعه الجماعه حركه الحركه ميليشيا الميليشيا ميليشيات الميليشيات مليشيا مليشيات المليشيات مسلحون المسلحون
    مسلحين طيران الطيران طائرات الطائرات مقاتلات المقاتلات تحالف التحالف سلطات السلطات السلطه عناصر مجهولون
    مجهولين مسلح المسلح جنود الجنود وحدات الوحدات اجهزه الاجهزه""")
# what follows the victim in a passive clause: its circumstance, means or companions, or a break
_AFTER = norm_words("في اثناء خلال جراء اثر بعد نتيجه بسبب مع على امس يوم اليوم مساء صباح ليل ليله فجر مؤخرا "
                    "عندما حين بينما فيما") | frozenset({".", "؛", ":", "،", ",", '"', "»"})
_KINDS = frozenset({"country", "place"})
# what the verb may follow when it opens its clause (not a verbal noun's governor: بشأن قتل رئيس; not the pluperfect
# وكان قد اعتقل, events/kana_passive; not أنه قتل, "that he killed")
_OPENERS = norm_words("كذلك ايضا ان حيث فيما بينما كما اذ ثم فقد لقد عندما حين بعدما امس اليوم") | frozenset(
    {".", "،", ",", "؛", ":", '"', "«", "“", "("})


def _next(toks: list[str], k: int) -> str:
    """Token k past its و, or a full stop past the sentence's end."""
    return toks[k].removeprefix("و") if k < len(toks) else "."


def _plain(toks: list[str], k: int) -> bool:
    """Token k opens a circumstance, a means (بقصف، برصاص), a companion phrase or a break."""
    w = _next(toks, k)
    return w in _AFTER or w[:1] == "ب" and len(w) > 3


def verb_first_victim(hit: TriggerHit, toks: list[str], actor: Arg | None,
                      recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a killing verb opening its clause with a person after it and no object: that
    person is the recipient, the author the party named after it (see the module's docstring), else none."""
    if not hit.verbal or hit.trigger.id not in _IDS or actor is None or toks[hit.i][:hit.strip] not in ("", "و", "ف"):
        return actor, recipient
    if toks[hit.i][hit.strip:] not in _FORMS or actor.i < hit.j or actor.prep is not None:
        return actor, recipient
    if not hit.strip and hit.i and toks[hit.i - 1] not in _OPENERS and toks[hit.j:hit.j + 1] != ["،"]:
        return actor, recipient  # (قتل، العقيد فلان: a comma after it, the verb)
    between = [w for w in toks[hit.j:actor.i] if w not in _ADVERBS and w not in ("،", ",")]
    if len(between) > 1 or between and not between[0].startswith("ال") or actor.place:
        return actor, recipient  # (قتل، العقيد فلان: a title before the name)
    if actor.actor.kind in _KINDS or toks[actor.i].removeprefix("و") in _BODIES or agent_marked(toks, actor.i):
        return actor, recipient
    end = actor.j
    if recipient is not None and recipient.prep is None and toks[end:recipient.i] in (["،"], [","]):
        end, recipient = recipient.j, None  # (قتل القيادي، فلان الفلاني، في غارة: the name in apposition)
    if not _plain(toks, end) or object_after(toks, end, recipient):
        return actor, recipient
    return (recipient if named_author(toks, end, recipient) else None), actor
