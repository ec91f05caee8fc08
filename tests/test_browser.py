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
from graphkit.viz import render_html, vis_data

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
    """One offline page: every non-file request is blocked and remembered."""

    def __init__(self, browser, html: Path):
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
        self.page.goto(html.resolve().as_uri())
        self.page.wait_for_function("window.graphkit && window.graphkit.stabilized",
                                    timeout=60_000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> dict:
        return self.js("graphkit.counts()")

    def point_of_node(self, node_id: str) -> tuple[float, float]:
        x, y = self.js("""(id) => {
            const n = graphkit.network, p = n.canvasToDOM(n.getPositions([id])[id]);
            const r = document.getElementById('network').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""", node_id)
        return x, y

    def toggle(self, text: str) -> None:
        self.page.locator("label.filter", has_text=text).locator("input").click()

    def close(self) -> None:
        assert self.errors == []
        assert [u for u in self.requests if not u.startswith(("file:", "data:"))] == []
        self.context.close()


@pytest.fixture
def open_page(chromium):
    pages: list[Page] = []

    def _open(html: Path) -> Page:
        pages.append(Page(chromium, html))
        return pages[-1]

    yield _open
    for page in pages:
        page.close()


def test_counts_and_filters_match_the_graph(actor_graph, open_page, tmp_path):
    page = open_page(render_html(actor_graph, tmp_path / "graph.html"))
    negated = sum(1 for *_, d in actor_graph.edges(data=True) if d["negated"])
    members = sum(1 for *_, d in actor_graph.edges(data=True) if d["cls"] == "MEMBER_OF")
    assert page.counts() == {"nodes": actor_graph.number_of_nodes(),
                             "edges": actor_graph.number_of_edges() - negated,
                             "allNodes": 8, "allEdges": 8}
    page.toggle("negated")
    assert page.counts()["edges"] == actor_graph.number_of_edges()
    page.toggle("Person")
    assert page.counts()["nodes"] == 6
    assert page.counts()["edges"] == actor_graph.number_of_edges() - members
    page.toggle("Conflict")
    assert page.counts()["edges"] == 2  # the demand and the negated support
    page.toggle("no relation drawn")
    assert page.counts()["nodes"] == 2  # MQM and the government: the rest have no arrow left
    assert page.js("document.getElementById('summary').textContent") == (
        "2 of 8 actors \u00b7 2 of 8 relations shown")


def test_who_threatens_mqm_and_who_said_so(actor_graph, open_page, tmp_path):
    page = open_page(render_html(actor_graph, tmp_path / "graph.html"))
    search = page.page.locator("#search")
    search.fill("MQM")
    search.press("Enter")
    opacity = page.js("""() => Object.fromEntries(graphkit.nodes.get().map(
        n => [n.label, n.opacity]))""")
    assert opacity["Tehreek-e-Taliban Pakistan"] == 1  # MQM's neighbours stay in view,
    assert opacity["Shazia Marri"] < 0.5  # the rest fades
    details = page.page.locator("#details")
    threat = details.get_by_text(
        "Tehreek-e-Taliban Pakistan \u2192 threaten \u00d72 \u2192 Muttahida Qaumi Movement")
    threat.click()
    text = details.text_content()
    assert "The TTP threatened the MQM with more attacks." in text
    assert "dawn-2013-04-12 \u00b7 2013-04-12" in text
    assert page.js("graphkit.network.getSelectedEdges().length") == 1


def test_article_markup_is_shown_never_run(hostile_graph, hostile_text, open_page, tmp_path):
    page = open_page(render_html(hostile_graph, tmp_path / "graph.html", title="graphkit"))
    marri = next(v for v in hostile_graph if hostile_graph.nodes[v]["label"] == "Shazia Marri")
    page.page.mouse.move(*page.point_of_node(marri))
    tooltip = page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert "information minister" + hostile_text in tooltip.text_content()
    page.page.mouse.click(*page.point_of_node(marri))
    assert "Marri" + hostile_text in page.page.locator("#details").text_content()
    accuse = page.js("graphkit.edges.get({filter: e => e.rel === 'accuse'})[0].id")
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
    assert page.counts() == {"nodes": 3, "edges": len(vis_data(actor_graph, top=3)["edges"]),
                             "allNodes": 3, "allEdges": 4}
    assert page.js("document.getElementById('show-negated').checked") is True


def test_an_empty_graph_says_so(open_page, tmp_path):
    import networkx as nx

    page = open_page(render_html(nx.MultiDiGraph(), tmp_path / "graph.html"))
    assert page.counts() == {"nodes": 0, "edges": 0, "allNodes": 0, "allEdges": 0}
    assert page.page.locator("#loading").text_content().startswith("No actors to show")


ACTORS = f"""SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{
  ?a rdfs:label ?label . FILTER(STRSTARTS(STR(?a), "{ENTITY_IRI}")) }} }}"""
#: asserted relations between two actors, one per (agent, target, relation); statements and
#: roles have literal objects and are not arrows.
ARROWS = f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?a ?t ?rel WHERE {{ GRAPH ?g {{
  ?f gk:agent ?a ; gk:target ?t ; gk:relation ?rel ; gk:negated false .
  FILTER(STRSTARTS(STR(?t), "{ENTITY_IRI}"))
  FILTER NOT EXISTS {{ ?f gk:eventClass ?c . FILTER(?c IN ("STATEMENT", "ROLE")) }}
}} }} }}"""


def test_built_page_matches_the_store(sample_build, open_page):
    from graphkit.network import from_store
    from graphkit.query import run

    page = open_page(sample_build / "graph.html")
    actors = run(sample_build, ACTORS).records()[0]["n"]
    arrows = run(sample_build, ARROWS).records()[0]["n"]
    graph = from_store(sample_build)
    counts = page.counts()
    assert actors > 10 and arrows > 3
    assert counts["nodes"] == counts["allNodes"] == actors == graph.number_of_nodes()
    assert counts["edges"] == arrows
    assert counts["allEdges"] == graph.number_of_edges()
