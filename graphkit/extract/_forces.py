"""Forces sent and pulled back: where a deployment goes and whom it is against ("massed troops
against the rebels"), the country forces sent to help are helping ("sent troops into Bahrain to
help quell the unrest"), and a retreat of armed men that needs no one retreated from ("troops
pulled back"). Read by :mod:`graphkit.extract._arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._phrases import Args, literal_text, nearest_subject
from graphkit.extract._tree import child_of, infinitive, pobj, prep_actors, same
from graphkit.extract.lexicon import lexicon
from graphkit.extract.reference import counted
from graphkit.model import ARMED_TYPES
from graphkit.vocab import verb_trigger

if TYPE_CHECKING:

    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention
    from graphkit.vocab import RelationDef

__all__ = ["HANDING_VERBS", "armed_word", "arms_handed", "deployed", "forces_out", "given_forces",
           "helped_destination", "military_retreat"]




def military_retreat(verb: Token, rel: RelationDef, agents: list[Mention]) -> bool:
    """True for armed forces retreating with no one named they retreat from: with no object,
    or their own force or positions as object ("troops pulled back", "the fighters abandoned
    their positions", "withdrew its troops"); not "the rebels withdrew their candidate"."""
    if rel.plover != "RETREAT":
        return False
    subj = nearest_subject(verb)
    if not (all(a.type in ARMED_TYPES for a in agents) or (subj is not None and _armed(subj))):
        return False  # "Islamic Courts fighters": fighters of an organisation
    obj = child_of(verb, "dobj")
    return obj is None or obj.lemma_.lower() in lexicon().physical_targets or _armed(obj) or \
        obj.lemma_.lower() in lexicon().instrument_nouns or _weapons(obj)


def _weapons(noun: Token) -> bool:
    """True for a noun naming weapons (the dictionary's "&weapon" words, "arms")."""
    from graphkit.knowledge.cameo import cameo_lexicon

    head = counted(noun) or noun  # "hundreds of weapons"
    return head.lower_ == "arms" or head.lower_ in cameo_lexicon().synset("&weapon")


def _armed(noun: Token) -> bool:
    """True for a noun naming armed men ("troops", "fighters", "militiamen")."""
    return armed_word(noun.lower_) or lexicon().generic_agents.get(noun.lemma_.lower()) in ARMED_TYPES


def _armed_subject(subj: Token, agents: list[Mention]) -> bool:
    """True for a subject naming armed men ("troops") or denoting only armed actors."""
    return armed_word(subj.lower_) or (bool(agents) and all(a.type in ARMED_TYPES for a in agents))


def armed_word(word: str) -> bool:
    """True for a (lower-case) word naming armed men: a generic agent of the lexicon (also one
    only of a country's) or of the dictionaries that is a security force or an armed group
    ("troops", "peacekeepers", "fighters")."""
    from graphkit.knowledge import actor_knowledge

    lex = lexicon()
    if lex.generic_agents.get(word) in ARMED_TYPES or lex.country_agents.get(word) in ARMED_TYPES:
        return True  # "troops"; "peacekeepers", "marines" (a country's)
    agent = actor_knowledge().agent(word)  # the dictionaries' agents: "fighters"
    return agent is not None and agent.type in ARMED_TYPES


def given_forces(noun: Token, *, moved: bool = False) -> bool:
    """True for armed men an actor gives, sends or pulls back as its own ("contribute troops",
    "500 soldiers", "his troops"): the thing given or moved, not the party acted towards. Any
    armed men ``moved`` (the object of a deployment or a withdrawal) are; of a giving act, not
    those another owns or the text points at ("the rebels", "Iraqi troops", "Hezbollah's
    fighters")."""
    head = counted(noun) or noun
    if not (armed_word(head.lower_) or armed_word(head.lemma_.lower())):
        return False
    if moved:
        return True
    for child in [c for t in dict.fromkeys((noun, head)) for c in t.children]:
        if child.dep_ == "det" and child.lower_ in ("the", "these", "those", "that", "this"):
            return False
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return False
        if child.dep_ in ("amod", "compound", "nmod") and (child.pos_ == "PROPN" or child.ent_type_):
            return False
        if child.dep_ == "prep" and child.lower_ == "of" and pobj(child) is not head:
            return False  # "troops of the rebel army"; not "hundreds of troops"
    return True


def deployed(verb: Token, index: ActorIndex, agents: list[Mention], conf: float) -> Args:
    """A mobilisation's target is whom it is against ("massed troops against the rebels"); where
    forces are sent ("sent 20,000 troops to Iraq", "ordered battalions to the border") is what
    it is about, not an actor it is aimed at (PLOVER codes a deployment without a target)."""
    forces = [c for c in verb.children if c.dep_ == "dobj"]
    against = [m for t in [verb, *forces] for c in t.children if c.dep_ == "prep"
               and c.lower_ == "against" for m in prep_actors(c, index)]  # "troops against X"
    if against:
        return Args(agents, against, None, conf * 0.9)
    where = next((o for t in [verb, *forces] for c in t.children if c.dep_ in ("prep", "dative")
                  and c.lower_ in ("to", "into", "in", "along", "near") for o in [pobj(c)] if o is not None), None)
    return Args(agents, [], literal_text(where), conf * 0.9)


def helped_destination(verb: Token, index: ActorIndex, agents: list[Mention]) -> list[Mention]:
    """The country forces are sent to, for the help they are sent to give that names no one
    helped: "sent 1,000 troops into Bahrain to help quell the unrest", "ordered troops to Saudi
    Arabia to help defend the kingdom" (the deployment is the relations' own: "send troops")."""
    if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb):
        return []
    means = verb.head
    forces = [c for c in means.children if c.dep_ == "dobj"]
    forces += [t for c in forces for t in [counted(c)] if t is not None]  # "thousands of troops"
    lemma = means.lemma_.lower()
    deploy = next((r for f in forces for r in [verb_trigger(lemma, f.lower_) or verb_trigger(lemma, f.lemma_)
                                                or verb_trigger(lemma)]
                   if r is not None and r.plover == "MOBILIZE"), None)
    if deploy is None:
        return []
    for child in [c for t in [means, *forces] for c in t.children]:
        obj = pobj(child) if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "into") else None
        found = [m for m in index.actors_for(obj) if m.type == "Country"] if obj is not None else []
        found = [m for m in found if not any(same(m, a) or m.label == a.country for a in agents)]
        if found:
            return found
    return []


