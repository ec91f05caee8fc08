"""The network view: actors as nodes, relations as edges, derived from the RDF store.

The store is the source of truth; :func:`from_store` reads it with SPARQL and never looks at
extractor objects. Nodes are actor IRIs; edges are keyed by fine relation (``"threaten"``,
``"support-not"`` for a negated one) with counts and evidence. Statements and roles (literal
objects) become node attributes. A small analysis API works on the result.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A", aliases=["Alpha"]); g.add_node("b", label="B", aliases=[])
    >>> _ = g.add_edge("a", "b", key="threaten", relation="threaten", negated=False, count=2)
    >>> find_actor(g, "alpha")
    'a'
    >>> paths_between(g, "B", "A")
    [['b', 'a']]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.model import ENTITY_IRI, ONTOLOGY_IRI

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "ActorNotFound",
    "from_store",
    "positive",
    "find_actor",
    "degree_centrality",
    "betweenness_centrality",
    "communities",
    "ego_network",
    "paths_between",
    "describe",
]

#: Relation classes that stay node attributes (literal objects), never edges.
_NODE_CLASSES = {"STATEMENT", "ROLE"}

_FACTS = """
SELECT ?fact ?agent ?target ?content ?rel ?cls ?neg ?mod ?date ?when ?precision ?doc ?sent ?start
       ?end ?role ?conf ?title
WHERE { GRAPH ?g {
  ?fact gk:agent ?agent ; gk:relation ?rel ; gk:negated ?neg ; gk:article ?art ;
        gk:sentence ?sent ; gk:startChar ?start ; gk:endChar ?end .
  ?art dct:identifier ?doc .
  OPTIONAL { ?art dct:title ?title }
  OPTIONAL { ?fact gk:confidence ?conf }
  OPTIONAL { ?fact gk:target ?target }
  OPTIONAL { ?fact gk:content ?content }
  OPTIONAL { ?fact gk:eventClass ?cls }
  OPTIONAL { ?fact gk:modality ?mod }
  OPTIONAL { ?fact gk:date ?date }
  OPTIONAL { ?fact gk:eventDate ?when }
  OPTIONAL { ?fact gk:datePrecision ?precision }
  OPTIONAL { ?fact org:role ?role }
} }
"""
_ROLES = """
SELECT DISTINCT ?role ?label WHERE { GRAPH ?g { ?role a org:Role ; rdfs:label ?label } }
"""
_ACTORS = f"""
SELECT ?a ?type ?label ?mentions ?country ?g WHERE {{ GRAPH ?g {{
  ?a a ?type ; rdfs:label ?label .
  OPTIONAL {{ ?a gk:mentionCount ?mentions }}
  OPTIONAL {{ ?a gk:countryName ?country }}
  FILTER(STRSTARTS(STR(?a), "{ENTITY_IRI}"))
}} }}
"""
_ALIASES = f"""
SELECT DISTINCT ?a ?alias WHERE {{ GRAPH ?g {{
  ?a skos:altLabel ?alias . FILTER(STRSTARTS(STR(?a), "{ENTITY_IRI}"))
}} }}
"""


class ActorNotFound(LookupError):
    """No actor in the graph has this IRI, label or alias."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "actor not found"


def _rows(source: Any, sparql: str) -> list[dict[str, Any]]:
    return source.rows(sparql)


def from_store(store_or_build_dir: Any) -> nx.MultiDiGraph:
    """Build the actor network from a store.

    Args:
        store_or_build_dir: an open :class:`~graphkit.kg.KnowledgeStore` or
            :class:`~graphkit.kg.RemoteStore`, a build folder, or a store folder.

    Returns:
        A MultiDiGraph. Nodes (actor IRIs) carry ``label, type, aliases, roles, party,
        mentions, activity, statements`` (and ``country`` when known); edges carry ``relation,
        cls, count, negated, evidence`` (a list of ``{text, doc, date, event_date,
        date_precision, title, modality, confidence, start, end}``, by article date) and
        ``roles``.
    """
    if isinstance(store_or_build_dir, str | Path):
        from graphkit.kg.store import open_build_store

        with open_build_store(store_or_build_dir) as store:
            return from_store(store)
    import networkx as nx

    source = store_or_build_dir
    g = nx.MultiDiGraph()
    _add_actors(g, _rows(source, _ACTORS), _rows(source, _ALIASES))
    roles = {r["role"]: r["label"] for r in _rows(source, _ROLES)}
    facts = _rows(source, _FACTS)
    for row in facts:
        if "role" in row:
            row["role"] = roles.get(row["role"], row["role"].rsplit("/", 1)[-1])
    _add_facts(g, facts)
    return g


