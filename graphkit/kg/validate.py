"""Validating a build against the SHACL shapes in ``ontologies/shapes.ttl`` (pySHACL).

The data graph is the union of the store's graphs; the ontology is mixed in so that
``sh:class gk:Actor`` accepts a ``gk:Person``. The report lists one violation a line:
the node, the property and what is wrong.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["shapes_file", "validate_graph", "validate_build"]

_MAX_LINES = 50


def shapes_file() -> Path:
    """The SHACL shapes file next to the ontology."""
    from graphkit.kg.store import ontology_files

    files = ontology_files()
    folder = files[0].parent if files else Path(__file__).resolve().parents[2] / "ontologies"
    return folder / "shapes.ttl"


@lru_cache(maxsize=1)
def _ontology() -> Any:
    from rdflib import Graph

    from graphkit.kg.store import ontology_files

    g = Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    return g


def validate_graph(data: Any) -> tuple[bool, str]:
    """Validate an rdflib graph of graphkit data.

    Returns:
        ``(conforms, report)``: the report has one line per violation (at most 50).
    """
    conforms, lines = _check(data)
    if conforms:
        return True, f"conforms: {len(data)} triples satisfy the graphkit shapes ({shapes_file().name})"
    return False, _report(lines)


def _report(lines: list[str]) -> str:
    head = f"does not conform: {len(lines)} violation{'s' if len(lines) != 1 else ''}"
    more = [f"  ... and {len(lines) - _MAX_LINES} more"] if len(lines) > _MAX_LINES else []
    return "\n".join([head] + [f"  {line}" for line in lines[:_MAX_LINES]] + more)


@lru_cache(maxsize=1)
def _shapes() -> Any:
    from rdflib import Graph

    return Graph().parse(shapes_file(), format="turtle")


def _violations(results: Any, data: Any) -> list[str]:
    from rdflib import URIRef
    from rdflib.namespace import SH

    from graphkit.kg.namespace import PREFIXES

    def short(term: Any) -> str:
        if term is None:
            return "-"
        if isinstance(term, URIRef):
            for prefix, ns in PREFIXES.items():
                if str(term).startswith(ns):
                    return f"{prefix}:{str(term)[len(ns):]}"
            return f"<{term}>"
        text = str(term)
        return repr(text if len(text) < 60 else text[:57] + "...")

    out = []
    for r in results.subjects(predicate=SH.resultSeverity):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        message = results.value(r, SH.resultMessage) or results.value(r, SH.sourceConstraintComponent)
        where = f"{short(focus)} {short(path)}" if path is not None else short(focus)
        shown = f" (value {short(value)})" if value is not None and value != focus else ""
        out.append(f"{where}: {message}{shown}")
    return sorted(out)


def validate_build(out_dir: str | Path, *, progress: bool = False, chunk: int = 100) -> tuple[bool, str]:
    """Validate the store of the build in ``out_dir``.

    The embedded store is validated in parts, so that progress can be shown and memory stays
    small: first the actors and runs graphs, then ``chunk`` articles at a time, each with the
    descriptions of the actors, roles and runs it refers to. A remote store is validated whole.

    Args:
        out_dir: a build folder (or its store folder).
        progress: show a progress bar on stderr.
        chunk: articles per part.

    Returns:
        ``(conforms, report_text)``.
    """
    import logging

    from graphkit.kg.store import KnowledgeStore, open_build_store

    logging.getLogger("rdflib.term").setLevel(logging.ERROR)  # ill-typed literals are violations, not tracebacks
    with open_build_store(out_dir) as store:
        if not isinstance(store, KnowledgeStore):
            return validate_graph(_graph(store.serialize("nt")))
        parts = _parts(store, chunk)
        total = sum(n for _, n in parts)
        conforms, lines = True, set()
        triples = sum(1 for _ in store.quads())
        with _bar(progress, total) as advance:
            for part, n in parts:
                data = _graph(part())
                ok, found = _check(data)
                conforms = conforms and ok
                lines.update(found)
                advance(n)
    if conforms:
        return True, f"conforms: {triples} triples satisfy the graphkit shapes ({shapes_file().name})"
    return False, _report(sorted(lines))


def _graph(ntriples: bytes) -> Any:
    from rdflib import Graph

    return Graph().parse(data=ntriples, format="nt")


def _check(data: Any) -> tuple[bool, list[str]]:
    from pyshacl import validate

    conforms, results, _ = validate(data, shacl_graph=_shapes(), ont_graph=_ontology(),
                                    inference="none", advanced=True, allow_warnings=True)
    return bool(conforms), ([] if conforms else _violations(results, data))


def _parts(store: Any, chunk: int) -> list[tuple[Any, int]]:
    """The store in parts: callables giving N-Triples, with the number of articles in each."""
    import pyoxigraph as ox

    from graphkit.kg.namespace import ACTORS_GRAPH, ARTICLE_GRAPH_PREFIX, RUNS_GRAPH

    inner = store.oxigraph
    shared = [ox.NamedNode(ACTORS_GRAPH), ox.NamedNode(RUNS_GRAPH)]
    graphs = [g for g in store.graphs() if g.value.startswith(ARTICLE_GRAPH_PREFIX)]

    def triples(quads: Any) -> bytes:
        return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                            format=ox.RdfFormat.N_TRIPLES) or b""

    def head() -> bytes:
        return triples(q for g in shared for q in inner.quads_for_pattern(None, None, None, g))

    def articles(batch: list[Any]) -> Any:
        def make() -> bytes:
            own = [q for g in batch for q in inner.quads_for_pattern(None, None, None, g)]
            named = {t for q in own for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
            about = [q for t in named for g in shared for q in inner.quads_for_pattern(t, None, None, g)]
            return triples(own + about)
        return make

    return [(head, 0)] + [(articles(graphs[i:i + chunk]), len(graphs[i:i + chunk]))
                          for i in range(0, len(graphs), chunk)]


class _bar:
    """A progress bar over articles on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled, self.total = enabled, total
        self._progress: Any = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("validating articles"), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._progress.__enter__()
        task = self._progress.add_task("validate", total=self.total)
        return lambda n: self._progress.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
