"""Event arguments: the source and target actors around an event trigger.

Around a verb trigger the dependency tree gives who acts (subject, by-agent, a subject shared
through coordination, control or a participial clause, "the army said its aircraft had
struck") and on whom (objects, "demanded the government ...", target prepositions, an object
belonging to an actor); around a noun trigger the possessive, compound, "by"/"from"/"of"
phrases and the light verb that carries it ("imposed sanctions on"). :mod:`graphkit.extract.events`
turns the arguments into relations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.extract._tree import RELATIVE, child_of, is_speech, main_conjunct, pobj, prep_actors, same
from graphkit.extract.lexicon import lexicon
from graphkit.extract.reference import counted
from graphkit.vocab import noun_trigger, verb_trigger

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention
    from graphkit.vocab import RelationDef

__all__ = ["Args", "CONDITION_MARKS", "OBJECT_PREPS", "SYMMETRIC", "TARGETLESS", "conditioned_on", "event_noun",
           "consequence_clause", "headline_verb", "noun_args", "promised", "verb_args"]

#: Prepositions that introduce an event's target ("threat to", "sanctions on", "talks with").
OBJECT_PREPS = frozenset({"to", "on", "against", "with", "at", "into", "upon", "toward",
                          "towards", "over", "between"})
#: Relations where co-subjects act on each other ("Colombia and the FARC signed an accord").
SYMMETRIC = frozenset({"sign", "agree", "meet", "negotiate", "consult", "cooperate", "ally",
                       "fight", "ceasefire"})
#: Classes whose events need no target (PLOVER): a protest, a mobilisation.
TARGETLESS = frozenset({"PROTEST", "MOBILIZE"})
#: Classes of acts done against their target.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT", "PROTEST",
                      "MOBILIZE"})
#: Marks of a clause that puts a condition to someone.
CONDITION_MARKS = frozenset({"unless", "if", "until"})
#: Verbs of having something done to someone ("had him arrested").
_CAUSATIVES = frozenset({"have", "get"})
#: Classes whose nominal "of"-phrase names the target ("the arrest of X"), not the agent.
_PATIENT_OF = frozenset({"COERCE", "ASSAULT", "ACCUSE", "SANCTION", "CONCEDE", "REJECT"})
#: Classes whose possessor is the target when it is a person ("Altaf's extradition", "the
#: journalist's murder"); an organisation possessor acts ("Beijing's crackdown").
_PATIENT_POSS = frozenset({"COERCE", "CONCEDE", "ASSAULT"})
#: Classes whose nominal "from"-phrase is not the agent ("withdrawal from", "release from").
_NOT_FROM_AGENT = frozenset({"RETREAT", "COERCE", "ASSAULT", "CONCEDE"})
#: Classes whose direct object is the actor's own force ("deployed troops to"), not a target.
_INSTRUMENT = frozenset({"MOBILIZE", "RETREAT"})
#: Prepositions that end a literal target phrase ("two engineers | in Nigeria").
_LITERAL_STOP = frozenset({"in", "at", "near", "outside", "inside", "during", "across",
                           "around", "from", "after", "before", "since", "amid", "for"})
#: Classes whose object may be something offered by the target ("turned down an offer from
#: Kabul", "welcomed a proposal by X"), the parser hanging "from X" on the verb.
_OFFERED = frozenset({"REJECT", "SUPPORT", "AGREE"})
#: Subjects and possessives by which a speaker reports its own deeds ("it had", "its forces").
_SELF = frozenset({"it", "we", "they"})
_OWN = frozenset({"its", "our", "their"})
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


def headline_verb(token: Token) -> bool:
    """A verb the tagger took for a plural noun in a headline ("Opposition rejects call"):
    a root noun in -s with a direct object."""
    return (token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN")
            and token.lower_.endswith("s") and child_of(token, "dobj") is not None)


# ------------------------------------------------------------------ verbs


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _verb_agents(verb: Token, index: ActorIndex, depth: int = 0) -> tuple[list[Mention], float]:
    """The actors doing what ``verb`` says, and how directly the grammar shows them."""
    lex = lexicon()
    if depth > 4:
        return [], 0.0
    if _passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        by = child_of(verb, "agent")
        found = prep_actors(by, index)
        doer = pobj(by) if by is not None and not found else None
        group = index.group_for(doer) if doer is not None else None
        return (found or ([group] if group is not None else [])), 0.85  # "by her bodyguards"
    subj = _subject(verb)
    if subj is None and verb.dep_ == "ROOT":  # the parser took the subject for a modifier
        for left in verb.lefts:  # ("Pakistan outlawed the group": "Pakistan" as npadvmod)
            found = index.actors_for(left) if left.dep_ in ("npadvmod", "nmod") else []
            if found:
                return found, 0.7
    if subj is None and headline_verb(verb):
        for left in reversed(list(verb.lefts)):
            found = index.actors_for(left) if left.dep_ in ("compound", "poss", "nmod") else []
            if found:
                return found, 0.7
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            antecedent = _antecedent(verb.head, subj)  # "air strikes that killed ...": theirs
            return index.actors_for(antecedent) or _strikers(antecedent, index), 0.85
        found = index.actors_for(subj) if subj.pos_ == "PRON" else []
        owner = child_of(verb.head, "nsubj") if not found and _speaker_own(subj, verb) else None
        if owner is not None:
            return index.actors_for(owner), 0.8
        holder = _named_holder(subj, index) if subj.lemma_.lower() in lex.title_words else []
        if not found and holder:  # "the former director of the CIA, Admiral Turner, condemned"
            return holder, 0.85
        found = found or index.actors_for(subj) or [  # "Quispe's party, Partido Nacion Unida,"
            m for c in subj.children if c.dep_ == "appos" for m in index.actors_for(c)]
        if not found and subj.lemma_.lower() in lex.instrument_nouns:
            return _attribute(subj, index), 0.8  # "NATO warplanes bombed": NATO acts
        strikers = _strikers(subj, index) if not found else []
        if strikers:  # "NATO air strikes killed ...": NATO
            return strikers, 0.75
        return found, 0.9
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return [], 0.0
    main = main_conjunct(verb)
    if main is not None:  # "denied that ... had attacked X and accused Y": the denier accuses
        found, conf = _verb_agents(main, index, depth + 1)
        return found, conf * 0.95
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        found, conf = _verb_agents(head, index, depth + 1)
        return found, conf * 0.95
    if dep == "xcomp":
        if is_speech(head) and verb.tag_ == "VBG":
            return [], 0.0  # "said victimising people had ...": a clause, not an act of the speaker
        obj = child_of(head, "dobj")
        if obj is not None and head.lemma_.lower() in lex.object_control_verbs:
            return index.actors_for(obj), 0.8
        found, conf = _verb_agents(head, index, depth + 1)
        return found, conf * 0.95
    if (dep == "advcl" and (verb.tag_ == "VBG" or child_of(verb, "aux") is not None)) \
            or (dep == "csubj" and verb.tag_ == "VBG" and child_of(head, "nsubj") is not None):
        # "Ignoring the threat, the party ..." (also when parsed as a clausal subject)
        found, conf = _verb_agents(head, index, depth + 1)
        return found, conf * 0.85
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if verb.tag_ == "VBG":
            return index.actors_for(head), 0.8
        return _noun_agents(head, None, index), 0.75
    if dep == "pcomp" and head.dep_ == "prep":
        owner = head.head
        if owner.pos_ in ("NOUN", "PROPN"):
            return _noun_agents(owner, None, index), 0.75
        if owner.pos_ in ("VERB", "AUX"):
            # "thanked X for helping", "accused X of attacking": X acts; "before attacking": the
            # subject does
            obj = child_of(owner, "dobj", "nsubjpass")
            if obj is not None and head.lower_ in ("of", "for"):
                return index.actors_for(obj), 0.75
            found, conf = _verb_agents(owner, index, depth + 1)
            return found, conf * 0.85
    return [], 0.0


def _antecedent(head: Token, relative: Token) -> Token:
    """The noun a relative clause hung on ``head`` speaks of: "who" after "X of the party" is X
    ("Tomislav Nikolic of the Serbian Radical Party, who criticised ..."), a person, not the
    party the parser attached it to."""
    if relative.lower_ not in ("who", "whom") or head.dep_ != "pobj" or head.head.lower_ != "of":
        return head
    owner = head.head.head
    return owner if owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON" else head


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``: of two (a dateline "NAIROBI, Nov 22 (GNW) - Police fired"),
    the one nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    chosen = before or subjects
    return chosen[-1] if chosen else None


def _speaker_own(subj: Token, verb: Token) -> bool:
    """True when ``subj`` is the speaker itself or its own forces in reported speech: "the
    army said its aircraft had struck", "the ministry said it had frozen", "Iran warned that it
    would retaliate"."""
    head = verb.head
    if verb.dep_ != "ccomp" or child_of(head, "nsubj") is None or not (
            is_speech(head) or head.lemma_.lower() in lexicon().threat_words):
        return False
    return subj.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in _OWN
                                       for c in subj.children)


