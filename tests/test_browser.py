"""The HTML graph in a real headless Chromium, offline: counts, filters, tooltips, escaping.

Needs Debian's ``chromium`` (``apt-get install chromium``) and Python Playwright; it never
downloads a browser. In CI (``CI=true``) a missing browser is a failure, elsewhere a skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graphkit.model import ENTITY_IRI
from graphkit.viz import page_data, render_html

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium():
    """A headless Debian Chromium driven by Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Python Playwright is missing: pip install playwright (no browser download)")
    exe = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if exe is None:
        _missing("Chromium is not installed: install it with `apt-get install chromium`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=ARGS)
        yield browser
        browser.close()


class Page:
    """One offline page: every non-file request is blocked and remembered, every script error
    (uncaught or logged to the console) is kept and fails the test."""

    def __init__(self, browser, html: Path | str):
        # The page's own Content-Security-Policy forbids eval, which Playwright's polling needs;
        # bypassing it also shows that escaping alone keeps article markup inert.
        self.context = browser.new_context(offline=True, bypass_csp=True,
                                           viewport={"width": 1400, "height": 850})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(html if isinstance(html, str) else html.resolve().as_uri())
        self.settle()

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    def settle(self) -> None:
        self.page.wait_for_function("window.graphkit && window.graphkit.ready", timeout=60_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> dict:
        return self.js("graphkit.counts()")

    def point_of_node(self, node_id: str) -> tuple[float, float]:
        x, y = self.js("""(id) => {
            const n = graphkit.network, i = graphkit.index(id);
            const p = n.canvasToDOM(n.getPositions([i])[i]);
            const r = document.getElementById('network').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""", node_id)
        return x, y

    def toggle(self, text: str) -> None:
        self.page.locator("label.filter", has_text=text).first.locator("input").click()
        self.settle()

    def slide(self, selector: str, value) -> None:
        self.js("""([sel, v]) => { const e = document.querySelector(sel); e.value = v;
                    e.dispatchEvent(new Event('input', {bubbles: true})); }""", [selector, value])
        self.settle()

    def focus(self, actor: str) -> None:
        assert self.js("(a) => graphkit.focus(a)", actor)
        self.settle()

    def close(self) -> None:
        assert self.errors == []
        assert [u for u in self.requests if not u.startswith(("file:", "data:"))] == []
        self.context.close()


@pytest.fixture
def open_page(chromium):
    pages: list[Page] = []

    def _open(html: Path | str) -> Page:
        pages.append(Page(chromium, html))
        return pages[-1]

    yield _open
    for page in pages:
        page.close()


def test_counts_and_filters_match_the_graph(actor_graph, open_page, tmp_path):
    page = open_page(render_html(actor_graph, tmp_path / "graph.html"))
    negated = sum(1 for *_, d in actor_graph.edges(data=True) if d["negated"])
    members = sum(1 for *_, d in actor_graph.edges(data=True) if d["cls"] == "MEMBER_OF")
    assert page.counts() == {"nodes": 8, "edges": actor_graph.number_of_edges() - negated,
                             "allNodes": 8, "allRels": 8, "eligible": 8}
    page.toggle("negated")
    assert page.counts()["edges"] == actor_graph.number_of_edges()
    page.toggle("Person")
    assert page.counts()["nodes"] == 5  # and PPP: its only relation was a member's
    assert page.counts()["edges"] == actor_graph.number_of_edges() - members
    for cls in ("threaten", "accuse", "coerce"):
        page.toggle(cls)
    assert page.counts()["edges"] == 2  # the demand and the negated support
    assert page.counts()["nodes"] == 2  # MQM and the government: the rest have no arrow left
    assert page.js("document.getElementById('summary').textContent") == (
        "2 actors of 2 \u00b7 2 arrows shown")


def test_who_threatens_mqm_and_who_said_so(actor_graph, open_page, tmp_path):
    page = open_page(render_html(actor_graph, tmp_path / "graph.html"))
    search = page.page.locator("#search")
    search.fill("MQM")
    search.press("Enter")
    page.settle()
    shown = sorted(page.js("graphkit.nodes.get().map(n => n.label)"))
    assert shown == ["Government of Pakistan", "Muttahida Qaumi Movement", "Nasir Jamal",
                     "Tehreek-e-Taliban Pakistan"]  # MQM's neighbours, and no one else
    details = page.page.locator("#details")
    threat = details.locator("details.relation", has_text="Tehreek-e-Taliban Pakistan \u2192 threaten")
    threat.locator("summary").click()
    text = threat.text_content()
    assert "\u00d72" in text
    assert "The TTP threatened the MQM with more attacks." in text
    assert "article 2013-04-12 \u00b7 dawn-2013-04-12" in text
    page.page.locator("#back").click()
    page.settle()
    assert page.counts()["nodes"] == 8 and page.js("location.hash") == ""


def test_article_markup_is_shown_never_run(hostile_graph, hostile_text, open_page, tmp_path):
    page = open_page(render_html(hostile_graph, tmp_path / "graph.html", title="graphkit"))
    marri = next(v for v in hostile_graph if hostile_graph.nodes[v]["label"] == "Shazia Marri")
    page.page.mouse.move(*page.point_of_node(marri))
    tooltip = page.page.locator("#tip")
    tooltip.wait_for(state="visible")
    assert "information minister" + hostile_text in tooltip.text_content()
    page.page.mouse.click(*page.point_of_node(marri))
    page.settle()
    assert "Marri" + hostile_text in page.page.locator("#details").text_content()
    page.js("graphkit.back()")
    page.settle()
    accuse = page.js("graphkit.drawnEdges().filter(e => e.cls === 'ACCUSE')[0].id")
    page.js("(id) => graphkit.network.emit('click', {nodes: [], edges: [id]})", accuse)
    details = page.page.locator("#details").text_content()
    assert "The MQM accused the TTP of the bombing." + hostile_text in details
    assert page.js("window.pwned") is None
    assert page.page.title() == "graphkit"
    assert page.js("document.querySelectorAll('img, b, #details script').length") == 0


def test_screenshot_shows_a_drawn_graph(actor_graph, open_page, tmp_path_factory):
    folder = tmp_path_factory.mktemp("screens")
    page = open_page(render_html(actor_graph, folder / "graph.html"))
    inked = page.js("""() => {
        const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] + d[i+1] + d[i+2] < 600) n++;
        return n; }""")
    assert inked > 2000, "the canvas is (nearly) blank"
    shot = folder / "graph.png"
    page.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot: {shot}")


def test_top_n_page_draws_only_the_top_actors(actor_graph, open_page, tmp_path):
    page = open_page(render_html(actor_graph, tmp_path / "graph.html", top=3,
                                 show_negated=True))
    rels = page_data(actor_graph, top=3)["rels"]
    arrows = {(r["f"], r["t"], r["cls"], r["neg"]) for r in rels}
    assert page.counts() == {"nodes": 3, "edges": len(arrows), "allNodes": 3,
                             "allRels": len(rels), "eligible": 3}
    assert page.js("document.getElementById('show-negated').checked") is True


def test_an_empty_graph_says_so(open_page, tmp_path):
    import networkx as nx

    page = open_page(render_html(nx.MultiDiGraph(), tmp_path / "graph.html"))
    assert page.counts() == {"nodes": 0, "edges": 0, "allNodes": 0, "allRels": 0, "eligible": 0}
    assert page.page.locator("#message").text_content().startswith("No actors to show")


#: Every actor-to-actor fact of the store (statements and roles have literal objects).
FACTS = f"""SELECT ?a ?t ?rel ?cls ?neg ?doc ?start ?end ?sent ?date ?edate ?conf WHERE {{ GRAPH ?g {{
  ?f gk:agent ?a ; gk:target ?t ; gk:relation ?rel ; gk:negated ?neg ; gk:article ?art ;
     gk:sentence ?sent ; gk:startChar ?start ; gk:endChar ?end .
  ?art dct:identifier ?doc .
  FILTER(STRSTARTS(STR(?t), "{ENTITY_IRI}"))
  OPTIONAL {{ ?f gk:eventClass ?cls }}
  OPTIONAL {{ ?f gk:date ?date }}
  OPTIONAL {{ ?f gk:eventDate ?edate }}
  OPTIONAL {{ ?f gk:confidence ?conf }}
  FILTER(!BOUND(?cls) || ?cls NOT IN ("STATEMENT", "ROLE"))
}} }}"""


def store_facts(out: Path) -> list[dict]:
    """The store's facts, one per (agent, target, relation, negated, sentence) as the page counts."""
    from graphkit.kg.mapping import relation_name
    from graphkit.query import run

    seen: dict[tuple, dict] = {}
    for row in run(out, FACTS).records():
        row["rel"] = relation_name(row["rel"])
        row["kind"] = row.get("cls") or row["rel"]
        key = (row["a"], row["t"], row["rel"], row["neg"], row["doc"], row["start"], row["end"])
        seen.setdefault(key, row)
    return list(seen.values())


def test_built_page_matches_the_store(sample_build, open_page):
    page = open_page(sample_build / "graph.html")
    facts = store_facts(sample_build)
    positive = [f for f in facts if not f["neg"]]
    actors = {n for f in positive for n in (f["a"], f["t"])}
    arrows = {(f["a"], f["t"], f["kind"]) for f in positive}
    counts = page.counts()
    assert len(actors) > 10 and len(arrows) > 3
    assert counts["eligible"] == len(actors)
    assert counts["nodes"] == min(len(actors), 100)
    assert counts["allNodes"] == len({n for f in facts for n in (f["a"], f["t"])})
    page.slide("#top", len(page.js("graphkit.steps")) - 1)
    assert page.counts()["edges"] == len(arrows)
