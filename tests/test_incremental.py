"""Incremental builds: half then all equals all at once; the same input again changes nothing;
a changed article is replaced; the same rules hold for a remote store. Real Wikinews articles
(CC BY 2.5, Wikinews contributors), the real pipeline, the real stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, dev_sample

pytestmark = pytest.mark.skipif(not CORPUS.is_file(), reason=f"needs the dev corpus at {CORPUS}")
PROV = "http://www.w3.org/ns/prov#wasGeneratedBy"
RUNS = "https://w3id.org/graphkit/graph/runs"


#: Two articles written for this test: the second spells the name the first spells "Phillips"
#: more often, so resolving both renames the actor of the first (IRIs follow resolution keys).
FIRST = {"id": "zz-phillips-1", "date": "2010-05-01", "text": "Opposition leader Jonas Phillips accused the "
         "Electoral Commission of Freedonia of fraud on Monday. The commission rejected the claim."}
SECOND = {"id": "zz-phillips-2", "date": "2010-05-03", "text": "Jonas Philips threatened to boycott the election. "
          "Philips said his party would march on the capital. Police arrested Jonas Philips on Tuesday, and "
          "supporters of Jonas Philips protested."}


def feed(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def content(out: Path, *, runs: bool = False) -> set[tuple[str, str, str, str]]:
    """The store's quads (apart from run provenance unless ``runs``), as strings."""
    from graphkit.kg.store import open_build_store

    store = open_build_store(out)
    try:
        return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
                for q in store.quads()
                if runs or (q.predicate.value != PROV and str(q.graph_name) != f"<{RUNS}>")}
    finally:
        store.close()


def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("relations.jsonl", "entities.jsonl")}


@pytest.fixture(scope="module")
def rows():
    found = dev_sample(14)
    return [*found[:7], FIRST, *found[7:], SECOND]


@pytest.fixture(scope="module")
def all_at_once(rows, tmp_path_factory):
    from graphkit.build import build

    tmp = tmp_path_factory.mktemp("all")
    out = tmp / "out"
    report = build([feed(tmp / "all.jsonl", rows)], out, progress=False, html=False)
    assert (report.new, report.changed, report.unchanged) == (16, 0, 0)
    return out


def test_half_then_all_equals_all_at_once(rows, all_at_once, tmp_path):
    from graphkit.build import build

    out = tmp_path / "out"
    half = build([feed(tmp_path / "half.jsonl", rows[:8])], out, progress=False, html=False)
    assert (half.new, half.articles) == (8, 8)
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text().splitlines()]
    keyed = {e["id"] for e in entities if e.get("cameo")}
    assert "Jonas Phillips" in {e["label"] for e in entities}
    report = build([feed(tmp_path / "all.jsonl", rows)], out, progress=False, html=False)
    assert (report.new, report.changed, report.unchanged, report.extracted) == (8, 0, 8, 8)
    assert report.written == 9  # the new ones, and the first article: its actor is now "Jonas Philips"
    assert report.articles == 16
    assert content(out) == content(all_at_once)
    assert files(out) == files(all_at_once)
    ids = {e["id"] for e in map(json.loads, (out / "entities.jsonl").read_text().splitlines())}
    assert keyed and keyed <= ids  # actors with a CAMEO code kept their IRIs
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert all(f"article/{r['id']}" in turtle for r in rows)


def test_the_same_input_again_changes_nothing(rows, all_at_once, tmp_path):
    import shutil

    from graphkit.build import build

    out = tmp_path / "out"
    shutil.copytree(all_at_once, out, symlinks=True)
    before, outputs = content(out, runs=True), files(out)
    report = build([feed(tmp_path / "all.jsonl", rows)], out, progress=False, html=False)
    assert (report.new, report.changed, report.unchanged, report.extracted) == (0, 0, 16, 0)
    assert "0 new, 0 changed, 16 unchanged" in report.summary()
    assert content(out, runs=True) == before  # not even a run record
    assert files(out) == outputs


def test_a_changed_article_is_replaced_and_the_others_kept(rows, all_at_once, tmp_path):
    import shutil

    from graphkit.build import build

    out = tmp_path / "out"
    shutil.copytree(all_at_once, out, symlinks=True)
    edited = dict(rows[3], text="The army of Freedonia attacked rebels of the Sylvanian Front in the capital.")
    report = build([feed(tmp_path / "one.jsonl", [edited])], out, progress=False, html=False)
    assert (report.new, report.changed, report.unchanged, report.articles) == (0, 1, 0, 16)
    relations = [json.loads(line) for line in (out / "relations.jsonl").read_text().splitlines()]
    mine = [r for r in relations if r["doc"] == edited["id"]]
    assert mine and all("Freedonia" in r["evidence"] for r in mine)
    assert {r["doc"] for r in relations} == {r["doc"] for r in map(json.loads, (all_at_once / "relations.jsonl").read_text().splitlines())}
    others = content(all_at_once)
    graph = f"<https://w3id.org/graphkit/graph/article/{edited['id']}>"
    kept = {q for q in content(out) if q[3] != graph}
    assert {q for q in others if q[3] != graph and "/graph/article/" in q[3]} <= kept


