"""How big graph.html gets and how fast it opens in headless Chromium, from a few hundred
articles to a synthetic 100,000-article graph.

For each page it prints: the time to write it (``render_html``), its size, and, opened offline in
Debian's Chromium: DOM ready, first drawn frame, settled (laid out and still: the overview is
drawn from positions computed at build time), then the time to show every actor (the slider at
"all") and the median frame time while zooming there, and the time to drill down to the most
central actor. Times are milliseconds from navigation start, medians over ``--runs`` runs.

Sources:
    ``--build OUT``      a graphkit build folder (its store, read with ``from_store``);
    ``--articles N``     a synthetic graph shaped like the Wikinews dev corpus at N articles
                         (per 1,000 articles: 5,330 actors, 1,076 with a relation, 1,250
                         actor-to-actor facts, a third of them between two central actors;
                         a few hubs, a long tail), default 100,000;
    ``--html FILE``      an existing page, measured as it is (for example an older page as the
                         baseline: it opens on physics, so "settled" is its end of stabilisation).

Usage: ``python bench/bench_viz.py [--build OUT ...] [--articles 100000] [--html FILE ...] [--runs 3]``
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from graphkit.model import ACTOR_TYPES, ENTITY_IRI
from graphkit.viz import BUDGET, render_html

#: Relation classes in the proportions of the dev corpus build (actor-to-actor facts).
CLASS_MIX = {"MEMBER_OF": 1508, "ACCUSE": 383, "REQUEST": 318, "CONSULT": 301, "SUPPORT": 262,
             "ASSAULT": 207, "AGREE": 108, "COERCE": 85, "REJECT": 76, "THREATEN": 75, "AID": 45,
             "RETREAT": 30, "COOPERATE": 24, "CONCEDE": 21, "PROTEST": 18, "SANCTION": 14}
WORDS = ("minister party police government militants talks election ceasefire border spokesman "
         "demanded threatened accused rejected agreed supported arrested said president army "
         "opposition parliament court rebels capital sanctions troops vote").split()
COUNTRIES = ["United States", "Iraq", "Israel", "Pakistan", "Iran", "United Kingdom", "France",
             "Russia", "China", "India", "Afghanistan", "Sri Lanka", "Kenya", "Australia", "Canada",
             "Germany", "Lebanon", "Palestine", "Turkey", "Zimbabwe", "Sudan", "Somalia", None, None]


def generate(articles: int, *, seed: int = 7):
    """A graph shaped like ``from_store``'s for a corpus of ``articles`` Wikinews-like articles."""
    import networkx as nx

    rng = random.Random(seed)
    n_actors, n_linked, n_facts = round(5.33 * articles), round(1.076 * articles), round(1.25 * articles)
    g = nx.MultiDiGraph()
    for i in range(n_actors):
        g.add_node(f"{ENTITY_IRI}actor-{i}", label=f"{rng.choice(WORDS).title()} {i}",
                   type=rng.choice(ACTOR_TYPES), aliases=[], roles=[], party=[],
                   mentions=1 + int(rng.paretovariate(1.2)), statements=int(rng.paretovariate(1.5)) - 1,
                   activity=0, country=rng.choice(COUNTRIES))
    linked = [f"{ENTITY_IRI}actor-{i}" for i in range(n_linked)]
    hubs = list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(n_linked)))
    classes, weights = zip(*CLASS_MIX.items(), strict=True)
    facts: dict[tuple[str, str, str, bool], list[dict]] = {}
    for k in range(n_facts):
        # as in the dev corpus: a third of the facts join two central actors, two fifths a
        # central actor and anyone, the rest two actors of the long tail
        draw = rng.random()
        hub = rng.choices(linked, cum_weights=hubs)[0] if draw < 0.75 else rng.choice(linked)
        other = rng.choices(linked, cum_weights=hubs)[0] if draw < 0.35 else rng.choice(linked)
        if hub == other:
            continue
        u, v = (hub, other) if rng.random() < 0.5 else (other, hub)
        cls = rng.choices(classes, weights)[0]
        doc = k * articles // n_facts
        day = 12_800 + doc * 1800 // articles  # five years of news, in article order
        facts.setdefault((u, v, cls.lower(), rng.random() < 0.03), []).append({
            "text": " ".join(rng.choices(WORDS, k=24)).capitalize() + ".", "doc": f"article-{doc}",
            "date": time.strftime("%Y-%m-%d", time.gmtime(day * 86400)), "start": 0, "end": 150,
            "title": f"Article {doc}", "confidence": round(rng.uniform(0.5, 0.95), 2),
            "modality": "will" if rng.random() < 0.05 else None, "event_date": None,
            "date_precision": None})
    for (u, v, rel, negated), evidence in facts.items():
        g.add_edge(u, v, key=rel + ("-not" if negated else ""), relation=rel, cls=rel.upper(),
                   count=len(evidence), negated=negated, evidence=evidence, roles=[], modality=[])
    return g


