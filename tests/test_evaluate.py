"""Scoring builds against gold: small hand-made gold and builds with known scores."""

from __future__ import annotations

import json

import pytest

from graphkit.evaluate import EvaluationError, evaluate, normalise_label

ACTORS = {
    "actors": [
        {"id": "MQM", "type": "PoliticalParty", "aliases": ["Muttahida Qaumi Movement", "MQM"]},
        {"id": "TTP", "type": "ArmedGroup", "aliases": ["Tehreek-e-Taliban Pakistan", "TTP"]},
        {"id": "Government", "type": "Government", "aliases": ["government", "the government"]},
        {"id": "Police", "type": "SecurityForce", "aliases": ["police"]},
        {"id": "Nasir Jamal", "type": "Person", "aliases": ["Nasir Jamal", "Jamal"]},
        {"id": "Rangers", "type": "SecurityForce", "aliases": ["Rangers"]},
    ],
    "same_entity": [["Nasir Jamal", "Jamal"], ["Muttahida Qaumi Movement", "MQM"]],
    "forbidden_entities": ["cia agents"],
}
GOLD = [
    {"doc": "a", "tier": "core", "subject": "TTP", "cls": "THREATEN", "object": "MQM", "evidence": "x"},
    {"doc": "a", "tier": "core", "subject": "TTP", "cls": "THREATEN", "object": "MQM", "evidence": "dup"},
    {"doc": "a", "tier": "core", "subject": "Nasir Jamal", "cls": "STATEMENT", "object": "*", "evidence": "x"},
    {"doc": "a", "tier": "core", "subject": "Nasir Jamal", "cls": "ROLE", "object": "Spokesman", "evidence": "x"},
    {"doc": "a", "tier": "core", "subject": "Police", "cls": "COERCE", "object": "TTP", "evidence": "x"},
    {"doc": "a", "tier": "extended", "subject": "MQM", "cls": "REJECT", "object": "TTP", "evidence": "x",
     "alt_subject": ["Nasir Jamal"]},
    {"doc": "a", "tier": "extended", "subject": "MQM", "cls": "REQUEST", "object": "Government", "evidence": "x"},
    {"doc": "a", "tier": "acceptable", "subject": "Rangers", "cls": "MOBILIZE", "object": "TTP", "evidence": "x"},
    {"doc": "a", "tier": "forbidden", "subject": "TTP", "cls": "ASSAULT", "object": "MQM", "evidence": "plan"},
    {"doc": "a", "tier": "forbidden", "subject": "*", "cls": "*", "object": "*",
     "evidence": "such acts are done by the cia agents"},
]
ARTICLE = "Body text.\n\nReader Comments\n\nsuch acts are done by the cia agents\n"


def _rel(subject, cls, obj, *, doc="a", negated=False, start=0, evidence="e", literal=False):
    return {"doc": doc, "subject": {"id": "x", "label": subject}, "relation": "r", "class": cls,
            "object": {"value": obj} if literal else {"id": "y", "label": obj},
            "negated": negated, "modality": None, "evidence": evidence, "start": start,
            "end": start + 1, "confidence": 0.9}


def _entity(label, *aliases):
    return {"id": label, "label": label, "type": "Organization", "aliases": list(aliases),
            "mentions": 1}


@pytest.fixture
def gold(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "seed_actors.json").write_text(json.dumps(ACTORS), encoding="utf-8")
    (folder / "seed_relations.jsonl").write_text(
        "\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _build(tmp_path, relations, entities):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (out / "relations.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in relations), encoding="utf-8")
    (out / "entities.jsonl").write_text(
        "".join(json.dumps(e) + "\n" for e in entities), encoding="utf-8")
    return out


GOOD_ENTITIES = [_entity("Muttahida Qaumi Movement", "MQM", "Muttahida Qaumi Movement"),
                 _entity("Nasir Jamal", "Jamal")]


def test_perfect_build(gold, tmp_path):
    out = _build(tmp_path, [
        _rel("Tehreek-e-Taliban Pakistan", "THREATEN", "the MQM"),
        _rel("Nasir Jamal", "STATEMENT", "We will not bow", literal=True),
        _rel("Nasir Jamal", "ROLE", "MQM spokesman", literal=True),
        _rel("police", "COERCE", "TTP"),
        _rel("Jamal", "REJECT", "TTP"),  # alt_subject counts
        _rel("MQM", "REQUEST", "Government"),
        _rel("Rangers", "MOBILIZE", "TTP"),  # acceptable: no false positive
        _rel("TTP", "ASSAULT", "MQM", negated=True),  # negated: not forbidden
    ], GOOD_ENTITIES)
    report = evaluate(gold, out)
    assert (report.core_found, report.core_total) == (4, 4)
    assert (report.extended_found, report.extended_total) == (2, 2)
    assert (report.event_correct, report.event_total) == (5, 5)
    assert report.forbidden == 0
    assert (report.same_entity_ok, report.same_entity_total) == (2, 2)
    assert report.meets_targets()
    assert "core recall        1.000  (4/4)" in report.format()


