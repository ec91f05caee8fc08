"""Who matters, which camps, and where to draw them: the overview of an actor network.

Three things the graph page needs before it opens, all computed at build time so the page opens
laid out and still:

- :func:`scores`: each actor's weighted degree and PageRank over typed events (the PLOVER classes,
  asserted relations only), with statements counted apart;
- :func:`camps`: Louvain communities over the asserted actor-to-actor relations (typed events and
  memberships), seeded, largest first;
- :func:`positions`: a deterministic layout. The most central actors (the skeleton) are laid out
  together with a seeded force-directed layout; every other actor is placed next to its strongest
  partner already placed, and actors with no placed partner in small groups of their own around
  the drawing. The cost grows with the skeleton, never with the square of the whole graph.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="threaten", cls="THREATEN", count=3, negated=False)
    'threaten'
    >>> g.add_edge("c", "a", key="member_of", cls="MEMBER_OF", count=1, negated=False)
    'member_of'
    >>> s = scores(g)
    >>> s["a"]["events"], s["c"]["events"], s["c"]["relations"]
    (3, 0, 1)
    >>> sorted(len(c) for c in camps(g))
    [3]
    >>> sorted(positions(g, seed=1)) == ["a", "b", "c"]
    True
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from graphkit.model import PLOVER_TYPES

__all__ = ["EVENT_CLASSES", "relation_graph", "scores", "camps", "positions"]

#: The typed event classes the ranking counts (statements, memberships and roles are apart).
EVENT_CLASSES: frozenset[str] = frozenset(PLOVER_TYPES)

#: The skeleton laid out by the force-directed layout grows in these steps; the rest of the
#: actors are placed by their partners.
_STAGES = (100, 400)
#: Distance between an anchor and the first ring of actors placed around it.
_RING = 0.05


def relation_graph(graph: Any, *, events_only: bool = False) -> Any:
    """Asserted actor-to-actor relations as an undirected graph weighted by count.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        events_only: keep typed events (PLOVER classes) only.

    Returns:
        A :class:`networkx.Graph` over every node of ``graph``; self-loops are left out.
    """
    import networkx as nx

    out = nx.Graph()
    out.add_nodes_from(graph.nodes)
    for u, v, attrs in graph.edges(data=True):
        if u == v or attrs.get("negated") or (events_only and attrs.get("cls") not in EVENT_CLASSES):
            continue
        weight = int(attrs.get("count") or 1) + (out[u][v]["weight"] if out.has_edge(u, v) else 0)
        out.add_edge(u, v, weight=weight)
    return out


def scores(graph: Any) -> dict[Any, dict[str, float]]:
    """Each actor's standing: ``events`` (weighted degree over asserted typed events),
    ``pagerank`` (over the same events, undirected, weighted), ``relations`` (every
    actor-to-actor relation it takes part in, negated ones included), ``statements`` and
    ``mentions``.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.

    Returns:
        ``{node: {"events", "pagerank", "relations", "statements", "mentions"}}``.
    """
    events = relation_graph(graph, events_only=True)
    rank = _pagerank(events)
    relations: dict[Any, int] = defaultdict(int)
    for u, v, attrs in graph.edges(data=True):
        relations[u] += int(attrs.get("count") or 1)
        relations[v] += int(attrs.get("count") or 1)
    degree = dict(events.degree(weight="weight"))
    out = {}
    for node, attrs in graph.nodes(data=True):
        out[node] = {
            "events": int(degree[node]),
            "pagerank": float(rank.get(node, 0.0)),
            "relations": relations[node],
            "statements": int(attrs.get("statements") or 0),
            "mentions": int(attrs.get("mentions") or 0),
        }
    return out


def _pagerank(simple: Any, *, damping: float = 0.85, rounds: int = 100,
              tol: float = 1e-10) -> dict[Any, float]:
    """Weighted PageRank by power iteration (NumPy) over the actors that have an edge."""
    import numpy as np

    nodes = [v for v in simple if simple.degree(v)]
    if not nodes:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = [(index[u], index[v], d["weight"]) for u, v, d in simple.edges(data=True) if u != v]
    src, dst, weight = (np.array(c, dtype=float) for c in zip(*pairs, strict=True))
    src, dst = np.concatenate([src, dst]).astype(int), np.concatenate([dst, src]).astype(int)
    weight = np.concatenate([weight, weight])
    strength = np.bincount(src, weights=weight, minlength=len(nodes))
    rank = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(rounds):
        new = (1.0 - damping) / len(nodes) + damping * np.bincount(
            dst, weights=rank[src] * weight / strength[src], minlength=len(nodes))
        done = float(np.abs(new - rank).sum()) < tol * len(nodes)
        rank = new
        if done:
            break
    return {v: float(rank[i]) for v, i in index.items()}


def camps(graph: Any, *, seed: int = 0) -> list[set[Any]]:
    """Louvain communities over asserted actor-to-actor relations (typed events and memberships),
    largest first; actors with no relation are each a camp of their own.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        seed: the Louvain seed (same seed, same camps).

    Returns:
        Disjoint sets of nodes covering the graph.
    """
    import networkx as nx

    simple = relation_graph(graph)
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(map(str, c))))


def positions(graph: Any, *, order: list[Any] | None = None, seed: int = 7,
              stages: tuple[int, ...] = _STAGES) -> dict[Any, tuple[float, float]]:
    """Deterministic positions for every actor, the most central ones within about [-1, 1].

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        order: the actors by importance, most important first (default: by weighted degree).
        seed: the layout seed (same graph and seed, same positions).
        stages: the skeleton grows in these steps: the first ``stages[0]`` actors are laid out
            alone, then the next ones around them (those already placed stay put), so the top
            of the ranking reads well on its own and the larger views only add to it.

    Returns:
        ``{node: (x, y)}`` for every node of ``graph``.
    """
    simple = relation_graph(graph)
    if order is None:
        order = sorted(simple, key=lambda v: (-simple.degree(v, weight="weight"), str(v)))
    pos: dict[Any, tuple[float, float]] = {}
    for size in stages:
        _grow(simple, order[:size], pos, seed=seed)
    core = list(pos.values())[: stages[0]] if stages else []
    rest = [v for v in order if v not in pos]
    _place_satellites(simple, rest, pos)
    _place_loose(simple, [v for v in rest if v not in pos], pos, core=core, seed=seed)
    return {v: (round(float(x), 4), round(float(y), 4)) for v, (x, y) in pos.items()}


def _grow(simple: Any, members: list[Any], pos: dict[Any, tuple[float, float]], *, seed: int) -> None:
    """Lay out the part of ``members`` connected to what is placed (at first: the largest
    connected group) with Fruchterman-Reingold, placed actors held still; weights softened."""
    import random

    import networkx as nx

    sub = simple.subgraph([*pos, *(v for v in members if v not in pos)])
    parts = [c for c in nx.connected_components(sub) if len(c) > 1]
    if pos:
        parts = [c for c in parts if any(v in pos for v in c)]
    elif parts:
        rank = {v: i for i, v in enumerate(members)}
        parts = [max(parts, key=lambda c: (len(c), -min(rank[v] for v in c)))]
    keep = sorted({v for c in parts for v in c}, key=str)
    new = [v for v in keep if v not in pos]
    if not new:
        return
    soft = nx.Graph()
    soft.add_nodes_from(keep)
    soft.add_edges_from((u, v, {"w": 1 + math.log(d["weight"])}) for u, v, d in sub.subgraph(keep).edges(data=True))
    rng = random.Random(seed)
    start = dict(pos)
    for v in new:  # a new actor starts next to its strongest placed partner
        anchor = max(((sub[v][w]["weight"], str(w), w) for w in sub[v] if w in pos), default=None)
        x, y = pos[anchor[2]] if anchor else (0.0, 0.0)
        start[v] = (x + rng.uniform(-0.05, 0.05), y + rng.uniform(-0.05, 0.05))
    if pos:
        found = nx.spring_layout(soft, pos=start, fixed=[v for v in keep if v in pos], weight="w",
                                 seed=seed, iterations=80, method="force")
    else:
        found = nx.spring_layout(soft, weight="w", seed=seed, iterations=150, method="force")
    for v in new:
        pos[v] = (float(found[v][0]), float(found[v][1]))


def _place_satellites(simple: Any, rest: list[Any], pos: dict[Any, Any]) -> None:
    """Each actor next to its strongest placed partner, on rings around it (golden angle)."""
    placed_around: dict[Any, int] = defaultdict(int)
    placed = {v: i for i, v in enumerate(pos)}  # earlier anchors win ties
    waiting = list(rest)
    while waiting:
        left = []
        for v in waiting:
            anchors = [(d["weight"], -placed[w], w) for w, d in simple[v].items() if w in placed]
            if not anchors:
                left.append(v)
                continue
            anchor = max(anchors, key=lambda a: (a[0], a[1]))[2]
            placed[v] = len(placed)
            k = placed_around[anchor]
            placed_around[anchor] += 1
            angle = k * 2.399963  # the golden angle spreads any number of satellites evenly
            radius = _RING * (1 + 0.35 * math.sqrt(k))
            ax, ay = pos[anchor]
            pos[v] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
        if len(left) == len(waiting):
            return
        waiting = left


def _place_loose(simple: Any, rest: list[Any], pos: dict[Any, Any], *, core: list[tuple[float, float]],
                 seed: int) -> None:
    """Groups with no placed partner, each laid out small, on rings around the core of the
    drawing (the first stage), the most central groups on the inner ring."""
    import networkx as nx

    if not rest:
        return
    rank = {v: i for i, v in enumerate(rest)}
    groups = [sorted(c, key=rank.__getitem__) for c in nx.connected_components(simple.subgraph(rest))]
    groups.sort(key=lambda c: rank[c[0]])
    xs = [p[0] for p in core] or [0.0]
    ys = [p[1] for p in core] or [0.0]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    radius = max(max(xs) - min(xs), max(ys) - min(ys), 1.0) / 2 + 0.2
    slots = max(12, int(2 * math.pi * radius / 0.12))
    for i, group in enumerate(groups):
        ring, slot = divmod(i, slots)
        r = radius + 0.12 * ring
        angle = 2 * math.pi * slot / slots + (0.5 * ring / slots)
        gx, gy = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if len(group) == 1:
            pos[group[0]] = (gx, gy)
            continue
        local = nx.spring_layout(simple.subgraph(group), seed=seed, scale=0.04 + 0.01 * math.sqrt(len(group)),
                                 method="force")
        for v in group:
            pos[v] = (gx + float(local[v][0]), gy + float(local[v][1]))
