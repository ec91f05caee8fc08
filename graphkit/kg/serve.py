"""Serving a build as a read-only SPARQL 1.1 Protocol endpoint that abuse cannot take down.

``graphkit serve OUT`` answers ``GET``/``POST /query`` (SPARQL 1.1 Protocol: ``query`` as a
URL or form parameter or an ``application/sparql-query`` body; results as JSON, XML, CSV or
TSV, graphs as Turtle, N-Triples, RDF/XML or JSON-LD, by ``Accept``). The union of all named
graphs is the default graph and graphkit's prefixes (``gk:``, ``actor:``, ``dct:``, ...) are
predeclared, so the canned ``.rq`` texts run as they are. There is no update.

What it guards against:

- each query runs in its own process (:mod:`graphkit.kg.worker`), ended when it has run
  ``timeout`` seconds or when its client goes away, which frees its CPU and memory at once;
  the other queries keep being answered by the other processes;
- the ``Host`` header must name the address it is bound to (no DNS rebinding);
- it binds its port itself and reports its URL only after answering its own first query,
  so a port held by another server is a clear one-line error;
- it always answers from the folder's current build: after a rebuild, new queries go to the
  new build (queries already running finish on the previous one).

Example (not run here)::

    with start("out", port=0) as endpoint:
        urllib.request.urlopen(endpoint.query_url + "?query=ASK%7B%7D")
"""

from __future__ import annotations

import ipaddress
import logging
import os
import select
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from graphkit.errors import GraphkitError
from graphkit.kg.worker import ProcessPool, QueryProcess, receive, send

__all__ = ["ServeError", "Endpoint", "SparqlServer", "start", "serve"]

log = logging.getLogger("graphkit.serve")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_MAX_BODY = 1_000_000
_MAX_WAIT = 60.0  # seconds a request may wait for a free query process


class ServeError(GraphkitError):
    """The server cannot start; the message is one line."""


def _current_store(out: Path) -> Path:
    """The store of the build the server answers from now."""
    from graphkit.folder import FolderError, snapshot

    if (out / "CURRENT").is_file():
        return out.resolve()
    try:
        snap = snapshot(out)
    except FolderError as exc:
        raise ServeError(str(exc)) from None
    if snap.store_url:
        raise ServeError(f"{out} was built into the remote store {snap.store_url}; query that store's endpoint")
    if not (snap.store / "CURRENT").is_file():
        raise ServeError(f"{snap.store}: no store here; run `graphkit build` first")
    return snap.store.resolve()


def _allowed_hosts(host: str, port: int) -> set[str] | None:
    """The ``Host`` header values accepted (None: any IP literal or this machine's names)."""
    if host in ("0.0.0.0", "::", ""):
        return None
    names = {host} | (_LOOPBACK if host in _LOOPBACK else set())
    out = set()
    for name in names:
        shown = f"[{name}]" if ":" in name else name
        out |= {shown, f"{shown}:{port}"}
    return out


