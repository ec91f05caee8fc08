"""Organisations and posts read off the words next to a name when no title phrase gives them.

"Richard Baxter of the Harvard Law School", "Labour's Gordon Brown", "Senator Dick Durbin
(D-IL)": an organisation with no post; "Greens co-chair Anja Roth" when the parse mangles the
title; "the leader of the Democratic Alliance Party, Peter Omondi"; "X, who heads the Y".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphkit.extract._party_labels import party_mention
from graphkit.extract._portfolios import portfolio_of
from graphkit.extract._posts import TITLE_BITS, names_post
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract._lookup import ActorLookup
    from graphkit.model import Mention

__all__ = ["led", "of_organisation", "surface_title"]

#: "Senator X (D-IL)", "(R-Texas)": the party letter after a legislator's name.
_PARTY_LETTER = re.compile(r"\s*\(\s*([A-Z])\s*[-\u2013,]\s*[A-Z][A-Za-z.]*\s*\)")


def of_organisation(span: Span, index: ActorLookup) -> list[Mention]:
    """The organisation a name is tied to with no post: "Richard Baxter of the Harvard Law
    School", "John Smith, of the Cato Institute, said", "Labour's Gordon Brown", "Senator
    Dick Durbin (D-IL)"."""
    doc = span.doc
    orgs = lexicon().org_types - {"Government"}
    i = span.end
    set_off = i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "of"
    i += set_off
    if i + 1 < len(doc) and doc[i].lower_ == "of":
        tok = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
        actor = index.mention_at(tok)
        if actor is not None and actor.type in orgs and (not set_off or _set_off_ends(actor, doc)):
            return [actor]
    if span.start >= 2 and (doc[span.start - 1].lower_ in ("'s", "\u2019s") or doc[
            span.start - 1].text in ("'", "\u2019") and doc[span.start - 2].lower_.endswith("s")):
        actor = index.mention_at(doc[span.start - 2])  # "Labour's X", "the Lib Dems' X"
        if actor is not None and actor.type in orgs:
            return [actor]
    label = _PARTY_LETTER.match(index.text, span.end_char)
    if label is not None:
        party = party_mention(label.group(1), label.start(1), label.end(1), index)
        if party is not None:
            return [party]
    return []


def _set_off_ends(actor: Mention, doc: Doc) -> bool:
    """The organisation of a name's set-off "of" phrase closes it: a comma, a full stop or a
    dash follows ("Smith, of the Cato Institute, said"), not more words of a phrase
    ("Smith, of the Cato Institute's board")."""
    after = doc.char_span(actor.end, actor.end + 1, alignment_mode="expand")
    return after is None or not len(after) or after[0].is_punct and after[0].text not in ("'s", "\u2019s")


def surface_title(span: Span, index: ActorLookup) -> tuple[Mention, str] | None:
    """An organisation and post written right before the name, read off the words when
    the parse mangles them: "SPD co-leaders Lena Vogt (and Tobias Kessler)", "Greens
    co-chair Anja Roth", "army chief of staff General Osman Abdelrahim"."""
    lex = lexicon()
    doc = span.doc
    start = span.start
    if start >= 2 and doc[start - 1].lower_ == "and":
        prev = index.mention_at(doc[start - 2])
        if prev is not None and prev.type == "Person":
            first = doc.char_span(prev.start, prev.end, alignment_mode="expand")
            if first is not None and first.end == start - 1:
                return surface_title(first, index)
    if start >= 4 and doc[start - 1].text == ",":
        found = _post_of(doc[start - 2], index)
        if found is not None:
            return found
    i = start - 1
    org: Mention | None = None
    org_end = start
    while i >= 0 and start - i <= 8:
        tok = doc[i]
        actor = index.mention_at(tok)
        if actor is not None and actor.type in lex.org_types and not names_post(actor):
            org_end = org_end if actor is org else i + 1
            org = actor
            i -= 1
            continue
        if actor is not None or org is not None:
            break
        word = tok.lower_
        if tok.is_space or "\n" in tok.whitespace_ or tok.is_punct and word not in TITLE_BITS:
            break
        if word in TITLE_BITS or word.rstrip(".") in lex.title_words or word in lex.title_words or \
                word.endswith("s") and word[:-1] in lex.title_words or \
                tok.is_lower and tok.pos_ in ("NOUN", "ADJ"):
            i -= 1
            continue
        break
    if org is None or org_end < start and portfolio_of(org, doc[org_end]):
        return None  # "Police Minister X": the portfolio, no body of hers
    words = [t for t in doc[org_end:start]]
    while words and words[-1].lower_ in lex.ranks and words[-1].text[:1].isupper():
        words.pop()
    if not any((t.lower_ in lex.posts or t.lower_[:-1] in lex.posts)
               and t.lower_ not in lex.ranks for t in words):
        return None
    last = words[-1]
    if org.type != "MediaOutlet" and (last.lower_ in lex.beat_posts
                                      or last.lower_[:-1] in lex.beat_posts):
        return None  # "White House correspondent": the beat, not the employer
    role = "".join(t.text_with_ws for t in words).strip().replace(" - ", "-").replace("- ", "-")
    if last.lower_.endswith("s") and last.lower_[:-1] in lex.title_words:
        role = role[:-1]
    return org, role


def _post_of(last: Token, index: ActorLookup) -> tuple[Mention, str] | None:
    """"the leader of the Democratic Alliance Party, Peter Omondi": ``last`` ends the
    organisation; the post is the title noun (with its modifiers) before "of"."""
    lex = lexicon()
    org = index.mention_at(last)
    if org is None and last.is_title and last.i:
        org = index.mention_at(last.doc[last.i - 1])
    if org is None or org.type not in lex.org_types:
        return None
    doc = last.doc
    first = doc.char_span(org.start, org.end, alignment_mode="expand")
    if first is None:
        return None
    i = first.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in lex.title_words:
        return None
    title = doc[i - 1]
    if title.dep_ in ("attr", "oprd"):
        return None  # "Despite Bhutto being the new head of the PPP, Zardari": Bhutto's
    words = [t for t in title.lefts if t.dep_ in ("amod", "compound") and t.is_lower]
    return org, " ".join(t.text for t in [*words, title])


def led(span: Span, index: ActorLookup) -> Iterator[tuple[Mention, str]]:
    """"X, who heads the Y" / "X, who founded the Y party": (organisation, role)."""
    lex = lexicon()
    for clause in span.root.children:
        role = lex.lead_verbs.get(clause.lemma_.lower()) if clause.dep_ == "relcl" else None
        if role is None or not any(c.lower_ in ("who", "that") for c in clause.children):
            continue
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            for tok in [obj, *obj.subtree]:
                actor = index.actor_for(tok)
                if actor is not None and actor.type in lex.org_types:
                    yield actor, role
                    break
