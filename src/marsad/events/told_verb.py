"""Who tells of an attack done by the subject of the clause it says is not its doer (used by stages/events).

قال مصدر بالشرطة إن سيارة ملغومة انفجرت في بغداد، وقالت الوزارة إن 28 طائرة شاركت في الضربات وأطلقت 60 صاروخا،
أكد مصدر عسكري أن 19 شخصا قتلوا: the verb of a complement clause of saying (after إن / أن, with a subject of its
own between the particle and the verb) has that subject for its doer, named or not; the speaker — the party between
the verb of saying and the particle, or its bare subject right before that verb — is neither taken for the doer
nor carried to it. Not when the particle bears the speaker's pronoun (قال الجيش إنه قتل، أعلنت أنها رفضت: the
speaker is the subject again), nor when the clause's subject bears a possessive pronoun (أكد الجيش أن قواته
قصفت، قال الوزير إن بلاده ترفض: the speaker's own) or is definite (قال وزير الداخلية إن المملكة لن تغلق: the speaker's
state again, or a party the rules code) — only a number, an approximation or an indefinite noun opens it —,
nor across فيما / بينما (the reporter's own clause ends), a comma or a word of time (بعد قصفها: another clause), nor
for an army or an armed group telling (قالت غرفة العمليات إن طائرات عمودية دمرت: its own war, as events/reporters
weighs it). Only an attack verb: a statement or a coercion told
so is more often the speaker's side's own; nor a killing verb (أن 19 شخصا قتلوا), mostly passive, which
events/victims reads. events/reporters does the same for an attack noun."""

from __future__ import annotations

from collections.abc import Callable

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_THAT = norm_words("ان بان وان")  # (إنه / أنها: the speaker's pronoun — the speaker is the subject again)
_WHILE = norm_words("فيما وفيما بينما وبينما حين . ؛ :")
# words of the clause that are no subject of it (إن لا، أن قد، quotes)
_NO_SUBJECT = frozenset(norm_words("لا لم لن قد سوف ما") | {'"', "«", "»", "“", "”", "(", ")", "،", ","})
_ABOUT = norm_words("نحو حوالي قرابه زهاء اكثر اقل عشرات مئات الاف")
_REACH = 16  # words between the verb of saying and the particle (the speaker and his description)
_NEAR = 8  # words from the particle to the verb: the clause's subject and its description, no more
# a comma or a word of time between: the verb is no longer the one the subject opens (،و دمرت، بعد قصفها)
_BREAK = frozenset(cues.TIME_OPENERS | {"،", ","})
# an army or an armed group telling of what "aircraft", "one of its tanks" did tells its own war (events/reporters)
ARMED_TELLERS = frozenset({"MIL", "REB"})
# a killing verb after a count is mostly passive (أن 19 شخصا قتلوا): events/victims reads it, its author unnamed
_PASSIVE_READ = frozenset({"assault-kill"})
_POSSESSIVE = ("ه", "ها", "هم", "هما", "هن")


def _indefinite(tok: str) -> bool:
    """A subject that names no known party: a number, an approximation, or an indefinite noun (عبوة، مسلحين) — not
    a definite one, which may be the speaker's own state or body again (إن المملكة لن تغلق، إن الحكومة رفضت)."""
    return tok[:1].isdigit() or tok in _ABOUT or not tok.removeprefix("و").startswith(("ال", "لل")) and tok not in _THAT


def _says(tok: str, say: frozenset[str]) -> bool:
    return tok in say or tok[:1] in ("و", "ف") and tok[1:] in say


def told_by(hit: TriggerHit, toks: list[str], a: Arg | None, say: frozenset[str], word: Callable[[int], str]
            ) -> int:
    """The particle's index when the verbal trigger at `hit` is the verb of a complement clause of saying with a
    subject of its own, and `a` (the rules' actor, or None) is not that subject but the speaker or nothing (see
    the module); else -1. `say`: the speech lexicon's verb forms; `word(k)`: token k as the text writes it."""
    if not hit.verbal or hit.trigger.type != "ASSAULT" or hit.trigger.id in _PASSIVE_READ:
        return -1  # (a statement or a coercion: the speaker's often)
    start = next((k + 1 for k in range(hit.i - 1, -1, -1) if toks[k] in _WHILE), 0)
    c = next((k for k in range(hit.i - 1, start - 1, -1) if toks[k] in _THAT), -1)
    if c < 0 or a is not None and (a.j > c or a.actor.sector in ARMED_TELLERS) or hit.i - c > _NEAR or any(
            toks[k] in _BREAK for k in range(c + 1, hit.i)):
        return -1
    subject = [k for k in range(c + 1, hit.i) if toks[k] not in _NO_SUBJECT]
    if not subject or not _indefinite(toks[subject[0]]) or any(word(k).endswith(_POSSESSIVE) for k in subject[:2]):
        return -1
    v = next((k for k in range(c - 1, max(start, c - _REACH) - 1, -1) if _says(toks[k], say)), -1)
    if v < 0:
        return -1
    if a is None or v < a.i or a.prep is None and 0 <= v - a.j <= 1:
        return c
    return -1
