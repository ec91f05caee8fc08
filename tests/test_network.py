"""The network view read from the store, and the analysis API."""

from __future__ import annotations

import pytest

from graphkit import network
from graphkit.model import ENTITY_IRI

A = ENTITY_IRI


@pytest.fixture(scope="module")
def graph(kg_build):
    return network.from_store(kg_build)


def test_nodes_carry_the_contract_attributes(graph):
    assert graph.number_of_nodes() == 8
    jamal = graph.nodes[A + "nasir-jamal"]
    assert jamal == {"label": "Nasir Jamal", "type": "Person", "aliases": ["Jamal"],
                     "roles": ["spokesman"], "party": ["Muttahida Qaumi Movement"], "mentions": 3,
                     "activity": 2, "statements": 1}
    assert graph.nodes[A + "shazia-marri"]["roles"] == ["information minister", "leader"]
    assert graph.nodes[A + "mqm"]["activity"] == 6


def test_edges_are_keyed_by_relation_with_counts_and_evidence(graph):
    threat = graph[A + "ttp"][A + "mqm"]["threaten"]
    assert (threat["cls"], threat["count"], threat["negated"]) == ("THREATEN", 2, False)
    assert [(e["doc"], e["date"], e["event_date"], e["date_precision"]) for e in threat["evidence"]] == [
        ("a1", "2013-04-12", "2013-04-12", "article"), ("a2", "2013-04-14", "2013-04-01", "month")]
    assert threat["evidence"][0]["text"] == "The TTP threatened the MQM and the ANP."
    assert set(graph[A + "government-of-pakistan"][A + "mqm"]) == {"support-not"}
    assert graph[A + "government-of-pakistan"][A + "mqm"]["support-not"]["negated"] is True
    member = graph[A + "nasir-jamal"][A + "mqm"]["member_of"]
    assert member["roles"] == ["spokesman"] and member["cls"] == "MEMBER_OF"
    # statements and roles are node attributes, never edges
    assert all(d["cls"] not in ("STATEMENT", "ROLE") for _, _, d in graph.edges(data=True))


def test_from_store_accepts_an_open_store(kg_build):
    from graphkit.kg import open_store

    with open_store(kg_build / "store", read_only=True) as store:
        assert sorted(network.from_store(store).edges(keys=True)) == sorted(
            network.from_store(kg_build).edges(keys=True))


def test_centrality_ignores_negated_relations(graph):
    degree = network.degree_centrality(graph)
    assert max(degree, key=lambda n: (degree[n], n)) == A + "ttp"
    assert degree[A + "mqm"] == pytest.approx(3 / 7)
    between = network.betweenness_centrality(graph)
    assert between[A + "anp"] == 0 and between[A + "mqm"] > 0


def test_communities_split_the_two_camps(graph):
    found = network.communities(graph)
    assert {A + "shazia-marri", A + "ppp"} in found
    assert sum(len(c) for c in found) == 8


def test_ego_network_and_paths(graph):
    ego = network.ego_network(graph, "mqm")
    assert set(ego) == {A + "mqm", A + "ttp", A + "government-of-pakistan", A + "nasir-jamal"}
    assert network.paths_between(graph, "Nasir Jamal", "anp") == [
        [A + "nasir-jamal", A + "mqm", A + "ttp", A + "anp"]]
    assert network.paths_between(graph, "PPP", "MQM") == []
    with pytest.raises(network.ActorNotFound, match="no actor named 'Nobody'"):
        network.find_actor(graph, "Nobody")


def test_describe_summarises_a_build(kg_build):
    text = network.describe(kg_build)
    assert text.splitlines()[0] == ("8 actors, 9 actor-to-actor relations (1 negated) in 8 edges, "
                                    "from 2 articles")
    assert "relations by class: THREATEN 3" in text
    assert "Tehreek-e-Taliban Pakistan" in text.split("most central (degree):")[1]


def test_stats_estimates_betweenness_from_a_stated_sample(sample_build):
    import re

    from graphkit.network import describe

    exact = describe(sample_build)
    n = int(exact.split(" actors,")[0])
    assert "most central (betweenness):" in exact
    estimated = describe(sample_build, sample=5, exact_up_to=5)
    assert f"most central (betweenness, estimated from 5 of {n:,} actors):" in estimated
    assert estimated == describe(sample_build, sample=5, exact_up_to=5)  # seeded: the same build, the same figures
    assert re.sub(r"most central \(betweenness.*", "", exact, flags=re.S) == \
        re.sub(r"most central \(betweenness.*", "", estimated, flags=re.S)
