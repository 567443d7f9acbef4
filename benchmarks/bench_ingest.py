"""Benchmark `marsad ingest` on the dev corpus: articles/s, events/s, peak memory, database size, and the time
of a `dyads` query over the result, for each number of worker processes asked for (each run in its own process
on a fresh database, so peaks are separate), and the speed-up over the first. Reads ../shared/data/corpus at run
time (skips cleanly when absent).

    python benchmarks/bench_ingest.py [--workers 1 2] [--articles N] [--db /tmp/bench.duckdb]
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import marsad
from marsad.io.readers import read_documents
from marsad.store.ingest import INGEST_MEMORY, connect, ingest
from marsad.store.query import dyads

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"


def run_one(args: argparse.Namespace, workers: int) -> dict:
    for p in (args.db, Path(str(args.db) + ".wal")):
        p.unlink(missing_ok=True)
    nlp = marsad.load()
    con = connect(args.db, INGEST_MEMORY)
    docs = read_documents(args.corpus)
    if args.articles:
        docs = itertools.islice(docs, args.articles)
    t0 = time.perf_counter()
    stats = ingest(con, nlp, docs, workers=workers)
    secs = time.perf_counter() - t0
    t1 = time.perf_counter()
    n = len(dyads(con, "month").fetchall())
    qsecs = time.perf_counter() - t1
    con.close()
    return {"workers": workers, "articles": stats.seen, "coded": stats.coded, "duplicates": stats.duplicates,
            "near": stats.near_duplicates,
            "events": stats.events, "secs": secs, "dyad_rows": n, "dyads_secs": qsecs,
            "db_mb": args.db.stat().st_size / 1e6,
            "peak_writer_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=None, help="only the first N articles")
    ap.add_argument("--db", type=Path, default=Path("/tmp/marsad-bench.duckdb"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    if args.one:
        print(json.dumps(run_one(args, args.workers[0])))
        return 0
    base = None
    for w in args.workers:
        cmd = [sys.executable, __file__, "--one", "--workers", str(w), "--db", str(args.db), "--corpus",
               str(args.corpus)] + (["--articles", str(args.articles)] if args.articles else [])
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        base = base or r["secs"]
        print(f"--workers {w}: {r['articles']} articles ({r['coded']} coded, {r['duplicates']} duplicates, "
              f"{r['near']} of them near) in "
              f"{r['secs']:.1f} s: {r['articles'] / r['secs']:.0f} articles/s, {r['events'] / r['secs']:.0f} "
              f"events/s ({r['events']} events); peak writer {r['peak_writer_mb']:.0f} MB, largest worker "
              f"{r['peak_worker_mb']:.0f} MB; database {r['db_mb']:.0f} MB; dyads per month ({r['dyad_rows']} "
              f"rows) in {r['dyads_secs']:.3f} s; speed-up {base / r['secs']:.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
