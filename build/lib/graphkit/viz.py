"""The interactive HTML view of the actor network (pyvis / vis-network, one offline file).

:func:`render_html` takes the :class:`networkx.MultiDiGraph` of :func:`graphkit.network.from_store`
and writes one self-contained HTML file: vis-network's script and style are inlined, nothing is
fetched from the network, so the file opens anywhere, offline.

Article text is data: labels, aliases, roles and evidence sentences travel as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page
builds every tooltip and panel with ``textContent``, so markup inside an article is shown,
never run.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="TTP", type="ArmedGroup", activity=1)
    >>> g.add_node("b", label="MQM", type="PoliticalParty", activity=1)
    >>> g.add_edge("a", "b", key="threaten", relation="threaten", cls="THREATEN", count=2,
    ...            negated=False, evidence=[])
    'threaten'
    >>> data = vis_data(g)
    >>> [(e["rel"], e["kind"], e["count"]) for e in data["edges"]]
    [('threaten', 'conflict', 2)]
    >>> relation_kind("REQUEST"), relation_kind("MEMBER_OF"), relation_kind(None)
    ('request', 'affiliation', 'other')
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

__all__ = [
    "CONFLICT",
    "COOPERATION",
    "ACTOR_STYLE",
    "EDGE_KINDS",
    "relation_kind",
    "top_actors",
    "vis_data",
    "render_html",
]

#: Conflictual PLOVER types (MOBILIZE, a show of force, is counted with them).
CONFLICT: frozenset[str] = frozenset(
    {"THREATEN", "ACCUSE", "REJECT", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
)
#: Cooperative PLOVER types. REQUEST is neither: it has a kind of its own.
COOPERATION: frozenset[str] = frozenset(
    {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"}
)
_AFFILIATION = frozenset({"MEMBER_OF", "ROLE"})

#: Edge kinds in legend order: (kind, legend label, colour).
EDGE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("conflict", "Conflict", "#d62728"),
    ("cooperation", "Cooperation", "#2ca02c"),
    ("request", "Request / demand", "#1f77b4"),
    ("affiliation", "Membership / role", "#b5b5b5"),
    ("other", "Other", "#8c6d31"),
)

_EDGE_KIND_COLOURS = {kind: colour for kind, _, colour in EDGE_KINDS}

#: Actor type -> (vis shape, colour, glyph shown in the legend).
ACTOR_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("dot", "#4e79a7", "\u25cf"),
    "PoliticalParty": ("diamond", "#f28e2b", "\u25c6"),
    "ArmedGroup": ("triangle", "#e15759", "\u25b2"),
    "Government": ("square", "#59a14f", "\u25a0"),
    "GovernmentBody": ("square", "#8cd17d", "\u25a0"),
    "SecurityForce": ("triangleDown", "#9c755f", "\u25bc"),
    "Judiciary": ("hexagon", "#b07aa1", "\u2b22"),
    "MediaOutlet": ("star", "#d4a017", "\u2605"),
    "InternationalOrganization": ("hexagon", "#76b7b2", "\u2b22"),
    "Organization": ("diamond", "#ff9da7", "\u25c6"),
    "Country": ("square", "#499894", "\u25a0"),
    "Place": ("dot", "#bab0ac", "\u25cf"),
    "Group": ("dot", "#d37295", "\u25cf"),
}
_UNKNOWN_STYLE = ("dot", "#999999", "\u25cf")

#: Evidence sentences kept per drawn edge (the count still says how many there were).
_MAX_EVIDENCE = 25
#: Above these sizes the page drops edge labels and curved edges to stay fluid.
_LABELLED_EDGES = 400
_SMOOTH_EDGES = 2500


def relation_kind(cls: str | None) -> str:
    """The legend kind of a relation class.

    Args:
        cls: a PLOVER type, a structural class (``MEMBER_OF``, ``ROLE``, ...) or None.

    Returns:
        One of ``conflict``, ``cooperation``, ``request``, ``affiliation``, ``other``.

    >>> relation_kind("ASSAULT"), relation_kind("AID")
    ('conflict', 'cooperation')
    """
    if cls in CONFLICT:
        return "conflict"
    if cls in COOPERATION:
        return "cooperation"
    if cls == "REQUEST":
        return "request"
    if cls in _AFFILIATION:
        return "affiliation"
    return "other"


def _activity(graph: Any, node: Any) -> int:
    """The node's ``activity`` attribute, else the relations it takes part in."""
    value = graph.nodes[node].get("activity")
    if value is not None:
        return int(value)
    return sum(int(d.get("count", 1)) for *_, d in graph.in_edges(node, data=True)) + sum(
        int(d.get("count", 1)) for *_, d in graph.out_edges(node, data=True)
    )


