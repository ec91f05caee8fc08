"""SPARQL over a build: ad-hoc text, ``.rq`` files, or canned queries by name with parameters.

Canned queries live in ``graphkit/queries/NAME.rq``. Their header comments document them:
the first line is the summary, ``# param NAME: ...`` lines declare parameters (``(required)``
when they must be given, ``(date)`` for a date). Parameters name actors: a value is casefolded
(``gk:nameKey`` holds every label and alias casefolded) and bound as a literal in a ``VALUES``
block, never pasted into the query text, so SPARQL syntax inside a value cannot change the
query. A date parameter must be ``YYYY-MM-DD`` and is bound as an ``xsd:date``. An optional
parameter left out leaves its variable free (all actors, no bound on the dates).
Queries see the union of all named graphs, with graphkit's prefixes (gk, actor, dct, org,
prov, skos, ...) predeclared.

Example:
    >>> sorted(list_queries())[:3]
    ['between', 'members-of', 'most-active']
    >>> canned("who-threatens").params
    {'target': ('only threats against this actor, by label or alias, any case ("MQM").', False)}
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graphkit.errors import GraphkitError

__all__ = [
    "QUERY_DIR",
    "QueryError",
    "CannedQuery",
    "QueryResult",
    "list_queries",
    "canned",
    "bindings",
    "run",
    "format_result",
]

#: Folder of the canned queries.
QUERY_DIR = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*((?:\((?:required|date)\)\s*)*):\s*(.*)$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NAME = re.compile(r"^[\w-]+$")
_FORMATS = ("table", "csv", "json")


class QueryError(GraphkitError):
    """A query cannot run: unknown canned query, bad parameters, syntax error. One line."""


@dataclass(frozen=True, slots=True)
class CannedQuery:
    """A documented query from ``graphkit/queries``.

    Attributes:
        name: the file stem ("who-threatens").
        summary: the first header line.
        params: parameter name -> (description, required).
        text: the SPARQL text.
        dates: the parameters that take a date (``YYYY-MM-DD``), not an actor name.
    """

    name: str
    summary: str
    params: dict[str, tuple[str, bool]]
    text: str
    dates: frozenset[str] = frozenset()


@dataclass(slots=True)
class QueryResult:
    """The answer to a query.

    Attributes:
        kind: "select", "ask" or "graph" (CONSTRUCT/DESCRIBE).
        vars: the column names of a SELECT (s, p, o for a graph).
        rows: the rows, as pyoxigraph terms (None where unbound).
        boolean: the answer of an ASK.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts of plain Python values (IRIs as str, numbers as int/float)."""
        from graphkit.kg.sparql import to_python

        return [{v: to_python(t) for v, t in zip(self.vars, row, strict=True)} for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


def _parse(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    summary = header[0].lstrip("# ").strip() if header else ""
    params, dates = {}, set()
    for line in header:
        m = _PARAM.match(line)
        if m:
            params[m.group(1)] = (m.group(3).strip(), "(required)" in m.group(2))
            if "(date)" in m.group(2):
                dates.add(m.group(1))
    return CannedQuery(path.stem, summary, params, text, frozenset(dates))


@lru_cache(maxsize=1)
def _canned() -> dict[str, CannedQuery]:
    return {p.stem: _parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def list_queries() -> dict[str, str]:
    """Canned query name -> one-line summary with its parameters.

    >>> list_queries()["between"].split(" Params: ")[1]
    'a (required), b (required), from, to.'
    """
    out = {}
    for name, q in _canned().items():
        params = ", ".join(p + (" (required)" if req else "") for p, (_, req) in q.params.items())
        out[name] = q.summary + (f" Params: {params}." if params else "")
    return out


def canned(name: str) -> CannedQuery:
    """The canned query ``name``.

    Raises:
        QueryError: there is none by that name.
    """
    try:
        return _canned()[name]
    except KeyError:
        known = ", ".join(_canned())
        raise QueryError(f"no canned query named {name!r}; known: {known}") from None


def _prepare(sparql_or_name: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The query text and the bindings to join into it."""
    text = sparql_or_name.strip()
    if not _NAME.match(text):
        return text, params
    query = canned(text)
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        takes = ", ".join(query.params) or "no parameters"
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}; it takes: {takes}")
    missing = [p for p, (_, req) in query.params.items() if req and not params.get(p)]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=VALUE "
                         f"({query.params[missing[0]][0]})")
    return query.text, {k: _bound(query, k, v) for k, v in params.items() if v not in (None, "")}


