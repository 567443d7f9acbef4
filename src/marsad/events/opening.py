"""The subject a sentence opens with (used by stages/events): a sentence that begins with a verb and the party
right after it — وجدد الوزير التأكيد على موقفه، ووعد بـ ...، وكان الحزب قد أصدر بيانا وانتقد فيه — names the
subject of its later verbs that have none of their own, not the last party an earlier sentence's event had.

Only a verb: the opening word is no noun (ال), no preposition or particle, no participant itself; the party stands
right after it (or past قد): a bare one, no place. Only for a verb joined to the clause by و / ف, not one after a
pronoun (ونشرت الصحيفة صورا لوزير، وهو يزور المدينة: the minister visits); no relative clause between with an
antecedent of its own (وردت الوزيرة على النائب الذي انتقدها ووصفها بـ: the deputy describes; an aside after a
comma — وكان الحزب، الذي ...، — is no bar); not a verbal noun that reads like a verb (وانتقد الوزير الحملة
ودعمها للمتطرفين: the campaign's support, with its لـ object), nor a charge brought "to him" (وأوقف رجل ...
ووجهت إليه تهمة: passive).

With no such opening subject, a subject-less verb of speech or stance (a call, praise, a charge, a refusal, a
threat, a pledge) continues the last speaker, not the author of an act told in the speaker's words: أكد
الوزير أن إيران وقعت الاتفاق عام 2015 ... . ودعا أيضا إلى حل سلمي: the minister calls, not Iran; a subject
the narrative names after the speaker, outside anyone's words, is carried instead — قال الوزير ... .
وأعلنت اللجنة فتح تحقيق ... . واتهمت ...: the committee (said_on)."""

from __future__ import annotations

from marsad.doc import Document
from marsad.events.arguments import Arg
from marsad.events.forms import subject_slot_empty
from marsad.events.record import Participant
from marsad.events.speech import SpeechLexicon
from marsad.text.normalize import norm_words

# words a sentence may open with that are no verb: prepositions, particles, conjunctions and adverbs of time
_NOT_VERBS = norm_words("""في من على الى إلى عن مع بعد قبل منذ خلال عند لدى حتى كما بينما فيما لكن لكن ولكن
    اما أما إن ان أن إذا اذا لو كل هذا هذه ذلك تلك هناك هنا ثم او أو بل لا لم لن ما مثل عبر وسط امام أمام
    حيث اثر إثر عقب جراء بسبب نحو حوالي اليوم امس أمس غدا وقد قد لقد ايضا أيضا وفق وفقا حسب بحسب نقلا""")
_MAY = norm_words("قد لقد")
_TO_HIM = norm_words("اليه اليها اليهم اليهما عليه عليها عليهم عليهما")
_RELATIVES = norm_words("الذي التي الذين اللذين اللتين اللواتي اللاتي")


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def opening_subject(args: list[Arg], toks: list[str]) -> Arg | None:
    """The party right after the verb a sentence opens with (its subject), else None."""
    if not toks or not toks[0][:1].isalpha():
        return None
    first = toks[0]
    if first in _NOT_VERBS or _bare(first) in _NOT_VERBS or _bare(first).startswith("ال") or \
            first.startswith(("ب", "ل", "ال")):
        return None
    if any(a.i == 0 for a in args):
        return None
    k = 2 if len(toks) > 2 and toks[1] in _MAY else 1
    return next((a for a in args if a.i == k and a.prep is None and not a.place and not a.accusative), None)


def joined_to(opener: Arg | None, toks: list[str], i: int) -> bool:
    """Whether the subject-less verb at i continues the opening subject's clause (see the module docstring)."""
    if opener is None or opener.j > i or i < 1:
        return False
    if not (toks[i][:1] in ("و", "ف") and len(toks[i]) > 3):
        return False
    if i + 1 < len(toks) and (toks[i + 1].startswith("لل") or toks[i + 1] in _TO_HIM):
        return False
    return not any(toks[k] in _RELATIVES and toks[k - 1] not in ("،", ",") for k in range(opener.j, i))


def opened_by(args: list[Arg], toks: list[str], sv: int, i: int) -> Arg | None:
    """The opening subject, when the subject-less verb at i continues its clause; not when the sentence opens with
    a verb of saying at sv (its speaker is carried as such)."""
    opener = opening_subject(args, toks) if sv != 0 else None
    return opener if joined_to(opener, toks, i) else None


_SAID = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"})
_QUOTES = frozenset({'"', "«", "“"})


def _in_words(doc: Document, at: int, speech: SpeechLexicon) -> bool:
    """Whether the party named at offset `at` stands inside someone's words: its sentence opens with a quote, or a
    verb of saying or a quote mark stands before it in its sentence."""
    nz = doc.normalized
    if nz is None:
        return False
    for si, s in enumerate(doc.sentences):
        if s.start <= at < s.end and si < len(doc.norm_tokens):
            before = [t for a, b, t in doc.norm_tokens[si] if nz.to_orig(a, b)[1] <= at]
            return not _QUOTES.isdisjoint(before) or speech.speech_verb_at(before)[0] >= 0
    return False

_RELATIVES = norm_words("الذي التي الذين اللذين اللتين اللذان اللتان")


def said_on(event_type: str, speaker: Participant | None, subject: Participant | None, doc: Document,
            speech: SpeechLexicon, after: list[str], before: list[str]) -> Participant | None:
    """The party carried to a subject-less verb no opening subject governs (`after`: the words after the verb,
    `before`: the words of its sentence before it): for a verb of speech or stance whose subject slot is empty,
    the last speaker, unless the last subject was named after it outside anyone's words, or the verb is joined to
    a relative clause of its sentence (القرار الذي عدل مرات، ويطالب: the antecedent demands, not the speaker);
    else (and for other acts) the last subject."""
    if event_type not in _SAID or speaker is None or not subject_slot_empty(after) or not _RELATIVES.isdisjoint(before):
        return subject
    if subject is None or speaker.named_span().start >= subject.named_span().start:
        return speaker
    return speaker if _in_words(doc, subject.named_span().start, speech) else subject