def top_actors(graph: Any, n: int) -> Any:
    """The subgraph of the ``n`` most active actors (ties broken by label).

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        n: how many actors to keep; must be positive.

    Returns:
        A new graph (a copy) with those actors and the relations among them.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("a", {"activity": 5}), ("b", {"activity": 1}), ("c", {"activity": 3})])
    >>> sorted(top_actors(g, 2).nodes)
    ['a', 'c']
    """
    if n < 1:
        raise ValueError(f"top must be a positive number of actors, not {n}")
    ranked = sorted(
        graph.nodes,
        key=lambda v: (-_activity(graph, v), str(graph.nodes[v].get("label", v)), str(v)),
    )
    return graph.subgraph(ranked[:n]).copy()


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _node_record(graph: Any, node: Any) -> dict[str, Any]:
    attrs = graph.nodes[node]
    kind = str(attrs.get("type") or "Unknown")
    shape, colour, _ = ACTOR_STYLE.get(kind, _UNKNOWN_STYLE)
    label = str(attrs.get("label") or str(node).rstrip("/").rsplit("/", 1)[-1])
    activity = _activity(graph, node)
    return {
        "id": str(node),
        "label": label,
        "shape": shape,
        "color": colour,
        "value": max(activity, 1),
        "type": kind,
        "aliases": [a for a in _as_list(attrs.get("aliases")) if a != label],
        "roles": _as_list(attrs.get("roles")),
        "party": _as_list(attrs.get("party")),
        "mentions": int(attrs.get("mentions") or 0),
        "statements": int(attrs.get("statements") or 0),
        "activity": activity,
    }


def _evidence(items: list[dict[str, Any]]) -> list[list[Any]]:
    """Evidence as compact ``[text, doc, date]`` triples, duplicates dropped, in order."""
    seen: set[tuple[Any, ...]] = set()
    out: list[list[Any]] = []
    for item in items:
        row = (str(item.get("text") or ""), item.get("doc"), item.get("date"))
        if row not in seen:
            seen.add(row)
            out.append(list(row))
    return out


