"""Accusations: who holds a threat, an attack or misconduct against whom.

Two ways of accusing that PLOVER codes as ACCUSE without an accusing verb:

- a named person who says that an actor threatened or attacked someone accuses that actor
  ("the Taliban have attacked our posts, he said"); saying that an actor refused or denied
  something is no accusation;
- whoever speaks of an actor's misconduct accuses it ("PTI wants to free Karachi from the
  fear created by MQM", "the alleged terror network of MQM"); the misconduct nouns are
  ``gk:blameNoun`` annotations in ``ontologies/relations.ttl``.

An actor never accuses itself or the organisation it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from graphkit.extract._text import prefixed
from graphkit.extract._tree import RELATIVE, child_of, is_speech, own_clause, prep_actors, same
from graphkit.extract.lexicon import lexicon
from graphkit.extract.polarity import polarity
from graphkit.model import Mention, Relation
from graphkit.vocab import RelationDef, blame_nouns, load_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex

__all__ = ["CHARGEABLE", "authority_telling", "blame_head", "blamed", "charging_authority",
           "speaker_accusations", "speaker_of"]

#: Events that a named speaker reporting them holds against their agent.
CHARGEABLE = frozenset({"THREATEN", "ASSAULT"})


def blame_head(token: Token) -> Token | None:
    """The noun a misconduct word makes an accusation of: the word itself ("the violence of
    X"), or the noun it modifies ("the terror network of X"); None for names
    ("the Anti-Corruption Unit") and other words."""
    if token.pos_ not in ("NOUN", "ADJ") or token.lemma_.lower() not in blame_nouns() \
            or prefixed(token, ("anti", "counter")):
        return None  # "anti-terrorism policies", "counter-terrorism experts": against it
    if token.dep_ not in ("compound", "amod"):
        return token
    return token.head if token.is_lower and token.head.pos_ == "NOUN" else None


@lru_cache(maxsize=1)
def _accuse() -> RelationDef:
    """The relation accusations are made with: the one owning the misconduct nouns, else the
    top ACCUSE relation of the vocabulary."""
    owners = {rel.name: rel for rel in blame_nouns().values()}
    if len(owners) == 1:
        return next(iter(owners.values()))
    return next(r for r in load_vocabulary().values() if r.plover == "ACCUSE" and r.parent is None)


def _accusation(subject: Mention, accused: Mention, trigger: Token, doc_id: str, *,
                confidence: float, negated: bool = False) -> Relation:
    accuse = _accuse()
    return Relation(doc=doc_id, subject=subject, relation=accuse.name, cls=accuse.plover,
                    object=accused, negated=negated, confidence=confidence,
                    trigger=trigger.text)


def blamed(noun: Token, index: ActorIndex, doc_id: str) -> Iterator[Relation]:
    """"the fear created by X", "the alleged terror network of X": whoever speaks of an
    actor's misconduct accuses it."""
    accused: list[Mention] = []
    lex, lemma = lexicon(), noun.lemma_.lower()
    felt = lemma in lex.felt_nouns  # "Turkey's fears", "fears of separatists": who feels, what
    culprit_of = not felt and lemma not in lex.victim_nouns  # "abuse of prisoners": a victim
    for child in noun.children:
        if not felt and (child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.i < noun.i)):
            accused.extend(index.actors_for(child))
        elif child.dep_ == "prep" and (child.lower_ == "by" or child.lower_ == "of" and culprit_of):
            accused.extend(prep_actors(child, index))
        elif child.dep_ == "acl":  # "the fear created by X"
            accused.extend(prep_actors(child_of(child, "agent"), index))
    itself = index.actor_for(noun)  # "counter-terrorism experts": no one's misconduct
    accused = [m for m in accused if itself is None or not same(m, itself)]
    if not accused:
        yield from _perpetrated(noun, index, doc_id)
        return
    accusers, clause = _clause_subject(noun, index)
    if not accusers:
        speaker = index.speaker_at(noun.idx)
        accusers = [speaker] if speaker is not None else []
    negated = clause is not None and polarity(clause).negated
    for subject in accusers:
        for obj in accused:
            if not _own_side(subject, obj, index):
                yield _accusation(subject, obj, noun, doc_id, confidence=0.55, negated=negated)


def _perpetrated(noun: Token, index: ActorIndex, doc_id: str) -> Iterator[Relation]:
    """A named speaker saying that an actor committed misconduct accuses it: "the party had
    unleashed a campaign of repression, he said"."""
    token, verb = noun, noun.head
    while verb.i != token.i and verb.pos_ not in ("VERB", "AUX") and token.dep_ in (
            "pobj", "prep", "dobj", "conj"):
        token, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX") or token.dep_ != "dobj" \
            or verb.lemma_.lower() not in lexicon().perpetrate_verbs:
        return
    subj = child_of(verb, "nsubj")
    speaker = speaker_of(verb, index)
    if subj is None or speaker is None or speaker.type != "Person":
        return
    negated = polarity(verb).negated
    for obj in index.actors_for(subj):
        if not _own_side(speaker, obj, index):
            yield _accusation(speaker, obj, noun, doc_id, confidence=0.5, negated=negated)