def _host_ok(value: str | None, allowed: set[str] | None) -> bool:
    if value is None:
        return True  # HTTP/1.0 clients send none; browsers (DNS rebinding) always do
    value = value.strip().lower()
    if allowed is not None:
        return value in allowed
    if value.startswith("["):
        name = value[1:].split("]")[0]
    else:
        name = value.split(":")[0] if value.count(":") == 1 else value
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name in {"localhost", socket.gethostname().lower(), socket.getfqdn().lower()}


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server of ``graphkit serve``; see the module docstring.

    Args:
        out: the build folder.
        host: the address to bind (loopback by default).
        port: the TCP port; 0 picks a free one.
        timeout: seconds a query may run.
        workers: queries run at once.

    Raises:
        ServeError: the folder holds no store, or the address cannot be bound.
    """

    daemon_threads = True
    request_queue_size = 512

    def __init__(self, out: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
                 timeout: float = 30.0, workers: int = 2) -> None:
        self.out = Path(out)
        _current_store(self.out)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise ServeError(f"cannot listen on {host}: not an address of this machine ({exc})") from None
        self.address_family = infos[0][0]
        try:
            super().__init__((host, port), _Handler)
        except OSError as exc:
            why = "another server holds this port; choose another with --port" \
                if exc.errno == 98 else (exc.strerror or str(exc))
            raise ServeError(f"cannot listen on {host}:{port}: {why}") from None
        self.port = int(self.server_address[1])
        self.host = host
        self.timeout_s = timeout
        self.pool = ProcessPool(lambda: _current_store(self.out), workers)
        self.allowed = _allowed_hosts(host, self.port)
        shown = f"[{host}]" if ":" in host else host
        #: The SPARQL 1.1 query endpoint.
        self.query_url = f"http://{shown}:{self.port}/query"

    def server_close(self) -> None:
        super().server_close()
        pool = getattr(self, "pool", None)  # None when binding failed
        if pool is not None:
            pool.close()


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "graphkit-sparql"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        log.info("%s %s", self.address_string(), format % args)

    def _reply(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self) -> bool:
        if _host_ok(self.headers.get("Host"), self.server.allowed):
            return False
        self._reply(421, b"this server does not answer for that host name\n")
        return True

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self._refuse():
            return
        parts = urlsplit(self.path)
        if parts.path != "/query":
            self._reply(404, b"not found; SPARQL queries go to /query\n")
            return
        self._query(parse_qs(parts.query))

    def do_POST(self) -> None:  # noqa: N802
        if self._refuse():
            return
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._reply(413, b"query too large\n")
            self.close_connection = True
            return
        body = self.rfile.read(length)
        if parts.path != "/query":
            self._reply(403 if parts.path in ("/update", "/store") else 404, b"read-only endpoint: queries only\n")
            return
        params = parse_qs(parts.query)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        elif kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body.decode("utf-8", "replace")).items():
                params.setdefault(key, []).extend(values)
        else:
            self._reply(415, b"send application/sparql-query or a form\n")
            return
        self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query", [])
        if len(queries) != 1:
            self._reply(400, b"give one 'query' parameter\n")
            return
        request = {"query": queries[0], "accept": self.headers.get("Accept", ""),
                   "default_graph": params.get("default-graph-uri", []),
                   "named_graph": params.get("named-graph-uri", [])}
        started = time.monotonic()
        try:  # waiting for a free query process uses no CPU: it may take longer than a query
            worker = self.server.pool.acquire(started + max(_MAX_WAIT, self.server.timeout_s))
        except GraphkitError as exc:  # the store cannot be opened (or a rebuild removed it)
            self._reply(503, f"{exc}\n".encode())
            return
        if worker is None:
            self._reply(503, b"all query processes stayed busy; retry later\n")
            return
        header, body, reuse = self._run(worker, request, time.monotonic() + self.server.timeout_s)
        self.server.pool.release(worker, reuse=reuse)
        if header is not None:
            self._reply(header["status"], body, header["type"])
        log.info("query %s in %.3fs", header["status"] if header else "dropped", time.monotonic() - started)

    def _run(self, worker: QueryProcess, request: dict[str, Any],
             deadline: float) -> tuple[dict[str, Any] | None, bytes, bool]:
        """Send the request; wait for the answer, the deadline or the client leaving."""
        try:
            send(worker.process.stdin, request)  # type: ignore[arg-type]
        except OSError:
            return {"status": 500, "type": "text/plain"}, b"the query process stopped\n", False
        out = worker.process.stdout
        watch: list[Any] = [out, self.connection]
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                log.warning("a query ran %.0fs and was stopped", self.server.timeout_s)
                return ({"status": 503, "type": "text/plain"},
                        f"query stopped after {self.server.timeout_s:g}s (the server's --timeout)\n".encode(), False)
            ready, _, _ = select.select(watch, [], [], min(left, 0.5))
            if out in ready:
                message = receive(out)  # type: ignore[arg-type]
                if message is None:
                    return {"status": 500, "type": "text/plain"}, b"the query process stopped\n", False
                return message[0], message[1], True
            if self.connection in ready:
                if _gone(self.connection):
                    log.info("client left; its query was stopped")
                    self.close_connection = True
                    return None, b"", False
                watch = [out]  # the client sent more (a next request): stop watching it


def _gone(conn: socket.socket) -> bool:
    """True when the client closed its side (readable with nothing to read)."""
    try:
        return conn.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def _self_test(server: SparqlServer) -> None:
    """Answer one query through our own socket before telling anyone the URL."""
    from urllib.error import HTTPError
    from urllib.request import Request, urlopen

    req = Request(server.query_url + "?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
    try:
        with urlopen(req, timeout=60) as resp:
            if resp.status == 200 and resp.headers.get("Server", "").startswith("graphkit-sparql"):
                return
    except HTTPError as exc:
        first = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise ServeError(f"{server.query_url} failed its first query: {first[0] if first else exc.code}") from None
    raise ServeError(f"{server.query_url} does not answer as this server")


def serve(out_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          workers: int = 2) -> None:
    """Serve ``out_dir`` until interrupted or terminated (``graphkit serve``).

    Prints the endpoint's URL on stdout once it has answered its own first query.

    Raises:
        ServeError: no store, or the address cannot be bound.
    """
    import signal

    def _terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate)
    server = SparqlServer(out_dir, host=host, port=port, timeout=timeout, workers=workers)
    if host not in _LOOPBACK:
        log.warning("warning: serving on %s: anyone who can reach this address can query the graph", host)
    thread = threading.Thread(target=server.serve_forever, name="graphkit-serve", daemon=True)
    try:
        server.pool.warm()
        thread.start()
        _self_test(server)
        print(f"SPARQL endpoint (read-only): {server.query_url}  (Ctrl-C to stop)", flush=True)
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
        signal.signal(signal.SIGTERM, previous)


class Endpoint:
    """A ``graphkit serve`` process; stop it with :meth:`stop` or a ``with`` block."""

    def __init__(self, process: subprocess.Popen[bytes], query_url: str) -> None:
        self.process = process
        #: The SPARQL 1.1 query endpoint.
        self.query_url = query_url
        netloc = urlsplit(query_url).netloc
        self.host, _, port = netloc.rpartition(":")
        self.host = self.host.strip("[]")
        self.port = int(port)

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop the server (and its query processes) and wait for it to exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(out_dir: str | Path, *, host: str = "127.0.0.1", port: int = 0, timeout: float = 30.0,
          workers: int = 2, wait: float = 60.0) -> Endpoint:
    """Start ``graphkit serve`` in the background and return once it answers.

    Args:
        out_dir: the build folder.
        host: the address to bind; loopback by default.
        port: the TCP port; 0 picks a free one.
        timeout: seconds a query may run.
        workers: queries run at once.
        wait: seconds to wait for the server to answer.

    Raises:
        ServeError: no store, the address cannot be bound, or the server did not start.
    """
    _current_store(Path(out_dir))
    cmd = [sys.executable, "-m", "graphkit", "serve", str(out_dir), "--host", host, "--port", str(port),
           "--timeout", str(timeout), "--workers", str(workers)]
    import tempfile

    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
        ready, _, _ = select.select([process.stdout], [], [], wait)  # type: ignore[type-var]
        line = process.stdout.readline().decode("utf-8", "replace") if ready else ""  # type: ignore[union-attr]
        if not line.startswith("SPARQL endpoint"):
            process.kill()
            process.wait()
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise ServeError(lines[-1].removeprefix("error: ") if lines else "the server did not start")
    return Endpoint(process, line.split()[3])