def verb_args(verb: Token, rel: RelationDef, word: Token | None,
              index: ActorIndex) -> Args | None:
    """The agents and targets (or a literal target) of the verb trigger ``verb`` of ``rel``;
    ``word`` is the second word of a two-word verb ("call on"). None without an agent."""
    caused = _caused(verb, index)
    if caused is not None:
        return caused
    mutual = _reciprocal(verb, index)
    if mutual is not None:
        return mutual
    agents, conf = _verb_agents(verb, index)
    subj = _subject(verb) if not agents and rel.plover in TARGETLESS else None
    group = index.group_for(subj) if subj is not None else None
    if group is not None:  # "students protested", "thousands of farmers marched"
        agents, conf = [group], 0.7
    if not agents:
        return None
    args = _verb_targets(verb, rel, word, index, agents, conf)
    if (args is None or not args.targets) and len(agents) > 1 and (
            rel.name in SYMMETRIC or verb.lemma_.lower() in lexicon().reciprocal_verbs):
        return Args(agents[:1], agents[1:], None, conf * 0.8, mutual=True)  # "X and Y clashed",
        # "X and Y exchanged fire"
    if (args is None or not args.targets) and rel.plover == "ACCUSE":
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)  # '"Canada is behind
        subj = child_of(said, "nsubj", "nsubjpass") if said is not None else None  # the curve,"
        found = [m for m in index.actors_for(subj) if not any(same(m, a) for a in agents)] \
            if subj is not None else []  # chastised Bhuta': the one the criticism is about
        if found:
            return Args(agents, found, None, conf * 0.7)
    if (args is None or not args.targets) and rel.plover in ("REJECT", "AGREE"):
        refused = _refused(verb, index)  # "refused to meet the envoy", "refuses to recognise
        if rel.plover == "AGREE":  # Israel", "agreed to hold talks with the government"; not
            refused = [m for m in refused if m.label[:1].isupper() or m.type != "Group"] \
                if not _hostile_commitment(verb) else []  # whom an agreed sanction is on,
            # people an agreement is about ("agreed to release 500 prisoners")
        if refused:
            return Args(agents, refused, None, conf * 0.85)
    if (args is None or not args.targets) and rel.plover == "PROTEST":
        aimed = _purpose_targets(verb, index, agents, conf)  # "marched to protest against X"
        if aimed is not None:
            return aimed
    if (args is None or not args.targets) and rel.plover == "THREATEN":
        warned = _consequence_target(verb, index)  # "warned that Chen would pay a price"
        if warned:
            return Args(agents, warned, None, conf * 0.8)
    if args is None and (rel.plover in TARGETLESS or promised(verb) or rel.plover == "THREATEN"):
        # a threat's target may be the one its condition is put to ("threatened to close the
        # strait if the EU went ahead with an embargo")
        return Args(agents, [], None, conf * 0.8)  # "students protested", "threatened to strike"
    return args