def forces_out(verb: Token, index: ActorIndex) -> Token | None:
    """The "of" of a move of armed men out of a country ("the last Soviet troops crossed the
    river out of Afghanistan", "the army pulled its tanks out of Lebanon"): a withdrawal from
    that country, whatever the verb of motion; None for any other verb, for people who are no
    armed men ("the refugees fled out of Syria"), or a place that is no country."""
    out = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"), None)
    of = next((c for c in out.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
        if out is not None else None
    place = pobj(of) if of is not None else None
    if place is None or not any(m.type == "Country" for m in index.actors_for(place)):
        return None
    subj = nearest_subject(verb)
    if subj is None:
        return None
    agents = index.actors_for(subj)
    armed = _armed_subject(subj, agents)
    moved = [c for c in verb.children if c.dep_ == "dobj"]  # "pulled its tanks out of": its forces
    if not armed and not any(armed_word(m.lower_) or m.lemma_.lower() in lexicon().instrument_nouns
                             for m in moved):
        return None
    return of


#: Verbs (with the particle they need, if any) by which armed men give up their weapons.
HANDING_VERBS = {"hand": "over", "turn": "over", "give": "up", "surrender": ""}


def arms_handed(verb: Token, index: ActorIndex) -> Token | None:
    """The verb's own or its "to" phrase, when armed men hand over their weapons
    ("the rebels handed over 400 weapons to NATO troops", "the fighters surrendered their
    arms"): a disarmament, a military retreat; None for any other act, and for weapons a state
    or a person hands to someone ("Iran handed weapons to Hezbollah" is supply)."""
    lemma = verb.lemma_.lower()
    particle = HANDING_VERBS.get(lemma)
    after = verb.nbor(1).lower_ if verb.i + 1 < len(verb.doc) else ""
    if particle is None or (particle and after != particle and not any(
            c.dep_ in ("prt", "prep") and c.lower_ == particle for c in verb.children)):
        return None  # "handed over 400 weapons" (the parser may hang "over" on the number)
    if not any(_weapons(c) for c in verb.children if c.dep_ == "dobj"):
        return None
    subj = nearest_subject(verb)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
        subj = verb.head  # "Ethnic Albanian rebels handed over ...": the headline reading
    agents = index.actors_for(subj) if subj is not None else []
    if subj is None or not _armed_subject(subj, agents):
        return None
    return next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), verb)

