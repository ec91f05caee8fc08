"""Titles: the posts and memberships an article gives a person, for affiliations and reference.

A title before the name ("MQM spokesman Nasir Jamal", "PTI Vice Chairman Shah Mehmood
Qureshi"), an apposition ("Shazia Marri, a PPP Member of National Assembly", "Siddiqui, the
party's deputy convener": the party just named), a relative clause ("X, who heads the Y") or
a post read off the words when the parse mangles them ("Greens co-chair Anja Roth") gives a
:class:`Membership`. :mod:`graphkit.extract.affiliations` turns them into MEMBER_OF and ROLE
relations; :class:`~graphkit.extract.reference.ActorIndex` reads "his party" with them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from graphkit.extract._text import body_end
from graphkit.extract.lexicon import lexicon
from graphkit.gazetteer import load_gazetteer
from graphkit.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract._lookup import ActorLookup

__all__ = ["Membership", "memberships"]

_SKIP = {"det", "punct", "case", "cc", "predet"}
_FILLER = {"another", "a", "an", "the", "its", "his", "her", "their", "our", "also"}
_TITLE_BITS = frozenset({"co", "-", "\u2011", "of", "vice", "deputy", "acting", "interim"})


class Membership(NamedTuple):
    """A person's title as the text gives it, with the organisation and country it names."""

    person: Mention
    org: Mention | None
    role: str
    sentence: Span
    country: str | None = None
    #: the title as an office ("former president of European Council"), for ROLE.
    office: str | None = None


def memberships(doc: Doc, index: ActorLookup) -> Iterator[Membership]:
    """Each membership or title the article states, in text order.

    The organisation comes first from a modifier of the title ("PPP Member"), else from the
    outermost organisation of an "of" chain ("chief of the Cell of the CID of Karachi Police"
    yields the CID and Karachi Police).
    """
    limit = body_end(index.text)
    for person in index.mentions:
        if person.type != "Person" or person.start >= limit:
            continue
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            continue
        for org, led in _led(span, index):
            yield Membership(person, org, led, index.sent(span.root))
        found = False
        for tokens in _title_phrases(span):
            orgs, role, country = _read_title(tokens, span, index)
            if not role:
                continue
            sent = index.sent(span.root)
            if not orgs:
                yield Membership(person, None, role, sent, country,
                                 f"{role} of {country}" if country else role)
            for org in orgs:
                found = True
                yield Membership(person, org, role, sent, country,
                                 role if " of " in f" {role} " else f"{role} of {org.label}")
        if not found:
            surface = _surface_title(span, index)
            if surface is not None:
                org, role = surface
                yield Membership(person, org, role, index.sent(span.root), None,
                                 f"{role} of {org.label}")


def _title_phrases(span: Span) -> list[list[Token]]:
    """Token runs that title the person: prenominal modifiers and appositions."""
    lex = lexicon()
    doc = span.doc
    root = span.root
    phrases = []
    left = [t for t in doc[root.left_edge.i:span.start] if t.dep_ not in ("punct",)]
    inside = {t.i for t in left} | set(range(span.start, span.end))
    if left and all(t.head.i >= t.i or t.head.i in inside for t in left):
        phrases.append(left)
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.lower_ not in ("(", ")"):
            phrases.extend(_appos_phrases(child))
    if root.dep_ == "appos" and root.head.i < span.start:
        phrases.extend(_appos_phrases(root.head, stop=span.start))
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for attr in root.head.children:
            if attr.dep_ == "attr" and attr.lower_ in lex.title_words:
                phrases.extend(_appos_phrases(attr))
    return phrases


def _surface_title(span: Span, index: ActorLookup) -> tuple[Mention, str] | None:
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
                return _surface_title(first, index)
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
        if actor is not None and actor.type in lex.org_types:
            org, org_end = actor, i + 1
            i -= 1
            continue
        if actor is not None or org is not None:
            break
        word = tok.lower_
        if word in _TITLE_BITS or word.rstrip(".") in lex.title_words or word in lex.title_words or \
                word.endswith("s") and word[:-1] in lex.title_words or \
                tok.is_lower and tok.pos_ in ("NOUN", "ADJ"):
            i -= 1
            continue
        break
    if org is None:
        return None
    words = [t for t in doc[org_end:start]]
    while words and words[-1].lower_ in lex.ranks and words[-1].text[:1].isupper():
        words.pop()
    if not any(t.lower_ in lex.posts or t.lower_[:-1] in lex.posts for t in words):
        return None
    role = "".join(t.text_with_ws for t in words).strip().replace(" - ", "-").replace("- ", "-")
    last = words[-1]
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
    words = [t for t in title.lefts if t.dep_ in ("amod", "compound") and t.is_lower]
    return org, " ".join(t.text for t in [*words, title])


