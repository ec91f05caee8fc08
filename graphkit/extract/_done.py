"""Clauses that tell, with no time word of their own, what was done or set up before the news.

:func:`graphkit.extract.aspect.aspect` reads a clause's tense and its time words; these
helpers read more ways a clause tells an event that is no news of the article's day:

- a word of the "done" kind of ``time_markers.tsv`` with the perfect: "Uganda has already sent
  1,000 troops" (sent before, at a time the clause does not tell);
- a happening of an earlier time as the clause's subject: "the recent offensive killed 1,300
  people" (the killing is the offensive's, at its time);
- a happening of an earlier year the clause is told after ("came to power after a coup in
  1999"), or such a year in a clause in the perfect ("has accused the US of a coup back in 2002");
- an event noun held in the present by a verb of the "standing" kind: "Iceland has an
  extradition treaty with the US" (a state, the treaty made before);
- a noun of a stance held, with its holder as possessive: "Syria's support for Hezbollah";
- and, the other way, an event only hoped or called for: "his hopes for a peace deal".

Example:
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Kenya has already sent 500 troops to Somalia.")
    >>> done_before(doc[3], "perfect")
    'already'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from spacy.tokens import Token

__all__ = ["after_year", "done_before", "earlier_subject", "earlier_year", "hoped_for", "stance_held",
           "state_held"]

#: Tenses in which a "done" word tells an act completed before the article's time.
_PERFECTS = frozenset({"perfect", "pluperfect"})


def done_before(verb: Token, found: str | None) -> str | None:
    """The "done" word ("already") of a verb in the perfect, else None: "has already sent"."""
    if found not in _PERFECTS or verb.pos_ not in ("VERB", "AUX"):
        return None
    done = lexicon().time_markers.get("done", ())
    return next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in done), None)


def earlier_subject(verb: Token, happening: Callable[[Token], bool]) -> str | None:
    """The time word of the verb's subject when that subject is a happening of an earlier time
    (a "past" word of ``time_markers.tsv`` as its adjective: "the recent offensive killed
    1,300 people", "the previous raid wounded 12"), else None: the clause tells the
    happening's act at the happening's time, not the article's news."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    past = lexicon().time_markers.get("past", ())
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or not happening(subject):
            continue
        word = next((c.lower_ for c in subject.children if c.dep_ == "amod" and c.lower_ in past), None)
        if word:
            return word
    return None


def state_held(chain: list[Token], found: str | None) -> str | None:
    """The verb of the "standing" kind ("have") whose object, in the present, is the event noun
    at the foot of ``chain`` (the trigger's :func:`~graphkit.extract.aspect.governors`): "Iceland
    has an extradition treaty with the US" tells a state, not an act of the article's day; or
    the noun of a stance its named holder holds (:func:`stance_held`)."""
    noun = chain[0]
    stance = stance_held(noun)
    if stance:
        return stance
    if found != "present" or len(chain) < 2 or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.i != chain[1].i or verb.lemma_.lower() not in lexicon().time_markers.get("standing", ()):
        return None
    return verb.lemma_.lower()


def stance_held(noun: Token) -> str | None:
    """The noun of the "stance" kind ("support") at the foot of a trigger's chain when a named
    holder is its possessive: "voters dislike the government's support for Uganda", "listed
    Syria's support for Hezbollah" tell a stance held over time, not an act of the article's
    day; None for one the holder's own verb takes as object ("withdrew his support", "expressed
    its support": the act is the verb's) and for a noun without a holder ("gave support")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().time_markers.get("stance", ()):
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    if holder is None or holder.tag_ == "PRP$" and noun.dep_ == "dobj":
        return None
    return noun.lemma_.lower()


def after_year(token: Token, anchor: date | None) -> str | None:
    """The year before the article's of a happening ``token`` is told after, following or
    since ("came to power after a bloodless coup in 1999, charging the government with
    corruption"): a clause bounded by a happening of another year tells that time's story,
    not the article's news; else None."""
    if anchor is None:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("after", "following", "since"):
            year = earlier_year(prep, anchor)
            if year:
                return year
    return None


def earlier_year(verb: Token, anchor: date) -> str | None:
    """A year before the article's named in the clause of a perfect verb: "has accused the US
    of a coup back in 2002" speaks of a stretch since then."""
    for token in verb.subtree:
        if token.ent_type_ == "DATE" and token.shape_ == "dddd" and int(token.text) < anchor.year:
            return token.text
    return None


def hoped_for(trigger: Token, chain: list[Token]) -> str | None:
    """The word by which an event is only hoped or called for: the noun or verb of the
    "prospect" kind of ``time_markers.tsv`` or of ``intent_nouns.txt`` whose "for" the event
    noun follows ("his hopes for a peace deal", "called for talks"), or the "for" of an
    infinitive with its own subject ("their calls for Syria to withdraw"); else None."""
    lex = lexicon()
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and len(chain) > 1 and chain[1].lower_ == "for":
        word = chain[1].head.lemma_.lower()
        if word in lex.time_markers.get("prospect", ()) or word in lex.intent_nouns:
            return word
    children = list(trigger.children)
    if trigger.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "for" for c in children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return "for"
    return None
