#!/usr/bin/env python3
"""Validate src/marsad/data/person_names.tsv (the person-name lexicon).

Checks: header `name<TAB>kind`; two columns; kind in the allowed set; Arabic letters and
spaces only; no duplicate after normalisation (diacritics, alef/hamza forms, ya/alef maqsura,
ta marbuta); no entry outside `given_ambiguous` equal to a known common-word collision.
Prints counts per kind; exits non-zero on any error.

Usage: python scripts/check_person_names.py [path/to/person_names.tsv]
"""
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.text.normalize import norm  # the matcher's own normalisation

KINDS = {"given", "given_ambiguous", "foreign", "family"}

# Normalised forms that are frequent non-name words in news; only `given_ambiguous` may hold them.
COMMON_WORDS = {
    "ان", "الان", "انا", "هو", "هي", "لي", "مني", "من", "في", "ما", "لا", "بيت", "بيتي", "دين", "مات", "جو",
    "جوي", "دون", "بان", "كان", "راي", "روي", "فرانس", "سانا", "داريا", "سلمي", "يمني", "ليلي", "نيل",
    "علامه", "النصف", "بري", "الحربي", "الشهري", "المدفعي", "العبري", "وزيري", "مرهون", "نقدي", "متري",
    "كروز", "سويفت", "غور", "امره", "اليس", "سكوت", "حكمت", "رفعت", "تحسين", "اشرف", "باسم", "كامل",
}


def rows(lines: list[str], errors: list[str], kinds) -> Iterator[tuple[int, str, str]]:
    """(line number, name, kind) of each entry after the header; malformed lines go to `errors`."""
    for i, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2:
            errors.append(f"line {i}: expected 2 columns, got {len(cols)}")
            continue
        name, kind = cols
        if kind not in kinds:
            errors.append(f"line {i}: unknown kind {kind!r}")
        yield i, name, kind


def main(path: Path) -> int:
    errors = []
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != "name\tkind":
        errors.append("line 1: header must be 'name\\tkind'")
    seen = {}
    counts = Counter()
    for i, name, kind in rows(lines, errors, KINDS):
        if not re.fullmatch(r"[\u0621-\u064A]+( [\u0621-\u064A]+)*", name):
            errors.append(f"line {i}: name must be Arabic letters separated by single spaces: {name!r}")
        n = norm(name)
        if n in seen:
            errors.append(f"line {i}: {name!r} duplicates line {seen[n]} after normalisation")
        seen[n] = i
        if kind != "given_ambiguous" and n in COMMON_WORDS:
            errors.append(f"line {i}: {name!r} is a common word; use kind given_ambiguous or drop it")
        counts[kind] += 1
    for e in errors:
        print(e, file=sys.stderr)
    for k in sorted(KINDS):
        print(f"{k}\t{counts[k]}")
    print(f"total\t{sum(counts.values())}")
    return 1 if errors else 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data" / "person_names.tsv"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
