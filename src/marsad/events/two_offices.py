"""Two offices or bodies of one code are still two parties: دعا رئيس الحكومة، وزير الداخلية، إلى ...

A title or a body no dictionary names (رئيس الحكومة، وزير الداخلية، الحكومة، النقابة) is coded by its sector alone
(GOV), with its country left to the article. Two such parties that a statement joins — the prime minister calling
on the interior minister, a ministry asking the government — compare equal as coded actors, yet they are two: the
one asked is the recipient, not the actor named again (events/victims.self_struck drops a recipient that is the
actor restated: واشنطن after الولايات المتحدة). They are two when each is named in the text (neither carried over),
by other words, at least one of them an office (a person's title — not السكان المدنيين, a crowd and its adjective
read as two), the one asked right after the subject (past a comma at most: not a later member of its list, دعت
نقابة القضاة وإتحاد القضاة, nor a party inside the act asked for), and neither is a known person, body or state:
its code is a bare sector.
"""

from __future__ import annotations

from marsad.events.record import Participant

_STATEMENTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONSULT"})
_GAP = 3  # the one asked right after the subject, past a comma at most: دعا X، Y إلى (not a list: X وإتحاد Y)
_TITLED = frozenset({"person", "generic", "organisation", "institution"})  # not a state, a people or a place


def two_offices(event_type: str, actor: Participant, recipient: Participant) -> bool:
    """`actor` and `recipient` of a statement (طالب، دعا، اتهم، رفض) are two offices or bodies coded alike by their
    sector alone — دعا رئيس الحكومة وزير الداخلية إلى —, not one party named twice."""
    a, r = actor.actor, recipient.actor
    if event_type not in _STATEMENTS or actor.implicit or recipient.implicit or a.id is not None or r.id is not None:
        return False
    if a.kind not in _TITLED or r.kind not in _TITLED or a.sector is None or "person" not in (a.kind, r.kind):
        return False  # (السكان المدنيين: a noun and its adjective read as two crowds)
    sa, sr = actor.span, recipient.span
    return 0 <= sr.start - sa.end <= _GAP and sa.text != sr.text
