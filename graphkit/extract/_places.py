"""Where a post is held: the country or the place inside a country a title names.

A title's country is its employer when written before the post ("Iranian president"), after
"of" or "from" ("President of France"), or after "for" when the post acts for it ("negotiator
for Iran", ``acting_posts.txt``); after "to", "for", "in" it is the post's field ("the envoy
to Sudan", "the adviser for Iraq and Afghanistan"). A place inside a country ("Scotland's
First Minister", "Premier of Western Australia") holds its own posts, not the country's
government: :mod:`graphkit.extract._posts` reads both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._postnames import is_title_word
from graphkit.extract.lexicon import lexicon
from graphkit.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.extract._lookup import ActorLookup

__all__ = ["country_word", "employer", "holding_place"]

#: prepositions after which a country is the post's field, not its employer ("the envoy to
#: Sudan", "the adviser for Iraq"), and after which it is (after acting posts) the one acted for.
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
_FIELD_PREPS = frozenset({"to", "for", "in", "at", "on", "with"})
_HYPHENS = frozenset({"-", "\u2011", "\u2013"})


def country_word(token: Token, index: ActorLookup) -> str | None:
    """The country a title word names ("French", "Kenya's"), if any; none for a word of a
    place inside a country ("Western Australia", "Northern Ireland")."""
    if token.pos_ not in ("PROPN", "ADJ", "NOUN") or not token.text[:1].isupper() \
            or _place(token, index):
        return None
    from graphkit.extract._posts import names_field, names_post

    if names_field(token):
        return None  # "Indian Affairs Minister": the portfolio's field

    actor = index.mention_at(token)
    if actor is not None and not names_post(actor):  # "Canadian Foreign Affairs": a portfolio
        return actor.label if actor.type == "Country" else None
    return load_gazetteer().country_of(token.text)


def employer(tokens: list[Token], head: Token, index: ActorLookup) -> str | None:
    """The country whose post the title names: one written before the post ("Iranian
    president") or after "of"/"from" ("President of France"), or after "for" when the post
    acts for it ("negotiator for Iran"); not the post's field ("the adviser for Iraq and
    Afghanistan", "the ambassador to Iraq")."""
    acting = head.lower_ in lexicon().acting_posts
    for tok in tokens:
        country = country_word(tok, index)
        if country is None or not _of_post(tok, head, {t.i for t in tokens}):
            continue
        prep = _governing_prep(tok)
        if tok.i > head.i and prep in _FIELD_PREPS and not (prep == "for" and acting):
            continue
        return country
    return None


def _of_post(token: Token, head: Token, inside: set[int]) -> bool:
    """The country word ``token`` qualifies the post ``head``: no comma stands between them
    ("president of Fiji, Commander X": Fiji is no commander's) and no noun that is no title
    in the title takes it on the way up ("former National University of Colombia director": the
    university's country, not the director's)."""
    doc = token.doc
    low, high = sorted((token.i, head.i))
    if any(t.text == "," for t in doc[low:high]):
        return False
    node = token
    for _ in range(8):
        if node.i == head.i or node.head.i == node.i:
            return True
        node = node.head
        if node.i not in inside:
            return True  # out of the title: the name it titles
        if node.i != head.i and node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in _PLACE_ENTS \
                and not is_title_word(node.lower_):
            return False
    return True


def _governing_prep(token: Token) -> str | None:
    """The preposition whose object ``token`` is, through conjuncts ("for Iraq and
    Afghanistan": "for" for both)."""
    node = token
    while node.dep_ in ("conj", "compound") and node.head.i != node.i:
        node = node.head
    return node.head.lower_ if node.dep_ == "pobj" else None


def holding_place(tokens: list[Token], head: Token, index: ActorLookup) -> str | None:
    """The place inside a country that holds the post: written before it ("Scotland's First
    Minister", "Western Australia's Premier") or after "of" ("Premier of New South Wales")."""
    for tok in tokens:
        if tok.i > head.i and _governing_prep(tok) != "of":
            continue
        mention = index.mention_at(tok)
        if mention is not None and mention.type in lexicon().org_types or \
                tok.i + 1 < len(tok.doc) and tok.nbor(1).text in _HYPHENS:
            continue  # an organisation's word; "Damascus-based chief": based there
        place = _place(tok, index)
        if place:
            return place
    return None


def _place(token: Token, index: ActorLookup) -> str | None:
    """The name of the place inside a country (a province, a state, a city) that ``token``
    is a word of, if any: the longest such name around it that is no country's name, or a
    region's name, abbreviation or demonym ("NSW", "South Australian": ``regions.tsv``)."""
    if not token.text[:1].isupper():
        return None
    key = f"place {token.i}"
    if key not in index.cache:
        index.cache[key] = region_name(token) or (_place_name(token) if token.pos_ == "PROPN" and
                                                   token.ent_type_ in ("GPE", "LOC", "FAC") else None)
    return index.cache[key]


def region_name(token: Token) -> str | None:
    """The region of the country a run of capitalised words around ``token`` names, by name,
    abbreviation or demonym, when the region lies in one country only."""
    from graphkit.knowledge import actor_knowledge

    doc = token.doc
    kb = actor_knowledge()
    for size in (3, 2, 1):
        for first in range(max(token.i - size + 1, 0), token.i + 1):
            words = doc[first:first + size]
            if len(words) == size and all(w.text[:1].isupper() for w in words):
                regions = {name for name, _ in kb.regions(words.text)}
                if len(regions) == 1:
                    return regions.pop()
    return None


def _place_name(token: Token) -> str | None:
    from graphkit.knowledge import actor_knowledge

    doc = token.doc
    gaz = load_gazetteer()
    kb = actor_knowledge()
    for size in (3, 2, 1):
        for first in range(token.i - size + 1, token.i + 1):
            words = doc[max(first, 0):first + size]
            if first < 0 or first + size > len(doc) or len(words) != size or \
                    not all(w.text[:1].isupper() and w.pos_ == "PROPN" for w in words):
                continue
            name = words.text
            if gaz.country_of(name):
                return None  # "Australia", "United Kingdom": a country
            if kb.place(name) is not None or any(
                    e.type == "Place" and e.country for e in gaz.lookup(name)):
                return None if _name_goes_on(words) else name
    return None


def _name_goes_on(words: Span) -> bool:
    """A capitalised word that is no title follows the place: a longer name starts with it
    ("Washington Post", "Texas Instruments")."""
    from graphkit.extract._posts import is_title_word

    doc = words.doc
    nxt = doc[words.end] if words.end < len(doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
        and not is_title_word(nxt.lower_)
