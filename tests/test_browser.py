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
    page.page.wait_for_function(  # the block is filled on its "toggle" event, after the click
        "el => el.textContent.includes('The TTP threatened the MQM')", arg=threat.element_handle())
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


# -- a build of 300 real Wikinews articles (tests/fixtures, CC BY 2.5, Wikinews contributors) ----
WIKINEWS = Path(__file__).parent / "fixtures" / "wikinews_2008.jsonl"
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def wikinews(tmp_path_factory):
    """The fixture articles built once with the real pipeline: (folder, facts, entities)."""
    import json

    from graphkit.build import build

    out = tmp_path_factory.mktemp("wikinews")
    report = build([WIKINEWS], out, progress=False)
    assert report.articles == 300 and not report.skipped
    entities = {}
    with (out / "entities.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            entities[row["id"]] = row
    return out, store_facts(out), entities


def events_by_actor(facts: list[dict]) -> dict[str, int]:
    """Weighted degree over asserted typed events, as the store says."""
    score: dict[str, int] = {}
    for f in facts:
        if not f["neg"] and f.get("cls") in PLOVER and f["a"] != f["t"]:
            for n in (f["a"], f["t"]):
                score[n] = score.get(n, 0) + 1
    return score


def test_overview_shows_the_most_central_real_actors(wikinews, open_page):
    out, facts, entities = wikinews
    page = open_page(out / "graph.html")
    eligible = {n for f in facts if not f["neg"] for n in (f["a"], f["t"])}
    assert len(eligible) > 200
    top = page.js("graphkit.state.top")
    shown = page.js("graphkit.shown()")
    assert page.counts()["nodes"] == len(shown) == min(top, len(eligible)) == 100
    labels = page.js("graphkit.nodes.get().map(n => [graphkit.data.nodes[n.id].id, n.label])")
    assert all(label == entities[iri]["label"] for iri, label in labels)  # real actors, real labels
    events = events_by_actor(facts)
    weakest_shown = min(events.get(n, 0) for n in shown)
    strongest_left = max(events.get(n, 0) for n in eligible - set(shown))
    assert weakest_shown >= strongest_left  # ranked by weighted degree over typed events


def test_the_slider_shows_as_many_actors_as_the_store_has(wikinews, open_page):
    out, facts, _ = wikinews
    page = open_page(out / "graph.html")
    positive = [f for f in facts if not f["neg"]]
    eligible = {n for f in positive for n in (f["a"], f["t"])}
    steps = page.js("graphkit.steps")
    assert steps[0] == 50 and steps[-1] is None  # top 50 ... all
    for index, step in enumerate(steps):
        page.slide("#top", index)
        assert page.counts()["nodes"] == (len(eligible) if step is None else min(step, len(eligible)))
    arrows = {(f["a"], f["t"], f["kind"]) for f in positive}
    assert page.counts()["edges"] == len(arrows)  # parallel relations: one arrow per class
    drawn = page.js("graphkit.drawnEdges()")
    assert sum(e["count"] for e in drawn) == len(positive)


def _relations_of(facts: list[dict], actor: str, *, negated: bool) -> list[tuple]:
    found: dict[tuple, int] = {}
    for f in facts:
        if actor in (f["a"], f["t"]) and (negated or not f["neg"]):
            key = (f["a"], f["t"], f["rel"], f["neg"])
            found[key] = found.get(key, 0) + 1
    return sorted((*k, n) for k, n in found.items())


def test_focusing_an_actor_shows_exactly_its_relations(wikinews, open_page):
    out, facts, entities = wikinews
    page = open_page(out / "graph.html")
    events = events_by_actor(facts)
    ranked = sorted(events, key=lambda n: (-events[n], n))
    with_negated = next(f["a"] for f in facts if f["neg"] and f["a"] != f["t"])
    for actor in (ranked[0], ranked[len(ranked) // 3], with_negated):
        page.focus(actor)
        assert page.js("graphkit.state.focus") == page.js("(id) => graphkit.index(id)", actor)
        got = sorted(tuple(r.values()) for r in page.js("graphkit.focusRelations()"))
        assert got == _relations_of(facts, actor, negated=False)
        blocks = page.page.locator("#details details.relation")
        assert blocks.count() == len(got)
        page.js("document.querySelectorAll('#details details.relation').forEach(d => { d.open = true; })")
        page.page.wait_for_function("[...document.querySelectorAll('#details details.relation')]"
                                    ".every(d => d.querySelector('ul.evidence'))")
        text = page.page.locator("#details").text_content()
        assert entities[actor]["label"] in text
        mine = [f for f in facts if actor in (f["a"], f["t"]) and not f["neg"]]
        assert all(f["sent"] in text for f in mine[:20])  # evidence with its article and date
        assert all(f"article {f['date'][:10]}" in text and f["doc"] in text for f in mine[:20])
        shown = set(page.js("graphkit.shown()"))
        assert shown == {actor} | {n for r in got for n in r[:2]}  # one hop: its partners
    page.toggle("negated")
    got = sorted(tuple(r.values()) for r in page.js("graphkit.focusRelations()"))
    assert got == _relations_of(facts, with_negated, negated=True)
    assert any(r[3] for r in got)
    page.page.locator("#back").click()
    page.settle()
    assert page.js("graphkit.state.focus") is None and page.js("location.hash") == ""
    assert page.counts()["nodes"] == 100


def test_filters_combine_over_classes_confidence_and_dates(wikinews, open_page):
    out, facts, _ = wikinews
    page = open_page(out / "graph.html")
    page.slide("#top", len(page.js("graphkit.steps")) - 1)
    page.toggle("member of")
    page.slide("#min-conf", 0.8)
    start, end = "2008-02-01", "2008-03-31"
    page.slide("#date-from", page.js("(d) => Math.round(Date.parse(d) / 864e5)", start))
    page.slide("#date-to", page.js("(d) => Math.round(Date.parse(d) / 864e5)", end))
    kept = [f for f in facts if not f["neg"] and f["kind"] != "MEMBER_OF"
            and (f.get("conf") is None or f["conf"] >= 0.8)
            and start <= (f.get("edate") or f.get("date") or "")[:10] <= end]
    assert 0 < len(kept) < len(facts) / 2
    counts = page.counts()
    assert counts["nodes"] == len({n for f in kept for n in (f["a"], f["t"])})
    assert counts["edges"] == len({(f["a"], f["t"], f["kind"]) for f in kept})
    edge = page.js("graphkit.drawnEdges()[0].id")
    page.js("(id) => graphkit.network.emit('hoverEdge', {edge: id, pointer: {DOM: {x: 50, y: 50}}})", edge)
    tip = page.page.locator("#tip").text_content()
    assert "article 2008-0" in tip  # each arrow's tooltip dates its facts


def test_a_page_opened_on_an_actor_shows_its_neighbourhood(wikinews, open_page):
    from graphkit.viz import page_url

    out, facts, entities = wikinews
    events = events_by_actor(facts)
    actor = max(events, key=lambda n: (events[n], n))
    label = entities[actor]["label"]
    page = open_page(page_url(out, actor=label))
    assert page.js("graphkit.state.focus") == page.js("(id) => graphkit.index(id)", actor)
    assert len(page.js("graphkit.focusRelations()")) == len(_relations_of(facts, actor, negated=False))
    assert page.js("document.getElementById('summary').textContent").startswith(f"Around {label}:")
    missing = open_page((out / "graph.html").resolve().as_uri() + "#actor=Nobody%20Here")
    assert "No actor named \u201cNobody Here\u201d" in missing.page.locator("#details").text_content()


def test_event_dates_drive_the_date_range_and_the_tooltips(actor_graph, open_page, tmp_path):
    for *_, attrs in actor_graph.edges(data=True):  # the threats happened two days before the article
        for item in attrs["evidence"]:
            if attrs["relation"] == "threaten":
                item.update(event_date="2013-04-10", date_precision="day")
            else:
                item.update(event_date="2013-04-12", date_precision="article")
    page = open_page(render_html(actor_graph, tmp_path / "graph.html"))
    assert page.js("[document.getElementById('from-value').textContent, "
                   "document.getElementById('to-value').textContent]") == ["2013-04-10", "2013-04-12"]
    threat = page.js("graphkit.drawnEdges().filter(e => e.cls === 'THREATEN' && e.count === 2)[0].id")
    page.js("(id) => graphkit.network.emit('hoverEdge', {edge: id, pointer: {DOM: {x: 50, y: 50}}})", threat)
    tip = page.page.locator("#tip").text_content()
    assert "event date2013-04-10" in tip and "event 2013-04-10 (day) \u00b7 article 2013-04-12" in tip
    page.slide("#date-to", page.js("Math.round(Date.parse('2013-04-11') / 864e5)"))
    assert sorted((e["cls"], e["count"]) for e in page.js("graphkit.drawnEdges()")) == [
        ("THREATEN", 1), ("THREATEN", 2)]  # only what happened by the 11th
    page.focus("MQM")
    text = page.page.locator("#details").text_content()
    assert "Relations (1)" in text and "event 2013-04-10 (day)" in text


def test_dense_graphs_draw_the_heaviest_arrows_and_hubs_stay_quick(open_page, tmp_path):
    import networkx as nx

    g = nx.MultiDiGraph()
    core = [f"{ENTITY_IRI}core-{i}" for i in range(60)]
    leaves = [f"{ENTITY_IRI}leaf-{i}" for i in range(350)]
    for i, v in enumerate(core + leaves):
        g.add_node(v, label=f"Actor {i}", type="Person", aliases=[], roles=[], party=[], mentions=1)
    for i, u in enumerate(core):  # every core actor threatens every other, some of them often
        for j, v in enumerate(core):
            if u != v:
                n = 1 + (i * j) % 4
                g.add_edge(u, v, key="threaten", relation="threaten", cls="THREATEN", count=n, negated=False,
                           evidence=[{"text": f"{i} threatened {j}.", "doc": f"d{i}-{j}-{k}"} for k in range(n)])
    hub = core[0]
    for v in leaves:
        g.add_edge(hub, v, key="support", relation="support", cls="SUPPORT", count=1, negated=False,
                   evidence=[{"text": "Support.", "doc": "d"}])
    page = open_page(render_html(g, tmp_path / "graph.html"))
    page.slide("#top", 0)  # the top 50: their 2,450 arrows would hide each other
    assert page.counts()["nodes"] == 50 and page.counts()["edges"] == 400
    drawn = sorted(e["count"] for e in page.js("graphkit.drawnEdges()"))
    assert drawn[0] >= 3  # the heaviest ones
    assert "the 400 heaviest of 2,450 arrows shown" in page.js("document.getElementById('summary').textContent")
    page.focus(hub)
    assert len(page.js("graphkit.focusRelations()")) == 350 + 2 * 59  # every relation is listed
    assert page.page.locator("#details details.relation").count() == 300
    page.page.locator("#details button", has_text="Show 168 more of 468 relations").click()
    assert page.page.locator("#details details.relation").count() == 468
    assert page.counts()["nodes"] == 201  # the 200 strongest partners are drawn
    assert "209 more distant or weaker partners left out" in page.js(
        "document.getElementById('summary').textContent")


def test_the_page_works_inside_another_page(actor_graph, chromium, tmp_path):
    """As the notebook shows it: inside an iframe's srcdoc, drill-down and back still work."""
    from html import escape

    page = render_html(actor_graph, tmp_path / "graph.html").read_text("utf-8")
    outer = tmp_path / "outer.html"
    outer.write_text(f'<iframe srcdoc="{escape(page)}" style="width:1200px;height:800px"></iframe>', "utf-8")
    context = chromium.new_context(offline=True, bypass_csp=True, viewport={"width": 1300, "height": 850})
    errors: list[str] = []
    tab = context.new_page()
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(outer.resolve().as_uri())
    tab.wait_for_function("() => { const w = document.querySelector('iframe').contentWindow;"
                          " return w.graphkit && w.graphkit.ready; }")
    frame = tab.frames[1]
    assert frame.evaluate("graphkit.focus('MQM')")
    frame.wait_for_function("graphkit.ready && graphkit.state.focus !== null")
    assert len(frame.evaluate("graphkit.shown()")) == 4
    frame.evaluate("graphkit.back()")
    frame.wait_for_function("graphkit.ready && graphkit.state.focus === null")
    assert frame.evaluate("graphkit.counts().nodes") == 8
    assert errors == []
    context.close()