def _merged_edges(graph: Any) -> dict[tuple[str, str, str, bool], dict[str, Any]]:
    """Parallel relations merged per (source, target, relation, negated)."""
    merged: dict[tuple[str, str, str, bool], dict[str, Any]] = {}
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        relation = str(attrs.get("relation") or key)
        group = (str(u), str(v), relation, bool(attrs.get("negated", False)))
        edge = merged.setdefault(
            group, {"cls": attrs.get("cls"), "count": 0, "evidence": [], "roles": []}
        )
        edge["count"] += int(attrs.get("count") or 1)
        edge["evidence"].extend(attrs.get("evidence") or [])
        edge["roles"].extend(r for r in _as_list(attrs.get("roles")) if r not in edge["roles"])
    return merged


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _fan(position: int, *, reverse: bool) -> dict[str, Any]:
    """Curvature of the ``position``-th arrow between one pair: 0 straight, then alternating
    sides, wider each time; ``reverse`` flips sides for arrows drawn the other way round."""
    if position == 0:
        return {"enabled": False}
    side = position % 2 == 1
    return {"enabled": True, "type": "curvedCW" if side != reverse else "curvedCCW",
            "roundness": 0.35 * ((position + 1) // 2)}


def _edge_record(index: int, group: tuple[str, str, str, bool], edge: dict[str, Any], *,
                 labelled: bool) -> dict[str, Any]:
    """One drawn arrow: style by kind, count, roles, and the evidence the page shows."""
    u, v, relation, negated = group
    kind = relation_kind(edge["cls"])
    colour = _EDGE_KIND_COLOURS[kind]
    evidence = _evidence(edge["evidence"])
    record: dict[str, Any] = {
        "id": f"e{index}",
        "from": u,
        "to": v,
        "rel": relation,
        "cls": edge["cls"],
        "kind": kind,
        "neg": negated,
        "count": edge["count"],
        "roles": edge["roles"],
        "ev": evidence[:_MAX_EVIDENCE],
        "nev": len(evidence),
        "width": round(min(6.0, 1 + 1.5 * math.log2(edge["count"])), 2),
        "color": {"color": colour, "highlight": colour, "hover": colour,
                  "opacity": 0.85 if labelled else 0.55},
        "dashes": negated or kind == "affiliation",
    }
    if labelled:
        roles = f" ({_clip(edge['roles'][0], 24)})" if edge["roles"] else ""
        count = f" \u00d7{edge['count']}" if edge["count"] > 1 else ""
        record["label"] = ("not " if negated else "") + relation.replace("_", " ") + roles + count
    return record


def _edge_records(graph: Any) -> list[dict[str, Any]]:
    merged = _merged_edges(graph)
    labelled = len(merged) <= _LABELLED_EDGES
    smooth = len(merged) <= _SMOOTH_EDGES
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, *_ in merged:
        pairs[min(u, v), max(u, v)] += 1
    seen: dict[tuple[str, str], int] = defaultdict(int)
    records = []
    for index, (group, edge) in enumerate(sorted(merged.items())):
        record = _edge_record(index, group, edge, labelled=labelled)
        u, v = group[:2]
        pair = (min(u, v), max(u, v))
        if smooth and pairs[pair] > 1:  # arrows between one pair fan out
            record["smooth"] = _fan(seen[pair], reverse=u != pair[0])
        seen[pair] += 1
        records.append(record)
    return records


def vis_data(graph: Any, *, top: int | None = None) -> dict[str, Any]:
    """The nodes, edges and legend the HTML page draws, as plain JSON-ready data.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s: nodes keyed by actor
            IRI with ``label``, ``type``, ``aliases``, ``roles``, ``party``, ``mentions``,
            ``activity``; edges keyed by relation with ``relation``, ``cls``, ``count``,
            ``negated``, ``evidence``.
        top: keep only the ``top`` most active actors.

    Returns:
        ``{"nodes": [...], "edges": [...], "types": [...], "kinds": [...]}``; each edge is one
        drawn arrow: parallel relations of the same kind are merged and counted.
    """
    if top is not None:
        graph = top_actors(graph, top)
    nodes = [_node_record(graph, v) for v in graph.nodes]
    nodes.sort(key=lambda n: (-n["activity"], n["label"]))
    edges = _edge_records(graph)
    present = {n["type"] for n in nodes}
    unknown = sorted(present - set(ACTOR_STYLE))  # legend and filters cover every type drawn
    types = [
        {"type": t, "shape": s, "color": c, "glyph": g}
        for t, (s, c, g) in [*ACTOR_STYLE.items(), *((t, _UNKNOWN_STYLE) for t in unknown)]
        if t in present
    ]
    used = {e["kind"] for e in edges}
    kinds = [{"kind": k, "label": lab, "color": c} for k, lab, c in EDGE_KINDS if k in used]
    return {"nodes": nodes, "edges": edges, "types": types, "kinds": kinds}


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: physics that stabilises before the first paint, then stops."""
    large = n_nodes > 300 or n_edges > 1000
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "color": "#333333",
                     "strokeColor": "#ffffff"},
            "scaling": {"min": 8, "max": 32,
                        "label": {"enabled": True, "min": 12, "max": 20,
                                  "drawThreshold": 7, "maxVisible": 30}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 11, "align": "horizontal", "color": "#333333", "strokeWidth": 0,
                     "background": "rgba(255,255,255,0.85)"},
            "smooth": False if large else {"type": "continuous", "roundness": 0.3},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80 if large else -120,
                                 "centralGravity": 0.015, "springLength": 90 if large else 150,
                                 "springConstant": 0.06, "avoidOverlap": 0.2 if large else 0.6},
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.45,
            "stabilization": {"enabled": True, "iterations": 200 if large else 600,
                              "updateInterval": 20, "fit": True},
        },
    }


def _script_json(value: Any) -> str:
    """JSON safe to place inside a ``<script>`` element: no ``</script>`` or ``<!--``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _vis_library() -> tuple[str, str]:
    """The vis-network script and stylesheet pyvis ships, read from its package folder."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text("utf-8"), (
        lib / "vis-network.css"
    ).read_text("utf-8")


def _pyvis_network(data: dict[str, Any]) -> Any:
    """The nodes and edges as a pyvis :class:`~pyvis.network.Network` (directed)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node in data["nodes"]:
        attrs = {k: v for k, v in node.items() if k not in ("id", "label", "shape")}
        net.add_node(node["id"], label=node["label"], shape=node["shape"], **attrs)
    # pyvis checks endpoints with a linear scan per edge; append the checked records directly.
    net.edges.extend(dict(edge, arrows="to") for edge in data["edges"])
    return net


def render_html(
    graph: Any,
    path: str | Path,
    *,
    top: int | None = None,
    show_negated: bool = False,
    title: str = "graphkit",
) -> Path:
    """Write the graph as one self-contained, offline HTML page.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        path: the HTML file to write (its folder is created).
        top: draw only the ``top`` most active actors.
        show_negated: start with negated relations ("did not threaten") visible; they are
            hidden by default and can be switched on in the page.
        title: the page title and heading.

    Returns:
        The path written.
    """
    from jinja2 import Environment, PackageLoader, select_autoescape

    data = vis_data(graph, top=top)
    net = _pyvis_network(data)
    script, style = _vis_library()
    env = Environment(loader=PackageLoader("graphkit", "templates"),
                      autoescape=select_autoescape(default=True))
    page = env.get_template("graph.html").render(
        title=title,
        vis_script=script,
        vis_style=style,
        data=_script_json({
            "nodes": net.nodes, "edges": net.edges, "types": data["types"],
            "kinds": data["kinds"], "showNegated": bool(show_negated),
            "options": _options(len(net.nodes), len(net.edges)),
        }),
    )
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
