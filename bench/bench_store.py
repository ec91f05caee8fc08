"""Store benchmark: Oxigraph (graphkit's embedded store) against rdflib's in-memory store.

A corpus of synthetic relations between synthetic actors is mapped to RDF with graphkit's own
mapping (``graphkit.kg.mapping``) until the store holds about ``--triples`` quads. Then, in one
run, on both stores:

* loading: graphkit's writer (one transaction per article) and a bulk N-Quads load into
  Oxigraph; ``Dataset.parse`` of the same N-Quads into rdflib's memory store;
* every canned query (``graphkit/queries/*.rq``) with its parameters bound;
* the Turtle export of the union of all graphs.

It prints the median seconds of ``--rounds`` runs per task (loading and Turtle run once on
rdflib, they are slow), the row counts (which must agree) and the ratio rdflib/Oxigraph.

    python bench/bench_store.py [--triples 1000000] [--rounds 5] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.kg import RunInfo, open_store  # noqa: E402
from graphkit.kg.mapping import article_quads  # noqa: E402
from graphkit.model import ENTITY_IRI, Actor, Article, DocResult, Mention, Relation  # noqa: E402
from graphkit.query import bindings  # noqa: E402

TYPES = ["Person"] * 6 + ["PoliticalParty", "ArmedGroup", "Government", "GovernmentBody",
                          "SecurityForce", "MediaOutlet", "Country"]
WORDS = ("government party minister police army talks election protest attack demand "
         "threat ceasefire border rally court ruling opposition militants province capital").split()


def synthetic_corpus(n_articles: int, *, per_article: int = 20, n_actors: int = 2000,
                     seed: int = 0) -> tuple[list[DocResult], dict[str, Actor]]:
    """Articles of random but well-formed relations between ``n_actors`` actors."""
    from graphkit.vocab import load_vocabulary

    rnd = random.Random(seed)
    when = random.Random(seed + 1)  # event dates drawn apart, so the rest of the corpus is unchanged
    vocab = load_vocabulary()
    events = [(n, d.plover) for n, d in vocab.items() if d.is_event]
    actors: dict[str, Actor] = {}
    for i in range(n_actors):
        kind = rnd.choice(TYPES)
        label = f"{kind} {i}" if kind != "Person" else f"Person {i} Surname{i % 97}"
        iri = ENTITY_IRI + f"x{i}"
        actors[iri] = Actor(iri, label, kind, aliases=[label, f"A{i}"], mentions=rnd.randint(1, 50))
    ids = list(actors)
    parties = [a for a in ids if actors[a].type == "PoliticalParty"]
    results = []
    for d in range(n_articles):
        doc = f"doc{d:06d}"
        sentences = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 30))) + "."
                     for _ in range(per_article // 2)]
        text = " ".join(sentences)
        offsets, pos = [], 0
        for s in sentences:
            offsets.append((pos, pos + len(s)))
            pos += len(s) + 1
        rels = []
        for _ in range(per_article):
            k = rnd.randrange(len(sentences))
            subj = _mention(actors[rnd.choice(ids)])
            start, end = offsets[k]
            roll = rnd.random()
            if roll < 0.2:
                rels.append(Relation(doc, subj, "say", "STATEMENT", value=sentences[k][:40],
                                     evidence=sentences[k], start=start, end=end))
            elif roll < 0.3:
                rels.append(Relation(doc, subj, "member_of", "MEMBER_OF",
                                     object=_mention(actors[rnd.choice(parties)]),
                                     role=rnd.choice(["leader", "spokesman", "senator", None]),
                                     evidence=sentences[k], start=start, end=end))
            else:
                name, plover = rnd.choice(events)
                rels.append(Relation(doc, subj, name, plover, object=_mention(actors[rnd.choice(ids)]),
                                     negated=rnd.random() < 0.08,
                                     modality=rnd.choice([None] * 8 + ["future", "conditional"]),
                                     evidence=sentences[k], start=start, end=end,
                                     confidence=round(rnd.uniform(0.5, 1), 2)))
        date = f"20{10 + d % 14:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        _date_events(rels, date, when)
        results.append(DocResult(Article(doc, text, title=f"Article {d}", date=date), rels, []))
    return results, actors


def _date_events(rels: list[Relation], article_date: str, rnd: random.Random) -> None:
    """Event dates as extraction gives them: most from the clause (a day in the fortnight
    before the article, a month, a year), the rest the article's own date."""
    from datetime import date, timedelta

    day = date.fromisoformat(article_date)
    for rel in rels:
        roll = rnd.random()
        if roll < 0.45:
            rel.event_date, rel.date_precision = article_date, "article"
        elif roll < 0.85:
            rel.event_date = (day - timedelta(days=rnd.randint(0, 14))).isoformat()
            rel.date_precision = "day"
        elif roll < 0.95:
            rel.event_date, rel.date_precision = day.replace(day=1).isoformat(), "month"
        else:
            rel.event_date, rel.date_precision = day.replace(month=1, day=1).isoformat(), "year"


