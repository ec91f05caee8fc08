"""What a phrase around an event trigger says of actors, before anyone is chosen as a source
or target: the shape of the found arguments (:class:`Args`), the event a noun names
(:func:`event_noun`), the actor a non-actor phrase belongs to or is directed at
(:func:`owner_of`: "a police post", "an offer from Kabul", "arms exports to China"), the
holder a post is given to by apposition, and the text of a literal target.

The layers above read this module and never the reverse: :mod:`graphkit.extract._doers` (who
acts), :mod:`graphkit.extract._conditions` (conditions, refusals, consequences) and
:mod:`graphkit.extract._arguments` (sources and targets of one trigger).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.extract._tree import RELATIVE, child_of, former_modified, hyphen_pieces, pobj
from graphkit.extract.lexicon import lexicon
from graphkit.vocab import noun_trigger, verb_trigger

if TYPE_CHECKING:

    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention
    from graphkit.vocab import RelationDef

__all__ = ["Args", "INSTRUMENT", "OBJECT_PREPS", "ON_TARGET", "SYMMETRIC", "TARGETLESS",
           "addressed_preps", "antecedent", "event_noun", "headline_verb", "literal_text", "named_holder",
           "nearest_subject", "owner_of", "prep_object"]


#: Prepositions that introduce an event's target ("threat to", "sanctions on", "talks with").
OBJECT_PREPS = frozenset({"to", "on", "against", "with", "at", "into", "upon", "toward",
                          "towards", "over", "between"})
#: Relations where co-subjects act on each other ("Colombia and the FARC signed an accord").
SYMMETRIC = frozenset({"sign", "agree", "meet", "negotiate", "consult", "cooperate", "ally",
                       "fight", "ceasefire"})
#: Classes whose events need no target (PLOVER): a protest, a mobilisation.
TARGETLESS = frozenset({"PROTEST", "MOBILIZE"})
#: Classes whose direct object is the actor's own force ("deployed troops to"), not a target.
INSTRUMENT = frozenset({"MOBILIZE", "RETREAT"})
#: Prepositions that end a literal target phrase ("two engineers | in Nigeria").
_LITERAL_STOP = frozenset({"in", "at", "near", "outside", "inside", "during", "across",
                           "around", "from", "after", "before", "since", "amid", "for"})
_MAX_LITERAL = 100


@dataclass(slots=True)
class Args:
    """The actors around one trigger, before polarity."""

    agents: list[Mention]
    targets: list[Mention]
    value: str | None
    confidence: float
    #: the parties act on each other ("X and Y clashed", "the fighting between X and Y")
    mutual: bool = False
    #: each party did the act to the other, whatever its class ("blamed each other")
    reciprocal: bool = False
    #: the act stands with no target: a military retreat ("the troops pulled back")
    complete: bool = False


def headline_verb(token: Token) -> bool:
    """A verb the tagger took for a plural noun in a headline ("Opposition rejects call"):
    a root noun in -s with a direct object."""
    return (token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN")
            and token.lower_.endswith("s") and child_of(token, "dobj") is not None)


def nearest_subject(verb: Token) -> Token | None:
    """The subject of ``verb``: of two (a dateline "NAIROBI, Nov 22 (GNW) - Police fired"),
    the one nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    chosen = before or subjects
    return chosen[-1] if chosen else None


