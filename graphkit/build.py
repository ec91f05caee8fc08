"""``graphkit build``: articles in; store, Turtle, HTML and JSONL out.

The build runs in stages, each taking the previous one's output:

1. check: options, the output folder (writable, not a file) and a remote store (reachable),
   before any expensive work; then the folder's lock (one build at a time) and the model.
2. ingest: files, folders and feeds into articles (bad inputs reported, one line each).
3. extract: ``nlp.pipe`` (batched, optionally multi-process) and the extractors.
4. resolve: actors merged across articles.
5. write, aside, into a fresh build folder: ``relations.jsonl`` and ``entities.jsonl``, the
   store (one named graph per article, then compacted), ``graph.ttl`` and ``graph.html``.
6. switch: the new build becomes the folder's current one at once (see :mod:`graphkit.folder`).

A rebuild into an existing folder replaces it whole. An interrupted build leaves the previous
complete build in place, and every command that reads the folder says so.
"""

from __future__ import annotations

import logging
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

from graphkit.errors import GraphkitError
from graphkit.ingest import IngestError, IngestWarning, read_articles
from graphkit.model import Actor, Article, DocResult

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["BuildError", "BuildReport", "build", "extract_articles", "HOLD_ENV"]

log = logging.getLogger("graphkit.build")
_STARTED = [time.perf_counter()]  # when the running build started, for --verbose

#: Environment variable naming a stage at which a build stops and waits to be killed: the
#: fault-injection point the tests use to interrupt builds at chosen places.
HOLD_ENV = "GRAPHKIT_HOLD_AT"


class BuildError(GraphkitError, RuntimeError):
    """A build cannot run (bad option, missing model, unreachable store); one line."""


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped and wrote."""

    out: Path
    articles: int = 0
    relations: int = 0
    entities: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: event dates left empty because the text names a bad one, one line each.
    date_notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    store: str = ""
    html: Path | None = None

    def summary(self) -> str:
        """A few lines for the terminal: counts, where the outputs are, what was skipped.

        Skipped inputs and warnings were printed one line each as they were found; the
        summary counts them.
        """
        lines = [
            f"graphkit: {self.articles} articles, {self.relations} relations, "
            f"{self.entities} actors in {self.seconds:.1f}s",
            f"  store:     {self.store}",
            f"  relations: {self.out / 'relations.jsonl'}",
            f"  entities:  {self.out / 'entities.jsonl'}",
            f"  turtle:    {self.out / 'graph.ttl'}",
        ]
        if self.html is not None:
            lines.append(f"  graph:     {self.html.absolute()}")
        if self.skipped:
            lines.append(f"  skipped {len(self.skipped)} input(s) (listed above)")
        if self.warnings:
            lines.append(f"  {len(self.warnings)} warning(s) (listed above)")
        lines.extend(_date_lines(self.date_notes))
        return "\n".join(lines)


#: At most this many bad event dates are listed in the summary; the rest are counted.
MAX_DATE_NOTES = 20


def _date_lines(notes: list[str]) -> list[str]:
    """The summary's lines on bad event dates: a count, the first few, how many more."""
    if not notes:
        return []
    lines = [f"  {len(notes)} bad event date(s) left empty:"]
    lines.extend(f"    {note}" for note in notes[:MAX_DATE_NOTES])
    if len(notes) > MAX_DATE_NOTES:
        lines.append(f"    ... and {len(notes) - MAX_DATE_NOTES} more")
    return lines


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
    show_warnings: bool = True,
    date: str | None = None,
) -> BuildReport:
    """Build the knowledge graph of the articles under ``paths`` into the folder ``out``.

    Args:
        paths: files or folders of ``.txt``/``.md`` articles or ``.jsonl`` feeds. Build
            folders inside them (this build's own ``out`` too) and hidden folders are not read.
        out: output folder; created if needed. Shows ``store/`` (unless ``store_url``),
            ``graph.ttl``, ``graph.html``, ``relations.jsonl`` and ``entities.jsonl``, each
            replaced whole, at once, when the build completes.
        model: spaCy model name (default: ``$GRAPHKIT_MODEL`` or the bundled small English model).
        processes: worker processes for ``nlp.pipe`` (1 or more).
        batch_size: articles per ``nlp.pipe`` batch (1 or more).
        store_url: a SPARQL 1.1 endpoint to write into instead of the embedded store.
        top: keep only the N most active actors in the HTML view (1 or more).
        progress: show a progress bar on stderr.
        html: write ``graph.html``.
        errors: where to print one line per skipped input or warning (default stderr).
        show_warnings: print warnings (a refused date, an unread script), not only skipped inputs.
        date: ``YYYY-MM-DD``, the date of every article that gives none (a folder of undated
            files); it also gives its year to a dateline that has none.

    Returns:
        A :class:`BuildReport`; ``report.skipped`` lists every input that was not used,
        ``report.date_notes`` every event date left empty.

    Raises:
        BuildError: a bad option, a missing model or an unreachable store, before any work.
        graphkit.folder.FolderError: ``out`` cannot be written, or another build holds it.
    """
    from graphkit.folder import BuildFolder

    started = _STARTED[0] = time.perf_counter()
    _check_options(processes=processes, batch_size=batch_size, top=top)
    _check_date(date)
    folder = BuildFolder(out)
    folder.check()
    remote = _remote_store(store_url) if store_url else None
    report = BuildReport(out=folder.out)
    errors = errors or sys.stderr
    with folder.lock():
        stage = folder.stage()  # from now on readers know a build is running (or was interrupted)
        _checkpoint("locked")
        nlp, model_name = _load_model(model)
        articles = _ingest(paths, folder.out, report, errors if show_warnings else None)
        _dated(articles, date)
        results = list(_progress(extract_articles(nlp, articles, processes=processes, batch_size=batch_size,
                                                  skipped=report.skipped, errors=errors),
                                 total=len(articles), enabled=progress))
        _checkpoint("extracted")
        report.date_notes.extend(note for result in results for note in result.date_notes)
        actors = _resolve(results)
        report.articles, report.entities = len(results), len(actors)
        report.relations = _write_records(stage, results, actors)
        _checkpoint("records")
        report.store, page = _write_graph(stage, results, actors, model=model_name, remote=remote,
                                          top=top, html=html)
        _checkpoint("written")
        folder.commit(stage, {"articles": report.articles, "relations": report.relations,
                              "actors": report.entities, "model": model_name, "store_url": store_url,
                              "skipped": len(report.skipped), "inputs": [str(p) for p in paths]})
    report.store = store_url or str(folder.out / "store")
    report.html = folder.out / "graph.html" if page is not None else None
    report.seconds = time.perf_counter() - started
    return report


