"""Who protests against whom, once the roles are chosen (after the ranker): a protest is the people's.

- A protest whose actor came out as an authority — a government, a minister, a parliament, the police that
  suppress it or the official who speaks of it (أكد الوزير ... بعد التحركات الاحتجاجية، مظاهرات حاولت السلطات
  قمعها) — is made by the people of that state, not by the authority: its actor becomes that country's civilians
  (CVL), implied by the protest word itself.
- The protests at the Gaza border and the March of Return (مسيرات العودة، تظاهرات على حدود قطاع غزة) are
  Palestinians' protests against Israel: no other actor, and not Palestine as their own target; so are the protests
  of a sentence naming Palestinians and Israel (قتل فلسطينيون برصاص الجيش الإسرائيلي خلال مظاهرات), unless their
  own people of another country are named.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.arguments import Arg
from marsad.events.protest_place import place_people
from marsad.events.record import Event, Participant
from marsad.knowledge.records import STATE_SECTORS, Actor, make_code
from marsad.text.normalize import norm_words

_AUTHORITIES = STATE_SECTORS
_MARCHES = norm_words("مسيره مسيرات")
_RETURN = norm_words("العوده")
_GAZA = norm_words("غزه")
_BORDER = norm_words("حدود الحدود الحدوديه بحدود لحدود السياج الحدودي")
# (not a road closed, a strike, a boycott or a hunger strike: those may be against anyone)
_STREET = ("protest-demonstrate", "protest-protests-plural", "protest-ihtajja", "protest-sitin", "protest-vigil",
           "protest-march", "protest-gather", "protest-come-out", "protest-take-streets", "protest-chant",
           "protest-movement", "protest-burn-tyres", "protest-stones", "protest-riot")


def _implied(e: Event, country: str, sector: str | None, kind: str) -> Participant:
    return Participant(e.trigger, Actor(None, country, sector, make_code(country, sector), None, kind), implicit=True)


def _gaza_border(toks: list[str]) -> bool:
    """مسيرات العودة (past one word: مسيرة "العودة الكبرى"), or Gaza and its border named in the sentence."""
    words = {w.removeprefix("و").removeprefix("ب").removeprefix("ل") for w in toks}
    march = any(w.removeprefix("و").removeprefix("ل").removeprefix("ب") in _MARCHES
                and any(x.strip('"«»') in _RETURN for x in toks[k + 1:k + 3]) for k, w in enumerate(toks))
    return march or any(w.endswith(tuple(_GAZA)) for w in words) and not words.isdisjoint(_BORDER)


def _against_occupation(toks: list[str]) -> bool:
    """Palestinians (فلسطينيا، الفلسطينيين، احتجاجات فلسطينية) and Israel or the occupation named in the sentence."""
    return any("فلسطيني" in w for w in toks) and any("اسراييل" in w or w.endswith("الاحتلال") for w in toks)


def protest_parties(events: list[Event], sentence_args: dict[int, tuple[list[Arg], list[str]]]) -> list[Event]:
    """The document's events with each protest's parties set right (see the module's note)."""
    out = []
    for e in events:
        if e.event_type != "PROTEST":
            out.append(e)
            continue
        actor, recipient = e.actor, e.recipient
        args, toks = sentence_args.get(e.sentence[0], ([], []))
        actor = place_people(e, args, toks) or actor  # الاحتجاجات في إيران: its people, not who speaks of it
        gaza = _gaza_border(toks)
        if e.rule.startswith(tuple(f"trigger:{t}@" for t in _STREET)) and (gaza or _against_occupation(toks)):
            # (past the Gaza border, where Palestinians and Israel are named, a protest by others — تظاهر آلاف
            # الأردنيين تضامنا مع الفلسطينيين — keeps its own people)
            c = actor.actor.country if actor is not None else None
            if actor is None or actor.actor.sector in _AUTHORITIES or c in ("ISR", None) or gaza and c != "PSE":
                actor = _implied(e, "PSE", "CVL", "generic")
            if recipient is None or recipient.actor.country in ("PSE", None):
                recipient = _implied(e, "ISR", None, "country")
        elif actor is not None and actor.actor.sector in _AUTHORITIES and actor.actor.country and not \
                e.rule.startswith("trigger:protest-obstruct@"):  # (an authority closing a road: no protest)
            actor = _implied(e, actor.actor.country, "CVL", "generic")
        out.append(e if (actor, recipient) == (e.actor, e.recipient) else replace(e, actor=actor, recipient=recipient))
    return out
