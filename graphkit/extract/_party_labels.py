"""Party labels and adjectives in a title phrase ("Tory leader", "fellow Democrat X", "Senator
X (D-IL)"): the party they stand for, the gazetteer's party of the article's country first
(``party_labels.tsv``)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from graphkit.extract._postnames import is_title_word
from graphkit.extract.lexicon import lexicon
from graphkit.gazetteer import load_gazetteer
from graphkit.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.extract._lookup import ActorLookup

__all__ = ["next_to", "party_at", "party_label", "party_mention"]


def party_label(token: Token, index: ActorLookup) -> Mention | None:
    """The party a capitalised party label ("Republican", "Tory", "Lib Dem") stands for."""
    lex = lexicon()
    mention = index.mention_at(token)
    if not token.text[:1].isupper() or mention is not None and (
            mention.type in lex.org_types or mention.text.lower() not in lex.party_labels):
        return None
    doc = token.doc
    text, end = token.lower_, token.i + 1
    if end < len(doc) and f"{text} {doc[end].lower_}" in lex.party_labels:
        text, end = f"{text} {doc[end].lower_}", end + 1
    if len(text) < 2 or _inside_name(doc[token.i:end]):
        return None
    span = doc[token.i:end]
    return party_mention(text, span.start_char, span.end_char, index)


def party_at(token: Token, index: ActorLookup, named: bool = False) -> Mention | None:
    """The party mention the mentions pass made of a party adjective that is no gazetteer
    name ("fellow Democrat X"), or (``named``) any party mention."""
    mention = index.mention_at(token)
    return mention if mention is not None and mention.type == "PoliticalParty" \
        and (named or not token.ent_kb_id_) else None


def next_to(token: Token, person: Span, index: ActorLookup) -> bool:
    """The mention ``token`` is in ends right before the name ("Social Democrat X")."""
    mention = index.mention_at(token)
    return mention is not None and not index.text[mention.end:person.start_char].strip()


def _inside_name(span: Span) -> bool:
    """The label is a word of a longer name ("Independent Democratic Pole", "Social
    Democratic Party"), not a label of its own."""
    lex = lexicon()
    doc = span.doc
    prev = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.pos_ == "PROPN" and prev.is_title and not (
            is_title_word(prev.lower_) or prev.lower_ in lex.ranks):
        return True
    return after is not None and (after.lower_ in lex.org_heads or after.lower_ in lex.named_heads)


def party_mention(label: str, start: int, end: int, index: ActorLookup) -> Mention | None:
    """The party ``label`` (a key of ``party_labels.tsv``) names, as a mention of the text
    between ``start`` and ``end``: the gazetteer's party of the article's country first."""
    names = lexicon().party_labels.get(label.lower())
    if not names:
        return None
    country = _article_country(index)
    gaz = load_gazetteer()
    entries = [e for name in names for e in gaz.lookup(name) if e.type == "PoliticalParty"]
    entry = next((e for e in entries if e.country == country), entries[0] if entries else None)
    text = index.text[start:end]
    if entry is None:
        return Mention(text=text, label=names[0], type="PoliticalParty", start=start, end=end,
                       country=country)
    return Mention(text=text, label=entry.label, type=entry.type, start=start, end=end,
                   key=entry.id, country=entry.country)


def _article_country(index: ActorLookup) -> str | None:
    """The country most mentions of the article are tied to."""
    if "country" not in index.cache:
        votes = Counter(m.country for m in index.mentions if m.country)
        index.cache["country"] = votes.most_common(1)[0][0] if votes else None
    return index.cache["country"]
