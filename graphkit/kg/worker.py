"""The query processes of ``graphkit serve``: each answers SPARQL queries on a read-only store.

``graphkit serve`` runs each query in such a process, so a query that runs too long, or whose
client has gone, is stopped by ending its process: the CPU and memory it held are freed at
once. The process opens the store read-only, says it is ready, then answers one request at a
time on its standard input and output. Messages are framed: a JSON header (4-byte length
first), then a body (8-byte length first). :class:`ProcessPool` is the server's side: it
starts the processes, reuses idle ones and ends those on a store that is no longer current.

Example:
    >>> import io
    >>> pipe = io.BytesIO()
    >>> send(pipe, {"status": 200}, b"yes")
    >>> _ = pipe.seek(0)
    >>> receive(pipe)
    ({'status': 200}, b'yes')
"""

from __future__ import annotations

import contextlib
import json
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

from graphkit.errors import GraphkitError

__all__ = ["WorkerError", "QueryProcess", "ProcessPool", "send", "receive", "answer", "main"]

_RESULTS = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
_GRAPHS = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD", "application/n-quads": "N_QUADS",
}


class WorkerError(GraphkitError):
    """A query process cannot open its store; one line."""


def _die_with_parent() -> None:
    """In a query process: be killed when the server dies, even by SIGKILL (Linux)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class QueryProcess:
    """One query process on one store, started and ready to answer."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.process = subprocess.Popen(
            [sys.executable, "-m", "graphkit.kg.worker", str(store)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent)
        ready = receive(self.process.stdout)  # type: ignore[arg-type]
        if ready is None or not ready[0].get("ready"):
            self.kill()
            why = ready[0].get("error", "it stopped") if ready else "it stopped"
            raise WorkerError(f"{store}: cannot open the store for queries ({why})")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


class ProcessPool:
    """At most ``size`` query processes on the store ``locate()`` names now; idle ones are
    reused, stopped ones replaced, and those on a store that is no longer current ended."""

    def __init__(self, locate: Callable[[], Path], size: int) -> None:
        self.locate, self.size = locate, size
        self._idle: list[QueryProcess] = []
        self._all: set[QueryProcess] = set()
        self._busy = 0
        self._cond = threading.Condition()
        self._closed = False
        # query processes are started from one long-lived thread: a process is killed when
        # the thread that started it ends (PR_SET_PDEATHSIG), and request threads are short
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphkit-spawn")

    def acquire(self, deadline: float) -> QueryProcess | None:
        """A worker on the current build, or None when none frees up before ``deadline``."""
        store = self.locate()
        with self._cond:
            while True:
                if self._closed:
                    return None
                stale = [w for w in self._idle if w.store != store]
                for w in stale:  # a rebuild switched the folder: the old build's idle workers go
                    self._idle.remove(w)
                    self._all.discard(w)
                    w.kill()
                if self._idle:
                    self._busy += 1
                    return self._idle.pop()
                if self._busy < self.size:
                    self._busy += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(timeout=left):
                    return None
        try:
            worker = self._spawner.submit(QueryProcess, store).result()
        except BaseException:
            self._done()
            raise
        with self._cond:
            self._all.add(worker)
        return worker

    def warm(self) -> None:
        """Start every query process now, so the first queries do not wait for them."""
        store = self.locate()
        started = [self._spawner.submit(QueryProcess, store) for _ in range(self.size)]
        workers = [f.result() for f in started]
        with self._cond:
            self._idle.extend(workers)
            self._all.update(workers)

    def release(self, worker: QueryProcess, *, reuse: bool) -> None:
        reuse = reuse and not self._closed and worker.process.poll() is None
        if not reuse:
            worker.kill()
        with self._cond:
            if reuse:
                self._idle.append(worker)
            else:
                self._all.discard(worker)
            self._busy -= 1
            self._cond.notify()

    def _done(self) -> None:
        with self._cond:
            self._busy -= 1
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            every, self._idle = list(self._all), []
            self._all.clear()
            self._cond.notify_all()
        for w in every:  # busy ones too: no query outlives the server
            w.kill()
        self._spawner.shutdown(wait=False)


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
