"""Writing the knowledge graph into a SPARQL 1.1 store that already runs elsewhere.

``RemoteStore(url)`` has the writing API of :class:`~graphkit.kg.store.KnowledgeStore`; each
article is one request that replaces its named graph, so rewriting is idempotent and a failed
request leaves the other articles intact. Two protocols:

- ``protocol="update"`` (default): ``url`` is the SPARQL Update endpoint; each article is
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` in one request.
- ``protocol="gsp"``: ``url`` is a Graph Store Protocol endpoint; each article is
  ``PUT url?graph=<g>`` with an N-Triples body.

Endpoints of common stores (``--store URL`` takes the update one):

=========== ============================================ =====================================
Store       update URL                                   query URL
=========== ============================================ =====================================
Oxigraph    http://host:7878/update                      http://host:7878/query
Fuseki      http://host:3030/DATASET/update              http://host:3030/DATASET/query
GraphDB     http://host:7200/repositories/REPO/statements http://host:7200/repositories/REPO
Virtuoso    http://host:8890/sparql-auth (with auth)     http://host:8890/sparql
=========== ============================================ =====================================

Credentials come from ``auth=(user, password)`` or ``user:password@`` in the URL (HTTP Basic).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit, urlunsplit
from urllib.request import Request, urlopen

import pyoxigraph as ox

from graphkit.kg.mapping import RunInfo, actors_quads, article_quads, role_quads, run_quads
from graphkit.kg.namespace import (
    ACTORS_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    RUNS_GRAPH,
    actor_iri,
    graph_iri,
)
from graphkit.kg.sparql import Binding, bind_values, to_python
from graphkit.kg.store import RDF_FORMATS, StoreError, ontology_files
from graphkit.model import BASE_IRI, Actor, DocResult

__all__ = ["RemoteStore"]

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def _default_query_url(url: str) -> str:
    """Guess the query endpoint next to an update endpoint.

    >>> _default_query_url("http://h:7878/update")
    'http://h:7878/query'
    >>> _default_query_url("http://h:7200/repositories/r/statements")
    'http://h:7200/repositories/r'
    """
    for tail, repl in (("/update", "/query"), ("/statements", ""), ("/sparql-auth", "/sparql")):
        if url.endswith(tail):
            return url[: -len(tail)] + repl
    return url


class RemoteStore:
    """A graphkit knowledge graph in a remote SPARQL 1.1 store.

    Args:
        url: the SPARQL Update endpoint (or the Graph Store endpoint with ``protocol="gsp"``).
        query_url: the SPARQL query endpoint (default: guessed from ``url``).
        protocol: ``"update"`` or ``"gsp"``.
        auth: ``(user, password)`` for HTTP Basic authentication.
        timeout: seconds per request.
    """

    def __init__(self, url: str, *, query_url: str | None = None, protocol: str = "update",
                 auth: tuple[str, str] | None = None, timeout: float = 60.0) -> None:
        if protocol not in ("update", "gsp"):
            raise StoreError(f"unknown protocol {protocol!r}; use 'update' or 'gsp'")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{url}: not an http(s) SPARQL endpoint URL")
        if parts.username and auth is None:
            auth = (parts.username, parts.password or "")
            netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
            url = urlunsplit(parts._replace(netloc=netloc))
        self.url = url
        self.query_url = query_url or _default_query_url(url)
        self.protocol = protocol
        self.timeout = timeout
        self._auth = ("Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
                      if auth else None)
        self._runs: set[str] = set()
        self._roles: set[str] = set()
        self._ontology_done = False

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: every write is its own finished request."""

    def flush(self) -> None:
        """Writes are synchronous; nothing is pending."""

    # -- HTTP --------------------------------------------------------------------------------
    def _request(self, url: str, data: bytes, content_type: str, *, method: str = "POST",
                 accept: str | None = None) -> bytes:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        if self._auth:
            headers["Authorization"] = self._auth
        req = Request(url, data=data, headers=headers, method=method)
        try:
            with urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()
            detail = f": {body[0][:200]}" if body else ""
            raise StoreError(f"{url}: HTTP {exc.code} {exc.reason}{detail}") from None
        except (URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL store ({reason})") from None

    def update(self, sparql: str) -> None:
        """Send one SPARQL Update request."""
        self._request(self.url, urlencode({"update": sparql}).encode("utf-8"),
                      "application/x-www-form-urlencoded")

    def _put_graph(self, graph: str, quads: list[ox.Quad], *, merge: bool = False) -> None:
        body = _ntriples(quads)
        if self.protocol == "gsp":
            target = f"{self.url}{'&' if '?' in self.url else '?'}graph={quote(graph, safe='')}"
            self._request(target, body, "application/n-triples", method="POST" if merge else "PUT")
        else:
            drop = "" if merge else f"DROP SILENT GRAPH <{graph}> ;\n"
            self.update(f"{drop}INSERT DATA {{ GRAPH <{graph}> {{\n{body.decode('utf-8')}}} }}")

    # -- writing -----------------------------------------------------------------------------
    def write_ontology(self) -> None:
        """Replace the ontology graph with ``graphkit.ttl`` and ``relations.ttl``."""
        g = ox.NamedNode(ONTOLOGY_GRAPH)
        quads = [ox.Quad(t.subject, t.predicate, t.object, g) for f in ontology_files()
                 for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE)]
        self._put_graph(ONTOLOGY_GRAPH, quads)
        self._ontology_done = True

    def write_actors(self, actors: Mapping[str, Actor] | Iterable[Actor]) -> None:
        """Insert or update actors in the actors graph (one request)."""
        if not self._ontology_done:
            self.write_ontology()
        items, quads = actors_quads(actors)
        if self.protocol == "gsp":
            self._put_graph(ACTORS_GRAPH, quads, merge=True)
            return
        deletes = " ;\n".join(f"DELETE WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ <{actor_iri(a.id)}> ?p ?o }} }}"
                              for a in items)
        insert = f"INSERT DATA {{ GRAPH <{ACTORS_GRAPH}> {{\n{_ntriples(quads).decode('utf-8')}}} }}"
        self.update(f"{deletes} ;\n{insert}" if deletes else insert)

    def write_article(self, result: DocResult, actors: Mapping[str, Actor], *,
                      run: RunInfo) -> None:
        """Replace the named graph of ``result.article`` with its facts (one request)."""
        if not self._ontology_done:
            self.write_ontology()
        if run.iri not in self._runs:
            self._put_graph(RUNS_GRAPH, run_quads(run), merge=True)
            self._runs.add(run.iri)
        roles = [q for q in role_quads(result) if str(q.subject) not in self._roles]
        if roles:
            self._put_graph(ACTORS_GRAPH, roles, merge=True)
            self._roles.update(str(q.subject) for q in roles)
        graph, quads = article_quads(result, actors, run=run)
        self._put_graph(graph.value, quads)

    def remove_article(self, doc_id: str) -> None:
        """Delete the named graph of article ``doc_id``."""
        self.update(f"DROP SILENT GRAPH <{graph_iri(doc_id)}>")

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Binding] | None = None,
              accept: str = "application/sparql-results+json", union: bool = False) -> bytes:
        """POST a query (graphkit's prefixes predeclared) and return the raw response.

        With ``union``, the default graph is the merge of graphkit's named graphs (named by
        ``default-graph-uri``, as the SPARQL 1.1 Protocol has it), as in the embedded store.
        """
        form = [("query", _PROLOGUE + bind_values(sparql, bindings))]
        if union:
            form += [("default-graph-uri", g) for g in self._graph_names()]
        return self._request(self.query_url, urlencode(form).encode("utf-8"),
                             "application/x-www-form-urlencoded", accept=accept)

    def _graph_names(self) -> list[str]:
        mine = f'FILTER(STRSTARTS(STR(?g), "{BASE_IRI}graph/"))'
        data = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} {mine} }}")
        solutions: Any = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        return [s["g"].value for s in solutions]

    def results(self, sparql: str, *, bindings: Mapping[str, Binding] | None = None) -> Any:
        """A query's answer as pyoxigraph gives it for the embedded store: ``QuerySolutions``,
        ``QueryBoolean``, or a list of ``Triple`` for CONSTRUCT and DESCRIBE."""
        import re

        if re.search(r"\b(CONSTRUCT|DESCRIBE)\b", sparql, re.IGNORECASE):
            data = self.query(sparql, bindings=bindings, accept="application/n-triples", union=True)
            return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        return ox.parse_query_results(self.query(sparql, bindings=bindings, union=True),
                                      format=ox.QueryResultsFormat.JSON)

    def rows(self, sparql: str, *,
             bindings: Mapping[str, Binding] | None = None) -> list[dict[str, Any]]:
        """A SELECT query's solutions as dicts of Python values (unbound variables omitted)."""
        data = self.query(sparql, bindings=bindings)
        solutions: Any = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        names = [v.value for v in solutions.variables]
        return [{n: to_python(s[n]) for n in names if s[n] is not None} for s in solutions]

    def serialize(self, fmt: str = "ttl", *, ontology: bool = False) -> bytes:
        """graphkit's graphs in the remote store, in an RDF format (see KnowledgeStore)."""
        from graphkit.kg.store import _ALIASES

        key = _ALIASES.get(fmt.lower(), fmt.lower())
        if key not in RDF_FORMATS:
            raise StoreError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
        rdf_format, keep_graphs = RDF_FORMATS[key]
        skip = "" if ontology else f"FILTER(?g != <{ONTOLOGY_GRAPH}>)"
        sparql = (f"SELECT DISTINCT ?s ?p ?o {'?g' if keep_graphs else ''} WHERE {{ GRAPH ?g "
                  f"{{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{BASE_IRI}graph/\")) {skip} }}")
        sols: Any = ox.parse_query_results(self.query(sparql), format=ox.QueryResultsFormat.JSON)
        if keep_graphs:
            data: Any = [ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in sols]
        else:
            data = [ox.Triple(s["s"], s["p"], s["o"]) for s in sols]
        prefixes = PREFIXES if rdf_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else None
        return ox.serialize(data, format=rdf_format, prefixes=prefixes) or b""


def _ntriples(quads: list[ox.Quad]) -> bytes:
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                        format=ox.RdfFormat.N_TRIPLES) or b""
