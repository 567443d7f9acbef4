"""The source an "according to" phrase names is no party of the sentence's events (used by stages/events).

A phrase of attribution — وفق / وفقا لـ / بحسب / حسب / طبقا لـ, with or without ما and a verb of reporting (وفق ما
أفادت الشرطة، وفقا لما ذكره المرصد، حسبما أفادت وكالات أنباء روسية، بحسب مصادر المعارضة، ووفقا لمصادر أمنية) —
or a trailing كما + a verb of reporting with its subject and no content clause after it (، كما أفاد جهاز الأمن.)
names who tells the sentence, not who acted or suffered: انفجرت قنبلة في سوق المدينة، وفق ما أفادت الشرطة — the
police did not set off the bomb. The source, with what is joined to it by و or set after it between quotes or
brackets (وكالة الأنباء الإماراتية "وام"), ending its clause, loses the role the rules or the ranker gave it once
the events are counted, if it is a material act's or a protest's (`not_cited`: the event stays, that role
unnamed); an army or an armed group telling of fighting tells its own war and keeps it (ووفقا لبيان قوات X، فإن
المواجهات). A كما followed by أن / إن (كما
أعلنت الوزارة أن ...: "also announced") is a statement of its own and is left alone, as is a source that does not
end its clause (وبحسب النواب المطالبين باستقالته: the MPs demand)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events import cues
from marsad.events.arguments import Arg
from marsad.events.forms import verb_forms
from marsad.events.record import Event, Participant
from marsad.events.reporters import AFTER_COUNTING
from marsad.events.told_verb import ARMED_TELLERS
from marsad.text.normalize import norm_words

_OPENERS = norm_words("وفق ووفق وفقا ووفقا بحسب وبحسب حسب وحسب طبقا وطبقا حسبما وحسبما بحسبما وبحسبما")
_WHAT = norm_words("ما لما")  # (وفق ما، وفقا لما، حسب ما)
_AS = norm_words("كما")
# heads that make the phrase one of conformity, not of telling (وفقا للقانون التركي، حسب تصنيفات X)
_NO_SOURCE = norm_words("قانون القانون للقانون لقانون دستور الدستور للدستور اتفاق الاتفاق للاتفاق لاتفاق اتفاقيه "
                        "الاتفاقيه للاتفاقيه لاتفاقيه قرار القرار للقرار لقرار قرارات تصنيف تصنيفات التصنيف معايير "
                        "المعايير شروط الشروط لشروط خطه الخطه للخطه لخطه")
_THEN = norm_words("فان فقد")  # (وبحسب مصادر محلية فإن ...)
# verbs an outlet or an official tells with (not طالب، دعا: a call is an act of its own)
_STEMS = (("أفاد", "يفيد"), ("ذكر", "يذكر"), ("أورد", "يورد"), ("أعلن", "يعلن"), ("قال", "يقول"), ("نقل", "ينقل"),
          ("أوضح", "يوضح"), ("أكد", "يؤكد"), ("نشر", "ينشر"), ("بث", "يبث"), ("كشف", "يكشف"), ("أظهر", "يظهر"),
          ("أشار", "يشير"), ("روى", "يروي"), ("صرح", "يصرح"), ("أضاف", "يضيف"))
_TELL = frozenset(f for past, present in _STEMS for f in verb_forms(past, present))
_AFTER_VERB = norm_words("به بها عنه عنها فيه")  # (وفقا لما أفادت به مراسلة X)
_MARKS = frozenset('« » " “ ” ( )'.split())
_END = frozenset({".", "،", ",", "؛", ":"})
_HEAD = 2  # words of the source's head before its first party (مصادر، وكالة الأنباء)


def _tells(tok: str) -> bool:
    return tok in _TELL or tok[:1] == "و" and tok[1:] in _TELL


def _source_start(toks: list[str], o: int) -> int:
    """Where the source of the attribution opened at `o` starts, or -1."""
    k = o + 1
    if toks[o] in _AS:
        if k >= len(toks) or not _tells(toks[k]):
            return -1
        return k + 1
    if k < len(toks) and toks[k] in _WHAT:
        k += 1
        if k >= len(toks) or not _tells(toks[k]):
            return -1
        k += 1
    elif k < len(toks) and _tells(toks[k]) and toks[o].endswith("ما"):  # حسبما أفادت
        k += 1
    while k < len(toks) and (toks[k] in _AFTER_VERB or toks[k] in _MARKS):
        k += 1
    return k


def _plain(a: Arg) -> bool:
    """A source named right after the opener: bare, or under the لـ of وفقا لـ / طبقا لـ."""
    return a.prep is None or a.prep == "ل"


def _content_after(toks: list[str], j: int) -> bool:
    """A content clause (أن / إن / :) follows the source before its clause ends: كما أعلن X أن ..."""
    for k in range(j, min(len(toks), j + 12)):
        if toks[k] in cues.SAID_THAT or toks[k] == ":":
            return True
        if toks[k] in _END:
            return False
    return False


def according_sources(args: list[Arg], toks: list[str]) -> list[Arg]:
    """The participants that are the source of an attribution phrase in the sentence (see the module)."""
    out: list[Arg] = []
    ordered = sorted(args, key=lambda a: a.i)
    for o, tok in enumerate(toks):
        if tok not in _OPENERS and not (tok in _AS and o > 0 and toks[o - 1] in _END):
            continue
        k = _source_start(toks, o)
        if k < 0:
            continue
        # (the source's head may be no party of its own: لمصادر المعارضة، وكالات أنباء روسية، جهاز الأمن X)
        end = next((m for m in range(k, min(len(toks), k + _HEAD + 1)) if toks[m] in _END), k + _HEAD + 1)
        first = next((a for a in ordered if k <= a.i < end), None)
        if first is None or not _plain(first) or any(w in _NO_SOURCE for w in toks[k:first.i]):
            continue
        if tok in _AS and _content_after(toks, first.j):
            continue
        chain = [first]
        for a in ordered:
            last = chain[-1]
            if a.i < last.j or a in chain:
                continue
            between = toks[last.j:a.i]
            if a.conj and between in ([], ["و"]) or between and all(w in _MARKS for w in between) or (
                    not between and a.prep is None):
                chain.append(a)
            elif a.i >= last.j:
                break
        # (the source ends its clause: ، / . or فإن / فقد after a fronted one — not بحسب النواب المطالبين)
        if chain[-1].j < len(toks) and toks[chain[-1].j] not in _END and toks[chain[-1].j] not in _THEN:
            continue
        out.extend(chain)
    return out


def not_cited(events: list[Event], cited: set[tuple[int, int]]) -> list[Event]:
    """The events with a role the rules or the ranker gave to a source (`cited`: its spans in the text) emptied,
    after counting: the event stays, the role unnamed."""
    if not cited:
        return events
    return [replace(e, actor=None if _cited(e, e.actor, cited) else e.actor,
                    recipient=None if _cited(e, e.recipient, cited) else e.recipient) for e in events]


def _cited(e: Event, p: Participant | None, cited: set[tuple[int, int]]) -> bool:
    """`p` is the source of a material act or a protest — not an army or an armed group telling of fighting, its
    own war (events/told_verb). (A meeting's, a demand's or an accusation's teller is often its party: وبحسب
    المتحدث باسم الخارجية المصرية، فقد بحث الوزيران.)"""
    return p is not None and not p.implicit and e.event_type in AFTER_COUNTING and (
        p.span.start, p.span.end) in cited and not (e.event_type == "ASSAULT" and p.actor.sector in ARMED_TELLERS)
