"""The sector an actor takes with the country or body it is placed in.

* A body whose sector depends on its country: Tunisia's National Guard is a gendarmerie under the Interior
  Ministry (police, COP), not an army as elsewhere (الحرس الوطني السعودي).
* The head or official of a body that is no state office (رئيس بنك X، زعيم حزب X، مسؤول في حزب X، رئيس الاتحاد
  الإسباني) is no government official: the title's default GOV gives way to the body's sector, or to none when
  no one lists the body; so does a commander's MIL when the title is named in the body (قائد في حركة X; not
  قائد المنتخب) or heads the police or an armed group in construct (قائد الشرطة، قائد تنظيم داعش), and a
  generic word for officials (مسؤولين كبار في X). Not a minister (وزير الشباب is an official whatever follows),
  not past a clause (المسؤول الذي تحدث لـ X), not a medium joined by a preposition (قال الوزير لرويترز: told,
  not of it), and not after a definite title, which heads no construct (حمل المتحدث X: a subject,
  then its object).
* A leading member named as such (قيادي في حركة حماس، القياديين في جماعة الحوثي) is one of the body's own: the
  body's sector (REB, PTY ...), not that of a notable (ELI), when it is a movement or party of one country (not
  a medium it speaks to: قال قيادي لوكالة X); it is named as the body's leading member, another party than
  its fighters (خطف مسلحون من حماس قياديا في حماس).
* A delegation of a body (وفد من صندوق النقد الدولي، وفد من حركة حماس) is that body's: its sector, not the GOV of
  a state's delegation.
* A relative named by kinship to an official (زوجة رئيس المنظمة، نجل الرئيس السابق، أرملة الزعيم) is not that
  official: a notable (ELI) of the official's country, not the office's sector (GOV, MIL ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from marsad.events.ranks import in_ranks
from marsad.knowledge.records import Actor, make_code
from marsad.text.normalize import norm_words

_LOCAL_SECTOR = {("National Guard", "TUN"): "COP"}
_MINISTERS = norm_words("وزير وزيرة الوزير الوزيرة لوزير لوزيرة ووزير ووزيرة")
LEADING_MEMBERS = norm_words("قيادي قياديا القيادي قياديين القياديين قياديون القياديون")
_STATELESS = ("IGO", "UNO", "NGO")
_DELEGATION = "Delegation"  # institutions.yaml's name of وفد
# مسؤولون، قائد في X: an office of a state unless a body of another sector is named (a generic one only GOV:
# قوات is MIL)
_OFFICES = ("GOV", "MIL")
# kinship nouns in construct (no pronoun: زوجته الملكة is the wife herself, titled), with a proclitic و / ل / ب
_KIN = norm_words("""زوجة زوج أرملة ابن ابنة نجل نجلة نجلي نجلا ابنا أبناء أنجال شقيق شقيقة أشقاء والد والدة حفيد
    حفيدة أحفاد صهر""")


class _HasActor(Protocol):
    i: int
    actor: Actor


_A = TypeVar("_A", bound=_HasActor)


def relatives(args: Sequence[_A], toks: list[str]) -> list[_A]:
    """Each participant, a person right after a kinship noun (زوجة رئيس الإنتربول) recoded as that person's
    relative: a notable of the same country, no office holder (see the module's docstring)."""
    out = []
    for a in args:
        w = toks[a.i - 1] if a.i > 0 else ""
        kin = w in _KIN or w[:1] in ("و", "ل", "ب") and (w[1:] in _KIN or w[:2] in ("ول", "وب") and w[2:] in _KIN)
        # (نجله ورئيس الوزراء: a second party joined by و, not the relative's kin)
        if kin and not toks[a.i].startswith("و") and a.actor.kind == "person" \
                and a.actor.sector not in (None, "ELI", "REB"):
            name = f"relative of {a.actor.name}" if a.actor.name else "relative of an official"
            a = replace(a, actor=replace(a.actor, name=name, id=None, sector="ELI",
                                         code=make_code(a.actor.country, "ELI")))
        out.append(a)
    return out


def placed(actor: Actor, country: str | None) -> Actor:
    """The actor as a body of `country`, in the sector that body has there."""
    sector = _LOCAL_SECTOR.get((actor.name, country), actor.sector)
    return replace(actor, country=country, sector=sector, code=make_code(country, sector))


def of_body(actor: Actor, body: Actor, title: list[str], between: list[str], member: bool) -> Actor:
    """`actor` (already placed in `body`'s country) as the head or official of `body` (see the module's
    docstring); `title` is the actor's tokens, `between` the words between them, `member` whether `body` is
    joined by a preposition (في، من، لـ) rather than as the second term of a construct."""
    if actor.kind == "generic" and actor.sector == "ELI" and len(title) == 1 and title[0] in LEADING_MEMBERS:
        if body.kind != "organisation" or body.sector in (None, "GOV", "ELI", "MED") or body.country in _STATELESS \
                or actor.country != body.country:
            return actor
        # (named after its body: not the same party as the body's other members, مسلحين من حماس)
        return replace(actor, name=f"leading member of {body.name}", sector=body.sector,
                       code=make_code(actor.country, body.sector))
    if actor.kind == "person" and actor.id is None and actor.sector == "MIL" and body.sector in ("COP", "REB") \
            and not member and not between:
        # قائد الشرطة، قائد قوات الأمن: a commander of the police is the police's; قائد تنظيم داعش، قائد حركة
        # الشباب: of an armed group, the group's (REB), no army officer
        return replace(actor, sector=body.sector, code=make_code(actor.country, body.sector))
    if actor.kind == "institution" and actor.name == _DELEGATION and member and body.kind == "organisation" \
            and body.sector not in (None, *_OFFICES):
        # وفد من صندوق النقد، وفد من حركة حماس: a delegation sent by a body is that body's, no government's
        return replace(actor, sector=body.sector, code=make_code(actor.country, body.sector))
    offices = _OFFICES if actor.kind == "person" and member else _OFFICES[:1]  # (قائد المنتخب: not of a body)
    if actor.kind not in ("person", "generic") or actor.id is not None or actor.sector not in offices \
            or body.kind != "organisation" or body.sector in _OFFICES or len(between) > 1 and not in_ranks(between) \
            or any(w in _MINISTERS for w in title) \
            or not member and bool(title) and title[-1].startswith("ال") or member and body.sector == "MED":
        return actor
    return replace(actor, sector=body.sector, code=make_code(actor.country, body.sector))
