"""Observers of an attack told as its author (used by stages/events): the subject of a verb of detecting or
describing whose object is the attack — رصدت الدفاعات الجوية إطلاق صاروخ، وصفت الشرطة إطلاق النار بالخطير —, or of
an investigation of it — فتح القضاء تحقيقا في ملابسات مقتل، تمكنت الشرطة من الكشف عن مرتكب جريمة القتل، أمر
باستئناف التحقيقات في قضية اغتيال — saw, described or probes the attack: it did not carry it out. The author is
then left unnamed (the ranker does not refill it) unless an agent phrase names it."""

from __future__ import annotations

from marsad.events.agents import agent_marked, marked_agent
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

# verbs of detecting and describing, and words of an investigation, that take the attack as their object
_OBSERVE = norm_words("رصد رصدت ورصد ورصدت ورصدنا رصدنا وصف وصفت يصف تصف ووصف ووصفت")
_PROBE = norm_words("تحقيق تحقيقا التحقيق تحقيقات التحقيقات بالتحقيق بتحقيق ملابسات وملابسات ظروف الكشف بالكشف "
                    "والكشف كشف كشفت يكشف تكشف وكشف وكشفت")
_BREAKS = frozenset({".", "؛", ":", "،", ",", "ان", "انه", "انها", "انهم", "بان", "بانه", "الذي", "التي", "الذين",
                     "فيما", "بينما"})


def observed(hit: TriggerHit, toks: list[str]) -> int:
    """Index of the verb of detecting or describing, or the word of investigation, that takes the attack as its
    object in the same clause (رصدت X إطلاق صاروخ، تحقيق في ملابسات مقتل، الكشف عن مرتكب جريمة قتل); -1 if none."""
    if hit.trigger.type != "ASSAULT":
        return -1
    for n in range(hit.i - 1, max(-1, hit.i - 7), -1):
        if toks[n] in _BREAKS:
            return -1
        if toks[n] in _OBSERVE or toks[n] in _PROBE:
            # (كشف وتدمير مخابئ: a verbal noun joined to the attack by و is a second act of the same author)
            return -1 if n == hit.i - 1 and toks[hit.i].startswith("و") else n
    return -1


def observer_not_author(hit: TriggerHit, toks: list[str], args: list[Arg], k: int, actor: Arg | None,
                        recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an attack observed or probed by the word at k (`observed`): the actor named before the
    attack, the subject of that verb or of the clause the investigation belongs to, is no author; an agent phrase
    after the attack names it (رصدت الدفاعات إطلاق صاروخ من قبل الميليشيا: the militia)."""
    if actor is None or k < 0 or actor.i >= hit.i or agent_marked(toks, actor.i):
        return actor, recipient
    if actor.i < k and (k - actor.j > 8 or any(w in _BREAKS for w in toks[actor.j:k])):
        return actor, recipient
    agent = marked_agent(hit.j, toks, args, None)  # (taken for the target: the author, and no target named)
    return agent, None if agent is not None and agent is recipient else recipient
