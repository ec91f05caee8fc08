"""Reading articles: files, folders and JSONL into :class:`~graphkit.model.Article`.

Every problem with an input (unreadable, not UTF-8, empty, binary, too large, a malformed JSONL
line) becomes an :class:`IngestError` naming the file and line, yielded in the stream in place
of the article, so the caller reports it and goes on with the rest.

Example:
    >>> art = article_from_text("n1", "By Jane Roe\\n\\nKABUL - Rebels attacked a post.\\n\\nReader Comments\\nspam")
    >>> art.author, art.dateline, art.text.endswith("attacked a post.")
    ('Jane Roe', 'KABUL', True)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graphkit.model import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "IngestError",
    "iter_files",
    "read_articles",
    "article_from_text",
]

#: File suffixes read as articles; anything else in a folder is ignored.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".jsonl"})
#: Files (or JSONL lines) larger than this are refused rather than fed to the parser.
MAX_BYTES = 20_000_000
#: A single article text longer than this (characters) is refused: spaCy's own limit.
MAX_CHARS = 1_000_000

# A line from which everything on is page furniture, not article (reader comments, widgets).
_TAIL_MARKER = re.compile(
    r"""^\s*(?:
        reader\s+comments | post\s+a\s+comment\b.* | comments?\s*(?:\(\d+\))? |
        leave\s+a\s+(?:comment|reply)\b.* | add\s+(?:a\s+)?comment\b.* |
        \*?\s*denotes\s+required\s+field | share\s+(?:this|on)\b.{0,40} |
        related\s+(?:articles|stories|posts|news) | you\s+may\s+also\s+like |
        (?:please\s+)?sign\s+in\s+to\s+comment.* | show\s+comments | view\s+comments
    )\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_NAME_WORD = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+({_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|de|al|bin|van|von)){{0,4}})[ \t]*$", re.MULTILINE
)
_DATELINE = re.compile(
    r"^([A-Z][A-Z.'’ -]{1,40}[A-Z])(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\((?:[A-Z][\w ]{1,30})\))?[ \t]*[-–—:][ \t]+(?=\S)",
    re.MULTILINE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_META_KEYS = ("title", "date", "source", "url", "author")


@dataclass(frozen=True, slots=True)
class IngestError:
    """One input that could not be read; ``line`` is 1-based, or None for a whole file."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Expand files and folders (recursively, sorted) into article files.

    >>> [str(e) for e in iter_files(["/no/such/place"])]
    ['/no/such/place: no such file or folder']
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                yield IngestError(str(path), "folder holds no .txt, .md or .jsonl files")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def read_articles(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Yield an Article per article found under ``paths``, or an IngestError per bad input.

    Article ids are file stems for ``.txt``/``.md`` files and the ``id`` field for JSONL lines;
    a repeated id is an error for the later occurrence.
    """
    seen: set[str] = set()
    for item in iter_files(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        reader = _read_jsonl if item.suffix.lower() == ".jsonl" else _read_text_file
        for result in reader(item, max_bytes=max_bytes):
            if isinstance(result, Article):
                if result.id in seen:
                    result = IngestError(result.path or str(item), f"duplicate article id {result.id!r}; skipped")
                else:
                    seen.add(result.id)
            yield result


def _load_text(path: Path, *, max_bytes: int) -> str | IngestError:
    """Read a file as UTF-8 text, or say clearly why not."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return IngestError(str(path), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; split it")
        data = path.read_bytes()
    except OSError as exc:
        return IngestError(str(path), f"cannot read file ({exc.strerror or exc})")
    if b"\x00" in data[:8192]:
        return IngestError(str(path), "binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        return IngestError(str(path), f"not UTF-8 ({bad}); re-save it as UTF-8", line)


def _read_text_file(path: Path, *, max_bytes: int) -> Iterator[Article | IngestError]:
    text = _load_text(path, max_bytes=max_bytes)
    if isinstance(text, IngestError):
        yield text
        return
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text) if path.suffix.lower() == ".md" else None
    if front:
        meta = _parse_front_matter(front.group(1))
        text = " " * front.end() + text[front.end():]  # keep offsets valid in the file
    if not text.strip():
        yield IngestError(str(path), "empty file, no article text")
        return
    if len(text) > MAX_CHARS:
        yield IngestError(str(path), f"article has {len(text):,} characters, over the {MAX_CHARS:,} limit; split it")
        return
    yield article_from_text(path.stem, text, path=str(path), **meta)


def _parse_front_matter(block: str) -> dict[str, str]:
    meta = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in _META_KEYS:
            meta[key] = value.strip().strip("\"'")
    return meta


def _read_jsonl(path: Path, *, max_bytes: int) -> Iterator[Article | IngestError]:
    text = _load_text(path, max_bytes=max_bytes)
    if isinstance(text, IngestError):
        yield text
        return
    if not text.strip():
        yield IngestError(str(path), "empty file, no JSONL lines")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        yield _article_from_json(line, str(path), number)


def _article_from_json(line: str, path: str, number: int) -> Article | IngestError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError(path, f"malformed JSON ({exc.msg} at column {exc.colno}); line skipped", number)
    if not isinstance(record, dict):
        return IngestError(path, "a JSONL line must be an object with 'id' and 'text'; line skipped", number)
    art_id, text = record.get("id"), record.get("text")
    if not isinstance(art_id, (str, int)) or isinstance(art_id, bool) or str(art_id).strip() == "":
        return IngestError(path, "missing or invalid 'id' (a string); line skipped", number)
    if not isinstance(text, str) or not text.strip():
        return IngestError(path, f"article {art_id!r} has no 'text' (a non-empty string); line skipped", number)
    if len(text) > MAX_CHARS:
        too_long = f"article {art_id!r} has {len(text):,} characters, over the {MAX_CHARS:,} limit; split it"
        return IngestError(path, too_long, number)
    meta = {k: str(record[k]) for k in _META_KEYS if isinstance(record.get(k), (str, int, float)) and k != "author"}
    author = record.get("author") if isinstance(record.get("author"), str) else None
    article = article_from_text(str(art_id), text, path=f"{path}:{number}", **meta)
    if author and not article.author:
        article.author = author
    return article


def article_from_text(
    article_id: str,
    text: str,
    *,
    path: str | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    author: str | None = None,
) -> Article:
    """Make an Article from raw text: cut trailing furniture, find byline, dateline and title.

    Only a tail is ever cut, so character offsets stay valid in the original text.
    """
    body = _cut_tail(text)
    article = Article(id=article_id, text=body, title=title, date=date, source=source, url=url,
                      author=author, path=path)
    head = body[:3000]
    byline = _BYLINE.search(head)
    if byline:
        article.author = article.author or byline.group(1).strip()
        article.author_span = (byline.start(1), byline.end(1))
    dateline = _DATELINE.search(head)
    if dateline and _is_dateline(dateline.group(1)):
        article.dateline = dateline.group(1).strip()
        article.dateline_span = (dateline.start(), dateline.end())
    if article.title is None:
        article.title = _guess_title(body)
    return article


def _is_dateline(word: str) -> bool:
    """An all-capitals place name, not an acronym used as a sentence subject ("MQM - ...")."""
    letters = word.replace(" ", "").replace(".", "")
    return len(letters) >= 4 and word.isupper()


def _cut_tail(text: str) -> str:
    """Drop everything from the first furniture line on (never the first paragraph)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if offset > 0 and _TAIL_MARKER.match(line.rstrip("\r\n")):
            return text[:offset].rstrip()
        offset += len(line)
    return text.rstrip()


def _guess_title(body: str) -> str | None:
    """The first line, when it reads like a headline (short, no closing full stop)."""
    first = body.lstrip().split("\n", 1)[0].strip()
    if first.startswith("#"):
        return first.lstrip("#").strip() or None
    if _BYLINE.match(first) or _DATELINE.match(first):
        return None
    if 0 < len(first) <= 160 and not first.endswith((".", "”", '"', ":")):
        return first
    return None
