"""A killing told in the passive inside someone's statement is told, not done, by the speaker (events/reported).

In قال المتحدث باسم الوزارة إن مزارعا قتل، وأصيب آخر or أكد مصدر عسكري أن "19 (شخصا) قتلوا في اشتباكات" the
clause after إن / أن opens with the one killed, a party no dictionary lists, and the verb has no object after it —
only its circumstance, its means or the end of the clause: unvowelled, the verb is passive (قُتل), the speaker only
reports it, and no one is named who killed. Not when the clause opens with the speaker's own pronoun (أعلن الجيش
أنه قتل), nor when a party follows the verb as its object (إن قوات خاصة قتلت ثلاثة مسلحين)."""

from __future__ import annotations

from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_KILLING = frozenset({"assault-kill", "assault-assassinate"})
_THAT = norm_words("ان")  # أن / إن (a bare one: أنه / إنها open with the speaker's pronoun)
_STOPS = frozenset({".", "؛", ":", "،", ","})
_ASIDE = frozenset({'"', "«", "»", "“", "”", "(", ")"})
# what a passive killing verb is followed by: its circumstance (في اشتباكات، خلال هجوم، جراء القصف), its time, an agent
# phrase (على يد), or the end of its clause
_AFTER = norm_words("في اثناء خلال جراء اثر بعد نتيجه بسبب من على امس يوم اليوم مساء صباح ليل ليله فجر") | _STOPS
_SOME = norm_words("بعض بضع بضعه")  # (قتل بعض عناصرهم: a count, the object)


def told_killing(hit: TriggerHit, toks: list[str]) -> int:
    """The index of the bare أن / إن opening the clause when the killing verb at `hit` is a passive one a statement
    tells — some words (the one killed) stand between the particle and the verb, and only a circumstance, a means
    (بقذيفة، برصاص) or the clause's end follows the verb —, else -1. A party before the particle (the speaker) is
    then no author of it, nor is the speaker carried to it."""
    if not hit.verbal or hit.trigger.id not in _KILLING or hit.strip:
        return -1
    start = next((k for k in range(hit.i - 1, max(-1, hit.i - 9), -1) if toks[k] in _THAT or toks[k] in _STOPS), -1)
    if start < 0 or toks[start] not in _THAT or not [w for w in toks[start + 1:hit.i] if w not in _ASIDE]:
        return -1
    after = [w for w in toks[hit.j:hit.j + 2] if w not in _ASIDE][:1]
    if not after or after[0] in _AFTER or after[0][:1] == "ب" and after[0] not in _SOME:
        return start  # (or the sentence ends with the verb)
    return -1
