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

from graphkit.extract._posts import TITLE_BITS, Reading, office_for, read_title
from graphkit.extract._text import body_end
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract._lookup import ActorLookup
    from graphkit.model import Mention

__all__ = ["Membership", "memberships"]


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
        sent = index.sent(span.root)
        for tokens in _title_phrases(span):
            reading = read_title(tokens, span, index)
            if reading.rank:
                yield Membership(person, None, reading.rank, sent, None, reading.rank)
            if not reading.role and not reading.orgs:
                continue
            if not reading.orgs:
                yield Membership(person, None, reading.role or "", sent, reading.country,
                                 office_for(reading, None))
            for org in reading.orgs:
                found = True
                yield Membership(person, org, reading.role or "", sent, reading.country,
                                 office_for(reading, org))
        if not found:
            surface = _surface_title(span, index)
            if surface is not None:
                org, role = surface
                yield Membership(person, org, role, sent, None, office_for(
                    Reading([org], role, None), org))


def _title_phrases(span: Span) -> list[list[Token]]:
    """Token runs that title the person: prenominal modifiers and appositions."""
    lex = lexicon()
    doc = span.doc
    root = span.root
    phrases = []
    first = root.left_edge.i
    for tok in doc[first:span.start]:
        if tok.is_quote or tok.text in (",", ";", ":", "(", ")"):
            first = tok.i + 1
    left = [t for t in doc[first:span.start] if t.dep_ not in ("punct",)]
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
        if word in TITLE_BITS or word.rstrip(".") in lex.title_words or word in lex.title_words or \
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