def _led(span: Span, index: ActorLookup) -> Iterator[tuple[Mention, str]]:
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


def _appos_phrases(head: Token, *, stop: int | None = None) -> list[list[Token]]:
    """The apposition headed by ``head`` and its conjuncts, each as its own phrase."""
    out = []
    for node in [head, *[c for c in head.children if c.dep_ == "conj"]]:
        skip = {t.i for c in node.children if c.dep_ in ("conj", "cc", "relcl", "acl")
                for t in c.subtree}
        skip |= {c.i for c in node.children if c.dep_ == "cc"}
        tokens = [t for t in node.subtree if t.i not in skip and (stop is None or t.i < stop)]
        if node.i == head.i:
            tokens = [t for t in tokens if not (t.dep_ == "conj" and t.head.i == head.i)]
        if tokens:
            out.append(tokens)
    return out


def _read_title(tokens: list[Token], person: Span, index: ActorLookup
                ) -> tuple[list[Mention], str | None, str | None]:
    """Organisations, the role text and the country in a title phrase."""
    lex = lexicon()
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    head = roots[0] if len(roots) == 1 and roots[0].lower_ in lex.title_words else \
        max(tokens, key=lambda t: t.i if t.lower_ in lex.title_words else -1)
    words = [t for t in tokens if t.lower_ in lex.title_words or t.lower_.rstrip(".") in lex.title_words]
    if not words:
        return [], None, None
    before, chain = [], []
    seen: set[int] = set()
    cut = None
    for tok in tokens:
        if tok.i in range(person.start, person.end) or \
                tok.lower_ in lex.title_words and index.mention_at(tok) is None:
            continue
        actor = index.actor_for(tok) if tok.pos_ in ("PROPN", "NOUN", "PRON", "DET") or \
            tok.dep_ == "poss" or index.mention_at(tok) is not None else None
        if actor is None or actor.type not in lex.org_types or id(actor) in seen:
            continue
        if actor.label == person.text:
            continue
        seen.add(id(actor))
        if tok.i < head.i:
            before.append((tok, actor))
        else:
            chain.append((tok, actor))
            if cut is None:
                cut = tok
    org_tokens = set()
    for tok, actor in before:
        org_tokens |= _mention_tokens(tok, actor)
    if before:
        chain, cut = [], None
    first = next((t for t in tokens if t.i not in org_tokens), None)
    role_tokens = [t for t in tokens if t.i not in org_tokens and t.dep_ not in _SKIP - {"det"}
                   and not (t.dep_ == "det" and (first is None or t.i <= first.i
                                                 or t.head.i == head.i))
                   and t.lower_ not in _FILLER - {"the"} and t.dep_ != "poss"
                   and t.i not in range(person.start, person.end)
                   and (cut is None or t.i < _of_before(cut))
                   and _country(t, index) is None]
    while len(role_tokens) > 1 and role_tokens[-1].lower_ in lex.ranks \
            and role_tokens[-1].text[:1].isupper() and role_tokens[-2].is_lower and any(
            t.lower_ in lex.title_words - lex.ranks for t in role_tokens[:-1]):
        role_tokens.pop()
    country = next((c for c in map(lambda t: _country(t, index), tokens) if c), None)
    role = " ".join(t.text for t in role_tokens).replace(" - ", "-").strip(" ,")
    orgs = [a for _, a in before] or ([chain[0][1]] + ([chain[-1][1]] if len(chain) > 1 else [])
                                      if chain else [])
    return orgs, role or None, country


def _of_before(token: Token) -> int:
    """Index where the "of the <org>" attaching an organisation to a role starts."""
    i = token.i
    doc = token.doc
    while i > 0 and (doc[i - 1].dep_ in ("det", "compound", "amod", "punct", "nmod", "case",
                                         "poss") or
                     doc[i - 1].lower_ in ("the", "of", "in", "at", "for", "with")):
        i -= 1
        if doc[i].lower_ in ("of", "in", "at", "for", "with"):
            return i
    return token.i


def _mention_tokens(token: Token, actor: Mention) -> set[int]:
    doc = token.doc
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    found = {token.i}
    if span is not None and span.start <= token.i < span.end:
        found |= set(range(span.start, span.end))
    if token.dep_ == "poss":
        found |= {t.i for t in token.subtree}
    return found


def _country(token: Token, index: ActorLookup) -> str | None:
    """The country a title word names ("French", "Kenya's"), if any."""
    if token.pos_ not in ("PROPN", "ADJ", "NOUN") or not token.text[:1].isupper():
        return None
    actor = index.mention_at(token)
    if actor is not None:
        return actor.label if actor.type == "Country" else None
    return load_gazetteer().country_of(token.text)
