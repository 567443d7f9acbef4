"""The party a clause fronts with أما is the subject of the verb the answering ف opens (used by events/first_roles).

أما رئيس الوزراء الإسرائيلي، الذي أمر جيشه بالرد، فقد توعد الفصائل الفلسطينية بقرارات قاسية: the topic after أما
is who vows; the party after the verb is its object. The rules would read that party, right after the verb, as
its subject (verb, subject, object), so the pair comes out reversed. The answering ف stands on the verb (فتوعد)
or on قد / إن right before it (فقد توعد، فإنه يرفض).

Only a bare party right after أما (not أما في X، أما بالنسبة لـ X: a circumstance, no subject), no place, within
one clause (no full stop, colon or semicolon between). Not when the verb carries an object pronoun that resumes
the topic (أما الوزير فقد استقبله الرئيس: the minister is received), nor when a country or a body is the topic
and a person stands right after the verb (أما تونس فقد دعا رئيسها ...، أما البحرين فقد أكد الوزير: the person
speaks for it).
"""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.forms import object_pronoun
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_AMMA = norm_words("اما واما")
_ANSWER = norm_words("فقد فان فانه فانها فانهم")  # (the ف answering أما on the word before the verb)
_STOPS = frozenset({".", ":", "؛", ";", "!", "؟", "?"})
_REACH = 25  # tokens from أما to the verb (past a relative clause or an apposition on the topic)


def topic_subject(hit: TriggerHit, toks: list[str], args: list[Arg], actor: Arg | None,
                  recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of a verb answering a topic fronted with أما (see the module's docstring)."""
    if not hit.verbal:
        return actor, recipient
    head = toks[hit.i]
    if "ف" in head[:hit.strip]:
        k = hit.i  # (فتوعد)
    elif hit.i > 0 and toks[hit.i - 1] in _ANSWER:
        k = hit.i - 1  # (فقد توعد)
    else:
        return actor, recipient
    amma = next((m for m in range(k - 1, max(-1, k - _REACH), -1) if toks[m] in _AMMA or toks[m] in _STOPS), -1)
    if amma < 0 or toks[amma] in _STOPS:
        return actor, recipient
    topic = next((a for a in args if a.i == amma + 1), None)
    if topic is None or topic.prep is not None or topic.place or topic.actor.kind == "place" or topic is actor:
        return actor, recipient
    if object_pronoun(head[hit.strip:]):
        return actor, recipient  # (أما الوزير فقد استقبله الرئيس: the topic is the object)
    after = actor if actor is not None and actor.i >= hit.j else None
    if after is not None and after.i == hit.j and after.actor.kind == "person" and topic.actor.kind != "person":
        return actor, recipient  # (أما البحرين فقد أكد الوزير: a person speaks for the country)
    if recipient is topic or recipient is None or recipient.i < hit.i:
        recipient = after
    return topic, recipient
