"""The extraction spool: every article's extraction, kept on disk beside the builds.

A build streams: each article's :class:`~graphkit.model.DocResult` goes into the spool as soon
as the engine returns it, so memory holds a few batches, not the corpus. Resolution then reads
back only the mentions, and the writers read back one article at a time.

The spool is what lets a build be incremental: it keeps the extraction of every article the
folder's store holds, keyed by article id *and content hash*, so that a later build re-resolves
the whole corpus without parsing the unchanged articles again. A build that was interrupted
leaves its finished extractions here, and the next build takes them up instead of parsing
again. Rows no build uses any more are dropped when a build completes (:meth:`Spool.keep_only`).

It is one SQLite file (``OUT/.graphkit/spool.sqlite``), written by the build that holds the
folder's lock; a crash mid-write loses at most the last uncommitted articles.

Example:
    >>> import tempfile, pathlib
    >>> from graphkit.model import Article, DocResult, Mention
    >>> m = Mention("MQM", "Muttahida Qaumi Movement", "PoliticalParty", 0, 3, key="mqm")
    >>> with Spool(pathlib.Path(tempfile.mkdtemp()) / "spool.sqlite") as spool:
    ...     spool.put(DocResult(Article("a1", "MQM said so."), mentions=[m]), "h1")
    ...     spool.has("a1", "h1"), spool.has("a1", "h2"), spool.mentions("a1", "h1")
    (True, False, [('MQM', 'Muttahida Qaumi Movement', 'PoliticalParty', 'mqm', None, None, None, False)])
"""

from __future__ import annotations

import pickle
import sqlite3
import threading
import zlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from graphkit.model import DocResult

__all__ = ["Spool", "LeanMention"]

#: What resolution needs of a mention: text, label, type, key, country, CAMEO code, the name
#: as written with its title, whether the text is a description.
LeanMention = tuple[str, str, str, str | None, str | None, str | None, str | None, bool]
#: The layout of the spooled records; a spool of another layout is emptied (its articles are
#: parsed again).
_FORMAT = 3
_COMMIT_EVERY = 64
_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    id TEXT NOT NULL,
    hash TEXT NOT NULL,
    date TEXT,
    mentions BLOB NOT NULL,
    result BLOB NOT NULL,
    PRIMARY KEY (id, hash)
) WITHOUT ROWID;
"""


def _pack(value: Any) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes) -> Any:
    return pickle.loads(zlib.decompress(blob))


class Spool:
    """Extraction results on disk, by article id and content hash.

    Args:
        path: the SQLite file; created when missing.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # the parse thread reads the inputs (and asks the spool) while this thread writes
        self._db: sqlite3.Connection | None = sqlite3.connect(self.path, isolation_level="DEFERRED",
                                                              check_same_thread=False)
        self._lock = threading.RLock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        if self._db.execute("PRAGMA user_version").fetchone()[0] != _FORMAT:
            self._db.execute("DROP TABLE IF EXISTS results")
            self._db.execute(f"PRAGMA user_version = {_FORMAT}")
        self._db.executescript(_SCHEMA)
        self._unsaved = 0

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError(f"{self.path}: the spool is closed")
        return self._db

    def close(self) -> None:
        """Commit what is pending and close the file."""
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None

    def commit(self) -> None:
        """Make every stored result durable."""
        with self._lock:
            self.db.commit()
            self._unsaved = 0

    def put(self, result: DocResult, digest: str) -> None:
        """Keep ``result`` (its article's text is not kept) under its id and ``digest``."""
        from graphkit.resolve import mentions_of

        lean = [(m.text, m.label, m.type, m.key, m.country, m.cameo, m.written, m.description)
                for m in mentions_of(result)]
        kept = replace(result, article=replace(result.article, text=""))
        row = (result.article.id, digest, result.article.date, _pack(lean), _pack(kept))
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)", row)
            self._unsaved += 1
            if self._unsaved >= _COMMIT_EVERY:
                self.commit()

    def _row(self, column: str, doc_id: str, digest: str) -> Any:
        with self._lock:
            return self.db.execute(f"SELECT {column} FROM results WHERE id = ? AND hash = ?",
                                   (doc_id, digest)).fetchone()

    def has(self, doc_id: str, digest: str) -> bool:
        """True when the spool holds the extraction of this version of the article."""
        return self._row("1", doc_id, digest) is not None

    def mentions(self, doc_id: str, digest: str) -> list[LeanMention]:
        """The article's mentions as resolution counts them (:func:`graphkit.resolve.mentions_of`)."""
        row = self._row("mentions", doc_id, digest)
        if row is None:
            raise KeyError(doc_id)
        return list(_unpack(row[0]))

    def date(self, doc_id: str, digest: str) -> str | None:
        """The article's date."""
        row = self._row("date", doc_id, digest)
        return row[0] if row else None

    def result(self, doc_id: str, digest: str) -> DocResult:
        """The article's whole extraction (its ``article.text`` empty)."""
        row = self._row("result", doc_id, digest)
        if row is None:
            raise KeyError(doc_id)
        result: DocResult = _unpack(row[0])
        return result

    def keep_only(self, wanted: Iterable[tuple[str, str]]) -> int:
        """Drop every row but the ``(id, hash)`` pairs in ``wanted``; returns how many went."""
        db = self.db
        self.commit()
        db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (id TEXT, hash TEXT, PRIMARY KEY (id, hash)) WITHOUT ROWID")
        db.execute("DELETE FROM keep")
        db.executemany("INSERT OR IGNORE INTO keep VALUES (?, ?)", wanted)
        gone = db.execute("DELETE FROM results WHERE NOT EXISTS "
                          "(SELECT 1 FROM keep WHERE keep.id = results.id AND keep.hash = results.hash)").rowcount
        db.execute("DROP TABLE keep")
        self.commit()
        return gone