def _mention(actor: Actor) -> Mention:
    return Mention(actor.label, actor.label, actor.type, 0, len(actor.label), entity=actor.id)


def _params(results: list[DocResult], actors: dict[str, Actor]) -> dict[str, tuple[str, dict]]:
    """Task name -> (canned query, bindings), with parameters that hit real data: the most
    threatened, talkative, joined, active actors, the busiest pair, and a year of their events."""
    from collections import Counter

    rels = [r for res in results for r in res.relations]
    threatened = Counter(r.object.entity for r in rels if r.cls == "THREATEN" and r.object)
    speakers = Counter(r.subject.entity for r in rels if r.cls == "STATEMENT")
    parties = Counter(r.object.entity for r in rels if r.cls == "MEMBER_OF" and r.object)
    active = Counter(m.entity for r in rels for m in (r.subject, r.object) if m)
    pairs = Counter((r.subject.entity, r.object.entity) for r in rels if r.object)

    def top(counter: Counter) -> Actor:
        return actors[counter.most_common(1)[0][0]]

    (a, b), _ = pairs.most_common(1)[0]
    actor = top(active)

    def year_of(keep) -> dict[str, str]:  # the calendar year of the middle one of these events
        dates = sorted(r.event_date for r in rels if r.event_date and keep(r))
        year = dates[len(dates) // 2][:4]
        return {"from": f"{year}-01-01", "to": f"{year}-12-31"}

    actor_year = year_of(lambda r: actor.id in (r.subject.entity, r.object and r.object.entity))
    pair_year = year_of(lambda r: {r.subject.entity, r.object and r.object.entity} == {a, b})
    raw = {"who-threatens": ("who-threatens", {"target": top(threatened).aliases[1].lower()}),
           "statements-by": ("statements-by", {"actor": top(speakers).label.upper()}),
           "members-of": ("members-of", {"party": top(parties).aliases[1]}),
           "timeline": ("timeline", {"actor": actor.label}),
           "timeline, one year": ("timeline", {"actor": actor.label, **actor_year}),
           "most-active": ("most-active", {}),
           "between": ("between", {"a": actors[a].label, "b": actors[b].aliases[1]}),
           "between, one year": ("between", {"a": actors[a].label, "b": actors[b].aliases[1], **pair_year})}
    # bound as graphkit.query.run binds them: casefolded name keys, dates as xsd:date
    return {task: (q, bindings(q, p)) for task, (q, p) in raw.items()}


def _rdflib_term(value: object) -> object:
    """The rdflib term for a bound value (a plain string or a pyoxigraph literal)."""
    from rdflib import Literal, URIRef

    datatype = getattr(value, "datatype", None)
    if datatype is not None:
        return Literal(value.value, datatype=URIRef(datatype.value))
    return Literal(value)


def _median(fn, rounds: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(rounds):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _in_child(fn, rounds: int, timeout: float) -> tuple[float | None, object]:
    """Median time and last result of ``fn`` run in a forked child (sharing the loaded
    rdflib store), or ``(None, None)`` if it takes longer than ``timeout`` seconds."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    queue = ctx.Queue()

    def target() -> None:
        queue.put(_median(fn, rounds))

    child = ctx.Process(target=target, daemon=True)
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None, None
    return queue.get(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds after which an rdflib task is stopped and reported as such")
    args = parser.parse_args()

    import pyoxigraph as ox
    from rdflib import Dataset

    from graphkit.kg.namespace import PREFIXES
    from graphkit.query import canned

    run = RunInfo("bench", "synthetic", "2026-01-01T00:00:00Z")
    probe, actors = synthetic_corpus(50, seed=args.seed)
    per_article = sum(len(article_quads(r, actors, run=run)[1]) for r in probe) / len(probe)
    n_articles = int(args.triples / per_article)
    results, actors = synthetic_corpus(n_articles, seed=args.seed)
    rows: list[tuple[str, float, float | None, str]] = []  # task, oxigraph, rdflib, notes

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        with open_store(Path(tmp) / "store") as store:
            store.write_actors(actors)
            for r in results:
                store.write_article(r, actors, run=run)
            store.flush()
            load_graphkit = time.perf_counter() - t
            n_quads = len(store)
            nquads = store.serialize("nq", ontology=True)
        print(f"{n_articles} articles, {sum(len(r.relations) for r in results)} relations, "
              f"{n_quads:,} quads ({len(nquads) / 1e6:.0f} MB of N-Quads)", flush=True)

        bulk_dir = Path(tmp) / "bulk"
        t = time.perf_counter()
        bulk = ox.Store(str(bulk_dir))
        bulk.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        load_bulk = time.perf_counter() - t
        del bulk

        t = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data=nquads, format="nquads")
        load_rdflib = time.perf_counter() - t
        rows.append(("load: graphkit writer (per-article txns)", load_graphkit, load_rdflib, ""))
        rows.append(("load: Oxigraph bulk_load N-Quads", load_bulk, load_rdflib, ""))
        print(f"loaded: rdflib {len(ds):,} triples in the default union", flush=True)

        with open_store(Path(tmp) / "store", read_only=True) as store:
            for name, (query_name, params) in _params(results, actors).items():
                text = canned(query_name).text
                ox_time, ox_rows = _median(lambda t=text, p=params: list(store.query(t, bindings=p)),
                                           args.rounds)
                # rdflib gets its own binding mechanism: initBindings (a VALUES block makes
                # rdflib's evaluator join far more slowly)
                init = {k: _rdflib_term(v) for k, v in params.items()}
                rd_rounds = max(1, args.rounds // 2)
                rd_time, rd_count = _in_child(
                    lambda t=text, i=init: len(list(ds.query(t, initNs=PREFIXES, initBindings=i))),
                    rd_rounds, args.timeout)
                if rd_time is None:
                    counts = f"{len(ox_rows)} rows (rdflib stopped after {args.timeout:.0f}s)"
                else:
                    counts = f"{len(ox_rows)} rows" + ("" if len(ox_rows) == rd_count
                                                       else f" (rdflib {rd_count}: MISMATCH)")
                rows.append((f"query {name}", ox_time, rd_time, counts))
                print(f"  {name}: {ox_time:.3f}s vs {rd_time}s, {counts}", flush=True)
            ox_ttl, data = _median(lambda: store.serialize("ttl"), max(1, args.rounds // 2))

        def rdflib_ttl() -> bytes:
            from rdflib import Graph

            merged = Graph()
            for p, ns in PREFIXES.items():
                merged.bind(p, ns)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                merged.add((s, p, o))
            return merged.serialize(format="turtle", encoding="utf-8")

        rd_ttl, rd_size = _in_child(lambda: len(rdflib_ttl()), 1, args.timeout * 5)
        note = (f"{len(data) / 1e6:.0f} MB vs {rd_size / 1e6:.0f} MB" if rd_size
                else f"rdflib stopped after {args.timeout * 5:.0f}s")
        rows.append(("export Turtle", ox_ttl, rd_ttl, note))

    print()
    print(f"{'task':44} {'Oxigraph s':>11} {'rdflib s':>10} {'rdflib/Oxigraph':>16}  notes")
    for task, ox_t, rd_t, note in rows:
        ratio = f"{rd_t / ox_t:15.1f}x" if rd_t else "-"
        shown = f"{rd_t:10.3f}" if rd_t is not None else f"{'>' + format(args.timeout, '.0f'):>10}"
        print(f"{task:44} {ox_t:11.3f} {shown} {ratio:>16}  {note}")
    print(f"\nmedians of {args.rounds} rounds (rdflib queries {max(1, args.rounds // 2)}, "
          "loading and rdflib Turtle once)")


if __name__ == "__main__":
    main()
