"""Serving a build's store as a read-only SPARQL 1.1 Protocol endpoint.

The server is Oxigraph's own (``oxigraph serve-read-only`` from the ``oxigraph`` package),
run on the build's store with the union of all named graphs as the default graph. It binds
to 127.0.0.1 unless told otherwise; queries go to ``http://HOST:PORT/query``.

Example (not run here)::

    with start("out", port=0) as endpoint:
        urllib.request.urlopen(endpoint.query_url + "?query=ASK%7B%7D")
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

__all__ = ["ServeError", "Endpoint", "server_command", "start", "serve"]

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class ServeError(Exception):
    """The server cannot start; the message is one line."""


def _binary() -> str:
    local = Path(sys.executable).with_name("oxigraph")
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the `oxigraph` server is not installed; run `pip install oxigraph`")
    return found


def _store_dir(out_dir: str | Path) -> Path:
    path = Path(out_dir)
    path = path / "store" if (path / "store").is_dir() else path
    if not (path / "CURRENT").is_file():
        raise ServeError(f"{path}: no store here; run `graphkit build` first")
    return path


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def server_command(out_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """The command line that serves ``out_dir``'s store."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [_binary(), "serve-read-only", "--location", str(_store_dir(out_dir)), "--bind", bind,
            "--union-default-graph"]


class Endpoint:
    """A running read-only SPARQL endpoint; stop it with :meth:`stop` or a ``with`` block."""

    def __init__(self, process: subprocess.Popen[bytes], host: str, port: int) -> None:
        self.process = process
        self.host = host
        self.port = port
        shown = f"[{host}]" if ":" in host else host
        #: The SPARQL 1.1 query endpoint.
        self.query_url = f"http://{shown}:{port}/query"

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = (self.process.stderr.read() if self.process.stderr else b"").decode("utf-8", "replace")
                first = err.strip().splitlines()[-1] if err.strip() else f"exit code {self.process.returncode}"
                raise ServeError(f"the SPARQL server stopped at once: {first}")
            try:
                with urlopen(self.query_url + "?query=ASK%7B%7D", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (URLError, OSError):
                time.sleep(0.05)
        self.stop()
        raise ServeError(f"the SPARQL server did not answer on {self.query_url} within {timeout:.0f}s")


def start(out_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
          timeout: float = 20.0) -> Endpoint:
    """Start the read-only endpoint in the background and wait until it answers.

    Args:
        out_dir: the build folder (or its store folder).
        host: the address to bind; loopback by default.
        port: the TCP port; 0 picks a free one.
        timeout: seconds to wait for the first answer.

    Raises:
        ServeError: no store, no server binary, or the server failed to start.
    """
    if port == 0:
        port = _free_port(host)
    cmd = server_command(out_dir, host=host, port=port)
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    endpoint = Endpoint(process, host, port)
    try:
        endpoint._ready(timeout)
    except BaseException:  # never leave a server behind, also on Ctrl-C or SIGTERM while waiting
        endpoint.stop()
        raise
    return endpoint


def serve(out_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878) -> None:
    """Serve ``out_dir``'s store until interrupted (``graphkit serve``)."""
    if host not in _LOOPBACK:
        print(f"warning: serving on {host}: anyone who can reach this address can query the graph",
              file=sys.stderr)
    import signal

    def _terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # the handler goes in first: a SIGTERM that arrives while the server starts must stop it too
    previous = signal.signal(signal.SIGTERM, _terminate)
    endpoint = None
    try:
        endpoint = start(out_dir, host=host, port=port)
        print(f"SPARQL endpoint (read-only): {endpoint.query_url}  (Ctrl-C to stop)", flush=True)
        endpoint.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if endpoint is not None:
            endpoint.stop()
        signal.signal(signal.SIGTERM, previous)
