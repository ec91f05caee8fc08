"""Titles in lists: a phrase of two posts joined by a comma or "and" ("chief fundraiser and
Middle East envoy"), and a post before "and" that the parse hung elsewhere ("NDP member and
now first time MP X"), read one post at a time for :mod:`graphkit.extract._titles`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._posts import is_title_word, someone_else

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.extract._lookup import ActorLookup

__all__ = ["INNER_PREPS", "at_commas", "coordinated_before", "phrase_word"]

#: prepositions inside a post ("leader of the opposition", "prosecutor in Abeche").
INNER_PREPS = frozenset({"of", "for", "in", "at", "to"})


def at_commas(words: list[Token]) -> list[list[Token]]:
    """A phrase of two titles set off by a comma, each read on its own ("the Judiciary
    Committee chairman, Michigan Rep.": the committee is no Rep.'s; "president of Fiji,
    Commander": Fiji is no commander's); a part with no title word stays with the one before
    it ("Secretary of State for Foreign, Commonwealth and Development Affairs"). Two titles
    joined by "and" are read the same way ("chief fundraiser and Middle East envoy")."""
    parts: list[list[Token]] = [[]]
    for tok in words:
        if (tok.text == "," or tok.lower_ == "and" and tok.dep_ == "cc") and parts[-1]:
            parts.append([tok] if tok.text != "," else [])
        elif tok.text != ",":
            parts[-1].append(tok)
    parts = [p for p in parts if p and p != [p[0]] or p and p[0].lower_ != "and"]
    if sum(any(is_title_word(t.lower_) for t in p) for p in parts) < 2:
        return [words]
    out: list[list[Token]] = []
    for part in parts:
        if out and not any(is_title_word(t.lower_) for t in part):
            out[-1].extend(part)  # "and" kept: "Minister of Trade and Industry"
        else:
            out.append([t for t in part if t.lower_ != "and"] if part[0].lower_ == "and" else part)
    return out


def coordinated_before(phrases: list[list[Token]], span: Span, index: ActorLookup
                        ) -> list[list[Token]]:
    """The title joined by "and" before the title that ends at the name, which the parse
    hung elsewhere ("NDP member and now first-time MP X", "the party's chief fundraiser and
    Middle East envoy, X"): a phrase of its own, unless a preposition ties it to someone
    else ("the wife of the president and MP X")."""
    doc = span.doc
    before = [t.i for p in phrases for t in p if t.i < span.start]
    first = min(before, default=0)
    if first < 2 or doc[first - 1].lower_ != "and":
        return []
    post = doc[first - 2]
    if not is_title_word(post.lower_) or post.tag_ not in ("NN", "NNP") \
            or index.mention_at(post) is not None:
        return []
    start = post.i
    inside = {t.i for t in post.subtree}
    while start - 1 in inside and phrase_word(doc[start - 1], index) \
            and not someone_else(doc[start - 1], span, index):
        start -= 1
    prev = doc[start - 1] if start else None
    if prev is not None and prev.pos_ == "ADP" and prev.lower_ != "by":
        return []
    if prev is not None and prev.text == "," and start > 1 \
            and someone_else(doc[start - 2], span, index):
        return []  # "Y, the senator and former President X": the senator is Y
    return [list(doc[start:post.i + 1])]


def phrase_word(token: Token, index: ActorLookup) -> bool:
    """A word that can stand inside a title phrase: nouns, adjectives, names, determiners,
    possessives and the prepositions of a post ("of", "for", "in", "to")."""
    if token.is_punct:
        return token.text in (".", "-", "\u2011", "'s", "\u2019s", "'", "\u2019")
    if token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"):
        return token.lower_ not in ("who", "which", "that")
    return token.lower_ in INNER_PREPS or token.tag_ == "POS" or (
        token.pos_ == "VERB" and token.tag_ == "VBN" and token.i > 0
        and token.nbor(-1).text == "-")
