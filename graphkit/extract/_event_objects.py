"""Event nouns as the objects of other acts: whose acts they are, and whom a stance towards
them is a stance towards ("condemned the attack on X": the attacker; "called for talks with the
Taliban": the partner; "denied the claims of the opposition": the claimant)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._doers import noun_roles, verb_agents
from graphkit.extract._phrases import INSTRUMENT, event_noun, named_holder
from graphkit.extract._tree import child_of, pobj
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention
    from graphkit.vocab import RelationDef

__all__ = ["accusation_of", "authored", "denied_fact", "event_noun_actors", "pressed_object", "with_partner"]


def accusation_of(token: Token, rel: RelationDef) -> bool:
    """True for an accusation that is the object of an accusing act ("investigate allegations
    by X that Y ..."): its author is not the one accused."""
    other = event_noun(token)
    return rel.plover == "ACCUSE" and other is not None and other.plover == "ACCUSE"


def event_noun_actors(token: Token, rel: RelationDef, index: ActorIndex) -> list[Mention]:
    """The actors of an event noun that is itself the object of a verb: the author of a
    threat one defies, the target of sanctions one lifts."""
    other = event_noun(token)
    if other is None or not other.is_event:
        return []
    agents, targets = noun_roles(token, other.plover, index)
    if other.plover in INSTRUMENT and not (rel.plover == "REQUEST" and other.plover == "RETREAT"):
        # "opposed the deployment of new troops": the forces sent (forces asked to withdraw are
        # asked themselves)
        forces = {id(m) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in [pobj(c)] if o is not None for m in index.actors_for(o)
                  if m.type == "SecurityForce"}  # (a bill withdrawn is what the act is on)
        agents = [a for a in agents if id(a) not in forces]
    if rel.name == "mediate" and other.plover == "AGREE" and not agents and not targets:
        return _parties(token, rel, index)  # "signed a deal brokered by Mbeki": the signers
    if rel.plover == "ACCUSE" and other.plover == "ACCUSE":  # "investigate allegations by HRW
        return targets  # that the CIA ...": the accused, never the accuser
    if rel.plover == "REQUEST" and other.plover in INSTRUMENT:
        return agents  # "called for the withdrawal of British troops": of Britain, whose troops
        # they are (noun_roles reads the forces' country as the act's agent); never the troops
    if rel.plover == "REQUEST" and not with_partner(rel, other):
        # "will not seek Altaf Hussain's extradition": the person asked for; never a group,
        # nor the victim of an attack asked for ("calls for the assassination of X"), nor the
        # one a release is asked for ("called for the release of X": asked of the captor)
        return agents or [t for t in targets if t.type == "Person"
                          and other.plover != "ASSAULT" and other.name != "release"]
    if rel.plover in _AUTHOR_ONLY and not with_partner(rel, other):
        return agents  # "condemned the attack on X": the attacker, never X; "will not support
        # sanctions on Iran" does not (not) support Iran
    return targets or agents if rel.plover == "CONCEDE" else agents or targets


def _parties(agreement: Token, rel: RelationDef, index: ActorIndex) -> list[Mention]:
    """The parties to a mediated agreement that names none of its own: who signs or reaches
    it ("A and B signed a deal brokered by C") or takes it ("brokered a plan that A and B
    accepted")."""
    clauses = [agreement.head] if agreement.dep_ in ("dobj", "nsubjpass") else []
    clauses += [c for c in agreement.children if c.dep_ == "relcl"]
    return [m for clause in clauses if clause.pos_ in ("VERB", "AUX")
            and clause.lemma_.lower() not in rel.triggers for m in verb_agents(clause, index)[0]]


def denied_fact(verb: Token, obj: Token, rel: RelationDef) -> bool:
    """True for what a denial denies that is no claim ("denied the supposed Workers' Party
    relationship with the FARC"): whoever it belongs to is not the one rejected; a claim's,
    an accusation's or a statement's author is ("denied the claims of the opposition")."""
    if rel.plover != "REJECT" or verb.lemma_.lower() not in lexicon().denial_verbs:
        return False
    said = event_noun(obj)
    return obj.lemma_.lower() not in lexicon().claim_nouns and (
        said is None or said.plover not in ("ACCUSE", "STATEMENT"))


def authored(token: Token, rel: RelationDef) -> bool:
    """True for an event noun that a stance of ``rel`` is taken towards ("hailed the killing of
    X", "requested the extradition of X"): only its author can be the target, never its
    victim."""
    other = event_noun(token)
    return rel.plover in _AUTHOR_ONLY and other is not None and other.is_event \
        and not with_partner(rel, other)


def with_partner(rel: RelationDef, event: RelationDef) -> bool:
    """True when asking for or refusing a joint act names its partner as the target ("ruled out
    any cooperation with the AfD", "called for talks with the Taliban")."""
    return rel.plover in ("REQUEST", "REJECT") and event.plover in ("CONSULT", "COOPERATE", "AGREE")


#: Classes whose stance towards an event named by a noun is a stance towards its author only
#: ("requested the extradition of three guerrillas" asks the state holding them, not them).
_AUTHOR_ONLY = frozenset({"ACCUSE", "SUPPORT", "PROTEST", "REQUEST", "REJECT"})


def pressed_object(verb: Token, word: Token, index: ActorIndex) -> list[Mention]:
    """The actors the direct object of a two-word verb names when the object of its
    preposition ``word`` names none ("pressed Russia for concessions", "pushed the government
    for answers"): whom the act is aimed at, the phrase being what it is about. The object
    comes right after the verb and before the preposition; a name the parser took for an
    object further on ("fired from the vicinity of positions in Alma ash Shab, ... at Tiri")
    is none."""
    obj = child_of(verb, "dobj")
    if obj is None or obj.i > word.i or obj.left_edge.i != verb.i + 1:
        return []
    return named_holder(obj, index) or index.actors_for(obj)
