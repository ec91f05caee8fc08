"""Incremental builds: what a build adds, replaces, skips, re-resolves and rewrites.

A build into a folder that already holds a graph keeps it and changes only what it must:

- every article carries a content hash (SHA-256 of its text and metadata) in its named graph
  (``gk:contentHash``), so the store itself says which version of each article it holds;
- an input whose id is new is *new*, one whose hash differs is *changed* (its graph is
  replaced), one whose hash is the same is *unchanged* and is not parsed again;
- articles the store holds and the inputs do not name are kept;
- resolution runs over the whole corpus again, from the mentions kept in the
  :class:`~graphkit.spool.Spool`, with the articles in the order they were first read (the
  previous build's order, then the new articles in input order), so the graph equals the one
  a single build of all the articles in that order gives, and an actor keeps its IRI as long
  as its resolution key does (IRIs are made from keys, see :mod:`graphkit.resolve`; two actors
  of the same name keep their ``-2`` suffixes, the one read first keeping the bare name);
- an article whose actors all keep their IRIs is not rewritten; an actor whose description
  is the same is not rewritten. The digests that tell this are the build's ``index.json.gz``.

Example:
    >>> from graphkit.model import Article
    >>> content_hash(Article("a1", "text")) == content_hash(Article("a1", "text"))
    True
    >>> content_hash(Article("a1", "text")) == content_hash(Article("a1", "text", date="2024-01-01"))
    False
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from graphkit.model import Actor, Article, DocResult, Mention

__all__ = ["content_hash", "extractor_fingerprint", "stored_hashes", "Plan", "resolve_spooled", "Index",
           "digest", "actor_digest"]

INDEX = "index.json.gz"
_HASHES = """
SELECT ?id ?hash WHERE {
  GRAPH ?g { ?a a gk:Article ; dct:identifier ?id . OPTIONAL { ?a gk:contentHash ?hash } }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/graphkit/graph/article/"))
}
"""


def content_hash(article: Article) -> str:
    """SHA-256 of what an article's extraction depends on: its text and metadata, and the
    extractor itself (:func:`extractor_fingerprint`), so that a changed word list, vocabulary
    or graphkit version extracts the article again."""
    read: dict[str, object] = {f.name: getattr(article, f.name) for f in fields(article)
                               if f.name != "path"}
    read["extractor"] = extractor_fingerprint()
    return hashlib.sha256(json.dumps(read, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def extractor_fingerprint(root: Path | None = None) -> str:
    """A digest of what extraction is made of: every file of graphkit's package under
    ``root`` (by default the installed package, its code and its ontology and lexicon files,
    followed through links), compiled caches apart.

    >>> extractor_fingerprint() == extractor_fingerprint()
    True
    """
    return _fingerprint(str(root or Path(__file__).resolve().parent))


@lru_cache(maxsize=4)
def _fingerprint(root: str) -> str:
    h = hashlib.sha256()
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".pyc"):
                continue
            path = os.path.join(folder, name)
            h.update(os.path.relpath(path, root).encode("utf-8"))
            with open(path, "rb") as handle:
                h.update(handle.read())
    return h.hexdigest()[:16]


def digest(values: Iterable[Any]) -> str:
    """A short digest of a sequence of values (an article's entity IRIs, an actor's fields)."""
    h = hashlib.blake2b(digest_size=12)
    for value in values:
        h.update(repr(value).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def stored_hashes(store: Any) -> dict[str, str | None]:
    """Article id -> content hash of every article ``store`` holds (None: stored without one)."""
    out: dict[str, str | None] = {}
    for row in store.rows(_HASHES):
        out[str(row["id"])] = str(row["hash"]) if "hash" in row else None
    return out


@dataclass(slots=True)
class Plan:
    """Which articles a build extracts, and the corpus it ends with.

    Args:
        stored: the store's articles and their content hashes (empty for a fresh build).
        order: the article ids of the build the store holds, in that build's order.

    Attributes:
        corpus: article id -> content hash of every article of the new build, in the order
            resolution reads them (after :meth:`settle`).
        new, changed, unchanged: counts over the inputs.
    """

    stored: dict[str, str | None]
    order: list[str] = field(default_factory=list)
    corpus: dict[str, str] = field(default_factory=dict)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    given: set[str] = field(default_factory=set)

    def select(self, articles: Iterable[Article], spool: Any) -> Iterator[Article]:
        """The inputs to extract: new and changed ones, and unchanged ones the spool lacks."""
        for article in articles:
            h = content_hash(article)
            old = self.stored.get(article.id)
            if article.id in self.given:  # the same id twice: the later one wins
                pass
            elif article.id not in self.stored:
                self.new += 1
            elif old == h:
                self.unchanged += 1
            else:
                self.changed += 1
            self.given.add(article.id)
            self.corpus[article.id] = h
            if not spool.has(article.id, h):
                yield article

    def settle(self, spool: Any) -> list[str]:
        """After extraction: add the stored articles no input named, and keep the stored version
        of an input the extractor failed on (or leave it out if it is new). Returns the stored
        articles the spool cannot give back (built before graphkit kept a spool): the build
        leaves them as they are in the store, and out of resolution and the JSONL.

        The corpus is then in the order its articles were first read: those of the previous
        build in its order, stored ones it did not list (a store written without an index) by
        id, then the new ones in input order."""
        for doc_id in [d for d, h in self.corpus.items() if not spool.has(d, h)]:
            old = self.stored.get(doc_id)
            if old is not None and spool.has(doc_id, old):
                self.corpus[doc_id] = old
            else:
                del self.corpus[doc_id]
        lost = []
        for doc_id, h in self.stored.items():
            if doc_id in self.given:
                continue
            if h is not None and spool.has(doc_id, h):
                self.corpus[doc_id] = h
            else:
                lost.append(doc_id)
        rank = {doc_id: i for i, doc_id in enumerate(self.order)}
        listed = sorted((d for d in self.corpus if d in rank), key=rank.__getitem__)
        unlisted = sorted(d for d in self.corpus if d not in rank and d in self.stored)
        fresh = [d for d in self.corpus if d not in rank and d not in self.stored]
        self.corpus = {d: self.corpus[d] for d in (*listed, *unlisted, *fresh)}
        return lost

    def summary(self) -> str:
        """``N new, M changed, K unchanged``."""
        return f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged"


def resolve_spooled(spool: Any, corpus: dict[str, str]) -> tuple[dict[str, Actor], dict[str, list[str | None]]]:
    """Resolve the whole corpus from the spool's mentions.

    The articles go to :func:`graphkit.resolve.resolve` in the corpus's order, each as the mentions it
    counts and nothing else, with surface strings shared: memory grows with the mentions'
    distinct names, not with the articles' texts and relations.

    Returns:
        The actors by IRI, and for each article the entity of each of its mentions, in
        :func:`graphkit.resolve.mentions_of` order.
    """
    from graphkit.resolve import resolve

    strings: dict[str | None, str | None] = {None: None}

    def shared(value: str | None) -> str | None:
        return strings.setdefault(value, value)

    lean: list[DocResult] = []
    for doc_id, h in corpus.items():
        mentions = [Mention(shared(t) or "", shared(lab) or "", shared(ty) or "", 0, 0, key=shared(k),
                            country=shared(c), cameo=shared(cam), written=shared(w), description=d)
                    for t, lab, ty, k, c, cam, w, d in spool.mentions(doc_id, h)]
        lean.append(DocResult(Article(doc_id, "", date=shared(spool.date(doc_id, h))), mentions=mentions))
    strings.clear()
    actors = {actor.id: actor for actor in resolve(lean)}
    entities = {r.article.id: [m.entity for m in r.mentions] for r in lean}
    return actors, entities


@dataclass(slots=True)
class Index:
    """The digests of one build: each article's entities, each actor's description, and the
    store the build wrote into. The next build compares against them."""

    store: str | None = None
    articles: dict[str, str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, build: Path | None) -> Index | None:
        """The index of the build folder ``build``; None when it has none."""
        path = build / INDEX if build is not None else None
        if path is None or not path.is_file():
            return None
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            print(f"warning: {path}: unreadable ({exc}); every article is rewritten", file=sys.stderr)
            return None
        return cls(data.get("store"), data.get("articles", {}), data.get("actors", {}))

    def write(self, build: Path) -> None:
        """Write ``index.json.gz`` into the build folder ``build``."""
        with gzip.open(build / INDEX, "wt", encoding="utf-8", compresslevel=1) as fh:
            json.dump({"store": self.store, "articles": self.articles, "actors": self.actors}, fh)


def actor_digest(actor: Actor) -> str:
    """The digest of everything the store says about ``actor`` (its article-scoped
    descriptions are in ``entities.jsonl`` only)."""
    return digest(astuple(replace(actor, descriptions={})))
