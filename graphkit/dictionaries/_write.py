"""Writing graphkit's vocabulary files: tab-separated tables and JSON lines, sorted and stable."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from graphkit.dictionaries.petrarch import PatternRecord, PloverRow, VerbRecord

__all__ = ["tsv", "jsonl", "plover_table", "plover_of", "verb_files"]


def tsv(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write ``rows`` (the first is the header) as tab-separated lines; returns the data rows."""
    lines = ["\t".join("" if v is None else str(v).replace("\t", " ") for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def jsonl(path: Path, records: Iterable[dict]) -> int:
    """Write one JSON object a line; returns the number written."""
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def plover_table(rows: list[PloverRow], decisions: list[tuple[str, str, str]]) -> list[tuple]:
    """The CAMEO -> PLOVER rows (header first): the table's first row per code, then
    graphkit's decisions, which replace a row of the same code."""
    table: dict[str, tuple] = {}
    for row in rows:
        table.setdefault(row.cameo, (row.cameo, row.plover, row.mode, row.context, row.comment,
                                     "CAMEO2PLOVER-2021"))
    for code, plover, why in decisions:
        old = table.get(code)
        table[code] = (code, plover, old[2] if old else "", old[3] if old else "",
                       old[4] if old else "", f"graphkit: {why}")
    return [("cameo", "plover", "mode", "context", "description", "source"),
            *sorted(table.values(), key=lambda r: (r[0][:2], r[0]))]


def plover_of(code: str | None, table: list[tuple]) -> str:
    """The PLOVER type of a CAMEO code by its longest listed prefix ("" for no event).

    >>> plover_of("1823", [("cameo", "plover"), ("18", "ASSAULT"), ("182", "ASSAULT")])
    'ASSAULT'
    >>> plover_of("---", [("cameo", "plover")])
    ''
    """
    if not code or not code.isdigit():
        return ""
    known = {row[0]: row[1] for row in table[1:]}
    for size in range(len(code), 1, -1):
        if code[:size] in known:
            return str(known[code[:size]])
    return ""


def verb_files(out: Path, verbs: list[VerbRecord], patterns: list[PatternRecord],
               synsets: dict[str, tuple[str, ...]], plover: list[tuple]) -> dict[str, int]:
    """Write ``verbs.tsv``, ``verb_patterns.tsv`` and ``synsets.tsv``; a verb listed in two
    blocks keeps its first (as PETRARCH does)."""
    seen: set[str] = set()
    rows: list[tuple] = [("phrase", "head", "forms", "code", "passive", "plover", "block")]
    for verb in verbs:
        if verb.phrase in seen:
            continue
        seen.add(verb.phrase)
        rows.append((verb.phrase, verb.head, ", ".join(verb.forms), verb.code or "---",
                     verb.passive or "", plover_of(verb.code, plover), verb.block))
    pattern_rows: list[tuple] = [("block", "pattern", "code", "passive", "plover", "passive_plover")]
    for p in patterns:
        pattern_rows.append((p.block, p.text, p.code or "---", p.passive or "",
                             plover_of(p.code, plover), plover_of(p.passive, plover)))
    set_rows = [("name", "phrases"), *((name, ", ".join(words)) for name, words in sorted(synsets.items()))]
    return {"verbs.tsv": tsv(out / "verbs.tsv", rows),
            "verb_patterns.tsv": tsv(out / "verb_patterns.tsv", pattern_rows),
            "synsets.tsv": tsv(out / "synsets.tsv", set_rows)}
