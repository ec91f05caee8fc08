"""Throughput of ``graphkit build`` against bare spaCy on the same texts, in one run.

The sample articles are repeated (each copy its own article id) to a corpus of a few hundred
articles and written as one JSONL feed. Then, alternating, several rounds of:

* bare:  ``spacy.load(model)`` and ``list(nlp.pipe(texts, batch_size=B))``;
* build: ``graphkit.build.build(feed, out)``: ingest, parse, extract, resolve, store, Turtle, HTML.

It prints articles/s for both and the ratio build/bare (target: >= 0.9) from the median round.

    python bench/bench_build.py [--articles 300] [--rounds 3] [--model NAME] [--processes 1]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_feed(path: Path, n: int) -> list[str]:
    """Write ``n`` articles (copies of the samples) to a JSONL feed; return their texts."""
    samples = sorted((ROOT / "data" / "articles").glob("*.txt"))
    texts = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            sample = samples[i % len(samples)]
            text = sample.read_text(encoding="utf-8")
            fh.write(json.dumps({"id": f"{sample.stem}-{i:04d}", "text": text}) + "\n")
            texts.append(text)
    return texts


def time_bare(model: str, texts: list[str], *, batch_size: int, processes: int) -> float:
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(model)
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - start


def time_build(feed: Path, out: Path, model: str, *, batch_size: int, processes: int) -> float:
    from graphkit.build import build

    start = time.perf_counter()
    report = build([feed], out, model=model, batch_size=batch_size, processes=processes, progress=False)
    elapsed = time.perf_counter() - start
    assert not report.skipped, report.skipped
    return elapsed


def main() -> None:
    from graphkit.nlp import model_name

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    model = model_name(args.model)

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        texts = make_feed(feed, args.articles)
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} articles, {words:,} words; model {model}; "
              f"batch {args.batch_size}; processes {args.processes}")
        time_bare(model, texts[:20], batch_size=args.batch_size, processes=1)  # warm caches
        bare, built = [], []
        for r in range(args.rounds):
            bare.append(time_bare(model, texts, batch_size=args.batch_size, processes=args.processes))
            built.append(time_build(feed, Path(tmp) / f"out{r}", model, batch_size=args.batch_size,
                                    processes=args.processes))
            print(f"round {r + 1}: bare spaCy {bare[-1]:.2f}s, graphkit build {built[-1]:.2f}s, "
                  f"ratio {bare[-1] / built[-1]:.3f}")
    n = len(texts)
    b, g = statistics.median(bare), statistics.median(built)
    print(f"bare spaCy nlp.pipe : {n / b:8.2f} articles/s  (median {b:.2f}s)")
    print(f"graphkit build      : {n / g:8.2f} articles/s  (median {g:.2f}s)")
    ratios = [x / y for x, y in zip(bare, built, strict=True)]
    print(f"ratio build / bare  : {b / g:8.3f}  (target >= 0.9; per round {min(ratios):.3f} to {max(ratios):.3f})")


if __name__ == "__main__":
    main()
