"""SHACL validation of builds: good builds conform, broken graphs fail with a readable report."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, XSD

from graphkit.kg import open_store
from graphkit.kg.validate import validate_build, validate_graph
from graphkit.model import ENTITY_IRI, ONTOLOGY_IRI

GK = Namespace(ONTOLOGY_IRI)
ACTOR = Namespace(ENTITY_IRI)


@pytest.fixture
def data(kg_build):
    with open_store(kg_build / "store", read_only=True) as store:
        return Graph().parse(data=store.serialize("nt"), format="nt")


def _fact(g, cls):
    return next(s for s in g.subjects(GK.eventClass, Literal(cls)))


def test_the_build_conforms(kg_build):
    conforms, report = validate_build(kg_build)
    assert conforms, report
    assert report.startswith("conforms: ") and "triples satisfy the graphkit shapes" in report


def test_a_broken_graph_fails_with_one_line_per_violation(data):
    demand = _fact(data, "REQUEST")
    data.remove((demand, GK.sentence, None))
    data.set((_fact(data, "COERCE"), GK.confidence, Literal(2.5, datatype=XSD.double)))
    data.add((ACTOR["government-of-pakistan"], GK.supports, ACTOR.mqm))  # the negated one
    data.remove((ACTOR.anp, RDFS.label, None))
    data.set((_fact(data, "ACCUSE"), GK.eventClass, Literal("SHOUT")))
    conforms, report = validate_graph(data)
    assert not conforms
    lines = report.splitlines()
    assert lines[0] == "does not conform: 5 violations"
    short = demand.replace("https://w3id.org/graphkit/id/fact/", "fact:")
    assert f"  {short} gk:sentence: a fact needs its evidence sentence" in lines
    assert any("gk:confidence: a fact needs a confidence between 0 and 1 (value '2.5')" in x for x in lines)
    assert any("a negated fact is asserted as a direct edge" in x and "actor:mqm" in x for x in lines)
    assert "  actor:anp rdfs:label: an actor needs a label" in lines
    assert any("gk:eventClass: the event class must be a PLOVER type" in x and "SHOUT" in x for x in lines)


def test_a_fact_with_both_target_and_content_or_neither_fails(data):
    say = _fact(data, "STATEMENT")
    data.add((say, GK.target, ACTOR.mqm))
    member = _fact(data, "MEMBER_OF")
    data.remove((member, GK.target, None))
    conforms, report = validate_graph(data)
    assert not conforms and report.startswith("does not conform: 2 violations")


def test_an_event_may_have_no_target(data):
    threat = _fact(data, "REQUEST")
    data.remove((threat, GK.target, None))
    data.add((threat, GK.about, Literal("the arms embargo")))
    conforms, report = validate_graph(data)
    assert conforms, report


def test_event_dates_must_be_xsd_dates_with_a_known_precision(data):
    arrest = _fact(data, "COERCE")
    data.set((arrest, GK.eventDate, Literal("2013-04-11")))  # a plain string
    threat = next(iter(set(data.subjects(GK.eventClass, Literal("THREATEN")))))
    data.set((threat, GK.datePrecision, Literal("decade")))
    accuse = _fact(data, "ACCUSE")
    data.remove((accuse, GK.datePrecision, None))
    conforms, report = validate_graph(data)
    assert not conforms
    assert report.startswith("does not conform: 3 violations"), report
    assert "gk:eventDate: a fact has at most one event date, an xsd:date" in report
    assert "the date precision must be day, week, month, year or article" in report
    assert "an event date needs its precision, and a precision its event date" in report


def test_a_date_source_is_one_of_the_known_ones(data):
    arrest = _fact(data, "COERCE")
    for source in ("context", "lead"):
        data.set((arrest, GK.dateSource, Literal(source)))
        assert validate_graph(data)[0]
    data.set((arrest, GK.dateSource, Literal("guess")))
    conforms, report = validate_graph(data)
    assert not conforms
    assert "the date source must be clause, context, lead, article, background, future or negated" in report


def test_membership_needs_its_organisation(data):
    org = URIRef("http://www.w3.org/ns/org#organization")
    membership = next(data.subjects(org, None))
    data.remove((membership, org, None))
    conforms, report = validate_graph(data)
    assert not conforms
    assert "org:organization: a membership needs exactly one organization" in report


def test_the_sample_build_from_real_extraction_conforms(sample_build):
    conforms, report = validate_build(sample_build)
    assert conforms, report
    assert int(report.split()[1]) > 500  # "conforms: N triples ..."


def test_validate_shows_progress_on_a_terminal(sample_build):
    import os
    import pty
    import subprocess
    import sys
    import threading

    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:  # read the terminal while the command runs: a full pty blocks it
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.Popen([sys.executable, "-m", "graphkit", "validate", str(sample_build)],
                            stdout=subprocess.PIPE, stderr=follower, text=True)
    out, _ = proc.communicate(timeout=300)
    os.close(follower)
    reader.join(timeout=30)
    os.close(leader)
    shown = b"".join(chunks)
    assert proc.returncode == 0 and out.startswith("conforms:")
    assert b"validating articles" in shown and b"2/2" in shown


def test_validate_reports_ill_typed_dates_without_tracebacks(tmp_path):
    import subprocess
    import sys

    import pyoxigraph as ox

    from graphkit.kg import RunInfo
    from tests.conftest import kg_corpus

    run = RunInfo("0.1.0", "m", "2026-01-01T00:00:00Z")
    results, actors = kg_corpus()
    with open_store(tmp_path / "store") as store:
        store.write_actors(actors)
        for r in results:
            store.write_article(r, actors, run=run)
        fact = next(iter(store.rows("SELECT ?f WHERE { ?f gk:agent ?a } LIMIT 1")))["f"]
        store.oxigraph.add(ox.Quad(ox.NamedNode(fact), ox.NamedNode("https://w3id.org/graphkit/ontology#date"),
                                   ox.Literal("2024-13-45", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
                                   ox.NamedNode("https://w3id.org/graphkit/graph/article/a1")))
    done = subprocess.run([sys.executable, "-m", "graphkit", "validate", str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in done.stderr and done.stderr == ""
    assert done.returncode == 1 and "gk:date" in done.stdout