def _reciprocal(verb: Token, index: ActorIndex) -> Args | None:
    """Sides acting on each other: "India and Pakistan blamed each other", "fought ..., with
    each side accusing the other": each of the coordinated subjects toward the others."""
    obj = child_of(verb, "dobj")
    if obj is None or obj.lower_ not in ("other", "another"):
        return None
    subj = child_of(verb, "nsubj")
    each = {c.lower_ for c in obj.children} & {"each", "one"}
    if each:  # "blamed each other": the verb's own subjects
        sides = _verb_agents(verb, index)[0]
    elif subj is not None and subj.lemma_.lower() in ("side", "party", "each") and any(
            c.lower_ in ("each", "both") for c in (subj, *subj.children)):
        clause = verb.head.head if verb.head.dep_ == "prep" else verb.head  # "with each side
        sides = _verb_agents(clause, index)[0] if clause.i != verb.i else []  # accusing"
    else:
        return None
    return Args(sides[:1], sides[1:], None, 0.7, mutual=True, reciprocal=True) \
        if len(sides) > 1 else None


def _caused(verb: Token, index: ActorIndex) -> Args | None:
    """A causative: "had its leader detained", "got the editor arrested": the one who had it
    done acts on the one it was done to."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    have = next((c for c in verb.children if c.dep_ == "aux"), None)
    if len(subjects) == 2 and have is not None and have.lemma_.lower() in _CAUSATIVES \
            and subjects[0].i < have.i < subjects[1].i:  # parsed as "had" an auxiliary
        agents, targets = index.actors_for(subjects[0]), index.actors_for(subjects[1])
    else:
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in _CAUSATIVES \
                or have is not None or any(c.dep_ == "auxpass" for c in verb.children):
            return None
        subj = child_of(verb, "nsubj", "nsubjpass")
        targets = index.actors_for(subj) if subj is not None else []
        agents = _verb_agents(head, index)[0] if targets else []
    return Args(agents, targets, None, 0.6) if agents and targets else None


def _purpose_targets(verb: Token, index: ActorIndex, agents: list[Mention],
                     conf: float) -> Args | None:
    """A protest's target named in its purpose: "marched to protest against the re-election of
    X", "rallied to demand the withdrawal of Syrian troops": whom the protest or demand is
    aimed at."""
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in purpose.children):
            continue
        rel = verb_trigger(purpose.lemma_.lower())
        if rel is None or rel.plover not in ("PROTEST", "REQUEST"):
            continue
        found = _verb_targets(purpose, rel, None, index, agents, conf)
        if found is not None and found.targets:
            return Args(agents, found.targets, None, conf * 0.9)
    return None


def promised(verb: Token) -> bool:
    """True for the act a threat verb promises ("threatened to strike unless ..."): its target
    may be the one the condition is put to."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon().threat_words


