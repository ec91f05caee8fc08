"""The relation vocabulary read from ontologies/relations.ttl."""

from __future__ import annotations

import pytest

from graphkit.model import ONTOLOGY_IRI, PLOVER_TYPES, STRUCTURAL_TYPES
from graphkit.vocab import (
    VocabularyError,
    ancestors,
    load_vocabulary,
    noun_trigger,
    verb_trigger,
)


@pytest.mark.parametrize(
    ("name", "plover", "cameo", "parent", "local"),
    [
        ("threaten", "THREATEN", "130", None, "threatens"),
        ("warn", "THREATEN", "130", "threaten", "warns"),
        ("demand", "REQUEST", "100", "request", "demands"),
        ("request", "REQUEST", "020", None, "requests"),
        ("accuse", "ACCUSE", "112", None, "accuses"),
        ("criticise", "ACCUSE", "111", "accuse", "criticises"),
        ("arrest", "COERCE", "173", "coerce", "arrests"),
        ("attack", "ASSAULT", "190", "assault", "attacks"),
        ("target", "ASSAULT", "190", "attack", "targets"),
        ("sanction", "SANCTION", "163", None, "sanctions"),
        ("meet", "CONSULT", "040", "consult", "meetsWith"),
        ("release", "CONCEDE", "0841", "concede", "releases"),
        # where the annotation guide files an act under another class than PLOVER's table
        ("abduct", "COERCE", "181", "coerce", "abducts"),
        ("charge", "ACCUSE", "1121", "accuse", "charges"),
        ("ban", "SANCTION", "1722", "sanction", "bans"),
        ("ceasefire", "AGREE", "0871", "agree", "declaresCeasefireWith"),
        ("expel", "SANCTION", "166", "sanction", "expels"),
        ("massacre", "ASSAULT", "202", "kill", "massacres"),
        ("say", "STATEMENT", "010", None, "says"),
        ("member_of", "MEMBER_OF", None, None, "memberOf"),
    ],
)
def test_relation_definitions(name, plover, cameo, parent, local):
    rel = load_vocabulary()[name]
    assert (rel.plover, rel.cameo, rel.parent) == (plover, cameo, parent)
    assert rel.iri == ONTOLOGY_IRI + local
    assert rel.label and rel.comment


def test_every_plover_type_has_one_top_relation():
    tops = [r for r in load_vocabulary().values() if r.is_event and r.parent is None]
    assert sorted(r.plover for r in tops) == sorted(PLOVER_TYPES)
    for rel in load_vocabulary().values():
        if rel.is_event:  # a child never changes class
            assert all(load_vocabulary()[a].plover == rel.plover for a in ancestors(rel.name))


def test_structural_relations_present():
    classes = {r.plover for r in load_vocabulary().values()}
    assert set(STRUCTURAL_TYPES) <= classes


@pytest.mark.parametrize(
    ("lemma", "word", "expected"),
    [
        ("threaten", None, "threaten"),
        ("pressurise", None, "demand"),
        ("urge", None, "urge"),
        ("call", "on", "request"),
        ("crack", "down", "coerce"),
        ("go", "soft", "concede"),
        ("take", "hostage", "abduct"),
        ("recall", "ambassador", "break_relations"),
        ("suspend", "aid", "cut_aid"),
        ("send", "troops", "deploy"),
        ("open", "fire", "shoot"),
        ("take", None, None),
        ("fire", None, None),
        ("suspend", None, None),
        ("impose", None, None),
        ("call", None, None),
    ],
)
def test_verb_triggers(lemma, word, expected):
    rel = verb_trigger(lemma, word)
    assert (rel.name if rel else None) == expected


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("threat", "threaten"), ("demand", "demand"), ("sanction", "sanction"),
     ("arrest", "arrest"), ("alliance", "ally"), ("talks", "negotiate"), ("house", None),
     ("air strike", "air_strike"), ("hunger strike", "hunger_strike"), ("strike", None),
     ("curfew", "curfew"), ("air raid", "air_strike"), ("raid", "raid")],
)
def test_noun_triggers(lemma, expected):
    rel = noun_trigger(lemma)
    assert (rel.name if rel else None) == expected


def test_ancestors_chain():
    assert ancestors("demand") == ["request"]
    assert ancestors("threaten") == []


def test_vocabulary_is_cached():
    assert load_vocabulary() is load_vocabulary()


BROKEN = [
    ("gk:x gk:relationName 'x' .", "unknown gk:ploverType"),
    ("gk:x gk:relationName 'x' ; gk:ploverType 'NOPE' .", "unknown gk:ploverType"),
    ("gk:x gk:relationName 'x' ; gk:ploverType 'AID' ; gk:triggerVerb 'help' .\n"
     "gk:y gk:relationName 'y' ; gk:ploverType 'AID' ; gk:triggerVerb 'help' .", "trigger 'help'"),
    ("gk:x gk:relationName 'x' ; gk:ploverType 'AID'", "not valid Turtle"),
]


@pytest.mark.parametrize(("body", "message"), BROKEN)
def test_broken_vocabulary_is_reported(tmp_path, body, message):
    file = tmp_path / "relations.ttl"
    file.write_text(f"@prefix gk: <{ONTOLOGY_IRI}> .\n{body}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=message) as info:
        load_vocabulary(file)
    assert str(file) in str(info.value)


def test_missing_vocabulary_is_reported(tmp_path):
    with pytest.raises(VocabularyError, match="not found"):
        load_vocabulary(tmp_path / "nope.ttl")


def test_every_speech_relation_is_defined_in_the_vocabulary():
    from graphkit.extract.lexicon import SPEECH_VERBS
    from graphkit.vocab import load_vocabulary

    vocab = load_vocabulary()
    for name in set(SPEECH_VERBS.values()):
        assert name in vocab, name
        assert vocab[name].plover == "STATEMENT"
        assert name == "say" or vocab[name].parent == "say"
