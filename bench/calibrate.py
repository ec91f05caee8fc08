"""Check and re-fit graphkit's confidence against a judged blind-audit sheet.

usage: python bench/calibrate.py OUT_DIR SHEET.jsonl [SHEET2.jsonl ...]

OUT_DIR is the build the sheet was drawn from (its relations.jsonl holds each relation's
confidence and signals, which the sheet leaves out so that reviewers judge blind); the sheets
are judged audit sheets (``correct`` filled in; with two reviewers, the settled one). Prints the
precision of the audited relations by confidence band (the bands must rise), the precision with
and without each signal of ``ontologies/confidence.tsv`` by kind, and the factor each signal's
precision ratio suggests, to copy into that file after reading it.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

BANDS = [(0.8, 1.01), (0.6, 0.8), (0.4, 0.6), (0.0, 0.4)]


def _key(rec: dict) -> tuple:
    obj = rec.get("object") or {}
    return (rec["doc"], rec.get("start"), rec.get("class"), rec["subject"]["label"],
            obj.get("label") or obj.get("value"), bool(rec.get("negated")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("sheets", nargs="+")
    a = ap.parse_args()
    built = {}
    with open(Path(a.out) / "relations.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            built[_key(rec)] = rec
    judged = []
    for sheet in a.sheets:
        with open(sheet, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                rec = built.get(_key(row))
                if rec is not None and row.get("correct") is not None:
                    judged.append((row["stratum"], bool(row["correct"]), rec["confidence"],
                                   set(rec.get("signals", []))))
    print(f"{len(judged)} judged relations found in {a.out}")
    for low, high in BANDS:
        rows = [ok for _, ok, conf, _ in judged if low <= conf < high]
        share = f"{sum(rows)}/{len(rows)} = {sum(rows) / len(rows):.2f}" if rows else "-"
        print(f"confidence [{low:.1f}, {min(high, 1.0):.1f}): {share}")
    by_signal: dict[tuple[str, str], list[bool]] = defaultdict(list)
    without: dict[tuple[str, str], list[bool]] = defaultdict(list)
    signals = {s for *_, sig in judged for s in sig}
    for stratum, ok, _, sig in judged:
        for s in signals:
            (by_signal if s in sig else without)[(s, stratum)].append(ok)
    print("signal, kind: precision with / without -> suggested factor")
    for (s, kind), rows in sorted(by_signal.items()):
        rest = without.get((s, kind), [])
        if len(rows) < 5 or not rest:
            continue
        p_with, p_without = sum(rows) / len(rows), sum(rest) / len(rest)
        factor = p_with / p_without if p_without else 1.0
        print(f"  {s:20} {kind:10} {p_with:.2f} (n={len(rows)}) / {p_without:.2f} (n={len(rest)})"
              f" -> {factor:.2f}")


if __name__ == "__main__":
    main()
