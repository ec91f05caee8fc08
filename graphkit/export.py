"""Exports of a build: RDF serialisations of the store, the network view for Gephi, a CSV.

=========  ===========================================================================
format     what
=========  ===========================================================================
ttl        Turtle, all graphs merged, graphkit's prefixes bound, grouped by subject
nt         N-Triples, all graphs merged
trig, nq   TriG / N-Quads: the named graphs kept (one per article, actors, runs)
jsonld     JSON-LD, named graphs kept
graphml    GraphML of the actor network (``network.from_store``), for Gephi/yEd/Cytoscape
gexf       GEXF of the actor network, for Gephi
csv        one relation per row: subject, relation, class, object or value, evidence
events     tab-separated event table in the layout event-data users load (Phoenix/ICEWS
           style): date, source and target names and CAMEO actor codes, CAMEO event code,
           PLOVER type, negated, evidence, article id; typed events only
=========  ===========================================================================

The CSV and the event table are made to be opened in spreadsheets: a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (which a spreadsheet would run as a
formula) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from graphkit.errors import GraphkitError

__all__ = ["FORMATS", "EVENT_COLUMNS", "ExportError", "export", "check_output", "safe_cell", "network_for_files"]

#: Every export format and a short description.
FORMATS = {
    "ttl": "Turtle (all graphs merged)",
    "nt": "N-Triples (all graphs merged)",
    "trig": "TriG (named graphs kept)",
    "nq": "N-Quads (named graphs kept)",
    "jsonld": "JSON-LD (named graphs kept)",
    "graphml": "GraphML of the actor network",
    "gexf": "GEXF of the actor network (Gephi)",
    "csv": "CSV of the relations",
    "events": "tab-separated event table (date, actors and CAMEO codes, CAMEO code, PLOVER type)",
}

#: The columns of the events table, in order.
EVENT_COLUMNS = ["date", "source", "source_code", "target", "target_code", "cameo", "plover",
                 "negated", "evidence", "article"]
_EVENTS_QUERY = """
SELECT ?doc ?start ?date ?eventDate ?sourceLabel ?sourceCode ?targetLabel ?targetCode ?cameo
       ?class ?negated ?evidence
WHERE {
  ?f gk:eventClass ?class ; gk:agent ?source ; gk:negated ?negated ; gk:article ?a ;
     gk:sentence ?evidence ; gk:startChar ?start .
  FILTER(?class IN ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                    "COERCE", "ASSAULT"))
  ?a dct:identifier ?doc .
  ?source rdfs:label ?sourceLabel .
  OPTIONAL { ?source gk:cameoCode ?sourceCode }
  OPTIONAL { ?f gk:target ?target . ?target rdfs:label ?targetLabel .
             OPTIONAL { ?target gk:cameoCode ?targetCode } }
  OPTIONAL { ?f gk:cameoCode ?cameo }
  OPTIONAL { ?f gk:date ?date }
  OPTIONAL { ?f gk:eventDate ?eventDate }
}
ORDER BY ?doc ?start ?sourceLabel ?targetLabel
"""

_CSV_QUERY = """
SELECT DISTINCT ?doc ?subject ?subjectLabel ?relation ?class ?object ?objectLabel ?value
       ?negated ?modality ?date ?confidence ?start ?end ?evidence ?event_date ?date_precision
       ?date_source