def _strikers(token: Token, index: ActorIndex) -> list[Mention]:
    """Who carries out an attack named by a noun that is itself the subject of a violent verb
    ("NATO air strikes killed ...", "an Israeli air strike that hit ..."): its owner."""
    strike = event_noun(token)
    if strike is None or strike.plover != "ASSAULT":
        return []
    return _noun_roles(token, "ASSAULT", index)[0] or _attribute(token, index)


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


def _consequence_target(verb: Token, index: ActorIndex) -> list[Mention]:
    """Whom a warning says will suffer: the subject of its consequence clause."""
    clause = consequence_clause(verb)
    subj = child_of(clause, "nsubj") if clause is not None else None
    return index.actors_for(subj) if subj is not None else []


def _hostile_commitment(verb: Token) -> bool:
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


def _refused(verb: Token, index: ActorIndex) -> list[Mention]:
    """The actors of the act a refusal refuses or an agreement commits to: the one it would
    give something to, else the objects of its infinitive."""
    for comp in verb.children:
        if comp.dep_ == "xcomp":
            recipient = next((c for c in comp.children if c.dep_ in ("prep", "dative")
                              and c.lower_ == "to"), None)
            found = prep_actors(recipient, index) if recipient is not None else []
            if found:  # "refused to hand over bin Laden to the United States": refused the US
                return found
            for child in comp.children:
                if child.dep_ in ("dobj", "dative"):
                    found = index.actors_for(child) or _attribute(child, index) or (
                        _noun_roles(child, None, index)[1] if event_noun(child) else [])
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


def _verb_targets(verb: Token, rel: RelationDef, word: Token | None, index: ActorIndex,
                  agents: list[Mention], conf: float) -> Args | None:
    if word is not None and word.dep_ == "prep":
        obj = pobj(word)
        targets = index.actors_for(obj) if obj is not None else []
        event = event_noun(obj) if obj is not None and not targets else None
        if obj is not None and event is not None and _with_partner(rel, event):  # "called for
            # talks with Kabul"
            return Args(agents, _event_noun_actors(obj, rel, index), _literal(obj), conf * 0.8)
        owner = _attribute(obj, index, rel.plover) if obj is not None and not targets else []
        return Args(agents, targets or owner, None if targets else _literal(obj),
                    conf if targets else conf * 0.9)  # "fired into the crowd of protesters"
    if word is not None and word.dep_ == "dobj":  # "cut ties with Georgia", "opened fire on X",
        addressed = _addressed(verb)  # "revoked Fischer's passport"; not what intelligence
        for child in word.children:  # shared is "on"
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS and child.lower_ not in addressed:
                found = prep_actors(child, index)
                if found:
                    return Args(agents, found, None, conf)
        owner = _attribute(word, index, rel.plover) if rel.plover not in _INSTRUMENT else []
        owner = [m for m in owner if not any(same(m, a) for a in agents)]  # "its envoy"
        if owner:  # (the forces one sends or pulls out are never whom the act is directed at)
            return Args(agents, owner, _literal(word), conf * 0.9)
    literal: Args | None = None
    for obj, weight in _verb_objects(verb, rel, word):
        if literal is not None and obj.dep_ != "pobj":
            continue  # after a literal object, only a phrase of the verb may still name its owner
        targets = _named_holder(obj, index) or index.actors_for(obj)
        if targets:
            return Args(agents, targets, None, conf * weight)
        group = index.group_for(obj) if rel.plover not in _INSTRUMENT else None
        if group is not None:  # "kidnapped two Italian engineers", "freed the hostages"
            return Args(agents, [group], None, conf * weight * 0.9)
        found = _event_noun_actors(obj, rel, index)
        if not found and not _accusation_of(obj, rel) and not _authored(obj, rel):
            found = _attribute(obj, index, rel.plover)  # the actor the phrase belongs to; never
            # the author of an accusation investigated, nor the victim of a killing hailed
        if found:
            return Args(agents, found, _literal(obj), conf * weight * 0.8)  # and what it is about
        if literal is None and (obj.dep_ in ("dobj", "nsubjpass", "nsubj") or obj.i == verb.head.i or (
                rel.plover in _INSTRUMENT and obj.dep_ == "pobj")):
            value = _literal(obj)
            if value:  # what the act is about, unless a later phrase names an actor
                literal = Args(agents, [], value, conf * 0.65)
    return literal


