"""The build end to end: outputs exist, follow the contract, survive bad input and interruption."""

from __future__ import annotations

import io
import json
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from graphkit.model import PLOVER_TYPES, STRUCTURAL_TYPES
from tests.conftest import DATA

CLASSES = set(PLOVER_TYPES) | set(STRUCTURAL_TYPES) | {None}


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_outputs_exist(sample_build):
    for name in ("relations.jsonl", "entities.jsonl", "graph.ttl", "graph.html"):
        assert (sample_build / name).stat().st_size > 0, name
    assert (sample_build / "store").is_dir()


def test_relations_follow_the_contract(sample_build):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in DATA.glob("*.txt")}
    rels = _lines(sample_build / "relations.jsonl")
    assert len(rels) >= 20
    for rel in rels:
        assert {"doc", "subject", "relation", "class", "object", "negated", "modality", "evidence", "start", "end",
                "confidence"} <= rel.keys()
        assert rel["doc"] in texts
        assert rel["class"] in CLASSES
        assert set(rel["subject"]) in ({"id", "label"}, {"id", "label", "cameo"})
        assert rel["subject"]["id"].startswith("https://")
        assert set(rel["object"]) in ({"id", "label"}, {"id", "label", "cameo"}, {"value"}, set())
        if not rel["object"]:  # an event with no actor target says what it is about
            assert rel["class"] not in ("STATEMENT", "MEMBER_OF", "ROLE") and rel.get("about")
        assert isinstance(rel["negated"], bool) and 0.0 <= rel["confidence"] <= 1.0
        # the evidence is the article text at the given offsets
        assert texts[rel["doc"]][rel["start"]:rel["end"]] == rel["evidence"]
        if rel["class"] == "MEMBER_OF":
            assert rel.get("role")


def test_entities_follow_the_contract(sample_build):
    ents = _lines(sample_build / "entities.jsonl")
    ids = [e["id"] for e in ents]
    assert len(ids) == len(set(ids))
    for ent in ents:
        assert {"id", "label", "type", "aliases", "mentions"} <= ent.keys()
        assert ent["mentions"] >= 1 and isinstance(ent["aliases"], list)
    known = set(ids)
    for rel in _lines(sample_build / "relations.jsonl"):
        assert rel["subject"]["id"] in known
        assert not rel["object"] or "value" in rel["object"] or rel["object"]["id"] in known


def test_nothing_from_reader_comments(sample_build):
    rels = _lines(sample_build / "relations.jsonl")
    assert not [r for r in rels if re.search(r"\bcia\b", r["evidence"], re.IGNORECASE)]
    labels = " ".join(e["label"] + " " + " ".join(e["aliases"]) for e in _lines(sample_build / "entities.jsonl"))
    assert "LATIF" not in labels and "cia" not in labels.lower().split()


def test_bad_inputs_are_skipped_and_reported(tmp_path):
    from graphkit.build import build

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "001_abc11ff3c9040d09.txt", src)
    (src / "empty.txt").write_text("")
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (src / "feed.jsonl").write_text(
        json.dumps({"id": "k1", "text": "Kenya's president met opposition leaders in Nairobi."}) + "\n{broken\n",
        encoding="utf-8",
    )
    err = io.StringIO()
    report = build([src], tmp_path / "out", progress=False, errors=err)
    assert report.articles == 2
    assert len(report.skipped) == 3
    printed = err.getvalue()
    assert f"{src / 'empty.txt'}: empty file" in printed
    assert f"{src / 'photo.txt'}: binary file" in printed
    assert f"{src / 'feed.jsonl'}:2: malformed JSON" in printed
    assert "skipped 3 input(s)" in report.summary()
    docs = {r["doc"] for r in _lines(tmp_path / "out" / "relations.jsonl")}
    assert "001_abc11ff3c9040d09" in docs


def test_rebuild_adds_no_duplicates(tmp_path):
    from graphkit.build import build
    from graphkit.query import run

    # every build adds its own run record to the runs graph; the facts must not grow
    count = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
             "FILTER(?g != <https://w3id.org/graphkit/graph/runs>) }")
    out = tmp_path / "out"
    build([DATA], out, progress=False, html=False)
    first = run(out, count)
    build([DATA], out, progress=False, html=False)
    assert run(out, count) == first


def test_interrupted_build_leaves_the_store_usable(tmp_path):
    """Kill a build mid-way; the store opens and still holds the earlier build's facts."""
    from graphkit.build import build
    from graphkit.query import run

    out = tmp_path / "out"
    build([DATA / "001_abc11ff3c9040d09.txt"], out, progress=False, html=False)
    ask = "ASK { GRAPH ?g { ?s ?p ?o } }"
    assert run(out, ask)
    feed = tmp_path / "feed.jsonl"
    text = (DATA / "000_870eda66d6a6e2da.txt").read_text(encoding="utf-8")
    feed.write_text("".join(json.dumps({"id": f"a{i}", "text": text}) + "\n" for i in range(60)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "graphkit", "build", str(feed), "--out", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(6)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert run(out, ask)
    assert run(out, "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")


def test_missing_model_is_one_clear_error(tmp_path):
    from graphkit.build import build

    with pytest.raises(RuntimeError, match="not installed"):
        build([DATA], tmp_path / "out", model="no_such_model_xyz", progress=False)


def test_parse_errors_reach_the_caller_and_do_not_hang(nlp):
    from graphkit.build import extract_articles
    from graphkit.ingest import article_from_text

    arts = [article_from_text(f"a{i}", "Rebels attacked a police post. " * 20) for i in range(3)]
    saved = nlp.max_length
    nlp.max_length = 100
    try:
        with pytest.raises(ValueError, match="max_length"):
            list(extract_articles(nlp, arts))
    finally:
        nlp.max_length = saved


def test_stopping_early_stops_the_parser(nlp):
    import threading

    from graphkit.build import extract_articles
    from graphkit.ingest import article_from_text

    arts = [article_from_text(f"a{i}", "The army attacked the rebels in the north.") for i in range(200)]
    stream = extract_articles(nlp, arts, batch_size=4)
    first = next(stream)
    assert first.article.id == "a0"
    stream.close()
    assert not [t for t in threading.enumerate() if t.name == "graphkit-parse"]


def test_two_processes_give_the_same_relations(sample_build, tmp_path):
    from graphkit.build import build

    out = tmp_path / "out"
    report = build([DATA], out, processes=2, progress=False, html=False)
    assert not report.skipped
    assert (out / "relations.jsonl").read_text(encoding="utf-8") == (sample_build / "relations.jsonl").read_text(encoding="utf-8")
    assert (out / "entities.jsonl").read_text(encoding="utf-8") == (sample_build / "entities.jsonl").read_text(encoding="utf-8")
