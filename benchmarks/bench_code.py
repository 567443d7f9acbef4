"""Benchmark the whole event coder (all stages, events included) on one core: sentences/s, MB/s (UTF-8 text),
peak memory and events, at 1x, 2x and 4x input, then the number of coded (not negated) events per PLOVER type.

Reads ../shared/data/corpus/news-ar-2018.jsonl.gz at run time (skips cleanly when absent). Each scale runs in
its own process (the script re-invokes itself with --child), so peak memory (max RSS, a process-lifetime peak)
is per run: flat memory means the figure does not grow with the input; O(n) means the time doubles when the
input doubles. The Kx input is N articles (every --stride-th, default 10, so that they span the corpus's sources
and sections) read K times over. The articles are coded as `marsad code` and `marsad ingest` code them: in batches
(--batch, default 64, `Pipeline.process_batch`: the sentence check encodes a whole batch's sentences in one call;
--batch 1 times `nlp.process` one article at a time). Timings cover the coding only:
pipeline load (with what loads lazily, such as the sentence check's encoder: `Pipeline.warm`) and corpus reading
(gunzip, JSON) are reported separately. On a shared machine, wall time (s, sent/s) counts the time other processes
hold the core; the coding's CPU time (cpu s, sent/cpu-s: time.process_time) is disturbed less.

    python benchmarks/bench_code.py [--corpus PATH] [--articles 3000] [--batch 64]   # 1x, 2x, 4x, per-type counts
    python benchmarks/bench_code.py --all                              # whole corpus once, per-type counts
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"
PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def run_one(corpus: Path, articles: int | None, scale: int, stride: int = 1, batch: int = 64) -> dict[str, Any]:
    import marsad
    from marsad.io.readers import read_documents

    t_load = time.perf_counter()
    nlp = marsad.load().warm()  # the trigger tables and the sentence check's encoder, loaded before timing
    load_s = time.perf_counter() - t_load
    nbytes = ndocs = nsentences = nevents = 0
    types: Counter[str] = Counter()  # not negated
    reported: Counter[str] = Counter()  # not negated and passed the learned "reported event" check
    secs = cpu = 0.0

    def count(doc: Any) -> None:
        nonlocal ndocs, nbytes, nsentences, nevents
        ndocs += 1
        nbytes += len(doc.text.encode("utf-8"))
        nsentences += len(doc.sentences)
        nevents += len(doc.events)
        for e in doc.events:
            if not e.negated:
                types[e.event_type] += 1
                reported[e.event_type] += e.reported

    t_wall = time.perf_counter()
    for _ in range(scale):  # re-read each pass: fresh Documents, and only one batch held at a time
        docs = itertools.islice(read_documents(corpus), 0, articles * stride if articles else None, stride)
        while chunk := list(itertools.islice(docs, batch)):
            t0, c0 = time.perf_counter(), time.process_time()
            done = list(nlp.pipe(chunk, batch_size=batch))  # every stage, events included
            secs += time.perf_counter() - t0
            cpu += time.process_time() - c0
            for doc in done:
                count(doc)
    wall = time.perf_counter() - t_wall
    return {"scale": scale, "articles": ndocs, "mb": nbytes / 1e6, "sentences": nsentences, "events": nevents,
            "seconds": secs, "cpu_s": cpu, "read_s": wall - secs, "load_s": load_s,
            "sentences_per_s": nsentences / secs,
            "mb_per_s": nbytes / 1e6 / secs, "types": dict(types), "reported": dict(reported),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(corpus: Path, articles: int | None, scale: int, stride: int, batch: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--corpus", str(corpus), "--scale", str(scale), "--child", "--batch",
           str(batch), "--stride", str(stride), *(["--articles", str(articles)] if articles else ["--all"])]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode:
        sys.exit(f"child run (scale {scale}) failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def print_types(row: dict[str, Any]) -> None:
    types, reported = row["types"], row["reported"]
    other = sorted(set(types) - set(PLOVER))
    print(f"\nevents per PLOVER type, not negated ({row['articles']} articles, 1x):")
    print(f"{'type':<10} {'events':>7} {'reported':>8}")
    for t in (*PLOVER, *other):
        flag = "  <-- ZERO" if not types.get(t) else ("  <-- not a PLOVER type" if t in other else "")
        print(f"{t:<10} {types.get(t, 0):>7} {reported.get(t, 0):>8}{flag}")
    print(f"{'total':<10} {sum(types.values()):>7} {sum(reported.values()):>8}   (all events incl. negated: "
          f"{row['events']})")
    zero = [t for t in PLOVER if not types.get(t)]
    print("types with zero events: " + (", ".join(zero) if zero else "none"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--stride", type=int, default=10,
                    help="take every Nth article, so the sample spans the corpus's sources and sections")
    ap.add_argument("--batch", type=int, default=64, help="articles coded together (1: one at a time)")
    ap.add_argument("--all", action="store_true", help="the whole corpus once (1x), for the per-type counts")
    ap.add_argument("--scale", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    articles = None if args.all else args.articles
    if args.child:
        print(json.dumps(run_one(args.corpus, articles, args.scale, args.stride if articles else 1, args.batch)))
        return 0
    rows = [child(args.corpus, articles, scale, args.stride, args.batch) for scale in ((1,) if args.all else (1, 2, 4))]
    print(f"stage: code (all stages, events included, batches of {args.batch}), one process per scale, one core")
    print(f"{'scale':>5} {'MB':>7} {'articles':>8} {'sentences':>9} {'events':>7} {'s':>8} {'sent/s':>7} "
          f"{'MB/s':>6} {'peak MB':>7} {'read s':>6} {'load s':>6} {'cpu s':>7} {'sent/cpu-s':>10}")
    for r in rows:
        print(f"{r['scale']:>5} {r['mb']:>7.2f} {r['articles']:>8} {r['sentences']:>9} {r['events']:>7} "
              f"{r['seconds']:>8.2f} {r['sentences_per_s']:>7.0f} {r['mb_per_s']:>6.3f} {r['peak_rss_mb']:>7.0f} "
              f"{r['read_s']:>6.2f} {r['load_s']:>6.2f} {r['cpu_s']:>7.2f} {r['sentences'] / r['cpu_s']:>10.0f}")
    if len(rows) > 1:
        t = {r["scale"]: r["seconds"] for r in rows}
        print(f"time ratio 2x/1x: {t[2] / t[1]:.2f}   4x/2x: {t[4] / t[2]:.2f}   4x/1x: {t[4] / t[1]:.2f}   "
              "(linear: 2.00, 2.00, 4.00)")
        e = [r["events"] / rows[0]["events"] / r["scale"] if rows[0]["events"] else 0.0 for r in rows]
        print("events per pass vs 1x (deterministic: 1.00): " + ", ".join(f"{x:.2f}" for x in e))
    print_types(rows[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
