"""Resolution of mentions into actors, within an article and across the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.extract import extract
from graphkit.model import ENTITY_IRI, Article, DocResult, Mention
from graphkit.resolve import resolve, slug

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path("/work/shared/gold")


def _doc(doc_id, *mentions):
    return DocResult(article=Article(id=doc_id, text=""), mentions=list(mentions))


def M(text, label, type_="Person", key=None, country=None):  # noqa: N802
    return Mention(text=text, label=label, type=type_, start=0, end=len(text), key=key,
                   country=country)


def test_gazetteer_ids_merge_and_iris_are_stable():
    a, b = M("ANC", "African National Congress", "PoliticalParty", "anc"), \
        M("African National Congress", "African National Congress", "PoliticalParty", "anc")
    actors = resolve([_doc("1", a), _doc("2", b)])
    assert [(x.id, x.label, x.aliases, x.mentions) for x in actors] == [
        (ENTITY_IRI + "anc", "African National Congress", ["ANC", "African National Congress"],
         2)]
    assert a.entity == b.entity == ENTITY_IRI + "anc"


def test_spelling_variants_of_a_name_merge():
    actors = resolve([_doc("1", M("Khalid Maqbool Siddiqi", "Khalid Maqbool Siddiqi")),
                      _doc("2", M("Khalid Maqbool Siddiqui", "Khalid Maqbool Siddiqui"))])
    assert len(actors) == 1
    assert set(actors[0].aliases) >= {"Khalid Maqbool Siddiqi", "Khalid Maqbool Siddiqui"}


def test_generic_agents_stay_apart_per_country():
    actors = resolve([_doc("1", M("police", "police", "SecurityForce", country="Kenya"),
                           M("Police", "police", "SecurityForce", country="Kenya")),
                      _doc("2", M("police", "police", "SecurityForce", country="Peru"))])
    assert sorted((a.id.rsplit("/", 1)[1], a.mentions) for a in actors) == [
        ("police-kenya", 2), ("police-peru", 1)]


def test_acronym_seen_in_one_article_merges_in_another():
    long_form = M("MDC", "Movement for Democratic Change", "PoliticalParty")
    bare = M("MDC", "MDC", "PoliticalParty")
    actors = resolve([_doc("1", long_form), _doc("2", bare)])
    assert [(a.label, a.mentions) for a in actors] == [("Movement for Democratic Change", 2)]


def test_different_people_stay_apart_and_surnames_become_aliases():
    actors = resolve([_doc("1", M("Nawaz Sharif", "Nawaz Sharif"),
                           M("Shehbaz Sharif", "Shehbaz Sharif"),
                           M("Shazia Marri", "Shazia Marri"),
                           M("Qaim Ali Shah", "Qaim Ali Shah"),
                           M("Shah Mehmood Qureshi", "Shah Mehmood Qureshi"))])
    aliases = {a.label: a.aliases for a in actors}
    assert "Sharif" not in aliases["Nawaz Sharif"] + aliases["Shehbaz Sharif"]
    assert "Marri" in aliases["Shazia Marri"] and "Qureshi" in aliases["Shah Mehmood Qureshi"]
    assert "Shah" not in aliases["Qaim Ali Shah"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan People's Party", "pakistan-peoples-party"), ("Ação Popular", "acao-popular"),
    ("!!!", "actor")])
def test_slug(text, expected):
    assert slug(text) == expected


@pytest.fixture(scope="module")
def sample_actors(nlp):
    results = []
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        article = Article(id=path.stem, text=path.read_text(encoding="utf-8"))
        results.append(extract(nlp(article.text), article))
    return resolve(results), results


def _norm(text):
    return text.lower().replace("\u2019", "'")


@pytest.mark.skipif(not GOLD.exists(), reason="needs the shared gold annotation")
def test_sample_same_entity_pairs(sample_actors):
    actors, _ = sample_actors
    pairs = json.loads((GOLD / "seed_actors.json").read_text())["same_entity"]
    ok = 0
    for a, b in pairs:
        owners = [x for x in actors if {_norm(a), _norm(b)} <= {_norm(f) for f in
                                                                [x.label, *x.aliases]}]
        ok += len(owners) == 1
    assert ok == len(pairs) == 11


def test_every_mention_has_an_entity(sample_actors):
    actors, results = sample_actors
    ids = {a.id for a in actors}
    for result in results:
        for mention in result.mentions:
            assert mention.entity in ids
        for rel in result.relations:
            assert rel.subject.entity in ids
