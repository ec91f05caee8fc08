"""Binding values into SPARQL safely, and turning result terms into Python values.

Values are never pasted into query text as raw strings: each one becomes an RDF term,
serialised by pyoxigraph (quotes and backslashes escaped), inside a ``VALUES`` block that
opens the query's ``WHERE`` group. A value full of SPARQL syntax stays one literal.

Example:
    >>> bind_values('SELECT ?x WHERE { ?x ?p ?label }', {"label": 'a" } ?s ?p ?o {'})
    'SELECT ?x WHERE { VALUES (?label) { ("a\\\\" } ?s ?p ?o {") } ?x ?p ?label }'
    >>> to_python(to_term(3))
    3
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode

__all__ = ["Binding", "to_term", "to_python", "bind_values"]

Binding = str | int | float | bool | NamedNode | Literal

_XSD = "http://www.w3.org/2001/XMLSchema#"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b[^{]*\{", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                            "positiveInteger")}
_FLOATS = {_XSD + "double", _XSD + "float", _XSD + "decimal"}


def to_term(value: Binding) -> NamedNode | Literal:
    """An RDF term for a Python value: strings become plain literals, never IRIs.

    >>> to_term("x")
    <Literal value=x datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    >>> to_term(True).value
    'true'
    """
    if isinstance(value, NamedNode | Literal):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(_XSD + "double"))
    return Literal(str(value))


def to_python(term: Any) -> Any:
    """The Python value of a result term: IRIs as str, typed literals as int/float/bool.

    >>> to_python(Literal("true", datatype=NamedNode(_XSD + "boolean")))
    True
    >>> to_python(None) is None
    True
    """
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, Literal):
        dt = term.datatype.value
        try:
            if dt in _INTS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def bind_values(sparql: str, bindings: Mapping[str, Binding] | None) -> str:
    """``sparql`` with ``bindings`` joined in as a ``VALUES`` block at the top of ``WHERE``.

    Raises:
        ValueError: a binding name is not a SPARQL variable name, or the query has no group.
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _NAME.match(name):
            raise ValueError(f"{name!r} is not a valid SPARQL variable name")
    names = " ".join("?" + n for n in bindings)
    row = " ".join(str(to_term(v)) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }}"
    match = _WHERE.search(sparql) or _FORM.search(sparql)
    if match is None:
        raise ValueError("cannot bind parameters: the query has no WHERE { ... } group")
    return sparql[: match.end()] + block + sparql[match.end():]