def _named_holder(token: Token, index: ActorIndex) -> list[Mention]:
    """The person a post is given to by apposition: "the leader of the party, Peter Omondi"
    (the parser hangs the name on "party")."""
    heads = [token] + [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in [pobj(c)] if o is not None]
    for head in heads:
        for child in head.children:
            found = index.actor_for(child) if child.dep_ == "appos" else None
            if found is not None and found.type == "Person":
                return [found]
    return []


def _verb_objects(verb: Token, rel: RelationDef,
                  word: Token | None) -> Iterator[tuple[Token, float]]:
    """Candidate target phrases of ``verb``, most direct first."""
    if rel.plover in _INSTRUMENT:  # "deployed troops to X", "withdrew forces from X"
        forces = [c for c in verb.children if c.dep_ == "dobj"]  # "pulled back troops from X"
        forces += [t for c in forces for t in [counted(c)] if t is not None]  # "thousands of"
        for child in [c for t in [verb, *forces] for c in t.children]:
            if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "against", "into", "from"):
                obj = pobj(child)
                if obj is not None:
                    yield obj, 0.9 if child.head.i == verb.i else 0.8
        return
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        yield verb.head, 0.9
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative") and (word is None or child.i != word.i):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                yield verb.head, 0.85
            else:
                yield child, 1.0
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        for child in verb.children:  # "captured Saddam Hussein hiding in a hole": the parser
            if child.dep_ in ("advcl", "ccomp") and child.tag_ == "VBG" and not any(
                    c.dep_ in ("mark", "aux") for c in child.children):  # made the object the
                subj = child_of(child, "nsubj")  # subject of the participle after it
                if subj is not None and subj.i > verb.i:
                    yield subj, 0.85
    if rel.plover == "REQUEST":  # "demanded (that) the government initiate ..."
        for child in verb.children:
            if child.dep_ == "ccomp":
                subj = child_of(child, "nsubj")
                if subj is not None:
                    yield subj, 0.85
    addressed = _addressed(verb)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in addressed:
            continue  # "complained to the UN": the UN is turned to, not accused
        if child.dep_ == "prep" and (child.lower_ in OBJECT_PREPS or (
                child.lower_ in ("of", "about") and rel.plover in ("ACCUSE", "THREATEN")) or (
                child.lower_ == "for" and rel.plover == "REQUEST") or (
                child.lower_ in ("from", "by") and rel.plover in _OFFERED) or (
                child.lower_ == "from" and rel.plover == "SANCTION")):  # "recalled its envoy from X"
            obj = pobj(child)
            if obj is not None and obj.dep_ == "pobj":
                yield obj, 0.9


# ------------------------------------------------------------------ nouns


def _noun_agents(noun: Token, cls: str | None, index: ActorIndex) -> list[Mention]:
    """Who carries out the nominal event ``noun``: "the TTP's threat", "a threat issued by
    TTP", "threats from the Taliban", "a Taliban plan", "X launched an attack"."""
    lex = lexicon()
    agents, _ = _noun_roles(noun, cls, index)
    if agents:
        return agents
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in lex.light_verbs:
        found = _verb_agents(head, index)[0]
        if not found and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            # "a Security Council resolution imposing sanctions on Iran": the resolution's author
            document = head.head
            found = index.actors_for(document) or _attribute(document, index)
            if not found and document.dep_ == "dobj" \
                    and document.head.lemma_.lower() in lex.light_verbs:
                found = _verb_agents(document.head, index)[0]  # "Bush signed a bill imposing"
        return found
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" \
            and head.head.pos_ in ("VERB", "AUX"):  # "resigned in protest", "in retaliation"
        return _verb_agents(head.head, index)[0]
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in lex.light_verbs \
            and head.lower_ in ("in", "into", "under"):  # "put him under arrest"
        return _verb_agents(head.head, index)[0]
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in lex.light_verbs:
        return _verb_agents(head, index)[0]
    if cls == "CONSULT" and noun.dep_ == "pobj" and head.lower_ in ("for", "on") \
            and head.dep_ == "prep":
        host = head.head
        if host.lemma_.lower() in lex.travel_verbs or (host.pos_ == "VERB" and head.lower_ == "on"):
            return _verb_agents(host, index)[0]  # "flew to Moscow for talks with", "landed in
            # Asmara on a historic visit", "Duterte, on a visit to Beijing, announced"
        if host.pos_ in ("PROPN", "NOUN") and host.dep_ != "pobj":  # "Duterte, on a state
            return index.actors_for(host)  # visit to Beijing, said"
    return []


