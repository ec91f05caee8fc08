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


def _actor_graph(payload: str = ""):
    """A small actor network shaped exactly like ``graphkit.network.from_store``'s output.

    ``payload`` is appended to one evidence sentence, one alias and one role, to check that
    article text is shown as text in the views.
    """
    import networkx as nx

    from graphkit.model import ENTITY_IRI

    g = nx.MultiDiGraph()
    actors = [
        ("ttp", "Tehreek-e-Taliban Pakistan", "ArmedGroup", ["TTP", "Pakistani Taliban"], [], []),
        ("mqm", "Muttahida Qaumi Movement", "PoliticalParty", ["MQM"], [], []),
        ("anp", "Awami National Party", "PoliticalParty", ["ANP"], [], []),
        ("ppp", "Pakistan Peoples Party", "PoliticalParty", ["PPP"], [], []),
        ("government-of-pakistan", "Government of Pakistan", "Government", ["the government"],
         [], []),
        ("karachi-police", "Karachi police", "SecurityForce", ["police"], [], []),
        ("nasir-jamal", "Nasir Jamal", "Person", ["Nasir Jamal", "Jamal"], ["spokesman"],
         ["Muttahida Qaumi Movement"]),
        ("shazia-marri", "Shazia Marri", "Person", ["Shazia Marri", "Marri" + payload],
         ["information minister" + payload], ["Pakistan Peoples Party"]),
    ]
    for slug, label, kind, aliases, roles, party in actors:
        g.add_node(ENTITY_IRI + slug, label=label, type=kind, aliases=aliases, roles=roles,
                   party=party, mentions=len(aliases) + 1, activity=0, statements=0)
    relations = [
        ("ttp", "mqm", "threaten", "THREATEN", False,
         ["The TTP threatened the MQM with more attacks.", "The Taliban warned MQM workers."]),
        ("ttp", "anp", "threaten", "THREATEN", False, ["The TTP also threatened the ANP."]),
        ("mqm", "government-of-pakistan", "demand", "REQUEST", False,
         ["The MQM demanded that the government protect its candidates."]),
        ("karachi-police", "ttp", "arrest", "COERCE", False,
         ["Karachi police arrested three TTP militants."]),
        ("mqm", "ttp", "accuse", "ACCUSE", False,
         ["The MQM accused the TTP of the bombing." + payload]),
        ("government-of-pakistan", "mqm", "support", "SUPPORT", True,
         ["The government did not support the MQM's demand."]),
        ("nasir-jamal", "mqm", "member_of", "MEMBER_OF", False,
         ["MQM spokesman Nasir Jamal said the party would not bow."]),
        ("shazia-marri", "ppp", "member_of", "MEMBER_OF", False,
         ["PPP leader Shazia Marri said the elections must go ahead."]),
    ]
    for s, o, rel, cls, negated, sentences in relations:
        evidence = [{"text": t, "doc": "dawn-2013-04-12", "date": "2013-04-12", "start": 0,
                     "end": len(t)} for t in sentences]
        g.add_edge(ENTITY_IRI + s, ENTITY_IRI + o, key=rel + ("-not" if negated else ""),
                   relation=rel, cls=cls, count=len(sentences), negated=negated,
                   evidence=evidence, roles=["spokesman"] if s == "nasir-jamal" else [])
        for v in (s, o):
            g.nodes[ENTITY_IRI + v]["activity"] += len(sentences)
    return g


@pytest.fixture
def actor_graph():
    """A hand-built actor network following the ``from_store`` attribute contract."""
    return _actor_graph()


@pytest.fixture
def hostile_graph():
    """The same network with markup and quotes planted in article text."""
    return _actor_graph(payload=HOSTILE)


#: Markup that must stay text: it changes the page title or sets a flag if it ever runs.
HOSTILE = (
    " <script>document.title='pwned';window.pwned=1</script>"
    " <img src=x onerror=\"window.pwned=2\"> 'single' \"double\" </script><b>bold</b>"
)


@pytest.fixture
def hostile_text():
    """The markup planted by ``hostile_graph``."""
    return HOSTILE
