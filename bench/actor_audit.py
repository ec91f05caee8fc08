"""Actor audit of a build: merges across countries, and the most-mentioned actors to check.

Reads ``entities.jsonl`` of a ``graphkit build`` output folder and prints

* the actors whose surface forms name two or more countries ("Afghan police" and "Argentine
  police" in one actor; a joint actor whose every form names the same countries, "US and
  Iraqi forces", is not counted), generic agents (police, troops, governments) apart:
  for a generic agent such a merge is always wrong, for a named actor it may be right
  ("US-Iraqi security pact" names two countries and one thing);
* the ``--top`` most-mentioned actors with type, country, CAMEO code, mentions, articles and a
  few aliases, for a reader to check by hand.

    python bench/actor_audit.py OUT [--top 50] [--show 20]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Types whose lower-case labels are generic agents (as graphkit.resolve reads them).
GENERIC_TYPES = {"Government", "GovernmentBody", "SecurityForce", "Judiciary", "Group",
                 "ArmedGroup", "Organization"}


def is_generic(actor: dict) -> bool:
    """A generic agent: "Government of X", or an organised type whose head word is lower case
    ("police", "Afghan police", "foreign ministry")."""
    label = actor.get("label", "")
    if actor.get("type") == "Government" and label.startswith("Government of "):
        return True
    words = label.split()
    return actor.get("type") in GENERIC_TYPES and bool(words) and words[-1][:1].islower()


def form_countries(form: str) -> set[str]:
    """The countries a surface form names, by country names and demonyms of one to six
    words ("Afghan police" -> Afghanistan; "US and Iraqi forces" -> both)."""
    from graphkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    words = re.findall(r"[\w.'\u2019-]+", form)
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in (6, 5, 4, 3, 2, 1):  # the longest name first: "Democratic Republic of the Congo"
            chunk = " ".join(words[i:i + size])
            if len(words[i:i + size]) < size or not chunk[:1].isupper():
                continue
            hit = gaz.country_of(chunk) or gaz.country_of(chunk.rstrip("."))
            if hit:
                found.add(hit)
                i += size - 1
                break
        i += 1
    return found


def audit(folder: Path, *, top: int = 50, show: int = 20) -> dict:
    """Count the cross-country actors and list the most-mentioned ones."""
    actors = [json.loads(line) for line in (folder / "entities.jsonl").open(encoding="utf-8")
              if line.strip()]
    spans: list[tuple[dict, set[str]]] = []
    for actor in actors:
        named = {frozenset(c) for form in {actor.get("label", ""), *actor.get("aliases", [])}
                 if (c := form_countries(form))}
        if len(named) >= 2:  # two forms name different countries ("Afghan police", "Argentine
            # police"); one form naming two ("US and Iraqi forces") is one joint actor
            spans.append((actor, set().union(*named)))
    generic = [(a, c) for a, c in spans if is_generic(a)]
    ranked = sorted(actors, key=lambda a: (-a.get("mentions", 0), a.get("label", "")))[:top]
    return {"actors": len(actors), "cross_country": spans, "cross_country_generic": generic,
            "top": ranked, "show": show}


def _print(report: dict) -> None:
    print(f"actors: {report['actors']}")
    print(f"actors whose forms span 2+ countries: {len(report['cross_country'])} "
          f"(generic agents: {len(report['cross_country_generic'])})")
    for actor, countries in report["cross_country_generic"][:report["show"]]:
        print(f"  GENERIC {actor['label']!r} [{actor['type']}]: {sorted(countries)}; "
              f"{sorted(actor.get('aliases', []))[:8]}")
    named = [x for x in report["cross_country"] if not is_generic(x[0])]
    for actor, countries in named[:report["show"]]:
        print(f"  named {actor['label']!r} [{actor['type']}]: {sorted(countries)}; "
              f"{sorted(actor.get('aliases', []))[:8]}")
    print(f"\nthe {len(report['top'])} most-mentioned actors:")
    for n, actor in enumerate(report["top"], 1):
        aliases = [a for a in actor.get("aliases", []) if a != actor["label"]]
        print(f"{n:3d}. {actor['label']} [{actor['type']}] country={actor.get('country')} "
              f"cameo={actor.get('cameo')} mentions={actor.get('mentions')} "
              f"sources={actor.get('sources')} aliases={aliases[:10]}{'...' if len(aliases) > 10 else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a graphkit build output folder")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--show", type=int, default=20, help="cross-country actors to list")
    args = parser.parse_args(argv)
    _print(audit(args.out, top=args.top, show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
