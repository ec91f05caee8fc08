"""Exports of a build: RDF formats round-trip, network formats open in networkx, CSV rows."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graphkit.export import ExportError, export
from graphkit.kg import open_store
from graphkit.kg.namespace import graph_iri
from graphkit.model import ENTITY_IRI


@pytest.fixture(scope="module")
def store_graph(kg_build):
    """Every triple of the store (ontology graph excluded), read through rdflib."""
    with open_store(kg_build / "store", read_only=True) as store:
        data = store.serialize("nq")
    ds = Dataset()
    ds.parse(data=data, format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_turtle_round_trips_to_an_isomorphic_graph(kg_build, store_graph):
    data = export(kg_build, "ttl")
    parsed = Graph().parse(data=data, format="turtle")
    assert len(parsed) == len(store_graph) > 200
    assert isomorphic(parsed, store_graph)


def test_turtle_is_readable(kg_build):
    text = export(kg_build, "ttl").decode("utf-8")
    for prefix in ("gk:", "actor:", "prov:", "org:", "dct:", "skos:"):
        assert text.count(f"@prefix {prefix} ") == 1
    blocks = text.split("\n# graph <")
    assert [b.split(">", 1)[0] for b in blocks[1:]] == [
        "https://w3id.org/graphkit/graph/actors", "https://w3id.org/graphkit/graph/runs",
        graph_iri("a1"), graph_iri("a2")]
    actors, a1 = blocks[1], blocks[3]
    ttp = actors.split("\nactor:ttp ", 1)[1].split(" .\n", 1)[0]
    assert "a gk:ArmedGroup" in ttp and 'rdfs:label "Tehreek-e-Taliban Pakistan"' in ttp
    assert actors.count("\nactor:mqm ") == 1  # one block per subject
    assert ("actor:ttp gk:threatens actor:anp , actor:mqm ." in a1
            or "actor:ttp gk:threatens actor:mqm , actor:anp ." in a1)
    assert "<https://w3id.org/graphkit/ontology#" not in text.split("\n# graph", 1)[1]


def test_ntriples_is_the_same_graph(kg_build, store_graph):
    assert isomorphic(Graph().parse(data=export(kg_build, "nt"), format="nt"), store_graph)


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nq", "nquads"),
                                                 ("jsonld", "json-ld")])
def test_quad_formats_keep_the_named_graphs(kg_build, fmt, rdflib_format):
    ds = Dataset()
    ds.parse(data=export(kg_build, fmt), format=rdflib_format)
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert {graph_iri("a1"), graph_iri("a2"), "https://w3id.org/graphkit/graph/actors"} <= graphs
    a1 = ds.graph(graph_iri("a1"))
    facts = set(a1.subjects(predicate=None, object=None))
    assert len([s for s in facts if "/id/fact/" in str(s)]) == 7


def test_graphml_and_gexf_open_as_the_actor_network(kg_build):
    g = nx.read_graphml(io.BytesIO(export(kg_build, "graphml")), force_multigraph=True)
    assert g.number_of_nodes() == 8 and g.number_of_edges() == 8
    assert g.nodes[ENTITY_IRI + "nasir-jamal"]["party"] == "Muttahida Qaumi Movement"
    edge = g[ENTITY_IRI + "ttp"][ENTITY_IRI + "mqm"]["threaten"]
    assert edge["count"] == 2 and edge["docs"] == "a1; a2" and edge["cls"] == "THREATEN"
    assert edge["dates"] == "2013-04-12; 2013-04-14" and edge["event_dates"] == "2013-04-12; 2013-04-01"
    gexf = nx.read_gexf(io.BytesIO(export(kg_build, "gexf")))
    assert gexf.number_of_nodes() == 8 and gexf.number_of_edges() == 8
    labels = {d["label"] for _, d in gexf.nodes(data=True)}
    assert "Tehreek-e-Taliban Pakistan" in labels


def test_csv_has_one_row_per_relation(kg_build):
    rows = list(csv.DictReader(io.StringIO(export(kg_build, "csv").decode("utf-8"))))
    assert len(rows) == 12
    first = rows[0]
    assert (first["doc"], first["subjectLabel"], first["relation"], first["class"]) == (
        "a1", "Tehreek-e-Taliban Pakistan", "threaten", "THREATEN")
    negated = [r for r in rows if r["negated"] == "true"]
    assert [(r["relation"], r["objectLabel"]) for r in negated] == [("support", "Muttahida Qaumi Movement")]
    said = [r["value"] for r in rows if r["class"] == "STATEMENT"]
    assert said == ["the party would not bow", "the elections must go ahead"]
    arrest = next(r for r in rows if r["class"] == "COERCE")
    assert (arrest["date"], arrest["event_date"], arrest["date_precision"]) == ("2013-04-12", "2013-04-11", "day")


def test_bad_format_and_missing_build(kg_build, tmp_path):
    with pytest.raises(ExportError, match=r"unknown export format 'pdf'; use one of ttl, nt"):
        export(kg_build, "pdf")
    with pytest.raises(ExportError, match="no store here"):
        export(tmp_path, "ttl")


def test_events_table_loads_back_as_the_events_of_relations_jsonl(sample_build):
    import json

    from graphkit.export import EVENT_COLUMNS
    from graphkit.model import PLOVER_TYPES

    text = export(sample_build, "events").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert list(rows[0]) == EVENT_COLUMNS
    table = sorted((r["article"], r["source"], r["target"], r["plover"], r["cameo"], r["negated"])
                   for r in rows)
    events = []
    for line in (sample_build / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        rel = json.loads(line)
        if rel["class"] in PLOVER_TYPES:
            events.append((rel["doc"], rel["subject"]["label"], rel["object"].get("label", ""),
                           rel["class"], rel.get("cameo", ""), str(rel["negated"]).lower()))
    assert len(table) >= 10 and table == sorted(events)
    assert any(r["source_code"] for r in rows) and any(r["target_code"] for r in rows)
    assert all(r["evidence"] and "\t" not in r["evidence"] for r in rows)


def test_csv_neutralises_spreadsheet_formulas(tmp_path):
    import json

    from graphkit.build import build

    feed = tmp_path / "feed.jsonl"
    text = "The Taliban threatened the MQM in Karachi."
    feed.write_text(json.dumps({"id": "x1", "text": text, "author": '=HYPERLINK("http://evil.example","click")'})
                    + "\n", encoding="utf-8")
    build([feed], tmp_path / "out", progress=False, html=False)
    rows = list(csv.DictReader(io.StringIO(export(tmp_path / "out", "csv").decode("utf-8"))))
    cells = [v for row in rows for v in row.values() if v]
    assert any("HYPERLINK" in v for v in cells)
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in cells)
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in cells
