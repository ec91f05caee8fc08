"""Shared fixtures: one spaCy pipeline for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def nlp():
    from graphkit.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The sample articles built once with the real pipeline; returns the output folder."""
    from graphkit.build import build

    out = tmp_path_factory.mktemp("sample_build")
    report = build([DATA], out, progress=False)
    assert not report.skipped, report.skipped
    return out
