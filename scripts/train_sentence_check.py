"""Train the sentence check (events/sentence_check.py) on our hand labels (benchmarks/labels/*_dev_labels.tsv),
reading the labelled sentences from ../shared/data/corpus at run time. A sentence labelled `yes` reports an event
of the type; `easy no` and `difficult no` do not. Logistic regression (L2, C=1, fitted by Newton's method) over
the sentence embeddings. Documents are split 80/20 by a hash of their id; the script prints P/R/F1 on the held-out
20%, then fits on all labels and writes src/marsad/data/sentence_check.json (numbers only).

    python scripts/train_sentence_check.py [--types ASSAULT] [--dry-run]

Which types: ASSAULT only by default. On our 80-100 held-out sentences a type the check and the feature check
(scripts/train_detector.py) are within a few sentences of each other for both types (rules + check F1, this run:
ASSAULT 0.825 vs 0.800, PROTEST 0.725 vs 0.700). On the dev half of the Arabic gold standard (`marsad eval gsr`)
the sentence check raised ASSAULT F1 from 0.567 to 0.635 and lowered PROTEST (0.327 to 0.303), so PROTEST
keeps the feature check. That choice was made looking at the gold standard: one switch per type, said here.

The news head: for the types with main/background tags (benchmarks/labels/*_dev_background.tsv: each `yes`
sentence tagged as telling its event as the sentence's news or only as background), a second regression over the
same embeddings, trained on all the type's labelled sentences with target "yes and news".

2026-11-29, after 800 more ASSAULT labels (1,384 in all, 556 yes; 191 of those tagged background): held out (265
sentences) rules + check P 0.794 R 0.730 F1 0.761; news head P 0.857 R 0.730 F1 0.788. On the 171 held-out
sentences from the new labels, which neither set of weights saw, the weights trained on the first 600 labels
had found P 0.917 R 0.418 F1 0.574 and the new ones P 0.818 R 0.684 F1 0.745. On the gold standard's dev half
ASSAULT F1 went from 0.636 to 0.611 (recall 0.671 to 0.628, counting only attacks that are the sentence's news):
its annotators are stricter than our labels about attacks told as background, and said no to some plain attack
reports; we follow our labels and report both figures.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from marsad.events.sentence_check import ENCODER, SentenceCheck
from marsad.io.readers import read_documents
from marsad.knowledge.files import DATA_DIR
from marsad.pipeline import load as load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"
OUT = DATA_DIR / "sentence_check.json"


def labelled(types: set[str]) -> list[tuple[str, str, str, int, bool, int]]:
    """(type, doc id, sentence text, 1 for yes / 0 for no, whether the rules find an event of the type in it,
    sentence start) of every labelled sentence of the types."""
    wanted: dict[str, list[tuple[str, int, int, int]]] = defaultdict(list)
    for path in sorted((ROOT / "benchmarks" / "labels").glob("*_dev_labels.tsv")):
        typ = path.name.split("_")[0].upper()
        if typ not in types:
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["label"] in ("yes", "easy no", "difficult no"):
                    wanted[row["doc_id"]].append((typ, int(row["start"]), int(row["end"]), int(row["label"] == "yes")))
    nlp = load_pipeline()
    out = []
    for doc in read_documents(CORPUS):
        if doc.id not in wanted:
            continue
        nlp.process(doc)
        for typ, start, end, y in wanted[doc.id]:
            ruled = any(e.event_type == typ and not e.negated and e.sentence[1] == start for e in doc.events)
            out.append((typ, doc.id, doc.text[start:end], y, ruled, start))
    return out


def background_tags(types: set[str]) -> dict[tuple[str, str, int], bool]:
    """(type, doc id, sentence start) -> True when the `yes` sentence tells its event only as background (the
    context, cause or topic of other news, or recalled), False when the event is its news
    (benchmarks/labels/*_dev_background.tsv)."""
    out = {}
    for path in sorted((ROOT / "benchmarks" / "labels").glob("*_dev_background.tsv")):
        typ = path.name.split("_")[0].upper()
        if typ in types:
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    out[(typ, row["doc_id"], int(row["start"]))] = row["background"] == "background"
    return out


def held_out(doc_ids: list[str]) -> np.ndarray:
    """The documents held out for scoring: a fifth, by a hash of the id."""
    return np.array([int(hashlib.md5(d.encode()).hexdigest(), 16) % 5 == 0 for d in doc_ids])


def fit(x: np.ndarray, y: np.ndarray, c: float = 1.0, steps: int = 25) -> tuple[float, np.ndarray]:
    """L2-penalised logistic regression (penalty ||w||²/2C, bias unpenalised) by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], 1.0 / c)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[-1]), w[:-1]


def prf(y: np.ndarray, pred: np.ndarray) -> str:
    tp, fp, fn = int((y & pred).sum()), int((~y & pred).sum()), int((y & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P={p:.3f} R={r:.3f} F1={2 * p * r / (p + r) if p + r else 0.0:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--types", default="ASSAULT", help="comma-separated event types")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    types = {t.strip().upper() for t in args.types.split(",") if t.strip()}
    rows = labelled(types)
    check = SentenceCheck({}, threads=2)
    emb = np.array(check.embed([r[2] for r in rows]))
    out: dict[str, dict[str, object]] = {}
    for typ in sorted(types):
        idx = [k for k, r in enumerate(rows) if r[0] == typ]
        held = held_out([rows[k][1] for k in idx])
        x, y = emb[idx], np.array([rows[k][3] for k in idx])
        bias, w = fit(x[~held], y[~held])
        pred = 1.0 / (1.0 + np.exp(-(x[held] @ w + bias))) >= 0.5
        yb = y[held].astype(bool)
        print(f"{typ}: {len(idx)} labelled sentences ({int((~held).sum())} train, {int(held.sum())} held out; "
              f"{int(y.sum())} yes)")
        ruled = np.array([rows[k][4] for k in idx])[held]
        print(f"  held out, every sentence counted:   {prf(yb, np.ones_like(yb))}")
        print(f"  held out, with the sentence check:  {prf(yb, pred)}")
        print(f"  held out, rules only:               {prf(yb, ruled)}")
        print(f"  held out, rules + sentence check:   {prf(yb, ruled & pred)}")
        bias, w = fit(x, y)
        out[typ] = {"bias": round(bias, 6), "weights": [round(float(v), 6) for v in w]}
    tags = background_tags(types)
    news: dict[str, dict[str, object]] = {}
    for typ in sorted(types):
        idx = [k for k, r in enumerate(rows) if r[0] == typ]
        if not any((typ, rows[k][1], rows[k][5]) in tags for k in idx):
            continue
        # the news head: the sentence's news is an event of the type (labelled yes, and not only as background)
        held = held_out([rows[k][1] for k in idx])
        x = emb[idx]
        y = np.array([rows[k][3] == 1 and not tags.get((typ, rows[k][1], rows[k][5]), False) for k in idx])
        bias, w = fit(x[~held], y[~held].astype(float))
        pred = 1.0 / (1.0 + np.exp(-(x[held] @ w + bias))) >= 0.5
        print(f"{typ} news head: {int(y.sum())} sentences whose news is the event; held out: {prf(y[held], pred)}")
        bias, w = fit(x, y.astype(float))
        news[typ] = {"bias": round(bias, 6), "weights": [round(float(v), 6) for v in w]}
    if args.dry_run:
        return 0
    OUT.write_text(json.dumps({"about": "weights of the sentence check (events/sentence_check.py), trained by "
                                        "scripts/train_sentence_check.py on benchmarks/labels",
                               "encoder": ENCODER, "types": out, "news": news}), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
