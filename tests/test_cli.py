"""The command line as a user runs it: a real process, real outputs, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.conftest import DATA


def graphkit(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graphkit", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def cli_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = graphkit("build", DATA, "--out", out)
    assert proc.returncode == 0, proc.stderr
    return out, proc.stdout


def test_build_prints_summary_and_html_path(cli_build):
    out, stdout = cli_build
    assert "articles" in stdout and "relations" in stdout
    assert str((out / "graph.html").absolute()) in stdout


WHO_THREATENS_MQM = """
PREFIX gk: <https://w3id.org/graphkit/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?who WHERE {
  ?actor gk:threatens ?mqm . ?mqm rdfs:label "Muttahida Qaumi Movement" . ?actor rdfs:label ?who .
}"""


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_who_threatens_mqm(cli_build, fmt):
    out, _ = cli_build
    proc = graphkit("query", out, WHO_THREATENS_MQM, "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(proc.stdout)))
        assert {r["who"] for r in rows} == {"Tehreek-e-Taliban Pakistan"}
    elif fmt == "json":
        assert "Tehreek-e-Taliban Pakistan" in json.dumps(json.loads(proc.stdout))
    else:
        assert "Tehreek-e-Taliban Pakistan" in proc.stdout


def test_export_turtle_to_file(cli_build, tmp_path):
    import rdflib

    out, _ = cli_build
    target = tmp_path / "g.ttl"
    proc = graphkit("export", out, "--format", "ttl", "-o", target)
    assert proc.returncode == 0, proc.stderr
    assert len(rdflib.Graph().parse(target, format="turtle")) > 100


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "{tmp}/nothing", "SELECT * WHERE {{?s ?p ?o}}"), "is not a graphkit build folder"),
        (("export", "{tmp}/nothing"), "is not a graphkit build folder"),
        (("show", "{tmp}/nothing"), "graph.html does not exist"),
        (("show", "{out}", "--actor", "Nobody Here"), "no actor named 'Nobody Here'"),
        (("build", "{tmp}/none.txt", "--out", "{tmp}/o", "--model", "no_such_model_xyz"), "not installed"),
        (("query", "{out}", "SELEC nonsense"), "error:"),
        (("query", "{out}", "-f", "{tmp}/missing.rq"), "cannot read query file"),
    ],
)
def test_user_errors_are_one_line(cli_build, tmp_path, args, message):
    out, _ = cli_build
    proc = graphkit(*(a.format(tmp=tmp_path, out=out) for a in args))
    assert proc.returncode != 0
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_show_opens_the_page_on_an_actor(cli_build):
    import os

    out, _ = cli_build
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text("utf-8").splitlines()]
    mqm = next(e for e in entities if "MQM" in e["aliases"])
    proc = subprocess.run([sys.executable, "-m", "graphkit", "show", str(out), "--actor", "mqm"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "BROWSER": "true"})  # `true` stands in for the browser
    assert proc.returncode == 0, proc.stderr
    url = proc.stdout.strip()
    assert url.startswith((out / "graph.html").resolve().as_uri() + "#actor=")
    from urllib.parse import unquote

    assert unquote(url.split("#actor=", 1)[1]) == mqm["id"]


def test_build_with_bad_file_exits_nonzero(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf8")
    (tmp_path / "ok.txt").write_text("Rebels attacked a police post in the north.", encoding="utf-8")
    proc = graphkit("build", tmp_path, "--out", tmp_path / "out", "-q")
    assert proc.returncode == 1
    assert f"{tmp_path / 'bad.txt'}:1: not UTF-8" in proc.stderr
    assert (tmp_path / "out" / "relations.jsonl").exists()