def named_holder(token: Token, index: ActorIndex) -> list[Mention]:
    """The person a post is given to by apposition: "the leader of the party, Peter Omondi"
    (the parser hangs the name on "party"), also after a second post ("the military leader
    and president of Fiji, Commander Frank Bainimarama")."""
    posts = [token] + [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    heads = posts + [o for p in posts for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in [pobj(c)] if o is not None]
    for head in heads:
        for child in head.children:
            found = index.actor_for(child) if child.dep_ == "appos" else None
            if found is not None and found.type == "Person":
                return [found]
    return []


def addressed_preps(word: Token) -> frozenset[str]:
    """The prepositions whose object is not the target of ``word``: whom it turns to ("complained
    to"), what it protects against ("defended X against"): ``not_target_preps.tsv``."""
    return lexicon().not_target_preps.get(word.lemma_.lower(), frozenset())


def prep_object(token: Token) -> Token | None:
    """The object of a target preposition on ``token`` ("an attack on a mosque")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
            return pobj(child)
    return None


def antecedent(pronoun: Token, noun: Token) -> Token:
    """What the relative ``pronoun`` of a clause the parser hung on ``noun`` stands for: the
    event a "which" follows when ``noun`` is only a common noun in that event's target phrase
    ("Colombia's air strike against FARC rebels, which Ecuador condemned": the strike; people
    would be "who"), else ``noun`` (an "of" phrase may name the event's own doers)."""
    if pronoun.lower_ != "which" or noun.pos_ != "NOUN" or noun.dep_ != "pobj" \
            or noun.head.lower_ == "of":
        return noun
    owner = noun.head.head
    return owner if owner.pos_ == "NOUN" and owner.i < noun.i and event_noun(owner) is not None \
        else noun


def event_noun(token: Token) -> RelationDef | None:
    """The relation a noun names as an event: with the word before it ("air strike", "martial
    law") or its "of" phrase ("state of emergency") when the vocabulary lists the pair, else by
    its lemma or as written ("talks")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = token.lemma_.lower()
    pairs = [f"{w} {lemma}" for c in token.lefts if c.dep_ in ("compound", "amod")
             for w in dict.fromkeys((c.lower_, c.lemma_.lower()))]
    pairs += [f"{lemma} of {obj.lemma_.lower()}" for c in token.children
              if c.dep_ == "prep" and c.lower_ == "of" for obj in [pobj(c)] if obj is not None]
    found = next((rel for pair in pairs for rel in [noun_trigger(pair)] if rel), None)
    return found or noun_trigger(lemma) or noun_trigger(token.lower_)


#: Prepositions inside a noun phrase that name the actor it belongs to ("the assets of X",
#: "an offer from Kabul", "calls by X"), and those that name whom it is directed at ("arms
#: exports to China", "ties with Georgia"): the latter only for acts done to the thing itself
#: (a sanction, a withdrawal), not for what is demanded or condemned ("demanded action
#: against the army" does not demand of the army).
_OWNER_PREPS = ("of", "from", "by")
_DIRECTION_PREPS = ("to", "with", "against", "on")


#: Classes whose "on" names the target ("sanctions on Iran"); for the others it names the
#: topic ("intelligence on North Korea", "an agreement on trade").
ON_TARGET = frozenset({"SANCTION", "COERCE", "THREATEN", "ASSAULT", "REQUEST"})
_DIRECTED = frozenset({"SANCTION", "COERCE", "RETREAT", "AID", "COOPERATE", "CONSULT", "AGREE",
                       "THREATEN", "CONCEDE"})


def owner_of(token: Token, index: ActorIndex, cls: str | None = None, depth: int = 0) -> list[Mention]:
    """The actor a non-actor phrase belongs to (or, for acts of class ``cls`` done to the
    thing itself, is directed at): "a police post", "the minister's resignation", "the home of
    the governor", "an offer from Kabul", "arms exports to China", "ties with Georgia"; two
    levels of nesting at most."""
    lex = lexicon()
    if token.lemma_.lower() in lex.counterpart_nouns or token.lower_ in lex.relational_nouns \
            or token.lower_ in lex.clientele_nouns:
        return []  # "Arab allies of the USA", "the daughter of the minister", "Likud voters"
    if former_modified(token):
        return []  # "a former U.S. soldier", "a former minister of Iran": no longer theirs
    befell = token.lemma_.lower() in lex.misfortune_nouns
    if befell and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []  # "Levinson's disappearance": whom it befell; "Russia's treatment of X": its doer
    preps = _OWNER_PREPS + (tuple(p for p in _DIRECTION_PREPS if p != "on" or cls in ON_TARGET)
                            if cls in _DIRECTED else ())
    if _gerund(token) or befell:  # "the detaining of the Afghans", "the death of X": whom the
        preps = tuple(p for p in preps if p != "of")  # act is done to or befell, not whose
    for prep in preps:  # "the assets of X" before "US assets"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                obj = pobj(child)
                found = index.actors_for(obj) if obj is not None else []
                if found:
                    return found
    for child in token.children:  # "positions held by the rebels": the rebels'
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lower_ in lex.holding_participles:
            by = child_of(child, "agent")
            obj = pobj(by) if by is not None else None
            found = index.actors_for(obj) if obj is not None else []
            if found:
                return found
    own = {id(m) for m in index.actors_for(token)}
    for child in [c for piece in hyphen_pieces(token) for c in piece.children]:  # "Hezbollah
        # positions", "Russian positions", "Kibaki's re-election" (the parser's "re - election")
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod")
                                    and child.i < token.i):
            found = [m for m in index.actors_for(child) if id(m) not in own]  # not the phrase itself
            if not found and child.dep_ in ("amod", "compound", "nmod"):
                country = index.country_for(child)  # "the Dutch ambassador", "Israeli army post"
                found = [country] if country is not None else []
            if found:
                return found
    if cls == "ASSAULT" and (token.lemma_.lower() in lex.settlement_words
                             or token.lower_ in lex.settlement_words):
        for child in token.children:  # "rockets into towns in northern Israel": Israel
            obj = pobj(child) if child.dep_ == "prep" and child.lower_ == "in" else None
            found = [m for m in index.actors_for(obj) if m.type == "Country"] if obj is not None else []
            if found:
                return found
    if depth < 1:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = pobj(child)
                found = owner_of(obj, index, cls, depth + 1) if obj is not None else []
                if found:
                    return found
    return []


def _gerund(token: Token) -> bool:
    """An act written as the "-ing" form of a trigger verb ("the detaining of", "the kidnapping
    of"), whatever lemma the tagger gave it."""
    word = token.lower_
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    forms = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any(verb_trigger(form) is not None for form in forms)


def literal_text(token: Token | None) -> str | None:
    """The text of a non-actor target phrase ("the people involved in the operation")."""
    if token is None or token.pos_ in ("PRON", "NUM", "ADJ", "ADV") or token.lower_ in RELATIVE \
            or token.ent_type_ in ("DATE", "TIME"):
        return None
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    for child in token.rights:
        if child.dep_ in ("prep", "punct", "cc", "conj", "appos", "relcl", "advcl") and (
                child.dep_ != "prep" or child.lower_ in _LITERAL_STOP):
            right = min(right, child.left_edge.i - 1)
    while left < right and doc[left].pos_ in ("DET", "PUNCT"):
        left += 1
    while right > left and (doc[right].pos_ == "PUNCT" or doc[right].is_space):
        right -= 1
    text = doc[left:right + 1].text
    if len(text) > _MAX_LITERAL:
        text = text[:_MAX_LITERAL].rsplit(" ", 1)[0] + " ..."
    return text or None
