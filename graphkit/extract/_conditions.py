"""Commitments and their conditions: the party a threat's, refusal's or sanction's condition is
put to ("threatened to strike unless the government rescinded the decree", "blocked aid until
Hamas recognises Israel"), the one a warning says
will suffer ("warned that Chen would pay a price"), and the party of the act a refusal refuses
or an agreement commits to ("refused to meet the envoy", "agreed to hold talks with the
government").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._doers import noun_roles
from graphkit.extract._forces import given_forces
from graphkit.extract._phrases import INSTRUMENT, OBJECT_PREPS, event_noun, owner_of
from graphkit.extract._tree import child_of, pobj, prep_actors
from graphkit.extract.lexicon import lexicon
from graphkit.vocab import verb_trigger

if TYPE_CHECKING:

    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention
    from graphkit.vocab import RelationDef

__all__ = ["CONDITION_MARKS", "conceded_to", "conditioned_on", "consequence_clause", "consequence_target",
           "hostile_commitment", "promise_condition", "promised", "refused_party", "withheld_from"]


#: Classes of acts done against their target.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT", "PROTEST",
                      "MOBILIZE"})
#: Marks of a clause that puts a condition to someone.
CONDITION_MARKS = frozenset({"unless", "if", "until"})


def promised(verb: Token) -> bool:
    """True for the act a threat verb promises ("threatened to strike unless ..."): its target
    may be the one the condition is put to."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon().threat_words


def conditioned_on(trigger: Token, index: ActorIndex) -> list[Mention]:
    """The actors a threat's or refusal's condition is put to: the subject of its "unless",
    "if" or "until" clause ("threatened to strike unless the government rescinded the decree",
    "refused to reopen the route until Washington apologised")."""
    for verb in (trigger, trigger.head):
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                              for m in clause.children):
                subj = child_of(clause, "nsubj", "nsubjpass")
                if subj is not None:
                    return index.actors_for(subj)
    return []


#: Sanctions that withhold something from another party until it complies; a ban or an
#: expulsion may be put to anyone ("banned the march until the police restore order").
_WITHHELD = frozenset({"sanction", "cut_aid", "break_relations", "halt_talks"})


def withheld_from(verb: Token, rel: RelationDef, index: ActorIndex) -> list[Mention]:
    """Whom a sanction that names no target withholds from: the one its condition is put to
    ("blocked financial aid until Hamas recognises Israel", "froze aid until the junta frees
    her")."""
    return conditioned_on(verb, index) if rel.name in _WITHHELD else []


def consequence_clause(verb: Token) -> Token | None:
    """The clause of a warning that says someone will suffer for what they do ("warned that
    Chen would pay a price", "warned Iran it would face consequences":
    ``consequence_phrases.txt``)."""
    phrases = lexicon().consequence_phrases
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        obj = child_of(clause, "dobj")
        lemma = clause.lemma_.lower()
        if lemma in phrases or (obj is not None and f"{lemma} {obj.lemma_.lower()}" in phrases):
            return clause
    return None


def consequence_target(verb: Token, index: ActorIndex) -> list[Mention]:
    """Whom a warning says will suffer: the subject of its consequence clause."""
    clause = consequence_clause(verb)
    subj = child_of(clause, "nsubj") if clause is not None else None
    return index.actors_for(subj) if subj is not None else []


def hostile_commitment(verb: Token) -> bool:
    """True when the act an agreement commits to is hostile ("agreed to impose sanctions on
    Iran"): its target is no party to the agreement."""
    for comp in verb.children:
        if comp.dep_ != "xcomp":
            continue
        acts = [verb_trigger(comp.lemma_.lower())] + [
            event_noun(c) for c in comp.children if c.dep_ == "dobj"]
        if any(a is not None and a.plover in _HOSTILE for a in acts):
            return True
    return False


def _promised_acts(verb: Token) -> list[Token]:
    """The infinitives a verb of refusing, agreeing or threatening governs, with their
    conjuncts ("threatened to destroy and obliterate ...")."""
    comps = [c for c in verb.children if c.dep_ == "xcomp"]
    return comps + [c for x in comps for c in x.children if c.dep_ == "conj"]


