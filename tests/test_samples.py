"""The event facts of the sample articles: who threatens, demands and arrests whom."""

from __future__ import annotations

import pytest

actors = pytest.importorskip("graphkit.extract")

from graphkit.extract.events import events  # noqa: E402
from graphkit.ingest import read_articles  # noqa: E402
from graphkit.model import Article  # noqa: E402

from .conftest import DATA  # noqa: E402

THREAT = "001_abc11ff3c9040d09"
SOFT = "000_870eda66d6a6e2da"


@pytest.fixture(scope="module")
def sample_events(nlp):
    found: dict[str, list] = {}
    for article in read_articles([DATA]):
        assert isinstance(article, Article), article
        doc = nlp(article.text)
        doc.user_data["article"] = article
        found[article.id] = list(events(doc, actors.ActorIndex(doc, actors.actor_mentions(doc)),
                                        doc_id=article.id))
    assert set(found) == {THREAT, SOFT}
    return found


def _facts(rels, *, negated=False):
    return {(r.subject.label, r.cls, r.object.label) for r in rels
            if r.object is not None and r.negated == negated}


TTP, MQM = "Tehreek-e-Taliban Pakistan", "Muttahida Qaumi Movement"


@pytest.mark.parametrize(("doc", "fact"), [
    (THREAT, (TTP, "THREATEN", MQM)),
    (THREAT, (TTP, "THREATEN", "Awami National Party")),
    (THREAT, (TTP, "THREATEN", "Pakistan People's Party")),
    (THREAT, (MQM, "REQUEST", "Government of Pakistan")),
    (THREAT, (MQM, "REJECT", TTP)),
    (THREAT, ("Altaf Hussain", "REQUEST", "military")),
    (SOFT, ("Pakistan Tehreek-e-Insaf", "REQUEST", "Government of Pakistan")),
    (SOFT, ("Government of Pakistan", "CONCEDE", MQM)),
    (SOFT, (MQM, "SUPPORT", "Government of Pakistan")),
])
def test_sample_event(sample_events, doc, fact):
    assert fact in _facts(sample_events[doc])


def test_police_arrest_ttp(sample_events):
    assert any(r.subject.label.lower().endswith("police") and r.cls == "COERCE"
               and r.object is not None and r.object.label == TTP and not r.negated
               for r in sample_events[THREAT])


def test_prime_minister_asks(sample_events):
    asks = [r for r in sample_events[SOFT] if r.subject.label == "Nawaz Sharif"]
    assert [(r.cls, r.negated) for r in asks] == [("REQUEST", False)]
    assert asks[0].object is None or asks[0].object.label != MQM  # he asks others, not MQM


def test_plans_and_wishes_to_attack_are_threats(sample_events):
    classes = {r.cls for r in sample_events[THREAT] if r.subject.label == TTP}
    assert "ASSAULT" not in classes and "THREATEN" in classes
    planned = [r for r in sample_events[THREAT] if r.modality in ("plan", "want")]
    assert planned and all(r.cls == "THREATEN" for r in planned)


def test_no_positive_edge_from_negated_statements(sample_events):
    positive = _facts(sample_events[SOFT])
    assert ("Government of Pakistan", "REQUEST", "Altaf Hussain") not in positive
    assert ("Government of Pakistan", "REQUEST", "United Kingdom") not in positive
    assert not {f for f in positive if f[1] in ("COOPERATE", "AGREE")
                and "Pakistan Muslim League" in f[2]}
    assert ("Government of Pakistan", "REQUEST", "Altaf Hussain") in _facts(
        sample_events[SOFT], negated=True)


def test_nothing_from_reader_comments(sample_events):
    assert not [r for r in sample_events[THREAT] if "cia agents" in r.evidence.lower()]
