"""Find event triggers in a sentence's normalised tokens.

Each trigger entry contributes its generated surface forms; a token is looked up as it is and with its
proclitics removed (verbs take و ف س ل; verbal nouns also ب ك and the article). A multiword entry needs its
`rest` words to follow (up to four words may stand between, for a subject: أطلق الجيش سراح), and context
words (`requires_any` / `excludes_any`) are checked against the whole sentence, `requires_next` against the few
words after the trigger, `excludes_next` / `excludes_prev` against the word right after / before it (يشكل تهديدا),
`excludes_near` against the few words either side of it. A REQUEST entry narrowed by a topic (`requires_any`) is a
sense of the generic entry read from the same word: where the words around it rule that entry out, they rule it out
too (الأسباب التي دعت إلى ... المساعدات: no demand for aid either).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from marsad.events.noun_sense import not_an_act
from marsad.events.other_sense import other_sense
from marsad.events.pointed_back import pointed_back
from marsad.events.stance import deemed
from marsad.events.trigger_tables import CLITIC_START, NOUN_START, VERB_START, prefixes_of, tables
from marsad.events.word_senses import a_comment, a_front, a_state, addressed, plural_participle, tallied
from marsad.knowledge.triggers import Trigger
from marsad.text.normalize import norm
from marsad.text.tokenize import ENCLITICS, Segmenter

_REST_GAP = 4
_BREAKS = frozenset("، , . : ؛ « » \" ( )".split())
# types whose entries narrowed by a topic (requires_any) are senses of the same verbs as their generic entry (طالب، دعا،
# ناشد بـ ... مساعدات / إصلاحات / حوار): the generic entry's excluding context rules them out too. Elsewhere a narrowed
# entry may take up a context its generic entry leaves out on purpose (تعهدت بتقديم مساعدات، قصفت طائرات التحالف)
_SENSES = frozenset({"REQUEST"})


@dataclass(frozen=True, slots=True)
class TriggerHit:
    trigger: Trigger
    i: int  # first token
    j: int  # one past the last token (rest words included)
    strip: int  # proclitic characters before the head form
    verbal: bool  # a conjugated verb (else a verbal noun or fixed form)
    future: bool  # the head carries the future prefix س


_POSSESSIVES = ("هما", "هم", "ها", "ه", "كم", "ك", "نا")


class _Readings:
    """Mixed into TriggerIndex: the readings of one token against the generated tables."""

    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    segmenter: Segmenter
    context: dict[str, tuple[_Phrases, _Phrases]]  # trigger id -> its requires_any, excludes_any phrases
    word_readings: Callable[[str], tuple[str, ...]]
    rest: dict[tuple[str, ...], list[str]]  # an entry's rest words -> normalised
    endings: frozenset[str] | None  # the table forms' last four letters (a form of two or three letters: all of it)

    def _known_possessed(self, tok: str) -> bool:
        """A known word ending in ة with a possessive pronoun (وزارته، وزارتها: his ministry, not و + زارته)."""
        for suffix in _POSSESSIVES:
            if not tok.endswith(suffix):
                continue
            stem = tok[:-len(suffix)]
            if len(stem) >= 4 and stem.endswith("ت") and self.segmenter.known(stem[:-1] + "ه"):
                return True
        return False

    def _readings(self, tok: str) -> tuple[tuple[Trigger, int, bool, bool], ...]:
        ends = self.endings  # (None: a form of fewer than two letters, no pre-test)
        if ends is not None and tok[-4:] not in ends and tok[-3:] not in ends and tok[-2:] not in ends:
            return ()  # every reading is a table form ending the token (most words end as none does: asked first)
        out: list[tuple[Trigger, int, bool, bool]] = []
        seen: set[str] = set()
        # وزارة is a word, not و + زارة (only asked of a word that may carry a proclitic: no other prefix matches)
        known = tok[:1] in CLITIC_START and (self.segmenter.known(tok) or self._known_possessed(tok))
        for prefix in prefixes_of(VERB_START, tok):  # (the listed prefixes `tok` starts with, in order)
            if prefix and known:
                break
            if len(tok) - len(prefix) >= 3:
                for t in self.verbs.get(tok[len(prefix):], ()):
                    if t.id not in seen:
                        seen.add(t.id)
                        out.append((t, len(prefix), True, "س" in prefix))
        for prefix in prefixes_of(NOUN_START, tok):
            if prefix and known and tok not in self.nouns:
                continue
            body = tok[len(prefix):]
            article = prefix.endswith("ل") and body.startswith("ل")
            if article:
                body = "ا" + body  # لل = ل + ال: only the definite reading (للقاء is ل + لقاء, not ل + إلقاء)
            for form in ((body[2:],) if article else (body, body[2:] if body.startswith("ال") else None)):
                for t in self.nouns.get(form, ()) if form else ():
                    if t.id not in seen and not (form != body and plural_participle(t, form)):
                        seen.add(t.id)
                        out.append((t, len(prefix) if not prefix.endswith("ل") or not tok[len(prefix):].startswith(
                            "ل") else len(prefix) - 1, False, False))
        return tuple(out)

    def find(self, toks: list[str]) -> list[TriggerHit]:
        """Trigger hits of one sentence, left to right (several entries may share a head)."""
        hits: list[TriggerHit] = []
        words: set[str] | None = None
        heads_of = self.heads
        for i, tok in enumerate(toks):
            if not (heads := heads_of(tok)) or not tok[:1].isalpha():  # (most words head no entry: asked first)
                continue
            found: list[TriggerHit] = []
            vetoed: set[tuple[str, int, bool]] = set()  # (type, strip, verbal) whose generic entry's sense is excluded
            for t, strip, verbal, future in heads:
                j = i + 1
                if t.rest:
                    j = _rest_end(toks, i + 1, self.rest[t.rest])
                    if j < 0:
                        continue
                if a_comment(toks, i, strip) or a_state(toks, i, strip) or a_front(toks, i, strip) \
                        or tallied(toks, i, strip) or addressed(t, toks, i, strip) \
                        or pointed_back(t, toks, i, strip, verbal) \
                        or deemed(t, toks, i, strip, verbal) or not_an_act(t, toks, i, j, strip) \
                        or other_sense(t, toks, i, strip, verbal, self.nouns):
                    continue
                excluded = t.excludes_next and j < len(toks) and toks[j] in t.excludes_next \
                    or t.excludes_prev and i and _prev_is(toks, i, t.excludes_prev)
                if not excluded and t.requires_next:
                    lo, hi = j, min(len(toks), j + NEXT_REACH)
                    near = self._words(toks[lo:hi])
                    if not any(_has(near, toks[lo:hi], p) for p in t.requires_next):
                        continue
                if not excluded and t.excludes_near:
                    lo, hi = max(0, i - NEAR_REACH), min(len(toks), j + NEAR_REACH)
                    near = self._words(toks[lo:hi])
                    excluded = any(_has(near, toks[lo:hi], p) for p in t.excludes_near)
                if excluded:  # the words right around it rule the word's sense out
                    if not t.requires_any and t.type in _SENSES:
                        vetoed.add((t.type, strip, verbal))
                    continue
                if t.requires_any or t.excludes_any:
                    if words is None:
                        words = self._words(toks)
                    required, excluded = self.context[t.id]
                    if t.requires_any and not _has_any(words, toks, required) or _has_any(words, toks, excluded):
                        continue
                found.append(TriggerHit(t, i, j, strip, verbal, future))
            # an entry narrowed by its topic (requires_any: طالب/دعا ... بمساعدات) is a sense of the generic entry of
            # its type read from the same word: the words around it that rule the generic one out (الأسباب التي دعت،
            # ما دعا X إلى، يدّعون أنه) rule it out too — not a word anywhere in the sentence (excludes_any: اللجوء
            # keeps طالب لجوء 'asylum seeker' from the generic entry, but asylum asked for is a demand for aid)
            hits += [h for h in found if not (h.trigger.requires_any and (h.trigger.type, h.strip, h.verbal) in vetoed)]
        return _outermost(hits)

    def _words(self, toks: list[str]) -> set[str]:
        """Every token with its clitic-free readings, for context checks."""
        return set().union(*map(self.word_readings, toks))

    def _word_readings(self, t: str) -> tuple[str, ...]:
        """A token, its dictionary key and its stem (and, for وشدد, the word without the conjunction of an unlisted
        word): what `_words` adds for it (cached per index, as `heads`)."""
        if len(t) <= 2 or not t[:1].isalpha() or self.segmenter.known(t):  # (the segmenter leaves it whole)
            return (t, t, t, t[1:]) if t[:1] in ("و", "ف") and len(t) > 3 else (t, t, t)
        seg = self.segmenter.segment(t)
        return (t, seg.key, seg.stem, t[1:]) if t[:1] in ("و", "ف") and len(t) > 3 else (t, seg.key, seg.stem)


class TriggerIndex(_Readings):
    """Surface forms → trigger entries. The tables are generated on first use (a pipeline that only finds
    mentions never pays for them); building is guarded by a lock, so the index can be shared between threads."""

    def __init__(self, triggers: tuple[Trigger, ...], segmenter: Segmenter,
                 blocked: frozenset[str] = frozenset()) -> None:
        self.triggers = triggers
        self.segmenter = segmenter
        self.context = {t.id: (_Phrases.of(t.requires_any), _Phrases.of(t.excludes_any)) for t in triggers}
        self.rest = {t.rest: [norm(w) for w in t.rest] for t in triggers if t.rest}
        self.blocked = blocked
        self._lock = threading.Lock()
        self._built = False
        self.verbs: dict[str, list[Trigger]] = {}
        self.nouns: dict[str, list[Trigger]] = {}
        self.endings: frozenset[str] | None = None
        self.heads: Callable[[str], tuple[tuple[Trigger, int, bool, bool], ...]] = lru_cache(maxsize=200_000)(
            self._heads)
        self.word_readings: Callable[[str], tuple[str, ...]] = lru_cache(maxsize=200_000)(self._word_readings)

    def warm(self) -> None:
        """Generate the tables now rather than on the first token looked up."""
        self._build()

    def _build(self) -> None:
        with self._lock:
            if self._built:
                return
            verbs, nouns = tables(self.triggers, self.blocked)
            self.verbs, self.nouns = verbs, nouns
            forms = [f for table in (verbs, nouns) for f in table]
            self.endings = frozenset(f[-4:] for f in forms) if all(len(f) >= 2 for f in forms) else None
            self._built = True

    def _heads(self, tok: str) -> tuple[tuple[Trigger, int, bool, bool], ...]:
        """(trigger, clitic chars, verbal, future) for every reading of a token."""
        if not self._built:
            self._build()
        return self._readings(tok)


def _outermost(hits: list[TriggerHit]) -> list[TriggerHit]:
    """One hit per event: of two hits of the same type, one inside the other (محاولة اغتيال / اغتيال) or on the
    same words (two entries sharing a head), the longer, first listed one stays."""
    out: list[TriggerHit] = []
    for h in hits:
        if any(g is not h and g.trigger.type == h.trigger.type and g.i <= h.i and h.j <= g.j
               and ((g.j - g.i) > (h.j - h.i) or (g.i, g.j) == (h.i, h.j) and hits.index(g) < hits.index(h))
               for g in hits):
            continue
        out.append(h)
    return out


def _rest_end(toks: list[str], k: int, want: list[str]) -> int:
    """End of the rest words (normalised) after a head (a subject of up to four words may stand between: فتحت عصائب
    أهل الحق النار; not across punctuation), or -1."""
    for gap in range(_REST_GAP + 1):
        start = k + gap
        if start + len(want) > len(toks) or gap and toks[start - 1] in _BREAKS:
            break
        if all(_word_is(toks[start + n], w, last=n == len(want) - 1) for n, w in enumerate(want)):
            return start + len(want)
    return -1


def _word_is(tok: str, want: str, last: bool) -> bool:
    if tok == want or (tok.startswith(("و", "ب", "ل")) and tok[1:] == want):
        return True
    if last and tok.startswith(want[:-1] if want.endswith("ه") else want):
        tail = tok[len(want) - (1 if want.endswith("ه") else 0):]
        return tail in ENCLITICS or (want.endswith("ه") and tail[:1] == "ت" and tail[1:] in ENCLITICS)
    return False


def _prev_is(toks: list[str], i: int, words: frozenset[str]) -> bool:
    """The word before a trigger is one of `words`, a conjunction و/ف before it seen through (ويشكل تهديدا), and so is
    a conjunction written apart before the trigger (فرقة الأبحاث و التفتيش)."""
    k = i - 1 - (i > 1 and toks[i - 1] in ("و", "ف"))
    return toks[k] in words or toks[k][:1] in ("و", "ف") and toks[k][1:] in words


NEAR_REACH = 5  # `excludes_near` words stand this near either side of the trigger (زار 374 ألف سائح صيني المدينة)
NEXT_REACH = 6  # `requires_next` words stand this near after the trigger (علقت نقابة الأطباء في لبنان إضرابها)


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Context phrases split for a fast test: the one-word ones as a set, the longer ones as they are."""

    words: frozenset[str]
    longer: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, phrases: tuple[tuple[str, ...], ...]) -> _Phrases:
        return cls(frozenset(p[0] for p in phrases if len(p) == 1), tuple(p for p in phrases if len(p) > 1))


def _has_any(words: set[str], toks: list[str], phrases: _Phrases) -> bool:
    """Any of the phrases is in the sentence (`words`: its tokens with their readings; `toks`: the tokens)."""
    return not phrases.words.isdisjoint(words) or any(_has(words, toks, p) for p in phrases.longer)


def _has(words: set[str], toks: list[str], phrase: tuple[str, ...]) -> bool:
    if len(phrase) == 1 or phrase[0] not in words:  # (`words` holds every token of `toks`)
        return phrase[0] in words and len(phrase) == 1
    n = len(phrase)
    return any(tuple(toks[i:i + n]) == phrase for i in range(len(toks) - n + 1))
