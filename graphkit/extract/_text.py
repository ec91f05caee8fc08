"""Small text helpers shared by the extractors: article body end, quotes, clean labels."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = ["among", "body_end", "doc_text", "lower_words", "tokens_tagged", "tokens_written", "quote_spans", "in_spans",
           "clean_label", "prefixed", "sentence_bounds", "singular"]

#: Lines that start the non-article tail of a page (comment sections, share widgets).
_TAIL = re.compile(
    r"^[ \t\u2022*-]*(reader comments|post a comment|leave a comment|comments? \(\d*\)|"
    r"add (a|your) comment|share this( article)?|related (articles|stories)|"
    r"\d+ comments?)\b",
    re.IGNORECASE | re.MULTILINE,
)
_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
_STRAIGHT = '"'
_QUOTE_CHARS = re.compile('[\u201c\u201d\u00ab\u00bb"\n]')


def among(values: Any, table: Any) -> Any:
    """A boolean array: which of ``values`` (a NumPy array of string hashes) are in
    ``table`` (a sorted NumPy array of hashes). A binary search, which is much quicker than
    ``numpy.isin`` for a long table and a short article."""
    import numpy as np

    if not len(table):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(table, values)
    at[at == len(table)] = 0
    return table[at] == values


def tokens_tagged(doc: Doc, *pos: str) -> Iterator[Token]:
    """The tokens of ``doc`` with one of the coarse tags ``pos`` ("VERB", "NOUN"), in order,
    picked on the token array (no Token object is made for the others)."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import IDS

    yield from _picked(doc, POS, [IDS[p] for p in pos])


def tokens_written(doc: Doc, words: frozenset[str]) -> Iterator[Token]:
    """The tokens of ``doc`` that are one of ``words`` in lower case, in order, picked on the
    token array."""
    from spacy.attrs import LOWER

    yield from _picked(doc, LOWER, [doc.vocab.strings.add(w) for w in words])


def _picked(doc: Doc, attr: int, wanted: list[int]) -> Iterator[Token]:
    """The tokens whose value of the array attribute ``attr`` is one of ``wanted``."""
    import numpy as np

    if not len(doc):
        return
    for i in np.flatnonzero(np.isin(doc.to_array(attr), wanted)):
        yield doc[int(i)]


def lower_words(doc: Doc) -> frozenset[str]:
    """The words ``doc`` writes in lower case, gathered once per document."""
    cached = doc.user_data.get("graphkit.lower")
    if cached is None:
        cached = frozenset(t.text for t in doc if t.is_lower)
        doc.user_data["graphkit.lower"] = cached
    return cached


def doc_text(doc: Doc, *, known: str | None = None) -> str:
    """``doc.text``, built once per document (spaCy joins every token on each access).

    Args:
        doc: the document.
        known: the text the document was made from, if the caller has it; it is used when
            its first and last tokens line up with the document's.
    """
    cached = doc.user_data.get("graphkit.text")
    if cached is None:
        if known is not None and _lines_up(doc, known):
            cached = known
        else:
            cached = doc.text
        doc.user_data["graphkit.text"] = cached
    return cached


def _lines_up(doc: Doc, text: str) -> bool:
    if not len(doc):
        return text == ""
    first, last = doc[0], doc[-1]
    return (text.startswith(first.text, first.idx) and len(text) == last.idx +
            len(last.text_with_ws) and text.startswith(last.text, last.idx))


