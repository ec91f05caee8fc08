"""How fast a large graph.html opens and settles in headless Chromium.

Generates an actor network of 2,000 actors and 10,000 relations shaped like
``graphkit.network.from_store``'s output (heavy-tailed activity, every actor type, every relation
kind, a few negated relations, evidence sentences), renders it with :func:`graphkit.viz.render_html`,
opens it offline in Debian's Chromium and prints: render time, file size, time to load (the vis
network built), time to the end of stabilisation, and the drawn counts.

Usage: ``python bench/bench_viz.py [--actors 2000] [--relations 10000] [--top N] [--runs 3]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from graphkit.model import ACTOR_TYPES, ENTITY_IRI, PLOVER_TYPES
from graphkit.viz import render_html

CLASSES = [*PLOVER_TYPES, "MEMBER_OF"]
WORDS = ("minister party police government militants talks election ceasefire border "
         "spokesman demanded threatened accused rejected agreed supported arrested said").split()


def generate(actors: int, relations: int, *, seed: int = 7):
    """A random actor network with heavy-tailed activity, following the from_store contract."""
    import networkx as nx

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    ids = [f"{ENTITY_IRI}actor-{i}" for i in range(actors)]
    for i, node in enumerate(ids):
        g.add_node(node, label=f"Actor {i} {rng.choice(WORDS).title()}",
                   type=rng.choice(ACTOR_TYPES), aliases=[f"A{i}"], roles=[], party=[],
                   mentions=rng.randint(1, 40), activity=0)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(actors)]  # a few hubs, a long tail
    seen: set[tuple[str, str, str]] = set()
    while len(seen) < relations:
        u, v = rng.choices(ids, weights, k=2)
        cls = rng.choice(CLASSES)
        rel = cls.lower()
        if u == v or (u, v, rel) in seen:
            continue
        seen.add((u, v, rel))
        count = rng.choice((1, 1, 1, 2, 3))
        evidence = [{"text": " ".join(rng.choices(WORDS, k=18)).capitalize() + ".",
                     "doc": f"article-{rng.randint(1, 5000)}", "date": "2024-05-01",
                     "start": 0, "end": 100} for _ in range(count)]
        g.add_edge(u, v, key=rel, relation=rel, cls=cls, count=count,
                   negated=rng.random() < 0.04, evidence=evidence)
        g.nodes[u]["activity"] += count
        g.nodes[v]["activity"] += count
    return g


def measure(html: Path, screenshot: Path | None = None) -> dict:
    """Open the page offline in headless Chromium and read its timings (ms from navigation)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu",
                                          "--disable-background-networking"])
        context = browser.new_context(offline=True, bypass_csp=True,
                                      viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.graphkit && window.graphkit.stabilized", timeout=600_000,
                               polling=100)
        figures = page.evaluate("""() => ({
            domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
            loaded: graphkit.loadedAt, stabilized: graphkit.stabilizedAt,
            iterationsDone: graphkit.events.stabilizationIterationsDone || null,
            firstDraw: graphkit.events.afterDrawing || null, counts: graphkit.counts()})""")
        if screenshot is not None:
            page.wait_for_timeout(500)
            page.screenshot(path=str(screenshot))
        browser.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--relations", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, default=None, help="save a PNG of run 1")
    args = parser.parse_args()

    graph = generate(args.actors, args.relations)
    print(f"graph: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        html = render_html(graph, Path(tmp) / "graph.html", top=args.top)
        print(f"render_html: {time.perf_counter() - started:.2f} s, "
              f"{html.stat().st_size / 1e6:.1f} MB")
        runs = [measure(html, args.screenshot if i == 0 else None) for i in range(args.runs)]
    for i, r in enumerate(runs, 1):
        print(f"run {i}: DOM ready {r['domContentLoaded'] / 1000:.2f} s, network built "
              f"{r['loaded'] / 1000:.2f} s, stabilised {r['stabilized'] / 1000:.2f} s, "
              f"first draw {(r['firstDraw'] or 0) / 1000:.2f} s, drawn {r['counts']}")
    print(f"median: load {statistics.median(r['loaded'] for r in runs) / 1000:.2f} s, "
          f"settle {statistics.median(r['stabilized'] for r in runs) / 1000:.2f} s "
          f"(from navigation start; headless Chromium, {args.runs} runs)")


if __name__ == "__main__":
    main()
