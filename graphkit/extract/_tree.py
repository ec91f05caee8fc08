"""Small dependency-tree helpers shared by the event and accusation extractors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract.lexicon import government_label, lexicon
from graphkit.vocab import verb_trigger

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from graphkit.model import Mention
if TYPE_CHECKING:
    from graphkit.extract.reference import ActorIndex

__all__ = ["RELATIVE", "child_of", "former_modified", "infinitive", "pobj", "prep_actors", "prep_objects", "same",
           "is_speech", "main_conjunct", "own_side", "in_amount",
           "hyphen_pieces"]

#: Relative pronouns: a clause they start speaks of the noun it modifies.
RELATIVE = frozenset({"who", "which", "that", "whom"})


def same(a: Mention, b: Mention) -> bool:
    """True when two mentions denote the same actor (one mention, one key, or one name; a
    generic agent with its country: Nigeria's troops are not Cameroon's)."""
    return a is b or (a.key is not None and a.key == b.key) or (
        a.label.lower() == b.label.lower() and a.type == b.type
        and (a.country == b.country or a.key is not None or a.label[:1].isupper()))


def own_clause(token: Token) -> bool:
    """True for a conjunct clause with a subject of its own after a comma ("he would send
    troops, and Democratic leaders rejected the plan"): not part of what a speech verb above
    its first conjunct reports."""
    head = token.head
    return token.dep_ == "conj" and child_of(token, "nsubj") is not None \
        and child_of(head, "nsubj") is not None \
        and any(c.dep_ == "punct" and head.i < c.i < token.i for c in head.children)


def child_of(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` with one of the dependency labels ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def infinitive(token: Token) -> bool:
    """``token`` is a verb written with its infinitive "to" ("to protest", "to resign")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def former_modified(token: Token) -> bool:
    """``token`` is a noun qualified as no longer belonging ("former", "ex", "retired":
    ``former_member_words.txt``; "former US soldiers", "a former minister of Iran")."""
    words = lexicon().former_member_words
    return any(c.dep_ == "amod" and c.lower_ in words for c in token.children)


def prep_objects(token: Token, words: tuple[str, ...]) -> Iterator[Token]:
    """The objects of ``token``'s prepositions among ``words`` ("with" of "attacked with
    cluster bombs": "bombs")."""
    for child in token.children:
        obj = child_of(child, "pobj") if child.dep_ == "prep" and child.lower_ in words else None
        if obj is not None:
            yield obj


def in_amount(noun: Token) -> Token:
    """The amount a noun says what it is made of ("$5 million in aid": "million"), which stands
    in the noun's place in the clause; else the noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" and head.head.i < head.i \
            and (head.head.like_num or head.head.tag_ == "CD"):
        return head.head
    return noun


def hyphen_pieces(token: Token) -> list[Token]:
    """The pieces of the hyphenated word ``token`` ends, where the parser left them as objects
    of one head side by side ("re", "-", "election" of "against X's re-election"); else
    ``token`` alone."""
    pieces = [token]
    doc = token.doc
    while pieces[0].i > 0:
        prev = doc[pieces[0].i - 1]
        if prev.whitespace_ or prev.head.i != token.head.i or prev.dep_ != token.dep_ or prev.i == token.head.i:
            break
        pieces.insert(0, prev)
    return pieces


def pobj(prep: Token) -> Token | None:
    """The object of a preposition, also of a compound one ("out of parliament"); of the
    pieces of a hyphenated word the parser left as objects side by side ("against the re -
    election of X"), the last, which is the word's head."""
    objs = [c for c in prep.rights if c.dep_ == "pobj"]
    if len(objs) > 1 and all(b.i == a.i + 1 for a, b in zip(objs, objs[1:], strict=False)):
        return objs[-1]
    obj = child_of(prep, "pobj", "pcomp")
    if obj is None:
        inner = child_of(prep, "prep")
        obj = child_of(inner, "pobj") if inner is not None else None
    return obj


def prep_actors(prep: Token | None, index: ActorIndex) -> list[Mention]:
    """The actors a preposition (or by-agent) introduces, if any."""
    obj = pobj(prep) if prep is not None else None
    return index.actors_for(obj) if obj is not None else []


def is_speech(verb: Token) -> bool:
    """True for a verb of saying (a STATEMENT trigger in the vocabulary)."""
    rel = verb_trigger(verb.lemma_)
    return rel is not None and rel.plover == "STATEMENT"


def main_conjunct(verb: Token) -> Token | None:
    """The main verb that a finite conjunct the parser hung inside a complement clause really
    shares its subject with: in "X denied that its fighters had attacked the post and accused
    the army", "accused" (simple past, no auxiliary) cannot continue "had attacked" and goes
    with "denied". None when ``verb`` is no such conjunct."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp" \
            or head.tag_ != "VBN" or child_of(verb, "aux", "auxpass", "nsubj") is not None:
        return None
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return None
    main = head.head
    return main if main.pos_ in ("VERB", "AUX") and main.i < head.i else None


def own_side(a: Mention, b: Mention, index: ActorIndex) -> bool:
    """True when ``a`` and ``b`` are one actor (a country and its own national government
    count as one side), or one is a person belonging to the other: by the article's
    memberships, or by a title between them ("army chief General X")."""
    if same(a, b):
        return True
    for state, gov in ((a, b), (b, a)):  # a country acting as a state and its own government
        if state.type == "Country" and gov.type == "Government" and state.country is not None \
                and gov.country == state.country and gov.label == government_label(state.country):
            return True
    for person, org in ((a, b), (b, a)):
        if person.type != "Person" or org.type == "Person":
            continue
        if org.type == "Country" and person.label.endswith(f" of {org.label}"):
            return True  # "the Prime Minister of Australia" and Australia
        own = index.organisation_of(person)
        if own is not None and same(own, org):
            return True
        if org.end <= person.start and _title_between(index.doc, org.end, person.start):
            return True
    return False


def _title_between(doc, start: int, end: int) -> bool:
    """True when the text between two offsets is only a title ("chief of staff General")."""
    span = doc.char_span(start, end, alignment_mode="expand") if end - start < 60 else None
    words = [t for t in span if not t.is_space] if span is not None else []
    return 0 < len(words) <= 6 and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ in ("of", "-") for t in words)
