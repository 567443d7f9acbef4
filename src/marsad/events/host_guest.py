"""The guest of a host verb (استقبل / يستقبل, CONSULT; used by events/frames before roles swaps host and guest).

Arabic names a host's guest after the host's whole noun phrase — his titles in apposition, a time, the palace he
receives in — and a comma: استقبل الشيخ X ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة مساء الثلاثاء، رئيس
الجمهورية اليمنية Y. The rules may read as the guest a word of the host's own titles (القائد الأعلى: the host's own
country) or the place he receives in (بقصر قرطاج). When the guest they read is a town or a country, or of the host's
own country, and a person or a body of another country is named bare after it in the same clause — past commas, a
time, titles and names, not past a clause opener, a conjunction's new clause or بحضور — that party is the guest.
A guest of the host's own country with no other country's party after it stays (استقبل الرئيس التونسي وزير
الخارجية التونسي)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.cues import SAID_THAT, WHICH
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_HOSTS = frozenset({"consult-host"})
_REACH = 24  # words from the verb to the guest
# words that end the host's and guest's phrases: another clause, a purpose, who else attends
_STOPS = WHICH | SAID_THAT | frozenset(". ؛ : ؟ ! « » \"".split()) | norm_words("""الذين حيث بحضور وبحضور بمناسبه
    خلال عقب اثناء لدى وذلك حسبما كما فيما بينما بعد قبل""")
_PLACED = ("place", "country", "nationality")


def _stop(w: str) -> bool:
    """A word that ends the clause's run of names: a clause opener, or a conjunction or purpose لـ starting a new
    phrase (وبحث، لبحث)."""
    return w in _STOPS or len(w) > 3 and w[0] in "وف" and not w.startswith("وال") or len(w) > 3 and w.startswith(
        "ل") and not w.startswith("لل")


def host_guest(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
               implicit: bool) -> tuple[Arg | None, Arg | None, bool]:
    """(host, guest, implicit) of a host verb: a guest read as a place or of the host's own country gives way to the
    first bare person or body of another country named after it in the clause (see the module's docstring)."""
    if not hit.verbal or hit.trigger.id not in _HOSTS or actor is None or not actor.actor.country:
        return actor, recipient, implicit
    if recipient is not None and recipient.i < hit.j:
        return actor, recipient, implicit
    if recipient is not None and recipient.actor.kind not in _PLACED \
            and recipient.actor.country != actor.actor.country:
        return actor, recipient, implicit
    start = max(hit.j, actor.j if actor.i >= hit.j else hit.j)
    covered = {k for a in people for k in range(a.i, a.j)}
    for a in people:
        if a.i < start or a is actor:
            continue
        if a.i - hit.j > _REACH or any(_stop(toks[k]) for k in range(start, a.i) if k not in covered):
            return actor, recipient, implicit
        if a.prep is None and not a.place and a.actor.kind not in _PLACED and a.actor.country \
                and a.actor.country != actor.actor.country:
            return actor, a, False
    return actor, recipient, implicit
