"""Who a condemnation accuses when it names an act (used by events/roles for ACCUSE triggers): the target of a
condemned attack is not the accused, its author is, named right after the attack noun or in a relative clause —
أدان المجلس الهجمات التي استهدفت السفارة الفرنسية، أدان الهجمات الإسرائيلية، الهجوم الذي نفذه X —, and so is whoever
did a condemned killing or arrest, named with برصاص / على يد / من قبل after it — أدان مقتل المتظاهرين برصاص الجيش،
استنكر اعتقال الصحفي على يد الشرطة; the victims of a condemned killing are never the accused (ندد بقتل
المتظاهرين)."""

from __future__ import annotations

from marsad.events import cues
from marsad.events.agents import agent_marked
from marsad.events.arguments import Arg
from marsad.events.claims import condemned_author
from marsad.events.statements import condemned
from marsad.events.triggers import TriggerHit

_REACH = 8  # words after the trigger the condemned act's noun may stand at


def accused_of(hit: TriggerHit, toks: list[str], after: list[Arg], people: list[Arg], recipient: Arg | None
               ) -> Arg | None:
    """The recipient of a condemnation, given the one the rules found (`after`: the participants after the trigger;
    `people`: the sentence's participants that are no places)."""
    end = min(len(toks), hit.j + _REACH)
    k = next((k for k in range(hit.j, end) if condemned(toks[k])), -1)
    if k >= 0 and (recipient is None or recipient.i > k):  # (the accused named before the attack stays)
        recipient = next((a for a in after if a.i == k + 1 and a.prep is None and not a.place
                          and a.actor.kind != "place"), None) or condemned_author(toks, k, people)  # الهجوم الذي نفذه X
    k = next((k for k in range(hit.j, end) if condemned(toks[k]) or toks[k].removeprefix("ب") in cues.KILLINGS), -1)
    agent = next((a for a in after if k >= 0 and a.i > k and a.i - k <= 6 and agent_marked(toks, a.i)), None)
    if agent is None and k >= 0 and toks[k].removeprefix("ب") in cues.KILLINGS and recipient is not None \
            and recipient.i > k:
        recipient = None  # ندد بقتل المتظاهرين: the victims of a condemned killing are not the accused
    return agent or recipient
