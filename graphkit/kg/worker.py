"""One query process of ``graphkit serve``: answers SPARQL queries on a read-only store.

``graphkit serve`` runs each query in such a process, so a query that runs too long, or whose
client has gone, is stopped by ending its process: the CPU and memory it held are freed at
once. The process opens the store read-only, says it is ready, then answers one request at a
time on its standard input and output. Messages are framed: a JSON header (4-byte length
first), then a body (8-byte length first).

Example:
    >>> import io
    >>> pipe = io.BytesIO()
    >>> send(pipe, {"status": 200}, b"yes")
    >>> _ = pipe.seek(0)
    >>> receive(pipe)
    ({'status': 200}, b'yes')
"""

from __future__ import annotations

import json
import struct
import sys
from typing import IO, Any

__all__ = ["send", "receive", "answer", "main"]

_RESULTS = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
_GRAPHS = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD", "application/n-quads": "N_QUADS",
}


def send(pipe: IO[bytes], header: dict[str, Any], body: bytes = b"") -> None:
    """Write one framed message."""
    head = json.dumps(header).encode("utf-8")
    pipe.write(struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)))
    pipe.write(body)
    pipe.flush()


def receive(pipe: IO[bytes]) -> tuple[dict[str, Any], bytes] | None:
    """Read one framed message; None at the end of the stream."""
    raw = pipe.read(4)
    if len(raw) < 4:
        return None
    header = json.loads(pipe.read(struct.unpack(">I", raw)[0]))
    size = struct.unpack(">Q", pipe.read(8))[0]
    return header, pipe.read(size)


def _choose(accept: str, offers: dict[str, str], default: str) -> tuple[str, str] | None:
    """The media type and format to answer with, by the client's ``Accept`` (None: 406)."""
    wanted = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            key, _, value = p.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        wanted.append((-q, i, media.strip().lower()))
    for neg_q, _, media in sorted(wanted):
        if neg_q >= 0:
            continue
        if media in offers:
            return media, offers[media]
        if media in ("*/*", "", "application/*", "text/*"):
            return default, offers[default]
    return None if accept.strip() else (default, offers[default])


def answer(store: Any, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """Run one query request and serialise the answer as the client asked.

    ``request`` holds ``query``, ``accept`` and optional ``default_graph`` / ``named_graph``
    lists of IRIs. The answer header holds the HTTP ``status`` and content ``type``.
    """
    import pyoxigraph as ox

    from graphkit.kg.namespace import PREFIXES

    options: dict[str, Any] = {"prefixes": PREFIXES}
    if request.get("default_graph"):
        options["default_graph"] = [ox.NamedNode(g) for g in request["default_graph"]]
    else:
        options["use_default_graph_as_union"] = True
    if request.get("named_graph"):
        options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graph"]]
    try:
        result = store.query(request["query"], **options)
    except (SyntaxError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return {"status": 400, "type": "text/plain"}, f"SPARQL error: {first}\n".encode()
    graph = isinstance(result, ox.QueryTriples)
    offers = _GRAPHS if graph else _RESULTS
    chosen = _choose(request.get("accept") or "", offers, "text/turtle" if graph else "application/sparql-results+json")
    if chosen is None:
        return {"status": 406, "type": "text/plain"}, f"cannot answer as {request.get('accept')}\n".encode()
    media, name = chosen
    if graph:
        body = result.serialize(format=getattr(ox.RdfFormat, name)) or b""
    else:
        body = result.serialize(format=getattr(ox.QueryResultsFormat, name)) or b""
    return {"status": 200, "type": media}, body


def main(argv: list[str] | None = None) -> None:
    """Open the store named on the command line and answer requests until stdin closes."""
    import pyoxigraph as ox

    args = sys.argv[1:] if argv is None else argv
    out, inp = sys.stdout.buffer, sys.stdin.buffer
    try:
        store = ox.Store.read_only(args[0])
    except OSError as exc:
        send(out, {"ready": False, "error": str(exc).splitlines()[0] if str(exc) else "cannot open"})
        return
    send(out, {"ready": True})
    while (message := receive(inp)) is not None:
        header, body = answer(store, message[0])
        send(out, header, body)


if __name__ == "__main__":
    main()