def _noun_roles(noun: Token, cls: str | None, index: ActorIndex
                ) -> tuple[list[Mention], list[Mention]]:
    """Agents and targets written inside the noun phrase of an event noun."""
    lex = lexicon()
    agents: list[Mention] = []
    targets: list[Mention] = []
    addressed = _addressed(noun)
    for child in noun.children:
        dep, word = child.dep_, child.lower_
        if dep == "prep" and word in addressed:
            continue  # "a complaint to the court"
        if dep == "poss" or (dep in ("compound", "nmod", "amod") and child.i < noun.i):
            found = index.actors_for(child)
            if not found and dep != "poss":  # "Turkish artillery attacks": Turkey attacks
                country = index.country_for(child)
                found = [country] if country is not None else []
            person = any(m.type == "Person" for m in found)
            patient = cls in _PATIENT_POSS and person
            (targets if patient else agents).extend(found)
        elif dep == "prep":
            obj = pobj(child)
            if obj is None:
                continue
            if word == "by" or (word == "from" and cls not in _NOT_FROM_AGENT):
                agents.extend(index.actors_for(obj))
            elif cls in _INSTRUMENT and word in ("from", "to", "into"):
                targets.extend(index.actors_for(obj) or _attribute(obj, index, cls))  # "the
                # withdrawal of its troops from Lebanon": the place left is whose
            elif word == "of" and cls in _INSTRUMENT and _forces(obj, index):
                agents.extend(m for c in obj.children if c.dep_ in ("amod", "compound")
                              for m in [index.country_for(c)] if m is not None)  # the forces
                # withdrawn or sent are the act's means: their country ("Syrian troops") acts
            elif word == "of":
                (targets if cls in _PATIENT_OF else agents).extend(index.actors_for(obj))
            elif word in OBJECT_PREPS and (word != "on" or cls in _ON_TARGET):
                targets.extend(index.actors_for(obj) or _attribute(obj, index, cls))
            elif word == "for" and not _indefinite(obj):  # "support for Ukraine", "demands for
                targets.extend(index.actors_for(obj) or _attribute(obj, index))  # X's resignation"
        elif dep == "acl" and child.lemma_.lower() in lex.light_verbs:
            agents.extend(prep_actors(child_of(child, "agent"), index))
            targets.extend(_prep_targets(child, index))
        elif dep in ("acl", "ccomp") and cls in ("REQUEST", "ACCUSE"):
            # "its demand that Iran suspend ...", "allegations that the CIA set up jails"
            subj = child_of(child, "nsubj", "nsubjpass")
            if subj is not None:
                targets.extend(index.actors_for(subj))
    if not agents:
        agents.extend(_stray_agents(noun, index))
    if not targets and cls in ("PROTEST", "ACCUSE"):  # "in protest over the agency's handling"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("over", "at", "against"):
                obj = pobj(child)
                if obj is not None:
                    targets.extend(index.actors_for(obj) or _attribute(obj, index))
    return agents, targets


def _stray_agents(noun: Token, index: ActorIndex) -> list[Mention]:
    """The agents of an event noun that the parse hung on the active verb governing it:
    "condemned the invasion of Afghanistan by Soviet troops" ("by" belongs to the invasion,
    an active verb takes no "by" agent)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(
            c.dep_ in ("auxpass", "agent") for c in verb.children):
        return []
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
               and c.i > noun.i), None)
    obj = pobj(by) if by is not None else None
    return index.actors_for(obj) if obj is not None else []


def _forces(token: Token, index: ActorIndex) -> bool:
    """True for a phrase naming armed forces ("its troops", "Syrian forces")."""
    found = index.actors_for(token)
    return bool(found) and all(m.type == "SecurityForce" and m.key is None for m in found)


def _indefinite(token: Token) -> bool:
    """A noun phrase that names no particular actor: "a unity government", "any party"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in token.children)