WHERE {
  ?f gk:agent ?subject ; gk:relation ?relation ; gk:negated ?negated ; gk:article ?a ;
     gk:sentence ?evidence ; gk:startChar ?start ; gk:endChar ?end ; gk:confidence ?confidence .
  ?a dct:identifier ?doc .
  OPTIONAL { ?f gk:eventClass ?class }
  OPTIONAL { ?f gk:target ?object . OPTIONAL { ?object rdfs:label ?objectLabel } }
  OPTIONAL { ?f gk:content ?value }
  OPTIONAL { ?f gk:modality ?modality }
  OPTIONAL { ?f gk:date ?date }
  OPTIONAL { ?f gk:eventDate ?event_date }
  OPTIONAL { ?f gk:datePrecision ?date_precision }
  OPTIONAL { ?f gk:dateSource ?date_source }
  OPTIONAL { ?subject rdfs:label ?subjectLabel }
}
ORDER BY ?doc ?start ?subject ?relation ?object ?value
"""
_CSV_COLUMNS = ["doc", "subject", "subjectLabel", "relation", "class", "object", "objectLabel",
                "value", "negated", "modality", "date", "confidence", "start", "end", "evidence",
                "event_date", "date_precision", "date_source"]


class ExportError(GraphkitError):
    """An export cannot be made (unknown format, no store); the message is one line."""


def export(out_dir: str | Path, fmt: str) -> bytes:
    """Export the build in ``out_dir`` as ``fmt`` (see :data:`FORMATS`).

    Raises:
        ExportError: unknown format, or no store in ``out_dir``.
    """
    from graphkit.kg.store import RDF_FORMATS, open_build_store

    key = fmt.lower().lstrip(".")
    key = {"turtle": "ttl", "json-ld": "jsonld", "nquads": "nq", "ntriples": "nt"}.get(key, key)
    if key not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    try:
        with open_build_store(out_dir) as store:
            if key in RDF_FORMATS:
                return store.serialize(key)
            if key == "csv":
                return _relations_csv(store)
            if key == "events":
                return _events_table(store)
            return _network_file(store, key)
    except GraphkitError as exc:  # no store, no complete build, a store that cannot be opened
        raise ExportError.like(exc) from None


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: formula prefixes are escaped with ``'``.

    Numbers stay numbers (a negative number is no formula).

    >>> print(safe_cell("=HYPERLINK(1)"), safe_cell("@SUM(A1)"), safe_cell(-3), safe_cell("MQM"))
    '=HYPERLINK(1) '@SUM(A1) -3 MQM
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def check_output(path: Path, data: bytes | None = None) -> None:
    """Check that ``path`` can be written (before the export), or write ``data`` to it
    atomically.

    Raises:
        ExportError: the folder is missing, ``path`` is a folder, or it cannot be written.
    """
    import os

    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name with -o")
    parent = path.parent
    if not parent.is_dir():
        raise ExportError(f"{path}: the folder {parent} does not exist; create it first")
    if data is None:
        if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            raise ExportError(f"{path}: cannot write here (permission denied)")
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _relations_csv(store: Any) -> bytes:
    from graphkit.kg.mapping import relation_name

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in store.rows(_CSV_QUERY):
        row["negated"] = str(row["negated"]).lower()
        row["relation"] = relation_name(row["relation"])
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return buf.getvalue().encode("utf-8")


def _events_table(store: Any) -> bytes:
    """Typed events as a tab-separated table, sorted by date (event date where known)."""
    rows = []
    for row in store.rows(_EVENTS_QUERY):
        when = str(row.get("eventDate") or row.get("date") or "")[:10]
        rows.append([when, _cell(row.get("sourceLabel") or ""), row.get("sourceCode") or "",
                     _cell(row.get("targetLabel") or ""), row.get("targetCode") or "",
                     row.get("cameo") or "", row.get("class") or "",
                     str(row.get("negated")).lower(), _cell(str(row.get("evidence") or "")),
                     row.get("doc") or ""])
    rows.sort(key=lambda r: (r[0], r[9]))
    lines = ["\t".join(EVENT_COLUMNS)] + ["\t".join(str(c) for c in r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _cell(text: str) -> str:
    """A table cell: no tabs or line breaks inside, no formula a spreadsheet would run."""
    return str(safe_cell(" ".join(text.split())))


def network_for_files(graph: Any) -> Any:
    """A copy of the network with list and dict attributes flattened to strings (GraphML and
    GEXF only take scalars): lists joined with ``"; "``, evidence as its sentences joined with
    ``" | "`` plus the article ids in ``docs``, their dates in ``dates`` and the events' own
    in ``event_dates``."""
    flat = graph.copy()
    for _, data in flat.nodes(data=True):
        for k, v in list(data.items()):
            if isinstance(v, list):
                data[k] = "; ".join(map(str, v))
    for _, _, key, data in flat.edges(keys=True, data=True):
        evidence = data.pop("evidence", [])
        data["evidence"] = " | ".join(e["text"] for e in evidence)
        data["docs"] = "; ".join(dict.fromkeys(e["doc"] for e in evidence))
        data["dates"] = "; ".join(dict.fromkeys(e["date"] or "" for e in evidence))
        data["event_dates"] = "; ".join(dict.fromkeys(e.get("event_date") or "" for e in evidence))
        data["key"] = key
        for k, v in list(data.items()):
            if isinstance(v, list):
                data[k] = "; ".join(map(str, v))
            elif v is None:
                data[k] = ""
    return flat


def _network_file(store: Any, key: str) -> bytes:
    import networkx as nx

    from graphkit.network import from_store

    flat = network_for_files(from_store(store))
    buf = io.BytesIO()
    if key == "graphml":
        nx.write_graphml(flat, buf, encoding="utf-8")
    else:
        for _, data in flat.nodes(data=True):
            data["type_"] = data.pop("type")  # "type" clashes with a GEXF attribute
        nx.write_gexf(flat, buf, encoding="utf-8")
    return buf.getvalue()
