"""Portfolios and posts left: the words of a title phrase that name what a minister holds, not
whom, and the verbs by which a person leaves a post.

A minister's or secretary's portfolio the recogniser took for an organisation ("Shadow Home
Secretary", "Minister for Workplace Relations") is part of the post, never a body the holder
belongs to; a post left ("resigned as party leader") is still the person's, "former" once left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphkit.extract._lookup import ActorLookup
    from graphkit.model import Mention

__all__ = ["leaves_post", "left_post", "mention_tokens", "portfolio_after", "portfolio_of",
           "portfolio_word", "unknown_org"]

#: Bodies a minister written right after their name belongs to.
_MINISTERS_BODIES = frozenset({"PoliticalParty", "Government", "GovernmentBody"})
#: the posts that hold a portfolio ("Home Secretary", "Minister for Health")
_PORTFOLIO_POSTS = frozenset({"minister", "secretary"})


def portfolio_of(actor: Mention, head: Token) -> bool:
    """An organisation written right before the title ``head`` "minister" is the minister's
    portfolio ("Police Minister", "Aboriginal Affairs Minister"), not the minister's body; a
    party or a government body there is ("Labour minister", "cabinet minister"). Before
    "secretary" only a name no dictionary knows is ("Shadow Home Secretary"; the "UN" of "UN
    Secretary" is the body)."""
    post = head.lemma_.lower()
    return (post == "minister" and actor.type not in _MINISTERS_BODIES
            or post == "secretary" and unknown_org(actor)) \
        and head.i > 0 and head.doc[head.i - 1].idx < actor.end <= head.idx


def unknown_org(actor: Mention) -> bool:
    """An organisation only the recogniser found, of no known kind."""
    return actor.type == "Organization" and actor.key is None


def portfolio_after(token: Token, actor: Mention, head: Token) -> bool:
    """``token`` of an organisation no dictionary knows is governed by "for" after a minister
    or secretary: the post's portfolio ("Minister for Workplace Relations", "Secretary of
    State for Health"), not its body."""
    if token.i <= head.i or head.lemma_.lower() not in _PORTFOLIO_POSTS or not unknown_org(actor):
        return False
    for i in mention_tokens(token, actor):
        node = token.doc[i]
        while node.i != head.i and node.head.i != node.i and node.i > head.i:
            if node.dep_ == "prep" and node.lower_ == "for":
                return True
            node = node.head
    return False


def portfolio_word(token: Token, head: Token, index: ActorLookup) -> bool:
    """``token`` is a word of a portfolio after the post ("and" of "Minister for Family and
    Community Services"): the post's words keep it."""
    actor = index.mention_at(token)
    return actor is not None and portfolio_after(token, actor, head)


def leaves_post(verb: Token) -> bool:
    """``verb`` is one by which its subject leaves a post ("resigned", "stepped down"):
    ``leaving_verbs.txt``, a verb with its particle."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    return lemma in lexicon().leaving_verbs or any(
        f"{lemma} {p}" in lexicon().leaving_verbs for p in particles)


def left_post(head: Token) -> bool:
    """The post ``head`` is one its holder is told to have left ("resigned as prime minister
    and party leader": both)."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "as" and leaves_post(prep.head) \
        and _done(prep.head)


def _done(verb: Token) -> bool:
    """``verb`` is told as done ("resigned", "has stepped down"), not still to come ("will
    resign", "is to step down")."""
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def mention_tokens(token: Token, actor: Mention) -> set[int]:
    """The tokens of the mention of ``actor`` that ``token`` is a word of (a possessive with
    its whole phrase)."""
    doc = token.doc
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    found = {token.i}
    if span is not None and span.start <= token.i < span.end:
        found |= set(range(span.start, span.end))
    if token.dep_ == "poss":
        found |= {t.i for t in token.subtree}
    return found
