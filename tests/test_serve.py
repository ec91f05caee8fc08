"""The served read-only SPARQL endpoint, queried over HTTP with standard clients."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from urllib.error import HTTPError

import pytest

from graphkit.kg.serve import ServeError, start
from graphkit.model import ENTITY_IRI

pytestmark = pytest.mark.server

WHO = ("PREFIX gk: <https://w3id.org/graphkit/ontology#> "
       "SELECT DISTINCT ?who WHERE { ?who gk:threatens <" + ENTITY_IRI + "mqm> }")


@pytest.fixture(scope="module")
def endpoint(kg_build):
    with start(kg_build, port=0) as ep:
        yield ep
    assert ep.process.poll() is not None


def test_answers_sparql_over_http_get(endpoint):
    assert endpoint.host == "127.0.0.1"
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": WHO})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        doc = json.load(resp)
    assert [b["who"]["value"] for b in doc["results"]["bindings"]] == [ENTITY_IRI + "ttp"]


def test_answers_through_rdflib_sparqlstore(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(endpoint.query_url, returnFormat="json")
    rows = list(store.query("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f "
                            "<https://w3id.org/graphkit/ontology#agent> ?a }"))
    assert int(rows[0][0]) == 12


def test_is_read_only(endpoint):
    update = endpoint.query_url.replace("/query", "/update")
    data = urllib.parse.urlencode({"update": "INSERT DATA { <a:b> <a:b> <a:b> }"}).encode()
    with pytest.raises(HTTPError):
        urllib.request.urlopen(urllib.request.Request(update, data=data), timeout=10)
    store_url = endpoint.query_url.replace("/query", "/store?default")
    req = urllib.request.Request(store_url, data=b"<a:b> <a:b> <a:b> .", method="POST",
                                 headers={"Content-Type": "application/n-triples"})
    with pytest.raises(HTTPError):
        urllib.request.urlopen(req, timeout=10)
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": "ASK { <a:b> ?p ?o }"})
    with urllib.request.urlopen(urllib.request.Request(
            url, headers={"Accept": "application/sparql-results+json"}), timeout=10) as resp:
        assert json.load(resp)["boolean"] is False


def test_missing_store_is_one_clear_line(tmp_path):
    with pytest.raises(ServeError, match=r"no store here\); run `graphkit build` first"):
        start(tmp_path, port=0)


def test_graphkit_serve_stops_its_server_on_sigterm(kg_build):
    import signal
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", "from graphkit.cli import app; app()", "serve", str(kg_build),
                             "--port", str(port)], stdout=subprocess.PIPE)
    try:
        line = proc.stdout.readline().decode()
        assert line.startswith(f"SPARQL endpoint (read-only): http://127.0.0.1:{port}/query")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5):
            pass
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    time.sleep(0.2)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)


# -- under abuse ----------------------------------------------------------------------------------
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _get(url, query, *, host=None, timeout=30):
    headers = {"Accept": "application/sparql-results+json"}
    if host:
        headers["Host"] = host
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except HTTPError as exc:
        return exc.code, exc.read()


def _workers(server_pid):
    """pid -> CPU ticks of the server's query processes."""
    import os

    out = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == server_pid:
            out[int(pid)] = int(fields[11]) + int(fields[12])
    return out


def _busy_workers(server_pid, *, over=1.0):
    """The query processes that used CPU during ``over`` seconds (more than one tick: an idle
    process uses none)."""
    import os
    import time

    before = _workers(server_pid)
    time.sleep(over)
    after = _workers(server_pid)
    hz = os.sysconf("SC_CLK_TCK")
    return [pid for pid, ticks in after.items() if ticks - before.get(pid, ticks) > max(1, 0.02 * hz * over)]


def test_host_header_must_name_the_bound_address(endpoint):
    assert _get(endpoint.query_url, "ASK {}", host=f"evil.example:{endpoint.port}")[0] == 421
    assert _get(endpoint.query_url, "ASK {}", host=f"localhost:{endpoint.port}")[0] == 200
    assert _get(endpoint.query_url, "ASK {}")[0] == 200


