"""Score the coder's actor and recipient against our gold roles for coded events of the dev corpus.

    python benchmarks/eval_roles.py [--gold benchmarks/role_gold.tsv] [--errors]

`role_gold.tsv` holds, per event the coder once reported (drawn by `sample_events.py draw`, away from the
sentences labelled for the learned checks and from the judged samples): the document id, sentence and trigger
offsets, the event type, and what we read in the sentence — whether it reports an event of the type (`type_ok`)
and the right actor and recipient codes (country, or IGO / UNO / NGO / IMG, then a sector; `-` when the sentence
names none, `?` when it names one no code fits). No article text: the sentences are read from
../shared/data/corpus at run time (skipped cleanly when it is absent).

The events are coded afresh and found again by their trigger (type and overlapping offsets). An actor is right
when its country is the gold one (or the coder left it empty where the gold is `-`, or gave no country where it is
`?`); the sector is scored apart where both give one. Two-sided events (a clash, told as one record per side)
count as right when either record is. Prints the shares over all events and over those whose type is right, and
per event type; `--errors` lists the misses with their sentences, to read.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.events.record import Event, Participant  # noqa: E402
from marsad.io.readers import read_documents  # noqa: E402
from marsad.pipeline import load  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"
GOLD = ROOT / "benchmarks" / "role_gold.tsv"
_BODIES = ("IGO", "UNO", "NGO", "IMG")


def _country(code: str) -> str:
    return code[:3]


def _sector(code: str) -> str:
    return code[3:]


def role_right(gold: str, p: Participant | None) -> bool:
    """Whether a coded participant has the gold country (an empty role where the gold is '-')."""
    if gold == "-":
        return p is None
    if gold == "?":
        return p is None or not p.actor.country
    return p is not None and p.actor.country == _country(gold)


def strict_right(gold: str, p: Participant | None) -> bool:
    """The gold country, and the gold sector where both give one."""
    return role_right(gold, p) and (gold in ("-", "?") or p is None or not _sector(gold) or not p.actor.sector
                                    or p.actor.sector == _sector(gold))


def sector_right(gold: str, p: Participant | None) -> bool | None:
    """Whether the sector is the gold one, where both give one (None: nothing to compare)."""
    if gold in ("-", "?") or p is None or not _sector(gold) or not p.actor.sector:
        return None
    return p.actor.sector == _sector(gold)


def _best(events: list[Event], row: dict[str, str]) -> Event | None:
    """The coded event at the gold trigger that agrees most with the gold roles."""
    def score(e: Event) -> tuple[int, bool]:
        return (role_right(row["actor"], e.actor) + role_right(row["recipient"], e.recipient), e.reported)
    return max(events, key=score) if events else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true", help="list the misses with their sentences")
    args = ap.parse_args()
    if not args.corpus.exists() or not args.gold.exists():
        print(f"skipped: {args.corpus if not args.corpus.exists() else args.gold} not found")
        return 0
    with args.gold.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc_id"]].append(row)
    nlp = load()
    tally: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for doc in read_documents(args.corpus):
        if doc.id not in by_doc:
            continue
        nlp.process(doc)
        for row in by_doc[doc.id]:
            ts, te = int(row["trigger_start"]), int(row["trigger_end"])
            here = [e for e in doc.events if e.event_type == row["event_type"] and e.trigger.start < te
                    and ts < e.trigger.end]
            e = _best(here, row)
            scopes = ("", "typed ") if row["type_ok"] == "1" else ("",)
            t = per_type[row["event_type"]]
            t["events"] += 1
            for key in scopes:
                tally[key + "events"] += 1
                if e is None:
                    tally[key + "missing"] += 1
                    continue
                a, r = role_right(row["actor"], e.actor), role_right(row["recipient"], e.recipient)
                tally[key + "actor"] += a
                tally[key + "recipient"] += r
                tally[key + "both"] += a and r
                tally[key + "strict both"] += strict_right(row["actor"], e.actor) and strict_right(row["recipient"],
                                                                                                 e.recipient)
                tally[key + "reported"] += e.reported and not e.negated
                if not key:
                    tally["reported typed"] += e.reported and not e.negated and row["type_ok"] == "1"
            if e is None:
                continue
            a, r = role_right(row["actor"], e.actor), role_right(row["recipient"], e.recipient)
            t["actor"] += a
            t["recipient"] += r
            t["both"] += a and r
            for role, gold, p in (("actor", row["actor"], e.actor), ("recipient", row["recipient"], e.recipient)):
                s = sector_right(gold, p)
                if s is not None:
                    tally[f"{role} sector compared"] += 1
                    tally[f"{role} sector right"] += s
            if not (a and r):
                misses.append((row, e, doc.text[int(row["sentence_start"]):int(row["sentence_end"])]))
    n = tally["events"]
    if not n:
        print("no gold events found in the corpus")
        return 0
    print(f"{n} gold events; found again at their trigger: {n - tally['missing']}; "
          f"still counted as reported: {tally['reported']}")
    print(f"  actor country right {tally['actor'] / n:.3f}, recipient {tally['recipient'] / n:.3f}, "
          f"both {tally['both'] / n:.3f}; both with the sector too (where both give one) "
          f"{tally['strict both'] / n:.3f}")
    if tally["reported"]:
        print(f"  type right among those still counted: {tally['reported typed'] / tally['reported']:.3f}; of the "
              f"{tally['typed events']} with the right type, still counted: "
              f"{tally['reported typed'] / max(1, tally['typed events']):.3f}")
    k = tally["typed events"]
    if k:
        print(f"  of the {k} whose type is right: actor {tally['typed actor'] / k:.3f}, recipient "
              f"{tally['typed recipient'] / k:.3f}, both {tally['typed both'] / k:.3f}")
    for role in ("actor", "recipient"):
        c = tally[f"{role} sector compared"]
        if c:
            print(f"  {role} sector right where both give one: {tally[f'{role} sector right'] / c:.3f} ({c})")
    for typ in sorted(per_type):
        t = per_type[typ]
        print(f"  {typ:9s} {t['events']:3d}  actor {t['actor'] / t['events']:.2f}  recipient "
              f"{t['recipient'] / t['events']:.2f}  both {t['both'] / t['events']:.2f}")
    if args.errors:
        for row, e, sentence in misses:
            got = (e.actor.actor.code if e.actor else "-", e.recipient.actor.code if e.recipient else "-")
            print(f"\n{row['event_type']} gold {row['actor']} -> {row['recipient']}  coded {got[0]} -> {got[1]}  "
                  f"[{e.trigger.text}] {e.rule.split('@')[0]}  ({row['note']})\n    {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
