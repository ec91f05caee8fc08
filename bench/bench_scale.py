"""Builds at scale: engines, peak memory, incremental updates.

Every build runs as its own ``graphkit build`` process (``--verbose``, to time the stages),
and a sampler reads the resident memory of that process and all its children (spaCy's worker
processes, a local Dask cluster) from ``/proc`` every 0.2 s. Reported per build: seconds,
articles/s, the peak RSS of the build process and the peak of the whole process tree, and the
time of each stage. The load average is printed before and after: on a shared machine it says
how much of the CPUs the builds had.

1. ``--corpus`` (the 3,134-article Wikinews dev corpus by default, or its first ``--sample``
   articles), built once per engine: ``local`` (in-process), ``processes2``
   (``--processes 2``), ``dask1`` and ``dask2`` (``--engine dask --workers 1|2``).
2. For each ``--sizes`` N: a synthetic corpus of N articles (the corpus's articles repeated,
   each copy with a new id; a folder of JSONL files under ingest's size limit) built with
   ``--scale-engine``; then ``--update`` of N more articles (new ids) built into that folder:
   the incremental update, against the full build.

With ``--replicate BUILD`` the synthetic corpora take their extraction from the spool of a
complete build of the corpus, so their full builds parse nothing: they measure what a build
does besides parsing (resolution, JSONL, store, Turtle, HTML) and its memory at that size. The
update is then set against an estimate of the full build with parsing: that part plus N
articles at the parse rate of ``--scale-engine`` on the corpus (printed as an estimate).

In the stage times, ``extract`` is reading and extracting (the inputs are read lazily, as the
engine takes them), ``resolved`` the corpus-wide resolution, ``records`` the JSONL, ``store``
the store and ``written`` the Turtle and HTML.

    python bench/bench_scale.py [--corpus PATH] [--sample N] [--engines local,processes2,dask1,dask2]
                                [--sizes 10000,100000] [--scale-engine dask2] [--update 0.01]
                                [--replicate BUILD] [--json results.json]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpora" / "wikinews_politics_dev.jsonl"
ENGINES = {
    "local": [],
    "processes2": ["--processes", "2"],
    "dask1": ["--engine", "dask", "--workers", "1"],
    "dask2": ["--engine", "dask", "--workers", "2"],
}


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(root: int) -> list[int]:
    """``root`` and every process below it."""
    parents: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, []))
    return out


def run_build(feed: Path, out: Path, options: list[str], *, rss_limit_mb: int | None = None) -> dict:
    """One ``graphkit build`` process, sampled for memory; its figures. With ``rss_limit_mb``
    the build is stopped (and the benchmark ends) when its process tree uses more."""
    cmd = [sys.executable, "-m", "graphkit", "build", str(feed), "--out", str(out), "--verbose", *options]
    peak = {"main": 0, "tree": 0}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak["main"] = max(peak["main"], _rss_kb(proc.pid))
            peak["tree"] = max(peak["tree"], sum(_rss_kb(p) for p in _children(proc.pid)))
            if rss_limit_mb and peak["tree"] > rss_limit_mb * 1024:
                for pid in reversed(_children(proc.pid)):
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
                return
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if rss_limit_mb and peak["tree"] > rss_limit_mb * 1024:
        raise SystemExit(f"build stopped at {peak['tree'] // 1024} MB, over --rss-limit, after {seconds:.0f}s: "
                         f"{' '.join(cmd)}")
    if proc.returncode != 0:  # a skipped input too: the figures would be of a smaller build
        raise SystemExit(f"build failed ({proc.returncode}): {' '.join(cmd)}\n{stderr[-2000:]}")
    stages, last = {}, 0.0
    for name, at in re.findall(r"^build: (\S+) \(([\d.]+)s\)", stderr, re.MULTILINE):
        stages[name] = round(float(at) - last, 1)
        last = float(at)
    if "ingested" in stages:  # read lazily: the inputs are read as extraction takes them
        stages = {"extract": round(stages.pop("ingested") + stages.pop("extracted", 0.0), 1), **stages}
    counts = re.search(r"graphkit: (\d+) articles, (\d+) relations, (\d+) actors", stdout)
    inputs = re.search(r"inputs: +(\d+) new, (\d+) changed, (\d+) unchanged", stdout)
    return {"seconds": round(seconds, 1), "rss_main_mb": peak["main"] // 1024, "rss_tree_mb": peak["tree"] // 1024,
            "articles": int(counts.group(1)) if counts else None,
            "actors": int(counts.group(3)) if counts else None,
            "new": int(inputs.group(1)) if inputs else None, "stages": stages}


_CHUNK = 4000  # articles per synthetic JSONL file: about 10 MB, under ingest's 20 MB limit


def synthetic(source: Path, path: Path, n: int, *, offset: int = 0) -> Path:
    """A folder of ``n`` articles: the source corpus's articles repeated, copy k of article X
    with id X~k, in JSONL files of :data:`_CHUNK` articles."""
    import shutil

    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    for start in range(offset, offset + n, _CHUNK):
        with (path / f"part-{start:07d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(start, min(start + _CHUNK, offset + n)):
                row = dict(rows[i % len(rows)])
                row["id"] = f"{row['id']}~{i // len(rows)}"
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def sample(source: Path, path: Path, n: int) -> Path:
    """The first ``n`` articles of ``source``."""
    with source.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as fh:
        fh.writelines(itertools.islice((row for row in src if row.strip()), n))
    return path


def replicate(source: Path, feed: Path, out: Path) -> int:
    """Fill ``out``'s spool with the extraction of every article of ``feed`` (a synthetic corpus)
    taken from the spool of ``source``, a complete build of the corpus it repeats: the copy of
    article X is extracted as X is, but for its id. A build of ``feed`` into ``out`` then parses
    nothing, and measures what a build does besides parsing (resolution, store, JSONL, Turtle,
    HTML) at that size. Returns the number of articles."""
    from dataclasses import replace

    from graphkit.incremental import content_hash
    from graphkit.ingest import read_articles
    from graphkit.spool import Spool

    (out / ".graphkit").mkdir(parents=True, exist_ok=True)
    with Spool(source / ".graphkit" / "spool.sqlite") as src, Spool(out / ".graphkit" / "spool.sqlite") as dst:
        hashes = dict(src.db.execute("SELECT id, hash FROM results").fetchall())
        n = 0
        for article in read_articles([feed]):
            original = getattr(article, "id", "").rsplit("~", 1)[0]
            if original not in hashes:
                continue
            result = src.result(original, hashes[original])
            result.article = replace(article, text="")
            for rel in result.relations:
                rel.doc = article.id
            dst.put(result, content_hash(article))
            n += 1
    return n


def load() -> str:
    return " ".join(open("/proc/loadavg", encoding="ascii").read().split()[:3])


def line(name: str, r: dict, n: int) -> str:
    rate = n / r["seconds"] if r["seconds"] else 0.0
    stages = ", ".join(f"{k} {v}s" for k, v in r["stages"].items())
    return (f"{name:28} {r['seconds']:8.1f}s {rate:7.1f} art/s  peak RSS {r['rss_main_mb']:6} MB build, "
            f"{r['rss_tree_mb']:6} MB all  ({stages})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--sample", type=int, help="build the engines on the corpus's first N articles only")
    ap.add_argument("--engines", default="local,processes2,dask1,dask2")
    ap.add_argument("--sizes", default="10000,100000", help="synthetic corpus sizes ('' for none)")
    ap.add_argument("--scale-engine", default="dask2", choices=sorted(ENGINES))
    ap.add_argument("--update", type=float, default=0.01, help="share of new articles in the update")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--rss-limit", type=int, metavar="MB", help="stop a build whose processes use more memory")
    ap.add_argument("--work", type=Path, help="folder for feeds and builds (default: a temporary one)")
    ap.add_argument("--replicate", type=Path, metavar="BUILD",
                    help="a complete build folder of --corpus: the synthetic corpora take their extraction from "
                         "its spool (no parsing), so the full builds measure everything but parsing")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = sample(args.corpus, work / f"sample-{args.sample}.jsonl", args.sample) if args.sample else args.corpus
    n_corpus = sum(1 for row in corpus.open(encoding="utf-8") if row.strip())
    results: dict = {"load_before": load(), "cpus": os.cpu_count(), "corpus": str(args.corpus), "builds": {}}
    print(f"load average {results['load_before']} on {os.cpu_count()} CPUs; corpus {corpus} ({n_corpus} articles)")
    for name in [e for e in args.engines.split(",") if e]:
        r = run_build(corpus, work / f"corpus-{name}", [*ENGINES[name], "--rebuild"])
        results["builds"][f"corpus/{name}"] = r
        print(line(f"{n_corpus} articles, {name}", r, n_corpus), flush=True)
    for size in [int(s) for s in args.sizes.split(",") if s]:
        feed = synthetic(args.corpus, work / f"synthetic-{size}-feed", size)
        out = work / f"synthetic-{size}"
        if args.replicate:
            import shutil

            shutil.rmtree(out, ignore_errors=True)
            started = time.perf_counter()
            replicate(args.replicate, feed, out)
            print(f"{size} articles: extraction replicated from {args.replicate} in "
                  f"{time.perf_counter() - started:.0f}s", flush=True)
        full = run_build(feed, out, [*ENGINES[args.scale_engine]] + ([] if args.replicate else ["--rebuild"]),
                         rss_limit_mb=args.rss_limit)
        results["builds"][f"{size}/full"] = full
        label = "(parsing replicated)" if args.replicate else args.scale_engine
        print(line(f"{size} articles, {label}", full, size), flush=True)
        extra = max(1, int(size * args.update))
        more = synthetic(args.corpus, work / f"synthetic-{size}-more", extra, offset=size)
        update = run_build(more, out, ENGINES[args.scale_engine], rss_limit_mb=args.rss_limit)
        results["builds"][f"{size}/update"] = update
        share = update["seconds"] / full["seconds"]
        print(line(f"  +{extra} new ({share:.1%} of full)", update, extra), flush=True)
        engine = results["builds"].get(f"corpus/{args.scale_engine}")
        if args.replicate and engine and engine["stages"].get("extract"):
            parse = size * engine["stages"]["extract"] / n_corpus
            estimate = full["seconds"] + parse
            results["builds"][f"{size}/full_estimate"] = {"seconds": round(estimate, 1)}
            print(f"  estimated full build with parsing: {estimate:.0f}s ({full['seconds']:.0f}s measured + "
                  f"{parse:.0f}s parsing at {args.scale_engine}'s rate on the corpus); the update is "
                  f"{update['seconds'] / estimate:.1%} of it", flush=True)
    b = results["builds"]
    if "corpus/dask1" in b and "corpus/dask2" in b:
        results["dask_speedup"] = round(b["corpus/dask1"]["seconds"] / b["corpus/dask2"]["seconds"], 2)
        print(f"Dask 2 workers / 1 worker: {results['dask_speedup']}x")
    sizes = sorted(int(k.split("/")[0]) for k in b if k.endswith("/full"))
    if len(sizes) >= 2:
        lo, hi = b[f"{sizes[0]}/full"], b[f"{sizes[-1]}/full"]
        results["rss_ratio"] = round(hi["rss_tree_mb"] / lo["rss_tree_mb"], 2)
        print(f"peak RSS at {sizes[-1]} / at {sizes[0]} articles: {results['rss_ratio']}x "
              f"(build process alone {hi['rss_main_mb'] / max(1, lo['rss_main_mb']):.2f}x)")
    results["load_after"] = load()
    print(f"load average {results['load_after']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
