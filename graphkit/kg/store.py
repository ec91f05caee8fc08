"""The embedded knowledge store: Oxigraph on disk, one named graph per article.

``open_store(path)`` opens (or creates) a persistent Oxigraph store. Facts are written with
pyoxigraph's bulk calls on a background thread (they release the GIL, so writing overlaps with
spaCy); each article is replaced in its own transaction, so an interrupted build leaves a
usable store and rewriting an unchanged article writes nothing. ``store.dataset`` gives the
same store as an rdflib :class:`~rdflib.Dataset` (through oxrdflib) for rdflib users.

Example:
    >>> import tempfile, pathlib
    >>> from graphkit.model import Actor
    >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "store") as store:
    ...     store.write_actors([Actor("mqm", "MQM", "PoliticalParty")])
    ...     [r["label"] for r in store.rows("SELECT ?label WHERE { ?a a gk:PoliticalParty ; rdfs:label ?label }")]
    ['MQM']
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graphkit.errors import GraphkitError
from graphkit.kg.mapping import RunInfo, actors_quads, article_quads, role_quads, run_quads
from graphkit.kg.namespace import (
    ACTORS_GRAPH,
    ARTICLE_GRAPH_PREFIX,
    ONTOLOGY_GRAPH,
    PREFIXES,
    RUNS_GRAPH,
    actor_iri,
    graph_iri,
)
from graphkit.kg.sparql import Binding, bind_values, to_python
from graphkit.model import Actor, DocResult

__all__ = ["StoreError", "KnowledgeStore", "open_store", "open_build_store", "compact_store", "RDF_FORMATS",
           "ontology_files"]

#: Serialisation formats of :meth:`KnowledgeStore.serialize`; True when named graphs are kept.
RDF_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "xml": (ox.RdfFormat.RDF_XML, False),
}
_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq",
            "n-quads": "nq", "json-ld": "jsonld", "rdf": "xml", "rdfxml": "xml"}
_MAX_PENDING = 64


class StoreError(GraphkitError):
    """A store cannot be opened or written; the message is one line for the user."""


def ontology_files() -> list[Path]:
    """The ontology files loaded into every store: graphkit.ttl and relations.ttl."""
    try:
        from graphkit.vocab import ontology_dir

        folder = Path(ontology_dir())
    except ImportError:
        folder = Path(__file__).resolve().parents[2] / "ontologies"
    return [p for p in (folder / "graphkit.ttl", folder / "relations.ttl") if p.exists()]


def open_store(path: Path | str, *, read_only: bool = False) -> KnowledgeStore:
    """Open the persistent store at ``path``, creating it unless ``read_only``.

    Args:
        path: the store folder (``out/store``).
        read_only: open without write access; several readers may share a store.

    Raises:
        StoreError: the folder is not a store, or another process is writing it.
    """
    path = Path(path)
    try:
        if read_only:
            if not (path / "CURRENT").is_file():
                raise StoreError(f"{path}: no store here; run `graphkit build` first")
            inner = ox.Store.read_only(str(path))
        else:
            inner = ox.Store(str(path))
    except OSError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "lock" in first.lower():
            raise StoreError(f"{path}: the store is open in another process; close it "
                             "(or stop `graphkit serve`) and retry") from None
        raise StoreError(f"{path}: cannot open the store ({first})") from None
    return KnowledgeStore(inner, path=path, read_only=read_only)


def compact_store(path: Path | str) -> None:
    """Flush and compact the store at ``path`` and drop its write log, so that readers open
    it without replaying the log (the writer must have closed it).

    Oxigraph deletes a write log it no longer needs when the store is next opened for
    writing: opening it once more here does that for the readers.
    """
    store = open_store(path)
    try:
        store.optimize()
    finally:
        store.close()


def open_build_store(path: Path | str) -> Any:
    """The store of a build, opened for reading: its embedded store, or the remote store it was
    written into. ``path`` is a build folder (its last complete build is read; an interrupted
    or running build is reported as a warning) or a store folder.

    Raises:
        StoreError: the store cannot be opened.
        graphkit.folder.FolderError: the folder holds no complete build.
    """
    import logging

    from graphkit.folder import snapshot

    path = Path(path)
    if (path / "CURRENT").is_file():
        return open_store(path, read_only=True)
    snap = snapshot(path)
    for line in snap.warnings:
        logging.getLogger("graphkit").warning("warning: %s", line)
    if snap.store_url:
        from graphkit.kg.remote import RemoteStore

        return RemoteStore(snap.store_url)
    return open_store(snap.store, read_only=True)


class KnowledgeStore:
    """A graphkit knowledge graph in an Oxigraph store (on disk or in memory).

    Args:
        inner: the pyoxigraph store; ``None`` makes a fresh in-memory store.
        path: where it lives, for messages.
        read_only: refuse writes.
    """

    def __init__(self, inner: ox.Store | None = None, *, path: Path | None = None,
                 read_only: bool = False) -> None:
        self._ox: ox.Store | None = inner if inner is not None else ox.Store()
        self.path = path
        self.read_only = read_only
        self._dataset: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        self._lock = threading.Lock()
        self._runs: set[str] = set()
        self._roles: set[str] = set()
        self._ontology_done = False

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        self.flush()
        return len(self.oxigraph)

    def __repr__(self) -> str:
        return f"KnowledgeStore({str(self.path) if self.path else 'memory'!r})"

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store`."""
        if self._ox is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._ox

    @property
    def dataset(self) -> Any:
        """The store as an rdflib ``Dataset`` (default graph = union of all graphs)."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore
            from rdflib import Dataset

            self.flush()
            self._dataset = Dataset(store=OxigraphStore(store=self.oxigraph), default_union=True)
            for prefix, ns in PREFIXES.items():
                self._dataset.bind(prefix, ns)
        return self._dataset

    def flush(self) -> None:
        """Wait for every pending write; re-raise the first that failed. Safe to call from
        several threads at once (each returns only when all writes submitted so far are done)."""
        with self._lock:
            pending = list(self._pending)
        for fut in pending:
            fut.result()
        with self._lock:
            done = set(pending)
            self._pending = [f for f in self._pending if f not in done]

    def optimize(self) -> None:
        """Finish pending writes, flush them out of the write log and compact the store, so
        readers open it without replaying the log."""
        self.flush()
        self.oxigraph.flush()
        self.oxigraph.optimize()

    def close(self) -> None:
        """Finish pending writes and release the store (its lock) so others can open it."""
        if self._ox is None:
            return
        try:
            self.flush()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None
            self._ox = None
            self._dataset = None
            gc.collect()

    # -- writing -----------------------------------------------------------------------------
    def _submit(self, fn: Any, *args: Any) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphkit-store")
        with self._lock:
            self._pending.append(self._pool.submit(fn, *args))
            oldest = self._pending[0] if len(self._pending) > _MAX_PENDING else None
        if oldest is not None:
            oldest.result()
            with self._lock:
                if self._pending and self._pending[0] is oldest:
                    self._pending.pop(0)

    def write_ontology(self) -> None:
        """(Re)load the ontology files into their own named graph."""
        files = ontology_files()

        def load() -> None:
            store, g = self.oxigraph, ox.NamedNode(ONTOLOGY_GRAPH)
            store.clear_graph(g)
            for f in files:
                store.load(path=str(f), format=ox.RdfFormat.TURTLE, to_graph=g)

        self._submit(load)
        self._ontology_done = True

    def write_actors(self, actors: Mapping[str, Actor] | Iterable[Actor]) -> None:
        """Insert or update resolved actors in the actors graph (others are left alone)."""
        if not self._ontology_done:
            self.write_ontology()
        items, quads = actors_quads(actors)
        subjects = [ox.NamedNode(actor_iri(a.id)) for a in items]
        self._submit(self._replace, ox.NamedNode(ACTORS_GRAPH), quads, subjects)

    def write_article(self, result: DocResult, actors: Mapping[str, Actor], *,
                      run: RunInfo) -> None:
        """Replace the named graph of ``result.article`` with its facts (one transaction).

        Writing the same result again changes nothing; writing a changed result leaves
        exactly the new facts. Returns at once: the write finishes in the background
        (``flush``/``close`` wait for it).
        """
        if not self._ontology_done:
            self.write_ontology()
        if run.iri not in self._runs:
            self._runs.add(run.iri)
            rq = run_quads(run)
            self._submit(self._replace, rq[0].graph_name, rq, [rq[0].subject])
        roles = [q for q in role_quads(result) if str(q.subject) not in self._roles]
        if roles:
            self._roles.update(str(q.subject) for q in roles)
            self._submit(self.oxigraph.extend, roles)
        graph, quads = article_quads(result, actors, run=run)
        self._submit(self._replace, graph, quads, None)

    def remove_article(self, doc_id: str) -> None:
        """Delete the named graph of article ``doc_id``."""
        self._submit(self.oxigraph.remove_graph, ox.NamedNode(graph_iri(doc_id)))

    def _replace(self, graph: ox.NamedNode, quads: list[ox.Quad],
                 subjects: list[ox.NamedNode] | None) -> None:
        """Make ``graph`` (or its triples about ``subjects``) equal ``quads``."""
        store = self.oxigraph
        if subjects is None:
            if not store.contains_named_graph(graph):
                store.extend(quads)
                return
            old = set(store.quads_for_pattern(None, None, None, graph))
        else:
            old = {q for s in subjects for q in store.quads_for_pattern(s, None, None, graph)}
        new = set(quads)
        added = [q for q in quads if q not in old]
        if added:
            store.extend(added)
        stale = [ox.Triple(q.subject, q.predicate, q.object) for q in old - new]
        if stale:
            body = (ox.serialize(stale, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
            store.update(f"DELETE DATA {{ GRAPH {graph} {{ {body} }} }}")

    # -- reading -----------------------------------------------------------------------------
    def articles(self) -> list[str]:
        """The ids of the articles in the store, sorted."""
        from urllib.parse import unquote

        self.flush()
        n = len(ARTICLE_GRAPH_PREFIX)
        return sorted(unquote(g.value[n:]) for g in self.oxigraph.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_GRAPH_PREFIX))

    def query(self, sparql: str, *, bindings: Mapping[str, Binding] | None = None) -> Any:
        """Run SPARQL over the union of all graphs, with graphkit's prefixes predeclared.

        Returns:
            pyoxigraph ``QuerySolutions`` (SELECT), ``QueryBoolean`` (ASK) or
            ``QueryTriples`` (CONSTRUCT/DESCRIBE).
        """
        self.flush()
        return self.oxigraph.query(bind_values(sparql, bindings), prefixes=PREFIXES,
                                   use_default_graph_as_union=True)

    def rows(self, sparql: str, *,
             bindings: Mapping[str, Binding] | None = None) -> list[dict[str, Any]]:
        """A SELECT query's solutions as dicts of Python values (unbound variables omitted)."""
        solutions = self.query(sparql, bindings=bindings)
        names = [v.value for v in solutions.variables]
        out = []
        for sol in solutions:
            out.append({n: to_python(sol[n]) for n in names if sol[n] is not None})
        return out

    def quads(self, *, ontology: bool = False) -> Iterable[ox.Quad]:
        """Every quad of the store (the ontology graph only when asked)."""
        self.flush()
        onto = ox.NamedNode(ONTOLOGY_GRAPH)
        for q in self.oxigraph.quads_for_pattern(None, None, None, None):
            if ontology or q.graph_name != onto:
                yield q

    def graphs(self, *, ontology: bool = False) -> list[ox.NamedNode]:
        """The named graphs in export order: ontology (if asked), actors, runs, articles by id."""
        self.flush()
        first = ([ONTOLOGY_GRAPH] if ontology else []) + [ACTORS_GRAPH, RUNS_GRAPH]
        names = {g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
        rest = sorted(names - set(first) - {ONTOLOGY_GRAPH})
        return [ox.NamedNode(g) for g in first + rest if g in names]

    def triples(self, *, ontology: bool = False) -> Iterable[ox.Triple]:
        """Every triple, graph after graph (see :meth:`graphs`), grouped by subject in each."""
        for g in self.graphs(ontology=ontology):
            for q in self.oxigraph.quads_for_pattern(None, None, None, g):
                yield ox.Triple(q.subject, q.predicate, q.object)

    def serialize(self, fmt: str = "ttl", *, ontology: bool = False) -> bytes:
        """The store in an RDF format.

        ``ttl``, ``nt`` and ``xml`` merge all graphs (graph after graph: actors, runs, then
        one block per article; a triple stated in several articles appears in each block);
        ``trig``, ``nq`` and ``jsonld`` keep the named graphs.

        Args:
            fmt: ``ttl``, ``nt``, ``xml``, ``trig``, ``nq`` or ``jsonld``.
            ontology: include the ontology graph.

        Raises:
            StoreError: unknown format.
        """
        key = _ALIASES.get(fmt.lower(), fmt.lower())
        if key not in RDF_FORMATS:
            raise StoreError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
        rdf_format, keep_graphs = RDF_FORMATS[key]
        prefixes = PREFIXES if rdf_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else None
        graphs = self.graphs(ontology=ontology)
        if keep_graphs:
            quads = (q for g in graphs for q in self.oxigraph.quads_for_pattern(None, None, None, g))
            return ox.serialize(quads, format=rdf_format, prefixes=prefixes) or b""
        if rdf_format not in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
            return ox.serialize(self.triples(ontology=ontology), format=rdf_format,
                                prefixes=prefixes) or b""
        return _concat_dumps(self.oxigraph, graphs, rdf_format, prefixes)


def _concat_dumps(store: ox.Store, graphs: list[ox.NamedNode], rdf_format: ox.RdfFormat,
                  prefixes: dict[str, str] | None) -> bytes:
    """Turtle or N-Triples of several graphs, each dumped by Oxigraph; prefixes stated once and
    each Turtle block headed by a comment naming its graph."""
    chunks = []
    for i, g in enumerate(graphs):
        data = store.dump(format=rdf_format, from_graph=g, prefixes=prefixes) or b""
        pos = 0
        while data.startswith(b"@prefix ", pos):
            pos = data.index(b"\n", pos) + 1
        if i == 0:
            chunks.append(data[:pos])
        if rdf_format is ox.RdfFormat.TURTLE:
            chunks.append(f"\n# graph <{g.value}>\n".encode())
        chunks.append(data[pos:])
    return b"".join(chunks)
