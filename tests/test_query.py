"""Canned and ad-hoc SPARQL against a build's store."""

from __future__ import annotations

import json

import pytest

from graphkit import query as q
from graphkit.model import ENTITY_IRI


def _run(build, name, **params):
    return q.run(build, name, params=params).records()


def test_every_canned_query_is_documented():
    queries = q.list_queries()
    assert set(queries) == {"who-threatens", "statements-by", "members-of", "timeline",
                            "most-active", "between"}
    assert all(len(summary) > 30 for summary in queries.values())
    assert q.canned("timeline").params["actor"][1] is True  # required
    assert q.canned("who-threatens").params["target"][1] is False


def test_who_threatens_whom(kg_build):
    rows = _run(kg_build, "who-threatens")
    assert [(r["threatener"], r["threatened"], r["article"]) for r in rows] == [
        ("Tehreek-e-Taliban Pakistan", "Awami National Party", "a1"),
        ("Tehreek-e-Taliban Pakistan", "Muttahida Qaumi Movement", "a1"),
        ("Tehreek-e-Taliban Pakistan", "Muttahida Qaumi Movement", "a2")]


@pytest.mark.parametrize("target", ["MQM", "mqm", "Muttahida Qaumi Movement", "muttahida qaumi movement"])
def test_actor_parameters_match_label_or_alias_in_any_case(kg_build, target):
    rows = _run(kg_build, "who-threatens", target=target)
    assert [(r["threatened"], r["date"]) for r in rows] == [
        ("Muttahida Qaumi Movement", "2013-04-12"), ("Muttahida Qaumi Movement", "2013-04-14")]
    assert rows[1]["modality"] == "reported"


def test_negated_relations_are_not_threats_or_memberships(kg_build):
    rows = _run(kg_build, "between", a="Government of Pakistan", b="MQM")
    assert [(r["relation"], r["negated"]) for r in rows] == [("demands", False), ("supports", True)]
    assert all(r["threatened"] != "Muttahida Qaumi Movement" or r["threatener"][:3] == "Teh"
               for r in _run(kg_build, "who-threatens"))


def test_statements_by(kg_build):
    assert [r["statement"] for r in _run(kg_build, "statements-by", actor="jamal")] == [
        "the party would not bow"]
    assert len(_run(kg_build, "statements-by")) == 2


def test_members_of(kg_build):
    assert [(r["member"], r["role"]) for r in _run(kg_build, "members-of", party="PPP")] == [
        ("Shazia Marri", "leader")]
    assert [r["member"] for r in _run(kg_build, "members-of")] == ["Nasir Jamal", "Shazia Marri"]


def test_timeline_orders_an_actors_events_by_event_date(kg_build):
    rows = _run(kg_build, "timeline", actor="ttp")
    assert [(r["eventDate"], r["precision"], r["subject"][:5], r["class"], r["object"][:5], r["date"])
            for r in rows] == [
        ("2013-04-01", "month", "Tehre", "THREATEN", "Mutta", "2013-04-14"),
        ("2013-04-11", "day", "Karac", "COERCE", "Tehre", "2013-04-12"),
        ("2013-04-12", "article", "Tehre", "THREATEN", "Awami", "2013-04-12"),
        ("2013-04-12", "article", "Tehre", "THREATEN", "Mutta", "2013-04-12"),
        ("2013-04-14", "article", "Mutta", "ACCUSE", "Tehre", "2013-04-14")]
    # literal objects of a speaker appear with their content, not everyone's statements
    rows = _run(kg_build, "timeline", actor="Shazia Marri")
    assert sorted(r["object"] for r in rows) == ["Pakistan Peoples Party", "information minister",
                                                 "the elections must go ahead"]


def test_most_active(kg_build):
    rows = _run(kg_build, "most-active")
    assert [(r["actor"], r["relations"]) for r in rows[:2]] == [
        ("Muttahida Qaumi Movement", 6), ("Tehreek-e-Taliban Pakistan", 5)]
    assert len(rows) == 8


def test_between_goes_both_ways_by_event_date(kg_build):
    rows = _run(kg_build, "between", a="mqm", b="TTP")
    assert [(r["eventDate"], r["subject"][:3], r["relation"]) for r in rows] == [
        ("2013-04-01", "Teh", "threatens"), ("2013-04-12", "Teh", "threatens"),
        ("2013-04-14", "Mut", "accuses")]
    assert rows == _run(kg_build, "between", a="ttp", b="MQM")


@pytest.mark.parametrize("query, params, expected", [
    ("timeline", {"actor": "TTP", "from": "2013-04-11", "to": "2013-04-12"},
     ["2013-04-11", "2013-04-12", "2013-04-12"]),
    ("timeline", {"actor": "TTP", "from": "2013-04-13"}, ["2013-04-14"]),
    ("timeline", {"actor": "TTP", "to": "2013-04-01"}, ["2013-04-01"]),
    ("timeline", {"actor": "TTP", "from": "2014-01-01"}, []),
    ("between", {"a": "MQM", "b": "TTP", "to": "2013-04-12"}, ["2013-04-01", "2013-04-12"]),
    ("between", {"a": "MQM", "b": "TTP", "from": "2013-04-02", "to": "2013-04-13"}, ["2013-04-12"]),
])
def test_a_date_range_keeps_the_events_inside_it(kg_build, query, params, expected):
    assert [r["eventDate"] for r in q.run(kg_build, query, params=params).records()] == expected