@pytest.mark.server
def test_a_remote_store_follows_the_same_rules(rows, oxigraph_server, tmp_path):
    from graphkit.build import build
    from graphkit.kg import RemoteStore

    url = oxigraph_server + "/update"
    out = tmp_path / "out"
    stored = "SELECT ?id WHERE { GRAPH ?g { ?a gk:contentHash ?h ; dct:identifier ?id } }"
    first = build([feed(tmp_path / "half.jsonl", rows[:4])], out, store_url=url, progress=False, html=False)
    assert (first.new, first.articles) == (4, 4)
    again = build([feed(tmp_path / "more.jsonl", rows[:6])], out, store_url=url, progress=False, html=False)
    assert (again.new, again.changed, again.unchanged, again.articles) == (2, 0, 4, 6)
    remote = RemoteStore(url)
    assert {r["id"] for r in remote.rows(stored)} == {r["id"] for r in rows[:6]}
    same = build([feed(tmp_path / "more.jsonl", rows[:6])], out, store_url=url, progress=False, html=False)
    assert (same.new, same.changed, same.unchanged, same.extracted) == (0, 0, 6, 0)
    fresh = build([feed(tmp_path / "two.jsonl", rows[:2])], out, store_url=url, rebuild=True, progress=False,
                  html=False)
    assert fresh.articles == 2
    assert {r["id"] for r in remote.rows(stored)} == {r["id"] for r in rows[:2]}


def test_an_article_the_extractor_fails_on_keeps_its_stored_version(rows, all_at_once, tmp_path, monkeypatch):
    """Fault injection: the extractor raises on one article (as a bug would); the build reports
    it, keeps that article's stored version and writes everything else."""
    import io
    import shutil

    import graphkit.extract
    from graphkit.build import build

    out = tmp_path / "out"
    shutil.copytree(all_at_once, out, symlinks=True)
    real = graphkit.extract.extract

    def failing(doc, article):
        if article.id in (rows[0]["id"], "brand-new"):
            raise ValueError("injected")
        return real(doc, article)

    monkeypatch.setattr(graphkit.extract, "extract", failing)
    edited = dict(rows[0], text=rows[0]["text"] + " The army attacked the rebels.")
    new = {"id": "brand-new", "text": "The army attacked the rebels."}
    errors = io.StringIO()
    report = build([feed(tmp_path / "in.jsonl", [edited, new, rows[1]])], out, progress=False, html=False,
                   errors=errors)
    assert (report.new, report.changed, report.unchanged, report.articles) == (1, 1, 1, 16)
    assert len(report.skipped) == 2 and "extraction failed (ValueError: injected)" in errors.getvalue()
    assert files(out) == files(all_at_once)


def test_articles_resolve_in_the_order_they_were_first_read(tmp_path):
    """The previous build's order, then stored articles it did not list (by id), then the new
    ones in input order: a daily feed resolves as one build of the days in turn would."""
    from graphkit.incremental import Plan, content_hash
    from graphkit.model import Article, DocResult
    from graphkit.spool import Spool

    old = {i: Article(i, f"Text of {i}.") for i in ("m2", "m1", "x9", "x1")}
    new = [Article("t9", "Text of t9."), old["m1"], Article("t1", "Text of t1."), Article("m2", "Changed.")]
    with Spool(tmp_path / "spool.sqlite") as spool:
        for article in [*old.values(), *new]:
            spool.put(DocResult(article), content_hash(article))
        plan = Plan({i: content_hash(a) for i, a in old.items()}, order=["m2", "m1"])
        assert [a.id for a in plan.select(new, spool)] == []  # every version already spooled
        assert plan.settle(spool) == []
    assert list(plan.corpus) == ["m2", "m1", "x1", "x9", "t9", "t1"]
    assert (plan.new, plan.changed, plan.unchanged) == (2, 1, 1)


def test_a_changed_extractor_is_a_changed_fingerprint(tmp_path):
    """An analyst who extends a word list (or upgrades graphkit) gets every article extracted
    again: the content hash carries a fingerprint of the extractor's files."""
    from graphkit.incremental import extractor_fingerprint

    package = tmp_path / "package"
    (package / "lexicon").mkdir(parents=True)
    words = package / "lexicon" / "words.txt"
    words.write_text("march\n", encoding="utf-8")
    (package / "code.py").write_text("X = 1\n", encoding="utf-8")
    before = extractor_fingerprint(package)
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "lexicon").mkdir()
    (changed / "lexicon" / "words.txt").write_text("march\nrally\n", encoding="utf-8")
    (changed / "code.py").write_text("X = 1\n", encoding="utf-8")
    assert extractor_fingerprint(changed) != before  # one more word: another fingerprint
    same = tmp_path / "same"
    (same / "lexicon").mkdir(parents=True)
    (same / "lexicon" / "words.txt").write_text("march\n", encoding="utf-8")
    (same / "code.py").write_text("X = 1\n", encoding="utf-8")
    (same / "__pycache__").mkdir()
    (same / "__pycache__" / "code.cpython-311.pyc").write_bytes(b"\x00")
    assert extractor_fingerprint(same) == before  # the same files: compiled caches apart
