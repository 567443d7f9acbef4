"""Draw sentences from the dev corpus for hand labelling (event detection training and checks).

Writes JSON Lines to a path OUTSIDE the repository (the texts are third parties'): doc_id, sentence start/end
offsets, the sentence text, and what the coder currently finds. Labels made from it are stored in the repo as
doc_id + offsets + label only (benchmarks/labels/), never with the text.

    python scripts/sample_sentences.py --type ASSAULT --n 600 -o /tmp/assault_candidates.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import marsad
from marsad.io.readers import read_documents

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--type", required=True)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()
    if Path(__file__).resolve().parents[1] in args.output.resolve().parents:
        sys.exit("write the sample outside the repository: it holds third-party text")
    nlp = marsad.load()
    rng = random.Random(args.seed)
    hits, others = [], []
    for doc in read_documents(args.corpus):
        if rng.random() > 0.25:
            continue
        nlp.process(doc)
        found = {e.sentence[0]: e for e in doc.events if e.event_type == args.type}
        for s in doc.sentences:
            rec = {"doc_id": doc.id, "start": s.start, "end": s.end, "text": doc.text[s.start:s.end],
                   "coder": bool(found.get(s.index))}
            (hits if rec["coder"] else others).append(rec)
        if len(hits) >= args.n * 2:
            break
    rng.shuffle(hits)
    rng.shuffle(others)
    sample = hits[: int(args.n * 0.8)] + others[: args.n - int(args.n * 0.8)]
    rng.shuffle(sample)
    with args.output.open("w", encoding="utf-8") as fh:
        for rec in sample:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(sample)} sentences ({sum(r['coder'] for r in sample)} where the coder finds {args.type})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
