"""Reading articles: files, folders and JSONL into :class:`~graphkit.model.Article`.

Every problem with an input (unreadable, not UTF-8, empty, binary, too large, a malformed JSONL
line) becomes an :class:`IngestError` naming the file and line, yielded in the stream in place
of the article, so the caller reports it and goes on with the rest. A problem with a part of an
article that is kept (a date that is no calendar date, names in a script the English model
cannot read) is an :class:`IngestWarning`, yielded before the article.

HTML is read as the text a browser shows: tags, scripts, styles and comments are dropped and
entities decoded (offsets then point into that text, which is the article's ``text``).

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
from datetime import date as _calendar_date
from datetime import datetime
from pathlib import Path

from graphkit.model import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "IngestError",
    "IngestWarning",
    "iter_files",
    "clean_date",
    "html_to_text",
    "read_articles",
    "article_from_text",
    "settle_date",
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
# Wiki templates left in the text as their names, where a sentence may begin: "United States
# infobox", "publish", "Archive-unreviewed", "Wikinews Today short", "Category:Politics".
_BOUNDARY = r"(?:\A|(?<=[.!?\"”’\]=:|])\s)"
_TEMPLATE = re.compile(
    rf"""{_BOUNDARY}\s*(?:
        (?:[^\s.!?"”]+[ \t]+){{0,5}}(?:[^\s.!?"”]*_)?infobox\b |
        (?:(?:publish|archive-[a-z]+|wikinews[ \t]+today(?:[ \t]+short)?)\b[ \t]*)+
        (?-i:(?=\Z|\n|[A-Z=*"'“]|\s[A-Z=*"'“0-9{{]))
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A run of category links: every name but the last one reaches the next "Category:"; the last is
# its first word and the lower-case words joined to it ("Politics and conflicts").
_CATEGORIES = re.compile(r"(?:Category:[^\n]*?[ \t]+(?=Category:))*Category:\S+(?:[ \t]+[a-z]+(?=[ \t]|\Z))*")
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


@dataclass(frozen=True, slots=True)
class IngestWarning(IngestError):
    """A part of an article refused while the article is kept (an invalid date, unread script)."""


def iter_files(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> Iterator[Path | IngestError]:
    """Expand files and folders (recursively, sorted) into article files.

    In a folder, hidden folders, graphkit build folders (their outputs are no inputs) and
    the folders in ``exclude`` are not read; a file named on its own always is.

    >>> [str(e) for e in iter_files(["/no/such/place"])]
    ['/no/such/place: no such file or folder']
    """
    skip = {Path(p).resolve() for p in exclude}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path, skip))
            if not found:
                yield IngestError(str(path), "folder holds no .txt, .md or .jsonl files")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def _walk(folder: Path, skip: set[Path]) -> Iterator[Path]:
    """Article files under ``folder``, leaving out hidden folders and build folders."""
    from graphkit.folder import OUTPUTS, is_build_folder

    build = folder.resolve() in skip or is_build_folder(folder)
    for entry in folder.iterdir():
        if entry.name.startswith(".") or (build and entry.name in OUTPUTS):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry, skip)
        elif entry.is_file() and entry.suffix.lower() in ARTICLE_SUFFIXES:
            yield entry


def read_articles(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES,
                  exclude: Iterable[str | Path] = ()) -> Iterator[Article | IngestError]:
    """Yield an Article per article found under ``paths``, or an IngestError per bad input
    (an :class:`IngestWarning`, before its article, for a part of it that was refused).

    Article ids are file stems for ``.txt``/``.md`` files and the ``id`` field for JSONL lines;
    a repeated id is an error for the later occurrence. Folders in ``exclude`` (a build's own
    output folder) are not read.
    """
    seen: set[str] = set()
    for item in iter_files(paths, exclude=exclude):
        if isinstance(item, IngestError):
            yield item
            continue
        reader = _read_jsonl if item.suffix.lower() == ".jsonl" else _read_text_file
        for result in reader(item, max_bytes=max_bytes):
            if isinstance(result, Article):
                if result.id in seen:
                    yield IngestError(result.path or str(item), f"duplicate article id {result.id!r}; skipped")
                    continue
                seen.add(result.id)
                yield from _checked(result)
            yield result


def _checked(article: Article) -> Iterator[IngestWarning]:
    """Refuse an invalid date (the article is kept without it); date an undated article from its
    head; report unread scripts."""
    where, line = _where(article.path or article.id)
    if article.date is not None:
        good = clean_date(article.date)
        if good is None:
            yield IngestWarning(where, f"article {article.id!r}: date {article.date!r} is not a calendar date "
                                       "(YYYY-MM-DD); the article is kept without a date", line)
        article.date = good
    if problem := settle_date(article):  # no date of its own: the one at its head, if any
        yield IngestWarning(where, f"article {article.id!r}: {problem}; the article is kept without a date", line)
    scripts = foreign_scripts(article.text)
    if scripts:
        shown = ", ".join(f"{name} ({n} letters)" for name, n in scripts)
        yield IngestWarning(where, f"article {article.id!r} has words in {shown}: the English model "
                                   "reads no names written in them (the rest of the article is read)", line)


def _where(path: str) -> tuple[str, int | None]:
    """``file.jsonl:12`` as ("file.jsonl", 12)."""
    head, sep, tail = path.rpartition(":")
    return (head, int(tail)) if sep and tail.isdigit() else (path, None)


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%Y/%m/%d")


def clean_date(value: str) -> str | None:
    """The ISO form of a date or date-time, or None when it is no calendar date.

    >>> clean_date("2013-04-12"), clean_date("12 April 2013"), clean_date("2013-04-12T10:00:00Z")
    ('2013-04-12', '2013-04-12', '2013-04-12T10:00:00Z')
    >>> clean_date("2024-13-45") is None, clean_date("soon") is None
    (True, True)
    """
    text = value.strip()
    if "T" in text[10:11]:
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return text
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return _calendar_date.fromisoformat(text).isoformat()
    except ValueError:
        return None


#: Scripts the English pipeline cannot read names in: (name, first and last code point) ranges.
_SCRIPTS = (
    ("Arabic script", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("Chinese/Japanese script", ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),
    ("Korean script", ((0xAC00, 0xD7AF), (0x1100, 0x11FF))),
    ("Cyrillic script", ((0x0400, 0x04FF),)),
    ("Hebrew script", ((0x0590, 0x05FF),)),
    ("Devanagari script", ((0x0900, 0x097F),)),
    ("Greek script", ((0x0370, 0x03FF),)),
    ("Thai script", ((0x0E00, 0x0E7F),)),
)
_FOREIGN = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for _, ranges in _SCRIPTS for a, b in ranges) + "]")
_MIN_FOREIGN = 3


def foreign_scripts(text: str) -> list[tuple[str, int]]:
    """The non-Latin scripts in ``text`` (with their letter counts) that the English model
    cannot read names in; a stray letter or two is ignored.

    >>> foreign_scripts("Imran Khan (عمران خان) spoke in Lahore.")
    [('Arabic script', 8)]
    >>> foreign_scripts("Plain English.")
    []
    """
    letters = _FOREIGN.findall(text)
    if len(letters) < _MIN_FOREIGN:
        return []
    counts: dict[str, int] = {}
    for ch in letters:
        code = ord(ch)
        name = next(n for n, ranges in _SCRIPTS if any(a <= code <= b for a, b in ranges))
        counts[name] = counts.get(name, 0) + 1
    return [(name, n) for name, n in counts.items() if n >= _MIN_FOREIGN]


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
    if looks_like_html(text):
        text, title = html_to_text(text)
        meta.setdefault("title", title or "")
        meta = {k: v for k, v in meta.items() if v}
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
    if isinstance(text, str) and looks_like_html(text):
        text, title = html_to_text(text)
        if title and not isinstance(record.get("title"), str):
            record["title"] = title
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

    Only a tail is ever cut, so character offsets stay valid in the original text; wiki template
    names left in the text ("United States infobox President Bush ...") become spaces.
    """
    body = _blank_templates(_cut_tail(text))
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


def settle_date(article: Article, *, fallback: str | None = None) -> str | None:
    """Date an article that gives no date of its own (front matter, JSONL ``date``): from the
    date it writes at its head (a dateline "GOMA, Nov 3 (Reuters) -", a line "Monday, 3
    November 2013"), else ``fallback``, which also gives its year to a dateline without one.

    Returns:
        Why the date at the head was refused (an impossible one), else None.

    >>> art = Article(id="a", text="Thursday, November 13, 2008\\nThe senate voted.")
    >>> settle_date(art), art.date
    (None, '2008-11-13')
    >>> art = Article(id="b", text="KABUL, February 30, 2013 (AP) - Rebels attacked.")
    >>> settle_date(art, fallback="2013-03-05"), art.date
    ('the date at its head is not a calendar date (day 30 is not in month 2)', '2013-03-05')
    """
    from graphkit.dates import BadDate, head_date, iso_date

    if article.date is not None:
        return None
    problem = None
    try:
        written = head_date(article.text, fallback=iso_date(fallback))
    except BadDate as exc:
        written, problem = None, f"the date at its head is not a calendar date ({exc})"
    article.date = written.isoformat() if written else fallback
    return problem


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


def _blank_templates(text: str) -> str:
    """Spaces in place of the wiki templates a page dump left where a sentence may begin.

    >>> _blank_templates("Publish Archive-unreviewed Police have arrested Lord Levy.").lstrip()
    'Police have arrested Lord Levy.'
    >>> _blank_templates("He spoke. Middle East infobox President Bush added it.").split()
    ['He', 'spoke.', 'President', 'Bush', 'added', 'it.']
    >>> _blank_templates("He refused to publish it. They publish it.")
    'He refused to publish it. They publish it.'
    """
    if not re.search(r"infobox|publish|archive-|wikinews today|Category:", text, re.IGNORECASE):
        return text
    spans = [m.span() for m in _TEMPLATE.finditer(text)] + [m.span() for m in _CATEGORIES.finditer(text)]
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


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


_HTML_TAG = re.compile(
    r"<!DOCTYPE\s+html|<(?:html|head|body|p|div|span|br|a|b|i|em|strong|script|style|img|h[1-6]|ul|ol|li|"
    r"table|tr|td|iframe|svg|meta|link|form|input|section|article|header|footer|nav|blockquote|figure|"
    r"noscript|button|title)\b[^<>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
                         "header", "footer", "blockquote", "figure", "figcaption", "table", "ul", "ol", "hr",
                         "title", "dd", "dt", "pre", "address", "main", "aside", "nav"})
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
                          "select", "button", "form"})


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds HTML markup (a doctype or a known tag), not just a "<".

    >>> looks_like_html("<p>MQM <b>said</b></p>"), looks_like_html("a < b and c > d")
    (True, False)
    """
    return _HTML_TAG.search(text) is not None


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The text a browser shows for ``markup`` and the page title, if any.

    Scripts, styles, forms and comments are dropped, attributes never become text, block
    elements end paragraphs and entities are decoded.

    >>> html_to_text('<title>Talks</title><body onload="x()"><p>The MQM &amp; ANP met.</p>'
    ...              '<script>bad()</script></body>')
    ('The MQM & ANP met.', 'Talks')
    """
    from html.parser import HTMLParser

    parts: list[str] = []
    title: list[str] = []
    state = {"hidden": 0, "title": False}

    class _Text(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "title":
                state["title"] = True
            elif tag in _HIDDEN_TAGS:
                state["hidden"] += 1
            if tag in _BLOCK_TAGS:
                parts.append("\n\n" if tag != "br" else "\n")

        def handle_endtag(self, tag: str) -> None:
            if tag == "title":
                state["title"] = False
            elif tag in _HIDDEN_TAGS and state["hidden"]:
                state["hidden"] -= 1
            if tag in _BLOCK_TAGS:
                parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if state["title"]:
                title.append(data)
            elif not state["hidden"]:
                parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(markup)
    parser.close()
    paragraphs = (" ".join(block.split()) for block in re.split(r"\n\s*\n", "".join(parts)))
    text = "\n\n".join(p for p in paragraphs if p)
    name = " ".join("".join(title).split())
    return text, name or None
