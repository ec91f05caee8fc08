"""Event arguments: the source and target actors around an event trigger.

Around a verb trigger the dependency tree gives who acts (subject, by-agent, a subject shared
through coordination, control or a participial clause, "the army said its aircraft had
struck") and on whom (objects, "demanded the government ...", target prepositions, an object
belonging to an actor); around a noun trigger the possessive, compound, "by"/"from"/"of"
phrases and the light verb that carries it ("imposed sanctions on"). :mod:`graphkit.extract.events`
turns the arguments into relations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._conditions import (
    conceded_to,
    consequence_target,
    hostile_commitment,
    promise_condition,
    promised,
    refused_party,
    withheld_from,
)
from graphkit.extract._doers import indefinite, noun_agents, noun_roles, prep_targets, verb_agents
from graphkit.extract._event_objects import (
    accusation_of,
    authored,
    denied_fact,
    event_noun_actors,
    pressed_object,
    with_partner,
)
from graphkit.extract._forces import deployed, given_forces, helped_destination, military_retreat
from graphkit.extract._phrases import (
    INSTRUMENT,
    OBJECT_PREPS,
    SYMMETRIC,
    TARGETLESS,
    Args,
    addressed_preps,
    antecedent,
    event_noun,
    literal_text,
    named_holder,
    nearest_subject,
    owner_of,
    prep_object,
)
from graphkit.extract._tree import RELATIVE, child_of, in_amount, infinitive, pobj, prep_actors, same
from graphkit.extract.lexicon import lexicon
from graphkit.extract.reference import counted
from graphkit.vocab import noun_trigger, verb_trigger

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention
    from graphkit.vocab import RelationDef

__all__ = ["noun_args", "verb_args"]


#: Verbs of having something done to someone ("had him arrested").
_CAUSATIVES = frozenset({"have", "get"})
#: Classes whose object may be something offered by the target ("turned down an offer from
#: Kabul", "welcomed a proposal by X"), the parser hanging "from X" on the verb.
_OFFERED = frozenset({"REJECT", "SUPPORT", "AGREE"})
#: Prepositions by which a clause answers a request it names ("at the request of X", "despite
#: X's appeals", "on the invitation of X"), or acts on support it names ("with the backing of
#: X"): the request was made of, the support given to, the clause's subject.
_ANSWERED = {"REQUEST": frozenset({"at", "despite", "upon", "on"}), "SUPPORT": frozenset({"with"})}


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
    agents, conf = verb_agents(verb, index)
    subj = nearest_subject(verb) if not agents else None
    if subj is not None and rel.plover not in TARGETLESS and counted(subj) is None:
        subj = None  # a counted crowd acts in any event: "thousands of protesters asked ..."
    group = index.group_for(subj) if subj is not None else None
    if group is not None:  # "students protested", "thousands of farmers marched"
        agents, conf = [group], 0.7
    if not agents:
        return None
    args = _verb_targets(verb, rel, word, index, agents, conf)
    if (args is None or not args.targets) and len(agents) > 1 and (
            rel.name in SYMMETRIC or verb.lemma_.lower() in lexicon().reciprocal_verbs) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "against") and child_of(c, "pobj") is not None
            for c in verb.children) and not _third_party(verb, rel):  # "X and Y clashed",
        # "exchanged fire", "fought, with each side accusing the other"; not "X and Y
        # negotiated with Z", not "an insurgency was repelled by X and Y"
        return Args(agents[:1], agents[1:], None, conf * 0.8, mutual=True)
    if (args is None or not args.targets) and rel.plover == "ACCUSE":
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)  # '"Canada is behind
        subj = _accused_in(said) if said is not None else None  # the curve,"
        found = [m for m in index.actors_for(subj) if not any(same(m, a) for a in agents)] \
            if subj is not None else []  # chastised Bhuta': the one the criticism is about
        if found:
            return Args(agents, found, None, conf * 0.7)
    if (args is None or not args.targets) and rel.plover == "REJECT" and \
            verb.lemma_.lower() in lexicon().denial_verbs:  # "denies sending troops into
        denied = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)  # Somalia":
        if denied is not None:  # the claim denied; whom its act would have hit is not rejected
            return Args(agents, [], literal_text(denied), conf * 0.8)
    if (args is None or not args.targets) and rel.plover in ("REJECT", "AGREE"):
        refused = refused_party(verb, index)  # "refused to meet the envoy", "refuses to recognise
        if hostile_commitment(verb):  # Israel", "agreed to hold talks with the government"; not
            refused = []  # whom an agreed sanction is on, nor whom one refuses to criticise
        elif rel.plover == "AGREE":  # ("opposed criticizing Bush"), nor people an agreement
            refused = [m for m in refused if m.label[:1].isupper() or m.type != "Group"]
            # is about ("agreed to release 500 prisoners")
        if refused:
            return Args(agents, refused, None, conf * 0.85)
    if (args is None or not args.targets) and rel.plover == "PROTEST":
        aimed = _purpose_targets(verb, index, agents, conf)  # "marched to protest against X"
        if aimed is not None:
            return aimed
    if (args is None or not args.targets) and rel.plover == "AID":
        helped = helped_destination(verb, index, agents)  # "sent troops into Bahrain to help
        if helped:  # quell the unrest": Bahrain
            return Args(agents, helped, None, conf * 0.8)
    if (args is None or not args.targets) and rel.plover == "CONCEDE":
        winners = conceded_to(verb, index)  # "conceded defeat in the election won by X"
        if winners:
            return Args(agents, winners, None, conf * 0.8)
    if (args is None or not args.targets) and rel.plover == "THREATEN":
        warned = consequence_target(verb, index) or promise_condition(verb, index) or \
            refused_party(verb, index)  # "warned that Chen would pay a price", "threatened to
        # destroy Turkey's economy if Ankara ...": the one who must comply, else the one hit
        if warned:
            return Args(agents, warned, None, conf * 0.8)
    if (args is None or not args.targets) and (put := withheld_from(verb, rel, index)):
        return Args(agents, put, None, conf * 0.8)  # "blocked aid until Hamas recognises Israel"
    if args is None and military_retreat(verb, rel, agents):  # "the troops pulled back"
        return Args(agents, [], None, conf * 0.8, complete=True)
    if args is None and (rel.plover in TARGETLESS or promised(verb) or rel.plover == "THREATEN"
                         or rel.target_optional):  # "Mubarak resigned"
        # a threat's target may be the one its condition is put to ("threatened to close the
        # strait if the EU went ahead with an embargo")
        return Args(agents, [], None, conf * 0.8)  # "students protested", "threatened to strike"
    return args


def _third_party(verb: Token, rel: RelationDef) -> bool:
    """True when a hostile act of coordinated agents has a patient of its own that is no actor:
    the passive's subject ("an insurgency was repelled by the Iraqi and US armies") or an
    object that names no act done between sides ("repelled the attack", but not "fought a
    battle"). Acts done together ("signed a treaty", "held talks") have no such third party."""
    passive = child_of(verb, "nsubjpass") is not None
    if passive and rel.plover == "CONSULT":
        return True  # "Bhutto's arrival was met by police and troops": they met her
    if rel.plover in _TOGETHER or verb.lemma_.lower() in lexicon().reciprocal_verbs:
        return False
    if passive:
        return True
    obj = child_of(verb, "dobj")
    if obj is None or obj.lower_ in ("other", "another"):
        return False
    named = noun_trigger(obj.lemma_.lower())
    return named is None or named.name not in SYMMETRIC


#: Classes whose coordinated agents act together on what their verb names ("signed a treaty").
_TOGETHER = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _reciprocal(verb: Token, index: ActorIndex) -> Args | None:
    """Sides acting on each other: "India and Pakistan blamed each other", "fought ..., with
    each side accusing the other": each of the coordinated subjects toward the others."""
    obj = child_of(verb, "dobj")
    if obj is None or obj.lower_ not in ("other", "another"):
        return None
    subj = child_of(verb, "nsubj")
    each = {c.lower_ for c in obj.children} & {"each", "one"}
    if each:  # "blamed each other": the verb's own subjects
        sides = verb_agents(verb, index)[0]
    elif subj is not None and subj.lemma_.lower() in ("side", "party", "each") and any(
            c.lower_ in ("each", "both") for c in (subj, *subj.children)):
        clause = verb.head.head if verb.head.dep_ == "prep" else verb.head  # "with each side
        sides = verb_agents(clause, index)[0] if clause.i != verb.i else []  # accusing"
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
        agents = verb_agents(head, index)[0] if targets else []
    return Args(agents, targets, None, 0.6) if agents and targets else None


#: Acts whose target a protest's purpose names as the protest's ("marched to protest against
#: X", "rallied to demand", "took to the streets to denounce ETA", "to dispute his claim").
_PROTESTED_BY = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT"})


def _purpose_targets(verb: Token, index: ActorIndex, agents: list[Mention],
                     conf: float) -> Args | None:
    """A protest's target named in its purpose: "marched to protest against the re-election of
    X", "rallied to demand the withdrawal of Syrian troops": whom the protest or demand is
    aimed at."""
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not infinitive(purpose):
            continue
        rel = verb_trigger(purpose.lemma_.lower())
        if rel is None or rel.plover not in _PROTESTED_BY:
            continue
        found = _verb_targets(purpose, rel, None, index, agents, conf)
        if found is not None and found.targets:
            return Args(agents, found.targets, None, conf * 0.9)
    return None


def _included(noun: Token, index: ActorIndex, found: list[Mention]) -> list[Mention]:
    """The actors an "including" phrase names among the people an act was done to ("rounded
    up thousands of activists, including union leader Lech Walesa"): they are targets too."""
    out: list[Mention] = []
    for head in (noun, counted(noun)):
        for child in head.children if head is not None else ():
            if child.dep_ == "prep" and child.lower_ == "including":
                out += [m for m in prep_actors(child, index)
                        if not any(same(m, f) for f in [*found, *out])]
    return out


#: Nouns by which a preposition phrase tells what an act led to ("hacked to death").
_RESULTS = frozenset({"death"})


def _verb_targets(verb: Token, rel: RelationDef, word: Token | None, index: ActorIndex,
                  agents: list[Mention], conf: float) -> Args | None:
    if rel.plover == "MOBILIZE":
        return deployed(verb, index, agents, conf)
    if word is not None and word.dep_ == "prep" and (end := pobj(word)) is not None \
            and end.lemma_.lower() in _RESULTS:
        word = None  # "hacked residents to death": the phrase tells the result; the victim is
        # the object
    if word is not None and word.dep_ == "prep":
        obj = pobj(word)  # "spoke with his Pakistani counterpart Yousuf Raza Gilani": the name
        if obj is not None and obj.dep_ == "pcomp" and obj.tag_ == "VBG":
            obj = child_of(obj, "nsubj") or obj  # "fired at protesters blocking roads": the
            # parser made the object the subject of the participle after it
        targets = (named_holder(obj, index) or index.actors_for(obj)) if obj is not None else []
        if not targets and (pressed := pressed_object(verb, word, index)):
            return Args(agents, pressed, literal_text(obj) if obj is not None else None, conf)
        if not targets and obj is not None and rel.plover in ("ASSAULT", "COERCE"):
            group = index.group_for(obj)  # "fired on students marching to the palace"
            targets = (_members_of(obj, index, agents) or [group]) if group is not None else []
        event = event_noun(obj) if obj is not None and not targets else None
        if obj is not None and event is not None and with_partner(rel, event):  # "called for
            # talks with Kabul"
            return Args(agents, event_noun_actors(obj, rel, index), literal_text(obj), conf * 0.8)
        if obj is not None and not targets and rel.plover == "REQUEST" and event is not None \
                and event.is_event:  # "called for the withdrawal of British troops": Britain
            owner = event_noun_actors(obj, rel, index)
        else:
            owner = owner_of(obj, index, rel.plover) if obj is not None and not targets else []
        return Args(agents, targets or owner, None if targets else literal_text(obj),
                    conf if targets else conf * 0.9)  # "fired into the crowd of protesters"
    if word is not None and word.dep_ == "dobj":  # "cut ties with Georgia", "opened fire on X",
        addressed = addressed_preps(verb)  # "revoked Fischer's passport"; not what intelligence
        for child in word.children:  # shared is "on"
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS and child.lower_ not in addressed:
                found = prep_actors(child, index)
                if found:
                    return Args(agents, found, None, conf)
        owner = owner_of(word, index, rel.plover) if rel.plover not in INSTRUMENT else []
        owner = [m for m in owner if not any(same(m, a) for a in agents)]  # "its envoy"
        if owner:  # (the forces one sends or pulls out are never whom the act is directed at)
            return Args(agents, owner, literal_text(word), conf * 0.9)
    literal: Args | None = None
    for obj, weight in _verb_objects(verb, rel, word):
        if literal is not None and obj.dep_ != "pobj":
            continue  # after a literal object, only a phrase of the verb may still name its owner
        targets = _participle_object(verb, obj, index) or named_holder(obj, index) \
            or index.actors_for(obj) or _partner(obj, rel, index)
        if targets:
            return Args(agents, targets + _included(obj, index, targets), None, conf * weight)
        group = index.group_for(obj) if rel.plover not in INSTRUMENT else None
        owners = _members_of(obj, index, agents) if group is not None else []
        if owners:  # "detained hundreds of its followers", "of the sect's followers": the sect
            return Args(agents, owners, literal_text(obj), conf * weight * 0.85)
        if group is not None:  # "kidnapped two Italian engineers", "freed the hostages"
            return Args(agents, [group, *_included(obj, index, [group])], None, conf * weight * 0.9)
        if rel.plover == "AID" and (done := event_noun(obj)) is not None and done.plover in _FORCE_ACTS:
            continue  # "contribute troops to the invasion of Iraq": not help to the invaded
        found = event_noun_actors(obj, rel, index)
        if not found and not accusation_of(obj, rel) and not authored(obj, rel) \
                and not denied_fact(verb, obj, rel):
            found = owner_of(obj, index, rel.plover)  # the actor the phrase belongs to; never
            # the author of an accusation investigated, nor the victim of a killing hailed
        if found:
            return Args(agents, found, literal_text(obj), conf * weight * 0.8)  # and what it is about
        if literal is None and (obj.dep_ in ("dobj", "nsubjpass", "nsubj") or obj.i == verb.head.i or (
                rel.plover in INSTRUMENT and obj.dep_ == "pobj")):
            value = literal_text(obj)
            if value:  # what the act is about, unless a later phrase names an actor
                literal = Args(agents, [], value, conf * 0.65)
    return literal


def _accused_in(said: Token) -> Token | None:
    """Whom a charge made in a clause is about: its subject ("charged that the army was
    behind the attack", "said the minister was involved"); of an act it says was done to its
    subject, the doer ("charged that Zuma was fired by the president"), or no one."""
    subj = child_of(said, "nsubj")
    if subj is not None:
        return subj
    undergoer = child_of(said, "nsubjpass")
    if undergoer is None or said.lemma_.lower() in lexicon().implicating_verbs:
        return undergoer
    by = child_of(said, "agent")
    return pobj(by) if by is not None else None


def _members_of(noun: Token, index: ActorIndex, agents: list[Mention]) -> list[Mention]:
    """The organisation or person whose members, followers or supporters a counted phrase
    names by a possessive or an "of" phrase ("hundreds of followers of the sect", "dozens of
    the party's members"), other than the agents themselves."""
    head = noun
    while (inner := counted(head)) is not None:  # "hundreds of followers of the sect"
        head = inner
    if head is noun or head.lower_ not in lexicon().member_nouns:
        return []
    found = [m for c in head.children if c.dep_ == "poss" for m in index.actors_for(c)]
    found = found or [m for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for m in prep_actors(c, index)]
    return [m for m in found if not any(same(m, a) for a in agents)]


def _participle_object(verb: Token, obj: Token, index: ActorIndex) -> list[Mention]:
    """The actor a pronoun object of a participial clause that shares its subject with the main
    verb stands for: the main verb's object ("Sudan expelled the aid agencies, accusing them of
    spying"; "China banned Falun Gong, calling it a cult"), when that is an actor."""
    if obj.pos_ != "PRON" or obj.lower_ not in ("it", "them") or verb.dep_ != "advcl" \
            or verb.tag_ != "VBG" or child_of(verb, "nsubj") is not None:
        return []
    main = child_of(verb.head, "dobj")
    if main is None:
        return []
    if main.lemma_.lower() in lexicon().actor_kind_nouns:  # "banned the Falun Gong movement"
        return index.actors_for(main) or owner_of(main, index)
    return index.actors_for(main)


def _partner(obj: Token, rel: RelationDef, index: ActorIndex) -> list[Mention]:
    """The other side of a bond a stance is taken towards ("defended its close ties with
    Khartoum": Khartoum), for supporting, accusing and rejecting acts."""
    if rel.plover not in ("SUPPORT", "ACCUSE", "REJECT") or obj.lemma_.lower() not in lexicon().partner_nouns:
        return []
    return [m for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"
            for m in prep_actors(c, index)]


def _verb_objects(verb: Token, rel: RelationDef,
                  word: Token | None) -> Iterator[tuple[Token, float]]:
    """Candidate target phrases of ``verb``, most direct first."""
    if rel.plover in INSTRUMENT:  # "withdrew forces from X" (a deployment's are _deployed's)
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
    subj = child_of(verb, "nsubj")
    if verb.dep_ == "relcl" and subj is not None and subj.lower_ not in RELATIVE and not any(
            c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        yield verb.head, 0.8  # "a move his opponents denounced as a coup": the move
    for child in verb.children:
        if child.dep_ == "dobj" and rel.plover == "AID" and verb.lemma_.lower() in lexicon().giving_verbs \
                and given_forces(child):
            continue  # "contribute troops": the aid given, not the one aided
        if child.dep_ in ("dobj", "nsubjpass", "dative") and (word is None or child.i != word.i):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                yield antecedent(child, verb.head), 0.85
            elif child.dep_ == "dative" and child.pos_ == "ADP":  # "sent doctors to Haiti":
                obj = pobj(child)  # the parser's dative "to" is a preposition with its object
                if obj is not None:
                    yield obj, 0.9
            else:
                yield child, 1.0
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):  # "arrived in Israel and
        shared = nearest_subject(verb.head)  # was welcomed by Begin": the
        if shared is not None:  # subject of the first verb is what the passive one befalls
            yield shared, 0.85
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        for child in verb.children:  # "captured Saddam Hussein hiding in a hole": the parser
            if child.dep_ in ("advcl", "ccomp") and child.tag_ == "VBG" and not any(
                    c.dep_ in ("mark", "aux") for c in child.children):  # made the object the
                subj = child_of(child, "nsubj")  # subject of the participle after it
                if subj is not None and subj.i > verb.i:
                    yield subj, 0.85
    if rel.plover == "REQUEST":  # "demanded (that) the government initiate ...", "called
        for child in verb.children:  # for Thaksin to resign"
            mark = child_of(child, "mark")
            if child.dep_ == "ccomp" or child.dep_ == "advcl" and mark is not None and mark.lower_ == "for":
                subj = child_of(child, "nsubj")
                if subj is None and child.pos_ == "NOUN" and mark is not None:
                    subj = child_of(child, "compound")  # "demanded that the Taliban hand over":
                    # a clause whose verb the tagger took for a noun, its subject for a modifier
                if subj is not None:
                    yield subj, 0.85
    addressed = addressed_preps(verb)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in addressed:
            continue  # "complained to the UN": the UN is turned to, not accused
        if child.dep_ in ("prep", "prt") and (child.lower_ in OBJECT_PREPS or (  # "has called
            # on X to": the parser may take the preposition for a particle with an object
                child.lower_ in ("of", "about") and rel.plover in ("ACCUSE", "THREATEN")) or (
                child.lower_ == "for" and rel.plover == "REQUEST") or (
                child.lower_ in ("from", "by") and rel.plover in _OFFERED) or (
                child.lower_ == "from" and rel.plover == "SANCTION") or (  # "recalled its envoy from X"
                child.lower_ == "from" and rel.plover == "REQUEST" and not any(  # "sought help
                    child_of(c, "prep") is not None for c in verb.children  # from Russia"; not
                    if c.dep_ == "dobj"))):  # "the withdrawal of troops from Lebanon"
            obj = pobj(child)
            if child.lower_ == "for" and obj is not None and _amount(obj) and child_of(
                    obj, "prep") is None:  # "asked for more troops": what is asked for, not
                continue  # whom (but "asked for 500 soldiers from Germany": Germany)
            if obj is not None and obj.dep_ == "pobj":
                yield obj, 0.9
    if rel.plover in _FORCE_SHARED and not any(c.dep_ in ("dobj", "nsubjpass", "prep")
                                               for c in verb.children):
        for conj in verb.children:  # "riot police beat and detained hundreds of protesters":
            obj = child_of(conj, "dobj") if conj.dep_ == "conj" and conj.pos_ == "VERB" \
                and child_of(conj, "nsubj") is None else None  # the object the two share
            if obj is not None:
                yield obj, 0.85


#: Acts of force: what is given to one helps its doers, never its target.
_FORCE_ACTS = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"})
#: Acts of force whose verb may share the object of the verb conjoined after it ("beat and
#: detained them").
_FORCE_SHARED = frozenset({"ASSAULT", "COERCE"})
#: Words that make a noun phrase an amount of something ("more troops", "additional forces").
_MORE = frozenset({"more", "additional", "extra", "further", "fresh", "new"})


def _amount(token: Token) -> bool:
    """A noun phrase naming an amount of people or things, no particular actor: "more troops",
    "500 soldiers", "some help"."""
    return indefinite(token) or any((c.dep_ == "amod" and c.lower_ in _MORE) or c.dep_ == "nummod"
                                    for c in token.children)


def noun_args(noun: Token, rel: RelationDef, index: ActorIndex) -> Args | None:
    """The agents and targets (or a literal target) of the noun trigger ``noun`` of ``rel``:
    inside its phrase, else through the light or recipient verb that carries it."""
    lex = lexicon()
    agents = noun_agents(noun, rel.plover, index)
    if rel.name in SYMMETRIC:  # "the talks between Israel and Hamas", also "WTO negotiations
        parties = prep_actors(next((c for c in noun.children if c.dep_ == "prep"  # between
                                     and c.lower_ == "between"), None), index)  # Australia and
        if len(parties) > 1:  # the US": the two named are the parties, not the forum
            return Args(parties[:1], parties[1:], None, 0.7, mutual=True)
        if not agents:
            return None
    if not agents:
        return None
    _, targets = noun_roles(noun, rel.plover, index)
    confidence = 0.75
    place = in_amount(noun)  # "pledged $2 billion in aid to Indonesia": as "pledged aid"
    head = place.head
    light = head.lemma_.lower() in lex.light_verbs
    if not targets and place.dep_ == "pobj" and head.lower_ in _ANSWERED.get(rel.plover, ()) \
            and head.head.pos_ == "VERB":  # "sent troops at the
        targets = [m for m in verb_agents(head.head, index)[0]  # request of the king", "refused
                   if not any(same(m, a) for a in agents)]  # despite Rabat's appeal": asked
        if targets:  # of whoever acts on it or against it
            return Args(agents, targets, None, 0.7)
    if not targets and light and place.dep_ in ("dobj", "nsubjpass", "attr"):
        targets, confidence = prep_targets(head, index, noun), 0.8
    if not targets and place.dep_ == "pobj" and head.dep_ == "prep" \
            and head.head.lemma_.lower() in lex.light_verbs:
        targets, confidence = prep_targets(head.head, index, noun), 0.75
        if head.lower_ == "under":  # "placed the opposition leader under house arrest"
            obj = child_of(head.head, "dobj")
            group = index.group_for(obj) if obj is not None else None  # "placed political
            targets = (index.actors_for(obj) or ([group] if group is not None else [])) \
                if obj is not None else targets  # leaders under house arrest": a group
    if not targets and place.dep_ == "dobj" and head.lemma_.lower() in lex.recipient_verbs:
        targets, confidence = verb_agents(head, index)[0], 0.65
    if not targets and place.dep_ == "pobj" and head.lower_ in ("for", "on") \
            and head.head.lemma_.lower() in lex.travel_verbs:  # "landed in Asmara on a visit"
        targets = [m for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                   for m in prep_actors(c, index) if not any(same(m, a) for a in agents)]
    if not targets and rel.name in SYMMETRIC and len(agents) > 1:
        # "X and Y held talks": the first named acts towards the others, and they towards it
        return Args(agents[:1], agents[1:], None, 0.7, mutual=True)
    if not targets:
        value = literal_text(prep_object(noun) or (prep_object(head) if light else None))
        if value or rel.target_optional:  # "declared martial law": complete with no target
            return Args(agents, [], value, 0.55)
        return None
    return Args(agents, targets, None, confidence)
