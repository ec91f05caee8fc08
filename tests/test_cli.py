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


# -- every user error is one line, before any expensive work -------------------------------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("build", DATA, "--out", "{tmp}/o", "--top", "0"), "error: --top must be 1 or more (got 0)"),
        (("build", DATA, "--out", "{tmp}/o", "--processes", "0"), "error: --processes must be 1 or more (got 0)"),
        (("build", DATA, "--out", "{tmp}/o", "--store", "http://127.0.0.1:9/update"),
         "error: http://127.0.0.1:9/query: cannot reach the SPARQL store"),
        (("build", DATA, "--out", "{tmp}/o", "--store", "ftp:/nowhere"), "error: ftp:/nowhere: not an http(s) SPARQL endpoint URL"),
        (("export", "{out}", "-o", "{tmp}/missing/g.ttl"), "does not exist; create it first"),
        (("export", "{out}", "-o", "{tmp}"), "is a folder; give a file name with -o"),
        (("query", "{out}", "who-threatens", "--param", "MQM"), "error: --param 'MQM': give NAME=VALUE"),
        (("stats", "{out}", "--sample", "0"), "error: --sample must be 1 or more"),
    ],
)
def test_more_user_errors_are_one_line_and_quick(cli_build, tmp_path, args, message):
    import time

    out, _ = cli_build
    started = time.monotonic()
    proc = graphkit(*(str(a).format(tmp=tmp_path, out=out) for a in args))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert time.monotonic() - started < 8, "checked only after expensive work"
    assert not (tmp_path / "o" / "relations.jsonl").exists()


def test_version():
    proc = graphkit("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("graphkit 0.1.0 (spacy 3.8")


def test_quiet_prints_only_errors_and_verbose_names_the_stages(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Rebels attacked a police post in the north.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe not utf8")
    quiet = graphkit("build", tmp_path / "in", "--out", tmp_path / "o1", "-q")
    assert quiet.returncode == 1 and quiet.stdout == ""
    assert quiet.stderr == f"skipped {tmp_path / 'in' / 'bad.txt'}:1: not UTF-8 (byte 0xff at offset 0); re-save it as UTF-8\n"
    loud = graphkit("build", tmp_path / "in", "--out", tmp_path / "o2", "--verbose")
    stages = [line.split(": ", 1)[1].split(" (")[0] for line in loud.stderr.splitlines() if line.startswith("build: ")]
    assert stages == ["locked", "ingested", "extracted", "resolved", "records", "store", "written"]
    assert loud.stderr.count("bad.txt") == 1  # a skipped input is printed once
    assert "skipped 1 input(s) (listed above)" in loud.stdout


def test_debug_shows_the_traceback_of_a_user_error(tmp_path):
    plain = graphkit("stats", tmp_path)
    assert plain.stderr.count("\n") == 1 and "Traceback" not in plain.stderr
    debug = graphkit("stats", tmp_path, "--debug")
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.rstrip().endswith(plain.stderr.strip()) and debug.returncode == plain.returncode == 2


@pytest.mark.server
def test_reading_commands_on_a_remote_store_build(oxigraph_server, tmp_path):
    out = tmp_path / "out"
    built = graphkit("build", DATA, "--out", out, "--store", oxigraph_server + "/update", "-q")
    assert built.returncode == 0, built.stderr
    assert not (out / "store").exists()
    stats = graphkit("stats", out)
    assert stats.returncode == 0 and "actors" in stats.stdout, stats.stderr
    rows = graphkit("query", out, "who-threatens", "--param", "target=MQM", "--format", "csv")
    assert rows.returncode == 0 and "Tehreek-e-Taliban Pakistan" in rows.stdout, rows.stderr
    assert graphkit("export", out, "--format", "nt").stdout.count("\n") > 100
    valid = graphkit("validate", out)
    assert valid.returncode == 0 and valid.stdout.startswith("conforms"), valid.stdout + valid.stderr
    served = graphkit("serve", out, "--port", "0")
    assert served.returncode == 2
    assert served.stderr == f"error: {out} was built into the remote store {oxigraph_server}/update; " \
                            "query that store's own endpoint\n"


def test_build_dates_undated_files_and_notes_bad_dates_without_failing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("GOMA, Nov 3 (Reuters) - Congolese troops attacked M23 rebels on Friday.",
                               encoding="utf-8")
    (src / "b.md").write_text("---\ndate: 2013-02-30\n---\nKenyan police arrested opposition leader "
                              "Raila Odinga yesterday.\n", encoding="utf-8")
    (src / "c.txt").write_text("Congolese troops attacked M23 rebels on February 30, 2013.", encoding="utf-8")
    proc = graphkit("build", src, "--out", tmp_path / "out", "--date", "2013-11-06")
    assert proc.returncode == 0, proc.stderr
    assert f"warning: {src / 'b.md'}: article 'b': date '2013-02-30' is not a calendar date" in proc.stderr
    assert "1 bad event date(s) left empty:" in proc.stdout
    assert f"{src / 'c.txt'}: February 30, 2013: day 30 is not in month 2; event date left empty" in proc.stdout
    rels = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text().splitlines()]
    dated = {(r["doc"], r["class"]): (r["date"], r["event_date"], r["date_precision"]) for r in rels}
    # the dateline's day takes the fallback's year; "on Friday" is the Friday before it
    assert dated[("a", "ASSAULT")] == ("2013-11-03", "2013-11-01", "day")
    # the refused front-matter date gives way to the fallback; "yesterday" is the day before
    assert dated[("b", "COERCE")] == ("2013-11-06", "2013-11-05", "day")
    assert dated[("c", "ASSAULT")] == ("2013-11-06", None, None)
    sources = {(r["doc"], r["class"]): r["date_source"] for r in rels}
    assert (sources[("a", "ASSAULT")], sources[("b", "COERCE")], sources[("c", "ASSAULT")]) == (
        "clause", "clause", None)


def test_build_refuses_a_fallback_that_is_no_date(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels attacked a police post.", encoding="utf-8")
    proc = graphkit("build", tmp_path, "--out", tmp_path / "out", "--date", "06/11/2013")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: --date '06/11/2013' is not a date; give YYYY-MM-DD"