def body_end(text: str) -> int:
    """Character offset where the article body ends (a comment section starts), else len.

    >>> body_end("Body text.\\n\\nReader Comments\\n\\nspam")
    12
    """
    match = _TAIL.search(text)
    return match.start() if match else len(text)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of quoted passages, quote marks excluded.

    Curly and guillemet quotes pair by kind; straight double quotes pair in order, and with a
    curly closer where the two kinds are mixed. A quote left open at the end of a paragraph is
    closed there (multi-paragraph quotes reopen).

    >>> quote_spans('He said, "We will stay." Then \\u201cno\\u201d.')
    [(10, 23), (31, 33)]
    """
    spans: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for match in _QUOTE_CHARS.finditer(text):
        i, ch = match.start(), match.group()
        if opened is None:
            if ch in _OPENERS or ch == _STRAIGHT:
                opened = (ch, i + 1)
            continue
        closer = _OPENERS.get(opened[0], _STRAIGHT)
        if ch == _STRAIGHT == closer and _opens(text, i) and text[i - 2:i - 1] in ".!?":
            spans.append((opened[1], i))  # '... resignation. "I wasn't': a quote that ran on
            opened = (ch, i + 1)  # to a new paragraph whose break was lost, and a new one
        elif ch == closer or _mixed_close(opened[0], ch, text, i):
            spans.append((opened[1], i))
            opened = None
        elif ch == "\n" and text[i + 1:i + 2] in ("\n", "\r") or ch == "\n" and i + 1 == len(text):
            spans.append((opened[1], i))
            opened = None
    if opened is not None:
        spans.append((opened[1], len(text)))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    return spans or _single_quotes(text)


def _mixed_close(opener: str, ch: str, text: str, i: int) -> bool:
    """A quotation typed with two kinds of marks closes at the other kind: a straight quote
    at a curly closer ('"... a community,\u201d he said'), a curly opener at a straight quote
    that opens nothing."""
    return opener == _STRAIGHT and ch == "\u201d" or \
        opener == "\u201c" and ch == _STRAIGHT and not _opens(text, i)


def _opens(text: str, i: int) -> bool:
    """Whether the straight quote at ``i`` can only open a quotation: after a space and
    before a capital letter, with a space before (' "We')."""
    return i > 0 and text[i - 1] == " " and text[i + 1:i + 2].isupper()


#: Single quotes (British style): an opener after a space or at a line start, a closer after
#: sentence punctuation ("... clear.'"), else a closer after a word ("'No deal' he said").
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['\u2018](?=\w)", re.MULTILINE)
_SINGLE_CLOSE = (re.compile(r"[.,!?;:]['\u2019](?=\s|$)"),
                 re.compile(r"\w['\u2019](?=[\s.,;:!?)]|$)"))


def _single_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted passages in single quotes, for texts that use no double quotes at all.

    >>> t = "Starmer said: 'We will not waste taxpayers' money. It is clear.' Then he left."
    >>> [t[s:e] for s, e in _single_quotes(t)]
    ["We will not waste taxpayers' money. It is clear."]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        opener = _SINGLE_OPEN.search(text, pos)
        if opener is None:
            return spans
        start = opener.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        closer = None
        for pattern in _SINGLE_CLOSE:
            closer = pattern.search(text, start, line_end)
            if closer is not None:
                break
        if closer is None:
            pos = start
            continue
        spans.append((start, closer.end() - 1))
        pos = closer.end()


def in_spans(offset: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of ``spans`` holding ``offset``, if any."""
    for start, end in spans:
        if start <= offset < end:
            return (start, end)
    return None


_EDGE = {"the", "a", "an", "'s", "\u2019s", "'", "\u2019", ",", "(", ")", "-", "\u2013", "\u2014",
         '"', "\u201c", "\u201d", "\u2018"}


def clean_label(tokens: Span | list[Token]) -> str:
    """A clean name from tokens: no leading article, no trailing possessive or punctuation.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Ministry of Interior's")
    >>> clean_label(doc[:])
    'Ministry of Interior'
    """
    toks = list(tokens)
    while toks and toks[0].lower_ in _EDGE:
        toks = toks[1:]
    while toks and (toks[-1].lower_ in _EDGE or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return ""
    return toks[0].doc[toks[0].i:toks[-1].i + 1].text.strip()


def sentence_bounds(sent: Span) -> tuple[int, int, str]:
    """The sentence's character start, end and text, without surrounding whitespace."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = sent.start_char + lead
    return start, start + len(stripped), stripped


def singular(word: str) -> str:
    """"spokesmen" -> "spokesman", "members" -> "member" (other words as they are)."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def prefixed(token: Token, prefixes: tuple[str, ...]) -> bool:
    """True for a word written after one of ``prefixes`` and a hyphen ("anti-Iraqi",
    "counter-terrorism"), as one token or as the tokenizer split it."""
    if token.lower_.startswith(tuple(f"{p}-" for p in prefixes)):
        return True
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in prefixes
