#!/usr/bin/env python3
"""Add the joined spelling of "عبد X" names (عبدالله, عبدالعزيز, العبدالله ...) to `names:` lists of a
people/*.yaml file, in place. Arabic newspapers write both "عبد الله" and "عبدالله"; the matcher normalises
letters, not spaces, so both are listed. Idempotent; only edits single-line `names: [...]` flow lists (comments
after the list are kept). Usage: python scripts/people_add_joined_abd.py src/marsad/data/people/FILE.yaml
"""
import re
import sys

ABD = re.compile(r"(^|\s)(ال)?عبد (?=\S)")          # "عبد " / "العبد " starting a word, followed by a word
LINE = re.compile(r"^(\s*names:\s*\[)([^\]]*)(\].*)$")


def joined(name: str) -> str:
    return ABD.sub(lambda m: m.group(1) + (m.group(2) or "") + "عبد", name)


def main(path: str) -> None:
    out, added = [], 0
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = LINE.match(line)
        if m:
            names = [n.strip() for n in m.group(2).split(",") if n.strip()]
            new = list(names)
            for n in names:
                j = joined(n)
                if j != n and j not in new:
                    new.insert(new.index(n) + 1, j)
                    added += 1
            line = m.group(1) + ", ".join(new) + m.group(3)
        out.append(line)
    open(path, "w", encoding="utf-8").write("\n".join(out))
    print(f"{path}: {added} joined spellings added")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
