"""The pipeline: resources loaded once, a checked chain of stages, and the public entry points."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

from marsad.actors.index import ActorIndex
from marsad.doc import Document, Mention
from marsad.errors import PipelineChainError
from marsad.events.crime import Crime
from marsad.events.daily_life import DailyLife
from marsad.events.detector import Detector
from marsad.events.mishap import Mishap
from marsad.events.offfield import OffField
from marsad.events.pairs import named_pairs
from marsad.events.ranker import RoleRanker
from marsad.events.record import Event
from marsad.events.seat import Seats
from marsad.events.sentence_check import SentenceCheck
from marsad.events.site_visit import SiteVisit
from marsad.events.speech import SpeechLexicon, load_speech
from marsad.events.triggers import TriggerIndex
from marsad.knowledge.loader import DATA_DIR, load_knowledge
from marsad.knowledge.records import Knowledge
from marsad.knowledge.triggers import Trigger, load_cameo, load_triggers
from marsad.stages import Stage, each
from marsad.stages.actors import ActorStage
from marsad.stages.check import CheckStage
from marsad.stages.coref import CorefStage
from marsad.stages.events import EventStage
from marsad.stages.text import NormalizeStage, SentenceStage


def check_chain(stages: Sequence[Stage]) -> None:
    """Raise PipelineChainError unless each stage's requirements are provided by earlier stages."""
    have: set[str] = set()
    for st in stages:
        missing = st.requires - have
        if missing:
            raise PipelineChainError(f"stage '{st.name}' requires {sorted(missing)}, which no earlier stage "
                                     f"provides (have {sorted(have)})")
        have |= st.provides


class Pipeline:
    """Holds the loaded resources; immutable and safe to share between threads. Each call works on its own
    `Document`."""

    def __init__(self, knowledge: Knowledge, stages: Sequence[Stage] | None = None,
                 triggers: tuple[Trigger, ...] = (), speech: SpeechLexicon | None = None,
                 detector: Detector | None = None, check: SentenceCheck | None = None,
                 ranker: RoleRanker | None = None) -> None:
        self.knowledge = knowledge
        self.index = ActorIndex(knowledge)
        self.triggers = TriggerIndex(triggers, self.index.segmenter, knowledge.stopwords)
        default: list[Stage] = [NormalizeStage(), SentenceStage(), ActorStage(self.index), CorefStage(self.index)]
        if triggers:
            default.append(EventStage(self.triggers, speech or SpeechLexicon(frozenset(), frozenset(), ()),
                                      self.index.segmenter, detector, self.index.sports_surface, check, ranker,
                                      knowledge.bare_names, knowledge.sources, named_pairs(knowledge),
                                      OffField(knowledge.offfield_heads, knowledge.offfield_nations,
                                               knowledge.offfield_bodies, SiteVisit.from_knowledge(knowledge),
                                               Crime.from_knowledge(knowledge), Mishap.from_knowledge(knowledge),
                                               DailyLife.from_knowledge(knowledge),
                                               sport_ids=frozenset(o.id for o in knowledge.organisations.values()
                                                                   if o.sport)),
                                      Seats.from_knowledge(knowledge),
                                      self.index.given))
            if check is not None:
                default.append(CheckStage(check))
        self.check = check
        self.stages: tuple[Stage, ...] = tuple(stages) if stages is not None else tuple(default)
        check_chain(self.stages)
        # How `load` built this pipeline (extra dirs, base dir), so worker processes can build their own copy.
        self.origin: tuple[tuple[str, ...], str | None] | None = None

    def warm(self) -> Pipeline:
        """Load now what the stages otherwise load on first use — the trigger tables and the sentence check's
        encoder (a few seconds) — so that the first document does not pay for them: for a server or a worker about
        to take documents, and for timing. Returns the pipeline."""
        self.triggers.warm()
        if self.check is not None:
            self.check.warm()
        return self

    def process(self, doc: Document, upto: str | None = None) -> Document:
        """Run the stages on `doc` (up to and including the stage named `upto`)."""
        for st in self.stages:
            st(doc)
            if st.name == upto:
                break
        return doc

    def analyse(self, text: str, date: date | str | None = None, doc_id: str = "doc") -> Document:
        return self.process(Document(doc_id, text, _as_date(date)))

    def mentions(self, text: str, date: date | str | None = None) -> list[Mention]:
        """The actor and place mentions of `text`, coded as of `date` (a date or YYYY-MM-DD)."""
        return self.analyse(text, date).mentions

    def code(self, text: str, date: date | str | None = None) -> list[Event]:
        """The PLOVER events of `text` (as of `date`), as typed records."""
        return self.analyse(text, date).events

    def process_batch(self, docs: Sequence[Document], upto: str | None = None) -> list[Exception | None]:
        """Run the stages on several documents (up to and including the stage named `upto`), stage by stage: a
        stage that can take a batch (`BatchStage`, such as the sentence check, which then encodes the sentences of
        every document in one call) takes them all at once. Each document ends as `process` would leave it. Returns,
        per document, the exception that stopped it (None: coded); a document that raises goes no further, the
        others go on."""
        errors: list[Exception | None] = [None] * len(docs)
        for st in self.stages:
            live = [n for n, e in enumerate(errors) if e is None]
            batch = getattr(st, "batch", None)
            outcomes = batch([docs[n] for n in live]) if batch is not None and len(live) > 1 else each(
                st, [docs[n] for n in live])
            for n, e in zip(live, outcomes, strict=True):
                errors[n] = e
            if st.name == upto:
                break
        return errors

    def pipe(self, docs: Iterable[Document], upto: str | None = None, batch_size: int = 1) -> Iterator[Document]:
        """The documents, processed, in order. With `batch_size` > 1 they are taken `batch_size` at a time through
        `process_batch` (faster: one encoder call per batch; the same output): a document that raises still stops
        the iteration there, after the ones before it are yielded."""
        if batch_size <= 1:
            for doc in docs:
                yield self.process(doc, upto)
            return
        it = iter(docs)
        while chunk := list(itertools.islice(it, batch_size)):
            for doc, error in zip(chunk, self.process_batch(chunk, upto), strict=True):
                if error is not None:
                    raise error
                yield doc


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def load(extra_dirs: Iterable[str | Path] = (), base_dir: str | Path | None = None) -> Pipeline:
    """Load the dictionaries (shipped, or `base_dir`, plus `extra_dirs`) and return a reusable pipeline."""
    dirs = [Path(base_dir) if base_dir is not None else DATA_DIR, *(Path(d) for d in extra_dirs)]
    cameo = load_cameo(dirs[0] / "cameo.tsv") if (dirs[0] / "cameo.tsv").is_file() else load_cameo()
    extra = tuple(str(d) for d in dirs[1:])
    nlp = Pipeline(load_knowledge(extra, base_dir), triggers=load_triggers(dirs, cameo),
                   speech=load_speech(dirs[0] / "speech.yaml"), detector=Detector.load(dirs[0] / "detector.json"),
                   check=SentenceCheck.load(dirs[0] / "sentence_check.json"),
                   ranker=RoleRanker.load(dirs[0] / "ranker.json"))
    nlp.origin = (extra, None if base_dir is None else str(base_dir))
    return nlp
