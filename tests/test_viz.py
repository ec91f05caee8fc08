"""The HTML view: data handed to vis-network, offline self-containment, escaping."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from graphkit.model import ENTITY_IRI, PLOVER_TYPES
from graphkit.viz import relation_kind, render_html, top_actors, vis_data

CONFLICT = ["THREATEN", "ACCUSE", "REJECT", "PROTEST", "SANCTION", "COERCE", "ASSAULT",
            "MOBILIZE"]
COOPERATION = ["AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"]


@pytest.mark.parametrize(
    ("cls", "kind"),
    [(c, "conflict") for c in CONFLICT]
    + [(c, "cooperation") for c in COOPERATION]
    + [("REQUEST", "request"), ("MEMBER_OF", "affiliation"), ("ROLE", "affiliation"),
       ("STATEMENT", "other"), ("AUTHOR", "other"), (None, "other")],
)
def test_relation_kind(cls, kind):
    assert relation_kind(cls) == kind


def test_every_plover_type_has_a_kind_of_its_own_family():
    assert {relation_kind(c) for c in PLOVER_TYPES} == {"conflict", "cooperation", "request"}


def _data_block(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="graphkit-data">(.*?)</script>',
                      html, re.S)
    assert block, "no data block in the page"
    return json.loads(block.group(1))


def test_nodes_carry_style_and_tooltip_fields(actor_graph):
    data = vis_data(actor_graph)
    nodes = {n["label"]: n for n in data["nodes"]}
    assert len(nodes) == 8
    marri = nodes["Shazia Marri"]
    assert (marri["shape"], marri["type"]) == ("dot", "Person")
    assert marri["aliases"] == ["Marri"]  # the label itself is not repeated as an alias
    assert marri["roles"] == ["information minister"]
    assert marri["party"] == ["Pakistan Peoples Party"]
    assert nodes["Tehreek-e-Taliban Pakistan"]["shape"] == "triangle"
    assert nodes["Muttahida Qaumi Movement"]["shape"] == "diamond"
    # sized by activity: MQM takes part in 2 + 1 + 1 + 1 + 1 relations
    assert nodes["Muttahida Qaumi Movement"]["value"] == 6
    assert data["nodes"][0]["label"] == "Muttahida Qaumi Movement"  # most active first
    assert [t["type"] for t in data["types"]] == [
        "Person", "PoliticalParty", "ArmedGroup", "Government", "SecurityForce"]


def test_edges_coloured_by_kind_with_evidence(actor_graph):
    edges = {(e["rel"], e["neg"]): e for e in vis_data(actor_graph)["edges"]}
    threat = edges["threaten", False]
    assert threat["kind"] == "conflict" and threat["color"]["color"] == "#d62728"
    assert edges["demand", False]["kind"] == "request"
    assert edges["member_of", False]["dashes"] is True
    assert edges["support", True]["label"] == "not support"
    tmqm = [e for e in vis_data(actor_graph)["edges"]
            if e["rel"] == "threaten" and e["to"].endswith("/mqm")][0]
    assert tmqm["count"] == 2 and tmqm["label"] == "threaten \u00d72"
    assert tmqm["ev"][0] == ["The TTP threatened the MQM with more attacks.", "dawn-2013-04-12",
                             "2013-04-12"]


def test_parallel_relations_merge_with_a_count():
    g = nx.MultiDiGraph()
    g.add_nodes_from(["a", "b"], type="Person")
    ev = [{"text": "A threatened B.", "doc": "d1", "date": None, "start": 0, "end": 15}]
    g.add_edge("a", "b", key="threaten", relation="threaten", cls="THREATEN", count=2,
               negated=False, evidence=ev)
    g.add_edge("a", "b", key="threaten-2", relation="threaten", cls="THREATEN", count=1,
               negated=False, evidence=ev + [{"text": "A warned B.", "doc": "d2"}])
    g.add_edge("a", "b", key="threaten-not", relation="threaten", cls="THREATEN", count=1,
               negated=True, evidence=[])
    g.add_edge("a", "b", key="accuse", relation="accuse", cls="ACCUSE", count=1,
               negated=False, evidence=[])
    edges = vis_data(g)["edges"]
    assert [(e["rel"], e["neg"], e["count"], e["nev"]) for e in edges] == [
        ("accuse", False, 1, 0), ("threaten", False, 3, 2), ("threaten", True, 1, 0)]
    # arrows between the same pair fan out instead of overlapping
    assert [e["smooth"].get("roundness") for e in edges] == [None, 0.35, 0.35]
    assert edges[1]["smooth"]["type"] != edges[2]["smooth"]["type"]


def test_top_keeps_the_most_active_actors_and_their_relations(actor_graph):
    sub = top_actors(actor_graph, 3)
    labels = sorted(sub.nodes[v]["label"] for v in sub)
    assert labels == ["Government of Pakistan", "Muttahida Qaumi Movement",
                      "Tehreek-e-Taliban Pakistan"]
    assert sorted(d["relation"] for *_, d in sub.edges(data=True)) == [
        "accuse", "demand", "support", "threaten"]
    data = vis_data(actor_graph, top=3)
    assert len(data["nodes"]) == 3 and len(data["edges"]) == 4
    assert actor_graph.number_of_nodes() == 8  # the input is left alone
    with pytest.raises(ValueError, match="positive"):
        top_actors(actor_graph, 0)


def test_types_outside_the_palette_still_get_a_legend_entry():
    g = nx.MultiDiGraph()
    g.add_node("a", type="Actor")
    g.add_node("b", type="Person")
    g.add_node("c")
    data = vis_data(g)
    assert [t["type"] for t in data["types"]] == ["Person", "Actor", "Unknown"]
    assert {n["id"]: n["shape"] for n in data["nodes"]} == {"a": "dot", "b": "dot", "c": "dot"}


def test_activity_is_counted_when_the_attribute_is_missing():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="x", relation="x", cls=None, count=3)
    g.add_edge("c", "a", key="y", relation="y", cls=None)
    assert {n["id"]: n["activity"] for n in vis_data(g)["nodes"]} == {"a": 4, "b": 3, "c": 1}


def test_html_is_self_contained(actor_graph, tmp_path):
    out = render_html(actor_graph, tmp_path / "sub" / "graph.html")
    html = out.read_text("utf-8")
    assert out == tmp_path / "sub" / "graph.html"
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "@import" not in html
    assert "vis-network" in html and "new vis.Network" in html  # the library is inlined
    data = _data_block(html)
    assert len(data["nodes"]) == 8 and len(data["edges"]) == 8
    assert data["showNegated"] is False
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_options_reach_the_page(actor_graph, tmp_path):
    html = render_html(actor_graph, tmp_path / "g.html", top=2, show_negated=True,
                       title="Sindh <2013> & co").read_text("utf-8")
    assert "<title>Sindh &lt;2013&gt; &amp; co</title>" in html
    data = _data_block(html)
    assert data["showNegated"] is True
    assert len(data["nodes"]) == 2


def test_article_markup_stays_inert_in_the_page(hostile_graph, actor_graph, hostile_text,
                                                tmp_path):
    html = render_html(hostile_graph, tmp_path / "g.html").read_text("utf-8")
    clean = render_html(actor_graph, tmp_path / "clean.html").read_text("utf-8")
    block = re.search(r'id="graphkit-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert "onerror" in block  # still there, as escaped data
    data = json.loads(block)
    sentences = [row[0] for e in data["edges"] for row in e["ev"]]
    assert "The MQM accused the TTP of the bombing." + hostile_text in sentences
    for tag in ("<script", "</script", "<img", "<b>"):  # no markup added to the page
        assert html.count(tag) == clean.count(tag)


def test_node_ids_are_actor_iris(actor_graph):
    ids = {n["id"] for n in vis_data(actor_graph)["nodes"]}
    assert ENTITY_IRI + "ttp" in ids
