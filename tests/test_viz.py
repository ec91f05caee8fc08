"""The HTML view: data handed to vis-network, offline self-containment, escaping."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from graphkit.model import ENTITY_IRI, PLOVER_TYPES
from graphkit.viz import page_data, page_url, relation_kind, render_html

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
    data = page_data(actor_graph)
    nodes = {n["label"]: n for n in data["nodes"]}
    assert len(nodes) == 8
    marri = nodes["Shazia Marri"]
    assert marri["type"] == "Person"
    assert marri["aliases"] == ["Marri"]  # the label itself is not repeated as an alias
    assert marri["roles"] == ["information minister"]
    assert marri["party"] == ["Pakistan Peoples Party"]
    # typed events are counted apart from memberships and negated relations: MQM is threatened
    # twice, demands once and accuses once (4 events), and also takes part in a negated support
    # and a membership (6 relations)
    mqm = nodes["Muttahida Qaumi Movement"]
    assert (mqm["events"], mqm["relations"]) == (4, 6)
    assert nodes["Tehreek-e-Taliban Pakistan"]["events"] == 5
    assert data["nodes"][0]["label"] == "Tehreek-e-Taliban Pakistan"  # most events first
    assert [t["type"] for t in data["types"]] == [
        "Person", "PoliticalParty", "ArmedGroup", "Government", "SecurityForce"]
    assert {t["type"]: t["shape"] for t in data["types"]}["ArmedGroup"] == "triangle"


def test_relations_carry_every_fact_with_its_article(actor_graph):
    data = page_data(actor_graph)
    label = [n["label"] for n in data["nodes"]]
    rels = {(label[r["f"]], r["rel"], label[r["t"]], r["neg"]): r for r in data["rels"]}
    assert len(rels) == actor_graph.number_of_edges()
    threat = rels["Tehreek-e-Taliban Pakistan", "threaten", "Muttahida Qaumi Movement", False]
    assert (threat["cls"], threat["kind"]) == ("THREATEN", "conflict")
    first = threat["facts"][0]
    assert first == [first[0], "The TTP threatened the MQM with more attacks.", "2013-04-12", None,
                     None, None, None]
    assert data["docs"][first[0]] == ["dawn-2013-04-12", None]
    assert len(threat["facts"]) == 2
    assert rels["Government of Pakistan", "support", "Muttahida Qaumi Movement", True]["neg"] is True
    assert rels["Nasir Jamal", "member_of", "Muttahida Qaumi Movement", False]["roles"] == ["spokesman"]
    assert data["dates"] == ["2013-04-12", "2013-04-12"]


def test_event_dates_modality_and_confidence_reach_the_facts():
    g = nx.MultiDiGraph()
    g.add_nodes_from(["a", "b"], type="Person")
    ev = [{"text": "A will threaten B.", "doc": "d1", "date": "2008-03-04", "title": "A and B",
           "event_date": "2008-03-01", "date_precision": "https://w3id.org/graphkit/ontology#day",
           "modality": "will", "confidence": 0.6123},
          {"text": "A threatened B.", "doc": "d2", "date": "2009-01-01"}]
    g.add_edge("a", "b", key="threaten", relation="threaten", cls="THREATEN", count=2,
               negated=False, evidence=ev)
    data = page_data(g)
    facts = data["rels"][0]["facts"]
    assert facts[0][1:] == ["A will threaten B.", "2008-03-04", "2008-03-01", "day", "will", 0.612]
    assert data["docs"][facts[0][0]] == ["d1", "A and B"]
    assert data["dates"] == ["2008-03-01", "2009-01-01"]  # the event date where known


def test_lonely_actors_stay_out_and_the_budget_keeps_the_most_central(actor_graph):
    actor_graph.add_node(ENTITY_IRI + "nobody", label="Nobody", type="Person")
    data = page_data(actor_graph)
    assert "Nobody" not in {n["label"] for n in data["nodes"]}
    assert data["budget"]["actors"] == 9 and data["budget"]["linked"] == 8
    top = page_data(actor_graph, top=2)
    assert [n["label"] for n in top["nodes"]] == ["Tehreek-e-Taliban Pakistan", "Muttahida Qaumi Movement"]
    assert sorted(r["rel"] for r in top["rels"]) == ["accuse", "threaten"]
    small = page_data(actor_graph, budget={"max_sentences": 3, "per_relation": 1})
    texts = [f[1] for r in small["rels"] for f in r["facts"]]
    assert sum(t is not None for t in texts) == 3
    assert small["budget"]["sentencesLeftOut"] == len(texts) - 3 > 0
    assert len(small["rels"]) == actor_graph.number_of_edges()  # every relation stays
    assert actor_graph.number_of_nodes() == 9  # the input is left alone
    with pytest.raises(ValueError, match="positive"):
        page_data(actor_graph, top=0)


def test_positions_are_seeded_and_camps_cover_every_actor(actor_graph):
    one, two = page_data(actor_graph), page_data(actor_graph)
    assert [(n["x"], n["y"]) for n in one["nodes"]] == [(n["x"], n["y"]) for n in two["nodes"]]
    assert len({(n["x"], n["y"]) for n in one["nodes"]}) == 8  # no two actors on one spot
    camps = {c["id"]: c for c in one["camps"]}
    assert {n["camp"] for n in one["nodes"]} <= set(camps)
    assert sum(c["size"] for c in camps.values()) == 8
    assert one["camps"][0]["color"] != "#bab0ac"


def test_types_outside_the_palette_still_get_a_legend_entry():
    g = nx.MultiDiGraph()
    g.add_node("a", type="Actor")
    g.add_node("b", type="Person")
    g.add_node("c")
    g.add_edge("a", "b", key="x", relation="x", cls=None, count=1)
    g.add_edge("c", "a", key="y", relation="y", cls=None, count=1)
    data = page_data(g)
    assert [t["type"] for t in data["types"]] == ["Person", "Actor", "Unknown"]
    assert [c["cls"] for c in data["classes"]] == ["x", "y"]  # unclassed relations go by name


def test_html_is_self_contained(actor_graph, tmp_path):
    out = render_html(actor_graph, tmp_path / "sub" / "graph.html")
    html = out.read_text("utf-8")
    assert out == tmp_path / "sub" / "graph.html"
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "@import" not in html
    assert "vis-network" in html and "new vis.Network" in html  # the library is inlined
    data = _data_block(html)
    assert len(data["nodes"]) == 8 and len(data["rels"]) == 8
    assert data["showNegated"] is False and data["overview"] == 100


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
    sentences = [f[1] for r in data["rels"] for f in r["facts"]]
    assert "The MQM accused the TTP of the bombing." + hostile_text in sentences
    for tag in ("<script", "</script", "<img", "<b>"):  # no markup added to the page
        assert html.count(tag) == clean.count(tag)


def test_node_ids_are_actor_iris(actor_graph):
    ids = {n["id"] for n in page_data(actor_graph)["nodes"]}
    assert ENTITY_IRI + "ttp" in ids


def test_page_url_focuses_an_actor_by_label_alias_or_iri(tmp_path):
    from graphkit.network import ActorNotFound

    (tmp_path / "graph.html").write_text("<html></html>", encoding="utf-8")
    rows = [{"id": ENTITY_IRI + "mqm", "label": "Muttahida Qaumi Movement", "aliases": ["MQM"],
             "mentions": 9},
            {"id": ENTITY_IRI + "mqm-h", "label": "MQM-H", "aliases": ["MQM"], "mentions": 2}]
    (tmp_path / "entities.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{bad\n",
                                             encoding="utf-8")
    base = (tmp_path / "graph.html").resolve().as_uri()
    assert page_url(tmp_path) == base
    mqm = base + "#actor=https%3A%2F%2Fw3id.org%2Fgraphkit%2Fid%2Factor%2Fmqm"
    assert page_url(tmp_path, actor="muttahida qaumi movement") == mqm
    assert page_url(tmp_path, actor="MQM") == mqm  # the alias of the most mentioned actor
    assert page_url(tmp_path, actor="MQM-H").endswith("%2Fmqm-h")
    assert page_url(tmp_path, actor=ENTITY_IRI + "mqm") == mqm
    with pytest.raises(ActorNotFound, match="no actor named 'PTI'"):
        page_url(tmp_path, actor="PTI")
    with pytest.raises(FileNotFoundError, match="graph.html does not exist"):
        page_url(tmp_path / "nowhere")
