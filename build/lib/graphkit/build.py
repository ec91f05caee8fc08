"""``graphkit build``: articles in; store, Turtle, HTML and JSONL out.

The build runs the rooms in order, each taking the previous one's output:
ingest -> nlp (``nlp.pipe``, batched, optionally multi-process) -> extract -> resolve (corpus)
-> kg (one named graph per article, one transaction each) -> Turtle, network view, HTML.
``relations.jsonl`` and ``entities.jsonl`` are written from the resolved records.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from graphkit.ingest import IngestError, read_articles
from graphkit.model import Actor, Article, DocResult

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["BuildReport", "build", "extract_articles"]


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped and wrote."""

    out: Path
    articles: int = 0
    relations: int = 0
    entities: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    store: str = ""
    html: Path | None = None

    def summary(self) -> str:
        """A few lines for the terminal: counts, skipped inputs, where the outputs are."""
        lines = [
            f"graphkit: {self.articles} articles, {self.relations} relations, "
            f"{self.entities} actors in {self.seconds:.1f}s",
            f"  store:     {self.store}",
            f"  relations: {self.out / 'relations.jsonl'}",
            f"  entities:  {self.out / 'entities.jsonl'}",
            f"  turtle:    {self.out / 'graph.ttl'}",
        ]
        if self.html is not None:
            lines.append(f"  graph:     {self.html.resolve()}")
        if self.skipped:
            lines.append(f"  skipped {len(self.skipped)} input(s):")
            lines.extend(f"    {reason}" for reason in self.skipped)
        return "\n".join(lines)


def build(
    paths: Iterable[str | Path],
    out: str | Path,
    *,
    model: str | None = None,
    processes: int = 1,
    batch_size: int = 32,
    store_url: str | None = None,
    top: int | None = None,
    progress: bool = True,
    html: bool = True,
    errors: TextIO | None = None,
) -> BuildReport:
    """Build the knowledge graph of the articles under ``paths`` into the folder ``out``.

    Args:
        paths: files or folders of ``.txt``/``.md`` articles or ``.jsonl`` feeds.
        out: output folder; created if needed. Holds ``store/`` (unless ``store_url``),
            ``graph.ttl``, ``graph.html``, ``relations.jsonl`` and ``entities.jsonl``.
        model: spaCy model name (default: ``$GRAPHKIT_MODEL`` or the bundled small English model).
        processes: worker processes for ``nlp.pipe``.
        batch_size: articles per ``nlp.pipe`` batch.
        store_url: a SPARQL 1.1 endpoint to write into instead of the embedded store.
        top: keep only the N most active actors in the HTML view.
        progress: show a progress bar on stderr.
        html: write ``graph.html``.
        errors: where to print one line per skipped input (default stderr).

    Returns:
        A :class:`BuildReport`; ``report.skipped`` lists every input that was not used.
    """
    from graphkit.nlp import load_pipeline, model_name
    from graphkit.resolve import resolve

    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(out=out)
    errors = errors or sys.stderr

    articles: list[Article] = []
    for item in read_articles(paths):
        if isinstance(item, IngestError):
            report.skipped.append(str(item))
            print(f"skipped {item}", file=errors)
        else:
            articles.append(item)

    nlp = load_pipeline(model)
    results = list(_progress(extract_articles(nlp, articles, processes=processes, batch_size=batch_size,
                                              skipped=report.skipped, errors=errors),
                             total=len(articles), enabled=progress))
    actors = {actor.id: actor for actor in resolve(results)}
    report.articles = len(results)
    report.entities = len(actors)
    report.relations = _write_records(out, results, actors)
    report.store, report.html = _write_graph(out, results, actors, model=model_name(model), store_url=store_url,
                                             top=top, html=html)
    report.seconds = time.perf_counter() - started
    return report


def extract_articles(
    nlp: Language,
    articles: Sequence[Article],
    *,
    processes: int = 1,
    batch_size: int = 32,
    skipped: list[str] | None = None,
    errors: TextIO | None = None,
) -> Iterator[DocResult]:
    """Stream articles through ``nlp.pipe`` and yield each one's extraction.

    An article the extractor fails on is reported (file and error) and left out; the rest go on.
    """
    from graphkit.extract import extract

    pairs = ((article.text, article) for article in articles)
    for doc, article in _parsed(nlp, pairs, batch_size=batch_size, processes=processes):
        try:
            yield extract(doc, article)
        except Exception as exc:  # a bug in one article's extraction must not lose the others
            reason = f"{article.path or article.id}: extraction failed ({type(exc).__name__}: {exc})"
            if skipped is not None:
                skipped.append(reason)
            print(f"skipped {reason}", file=errors or sys.stderr)


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def _parsed(nlp: Language, pairs: Iterator[tuple[str, Article]], *, batch_size: int,
            processes: int) -> Iterator[tuple[Any, Article]]:
    """``nlp.pipe`` as tuples, parsing ahead of the consumer.

    With one process the parse runs in a thread: spaCy's parser and the matrix products of its
    models release the GIL, so extracting one batch overlaps with parsing the next. With
    several processes spaCy's own workers parse while this process extracts.
    """
    if processes != 1:
        yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=processes)
        return
    done = object()
    stop = threading.Event()
    ahead: queue.Queue[Any] = queue.Queue(maxsize=2 * batch_size)

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                if not put(item):
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            put(_Failure(exc))
        finally:
            put(done)

    worker = threading.Thread(target=produce, name="graphkit-parse", daemon=True)
    worker.start()
    try:
        while (item := ahead.get()) is not done:
            if isinstance(item, _Failure):
                raise item.exc
            yield item
    finally:
        stop.set()
        worker.join()


def _progress(items: Iterable[DocResult], *, total: int, enabled: bool) -> Iterator[DocResult]:
    if not enabled:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("articles", total=total)
        for item in items:
            yield item
            bar.advance(task)


def _write_records(out: Path, results: list[DocResult], actors: dict[str, Actor]) -> int:
    from graphkit.records import entity_record, relation_record, write_jsonl

    relations = (relation_record(rel, actors) for result in results for rel in result.relations)
    count = write_jsonl(out / "relations.jsonl", relations)
    write_jsonl(out / "entities.jsonl", (entity_record(actor) for actor in actors.values()))
    return count


def _write_graph(
    out: Path,
    results: list[DocResult],
    actors: dict[str, Actor],
    *,
    model: str,
    store_url: str | None,
    top: int | None,
    html: bool,
) -> tuple[str, Path | None]:
    """Write the store (one transaction per article), then the Turtle and HTML views of it."""
    from graphkit import __version__
    from graphkit.kg import RemoteStore, RunInfo, open_store

    run = RunInfo(version=__version__, model=model, started=datetime.now(UTC).isoformat())
    store = RemoteStore(store_url) if store_url else open_store(out / "store")
    with store:
        store.write_actors(actors)
        for result in results:
            store.write_article(result, actors, run=run)
        # Oxigraph serialises without the GIL: the Turtle is written while the HTML is drawn
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphkit-ttl") as pool:
            turtle = pool.submit(_write_turtle, store, out / "graph.ttl")
            page = None
            if html:
                from graphkit.network import from_store
                from graphkit.viz import render_html

                page = render_html(from_store(store), out / "graph.html", top=top)
            turtle.result()
    return (store_url or str(out / "store")), page


def _write_turtle(store: Any, path: Path) -> None:
    """The whole graph as Turtle, written atomically."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(store.serialize("ttl"))
    os.replace(tmp, path)