@pytest.mark.parametrize("value", ["yesterday", "2013-02-30", "13/04/2013", "2013-04-12T10:00:00",
                                   '2013-04-12"^^xsd:date } UNION { ?e ?p ?o'])
def test_a_date_parameter_must_be_a_date(kg_build, value):
    with pytest.raises(q.QueryError) as err:
        q.run(kg_build, "timeline", params={"actor": "TTP", "from": value})
    assert str(err.value) == (f"query 'timeline': --param from must be a date, YYYY-MM-DD "
                              f"(got {value!r})")


def test_events_without_an_event_date_come_last_and_drop_out_of_a_range(tmp_path):
    from graphkit.kg import RunInfo, open_store
    from tests.conftest import kg_corpus

    results, actors = kg_corpus()
    for rel in results[1].relations:
        rel.event_date = rel.date_precision = None
    with open_store(tmp_path / "store") as store:
        store.write_actors(actors)
        for result in results:
            store.write_article(result, actors, run=RunInfo("0", "m", "2026-01-01T00:00:00Z"))
    rows = _run(tmp_path, "between", a="MQM", b="TTP")
    assert [(r["eventDate"], r["date"]) for r in rows] == [
        ("2013-04-12", "2013-04-12"), (None, "2013-04-14"), (None, "2013-04-14")]
    assert len(_run(tmp_path, "between", a="MQM", b="TTP", to="2014-01-01")) == 1


@pytest.mark.parametrize("payload", [
    'MQM" } UNION { ?e ?p ?o',
    "MQM' ) || true || ('",
    'x")) } } SELECT * WHERE { ?s ?p ?o } #',
    "MQM\\",
    "MQM\n} INSERT DATA { <a:b> <a:b> <a:b> }",
])
def test_a_parameter_with_sparql_syntax_cannot_change_the_query(kg_build, payload):
    assert _run(kg_build, "who-threatens", target=payload) == []
    assert _run(kg_build, "between", a=payload, b="TTP") == []


def test_ad_hoc_sparql_and_formats(kg_build):
    result = q.run(kg_build, "SELECT DISTINCT ?o WHERE { actor:ttp gk:threatens ?o } ORDER BY ?o")
    assert [r["o"] for r in result.records()] == [ENTITY_IRI + "anp", ENTITY_IRI + "mqm"]
    table = q.format_result(result, "table").splitlines()
    assert table == ["o", "---------", "actor:anp", "actor:mqm", "(2 rows)"]
    assert q.format_result(result, "csv") == f"o\n{ENTITY_IRI}anp\n{ENTITY_IRI}mqm\n"
    doc = json.loads(q.format_result(result, "json"))
    assert doc["results"]["bindings"][0] == {"o": {"type": "uri", "value": ENTITY_IRI + "anp"}}
    ask = q.run(kg_build, "ASK { actor:government-of-pakistan gk:supports actor:mqm }")
    assert json.loads(q.format_result(ask, "json")) == {"head": {}, "boolean": False}
    construct = q.run(kg_build, "CONSTRUCT { ?a gk:threatens ?b } WHERE { ?a gk:threatens ?b }")
    assert construct.kind == "graph" and len({tuple(map(str, r)) for r in construct.rows}) == 2


@pytest.mark.parametrize("name, params, message", [
    ("no-such-query", {}, "no canned query named 'no-such-query'; known: between"),
    ("timeline", {}, "query 'timeline' needs --param actor=VALUE"),
    ("who-threatens", {"victim": "MQM"}, "query 'who-threatens' has no parameter 'victim'; it takes: target"),
    ("SELECT ?x WHERE { ?x ?y }", {}, "SPARQL error:"),
])
def test_bad_queries_get_one_clear_line(kg_build, name, params, message):
    with pytest.raises(q.QueryError) as err:
        q.run(kg_build, name, params=params)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_missing_build_and_bad_format(tmp_path, kg_build):
    with pytest.raises(q.QueryError, match="no store here"):
        q.run(tmp_path, "most-active")
    with pytest.raises(q.QueryError, match="unknown result format 'xml'"):
        q.format_result(q.run(kg_build, "most-active"), "xml")


def test_canned_queries_on_the_sample_build(sample_build):
    members = _run(sample_build, "members-of", party="MQM")
    assert ("Nasir Jamal", "spokesman") in {(r["member"], r.get("role")) for r in members}
    assert all(r["organization"] == "Muttahida Qaumi Movement" for r in members)
    said = _run(sample_build, "statements-by", actor="nasir jamal")
    assert said and all(r["speaker"] == "Nasir Jamal" for r in said)
    assert all(r["sentence"] for r in said)
    assert _run(sample_build, "members-of", party="PPP")[0]["member"] == "Shazia Marri"
