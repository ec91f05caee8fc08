"""Reported events: the speech an event is told in, and the actor whose claim it is.

"the ministry said X had attacked Y", "X insinuated that Y had attacked Z", "a statement by X
alleging that Y had attacked Z": Y's attack, as X tells it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._tree import child_of, is_speech, own_clause, prep_actors
from graphkit.vocab import verb_trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention

__all__ = ["reporter_of", "speech_head"]


def reporter_of(trigger: Token, speech: Token | None, index: ActorIndex) -> Mention | None:
    """The actor whose speech the event is reported in: the subject of ``speech``, the speech
    verb that governs its clause (:func:`speech_head`: "the ministry said X had attacked Y";
    "Amnesty went on to claim that ...": the subject of the verb the speech verb continues),
    or the speaker of the quote."""
    if speech is not None:
        subj = child_of(speech, "nsubj")
        while subj is None and speech.dep_ in ("xcomp", "advcl") and speech.head.i != speech.i:
            speech = speech.head
            subj = child_of(speech, "nsubj")
        if subj is None and speech.dep_ == "acl":  # "a statement by X, alleging that ..."
            return _document_author(speech.head, index)
        return index.actor_for(subj) if subj is not None else None
    return index.speaker_at(trigger.idx) if index.in_quote(trigger) else None


def _document_author(noun: Token, index: ActorIndex) -> Mention | None:
    """Who a saying noun speaks for: the actor it names ("X, alleging that ..."), else its
    owner ("X's statement", "the statement of X", "a statement by X")."""
    actor = index.actor_for(noun)
    if actor is not None:
        return actor
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.i < noun.i:  # "Hamas's", "the Hamas statement"
            return index.actor_for(child)
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            found = prep_actors(child, index)
            return found[0] if found else None
    return None


def speech_head(trigger: Token) -> Token | None:
    """The speech verb whose clause holds ``trigger`` ("the ministry said X had attacked Y":
    "said"), or None."""
    token = trigger
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in ("ccomp", "parataxis") and (is_speech(head) or _charging(head)):
            return head  # "X insinuated that Y had attacked Z": X's claim
        if token.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "acl") \
                or own_clause(token):
            break
        token = head
    return None


def _charging(verb: Token) -> bool:
    """True for a verb of accusing, whose complement clause is the charge ("charged that ...")."""
    rel = verb_trigger(verb.lemma_) if verb.pos_ == "VERB" else None
    return rel is not None and rel.plover == "ACCUSE"
