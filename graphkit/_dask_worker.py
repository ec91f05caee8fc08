"""What runs on a Dask worker: the pipeline plugin and the extraction task.

Imported only by the Dask engine (:mod:`graphkit.cluster`): it needs ``distributed``.
"""

from __future__ import annotations

import io
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from graphkit.model import Article, DocResult

__all__ = ["PipelinePlugin", "extract_batch", "load_cached_pipeline"]

_PIPELINES: dict[str | None, Any] = {}


def load_cached_pipeline(model: str | None) -> Any:
    """The spaCy pipeline ``model``, loaded once per process and kept."""
    if model not in _PIPELINES:
        from graphkit.nlp import load_pipeline

        _PIPELINES[model] = load_pipeline(model)
    return _PIPELINES[model]


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts (and when a restarted worker starts again).

    Args:
        model: the spaCy model name.
    """

    name = "graphkit-pipeline"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        """Load the pipeline into the worker's process."""
        load_cached_pipeline(self.model)


def extract_batch(articles: list[Article], model: str | None) -> tuple[list[DocResult], list[str]]:
    """Extract a batch with the worker's pipeline: its results, and a one-line reason for each
    article the extractor failed on. The same function as the in-process engine's."""
    from graphkit.build import extract_articles

    nlp = load_cached_pipeline(model)
    skipped: list[str] = []
    results = list(extract_articles(nlp, articles, batch_size=len(articles) or 1, skipped=skipped,
                                    errors=io.StringIO()))
    return results, skipped
