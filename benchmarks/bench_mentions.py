"""Benchmark `mentions` (or, with --code, the whole event coder) on the dev corpus: articles/s, sentences/s, MB/s
(UTF-8 text) and peak memory, at 1x, 2x and 4x input.

Reads ../shared/data/corpus/news-ar-2018.jsonl.gz at run time (skips cleanly when absent). Each scale runs in
its own process on one core, so peak memory (max RSS) is per run: flat memory means the figure does not grow
with the input; O(n) means the time doubles when the input doubles.

    python benchmarks/bench_mentions.py [--corpus PATH] [--articles 3000] [--code]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"


def run_one(corpus: Path, articles: int, scale: int, code: bool) -> dict[str, float]:
    import marsad
    from marsad.io.readers import read_documents

    t_load = time.perf_counter()
    nlp = marsad.load()
    load_s = time.perf_counter() - t_load
    nbytes = ndocs = nmentions = nsentences = nevents = 0
    t0 = time.perf_counter()
    for _ in range(scale):
        for i, doc in enumerate(read_documents(corpus)):
            if i >= articles:
                break
            nlp.process(doc, upto=None if code else "coref")
            ndocs += 1
            nbytes += len(doc.text.encode("utf-8"))
            nmentions += len(doc.mentions)
            nsentences += len(doc.sentences)
            nevents += len(doc.events)
    secs = time.perf_counter() - t0
    return {"scale": scale, "articles": ndocs, "mb": nbytes / 1e6, "seconds": secs, "articles_per_s": ndocs / secs,
            "mb_per_s": nbytes / 1e6 / secs, "mentions": nmentions, "load_s": load_s, "events": nevents,
            "sentences_per_s": nsentences / secs,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--code", action="store_true", help="run the whole event coder, not only mentions")
    ap.add_argument("--scale", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    if args.scale:
        print(json.dumps(run_one(args.corpus, args.articles, args.scale, args.code)))
        return 0
    rows = []
    for scale in (1, 2, 4):
        out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus), "--articles",
                              str(args.articles), "--scale", str(scale), *(["--code"] if args.code else [])],
                             capture_output=True, text=True,
                             check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print("stage: " + ("code (mentions + events)" if args.code else "mentions"))
    print(f"{'scale':>5} {'articles':>8} {'MB':>7} {'s':>7} {'art/s':>8} {'sent/s':>8} {'MB/s':>6} {'peak MB':>8} "
          f"{'load s':>6}")
    for r in rows:
        print(f"{r['scale']:>5} {r['articles']:>8} {r['mb']:>7.1f} {r['seconds']:>7.2f} {r['articles_per_s']:>8.0f} "
              f"{r['sentences_per_s']:>8.0f} {r['mb_per_s']:>6.2f} {r['peak_rss_mb']:>8.0f} {r['load_s']:>6.2f}")
    base = rows[0]["seconds"]
    print("time ratio vs 1x: " + ", ".join(f"{r['scale']}x -> {r['seconds'] / base:.2f}" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
