"""The build's write stage: from the spool and the resolution to the JSONL, the store, the
Turtle and the HTML, one article at a time.

Each article is read back from the :class:`~graphkit.spool.Spool`, its mentions given the
entities resolution found (:func:`resolved`), and written; nothing holds the corpus's
relations in memory. Into a store that already holds the previous build (a copy of it, or
the remote store), only the articles and actors whose digests differ from the previous
build's :class:`~graphkit.incremental.Index` are written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from graphkit.incremental import Index, actor_digest, digest
from graphkit.kg.mapping import RunInfo
from graphkit.model import Actor, DocResult

__all__ = ["index_of", "resolved", "write_records", "write_store", "write_graph_files"]

_ACTOR_CHUNK = 5000


def index_of(actors: Mapping[str, Actor], entities: Mapping[str, list[str | None]], *,
             store: str | None) -> Index:
    """The digests of a resolved corpus: each article's entities, each actor's description."""
    return Index(store=store, articles={doc: digest(ids) for doc, ids in entities.items()},
                 actors={iri: actor_digest(actor) for iri, actor in actors.items()})


def resolved(spool: Any, doc_id: str, content: str, entities: Mapping[str, list[str | None]]) -> DocResult:
    """The spooled extraction of an article, its mentions resolved."""
    from graphkit.resolve import mentions_of

    result: DocResult = spool.result(doc_id, content)
    for mention, entity in zip(mentions_of(result), entities[doc_id], strict=True):
        mention.entity = entity
    return result


def _results(spool: Any, corpus: Mapping[str, str], entities: Mapping[str, list[str | None]],
             ids: list[str] | None = None) -> Iterator[DocResult]:
    for doc_id in corpus if ids is None else ids:
        yield resolved(spool, doc_id, corpus[doc_id], entities)


def write_records(stage: Path, spool: Any, corpus: Mapping[str, str],
                  entities: Mapping[str, list[str | None]], actors: Mapping[str, Actor]) -> int:
    """``relations.jsonl`` (articles in the corpus's order) and ``entities.jsonl``; returns the relations."""
    from graphkit.records import entity_record, relation_record, write_jsonl

    relations = (relation_record(rel, actors) for result in _results(spool, corpus, entities)
                 for rel in result.relations)
    count = write_jsonl(stage / "relations.jsonl", relations)
    write_jsonl(stage / "entities.jsonl", (entity_record(actor) for actor in actors.values()))
    return count


def write_store(store: Any, spool: Any, corpus: Mapping[str, str], entities: Mapping[str, list[str | None]],
                actors: Mapping[str, Actor], *, index: Index, old: Index | None, extracted: set[str],
                run: RunInfo, half: Callable[[], None] | None = None) -> tuple[int, int]:
    """Bring ``store`` to the resolved corpus: write the actors and articles that changed.

    Args:
        store: the embedded or remote store, holding the previous build (``old``) or nothing.
        index: the digests of this build; ``old`` those of the build ``store`` holds (None:
            write everything).
        extracted: articles extracted by this build (written whatever their digests).
        half: called when half the articles are written (the tests' interruption point).

    Returns:
        How many articles and actors were written.
    """
    changed = [a for iri, a in actors.items() if old is None or old.actors.get(iri) != index.actors[iri]]
    if old is not None:
        store.remove_actors([iri for iri in old.actors if iri not in actors])
    for start in range(0, len(changed), _ACTOR_CHUNK):
        store.write_actors(changed[start:start + _ACTOR_CHUNK])
    todo = [doc for doc in corpus if old is None or doc in extracted
            or old.articles.get(doc) != index.articles[doc]]
    middle = len(todo) // 2
    for i, result in enumerate(_results(spool, corpus, entities, todo)):
        store.write_article(result, actors, run=run, content_hash=corpus[result.article.id])
        if i == middle and half is not None:
            store.flush()
            half()
    if not todo and half is not None:
        half()
    store.flush()
    return len(todo), len(changed)


def write_graph_files(store: Any, stage: Path, *, top: int | None, html: bool) -> Path | None:
    """``graph.ttl`` and (with ``html``) ``graph.html`` from the store; returns the page."""
    # Oxigraph serialises without the GIL: the Turtle is written while the HTML is drawn
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphkit-ttl") as pool:
        turtle = pool.submit(_write_turtle, store, stage / "graph.ttl")
        page = None
        if html:
            from graphkit.network import from_store
            from graphkit.viz import render_html

            page = render_html(from_store(store), stage / "graph.html", top=top)
        turtle.result()
    return page


def _write_turtle(store: Any, path: Path) -> None:
    if hasattr(store, "write_turtle"):
        store.write_turtle(path)
    else:
        path.write_bytes(store.serialize("ttl"))
