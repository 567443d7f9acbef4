"""Train the reported-event check (events/detector.py) on our hand labels — the sentence labels
(benchmarks/labels/*_dev_labels.tsv) and the event labels (whether the type is right, for events the coder reported:
benchmarks/labels/roles_train.tsv and the judged samples benchmarks/event_sample_*.tsv; benchmarks/role_gold.tsv is
held out) — reading the labelled sentences from ../shared/data/corpus at run time. It cross-validates (5 folds, documents
split by a hash of their id) and prints, per event type, sentence-level P/R/F1 of the rules alone and with the
check. A type gets the check only when it raises the type's cross-validated F0.5 (precision weighed twice as much
as recall: a false event pollutes a count or a time series, while a missed one is often reported again in other
sentences and articles); for a type whose labels hold few real events the check learns to say no to almost
everything, and the rules alone do better.
Then it trains on all labels and writes src/marsad/data/detector.json (weights of the chosen types only, the
largest word weights of each).

    python scripts/train_detector.py [--epochs 30] [--keep 2000] [--l2 3e-2] [--dry-run] [--sentences-only]
                                     [--hold-out zs,zr]

`--hold-out` leaves the named judged samples (event_sample_<tag>.tsv) out of training — their rows and any other
label on their sentences — trains on the rest as for shipping, codes the held-out samples' documents afresh with
the weights in data/detector.json (in-sample once they were trained on all labels), with the new ones and with no
check, and prints, for their judged events, the type right among those still counted and the right-typed still
counted (writes nothing).

2026-11-29: with the event labels (5,136 -> 8,122 labelled events) the held-out role gold (benchmarks/eval_roles.py,
events the check never saw) gives: type right among the events still counted 0.802 -> 0.825, right-type events
still counted 0.973 -> 0.939 (F0.5 0.831 -> 0.846, F1 0.879 -> 0.878); `marsad eval gsr` unchanged (ASSAULT has the
sentence check; PROTEST F1 0.329 both ways).

2026-11-29 (samples r, s, t, u added: 9,161 labelled events): retrained as it was, held-out role gold type right
among counted 0.834 -> 0.849 but right-type still counted 0.932 -> 0.912 (-6 right, -7 wrong events). Now with
type-free copies of the features (`any:` window words, modality, roles, the words opening the trigger's clause, the
trigger's form: verbal noun or verb tense) so that small types learn the cues of a non-event from big ones, L2
3e-3 (was 1e-4), 2,000 word weights kept per type and 6,000 type-free, chosen by size times the square root of
their frequency: held-out role gold type right among counted 0.834 -> 0.845, right-type still counted 0.932 ->
0.939 (+2 right, -4 wrong events; actor/recipient unchanged). Trained without sample u (640 fresh events, all
counted by the previous check) it keeps 493 of u's 512 right-typed events and 111 of its 127 wrong ones: type
right among counted 0.801 -> 0.816 (the check as it was, trained the same way: 505 / 120, 0.808); AUC of the
check on u held out 0.694 -> 0.717, cross-validated on the judged samples' events (not ASSAULT, unpruned
weights) 0.746 -> 0.768. `marsad eval gsr`: ASSAULT 0.611 unchanged, PROTEST 0.330 -> 0.327.
Retrained the same way after the rules written from sample u's errors were merged (9,120 labelled events): held-out
role gold type right among counted 0.836 -> 0.851, right-type still counted 0.929 -> 0.943 (against the old weights
with the same rules); `marsad eval gsr` ASSAULT 0.613, PROTEST 0.332 -> 0.335.
Retrained again with sample v (200 more judged events) after the second round of rules: held-out role gold type right
among counted 0.851 -> 0.863, right-type still counted 0.943 -> 0.936 (-2 right, -5 wrong events); GSR ASSAULT
0.613 unchanged, PROTEST 0.335 -> 0.327 (one sentence).

2026-12-02 (samples w to zs added, after the rounds of rules written since v: 14,073 labelled events). Held out first
(`--hold-out zs,zr`, the two latest samples, judged on code close to this one: 400 judged events, 388 found again at
the trigger; trained on the other 13,643): the shipped weights keep 331 of 332 right-typed and 56 of 68 wrong-typed
(type right among counted 0.855, right-typed still counted 0.997, F0.5 0.880), retrained as it was (L2 3e-3) 328 and
53 (0.861, 0.988, F0.5 0.884), with L2 3e-2 331 and 50 (0.869, 0.997, F0.5 0.892); AUC of the check on their events
(not ASSAULT) 0.678 -> 0.721 (3e-3) -> 0.744 (3e-2). Other knobs, held out the same way: L2 1e-3 325 / 52, 1e-2
329 / 51; 20 and 40 epochs 327 / 52 and 328 / 53; --keep 1000 and 4000 328 / 52 and 327 / 51. Note that a judged
sample is drawn from the events the shipped check let through, so it cannot see the events a new check would let
through that the old one dropped: it favours a laxer check. The cross-validated figures go the other way: mean F0.5
of the rules + check over the 16 types 0.773 with L2 3e-3, 0.765 with 3e-2 (every type keeps the check either way).
Trained on all labels, L2 3e-3 dropped a golden case (events_material:403, الأساتذة نظموا في صورة جماعية احتجاجات:
p near 0.5, kept or not by the shuffle's seed) and raised GSR PROTEST false positives 114 -> 119..122 whatever the
seed; L2 3e-2 keeps it and GSR: the default is now 3e-2. Against the shipped weights: held-out role gold type right
among counted 0.881 -> 0.877, right-typed still counted 0.926 -> 0.936 (+3 right, +2 wrong events: 274 / 37 ->
277 / 39; F0.5 0.890 -> 0.888; actor / recipient unchanged); `marsad eval gsr` ASSAULT 0.663 unchanged (sentence
check), PROTEST 0.357 -> 0.356 (tp 35 -> 37, fp 114 -> 124).

--keep is per event type: the word-feature weights that move most scores (size times the square root of the
feature's frequency) are kept (three times as many of the type-free ones), with every bias and rule weight.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from marsad.events.detector import Detector, features
from marsad.io.readers import read_documents
from marsad.knowledge.files import DATA_DIR
from marsad.pipeline import Pipeline
from marsad.pipeline import load as load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"
Example = tuple[list[str], int, str, str, int]  # features, label, doc id, type, sentence key
FOLDS = 5
BETA = 0.5  # a type gets the check when it raises cross-validated F-beta: precision weighs more than recall
L2 = 3e-2  # the penalty (3e-3 until 2026-12-02: see the docstring)


def f_beta(p: float, r: float, beta: float = BETA) -> float:
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


# event-level labels: events the coder reported, read by us (does the sentence report an event of the type at
# this trigger?) — the judged samples and the role labels; benchmarks/role_gold.tsv stays out (held out)
EVENT_LABELS = ("benchmarks/labels/roles_train.tsv", "benchmarks/event_sample_*.tsv")


def _sample_tag(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1] if path.name.startswith("event_sample_") else ""


def held_out_rows(tags: set[str]) -> list[dict[str, str]]:
    """The judged rows of the held-out samples (event_sample_<tag>.tsv)."""
    rows = []
    for tag in sorted(tags):
        path = ROOT / "benchmarks" / f"event_sample_{tag}.tsv"
        if not path.is_file():
            raise SystemExit(f"no judged sample {path}")
        with path.open(encoding="utf-8", newline="") as fh:
            rows += [r for r in csv.DictReader(fh, delimiter="\t") if r.get("type_ok") in ("0", "1")]
    return rows


def _event_labels(hold_out: frozenset[str] = frozenset()) -> dict[str, list[tuple[str, int, int, int, str]]]:
    out: dict[str, list[tuple[str, int, int, int, str]]] = defaultdict(list)
    for pattern in EVENT_LABELS:
        for path in sorted(ROOT.glob(pattern)):
            if _sample_tag(path) in hold_out:
                continue
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    if row.get("type_ok") in ("0", "1"):
                        out[row["doc_id"]].append((row["event_type"], int(row["sentence_start"]),
                                                   int(row["trigger_start"]), int(row["trigger_end"]),
                                                   "yes" if row["type_ok"] == "1" else "difficult no"))
    return out


def examples(nlp: Pipeline, with_events: bool = True, hold_out: frozenset[str] = frozenset()) -> list[Example]:
    """One example per coded event of a labelled sentence's type (sentence labels), and per coded event at a
    labelled trigger (event labels, unless with_events is off), leaving out the held-out samples and any label on
    their sentences."""
    labels: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    for path in sorted((ROOT / "benchmarks" / "labels").glob("*_dev_labels.tsv")):
        typ = path.name.split("_")[0].upper()
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["label"] in ("yes", "easy no", "difficult no"):
                    labels[row["doc_id"]].append((typ, int(row["start"]), int(row["end"]), row["label"]))
    events = _event_labels(hold_out) if with_events else {}
    unseen = {(r["doc_id"], int(r["sentence_start"])) for r in held_out_rows(set(hold_out))}
    out: list[Example] = []
    for doc in read_documents(CORPUS):
        if doc.id not in labels and doc.id not in events:
            continue
        nlp.process(doc)
        for typ, start, _end, label in labels.get(doc.id, ()):
            if (doc.id, start) in unseen:
                continue
            si = next((s.index for s in doc.sentences if s.start == start), None)
            if si is None:
                continue
            toks = [t for _, _, t in doc.norm_tokens[si]]
            for e in doc.events:
                if e.event_type == typ and e.sentence[0] == si and not e.negated:
                    out.append((features(e, toks, e.token, e.verbal), int(label == "yes"), doc.id, typ, start))
        for typ, start, ts, te, label in events.get(doc.id, ()):
            if (doc.id, start) in unseen:
                continue
            for e in doc.events:
                if e.event_type == typ and not e.negated and e.trigger.start < te and ts < e.trigger.end:
                    toks = [t for _, _, t in doc.norm_tokens[e.sentence[0]]]
                    out.append((features(e, toks, e.token, e.verbal), int(label == "yes"), doc.id, typ, start))
    return out


def train(data: list[Example], epochs: int, l2: float = L2, lr: float = 0.2) -> dict[str, float]:
    w: dict[str, float] = defaultdict(float)
    rng = random.Random(7)
    data = list(data)
    for epoch in range(epochs):
        rng.shuffle(data)
        step = lr / (1 + epoch * 0.1)
        for feats, y, *_ in data:
            z = sum(w[f] for f in feats)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            for f in feats:
                w[f] -= step * (g + l2 * w[f])
    return dict(w)


def sentence_scores(data: list[Example], passes: Callable[[Example], bool]) -> tuple[float, float, float]:
    """Sentence-level P/R/F1: a sentence is found when one of its events passes."""
    sents: dict[tuple[str, str, int], tuple[int, bool]] = {}
    for x in data:
        _, y, doc_id, typ, start = x
        key = (doc_id, typ, start)
        prev = sents.get(key, (y, False))
        sents[key] = (y, prev[1] or passes(x))
    tp = sum(1 for y, f in sents.values() if y and f)
    fp = sum(1 for y, f in sents.values() if not y and f)
    fn = sum(1 for y, f in sents.values() if y and not f)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _fold(doc_id: str) -> int:
    return int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % FOLDS


def cross_validate(data: list[Example], epochs: int, l2: float = L2
                   ) -> dict[str, tuple[tuple[float, float, float], ...]]:
    """Per event type, sentence-level P/R/F1 of the rules alone and of the rules + check, each document's
    sentences scored by the model trained on the other folds (split by a hash of the document id)."""
    scored: list[Example] = []
    weights: list[dict[str, float]] = []
    for k in range(FOLDS):
        weights.append(train([x for x in data if _fold(x[2]) != k], epochs, l2))
        scored += [x for x in data if _fold(x[2]) == k]

    def passes(x: Example) -> bool:
        w = weights[_fold(x[2])]
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(w.get(f, 0.0) for f in x[0]))))) >= 0.5

    out = {}
    for typ in sorted({x[3] for x in data}):
        part = [x for x in scored if x[3] == typ]
        out[typ] = (sentence_scores(part, lambda x: True), sentence_scores(part, passes))
    return out


def shipped(data: list[Example], chosen: set[str], epochs: int, keep: int, l2: float) -> dict[str, float]:
    """Weights trained on all of `data`, of the chosen types only: every bias and rule weight, and the word-feature
    weights that move most scores (size times the square root of how many examples have the feature: a rare
    word's large weight moves few), `keep` per type and three times as many of the type-free group (`any:`)."""
    w = train(data, epochs, l2)
    own = {f: x[3] for x in data for f in x[0] if f.startswith("rule:")}  # a trigger's rule feature -> its type
    by_type: dict[str, list[tuple[str, float]]] = defaultdict(list)
    top: dict[str, float] = {}
    for k, v in w.items():
        typ = k.split(":", 1)[1] if k.startswith("bias:") else own.get(k) if k.startswith("rule:") else k.split(":")[0]
        if typ not in chosen and typ != "any":
            continue
        if k.startswith(("bias:", "rule:")):
            top[k] = v
        else:
            by_type[typ].append((k, v))
    seen = Counter(f for x in data for f in set(x[0]))
    for typ, items in by_type.items():
        top.update(sorted(items, key=lambda kv: (-abs(kv[1]) * math.sqrt(seen[kv[0]]), kv[0]))[  # (ties by name)
            : keep * (3 if typ == "any" else 1)])
    return {k: round(v, 4) for k, v in top.items()}


def held_out_counts(nlp: Pipeline, rows: list[dict[str, str]], detector: Detector | None) -> Counter[str]:
    """Code the held-out rows' documents with `detector` and count their judged events still counted (found again
    at the trigger with the same type, not negated, reported), right-typed or not."""
    stage = next(s for s in nlp.stages if s.name == "events")
    before = stage.detector  # type: ignore[attr-defined]
    stage.detector = detector  # type: ignore[attr-defined]
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append(r)
    c: Counter[str] = Counter()
    try:
        for doc in read_documents(CORPUS):
            if doc.id not in by_doc:
                continue
            nlp.process(doc)
            for r in by_doc[doc.id]:
                ts, te, good = int(r["trigger_start"]), int(r["trigger_end"]), r["type_ok"] == "1"
                here = [e for e in doc.events if e.event_type == r["event_type"] and e.trigger.start < te
                        and ts < e.trigger.end and not e.negated]
                c["right" if good else "wrong"] += 1
                c["found"] += bool(here)
                if any(e.reported for e in here):
                    c["right kept" if good else "wrong kept"] += 1
    finally:
        stage.detector = before  # type: ignore[attr-defined]
    return c


def report_held_out(name: str, c: Counter[str]) -> tuple[float, float]:
    kept = c["right kept"] + c["wrong kept"]
    prec, rec = c["right kept"] / max(1, kept), c["right kept"] / max(1, c["right"])
    print(f"  {name}: kept {c['right kept']} of {c['right']} right-typed and {c['wrong kept']} of {c['wrong']} "
          f"wrong-typed ({c['found']} found at the trigger); type right among those still counted {prec:.3f}, "
          f"right-typed still counted {rec:.3f} (F{BETA} {f_beta(prec, rec):.3f}, F1 {f_beta(prec, rec, 1):.3f})")
    return prec, rec


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--keep", type=int, default=2000, help="word-feature weights kept per event type")
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty of the logistic regression")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--sentences-only", action="store_true", help="leave out the event-level labels")
    ap.add_argument("--hold-out", default="", help="judged samples to leave out and score on, e.g. zs,zr")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    hold_out = frozenset(t.strip() for t in args.hold_out.split(",") if t.strip())
    rows = held_out_rows(set(hold_out))
    nlp = load_pipeline()
    # extract features without the old weights' verdicts (the shipped file stays until new weights are written)
    stage = next(s for s in nlp.stages if s.name == "events")
    old = stage.detector  # type: ignore[attr-defined]
    stage.detector = None  # type: ignore[attr-defined]
    data = examples(nlp, with_events=not args.sentences_only, hold_out=hold_out)
    held = f" (held out: samples {', '.join(sorted(hold_out))}, {len(rows)} judged events)" if hold_out else ""
    print(f"{len(data)} labelled events{held}; {FOLDS}-fold cross-validation by document, sentence-level:")
    chosen = set()
    for typ, (rules, checked) in cross_validate(data, args.epochs, args.l2).items():
        keep = f_beta(*checked[:2]) > f_beta(*rules[:2])
        chosen |= {typ} if keep else set()
        print(f"  {typ:10s} rules only P={rules[0]:.3f} R={rules[1]:.3f} F1={rules[2]:.3f} "
              f"F{BETA}={f_beta(*rules[:2]):.3f}; rules + check P={checked[0]:.3f} R={checked[1]:.3f} "
              f"F1={checked[2]:.3f} F{BETA}={f_beta(*checked[:2]):.3f}  -> {'check' if keep else 'rules only'}")
    if args.dry_run and not hold_out:
        return 0
    top = shipped(data, chosen, args.epochs, args.keep, args.l2)
    if hold_out:
        print(f"held-out samples {', '.join(sorted(hold_out))}, coded afresh:")
        report_held_out("detector.json  ", held_out_counts(nlp, rows, old))
        report_held_out("new weights    ", held_out_counts(nlp, rows, Detector(top)))
        report_held_out("no check       ", held_out_counts(nlp, rows, None))
        return 0
    out = {"about": "weights of the reported-event check (events/detector.py), trained by scripts/"
                    "train_detector.py on benchmarks/labels, for the types where it raised cross-validated F0.5",
           "types": sorted(chosen), "weights": top}
    (DATA_DIR / "detector.json").write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {len(top)} weights for {', '.join(sorted(chosen))} to {DATA_DIR / 'detector.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
