"""Validating a build against the SHACL shapes in ``ontologies/shapes.ttl`` (pySHACL).

The data graph is the union of the store's graphs; the ontology is mixed in so that
``sh:class gk:Actor`` accepts a ``gk:Person``. The report lists one violation a line:
the node, the property and what is wrong.
"""

from __future__ import annotations

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
    from pyshacl import validate
    from rdflib import Graph

    shapes = Graph().parse(shapes_file(), format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes, ont_graph=_ontology(),
                                    inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return True, f"conforms: {len(data)} triples satisfy the graphkit shapes ({shapes_file().name})"
    lines = _violations(results, data)
    head = f"does not conform: {len(lines)} violation{'s' if len(lines) != 1 else ''}"
    more = [f"  ... and {len(lines) - _MAX_LINES} more"] if len(lines) > _MAX_LINES else []
    return False, "\n".join([head] + [f"  {line}" for line in lines[:_MAX_LINES]] + more)


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


def validate_build(out_dir: str | Path) -> tuple[bool, str]:
    """Validate the store of the build in ``out_dir``.

    Returns:
        ``(conforms, report_text)``.
    """
    from rdflib import Graph

    from graphkit.kg.store import open_store

    path = Path(out_dir)
    path = path / "store" if (path / "store").is_dir() else path
    with open_store(path, read_only=True) as store:
        data = store.serialize("nt")
    graph = Graph().parse(data=data, format="nt")
    return validate_graph(graph)
