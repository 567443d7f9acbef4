#!/usr/bin/env python3
"""Check src/marsad/data/person_names_more.tsv against the rest of the dictionaries.

The file has the same format as person_names.tsv (header `name<TAB>kind`; kinds given, given_ambiguous, foreign,
family) and is read together with it by the loader (every person_names*.tsv). Normalisation is the matcher's own
(marsad.text.normalize.norm). Errors (exit status 1):

* bad header, column count, kind, or a name that is not Arabic letters separated by single spaces;
* a duplicate inside the file, or an entry that is already in another person_names*.tsv;
* an entry equal to a word of common_words.txt or stopwords.txt;
* an entry equal to a country name, people name, metonym, capital, nisba (with the loader's derived forms),
  or an Arabic name of cities.tsv / regions.tsv.

Warnings (printed, not errors): a word of a multi-word entry (the recogniser also reads each word of a compound
as a name word) that is a common word or stopword, and is therefore treated as an unsure name word.
Prints the counts per kind.

Usage: python scripts/check_person_names_more.py [path/to/person_names_more.tsv]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "data"
sys.path.insert(0, str(ROOT / "src"))

from check_person_names import rows  # noqa: E402  (the shared row reader of person-name lexicons)

from marsad.text.normalize import norm  # noqa: E402

KINDS = ("given", "given_ambiguous", "foreign", "family")
HEADS = {"عبد", "ابو", "ابي", "ابن", "بنت", "ام"}
NAME_RE = re.compile(r"[\u0621-\u064A]+( [\u0621-\u064A]+)*")


def word_list(path: Path) -> set[str]:
    out: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        out.update(norm(w) for w in raw.split("#", 1)[0].split())
    return out


def place_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for r in yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8")) or []:
        for key in ("names", "people", "metonyms"):
            for n in r.get(key) or []:
                forms[norm(n)] = f"countries.yaml {r['code']} {key}"
        if r.get("capital"):
            forms[norm(r["capital"])] = f"countries.yaml {r['code']} capital"
        for x in r.get("nisba") or []:
            x = norm(x)
            for suffix in ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات"):
                forms[x + suffix] = forms["ال" + x + suffix] = f"countries.yaml {r['code']} nisba"
    for name in ("cities.tsv", "regions.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 3 or cols[0] == "id":
                continue
            for a in cols[2].split("|"):
                if a.strip():
                    forms[norm(a)] = f"{name} {cols[0]}"
    return forms


def main(path: Path) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != "name\tkind":
        errors.append("line 1: header must be 'name\\tkind'")
    others: dict[str, str] = {}
    for other in sorted(DATA.glob("person_names*.tsv")):
        if other.resolve() == path.resolve():
            continue
        for line in other.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip() and not line.startswith("#"):
                others[norm(line.split("\t")[0])] = other.name
    common = word_list(DATA / "common_words.txt")
    stop = word_list(DATA / "stopwords.txt")
    places = place_forms()
    seen: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for i, name, kind in rows(lines, errors, KINDS):
        if not NAME_RE.fullmatch(name):
            errors.append(f"line {i}: not Arabic letters separated by single spaces: {name!r}")
        n = norm(name)
        if n in seen:
            errors.append(f"line {i}: {name} duplicates line {seen[n]} after normalisation")
        seen.setdefault(n, i)
        if n in others:
            errors.append(f"line {i}: {name} is already in {others[n]}")
        if n in common or n in stop:
            errors.append(f"line {i}: {name} is in {'common_words.txt' if n in common else 'stopwords.txt'}")
        if n in places:
            errors.append(f"line {i}: {name} is a place/nationality form ({places[n]})")
        words = n.split()
        if len(words) > 1:
            for w in words:
                if len(w) > 2 and not w.startswith("ال") and w not in HEADS and (w in common or w in stop):
                    warnings.append(f"line {i}: word {w} of {name} is a common word (read as an unsure name word)")
        counts[kind] += 1
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e, file=sys.stderr)
    for k in KINDS:
        print(f"{k}\t{counts[k]}")
    print(f"total\t{sum(counts.values())}")
    print(f"errors\t{len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    default = DATA / "person_names_more.tsv"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