def _addressed(word: Token) -> frozenset[str]:
    """The prepositions whose object is not the target of ``word``: whom it turns to ("complained
    to"), what it protects against ("defended X against"): ``not_target_preps.tsv``."""
    return lexicon().not_target_preps.get(word.lemma_.lower(), frozenset())


def _prep_targets(verb: Token, index: ActorIndex, noun: Token | None = None) -> list[Mention]:
    """Targets given on a light verb: "imposed sanctions on X", "gave X a warning" (not the
    addressee of the event ``noun`` it carries: "took their complaints to the court")."""
    found: list[Mention] = []
    addressed = _addressed(noun) if noun is not None else frozenset()
    act = event_noun(noun) if noun is not None else None
    if act is not None and act.plover not in _ON_TARGET:
        addressed = addressed | {"on"}  # "held joint exercises on Basilan": where, not whom
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in addressed:
            continue
        if child.dep_ == "prep" and (child.lower_ in OBJECT_PREPS or (
                child.lower_ == "for" and act is not None and act.plover in ("SUPPORT", "AID"))):
            obj = pobj(child)  # "pledged full support for Azerbaijan"
            if obj is not None:
                found.extend(index.actors_for(obj))
        elif child.dep_ == "dative":
            found.extend(index.actors_for(pobj(child) or child))
        elif child.dep_ == "dobj" and noun is not None and child.i < noun.i:
            found.extend(index.actors_for(child))  # "offered Kim Dae-jung an apology"
    return found


def noun_args(noun: Token, rel: RelationDef, index: ActorIndex) -> Args | None:
    """The agents and targets (or a literal target) of the noun trigger ``noun`` of ``rel``:
    inside its phrase, else through the light or recipient verb that carries it."""
    lex = lexicon()
    agents = _noun_agents(noun, rel.plover, index)
    if rel.name in SYMMETRIC:  # "the talks between Israel and Hamas", also "WTO negotiations
        parties = prep_actors(next((c for c in noun.children if c.dep_ == "prep"  # between
                                     and c.lower_ == "between"), None), index)  # Australia and
        if len(parties) > 1:  # the US": the two named are the parties, not the forum
            return Args(parties[:1], parties[1:], None, 0.7, mutual=True)
        if not agents:
            return None
    if not agents:
        return None
    _, targets = _noun_roles(noun, rel.plover, index)
    confidence = 0.75
    head = noun.head
    light = head.lemma_.lower() in lex.light_verbs
    if not targets and light and noun.dep_ in ("dobj", "nsubjpass", "attr"):
        targets, confidence = _prep_targets(head, index, noun), 0.8
    if not targets and noun.dep_ == "pobj" and head.dep_ == "prep" \
            and head.head.lemma_.lower() in lex.light_verbs:
        targets, confidence = _prep_targets(head.head, index, noun), 0.75
        if head.lower_ == "under":  # "placed the opposition leader under house arrest"
            obj = child_of(head.head, "dobj")
            targets = index.actors_for(obj) if obj is not None else targets
    if not targets and noun.dep_ == "dobj" and head.lemma_.lower() in lex.recipient_verbs:
        targets, confidence = _verb_agents(head, index)[0], 0.65
    if not targets and noun.dep_ == "pobj" and head.lower_ in ("for", "on") \
            and head.head.lemma_.lower() in lex.travel_verbs:  # "landed in Asmara on a visit"
        targets = [m for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                   for m in prep_actors(c, index) if not any(same(m, a) for a in agents)]
    if not targets and rel.name in SYMMETRIC and len(agents) > 1:
        # "X and Y held talks": the first named acts towards the others, and they towards it
        return Args(agents[:1], agents[1:], None, 0.7, mutual=True)
    if not targets:
        value = _literal(_prep_object(noun) or (_prep_object(head) if light else None))
        if value or rel.target_optional:  # "declared martial law": complete with no target
            return Args(agents, [], value, 0.55)
        return None
    return Args(agents, targets, None, confidence)


