"""The interactive HTML view of the actor network: one offline page that opens laid out and still.

:func:`render_html` takes the :class:`networkx.MultiDiGraph` of :func:`graphkit.network.from_store`
and writes one self-contained HTML file (vis-network inlined, nothing fetched). The page opens on
an overview of the most central actors (a slider from the top 50 to all of them, ranked by
weighted degree over typed events or by PageRank, statements counted apart), sized by activity,
coloured by camp (Louvain communities), with parallel relations between two actors drawn as one
arrow per relation class and its count. Positions are computed here, seeded, so the page opens
still. Searching or clicking an actor drills down to its neighbourhood with every relation and
its evidence; filters (relation classes, actor types, countries, minimum mentions, confidence,
a date range over event dates) combine in both views.

Size budget: a page carries at most ``max_actors`` actors (default 5,000, the highest ranked
with a relation) and ``max_sentences`` evidence sentences (default 40,000, at most 25 per
relation); every relation among them and every dated, scored fact stays (some 50 bytes a fact),
only sentence texts past the budget are left out (the page says how many). See :data:`BUDGET`.

Article text is data: labels, aliases, roles and evidence travel as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page
builds every tooltip and panel with ``textContent``, so markup inside an article is shown,
never run.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="TTP", type="ArmedGroup")
    >>> g.add_node("b", label="MQM", type="PoliticalParty")
    >>> g.add_edge("a", "b", key="threaten", relation="threaten", cls="THREATEN", count=2,
    ...            negated=False, evidence=[{"text": "TTP threatened MQM.", "doc": "d1"}])
    'threaten'
    >>> data = page_data(g)
    >>> [(r["rel"], r["kind"], len(r["facts"])) for r in data["rels"]]
    [('threaten', 'conflict', 1)]
    >>> relation_kind("REQUEST"), relation_kind("MEMBER_OF"), relation_kind(None)
    ('request', 'affiliation', 'other')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = [
    "CONFLICT",
    "COOPERATION",
    "ACTOR_STYLE",
    "EDGE_KINDS",
    "CAMP_COLOURS",
    "BUDGET",
    "relation_kind",
    "page_data",
    "render_html",
    "page_url",
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

#: Colours of the largest camps (and countries), in order; the rest are grey.
CAMP_COLOURS: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7",
    "#9c755f", "#1f77b4", "#8cd17d", "#d37295", "#499894", "#a0cbe8", "#86bcb6", "#fabfd2",
)
_OTHER_COLOUR = "#bab0ac"

#: The page's size budget: actors kept, evidence sentences kept, and sentences per relation.
BUDGET: dict[str, int] = {"max_actors": 5000, "max_sentences": 40_000, "per_relation": 25}


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


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _pool(graph: Any, standing: dict[Any, dict[str, float]], limit: int) -> list[Any]:
    """Actors with at least one actor-to-actor relation, most central first, at most ``limit``."""
    linked = {n for u, v in graph.edges() for n in (u, v)}
    ranked = sorted(linked, key=lambda v: (-standing[v]["events"], -standing[v]["pagerank"],
                                           -standing[v]["relations"], -standing[v]["statements"],
                                           str(graph.nodes[v].get("label", v)), str(v)))
    return ranked[:limit]


def _camp_table(graph: Any, pool: list[Any], *, seed: int) -> tuple[dict[Any, int], list[dict[str, Any]]]:
    """Each pooled actor's camp number and the camps' legend (colour, size, leading actors)."""
    from graphkit.layout import camps

    found = camps(graph.subgraph(pool), seed=seed)
    rank = {v: i for i, v in enumerate(pool)}
    of: dict[Any, int] = {}
    legend = []
    for number, members in enumerate(found):
        for v in members:
            of[v] = number
        leaders = sorted(members, key=rank.__getitem__)[:3]
        legend.append({"id": number, "size": len(members),
                       "color": CAMP_COLOURS[number] if number < len(CAMP_COLOURS) and len(members) > 1
                       else _OTHER_COLOUR,
                       "label": ", ".join(str(graph.nodes[v].get("label", v)) for v in leaders)})
    return of, legend


def _node_records(graph: Any, pool: list[Any], standing: dict[Any, dict[str, float]],
                  *, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from graphkit.layout import positions

    sub = graph.subgraph(pool)
    pos = positions(sub, order=pool, seed=seed)
    camp_of, legend = _camp_table(graph, pool, seed=seed)
    nodes = []
    for v in pool:
        attrs = graph.nodes[v]
        label = str(attrs.get("label") or str(v).rstrip("/").rsplit("/", 1)[-1])
        s = standing[v]
        x, y = pos[v]
        nodes.append({
            "id": str(v), "label": label, "type": str(attrs.get("type") or "Unknown"),
            "country": attrs.get("country") or None,
            "aliases": [a for a in _as_list(attrs.get("aliases")) if a != label][:20],
            "roles": _as_list(attrs.get("roles"))[:10], "party": _as_list(attrs.get("party")),
            "mentions": int(s["mentions"]), "statements": int(s["statements"]),
            "events": int(s["events"]), "pagerank": round(float(s["pagerank"]), 6),
            "relations": int(s["relations"]), "camp": camp_of.get(v, -1),
            "x": round(x * 1000, 1), "y": round(y * 1000, 1),
        })
    return nodes, legend


def _fact(item: dict[str, Any], doc: int, keep_text: bool) -> list[Any]:
    """One sentence of evidence: ``[doc, text, date, event_date, precision, modality, confidence]``."""
    precision = item.get("date_precision")
    if isinstance(precision, str):
        precision = precision.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    confidence = item.get("confidence")
    return [doc, str(item.get("text") or "") if keep_text else None, item.get("date") or None,
            item.get("event_date") or None, precision or None, item.get("modality") or None,
            None if confidence is None else round(float(confidence), 3)]


def _relation_records(graph: Any, index: dict[Any, int], budget: dict[str, int]
                      ) -> tuple[list[dict[str, Any]], list[list[Any]], int]:
    """Relations among pooled actors with their facts, the article table, and texts dropped."""
    docs: dict[str, int] = {}
    titles: list[list[Any]] = []
    rels = []
    edges = [(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if u in index and v in index]
    # the most central actors' relations keep their sentences first when the budget runs short
    edges.sort(key=lambda e: (min(index[e[0]], index[e[1]]), str(e[0]), str(e[1]), str(e[2])))
    left, dropped = budget["max_sentences"], 0
    for u, v, key, attrs in edges:
        facts = []
        for n, item in enumerate(attrs.get("evidence") or []):
            doc = str(item.get("doc") or "")
            if doc not in docs:
                docs[doc] = len(titles)
                titles.append([doc, item.get("title") or None])
            keep = n < budget["per_relation"] and left > 0
            left -= keep
            dropped += not keep
            facts.append(_fact(item, docs[doc], keep))
        cls = attrs.get("cls")
        rels.append({"f": index[u], "t": index[v], "rel": str(attrs.get("relation") or key),
                     "cls": cls or None, "kind": relation_kind(cls), "neg": bool(attrs.get("negated")),
                     "roles": _as_list(attrs.get("roles")), "facts": facts})
    return rels, titles, dropped


def _legend(nodes: list[dict[str, Any]], rels: list[dict[str, Any]]) -> dict[str, Any]:
    """Types, relation classes and countries present, with counts, in legend order."""
    from collections import Counter

    type_count = Counter(n["type"] for n in nodes)
    styles = [*ACTOR_STYLE.items(), *((t, _UNKNOWN_STYLE) for t in sorted(set(type_count) - set(ACTOR_STYLE)))]
    types = [{"type": t, "shape": s, "color": c, "glyph": g, "n": type_count[t]}
             for t, (s, c, g) in styles if t in type_count]
    kinds = {k: (label, colour) for k, label, colour in EDGE_KINDS}
    class_count = Counter(r["cls"] or r["rel"] for r in rels)
    classes = sorted(class_count, key=lambda c: ([k for k, *_ in EDGE_KINDS].index(relation_kind(c)), c))
    country_count = Counter(n["country"] for n in nodes if n["country"])
    return {
        "types": types,
        "kinds": [{"kind": k, "label": label, "color": colour} for k, (label, colour) in kinds.items()],
        "classes": [{"cls": c, "kind": relation_kind(c), "color": kinds[relation_kind(c)][1],
                     "n": class_count[c]} for c in classes],
        "countries": [[c, n] for c, n in sorted(country_count.items(), key=lambda kv: (-kv[1], kv[0]))],
        "noCountry": sum(1 for n in nodes if not n["country"]),
    }


def page_data(graph: Any, *, top: int | None = None, seed: int = 7,
              budget: dict[str, int] | None = None) -> dict[str, Any]:
    """Everything the page draws, as plain JSON-ready data.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        top: keep at most this many actors in the page (the most central).
        seed: seed of the communities and the layout (same graph, same page).
        budget: overrides of :data:`BUDGET` (``max_actors``, ``max_sentences``, ``per_relation``).

    Returns:
        ``{"nodes", "rels", "docs", "camps", "types", "kinds", "classes", "countries",
        "noCountry", "dates", "budget"}``. Nodes are the actors with a relation, most central
        (by weighted degree over typed events) first, with positions; each relation is one
        ``(agent, target, relation, negated)`` with its facts ``[doc, text, date, event_date,
        precision, modality, confidence]`` (``doc`` indexes ``docs``: ``[id, title]``).
    """
    from graphkit.layout import scores

    if top is not None and top < 1:
        raise ValueError(f"top must be a positive number of actors, not {top}")
    limits = {**BUDGET, **(budget or {})}
    standing = scores(graph)
    limit = min(limits["max_actors"], top or limits["max_actors"])
    pool = _pool(graph, standing, limit)
    nodes, legend = _node_records(graph, pool, standing, seed=seed)
    index = {v: i for i, v in enumerate(pool)}
    rels, docs, dropped = _relation_records(graph, index, limits)
    days = sorted({d for r in rels for f in r["facts"] for d in (f[3] or f[2],) if d})
    linked = sum(1 for v in graph if graph.degree(v))
    return {
        "nodes": nodes, "rels": rels, "docs": docs, "camps": legend, "palette": list(CAMP_COLOURS),
        **_legend(nodes, rels),
        "dates": [days[0][:10], days[-1][:10]] if days else None,
        "budget": {"actors": graph.number_of_nodes(), "linked": linked, "kept": len(nodes),
                   "sentencesLeftOut": dropped, **limits},
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


def render_html(
    graph: Any,
    path: str | Path,
    *,
    top: int | None = None,
    show_negated: bool = False,
    title: str = "graphkit",
    overview: int = 100,
    seed: int = 7,
    budget: dict[str, int] | None = None,
) -> Path:
    """Write the graph as one self-contained, offline HTML page.

    Args:
        graph: a graph shaped like :func:`graphkit.network.from_store`'s.
        path: the HTML file to write (its folder is created).
        top: keep at most this many actors in the page (the most central ones).
        show_negated: start with negated relations ("did not threaten") visible; they are
            hidden by default and can be switched on in the page.
        title: the page title and heading.
        overview: how many actors the overview shows when the page opens (the slider's start).
        seed: seed of the communities and the layout.
        budget: overrides of :data:`BUDGET`.

    Returns:
        The path written.
    """
    from jinja2 import Environment, PackageLoader, select_autoescape

    data = page_data(graph, top=top, seed=seed, budget=budget)
    data.update(showNegated=bool(show_negated), overview=int(overview))
    script, style = _vis_library()
    env = Environment(loader=PackageLoader("graphkit", "templates"),
                      autoescape=select_autoescape(default=True))
    page = env.get_template("graph.html").render(
        title=title, vis_script=script, vis_style=style, data=_script_json(data))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    return out


def page_url(out_dir: str | Path, *, actor: str | None = None) -> str:
    """The ``file:`` URL of a build's ``graph.html``, focused on ``actor`` when given.

    Args:
        out_dir: a build folder (holding ``graph.html`` and ``entities.jsonl``).
        actor: an actor's label, alias or IRI (case-insensitive); the page opens on its
            neighbourhood (``#actor=IRI``).

    Returns:
        The URL to open.

    Raises:
        FileNotFoundError: the folder has no ``graph.html``.
        graphkit.network.ActorNotFound: ``entities.jsonl`` names no such actor.
    """
    from urllib.parse import quote

    html = Path(out_dir) / "graph.html"
    if not html.is_file():
        raise FileNotFoundError(f"{html} does not exist; run `graphkit build` first")
    url = html.resolve().as_uri()
    if actor is None:
        return url
    return url + "#actor=" + quote(_actor_id(Path(out_dir) / "entities.jsonl", actor), safe="")


def _actor_id(entities: Path, name: str) -> str:
    """The IRI of the actor whose IRI, label or alias is ``name`` in ``entities.jsonl``
    (labels before aliases, the most mentioned first); ``name`` itself when the file is missing."""
    from graphkit.network import ActorNotFound

    if not entities.is_file():
        return name
    wanted = name.casefold().strip()
    by_label, by_alias = [], []
    with entities.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if row.get("id") == name:
                return name
            mentions = -int(row.get("mentions") or 0)
            if str(row.get("label", "")).casefold() == wanted:
                by_label.append((mentions, row["id"]))
            elif any(str(a).casefold() == wanted for a in row.get("aliases") or []):
                by_alias.append((mentions, row["id"]))
    found = min(by_label or by_alias, default=None)
    if found is None:
        raise ActorNotFound(f"no actor named {name!r} in {entities}")
    return found[1]
