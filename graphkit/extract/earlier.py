"""Events their surroundings tell as earlier than the article's news.

:func:`~graphkit.extract.aspect.aspect` reads a clause's own tense and time words. A clause
may say nothing of its time while its sentence or its paragraph does:

- a quotation in the past tense tells the speaker's past, not the report's day: "'As they
  advanced, our troops fought their way through sand storms,' Bush said" (a quotation may
  open in an earlier sentence of its paragraph: :func:`quoted`);
- a sentence that names a time well before the article's sets what it tells there: "since
  Bolton acknowledged saying in 1994 ...", read in 2005 (:func:`old_time`);
- an act the paragraph has already told as background is the same act when told again:
  "Thompson lobbied for them in the past. ... it hired Thompson to lobby the administration"
  (:class:`Recalled`).

Example:
    >>> from datetime import date
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Bolton criticised the UN, as he acknowledged in 1994.")
    >>> old_time(doc[1], date(2005, 4, 24))
    '1994'
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from typing import TYPE_CHECKING

from graphkit.dates import BadDate, When, resolve
from graphkit.extract._text import doc_text, quote_spans, tokens_tagged
from graphkit.extract.aspect import is_future
from graphkit.extract.dates import attachment, date_spans
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["RECENT_DAYS", "Recalled", "old_time", "paragraph_start", "quoted"]

#: How many days before the article a named time still counts as the article's news.
RECENT_DAYS = 31
#: Dependencies of a clause that describes a noun: its own time is the noun's, not the sentence's.
_DESCRIBING = frozenset({"relcl", "acl"})
#: Verbs too common to recall one act by ("say", "be", "make").
_COMMON = frozenset({"be", "have", "do", "make", "take", "get", "go", "come", "give"})


def paragraph_start(token: Token) -> int:
    """The character offset where the paragraph of ``token`` starts (after a line break)."""
    return doc_text(token.doc).rfind("\n", 0, token.idx) + 1


def quoted(token: Token) -> bool:
    """True for a word inside a quotation (opened in its own sentence or one before it), as
    :func:`~graphkit.extract._text.quote_spans` pairs the marks: a quotation left open is
    closed where a new one opens after a sentence's end ('... evacuate these areas. "Be
    aware!"'), so a lost closing mark does not make the rest of the article a quotation."""
    return _in_quote(token.doc, token.idx)


def _in_quote(doc: Doc, offset: int) -> bool:
    """True when the character at ``offset`` of the document lies inside a quotation."""
    spans = doc.user_data.get("graphkit.quotes")
    if spans is None:
        spans = doc.user_data["graphkit.quotes"] = quote_spans(doc_text(doc))
    at = bisect_right(spans, (offset, len(doc_text(doc)) + 1)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


def old_time(trigger: Token, anchor: date | None) -> str | None:
    """The time expression, outside quotations, by which the sentence of ``trigger`` tells a
    time more than :data:`RECENT_DAYS` before the article's, when it names no recent one:
    the clause of ``trigger`` belongs to that time. A date that modifies a noun ("criticised
    the 2003 invasion") or dates a clause describing one ("crimes committed in 1994") is that
    noun's own time, and counts only for the clause it describes."""
    if anchor is None:
        return None
    if _in_quote(trigger.doc, trigger.sent.start_char):
        return None  # a sentence inside a quotation: the speaker's times
    ancestors = {trigger.i} | {t.i for t in trigger.ancestors}
    old: str | None = None
    previous: When | None = None
    for span in date_spans(trigger.sent):
        point = attachment(span)
        try:
            when = resolve(span.text, anchor, future=point is not None and is_future(point),
                           previous=previous)
        except BadDate:
            continue
        if when is None or quoted(span[0]):
            continue
        previous = when
        if _end(when) >= anchor - timedelta(days=RECENT_DAYS):
            return None  # the sentence names a recent time: that is its news
        if point is not None and point.pos_ in ("VERB", "AUX") and not _describes(point, ancestors):
            old = old or span.text
    return old


def _end(when: When) -> date:
    """The last day of the period ``when`` names."""
    start = when.date
    if when.precision == "year":
        return date(start.year, 12, 31)
    if when.precision == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start + timedelta(days=6) if when.precision == "week" else start


def _describes(point: Token, ancestors: set[int]) -> bool:
    """True when ``point`` sits in a clause describing a noun (a relative clause, a
    participle) that the trigger (whose ``ancestors`` are given) is not part of."""
    token = point
    while token.i not in ancestors:
        if token.dep_ in _DESCRIBING:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


class Recalled:
    """The acts each paragraph of an article tells as background with a time word of the
    "past" kind of ``time_markers.tsv`` ("in the past", "earlier", "previously"), by lemma.

    Args:
        doc: the article, processed by the pipeline.
    """

    def __init__(self, doc: Doc) -> None:
        past = lexicon().time_markers.get("past", ())
        speech = lexicon().speech_verbs
        self._told: dict[str, list[tuple[int, int]]] = {}
        for token in tokens_tagged(doc, "VERB"):
            if token.lemma_.lower() in _COMMON or token.lemma_.lower() in speech:
                continue
            for child in token.children:
                if child.dep_ not in ("advmod", "prep"):
                    continue
                phrase = " ".join(t.lower_ for t in child.subtree if not t.is_punct)
                if phrase in past:
                    where = (paragraph_start(token), token.idx)
                    self._told.setdefault(token.lemma_.lower(), []).append(where)

    def recalled(self, trigger: Token) -> str | None:
        """The lemma of ``trigger`` when its paragraph told that act as background before."""
        lemma = trigger.lemma_.lower()
        start = paragraph_start(trigger)
        told = self._told.get(lemma, ())
        return lemma if any(at == start and idx < trigger.idx for at, idx in told) else None