def test_prefixes_are_predeclared_so_canned_texts_run(endpoint):
    from graphkit.query import canned

    text = canned("who-threatens").text
    assert "PREFIX" not in text
    req = urllib.request.Request(endpoint.query_url, data=text.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        rows = json.load(resp)["results"]["bindings"]
    assert {r["threatened"]["value"] for r in rows} == {"Muttahida Qaumi Movement", "Awami National Party"}


def test_a_runaway_query_is_stopped_at_the_timeout_and_frees_the_cpu(kg_build):
    import time

    with start(kg_build, port=0, timeout=2) as ep:
        started = time.monotonic()
        status, body = _get(ep.query_url, RUNAWAY)
        took = time.monotonic() - started
        assert status == 503 and b"query stopped after 2s" in body
        assert 1.5 < took < 6
        assert _get(ep.query_url, "ASK { ?s ?p ?o }")[0] == 200  # and the server answers on
        assert _busy_workers(ep.process.pid) == []


def test_a_client_that_leaves_stops_its_query(kg_build):
    import socket
    import time

    with start(kg_build, port=0, timeout=120) as ep:
        conn = socket.create_connection((ep.host, ep.port))
        path = "/query?" + urllib.parse.urlencode({"query": RUNAWAY})
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{ep.port}\r\n\r\n".encode())
        time.sleep(1.0)
        running = _busy_workers(ep.process.pid, over=1.0)
        assert running != []
        conn.close()
        time.sleep(1.5)
        assert not set(running) & set(_workers(ep.process.pid))  # its process is gone


def test_a_port_held_by_another_server_is_one_line(kg_build):
    import socket
    import subprocess
    import sys

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "graphkit", "serve", str(kg_build), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"error: cannot listen on 127.0.0.1:{port}: another server holds this port; " \
                          "choose another with --port\n"


@pytest.mark.parametrize(("args", "message"), [
    (("--port", "99999"), "error: --port 99999: a TCP port is 0 to 65535"),
    (("--host", "999.1.1.1"), "error: cannot listen on 999.1.1.1: not an address of this machine"),
    (("--timeout", "0"), "error: --timeout must be above 0"),
])
def test_bad_serve_options_are_one_line(kg_build, args, message):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "graphkit", "serve", str(kg_build), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1, done.stderr


def test_serves_the_current_build_after_a_rebuild(tmp_path):
    from tests.test_folder import feed, graphkit

    out = tmp_path / "out"
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gk:Article }"
    assert graphkit("build", feed(tmp_path / "one.jsonl", 3), "--out", out, "-q").returncode == 0
    with start(out, port=0) as ep:
        assert json.loads(_get(ep.query_url, count)[1])["results"]["bindings"][0]["n"]["value"] == "3"
        assert graphkit("build", feed(tmp_path / "two.jsonl", 5), "--out", out, "-q").returncode == 0
        assert json.loads(_get(ep.query_url, count)[1])["results"]["bindings"][0]["n"]["value"] == "5"


def test_load_200_concurrent_requests_with_a_runaway_among_them(kg_build):
    """200 concurrent clients and one runaway query: the runaway is stopped at the timeout,
    every other request is answered; p50 and p99 are printed."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    queries = [WHO, "ASK { ?s ?p ?o }", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]

    def one(i):
        started = time.monotonic()
        status, _ = _get(ep.query_url, RUNAWAY if i == 0 else queries[i % 3], timeout=60)
        return i, status, time.monotonic() - started

    with start(kg_build, port=0, timeout=3, workers=2) as ep:
        with ThreadPoolExecutor(max_workers=200) as pool:
            results = list(pool.map(one, range(201)))
    runaway = results[0]
    others = sorted(t for i, status, t in results[1:] if status == 200)
    errors = [(i, status) for i, status, _ in results[1:] if status != 200]
    p50, p99 = others[len(others) // 2], others[int(len(others) * 0.99) - 1]
    print(f"\n200 concurrent requests + 1 runaway: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
          f"errors {len(errors)}, runaway answered {runaway[1]} after {runaway[2]:.1f}s")
    assert runaway[1] == 503 and runaway[2] < 6
    assert errors == []
    assert p99 < 5


def test_serves_a_store_folder_named_directly(kg_build, tmp_path):
    import shutil

    shutil.copytree(kg_build / "store", tmp_path / "mystore")
    with start(tmp_path / "mystore", port=0) as ep:
        status, body = _get(ep.query_url, WHO)
    assert status == 200 and ENTITY_IRI + "ttp" in body.decode()
