"""Benchmark `marsad ingest` on the dev corpus: articles/s, events/s, peak memory, database size, and the time
of a `dyads` query over the result. Reads ../shared/data/corpus at run time (skips cleanly when absent).

    python benchmarks/bench_ingest.py [--articles N] [--db /tmp/bench.duckdb]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from pathlib import Path

import marsad
from marsad.io.readers import read_documents
from marsad.store.ingest import connect, ingest
from marsad.store.query import dyads

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=None, help="only the first N articles")
    ap.add_argument("--db", type=Path, default=Path("/tmp/marsad-bench.duckdb"))
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    for p in (args.db, Path(str(args.db) + ".wal")):
        p.unlink(missing_ok=True)
    nlp = marsad.load()
    con = connect(args.db)
    docs = read_documents(args.corpus)
    if args.articles:
        docs = itertools.islice(docs, args.articles)
    t0 = time.perf_counter()
    stats = ingest(con, nlp, docs)
    secs = time.perf_counter() - t0
    t1 = time.perf_counter()
    n = len(dyads(con, "month").fetchall())
    qsecs = time.perf_counter() - t1
    con.close()
    size = args.db.stat().st_size / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{stats.seen} articles ({stats.coded} coded, {stats.duplicates} duplicates) in {secs:.1f} s: "
          f"{stats.seen / secs:.0f} articles/s, {stats.events / secs:.0f} events/s ({stats.events} events); "
          f"peak {peak:.0f} MB; database {size:.0f} MB; dyads per month ({n} rows) in {qsecs:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
