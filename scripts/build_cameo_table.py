"""Build src/marsad/data/cameo.tsv (CAMEO code → PLOVER type, mode, Goldstein score, description) from the
reference tables in ../shared/reference/plover (CAMEO→PLOVER 2021, MIT; Goldstein scale for CAMEO codes).

    python scripts/build_cameo_table.py [--reference ../shared/reference/plover] > src/marsad/data/cameo.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "reference" / "plover"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]*)\s*,?\s*([^,#]*?)\s*(?:,\s*([^#]*?))?\s*(?:#\s*(.*))?$")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reference", type=Path, default=DEFAULT)
    args = ap.parse_args()
    goldstein: dict[str, str] = {}
    for ln in (args.reference / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8").splitlines()[1:]:
        parts = ln.split()
        if len(parts) == 2:
            goldstein[parts[0]] = parts[1]
    print("cameo\ttype\tmode\tgoldstein\tdescription")
    print("# Built by scripts/build_cameo_table.py from the CAMEO->PLOVER table (2021) and the Goldstein scale.")
    for ln in (args.reference / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = LINE.match(ln.strip())
        if not m or not m.group(2):
            continue
        code, typ, mode, _context, desc = m.groups()
        score = goldstein.get(code) or goldstein.get(code[:3]) or goldstein.get(code[:2])
        if score is None:
            continue
        print(f"{code}\t{typ}\t{mode.strip()}\t{score}\t{(desc or '').strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