def _prep_object(token: Token) -> Token | None:
    """The object of a target preposition on ``token`` ("an attack on a mosque")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
            return pobj(child)
    return None


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


def _accusation_of(token: Token, rel: RelationDef) -> bool:
    """True for an accusation that is the object of an accusing act ("investigate allegations
    by X that Y ..."): its author is not the one accused."""
    other = event_noun(token)
    return rel.plover == "ACCUSE" and other is not None and other.plover == "ACCUSE"


def _event_noun_actors(token: Token, rel: RelationDef, index: ActorIndex) -> list[Mention]:
    """The actors of an event noun that is itself the object of a verb: the author of a
    threat one defies, the target of sanctions one lifts."""
    other = event_noun(token)
    if other is None or not other.is_event:
        return []
    agents, targets = _noun_roles(token, other.plover, index)
    if rel.plover == "ACCUSE" and other.plover == "ACCUSE":  # "investigate allegations by HRW
        return targets  # that the CIA ...": the accused, never the accuser
    if rel.plover == "REQUEST" and not _with_partner(rel, other):
        # "will not seek Altaf Hussain's extradition": the person asked for; never a group
        return agents or [t for t in targets if t.type == "Person"]
    if rel.plover in _AUTHOR_ONLY and not _with_partner(rel, other):
        return agents  # "condemned the attack on X": the attacker, never X; "will not support
        # sanctions on Iran" does not (not) support Iran
    return targets or agents if rel.plover == "CONCEDE" else agents or targets


def _authored(token: Token, rel: RelationDef) -> bool:
    """True for an event noun that a stance of ``rel`` is taken towards ("hailed the killing of
    X", "requested the extradition of X"): only its author can be the target, never its
    victim."""
    other = event_noun(token)
    return rel.plover in _AUTHOR_ONLY and other is not None and other.is_event \
        and not _with_partner(rel, other)


def _with_partner(rel: RelationDef, event: RelationDef) -> bool:
    """True when asking for or refusing a joint act names its partner as the target ("ruled out
    any cooperation with the AfD", "called for talks with the Taliban")."""
    return rel.plover in ("REQUEST", "REJECT") and event.plover in ("CONSULT", "COOPERATE", "AGREE")


#: Classes whose stance towards an event named by a noun is a stance towards its author only
#: ("requested the extradition of three guerrillas" asks the state holding them, not them).
_AUTHOR_ONLY = frozenset({"ACCUSE", "SUPPORT", "PROTEST", "REQUEST", "REJECT"})


#: Prepositions inside a noun phrase that name the actor it belongs to ("the assets of X",
#: "an offer from Kabul", "calls by X"), and those that name whom it is directed at ("arms
#: exports to China", "ties with Georgia"): the latter only for acts done to the thing itself
#: (a sanction, a withdrawal), not for what is demanded or condemned ("demanded action
#: against the army" does not demand of the army).
_OWNER_PREPS = ("of", "from", "by")
_DIRECTION_PREPS = ("to", "with", "against", "on")
#: Classes whose "on" names the target ("sanctions on Iran"); for the others it names the
#: topic ("intelligence on North Korea", "an agreement on trade").
_ON_TARGET = frozenset({"SANCTION", "COERCE", "THREATEN", "ASSAULT", "REQUEST"})
_DIRECTED = frozenset({"SANCTION", "COERCE", "RETREAT", "AID", "COOPERATE", "CONSULT", "AGREE",
                       "THREATEN", "CONCEDE"})


def _attribute(token: Token, index: ActorIndex, cls: str | None = None, depth: int = 0) -> list[Mention]:
    """The actor a non-actor phrase belongs to (or, for acts of class ``cls`` done to the
    thing itself, is directed at): "a police post", "the minister's resignation", "the home of
    the governor", "an offer from Kabul", "arms exports to China", "ties with Georgia"; two
    levels of nesting at most."""
    lex = lexicon()
    if token.lemma_.lower() in lex.counterpart_nouns or token.lower_ in lex.relational_nouns:
        return []  # "Arab allies of the USA", "the daughter of the minister": not the owner
    preps = _OWNER_PREPS + (tuple(p for p in _DIRECTION_PREPS if p != "on" or cls in _ON_TARGET)
                            if cls in _DIRECTED else ())
    for prep in preps:  # "the assets of X" before "US assets"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                obj = pobj(child)
                found = index.actors_for(obj) if obj is not None else []
                if found:
                    return found
    own = {id(m) for m in index.actors_for(token)}
    for child in token.children:  # "Hezbollah positions", "Russian positions"
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod")
                                    and child.i < token.i):
            found = [m for m in index.actors_for(child) if id(m) not in own]  # not the phrase itself
            if not found and child.dep_ in ("amod", "compound", "nmod"):
                country = index.country_for(child)  # "the Dutch ambassador", "Israeli army post"
                found = [country] if country is not None else []
            if found:
                return found
    if depth < 1:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = pobj(child)
                found = _attribute(obj, index, cls, depth + 1) if obj is not None else []
                if found:
                    return found
    return []


def _literal(token: Token | None) -> str | None:
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