def test_poor_build_fails_with_each_miss_listed(gold, tmp_path):
    out = _build(tmp_path, [
        _rel("TTP", "THREATEN", "MQM", negated=True),  # negated never counts as found
        _rel("TTP", "THREATEN", "MQM", doc="b"),  # other article
        _rel("Nasir Jamal", "ROLE", "leader", literal=True),  # wrong title
        _rel("police", "COERCE", "TTP"),
        _rel("Rangers", "ASSAULT", "Police"),  # event between gold actors, not in gold
        _rel("TTP", "ASSAULT", "MQM"),  # forbidden
        _rel("Someone", "ACCUSE", "TTP"),  # subject not a gold actor: not in precision
        _rel("Rangers", "STATEMENT", "x", start=40, evidence="such acts"),  # below comments
        _rel("Rangers", "ACCUSE", "Police", start=1,
             evidence="Such acts are done by the CIA agents."),  # comment text
    ], [_entity("MQM"), _entity("Muttahida Qaumi Movement"), _entity("CIA agents"),
        _entity("Nasir Jamal", "Jamal")])
    report = evaluate(gold, out)
    assert (report.core_found, report.core_total) == (1, 4)
    assert (report.extended_found, report.extended_total) == (0, 2)
    assert (report.event_correct, report.event_total) == (1, 5)
    assert report.forbidden == 4
    assert (report.same_entity_ok, report.same_entity_total) == (1, 2)
    assert not report.meets_targets()
    text = report.format(misses=True)
    assert "[core] a  TTP -THREATEN-> MQM" in text
    assert "[extended] a  MQM -REQUEST-> Government" in text
    assert "Rangers -r/ASSAULT-> Police" in text
    assert "lies below 'Reader Comments'" in text
    assert "carries forbidden 'cia agents'" in text
    assert "'Muttahida Qaumi Movement' on 1 entities, 'MQM' on 1" in text
    assert "missed" not in report.format(misses=False)


@pytest.mark.parametrize("descriptions, other, ok", [
    ({"a": ["Jamal"]}, {}, 2),  # a description resolved in its article names the entity
    ({}, {}, 1),
    # a description names another actor in another article: the gold pair, of one article,
    # is right in the article where it names Nasir Jamal
    ({"a": ["Jamal"]}, {"b": ["Jamal"]}, 2),
    ({"a": ["Jamal"]}, {"a": ["Jamal"]}, 1),  # two actors in one article: not merged
    ({}, {"b": ["Jamal"]}, 1),  # the one article's description is another actor's
])
def test_same_entity_reads_descriptions(gold, tmp_path, descriptions, other, ok):
    nasir, someone = _entity("Nasir Jamal"), _entity("Someone Else")
    if descriptions:
        nasir["descriptions"] = descriptions
    if other:
        someone["descriptions"] = other
    out = _build(tmp_path, [], [_entity("MQM", "Muttahida Qaumi Movement"), nasir, someone])
    assert evaluate(gold, out).same_entity_ok == ok


@pytest.mark.parametrize(
    ("label", "expected"),
    [("The “Muttahida” Qaumi Movement", "muttahida qaumi movement"),
     ("Pakistan People’s Party (PPP)", "pakistan people's party ppp"),
     ("PML-N", "pml-n"), ("  the  government ", "government"), ("Theo", "theo"),
     # an indefinite article goes as "the" does, but not from a name
     ("A federal judge", "federal judge"), ("an  army", "army"), ("A Current Affair", "a current affair"),
     ("Anwar", "anwar"), ("A.", "a")],
)
def test_normalise_label(label, expected):
    assert normalise_label(label) == expected


@pytest.mark.parametrize(
    ("file", "content", "message"),
    [("relations.jsonl", "{not json\n", r"relations.jsonl:1: not valid JSON"),
     ("relations.jsonl", '{"doc": "a"}\n', r"relations.jsonl:1: needs"),
     ("entities.jsonl", None, r"entities.jsonl: cannot read")],
)
def test_bad_build_files_name_file_and_line(gold, tmp_path, file, content, message):
    out = _build(tmp_path, [], [])
    if content is None:
        (out / file).unlink()
    else:
        (out / file).write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        evaluate(gold, out)


def test_bad_gold_is_reported(gold, tmp_path):
    (gold / "seed_relations.jsonl").write_text('{"doc": "a", "tier": "core"}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"seed_relations.jsonl:1: missing subject"):
        evaluate(gold, _build(tmp_path, [], []))


def test_sample_build_meets_the_quality_targets(sample_build):
    from .conftest import DATA

    report = evaluate(DATA.parent / "gold", sample_build)
    assert report.core_recall == 1.0, report.format()
    assert report.extended_recall >= 0.75, report.format()
    assert report.event_precision >= 0.9, report.format()
    assert report.forbidden == 0, report.format()
    assert report.same_entity_ok == report.same_entity_total == 11, report.format()
    assert report.meets_targets()


@pytest.mark.parametrize("title, predicted, found", [
    # an office is the same with or without the article inside it
    ("leader of the opposition", "leader of opposition", True),
    ("Secretary of State", "Secretary of the State", True),
])
def test_a_role_title_is_found_whatever_its_articles(tmp_path, title, predicted, found):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "seed_actors.json").write_text(json.dumps(ACTORS), encoding="utf-8")
    (folder / "seed_relations.jsonl").write_text(json.dumps(
        {"doc": "a", "tier": "core", "subject": "Nasir Jamal", "cls": "ROLE", "object": title,
         "evidence": "x"}) + "\n", encoding="utf-8")
    out = _build(tmp_path, [_rel("Nasir Jamal", "ROLE", predicted, literal=True)], [])
    assert evaluate(folder, out).core_found == (1 if found else 0)
