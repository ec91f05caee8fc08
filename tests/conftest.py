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
