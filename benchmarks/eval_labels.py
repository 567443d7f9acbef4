"""Score sentence-level event detection against our own hand labels of dev-corpus sentences
(benchmarks/labels/<type>_dev_labels.tsv: doc_id, start, end, label, note — no text; the text is read from
../shared/data/corpus at run time). Labels: yes / easy no / difficult no / ambiguous (ambiguous left out).

    python benchmarks/eval_labels.py --type PROTEST

The shipped reported-event check (data/detector.json) is trained on ALL these labels, so with it this script
measures fit, not accuracy: the held-out figure is the one `scripts/train_detector.py` prints (a 20% split by
document), and the Arabic gold standard (`marsad eval gsr`) is the independent test.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import marsad
from marsad.io.readers import read_documents

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--type", required=True)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    labels_path = ROOT / "benchmarks" / "labels" / f"{args.type.lower()}_dev_labels.tsv"
    if not args.corpus.exists() or not labels_path.exists():
        print(f"skipped: needs {args.corpus} and {labels_path}")
        return 0
    with labels_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    wanted: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        wanted.setdefault(r["doc_id"], []).append(r)
    nlp = marsad.load()
    c: Counter[str] = Counter()
    for doc in read_documents(args.corpus):
        if doc.id not in wanted:
            continue
        nlp.process(doc)
        for r in wanted[doc.id]:
            start, end = int(r["start"]), int(r["end"])
            found = any(e.event_type == args.type and not e.negated and e.reported and start <= e.trigger.start < end
                        for e in doc.events)
            label = r["label"]
            if label == "yes":
                c["tp" if found else "fn"] += 1
            elif label in ("easy no", "difficult no"):
                c["fp" if found else "tn"] += 1
                c[f"{label}:{'fp' if found else 'tn'}"] += 1
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.type}: {sum(c[k] for k in ('tp', 'fp', 'fn', 'tn'))} labelled sentences  tp={c['tp']} fp={c['fp']} "
          f"fn={c['fn']} tn={c['tn']}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"  false positives on easy no: {c['easy no:fp']}, on difficult no: {c['difficult no:fp']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