def _add_actors(g: nx.MultiDiGraph, actors: list[dict[str, Any]],
                aliases: list[dict[str, Any]]) -> None:
    from graphkit.kg.namespace import ACTORS_GRAPH

    # resolved descriptions (actors graph) win over minimal ones inside article graphs
    for row in sorted(actors, key=lambda r: r["g"] == ACTORS_GRAPH):
        kind = row["type"].removeprefix(ONTOLOGY_IRI)
        g.add_node(row["a"], label=row["label"], type=kind, aliases=[], roles=[], party=[],
                   mentions=int(row.get("mentions", 0)), activity=0, statements=0)
        if row.get("country"):
            g.nodes[row["a"]]["country"] = row["country"]
    for row in sorted(aliases, key=lambda r: r["alias"]):
        if row["a"] in g and row["alias"] not in g.nodes[row["a"]]["aliases"]:
            g.nodes[row["a"]]["aliases"].append(row["alias"])


def _node(g: nx.MultiDiGraph, iri: str) -> dict[str, Any]:
    if iri not in g:
        g.add_node(iri, label=iri.rsplit("/", 1)[-1], type="Actor", aliases=[], roles=[],
                   party=[], mentions=0, activity=0, statements=0)
    return g.nodes[iri]


def _add_facts(g: nx.MultiDiGraph, facts: list[dict[str, Any]]) -> None:
    from graphkit.kg.mapping import relation_name

    evidence: dict[tuple[str, str, str], dict[tuple, dict]] = defaultdict(dict)
    info: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in sorted(facts, key=lambda r: (r.get("date", ""), r["doc"], r["start"], r["fact"])):
        agent = _node(g, row["agent"])
        agent["activity"] += 1
        cls = row.get("cls")
        if cls == "STATEMENT":
            agent["statements"] += 1
        if cls == "ROLE" and row.get("content") and not row["neg"]:
            _append(agent["roles"], row["content"])
        target = row.get("target")
        if cls in _NODE_CLASSES or target is None or not target.startswith(ENTITY_IRI):
            continue
        _node(g, target)["activity"] += 1
        name = relation_name(row["rel"])
        key = (row["agent"], target, name + ("-not" if row["neg"] else ""))
        edge = info.setdefault(key, {"relation": name, "cls": cls, "negated": bool(row["neg"]),
                                     "roles": [], "modality": []})
        if row.get("role"):
            _append(edge["roles"], row["role"])
            if not row["neg"]:
                _append(agent["roles"], row["role"])
        if row.get("mod"):
            _append(edge["modality"], row["mod"])
        ev = {"text": row["sent"], "doc": row["doc"], "date": row.get("date"),
              "event_date": row.get("when"), "date_precision": row.get("precision"),
              "title": row.get("title"), "modality": row.get("mod"), "confidence": row.get("conf"),
              "start": row["start"], "end": row["end"]}
        evidence[key].setdefault((row["doc"], row["start"], row["end"]), ev)
    for (s, o, k), attrs in info.items():
        found = list(evidence[(s, o, k)].values())
        g.add_edge(s, o, key=k, count=len(found), evidence=found, **attrs)
        if attrs["cls"] == "MEMBER_OF" and not attrs["negated"] and g.nodes[o]["type"] == "PoliticalParty":
            _append(g.nodes[s]["party"], g.nodes[o]["label"])


