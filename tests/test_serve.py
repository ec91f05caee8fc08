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