def _own_side(accuser: Mention, accused: Mention, index: ActorIndex) -> bool:
    """True when ``accused`` is the accuser or the organisation the accuser belongs to."""
    if same(accuser, accused):
        return True
    own = index.organisation_of(accuser) if accuser.type == "Person" else None
    return own is not None and same(own, accused)


def _clause_subject(token: Token, index: ActorIndex) -> tuple[list[Mention], Token | None]:
    """The actor subject of the nearest clause above ``token`` that has one."""
    head = token.head
    for _ in range(8):
        if head.i == token.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            subj = child_of(head, "nsubj")
            if subj is not None and subj.lower_ not in RELATIVE:
                return index.actors_for(subj), head
        token, head = head, head.head
    return [], None


def speaker_accusations(trigger: Token, agents: list[Mention], index: ActorIndex,
                        doc_id: str, *, clause: Token | None = None) -> Iterator[Relation]:
    """A named person who says that an actor threatened or attacked someone accuses that actor
    ("the army had attacked the protesters, the opposition leader said"), unless the speaker
    speaks for the agent's own state: an official telling of what the country's forces did
    reports, and accuses nobody ("X was killed by Iraqi forces, the deputy interior minister
    said"). ``clause`` is the clause that tells of an event noun's doer ("X said the rebels
    were responsible for the attack"), whose speaker accuses them."""
    if trigger.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CIRCUMSTANCE
                                       for c in trigger.children):
        return  # "Lebanon had committed an act of war when Hezbollah attacked": the time of
        # what is charged, not the charge
    speaker = speaker_of(clause if clause is not None else trigger, index)
    if speaker is None or speaker.type != "Person":
        return
    for agent in agents:
        if not _own_side(speaker, agent, index) and not _state_side(speaker, agent, index):
            yield _accusation(speaker, agent, trigger, doc_id, confidence=0.5)


#: Marks of a clause that tells when or after what something else happened.
_CIRCUMSTANCE = frozenset({"when", "as", "after", "before", "while", "since", "once"})

#: Actor types that speak and act for a state.
_STATE = frozenset({"Government", "GovernmentBody", "SecurityForce", "Country"})


def _state_side(speaker: Mention, agent: Mention, index: ActorIndex) -> bool:
    """True when the speaker belongs to a state body of the country the agent acts for."""
    own = index.organisation_of(speaker)
    return own is not None and own.type in _STATE and agent.type in _STATE \
        and own.country is not None and own.country == agent.country


def speaker_of(trigger: Token, index: ActorIndex) -> Mention | None:
    """Who says what ``trigger`` expresses: the subject of the verb of saying whose clause
    holds it ("X said the army attacked"), else the speaker of the quotation around it."""
    token = trigger
    for _ in range(4):
        head = token.head
        if head.i == token.i or token.dep_ not in ("ccomp", "conj", "advcl", "parataxis", "xcomp"):
            break
        if own_clause(token):  # "he would send troops, and Democratic leaders rejected the
            break  # plan": not part of what was said
        if is_speech(head):
            subj = child_of(head, "nsubj")
            found = index.actors_for(subj) if subj is not None else []
            return found[0] if found else None
        token = head
    return index.speaker_at(trigger.idx)


#: Actor types that charge people and seek them: a state and its bodies.
_AUTHORITIES = frozenset({*_STATE, "Judiciary"})


def charging_authority(verb: Token, index: ActorIndex) -> list[Mention]:
    """Who holds an agentless passive charge against its subject: the state a place names
    ("X is wanted in the USA for ..."), else the state body that tells of it ("three men
    were charged with murder, police said"); nobody else (a lawyer telling of a client's
    charge charges no one)."""
    if child_of(verb, "agent") is not None or child_of(verb, "auxpass") is None:
        return []
    states = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for m in prep_actors(c, index) if m.type in ("Country", "Government")]
    return states or authority_telling(verb, index)


def authority_telling(verb: Token, index: ActorIndex) -> list[Mention]:
    """The state body that tells of what ``verb`` says, as the clause's speaker ("police said
    X was charged") or through a speech verb after it ("X will face charges, officials say");
    nobody when the speaker is no state body."""
    speaker = speaker_of(verb, index)
    told = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i
                 and is_speech(c)), None)
    if speaker is None and told is not None and (subj := child_of(told, "nsubj")) is not None:
        speaker = index.actor_for(subj)
    return [speaker] if speaker is not None and speaker.type in _AUTHORITIES else []
