"""Score a build of short wire reports against event codes written for them.

The gold is JSONL, one item per line: ``{"id", "date", "text", "events": [{"source",
"target", "type", "cameo"}]}`` where source and target are actor names as written in the text
(target null for an event with no actor target). Build the items first (the gold file is itself
valid graphkit input)::

    graphkit build data/dev_wire/tune.jsonl --out /tmp/wire -q
    python bench/wire_eval.py /tmp/wire data/dev_wire/tune.jsonl

An extracted typed event (not negated, not a statement or affiliation) matches a gold event when
the classes agree and its subject and object name the gold source and target (either way round
for the joint acts AGREE, CONSULT and COOPERATE). A name matches an actor when, after
lower-casing and dropping articles and possessives, it equals one of the actor's label or
aliases, or all its content words appear in one of them, or theirs in it. Printed: recall (gold
events found with source, target and type right), precision (extracted typed events that match
a gold event), the share of items with nothing extracted, and with ``--misses`` every unmatched
gold and extracted event, item by item.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

_NOT_EVENTS = {"STATEMENT", "MEMBER_OF", "ROLE", "AFFILIATION", "LOCATED_IN"}
_JOINT = {"AGREE", "CONSULT", "COOPERATE"}
_STOP = {"the", "a", "an", "of", "'s", "’s", "s", "and", "in", "on", "for"}


def _words(name: str) -> list[str]:
    name = name.lower().replace("’", "'")
    name = re.sub(r"'s\b", "", name)
    return [w for w in re.findall(r"[a-z0-9]+", name) if w not in _STOP]


def _names_match(gold: str, names: set[str]) -> bool:
    gw = _words(gold)
    if not gw:
        return False
    for name in names:
        nw = _words(name)
        if not nw:
            continue
        if gw == nw or set(gw) <= set(nw) or set(nw) <= set(gw):
            return True
    return False


def _actor_names(actor: dict, aliases: dict[str, set[str]]) -> set[str]:
    names = set(aliases.get(actor.get("id", ""), set()))
    if actor.get("label"):
        names.add(actor["label"])
    return names


def _typed_events(rows: list[dict]) -> list[dict]:
    return [
        r
        for r in rows
        if r.get("class") not in _NOT_EVENTS and r.get("class") and not r.get("negated")
    ]


def _match(gold: dict, rel: dict, aliases: dict[str, set[str]]) -> bool:
    if rel.get("class") != gold.get("type"):
        return False
    if gold["type"] in _JOINT and gold.get("target") and _directed(gold, rel, aliases, swap=True):
        return True  # a joint act ("X and Y signed", "X met Y") is one act, coded either way
    return _directed(gold, rel, aliases, swap=False)


def _directed(gold: dict, rel: dict, aliases: dict[str, set[str]], *, swap: bool) -> bool:
    if swap:
        gold = {**gold, "source": gold["target"], "target": gold["source"]}
    if not _names_match(gold["source"], _actor_names(rel["subject"], aliases)):
        return False
    obj = rel.get("object") or {}
    if gold.get("target") is None:
        return "id" not in obj
    return "id" in obj and _names_match(gold["target"], _actor_names(obj, aliases))


def main(argv: list[str] | None = None) -> int:
    """Print recall, precision and silence of a build against wire gold."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the build's output folder")
    ap.add_argument("gold", type=Path, help="the wire gold JSONL")
    ap.add_argument("--misses", action="store_true", help="list unmatched events per item")
    args = ap.parse_args(argv)
    aliases: dict[str, set[str]] = defaultdict(set)
    with (args.out / "entities.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            ent = json.loads(line)
            aliases[ent["id"]].update([ent.get("label", "")] + list(ent.get("aliases", [])))
    by_doc: dict[str, list[dict]] = defaultdict(list)
    with (args.out / "relations.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rel = json.loads(line)
            by_doc[rel["doc"]].append(rel)
    items = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    found = gold_total = right = produced = silent = 0
    per_type: Counter[str] = Counter()
    per_type_found: Counter[str] = Counter()
    for item in items:
        rows = by_doc.get(item["id"], [])
        events = _typed_events(rows)
        if not rows:
            silent += 1
        golds = item.get("events", [])
        gold_total += len(golds)
        produced += len(events)
        hit_gold = [any(_match(g, r, aliases) for r in events) for g in golds]
        hit_rel = [any(_match(g, r, aliases) for g in golds) for r in events]
        found += sum(hit_gold)
        right += sum(hit_rel)
        for g, hit in zip(golds, hit_gold, strict=True):
            per_type[g["type"]] += 1
            per_type_found[g["type"]] += hit
        if args.misses and (not all(hit_gold) or not all(hit_rel)):
            print(f"\n{item['id']}: {item['text']}")
            for g, hit in zip(golds, hit_gold, strict=True):
                if not hit:
                    print(f"  MISS  {g['source']} {g['type']} {g.get('target')}")
            for r, hit in zip(events, hit_rel, strict=True):
                if not hit:
                    obj = r.get("object") or {}
                    target = obj.get("label") or obj.get("value") or "-"
                    print(
                        f"  WRONG {r['subject']['label']} {r['class']} {target}"
                        f"  [{r.get('trigger')} {r.get('confidence')}]"
                    )
    print(f"items {len(items)}, silent (nothing extracted) {silent}")
    print(f"recall    {found}/{gold_total} = {found / max(gold_total, 1):.3f}")
    print(f"precision {right}/{produced} = {right / max(produced, 1):.3f}")
    for t in sorted(per_type, key=lambda t: -per_type[t]):
        print(f"  {t:10s} {per_type_found[t]:3d}/{per_type[t]:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
