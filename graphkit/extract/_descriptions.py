"""The forms the reference layer resolves, as mentions of the actor they denote.

The fact extractors ask :class:`~graphkit.extract.reference.ActorIndex` only about the
tokens their facts need. This pass asks about every definite description no mention covers
("the Prime Minister", "the agency", "the Council", "The opposition leader") and every group
written with its organisation's name ("members of the Taleban", "Bassiji militiamen"), so
that the actor table knows every form an article uses for an actor: a group that names its
organisation is another alias of it; a description says who is meant in its article only,
and is kept as the actor's description there (``Mention.description``), never as an alias.

Example:
    >>> from graphkit.extract.mentions import actor_mentions
    >>> from graphkit.extract.reference import ActorIndex
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("The Senate Judiciary Committee met. The Committee rejected it.")
    >>> mentions = actor_mentions(doc)
    >>> [(m.text, m.label, m.description) for m in described(doc, ActorIndex(doc, mentions), mentions)]
    [('The Committee', 'Senate Judiciary Committee', True)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._text import body_end, doc_text, tokens_tagged
from graphkit.extract.lexicon import lexicon
from graphkit.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract.reference import ActorIndex

__all__ = ["described"]

#: Determiners that make a description definite: it points at one actor of the article.
_DEFINITE = frozenset({"the", "this", "that", "its", "his", "her", "their"})


def described(doc: Doc, index: ActorIndex, mentions: list[Mention]) -> list[Mention]:
    """The descriptions and named groups of ``doc`` that ``index`` resolves to one of
    ``mentions``, as new mentions of that actor (same label, type, key and country).

    Args:
        doc: the processed document.
        index: the document's actor index.
        mentions: the document's mentions (:func:`~graphkit.extract.mentions.actor_mentions`).

    Returns:
        One mention per form, in text order; ``description`` is True for descriptions,
        False for groups that carry their organisation's name.
    """
    lex = lexicon()
    own = {id(m) for m in mentions}
    limit = body_end(doc_text(doc))
    out: list[Mention] = []
    for token in tokens_tagged(doc, "NOUN", "PROPN"):
        if token.idx >= limit:
            break
        if index.mention_at(token) is not None:
            continue
        word = token.lower_
        group = word in lex.member_nouns
        if not group and not _definite(token):
            continue
        actor = index.actor_for(token)
        if actor is None or id(actor) not in own:
            continue
        if group and actor.type in ("Country", "Place"):
            continue  # "U.S. Marines", "supporters of Israel": a country's people, not the country
        person = word in lex.person_nouns or word in lex.head_titles
        named = actor.label.lower().split()
        last = named[-1] if len(named) > 1 else None  # the last word of a name of two or more
        if not (group or person or word in lex.anaphor_nouns or word == last
                or last in lex.kind_nouns.get(word, ())):
            continue  # the noun does not denote the actor ("the weapon, a government that works")
        if (actor.type == "Person") != (person and not group):
            continue  # "the MQM lawmaker" read as the MQM: a stand-in, not what the words mean
        span = _group_span(doc, token, actor) if group else _description_span(doc, token)
        if span is None:
            continue
        out.append(Mention(text=span.text, label=actor.label, type=actor.type,
                           start=span.start_char, end=span.end_char, key=actor.key,
                           country=actor.country, cameo=actor.cameo, description=not group))
    return out


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


def _description_span(doc: Doc, token: Token) -> Span | None:
    """The description as written: the head and the words before it ("the previous
    Prime Minister"); None when a name is among them ("the United Nations Relief and Works
    Agency" is a name the mentions missed, no description)."""
    start = min([c.left_edge.i for c in token.lefts] + [token.i])
    titles = lexicon().titles | lexicon().rankers
    if any(t.pos_ == "PROPN" and t.lower_ not in titles for t in doc[start:token.i]):
        return None
    return doc[start:token.i + 1]


def _group_span(doc: Doc, token: Token, org: Mention) -> Span | None:
    """A group as written with its organisation ("members of the Taleban", "Bassiji
    militiamen"), without the words that count or rank it ("senior members", "many
    Republican lawmakers"); None when the organisation is not written inside it ("its
    members", "Hamas and Fatah officials") or a noun that ends names of bodies stands between
    ("White House press corps members"; not "UN aid workers")."""
    start = token.i
    if org.start < token.idx:  # "Bassiji militiamen": from the organisation's name on
        if org.start < doc[token.left_edge.i].idx:
            return None  # "its leaders": the organisation is named elsewhere
        start = next((t.i for t in doc[:token.i] if t.idx >= org.start), token.i)
        lex = lexicon()
        bodies = lex.org_heads.keys() | lex.named_heads.keys() | lex.security_units
        if any(t.lower_ in bodies and t.idx >= org.end for t in doc[start:token.i]):
            return None  # "White House press corps members": members of the press corps
    end = token.i + 1
    if org.start > token.idx:  # "members of the Taleban"
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or not doc[obj.left_edge.i].idx <= org.start < org.end == obj.idx + len(obj):
            return None  # "members, who later joined Hamas", "candidates of the Liberal leadership"
        end = next(t.i for t in doc[obj.left_edge.i:] if t.idx + len(t) >= org.end) + 1
    span = doc[start:end]
    inside = span.start_char <= org.start and org.end <= span.end_char
    if not inside or any(t.dep_ in ("cc", "conj") for t in span):
        return None
    return span