def promise_condition(verb: Token, index: ActorIndex) -> list[Mention]:
    """The actors the condition of a threatened act is put to, wherever the parser hung the
    condition ("threatened to destroy Turkey's economy if Ankara did anything ...": Ankara)."""
    return next((found for comp in _promised_acts(verb) for found in [conditioned_on(comp, index)]
                 if found), [])


def refused_party(verb: Token, index: ActorIndex) -> list[Mention]:
    """The actors of the act a refusal refuses, an agreement commits to or a threat promises:
    the one it would give something to, else the objects of its infinitive (or their owners:
    "threatened to destroy Turkey's economy"), else the one its condition is put to."""
    for comp in _promised_acts(verb):
        recipient = next((c for c in comp.children if c.dep_ in ("prep", "dative")
                          and c.lower_ == "to"), None)
        found = prep_actors(recipient, index) if recipient is not None else []
        if found:  # "refused to hand over bin Laden to the United States": refused the US
            return found
        for child in comp.children:
            if child.dep_ == "dobj" and _own_forces(comp, child):
                continue  # "promised to withdraw his troops": what is moved, not a party
            if child.dep_ in ("dobj", "dative"):
                found = index.actors_for(child) or [  # "refused to reopen its border with
                    m for c in child.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                    for m in prep_actors(c, index)] or owner_of(child, index) or (  # Morocco"
                    noun_roles(child, None, index)[1] if event_noun(child) else [])
                if found:  # "agreed to hold talks with the government"
                    return found
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
                found = prep_actors(child, index)
                if found:
                    return found
        found = conditioned_on(comp, index)  # "refused to reopen the route until
        if found:  # Washington apologised"
            return found
    return []


def _own_forces(comp: Token, obj: Token) -> bool:
    """True when ``obj`` is the armed men an act of deploying, withdrawing or giving moves or
    gives ("withdraw his troops", "contribute troops"), or the actor's own ("keep its troops")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children) and given_forces(obj):
        return True
    from graphkit.extract._cameo import cameo_sense
    from graphkit.knowledge.cameo import cameo_lexicon

    lemma = comp.lemma_.lower()
    rel = verb_trigger(lemma, obj.lower_) or verb_trigger(lemma, obj.lemma_.lower()) or verb_trigger(lemma)
    sense = cameo_sense(comp) if rel is None else None
    plover = rel.plover if rel is not None else cameo_lexicon().plover(sense.code) if sense is not None else ""
    if plover not in INSTRUMENT and (plover != "AID" or lemma not in lexicon().giving_verbs):
        return False
    return given_forces(obj, moved=plover in INSTRUMENT)


#: Verbs by which a concession's maker hails the one it yields to ("congratulated his rival").
_HAILING = frozenset({"congratulate", "salute", "hail"})


def conceded_to(verb: Token, index: ActorIndex) -> list[Mention]:
    """The one a concession of defeat yields to, where no "to" phrase names it: the winner of
    the contest it is conceded in ("conceded defeat in the election won by Violeta Chamorro"),
    or the one its maker congratulates beside it ("conceded defeat and congratulated his rival
    X")."""
    conceded = [c for c in verb.children if c.dep_ == "dobj"]  # "defeat in the runoff"
    for child in [c for t in [verb, *conceded] for c in t.children]:
        contest = pobj(child) if child.dep_ == "prep" and child.lower_ in ("in", "at") else None
        won = next((c for c in contest.children if c.dep_ == "acl" and c.lemma_.lower() == "win"),
                   None) if contest is not None else None
        found = prep_actors(child_of(won, "agent"), index) if won is not None else []
        if found:
            return found
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.lemma_.lower() in _HAILING and child_of(conj, "nsubj") is None:
            obj = child_of(conj, "dobj")
            found = (index.actors_for(obj) or [m for c in obj.children if c.dep_ == "appos"
                                                for m in index.actors_for(c)]) if obj is not None else []
            if found:  # "congratulated his rival Barack Obama": the name set beside
                return found
    return []

