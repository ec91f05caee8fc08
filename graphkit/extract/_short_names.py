"""Names written shorter: the pass of :mod:`graphkit.extract.mentions` after the people.

An article names a person in full once and shorter afterwards: by the surname, by the end of
a long name ("Ortega da Cunha" of "Jose Manuel Ortega da Cunha"), without a middle initial
("Robert Hanley" of "Robert J. Hanley"). Where one full name of the article fits, the
shorter mention is that person, also when the recogniser took a surname for an organisation
or split a hyphenated one ("Asante-Mensah").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._found import Found
from graphkit.extract._names import name_key
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.model import Mention

__all__ = ["short_names", "hyphenated"]


def short_names(found: Found) -> None:
    """A name the article also writes longer is the person named in full: "Ortega da Cunha"
    after "Jose Manuel Ortega da Cunha", "Robert Hanley" beside "Robert J. Hanley", and a
    surname alone the recogniser took for an organisation ('"...," Boateng-Darko said' after
    "Akwasi Boateng-Darko"), when one full name of the article fits."""
    people = [m for m in found.found.values() if m.type == "Person" and " " in m.label]
    for mention in found.found.values():
        single = " " not in mention.label and _surname_like(mention.text)
        if mention.type == "Person":  # a surname alone is the finder's; one it split is not
            candidate = " " in mention.label or single and "-" in mention.text  # "Boateng-Darko"
        else:
            candidate = mention.type == "Organization" and single
        if mention.key or not candidate or single and _titled(found, mention):
            continue
        longer = {(m.label, m.key) for m in people if _shortens(mention.label, m.label)}
        if len(longer) != 1:
            continue
        full = next(m for m in people if (m.label, m.key) in longer)
        mention.label, mention.type, mention.key = full.label, "Person", full.key
        mention.country, mention.cameo = mention.country or full.country, full.cameo


def _titled(found: Found, mention: Mention) -> bool:
    """Whether a title word stands right before ``mention`` ("Mrs. Bush", "Cpl Cornish")."""
    span = found.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 \
        and found.doc[span.start - 1].lower_.rstrip(".") in lexicon().titles


def hyphenated(token: Token) -> Span | None:
    """The capitalised words a hyphen joins into one name from ``token`` on ("Asante-Mensah",
    three tokens), or None."""
    doc, end = token.doc, token.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2
    return doc[token.i:end] if end > token.i + 1 else None


def _surname_like(text: str) -> bool:
    """One capitalised word, hyphens allowed, that is no acronym ("Boateng-Darko", not "NATO")."""
    return " " not in text and text[:1].isupper() and not text.isupper() \
        and all(part[:1].isupper() for part in text.split("-"))


def _shortens(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` written shorter: a surname alone, the end of the name
    ("Ortega da Cunha" of "Jose Manuel Ortega da Cunha"), or the name without middle names or
    initials ("George Bush" of "George W. Bush"), not with initials of its own; never with a title
    before the name.

    >>> _shortens("Ortega da Cunha", "Jose Manuel Ortega da Cunha"), _shortens("John Smith", "Joan Smith")
    (True, False)
    >>> _shortens("George Bush", "George H. W. Bush"), _shortens("George W. Bush", "George H. W. Bush")
    (True, False)
    """
    s, f = [name_key(w) for w in short.split()], [name_key(w) for w in full.split()]
    lex = lexicon()
    if len(s) >= len(f) or s[-1] != f[-1] or len(f) > 5 or any(  # six words: a list of names
            w.lower().rstrip(".") in lex.titles | lex.post_adjectives for w in full.split()):
        return False  # "Incumbent Boris Tadic" is no name
    if len(s) == 1 or f[-len(s):] == s:
        return True
    return len(s) == 2 and s[0] == f[0]  # "George W. Bush" is not "George H. W. Bush"
