"""In-document coreference for actors.

* A title alone (رئيس الوزراء العراقي) takes the person named with the same title elsewhere in the article;
  failing that it keeps the holder on the article's date found by the actor stage.
* A later short form of a person found with a full name (شمخاني after علي شمخاني; an unknown person's family
  name) links to the full mention; single words matching such a family name become person mentions. A lone name
  that is the first word of one known person's full name (كيم after كيم جونغ أون) links to that person.
* The head noun of a body named before, with the article (الحركة after حركة حماس, الصندوق after صندوق النقد
  الدولي, الوزارة after وزارة الخارجية الأميركية), refers to the latest body so named — also before an epithet
  (التنظيم المتشدد, الجماعة الإرهابية), not before another word with the article (الحركة الإسلامية: a new name).
  A bare الوزارة / النقابة the dictionary reads as a generic party of no state (data/generic.tsv) gives way to it:
  وزارة الإعلام الفلسطينية ... وحثت الوزارة is the Palestinian ministry, not one of the article's state.
* A title left bare of its body (الأمين العام) is the office's latest holder named before it (actors/bare_title).
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from marsad.actors.bare_title import link_bare_titles
from marsad.actors.grammar import Draft
from marsad.actors.index import ActorIndex
from marsad.actors.names import CONNECTORS
from marsad.doc import Document, Mention
from marsad.knowledge.records import Actor
from marsad.stages.actors import to_mention
from marsad.text.normalize import norm
from marsad.text.tokenize import with_proclitics


class CorefStage:
    name: ClassVar[str] = "coref"
    requires: ClassVar[frozenset[str]] = frozenset({"mentions"})
    provides: ClassVar[frozenset[str]] = frozenset({"coref"})

    def __init__(self, index: ActorIndex) -> None:
        self.index = index

    def __call__(self, doc: Document) -> None:
        if not doc.mentions:
            return
        titled: dict[tuple[str, str], Actor] = {}
        surnames: dict[str, Actor] = {}
        # every known person of the article by family name, with where named: a name two of them share (Joseph and
        # Michel Aoun) goes to the one named last before it (الرئيس عون after ميشال عون), else the first
        bearers: dict[str, list[tuple[int, Actor]]] = {}
        # the first word of a known person's name (كيم after كيم جونغ أون: a family name written first), kept only
        # when one known person of the article has it
        firsts: dict[str, Actor | None] = {}

        def words_of(m: Mention) -> list[str]:
            i, j = m.tok_span
            return [t for _, _, t in doc.norm_tokens[m.sentence][i:j]] if j > i else norm(m.text).split()

        for m in doc.mentions:
            if m.type != "PER" or m.actor is None or m.nominal:
                continue
            if m.role_key and m.actor.name:
                titled.setdefault(m.role_key, m.actor)
            words = words_of(m)
            if len(words) >= 3 and m.actor.id is not None and len(words[0]) > 2 and words[0] not in CONNECTORS:
                had = firsts.get(words[0], m.actor)
                firsts[words[0]] = m.actor if had is not None and had.id == m.actor.id else None
            # the family name: not the complement of عبد/أبو/بن (عبد الله does not make الله a surname)
            if len(words) >= 2 and words[-2] not in CONNECTORS and len(words[-1]) > 2 and (
                    words[-1] not in self.index.stopwords and words[-1] not in self.index.kb.common_words):
                known = surnames.get(words[-1])
                if known is None or (known.id is None and m.actor.id is not None):
                    surnames[words[-1]] = m.actor
                if m.actor.id is not None:
                    bearers.setdefault(words[-1], []).append((m.start, m.actor))
        linked: list[Mention] = []
        for m in doc.mentions:
            if m.nominal and m.role_key in titled and (m.actor is None or m.actor.id != titled[m.role_key].id):
                m = replace(m, actor=titled[m.role_key], rule=m.rule.split("+holder")[0] + "+coref")
            elif (m.type == "PER" and not m.nominal and m.actor is not None and m.actor.id is None
                  and len(words := words_of(m)) == 1 and (full := _bearer(surnames.get(words[-1]),
                                                                           bearers.get(words[-1], []), m.start))
                  is not None and full is not m.actor):
                m = replace(m, actor=full, rule=m.rule + "+coref")
            elif (m.type == "PER" and not m.nominal and m.actor is not None and m.actor.id is None
                  and len(words := words_of(m)) == 1 and (first := firsts.get(words[0])) is not None):
                m = replace(m, actor=first, rule=m.rule + "+coref:first")
            linked.append(m)
        if surnames:
            linked.extend(self._surname_mentions(doc, linked, surnames, bearers))
        heads = _head_mentions(doc, linked)
        taken = {(h.sentence, h.tok_span) for h in heads}  # the generic readings (الوزارة: GOV) the heads replace
        linked = [m for m in linked if (m.sentence, m.tok_span) not in taken or not _bare_generic(m)] + heads
        linked = link_bare_titles(linked)  # الأمين العام alone: the office's latest holder named (actors/bare_title)
        doc.mentions = linked

    def _surname_mentions(self, doc: Document, mentions: list[Mention], surnames: dict[str, Actor],
                          bearers: dict[str, list[tuple[int, Actor]]]) -> list[Mention]:
        covered = [(m.start, m.end) for m in mentions]
        seg = self.index.segmenter.segment
        out = []
        nz = doc.normalized
        assert nz is not None
        surface = {f for name in surnames for f in with_proclitics(name)}
        for si, toks in enumerate(doc.norm_tokens):
            for ti, (a, b, t) in enumerate(toks):
                if t not in surface:
                    continue
                s = seg(t) if t not in surnames else None
                key = t if s is None else s.key
                if surnames.get(key) is None:
                    continue
                start, end = nz.to_orig(a, b)
                if any(cs < end and start < ce for cs, ce in covered):
                    continue
                actor = _bearer(surnames[key], bearers.get(key, []), start)
                strip = 0 if s is None else s.prefix_chars
                d = Draft(ti, ti + 1, "PER", actor, "coref:surname", strip=strip)
                out.append(to_mention(doc, toks, d, si))
        return out


# head nouns of bodies that the article goes on to call by the noun alone (normalised, without ال)
_HEADS = frozenset(norm(w) for w in """حركة منظمة حزب صندوق مجلس وزارة هيئة لجنة جبهة تنظيم جماعة مفوضية محكمة
    بنك شركة جامعة نقابة""".split())

# head nouns whose bare form the dictionary also reads as a generic party of no state (data/generic.tsv: الوزارة
# GOV, النقابة CVL): the body named before with that head is the better reading
_GENERIC_HEADS = frozenset(norm(w) for w in "وزارة نقابة".split())


# epithets a news text gives a group it named before, after the bare head noun (التنظيم المتشدد، الجماعة
# الإرهابية، الحركة المتمردة): no new body's name
_EPITHETS = frozenset(norm(w) for w in """المتشدد المتشددة المتطرف المتطرفة الإرهابي الإرهابية المتمرد المتمردة
    الانقلابي الانقلابية الجهادي الجهادية""".split())


def _head(word: str) -> str | None:
    """The head noun a word names with the article and any proclitics (والحركة → حركه), else None."""
    if "ال" not in word[:4] and "لل" not in word[:3]:  # no article within reach of the proclitics: the common case
        return None
    for pre in ("", "و", "ف", "ب", "وب", "فب"):
        if word.startswith(pre + "ال"):
            base = word[len(pre) + 2:]
            return base if base in _HEADS else None
    if word.startswith(("لل", "ولل")):
        base = word[3:] if word[0] == "و" else word[2:]
        return base if base in _HEADS else None
    return None


def _named_head(word: str) -> str:
    """The head noun opening a body's name, less a proclitic (ووزارة → وزاره; not وزارة → زاره: the و of a word
    is no conjunction when the word without it is no head)."""
    for pre in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب"):
        if word.startswith(pre) and (base := word[len(pre):].removeprefix("ال")) in _HEADS:
            return base
    return ""


def _head_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """الحركة, الصندوق: the article's latest body named with that head noun (حركة حماس, صندوق النقد الدولي)."""
    latest: dict[str, Actor] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    for si, toks in enumerate(doc.norm_tokens):
        here = sorted(by_sentence.get(si, []), key=lambda m: m.tok_span)
        covered = {k for m in here if not _bare_generic(m) for k in range(*m.tok_span)}
        starts = {m.tok_span[0] for m in here if m.type != "NORP"}
        k = 0
        for ti, (_, _, t) in enumerate(toks):
            while k < len(here) and here[k].tok_span[0] <= ti:
                m = here[k]
                k += 1
                a = m.actor
                first = toks[m.tok_span[0]][2] if m.tok_span[1] > m.tok_span[0] else ""
                base = _named_head(first)
                # (and a body the dictionary lists as a generic party of a state: النقابة الوطنية للصحفيين التونسيين)
                if a is not None and a.country and base in _HEADS and m.tok_span[1] - m.tok_span[0] > 1 and (
                        m.type == "ORG" and a.kind in ("organisation", "institution")
                        or m.type == "AGENT" and a.kind == "generic" and base in _GENERIC_HEADS):
                    latest[base] = a
            if not latest or ti in covered or (head := _head(t)) is None or head not in latest:
                continue
            if ti + 1 < len(toks) and toks[ti + 1][2].startswith("ال") and ti + 1 not in starts \
                    and toks[ti + 1][2] not in _EPITHETS:
                continue  # الحركة الإسلامية: a body named anew (not ودعت الوزارة الحكومة: another party next;
                # not التنظيم المتشدد: an epithet of the one named before)
            # (للحركة: the span keeps the clitic ل, as the other mentions of لل-forms do; وللحركة drops the و)
            strip = t.find("ال") if not t.startswith(("لل", "ولل")) else int(t[:1] == "و")
            d = Draft(ti, ti + 1, "ORG", latest[head], "coref:head", nominal=True, strip=strip)
            out.append(to_mention(doc, toks, d, si))
    return out


def _bare_generic(m: Mention) -> bool:
    """A one-word generic party of no state whose word is a head noun of _GENERIC_HEADS (الوزارة, والنقابة)."""
    a = m.actor
    return (a is not None and a.kind == "generic" and a.country is None and m.tok_span[1] - m.tok_span[0] == 1
            and m.rule.startswith("generic:") and _head(norm(m.text).strip()) in _GENERIC_HEADS)


def _bearer(first: Actor | None, named: list[tuple[int, Actor]], at: int) -> Actor | None:
    """The person a lone family name at offset `at` stands for: when two known persons of the article bear it, the
    one named last before it; else the article's first (`first`)."""
    if len({a.id for _, a in named}) < 2:
        return first
    before = [a for start, a in named if start < at]
    return before[-1] if before else first
