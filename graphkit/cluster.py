"""Extraction on Dask distributed: the ``--engine dask`` of ``graphkit build``.

The map step runs on Dask workers, the reduce step (corpus-wide resolution) and the writing
stay with the build:

- without a scheduler address a :class:`distributed.LocalCluster` of N worker processes,
  bound to 127.0.0.1, starts and stops with the build; with one (``tcp://host:8786``) the
  build runs on that cluster's workers;
- each worker loads the spaCy pipeline once: a worker plugin loads it when the worker starts
  (a worker that is restarted loads it again), and tasks take it from the worker's cache;
- articles go to the workers in batches, as plain :class:`~graphkit.model.Article` records,
  and come back as plain :class:`~graphkit.model.DocResult` records: no spaCy object crosses
  the wire. A worker runs :func:`graphkit.build.extract_articles`, the function the
  in-process engine runs;
- a few batches per worker are in flight at a time, so memory holds those, not the corpus;
  results are handed on as they arrive, in any order (the build orders them itself);
- a task whose worker dies is run again on another worker, by Dask (up to Dask's
  ``distributed.scheduler.allowed-failures`` times).

Dask is an optional extra: ``pip install 'graphkit[dask]'``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from graphkit.errors import GraphkitError
from graphkit.model import Article, DocResult

__all__ = ["ClusterError", "extract_on_dask", "check_scheduler"]

class ClusterError(GraphkitError):
    """The Dask engine cannot run (not installed, scheduler unreachable); one line."""


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--engine dask needs Dask distributed: pip install 'graphkit[dask]'") from None
    logging.getLogger("distributed").setLevel(logging.WARNING)  # its INFO lines are not graphkit's
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                               silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="10s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None


def check_scheduler(address: str) -> int:
    """Connect to the scheduler at ``address`` and return how many workers it has.

    Raises:
        ClusterError: it cannot be reached (in one line, before the build does any work).
    """
    client, _ = _client(address, 0)
    try:
        return len(client.scheduler_info().get("workers", {}))
    finally:
        client.close()


def extract_on_dask(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    batch_size: int = 32,
    skipped: list[str] | None = None,
    errors: Any = None,
) -> Iterator[DocResult]:
    """Extract ``articles`` on Dask and yield each result as its batch comes back.

    Args:
        articles: the articles, read lazily.
        model: spaCy model name each worker loads.
        scheduler: address of a running scheduler; None starts a local cluster.
        workers: worker processes of the local cluster.
        batch_size: articles per task.
        skipped: collects the one-line reason of each article the extractor failed on.
        errors: where those lines are printed.

    Raises:
        ClusterError: Dask is not installed or the scheduler cannot be reached.
    """
    import sys
    from itertools import islice

    client, cluster = _client(scheduler, workers)
    try:
        from distributed import as_completed

        from graphkit._dask_worker import PipelinePlugin, extract_batch

        client.register_plugin(PipelinePlugin(model))
        width = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        stream = iter(articles)
        pending = as_completed()

        def submit() -> bool:
            batch = list(islice(stream, batch_size))
            if batch:
                pending.add(client.submit(extract_batch, batch, model, pure=False))
            return bool(batch)

        for _ in range(2 * width):
            if not submit():
                break
        for future in pending:
            results, failed = future.result()
            future.release()
            for reason in failed:
                if skipped is not None:
                    skipped.append(reason)
                print(f"skipped {reason}", file=errors or sys.stderr)
            yield from results
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