OPEN = """() => ({dom: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    drawn: graphkit.drawnAt || (graphkit.events && graphkit.events.afterDrawing) || null,
    settled: graphkit.settledAt || graphkit.stabilizedAt || null, counts: graphkit.counts()})"""
ALL = """async () => {
    const input = document.getElementById('top');
    const t = performance.now();
    await new Promise(done => { graphkit.network.once('afterDrawing', done);
        input.value = input.max; input.dispatchEvent(new Event('input')); });
    return {all: performance.now() - t, allCounts: graphkit.counts()}; }"""
FRAMES = """async () => {
    // zooming with every actor shown (edges are hidden while zooming above 1,500 arrows)
    const n = graphkit.network, times = [];
    for (let k = 0; k < 6; k++) {
        const t = performance.now();
        await new Promise(done => { n.once('afterDrawing', done);
            n.moveTo({scale: n.getScale() * (k % 2 ? 1.25 : 0.8)}); });
        times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[3]; }"""
FOCUS = """async () => {
    const input = document.getElementById('top');
    input.value = 1;
    input.dispatchEvent(new Event('input'));
    const t = performance.now();
    graphkit.focus(graphkit.data.nodes[0].id);
    await new Promise(function wait(done) { graphkit.ready ? done() : setTimeout(() => wait(done), 10); });
    return performance.now() - t; }"""


def measure(html: Path, *, timeout_s: float = 120, screenshot: Path | None = None) -> dict:
    """Open the page offline in headless Chromium and read its timings (ms from navigation)."""
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        context = browser.new_context(offline=True, bypass_csp=True, viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        try:
            page.goto(html.resolve().as_uri(), timeout=timeout_s * 1000)
            page.wait_for_function("window.graphkit && (graphkit.ready || graphkit.stabilized)",
                                   timeout=timeout_s * 1000, polling=50)
        except Error as exc:
            browser.close()
            return {"failed": str(exc).splitlines()[0]}
        figures = page.evaluate(OPEN)
        if screenshot is not None:
            page.screenshot(path=str(screenshot))
        if page.evaluate("() => !!document.getElementById('top')"):  # the overview page
            figures.update(page.evaluate(ALL))
            figures["frame"] = page.evaluate(FRAMES)
            figures["focus"] = page.evaluate(FOCUS)
        figures["errors"] = errors
        browser.close()
    return figures


def report(name: str, html: Path, seconds: float | None, runs: int, *, timeout_s: float = 120) -> None:
    size = html.stat().st_size / 1e6
    results = [measure(html, timeout_s=timeout_s) for _ in range(runs)]
    if "failed" in results[0]:
        print(f"{name}: {size:.1f} MB; did not open: {results[0]['failed']}")
        return

    def median(key: str) -> str:
        values = [r[key] for r in results if r.get(key) is not None]
        return f"{statistics.median(values) / 1000:.2f} s" if values else "-"

    written = f"written in {seconds:.1f} s, " if seconds is not None else ""
    for r in results:
        r["open"] = max(r["dom"], r["drawn"] or 0, r["settled"] or 0)
    print(f"{name}: {written}{size:.1f} MB; open (drawn and still) {median('open')} [DOM ready "
          f"{median('dom')}, first draw {median('drawn')}, settled {median('settled')}]; "
          f"drawn {results[0]['counts']}")
    if "all" in results[0]:
        frame = statistics.median(r["frame"] for r in results)
        print(f"    all actors shown in {median('all')} (drawn {results[-1]['allCounts']}), frame while zooming "
              f"{frame:.0f} ms, "
              f"drill-down to the most central actor {median('focus')}")
    if any(r["errors"] for r in results):
        print(f"    script errors: {results[0]['errors']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, action="append", default=[], help="a build folder")
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic corpus size (0: none)")
    parser.add_argument("--html", type=Path, action="append", default=[], help="a page measured as is")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds a page may take to settle")
    parser.add_argument("--keep", type=Path, default=None, help="write the pages into this folder")
    args = parser.parse_args()
    print(f"size budget: {BUDGET}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for out in args.build:
            from graphkit.network import from_store

            graph = from_store(out)
            started = time.perf_counter()
            html = render_html(graph, folder / f"{out.name}.html")
            report(f"{out} ({graph.number_of_nodes()} actors)", html, time.perf_counter() - started, args.runs)
        if args.articles:
            started = time.perf_counter()
            graph = generate(args.articles)
            kinds = Counter(d["cls"] for *_, d in graph.edges(data=True))
            print(f"synthetic {args.articles} articles: {graph.number_of_nodes()} actors, "
                  f"{graph.number_of_edges()} relations ({kinds.most_common(3)}...), "
                  f"generated in {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            html = render_html(graph, folder / f"synthetic-{args.articles}.html")
            report(f"synthetic {args.articles} articles", html, time.perf_counter() - started, args.runs)
        for html in args.html:
            report(str(html), html, None, args.runs, timeout_s=args.timeout)


if __name__ == "__main__":
    main()