def _check_options(*, processes: int, batch_size: int, top: int | None) -> None:
    for name, value in (("--processes", processes), ("--batch-size", batch_size), ("--top", top)):
        if value is not None and value < 1:
            raise BuildError(f"{name} must be 1 or more (got {value})")


def _check_date(value: str | None) -> None:
    from graphkit.dates import iso_date

    if value is not None and (len(value) != 10 or iso_date(value) is None):
        raise BuildError(f"--date {value!r} is not a date; give YYYY-MM-DD")


def _dated(articles: list[Article], fallback: str | None) -> None:
    """Date the articles that give no date of their own from ``fallback``."""
    from graphkit.ingest import settle_date

    if fallback:
        for article in articles:
            if article.date is None:
                settle_date(article, fallback=fallback)


def _remote_store(url: str) -> Any:
    """The remote store, checked reachable before any work."""
    from graphkit.kg import RemoteStore, StoreError

    try:
        store = RemoteStore(url)
        store.rows("SELECT * WHERE { } LIMIT 1")
    except StoreError as exc:
        raise BuildError(str(exc)) from None
    return store


def _load_model(model: str | None) -> tuple[Language, str]:
    from graphkit.nlp import load_pipeline, model_name

    try:
        return load_pipeline(model), model_name(model)
    except RuntimeError as exc:  # a missing model says what to install
        raise BuildError(str(exc)) from None


def _ingest(paths: Iterable[str | Path], out: Path, report: BuildReport,
            errors: TextIO | None) -> list[Article]:
    """Read the inputs; print each skipped input (and, with ``errors``, each warning) once."""
    articles: list[Article] = []
    for item in read_articles(paths, exclude=[out]):
        if isinstance(item, IngestWarning):
            report.warnings.append(str(item))
            if errors is not None:
                print(f"warning: {item}", file=errors)
        elif isinstance(item, IngestError):
            report.skipped.append(str(item))
            print(f"skipped {item}", file=errors or sys.stderr)
        else:
            articles.append(item)
    _checkpoint("ingested")
    return articles


def _resolve(results: list[DocResult]) -> dict[str, Actor]:
    from graphkit.resolve import resolve

    return {actor.id: actor for actor in resolve(results)}


def _checkpoint(stage: str, *, say: bool = True) -> None:
    """Log the stage; hold here until killed when ``$GRAPHKIT_HOLD_AT`` names it (tests)."""
    if say:
        log.info("build: %s (%.1fs)", stage, time.perf_counter() - _STARTED[0])
    if os.environ.get(HOLD_ENV) == stage:
        print(f"graphkit: holding at {stage}", file=sys.stderr, flush=True)
        while True:
            time.sleep(3600)


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
    stage: Path,
    results: list[DocResult],
    actors: dict[str, Actor],
    *,
    model: str,
    remote: Any,
    top: int | None,
    html: bool,
) -> tuple[str, Path | None]:
    """Write the store (one transaction per article, then compacted), then its Turtle and HTML."""
    from graphkit import __version__
    from graphkit.kg import RunInfo, open_store
    from graphkit.kg.store import compact_store

    run = RunInfo(version=__version__, model=model, started=datetime.now(UTC).isoformat())
    store = remote if remote is not None else open_store(stage / "store")
    with store:
        store.write_actors(actors)
        half = len(results) // 2
        for i, result in enumerate(results):
            store.write_article(result, actors, run=run)
            if i == half:
                store.flush()
                _checkpoint("store-half", say=False)
        if remote is None:
            store.optimize()
        _checkpoint("store")
        # Oxigraph serialises without the GIL: the Turtle is written while the HTML is drawn
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphkit-ttl") as pool:
            turtle = pool.submit(_write_turtle, store, stage / "graph.ttl")
            page = None
            if html:
                from graphkit.network import from_store
                from graphkit.viz import render_html

                page = render_html(from_store(store), stage / "graph.html", top=top)
            turtle.result()
    if remote is None:
        compact_store(stage / "store")
    return (remote.url if remote is not None else str(stage / "store")), page


def _write_turtle(store: Any, path: Path) -> None:
    """The whole graph as Turtle."""
    path.write_bytes(store.serialize("ttl"))
