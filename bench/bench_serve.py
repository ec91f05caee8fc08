"""Endpoint benchmark: ``graphkit serve`` under concurrent clients, with and without a runaway.

Starts ``graphkit serve BUILD`` on a free loopback port, then in one run:

1. ``--clients`` concurrent clients send ``--requests`` queries in all (the canned queries
   with their parameters, as their text over HTTP; those slower than ``--light`` seconds on
   their own are left out, as they measure the store, not the endpoint) and the latency of
   each is recorded;
2. the same again while a runaway query (a four-way cross join under ``COUNT``) is in flight,
   which the server must stop at its ``--timeout``.

It prints p50, p99 and the errors of both rounds, and when and how the runaway was answered.
Every request goes to 127.0.0.1; the loops are bounded in count and time.

    python bench/bench_serve.py BUILD [--clients 50] [--requests 1000] [--timeout 5] [--workers 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.error import HTTPError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.kg.serve import start  # noqa: E402
from graphkit.query import _prepare, canned, list_queries  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PARAMS = {"who-threatens": {"target": "Iran"}, "between": {"a": "United States", "b": "Iran"},
          "members-of": {"party": "Democratic Party"}, "statements-by": {"actor": "Barack Obama"},
          "timeline": {"actor": "Iran"}}


def _queries() -> list[str]:
    """The canned queries as plain SPARQL texts, their parameters bound."""
    from graphkit.kg.sparql import bind_values

    out = []
    for name in list_queries():
        params = {k: v for k, v in PARAMS.get(name, {}).items() if k in canned(name).params}
        text, bindings = _prepare(name, params)
        out.append(bind_values(text, bindings))
    return out


def _ask(url: str, query: str, timeout: float = 120) -> tuple[int, float]:
    started = time.perf_counter()
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
            status = resp.status
    except HTTPError as exc:
        status = exc.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def _round(url: str, queries: list[str], *, clients: int, requests: int) -> tuple[list[float], int]:
    with ThreadPoolExecutor(max_workers=clients) as pool:
        answers = list(pool.map(lambda i: _ask(url, queries[i % len(queries)]), range(requests)))
    return sorted(t for s, t in answers if s == 200), sum(1 for s, _ in answers if s != 200)


def _line(title: str, times: list[float], errors: int) -> str:
    p50 = statistics.median(times) * 1000
    p99 = times[max(0, int(len(times) * 0.99) - 1)] * 1000
    return f"{title:34} p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   errors {errors}   answered {len(times)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--light", type=float, default=0.25,
                        help="leave out canned queries slower than this alone (seconds): they measure the store")
    args = parser.parse_args()
    queries = _queries()
    with start(args.build, port=0, timeout=args.timeout, workers=args.workers) as ep:
        timed = [(q, _ask(ep.query_url, q)[1]) for q in queries]  # warms the store's caches too
        heavy = [q for q, t in timed if t > args.light]
        queries = [q for q, t in timed if t <= args.light]
        quiet = _round(ep.query_url, queries, clients=args.clients, requests=args.requests)
        runaway: dict[str, object] = {}

        def run_away() -> None:
            runaway["status"], runaway["seconds"] = _ask(ep.query_url, RUNAWAY)

        thread = threading.Thread(target=run_away)
        thread.start()
        time.sleep(0.2)
        loaded = _round(ep.query_url, queries, clients=args.clients, requests=args.requests)
        thread.join(timeout=args.timeout + 30)
    print(f"graphkit serve {args.build}: {len(queries)} canned queries ({len(heavy)} slower than "
          f"{args.light:g}s alone left out), {args.clients} concurrent clients, "
          f"{args.requests} requests a round, --workers {args.workers} --timeout {args.timeout:g}")
    print(_line("without a runaway query:", *quiet))
    print(_line("with a runaway query in flight:", *loaded))
    print(f"runaway query answered HTTP {runaway.get('status')} after {runaway.get('seconds', 0):.1f}s")


if __name__ == "__main__":
    main()
