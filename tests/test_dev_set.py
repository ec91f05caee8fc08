"""The development set (``data/dev``): eight invented wire stories from other regions.

Built once with the real pipeline and scored against its hand annotation. The floors sit a
little below the scores measured when the set was written, so a change that loses facts on
news from other countries fails here even when the two sample articles still pass.
"""

from __future__ import annotations

import pytest

from graphkit.evaluate import evaluate

from .conftest import ROOT

DEV = ROOT / "data" / "dev"


@pytest.fixture(scope="module")
def dev_report(tmp_path_factory):
    from graphkit.build import build

    out = tmp_path_factory.mktemp("dev_build")
    report = build([DEV / "articles"], out, progress=False, html=False)
    assert not report.skipped, report.skipped
    return evaluate(DEV / "gold", out, articles=DEV / "articles")


def test_dev_gold_covers_every_article():
    import json

    docs = {json.loads(line)["doc"] for line in
            (DEV / "gold" / "seed_relations.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs == {p.stem for p in (DEV / "articles").glob("*.txt")}
    assert len(docs) == 8


def test_dev_recall_floors(dev_report):
    assert dev_report.core_total == 105, dev_report.format()
    assert dev_report.extended_total == 56, dev_report.format()
    assert dev_report.core_recall >= 0.82, dev_report.format()
    assert dev_report.extended_recall >= 0.25, dev_report.format()


def test_dev_event_precision_floor(dev_report):
    assert dev_report.event_total >= 20, dev_report.format()
    assert dev_report.event_precision >= 0.97, dev_report.format()


def test_dev_nothing_forbidden(dev_report):
    assert dev_report.forbidden == 0, dev_report.format()


def test_dev_same_entity_floor(dev_report):
    assert dev_report.same_entity_total == 24, dev_report.format()
    assert dev_report.same_entity_ok >= 18, dev_report.format()
