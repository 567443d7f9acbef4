"""Train the reported-event check (events/detector.py) on our hand labels (benchmarks/labels/*_dev_labels.tsv),
reading the labelled sentences from ../shared/data/corpus at run time. Documents are split 80/20 by a hash of
their id; the script prints sentence-level P/R/F1 on the held-out 20% with and without the check, then trains on
all labels and writes src/marsad/data/detector.json (feature weights only, the largest ones).

    python scripts/train_detector.py [--epochs 30] [--keep 1500] [--dry-run]

--keep is per event type: the largest weights of each type's word features are kept, with every bias and rule
weight.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from marsad.events.detector import features
from marsad.io.readers import read_documents
from marsad.knowledge.files import DATA_DIR
from marsad.pipeline import Pipeline
from marsad.pipeline import load as load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"
Example = tuple[list[str], int, str, str, int]  # features, label, doc id, type, sentence key


def examples(nlp: Pipeline) -> list[Example]:
    labels: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    for path in sorted((ROOT / "benchmarks" / "labels").glob("*_dev_labels.tsv")):
        typ = path.name.split("_")[0].upper()
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["label"] in ("yes", "easy no", "difficult no"):
                    labels[row["doc_id"]].append((typ, int(row["start"]), int(row["end"]), row["label"]))
    out: list[Example] = []
    for doc in read_documents(CORPUS):
        if doc.id not in labels:
            continue
        nlp.process(doc)
        for typ, start, _end, label in labels[doc.id]:
            si = next((s.index for s in doc.sentences if s.start == start), None)
            if si is None:
                continue
            toks = [t for _, _, t in doc.norm_tokens[si]]
            for e in doc.events:
                if e.event_type == typ and e.sentence[0] == si and not e.negated:
                    out.append((features(e, toks, e.token, e.verbal), int(label == "yes"), doc.id, typ, start))
    return out


def train(data: list[Example], epochs: int, l2: float = 1e-4, lr: float = 0.2) -> dict[str, float]:
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


def sentence_scores(data: list[Example], w: dict[str, float] | None) -> tuple[float, float, float]:
    """Sentence-level P/R/F1: a sentence is found when one of its events passes (all pass without weights)."""
    sents: dict[tuple[str, str, int], tuple[int, bool]] = {}
    for feats, y, doc_id, typ, start in data:
        passed = True if w is None else 1 / (1 + math.exp(-sum(w.get(f, 0.0) for f in feats))) >= 0.5
        key = (doc_id, typ, start)
        prev = sents.get(key, (y, False))
        sents[key] = (y, prev[1] or passed)
    tp = sum(1 for y, f in sents.values() if y and f)
    fp = sum(1 for y, f in sents.values() if not y and f)
    fn = sum(1 for y, f in sents.values() if y and not f)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--keep", type=int, default=1500, help="word-feature weights kept per event type")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    (DATA_DIR / "detector.json").unlink(missing_ok=True)  # extract features without the old weights' verdicts
    nlp = load_pipeline()
    data = examples(nlp)
    held = [x for x in data if int(hashlib.md5(x[2].encode()).hexdigest(), 16) % 5 == 0]
    fit = [x for x in data if x not in held]
    w = train(fit, args.epochs)
    print(f"{len(data)} labelled events ({len(fit)} train, {len(held)} held out)")
    print("held-out sentences, rules only:      P={:.3f} R={:.3f} F1={:.3f}".format(*sentence_scores(held, None)))
    print("held-out sentences, rules + check:   P={:.3f} R={:.3f} F1={:.3f}".format(*sentence_scores(held, w)))
    for typ in sorted({x[3] for x in held}):
        part = [x for x in held if x[3] == typ]
        print(f"  {typ}: rules only P={{:.3f}} R={{:.3f}} F1={{:.3f}}; ".format(*sentence_scores(part, None))
              + "rules + check P={:.3f} R={:.3f} F1={:.3f}".format(*sentence_scores(part, w)))
    if args.dry_run:
        return 0
    w = train(data, args.epochs)
    by_type: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for k, v in w.items():
        if not k.startswith(("bias:", "rule:")):
            by_type[k.split(":", 1)[0]].append((k, v))
    top = {k: v for k, v in w.items() if k.startswith(("bias:", "rule:"))}
    for items in by_type.values():
        top.update(sorted(items, key=lambda kv: -abs(kv[1]))[: args.keep])
    out = {"about": "weights of the reported-event check (events/detector.py), trained by scripts/"
                    "train_detector.py on benchmarks/labels", "weights": {k: round(v, 4) for k, v in top.items()}}
    (DATA_DIR / "detector.json").write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {len(top)} weights to {DATA_DIR / 'detector.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