def _append(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


# -- analysis ---------------------------------------------------------------------------------
def positive(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph without negated edges (a view, not a copy)."""
    import networkx as nx

    return nx.subgraph_view(graph, filter_edge=lambda u, v, k: not graph[u][v][k].get("negated"))


def find_actor(graph: nx.MultiDiGraph, name: str) -> str:
    """The node whose IRI, label or alias is ``name`` (case-insensitive).

    Raises:
        ActorNotFound: no node matches.
    """
    if name in graph:
        return name
    wanted = name.casefold().strip()
    for node, data in graph.nodes(data=True):
        names = [data.get("label", "")] + list(data.get("aliases", []))
        if any(n.casefold() == wanted for n in names):
            return node
    raise ActorNotFound(f"no actor named {name!r} in the graph")


def _simple(graph: nx.MultiDiGraph, *, directed: bool = True) -> nx.Graph:
    """Positive edges collapsed into one weighted edge per actor pair."""
    import networkx as nx

    out: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    out.add_nodes_from(graph.nodes)
    for u, v, data in positive(graph).edges(data=True):
        w = out[u][v]["weight"] + data.get("count", 1) if out.has_edge(u, v) else data.get("count", 1)
        out.add_edge(u, v, weight=w)
    return out


def degree_centrality(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality over positive relations (distinct neighbours, normalised)."""
    import networkx as nx

    return nx.degree_centrality(_simple(graph, directed=False))


def betweenness_centrality(graph: nx.MultiDiGraph, *, sample: int | None = None,
                           seed: int = 0) -> dict[str, float]:
    """Betweenness centrality over positive relations (undirected, unweighted).

    Args:
        graph: the actor network.
        sample: estimate from shortest paths out of this many actors drawn at random (seeded)
            when the graph has more actors; exact otherwise.
        seed: the seed of the draw.
    """
    import networkx as nx

    simple = _simple(graph, directed=False)
    k = sample if sample is not None and simple.number_of_nodes() > sample else None
    return nx.betweenness_centrality(simple, k=k, seed=seed if k else None)


def communities(graph: nx.MultiDiGraph, *, seed: int = 0) -> list[set[str]]:
    """Louvain communities of actors (positive relations, weighted by count), largest first."""
    import networkx as nx

    simple = _simple(graph, directed=False)
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def ego_network(graph: nx.MultiDiGraph, actor: str, *, radius: int = 1) -> nx.MultiDiGraph:
    """The actor, every actor within ``radius`` relations of it (either direction), and their edges."""
    import networkx as nx

    centre = find_actor(graph, actor)
    near = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), centre,
                                                 cutoff=radius)
    return graph.subgraph(near).copy()


def paths_between(graph: nx.MultiDiGraph, a: str, b: str, *, cutoff: int = 4,
                  limit: int = 10) -> list[list[str]]:
    """Up to ``limit`` shortest paths (of at most ``cutoff`` relations) between two actors,
    following positive relations in either direction."""
    import networkx as nx

    source, target = find_actor(graph, a), find_actor(graph, b)
    simple = _simple(graph, directed=False)
    try:
        paths = nx.shortest_simple_paths(simple, source, target)
        out: list[list[str]] = []
        for path in paths:
            if len(path) - 1 > cutoff or len(out) >= limit:
                break
            out.append(path)
        return out
    except nx.NetworkXNoPath:
        return []


def describe(out_dir: str | Path, *, top: int = 10, sample: int = 500, exact_up_to: int = 2000) -> str:
    """A text summary of a build for ``graphkit stats``: counts and the most central actors.

    Above ``exact_up_to`` actors (or ``sample``, if larger), betweenness is estimated from the
    shortest paths out of ``sample`` actors drawn at random (seeded, so the same build gives
    the same figures), and the summary says so.
    """
    graph = from_store(out_dir)
    label = {n: d["label"] for n, d in graph.nodes(data=True)}
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    classes = Counter(d["cls"] for _, _, d in graph.edges(data=True) for _ in range(d["count"]))
    negated = sum(d["count"] for _, _, d in graph.edges(data=True) if d["negated"])
    docs = {e["doc"] for _, _, d in graph.edges(data=True) for e in d["evidence"]}
    lines = [f"{graph.number_of_nodes()} actors, {sum(classes.values())} actor-to-actor relations "
             f"({negated} negated) in {graph.number_of_edges()} edges, from {len(docs)} articles",
             f"statements: {sum(d['statements'] for _, d in graph.nodes(data=True))}",
             "actors by type: " + _counts(types), "relations by class: " + _counts(classes)]
    n = graph.number_of_nodes()
    k = sample if n > max(exact_up_to, sample) else None
    between = "betweenness" if k is None else f"betweenness, estimated from {k:,} of {n:,} actors"
    for title, scores in (("degree", degree_centrality(graph)),
                          (between, betweenness_centrality(graph, sample=k))):
        best = sorted(scores.items(), key=lambda kv: (-kv[1], label[kv[0]]))[:top]
        lines.append(f"most central ({title}):")
        lines += [f"  {score:6.3f}  {label[n]}" for n, score in best if score > 0]
    found = [c for c in communities(graph) if len(c) > 1]
    lines.append(f"communities: {len(found)}")
    lines += [f"  {', '.join(sorted(label[n] for n in c))}" for c in found[:top]]
    return "\n".join(lines)


def _counts(counter: Counter[Any] | Iterable[tuple[Any, int]]) -> str:
    items = counter.most_common() if isinstance(counter, Counter) else list(counter)
    return ", ".join(f"{k} {v}" for k, v in items) or "none"
