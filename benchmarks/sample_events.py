"""Draw a reproducible random sample of coded events from the dev corpus for reading by hand, and score the
judgements recorded for it.

    python benchmarks/sample_events.py draw [--n 100] [--seed 2026] --out benchmarks/event_sample_zza.tsv
    python benchmarks/sample_events.py show [--sample benchmarks/event_sample_zz.tsv]   # the sentences, to read
    python benchmarks/sample_events.py score [--sample benchmarks/event_sample_zz.tsv]
    python benchmarks/sample_events.py recheck [--sample benchmarks/event_sample_w.tsv | --all] [--errors]

`draw` codes the whole corpus (../shared/data/corpus, read at run time; skipped cleanly when absent), keeps the
events a user counts as having happened (not negated, reported by the coder) outside the sentences we labelled
to train the learned checks (benchmarks/labels) and writes a TSV with the document
id, the sentence and trigger offsets, what the coder said (type, actor and recipient codes, rule) and empty
judgement columns — no article text. `show` prints each sampled sentence with its coded event, from the corpus.
A reader fills `type_ok`, `actor_ok`, `recipient_ok` (1 right / 0 wrong) and `note`; an actor or recipient is
right when the code's country (and sector, where coded) is what the sentence says, or when the coder left it
empty and the sentence names none. `score` prints the shares; an event is correct when all three are right.
`recheck` codes the judged events' documents again with the current rules and says which judged events are still
counted with the same type (right-typed kept, wrong-typed kept), which are gone, and on how many kept ones the actor
or recipient code changed (those judgements no longer apply): a regression check for a rule change, not a new
figure (only a fresh draw is that).

Judged samples (each drawn fresh after the changes made while reading the one before and other pilot draws, so
the latest is the fair figure): event_sample_a.tsv (commit 125afc7, seed 2026), event_sample_b.tsv (c89ea7e, seed
7711), event_sample_c.tsv (453747f, seed 4242), event_sample_d.tsv (6e8b59c, seed 9090, the sentences labelled for
the learned checks left out; judged by two of us, 50 events each, following the PLOVER codebook), event_sample_e.tsv
(6942b10, seed 31415, drawn and judged the same way by two others of us), event_sample_f.tsv (16593f9, seed 27182,
the same way again), event_sample_g.tsv (b506af2, the session's final rules, seed 16180, the same way),
event_sample_h.tsv (310c72d, seed 57721, the same way; read mid-session, its errors led to the changes of
011ae58), event_sample_i.tsv (254dc17, seed 14142, the same way; also read mid-session), event_sample_j.tsv
(fd5b3d8, seed 27183, the same way), event_sample_k.tsv (1b18e59, seed 16807, the same way), event_sample_l.tsv
(910e3c4, seed 48271, the same way), event_sample_m.tsv (871c899, the session's final rules and detector, seed
69621, the same way), event_sample_n.tsv (5b352b8, after the sentence check was retrained on 800 more ASSAULT
labels and given its news head, seed 81119, the same way by two others of us), event_sample_o.tsv (351735c, with
the role ranker and the rules added after N, the sentences the ranker was trained on left out, seed 90210, the same
way by two others), event_sample_p.tsv (caaf0a5, with the role and type rules added after O, seed 8080, the same
guide, judged by four of us at 25 events each), event_sample_q.tsv (2f4b5a8, after the ranker was retrained on the
new rules, seed 4711, judged the same way by four others), event_sample_r.tsv (20d0b81, with the session's role rules
and the reported-event check trained also on the type judgements of A to Q, their sentences left out, seed 1129,
judged the same way by four others), event_sample_s.tsv (485398d, after the day's rules on trigger senses, modality
and roles, seed 3141, judged the same way by four others), event_sample_t.tsv (e6c10dd, after the rules written from
S's errors — the victims of a killing, acts cancelled, imminent or considered — seed 2718, judged the same way by
four others), event_sample_u.tsv (97d3346, the previous session's final rules, seed 5151: 1,000 events drawn,
640 of them chosen at random (seed 11) and judged by eight of us at 80 each with the same guide; only the judged rows
are kept — the largest fresh sample, and from here on the material the rules and the learned check are fitted to),
event_sample_v.tsv (79b162a, after the rules written from u's errors and the reported-event check retrained with
r to u, seed 6007, 200 events judged by eight of us at 25 each), event_sample_w.tsv (60eba2b, after a second round of
rules from u's and v's errors and the check retrained with v, seed 7331, judged the same way by eight others),
event_sample_x.tsv (c9b93cd, after two more rounds of role and sense rules from u's, v's and w's errors, the check
as for w, seed 8117, judged the same way by eight others), event_sample_y.tsv (db0a497, after a fourth round
of rules from u's to x's errors, seed 9241, judged by four of us at 50 each; drawn before the next round's rules,
which never read it, so recheck on it is a held-out check of that round), event_sample_z.tsv (fd726de, after
that fifth round and a sixth written also from y's errors, seed 6373, judged the same way by four others; drawn
before a seventh and an eighth round, which never read it), event_sample_za.tsv (01b7443, after those two rounds,
seed 5113, judged the same way by four others; drawn before a ninth and a tenth round, which never read it),
event_sample_zb.tsv (73e1a12, after those two rounds, seed 6211, judged the same way by four others; drawn
before an eleventh round, which never read it), event_sample_zc.tsv (5a39b5a, after the eleventh and a twelfth
round written from zb's errors, seed 7309, judged the same way by four others, by the guide now written down in
docs/judging.md, which takes a host's meeting (استقبل) in either direction as right, as the seed article's expected
events do), event_sample_zd.tsv (ba359ca, after a thirteenth round written from zc's errors, seed 8123, judged the
same way by four others), event_sample_ze.tsv (fdbe3c5, after the rest of that round, written partly from zd's
errors, seed 9127, judged the same way by four others), event_sample_zf.tsv (18333eb, after a fourteenth round,
seed 9311, judged the same way by four others), event_sample_zg.tsv (0adb5f9, after a fifteenth round, seed 9421,
judged the same way by four others), event_sample_zh.tsv (6d1bd7e, after a sixteenth round, seed 5273, judged the
same way by four others), event_sample_zi.tsv (04eddfe, after a seventeenth round, seed 5290, judged the same way by
four others), event_sample_zj.tsv (d30c563, after an eighteenth round, seed 6113, judged the same way by four
others), event_sample_zk.tsv (8172dc1, after a nineteenth round, seed 7219, judged the same way by four others),
event_sample_zl.tsv (31e98cf, after a twentieth round, seed 7331, judged the same way by four others),
event_sample_zm.tsv (59bd8b7, after a twenty-first round, seed 7457, judged the same way by four others),
event_sample_zn.tsv (e316e3f, after a twenty-second round, seed 8128, judged the same way by four others),
event_sample_zo.tsv (4512ad7, after a twenty-third round, seed 8229, judged the same way by four others),
event_sample_zp.tsv (4462d81, after a twenty-fourth round, seed 9377, judged the same way by four others),
event_sample_zq.tsv (755d65e, after a twenty-fifth round, seed 6121, judged the same way by four others),
event_sample_zr.tsv (5ea8067, after a twenty-sixth round, written partly from zq's errors, seed 7243, judged the same
way by four others), event_sample_zs.tsv (f6647b4, after a twenty-seventh round, written partly from zr's errors, seed
8353, judged the same way by four others; a fifth, told to read strictly, judged 40 of its rows again blind,
benchmarks/second_reads/event_sample_zs.tsv: the marks agree on 38, 39 and 37 of 40 for type, actor and recipient,
all three right 26 of 40 for the first judges and 22 of 40 for the fifth), event_sample_zt.tsv (67958d7, after a
twenty-eighth round — allies, border closures, outlets, named recipients, places and makers, sectors — seed 9431,
judged by four others at 50 each; drawn before a twenty-ninth round on planned acts, word senses and the retrained
reported-event check, which never read it: type right 0.86, actor 0.73, recipient 0.60, all three 0.43, the judges'
quarters 0.42 to 0.46 — zs's 0.56 stands out from the draws before and after it), event_sample_zu.tsv (313bb0b,
after a thirtieth round — an attack's news line and blame, named groups of people, sanctions undergone, sectors of
heads and capitals, actors named by an attack's means, topics, beneficiaries and forums kept out of the recipient
slot — seed 5519, judged by four others at 50 each: type right 0.77, actor 0.72, recipient 0.66, all three 0.43,
the judges' quarters 0.34 to 0.50; type right by judge 0.70 to 0.84), event_sample_zv.tsv (5c70934, after a
thirty-first round — speakers that are unnamed sources, a killing told in a clause of saying, passives of holding
and trial verbs, a place fronted by وفي, acts owed or recalled, the named party struck — seed 6628, judged by four
others at 50 each: type right 0.79, actor 0.76, recipient 0.63, all three 0.44, the judges' quarters 0.38 to 0.48;
type right by judge 0.72 to 0.88), event_sample_zw.tsv (e580dd0, after a thirty-second round — acts only being
arranged, instructed or held necessary, expected tariffs, mishaps and daily-life advice, the authors of plural
nouns of saying, backers skipped for the side they back — seed 7731, judged by four others at 50 each: type right
0.74, actor 0.67, recipient 0.61, all three 0.41, the judges' quarters 0.36 to 0.48; type right by judge 0.72 to
0.80), event_sample_zx.tsv (17c079b, after a thirty-third round — armed groups as air strikes' targets, persons
held named by a quantifier or a detainee noun, word senses that are no event (addressed to, spread of a scourge,
a student, an election round) — seed 9183, judged by four others at 50 each: type right 0.84, actor 0.69,
recipient 0.59, all three 0.45, the judges' quarters 0.36 to 0.56; type right by judge 0.80 to 0.88),
event_sample_zy.tsv (6dbe6ae, after a thirty-fourth round — the cause after a killing naming who struck, an act's
pronoun object taking the party it resumes, a state's own forces in its statement, the segmenter's common words,
the artillery mode — seed 4409, judged by four others at 50 each: type right 0.76, actor 0.67, recipient 0.60,
all three 0.37, the judges' quarters 0.36 to 0.38; type right by judge 0.68 to 0.82), event_sample_zz.tsv
(3a0c437, after a thirty-fifth round — acts recalled from a year before, attackers named by an attack's nisba, a
ministry resumed by its bare noun, a state's stance told with بلاده, entry bans, word senses (a comment, a car's
drive, crowds of people, intercepting and destroying) — seed 5531, judged by three others at 66 or 67 each: type
right 0.79, actor 0.69, recipient 0.68, all three 0.45, the judges' thirds 0.41 to 0.51; type right by judge 0.74
to 0.85).
Samples vary by about 0.05 on each share from one draw to the next, and by judge (the two halves of O: recipient
right 0.44 and 0.70; P and Q: type right 0.88 and 0.77): read the latest few together (h to zz: all three right
0.31, 0.28, 0.27, 0.30, 0.26, 0.38, 0.29, 0.28, 0.34, 0.35, 0.40, 0.43, 0.38, 0.37, 0.39, 0.41, 0.42, 0.40, 0.46, 0.43,
0.46, 0.45, 0.40, 0.42, 0.42, 0.42, 0.45, 0.39, 0.41, 0.42, 0.38, 0.43, 0.43, 0.42, 0.43, 0.44, 0.39, 0.56, 0.43, 0.43,
0.44, 0.41, 0.45, 0.37, 0.45).
Since 2026-11-29 the type judgements of the judged samples (a to q, then a to v, since 2026-12-02 a to zs) also
train the reported-event check (scripts/train_detector.py), so a new draw leaves their sentences out as it does the
labelled ones.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-ar-2018.jsonl.gz"
SAMPLE = ROOT / "benchmarks" / "event_sample_zz.tsv"  # the latest judged sample (a to zy: earlier ones)
FIELDS = ["doc_id", "sentence_start", "sentence_end", "trigger_start", "trigger_end", "event_type", "actor",
          "recipient", "rule", "type_ok", "actor_ok", "recipient_ok", "note"]


def _code(p: object) -> str:
    return (p.actor.code or p.actor.country or "?") if p is not None else ""  # type: ignore[attr-defined]


def draw(corpus: Path, n: int, seed: int, out: Path) -> int:
    if out.exists() and any(r.get("type_ok") for r in _rows(out)):
        print(f"refused: {out} already holds judgements; give a new file with --out")
        return 2
    import marsad
    from marsad.io.readers import read_documents

    nlp = marsad.load()
    labelled = _labelled()
    pool: list[dict[str, object]] = []
    for doc in read_documents(corpus):
        nlp.process(doc)
        for e in doc.events:
            if e.negated or not e.reported or (doc.id, e.sentence[1]) in labelled:
                continue
            pool.append({"doc_id": doc.id, "sentence_start": e.sentence[1], "sentence_end": e.sentence[2],
                         "trigger_start": e.trigger.start, "trigger_end": e.trigger.end, "event_type": e.event_type,
                         "actor": _code(e.actor), "recipient": _code(e.recipient), "rule": e.rule.split("@")[0],
                         "type_ok": "", "actor_ok": "", "recipient_ok": "", "note": ""})
    rows = random.Random(seed).sample(pool, min(n, len(pool)))
    rows.sort(key=lambda r: (str(r["doc_id"]), int(r["trigger_start"])))  # type: ignore[call-overload]
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, FIELDS, delimiter="\t")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(pool)} reported events in the corpus; {len(rows)} sampled (seed {seed}) -> {out}")
    return 0


def _labelled() -> set[tuple[str, int]]:
    """The sentences of benchmarks/labels: the learned checks and the role ranker were trained on them, so a
    sample leaves them out."""
    out: set[tuple[str, int]] = set()
    for path in (ROOT / "benchmarks" / "labels").glob("*_dev_labels.tsv"):
        with path.open(encoding="utf-8", newline="") as fh:
            out |= {(r["doc_id"], int(r["start"])) for r in csv.DictReader(fh, delimiter="\t")}
    # (the role labels train the ranker; they and the judged samples' type judgements train the reported-event check)
    for path in [ROOT / "benchmarks" / "labels" / "roles_train.tsv", *(ROOT / "benchmarks").glob("event_sample_*.tsv")]:
        with path.open(encoding="utf-8", newline="") as fh:
            out |= {(r["doc_id"], int(r["sentence_start"])) for r in csv.DictReader(fh, delimiter="\t")}
    return out


def _rows(sample: Path) -> list[dict[str, str]]:
    with sample.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def show(corpus: Path, sample: Path) -> int:
    from marsad.io.readers import read_documents

    rows = _rows(sample)
    wanted = {r["doc_id"] for r in rows}
    texts = {d.id: d.text for d in read_documents(corpus) if d.id in wanted}
    for k, r in enumerate(rows, 1):
        text = texts[r["doc_id"]]
        s, e = int(r["sentence_start"]), int(r["sentence_end"])
        ts, te = int(r["trigger_start"]), int(r["trigger_end"])
        print(f"#{k} {r['event_type']} actor={r['actor']} recipient={r['recipient']} [{text[ts:te]}] {r['rule']}")
        print("   ", text[s:ts] + "[[" + text[ts:te] + "]]" + text[te:e])
    return 0


def score(sample: Path) -> int:
    rows = [r for r in _rows(sample) if r["type_ok"] in ("0", "1")]
    if not rows:
        print("no judgements recorded yet")
        return 1
    n = len(rows)
    share = {c: sum(r[c] == "1" for r in rows) / n for c in ("type_ok", "actor_ok", "recipient_ok")}
    correct = sum(all(r[c] == "1" for c in ("type_ok", "actor_ok", "recipient_ok")) for r in rows) / n
    typed = [r for r in rows if r["type_ok"] == "1"]
    m = len(typed) or 1
    print(f"{n} judged events: type right {share['type_ok']:.2f}, actor right {share['actor_ok']:.2f}, "
          f"recipient right {share['recipient_ok']:.2f}; correct (all three) {correct:.2f}")
    print(f"of the {len(typed)} with the right type: actor right {sum(r['actor_ok'] == '1' for r in typed) / m:.2f}, "
          f"recipient right {sum(r['recipient_ok'] == '1' for r in typed) / m:.2f}")
    return 0


def recheck(corpus: Path, samples: list[Path], errors: bool) -> int:
    import marsad
    from marsad.io.readers import read_documents

    rows = [(p.stem.rsplit("_", 1)[-1], r) for p in samples for r in _rows(p) if r["type_ok"] in ("0", "1")]
    wanted = {r["doc_id"] for _, r in rows}
    nlp = marsad.load()
    docs = {}
    for doc in read_documents(corpus):
        if doc.id in wanted:
            nlp.process(doc)
            docs[doc.id] = doc
    c: dict[str, int] = {}
    lines: list[str] = []
    for tag, r in rows:
        doc = docs[r["doc_id"]]
        ts, s0, s1 = int(r["trigger_start"]), int(r["sentence_start"]), int(r["sentence_end"])
        now = [e for e in doc.events if e.trigger.start == ts and not e.negated and e.reported]
        # a two-sided event gives one record per side at the same trigger: compare with the one closest to the
        # judged codes, so that the order of the sides is not taken for a change
        same = max((e for e in now if e.event_type == r["event_type"]), default=None,
                   key=lambda e: (_code(e.actor) == r["actor"]) + (_code(e.recipient) == r["recipient"]))
        good = r["type_ok"] == "1"
        if same is None:
            key = "good type lost" if good else "bad type removed"
            if now:
                key += f" (now {now[0].event_type})"
        else:
            key = "good type kept" if good else "bad type kept"
            for role, col in (("actor", "actor_ok"), ("recipient", "recipient_ok")):
                if _code(getattr(same, role)) == r[role] and r[col] == "0":
                    c[f"{role} still judged wrong"] = c.get(f"{role} still judged wrong", 0) + 1
                    if errors:
                        lines.append(f"{role} still wrong {r[role] or '-'} {tag} {r['doc_id']} {r['event_type']} "
                                     f"{same.rule} | {r['note']}\n    " + doc.text[s0:ts] + "[["
                                     + doc.text[ts:int(r["trigger_end"])] + "]]" + doc.text[int(r["trigger_end"]):s1])
                elif _code(getattr(same, role)) != r[role]:
                    flag = "right" if r[col] == "1" else "wrong"
                    c[f"{role} changed (was judged {flag})"] = c.get(f"{role} changed (was judged {flag})", 0) + 1
                    if errors:
                        lines.append(f"{role} {r[role] or '-'} -> {_code(getattr(same, role)) or '-'} (was {flag}) "
                                     f"{tag} {r['doc_id']} {r['event_type']} {same.rule} | {r['note']}\n    "
                                     + doc.text[s0:ts] + "[[" + doc.text[ts:int(r["trigger_end"])] + "]]"
                                     + doc.text[int(r["trigger_end"]):s1])
        k = key.split(" (")[0]
        c[k] = c.get(k, 0) + 1
        if errors and k in ("good type lost", "bad type kept"):
            lines.append(f"{key}: {tag} {r['doc_id']} {r['event_type']} {r['rule']} | {r['note']}\n    "
                         + doc.text[s0:ts] + "[[" + doc.text[ts:int(r["trigger_end"])] + "]]"
                         + doc.text[int(r["trigger_end"]):s1])
    for line in lines:
        print(line)
    kept = c.get("good type kept", 0) + c.get("bad type kept", 0)
    print(f"{len(rows)} judged events: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if kept:
        print(f"type right among the judged events still counted: {c.get('good type kept', 0) / kept:.3f} "
              f"(was {sum(r['type_ok'] == '1' for _, r in rows) / len(rows):.3f})")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("draw", "show", "score", "recheck"))
    ap.add_argument("--all", action="store_true", help="recheck: every judged sample (a to the latest)")
    ap.add_argument("--errors", action="store_true", help="recheck: print the lost, the kept wrong and the changed")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sample", "--out", dest="sample", type=Path, default=SAMPLE)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    if args.command == "score":
        return score(args.sample)
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    if args.command == "recheck":
        samples = sorted((ROOT / "benchmarks").glob("event_sample_*.tsv")) if args.all else [args.sample]
        return recheck(args.corpus, samples, args.errors)
    if args.command == "draw":
        return draw(args.corpus, args.n, args.seed, args.sample)
    return show(args.corpus, args.sample)


if __name__ == "__main__":
    sys.exit(main())