def _bound(query: CannedQuery, name: str, value: Any) -> Any:
    """A parameter value as bound: an ``xsd:date`` for a date, else the casefolded name that
    ``gk:nameKey`` holds for every label and alias."""
    from graphkit.kg.namespace import name_key

    if name not in query.dates:
        return name_key(str(value))
    import pyoxigraph as ox

    from graphkit.dates import iso_date

    text = str(value).strip()
    if not _ISO_DAY.match(text) or iso_date(text) is None:
        raise QueryError(f"query {query.name!r}: --param {name} must be a date, YYYY-MM-DD "
                         f"(got {text!r})")
    return ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))


def bindings(name: str, params: dict[str, Any]) -> dict[str, Any]:
    """The values :func:`run` binds into the canned query ``name`` for ``params``.

    >>> bindings("timeline", {"actor": " The  TTP", "from": "2013-01-01"})["actor"]
    'the ttp'

    Raises:
        QueryError: as :func:`run` does for unknown, missing or malformed parameters.
    """
    return _prepare(name, dict(params))[1]


def run(out_dir: str | Path, sparql_or_name: str, *,
        params: dict[str, Any] | None = None) -> QueryResult:
    """Run a query against a build's store.

    Args:
        out_dir: the build folder (or its ``store`` folder).
        sparql_or_name: SPARQL text, or the name of a canned query (see :func:`list_queries`).
        params: values for the query's parameters (bound as literals).

    Raises:
        QueryError: unknown query or parameter, missing parameter, SPARQL syntax error, or
            no store in ``out_dir``.
    """
    from graphkit.kg.store import open_build_store

    text, bindings = _prepare(sparql_or_name, dict(params or {}))
    try:
        with open_build_store(out_dir) as store:
            return _execute(store, text, bindings)
    except GraphkitError as exc:  # no store, no complete build, a store that cannot be opened
        raise QueryError.like(exc) from None


def _execute(store: Any, text: str, bindings: dict[str, Any]) -> QueryResult:
    import pyoxigraph as ox

    try:
        answer = store.results(text, bindings=bindings) if hasattr(store, "results") else \
            store.query(text, bindings=bindings)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", ["answer"], [[ox.Literal(str(bool(answer)).lower())]],
                               boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            return QueryResult("select", names, [[sol[n] for n in names] for sol in answer])
        return QueryResult("graph", ["subject", "predicate", "object"],  # triples
                           [[t.subject, t.predicate, t.object] for t in answer])
    except (SyntaxError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"SPARQL error: {first}") from None


def _compact(term: Any) -> str:
    import pyoxigraph as ox

    from graphkit.kg.namespace import PREFIXES

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    return term.value if isinstance(term, ox.Literal) else str(term)


def _json_term(term: Any) -> dict[str, str] | None:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return None


def format_result(result: QueryResult, fmt: str = "table", *, width: int = 60) -> str:
    """Render a result as an aligned text ``table``, ``csv`` or ``json``.

    ``json`` is the W3C SPARQL 1.1 Query Results JSON format (``{"boolean": ...}`` for ASK);
    ``table`` shortens IRIs with graphkit's prefixes and cuts cells at ``width`` characters.

    Raises:
        QueryError: unknown format.
    """
    if fmt not in _FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(_FORMATS)}")
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = [{v: j for v, t in zip(result.vars, row, strict=True)
                     if (j := _json_term(t)) is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.vars)
        writer.writerows([["" if t is None else t.value for t in row] for row in result.rows])
        return buf.getvalue()
    cells = [[_cut(_compact(t), width) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.vars)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
