"""Who acts: the agents of a verb (subject, by-agent, a subject shared through coordination,
control or a participial clause, "the army said its aircraft had struck") and the agents and
targets written inside the phrase of an event noun ("the TTP's threat", "sanctions on Iran by
the EU", "the withdrawal of Syrian troops from Lebanon").

Verb and noun agents call each other ("a resolution imposing sanctions": the resolution's
author; "resigned in protest": the one who resigned), so they live together here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._phrases import (
    INSTRUMENT,
    OBJECT_PREPS,
    ON_TARGET,
    addressed_preps,
    event_noun,
    headline_verb,
    named_holder,
    nearest_subject,
    owner_of,
)
from graphkit.extract._tree import (
    RELATIVE,
    child_of,
    in_amount,
    is_speech,
    main_conjunct,
    pobj,
    prep_actors,
    same,
)
from graphkit.extract.lexicon import lexicon
from graphkit.extract.polarity import polarity
from graphkit.extract.reference import counted
from graphkit.vocab import noun_trigger

if TYPE_CHECKING:

    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention

__all__ = ["answerable_for", "indefinite", "noun_agents", "noun_roles", "prep_targets", "verb_agents"]


#: Acts one is to blame for ("responsible for the attack"); one is responsible for the
#: protection of a person as a duty, not as an act done.
_BLAMED = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "SANCTION"})
#: Classes whose nominal "of"-phrase names the target ("the arrest of X"), not the agent.
_PATIENT_OF = frozenset({"COERCE", "ASSAULT", "ACCUSE", "SANCTION", "CONCEDE", "REJECT"})
#: Classes whose possessor is the target when it is a person ("Altaf's extradition", "the
#: journalist's murder"); an organisation possessor acts ("Beijing's crackdown").
_PATIENT_POSS = frozenset({"COERCE", "CONCEDE", "ASSAULT"})
#: Classes whose nominal "from"-phrase is not the agent ("withdrawal from", "release from").
_NOT_FROM_AGENT = frozenset({"RETREAT", "COERCE", "ASSAULT", "CONCEDE"})
#: Acts both sides make, which whoever accepts them makes too ("accepted a ceasefire").
_BOTH_SIDES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Subjects and possessives by which a speaker reports its own deeds ("it had", "its forces").
_SELF = frozenset({"it", "we", "they"})
_OWN = frozenset({"its", "our", "their"})
#: Words for the speaker's own that never stand for one person who speaks.
_NOT_PERSONS = frozenset({"it", "they"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def verb_agents(verb: Token, index: ActorIndex, depth: int = 0) -> tuple[list[Mention], float]:
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
    subj = nearest_subject(verb)
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
            if _named_place(antecedent):
                return [], 0.0  # "the neighborhood of al-Zuhor, which killed 6": not the place
            return index.actors_for(antecedent) or _strikers(antecedent, index), 0.85
        found = index.actors_for(subj) if subj.pos_ == "PRON" else []
        owner = child_of(verb.head, "nsubj") if not found and _speaker_own(subj, verb) else None
        speakers = index.actors_for(owner) if owner is not None else []
        if speakers and not (subj.lower_ in _NOT_PERSONS and all(a.type == "Person" for a in speakers)):
            return speakers, 0.8  # but "X said: 'they show ...'": not X, one person
        holder = named_holder(subj, index) if subj.lemma_.lower() in lex.title_words else []
        if not found and holder:  # "the former director of the CIA, Admiral Turner, condemned"
            return holder, 0.85
        found = found or index.actors_for(subj) or [  # "Quispe's party, Partido Nacion Unida,"
            m for c in subj.children if c.dep_ == "appos" for m in index.actors_for(c)]
        crowd = index.group_for(subj) if not found and counted(subj) is not None else None
        if crowd is not None:  # "tens of thousands of protesters defied a curfew to demand ...":
            return [crowd], 0.7  # a counted crowd, also for the verbs that share its subject
        if not found and subj.lemma_.lower() in lex.instrument_nouns:
            return owner_of(subj, index), 0.8  # "NATO warplanes bombed": NATO acts
        if not found and subj.lemma_.lower() in lex.delegate_nouns:
            found = [m for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")
                     for m in prep_actors(c, index)]  # "negotiators for the government and the
            if found:  # Tamil Tigers opened talks": the ones represented
                return found, 0.8
        strikers = _strikers(subj, index) if not found else []
        if strikers:  # "NATO air strikes killed ...": NATO
            return strikers, 0.75
        return found, 0.9
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return [], 0.0
    main = main_conjunct(verb)
    if main is not None:  # "denied that ... had attacked X and accused Y": the denier accuses
        found, conf = verb_agents(main, index, depth + 1)
        return found, conf * 0.95
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        found, conf = verb_agents(head, index, depth + 1)
        return found, conf * 0.95
    if dep == "xcomp":
        if is_speech(head) and verb.tag_ == "VBG":
            return [], 0.0  # "said victimising people had ...": a clause, not an act of the speaker
        obj = child_of(head, "dobj")
        if obj is not None and head.lemma_.lower() in lex.object_control_verbs:
            return index.actors_for(obj), 0.8
        found, conf = verb_agents(head, index, depth + 1)
        return found, conf * 0.95
    if (dep == "advcl" and (verb.tag_ == "VBG" or child_of(verb, "aux") is not None)) \
            or (dep == "csubj" and verb.tag_ == "VBG" and child_of(head, "nsubj") is not None):
        # "Ignoring the threat, the party ..." (also when parsed as a clausal subject)
        found, conf = _controller(head, index, depth)
        return found, conf * 0.85
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if verb.tag_ == "VBG" and head.lemma_.lower() in lex.voicing_documents \
                and head.dep_ == "dobj" and not index.actors_for(head):  # "adopted a resolution
            return verb_agents(head.head, index, depth + 1)[0], 0.75  # calling for": the adopter
        if verb.tag_ == "VBG":
            return index.actors_for(head), 0.8
        if head.dep_ == "dobj" and head.head.lemma_.lower() in lex.using_verbs:
            return verb_agents(head.head, index, depth + 1)[0], 0.75  # "used X's comments to
            # attack Y": the user attacks
        return noun_agents(head, None, index), 0.75
    if dep == "pcomp" and head.dep_ == "prep":
        owner = head.head
        if owner.pos_ in ("NOUN", "PROPN"):
            return noun_agents(owner, None, index), 0.75
        if owner.pos_ in ("VERB", "AUX"):
            # "thanked X for helping", "accused X of attacking": X acts; "before attacking": the
            # subject does
            obj = child_of(owner, "dobj", "nsubjpass")
            if obj is not None and head.lower_ in ("of", "for"):
                return index.actors_for(obj), 0.75
            found, conf = _controller(owner, index, depth)
            return found, conf * 0.85
    return [], 0.0


def _controller(head: Token, index: ActorIndex, depth: int) -> tuple[list[Mention], float]:
    """Who does a gerund or participle clause hung on ``head`` ("after criticising X", "while
    protesting"): the subject of ``head``, also when ``head`` is passive ("X was arrested after
    leading protests against Y": X led them, not whoever arrested X; "it has been announced
    that": no one)."""
    subj = child_of(head, "nsubjpass") if _passive(head) else None
    if subj is not None and subj.lower_ not in RELATIVE and not (
            subj.lower_ in _EMPTY_SUBJECTS and child_of(head, "ccomp") is not None):
        # "it was announced that ...": an empty subject, nobody who acts
        group = index.group_for(subj)  # "hundreds of protesters were arrested while ..."
        return index.actors_for(subj) or ([group] if group is not None else []), 0.85
    return verb_agents(head, index, depth + 1)


#: subjects of a cleft or an existential ("it was the army that fired"): the noun after the
#: copula is the antecedent itself.
_EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "these", "those"})


def _antecedent(head: Token, relative: Token) -> Token:
    """The noun a relative clause hung on ``head`` speaks of: "who" after "X of the party" is X
    ("Tomislav Nikolic of the Serbian Radical Party, who criticised ..."), a person, not the
    party the parser attached it to. After a copula it is the copula's subject: "Powell was the
    only former secretary who did not sign" is Powell's act."""
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and (head.pos_ == "NOUN" or head.ent_type_ == "NORP"):
        return head.head  # "Ronnie Earle, a Democrat who has prosecuted ...": Earle
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subject = child_of(head.head, "nsubj")
        if subject is not None and subject.lower_ not in _EMPTY_SUBJECTS:
            return subject
    if relative.lower_ not in ("who", "whom") or head.dep_ != "pobj" or head.head.lower_ != "of":
        return head
    owner = head.head.head
    return owner if owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON" else head


def _named_place(token: Token) -> bool:
    """True for a place named after "the <place word> of" ("the northern Baghdad
    neighborhood of al-Zuhor"), which does nothing itself."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.lemma_.lower() in lexicon().place_words)


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


def _strikers(token: Token, index: ActorIndex) -> list[Mention]:
    """Who carries out an attack named by a noun that is itself the subject of a violent verb
    ("NATO air strikes killed ...", "an Israeli air strike that hit ..."): its owner."""
    strike = event_noun(token)
    if strike is None or strike.plover != "ASSAULT":
        return []
    agents, victims = noun_roles(token, "ASSAULT", index)
    return agents or [m for m in owner_of(token, index)  # "the assassination of Hariri
                      if not any(same(m, v) for v in victims)]  # galvanized ...": no striker


def noun_agents(noun: Token, cls: str | None, index: ActorIndex) -> list[Mention]:
    """Who carries out the nominal event ``noun``: "the TTP's threat", "a threat issued by
    TTP", "threats from the Taliban", "a Taliban plan", "X launched an attack"."""
    lex = lexicon()
    agents, _ = noun_roles(noun, cls, index)
    if agents:
        return agents
    place = in_amount(noun)  # "approved $5 million in aid": the aid is what was approved
    head = place.head
    if place.dep_ in ("dobj", "attr") and head.lemma_.lower() in lex.light_verbs:
        if head.lemma_.lower() in lex.receiving_verbs and cls not in _BOTH_SIDES:
            return []  # "accepted the resignation": whoever resigned, not the one accepting
        found = verb_agents(head, index)[0]
        if not found and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            # "a Security Council resolution imposing sanctions on Iran": the resolution's author
            document = head.head
            found = index.actors_for(document) or owner_of(document, index)
            if not found and document.dep_ == "dobj" \
                    and document.head.lemma_.lower() in lex.light_verbs:
                found = verb_agents(document.head, index)[0]  # "Bush signed a bill imposing"
        return found
    if place.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ == "in" or (
            head.lower_ == "with" and head.head.lemma_.lower() in lex.response_verbs)) \
            and head.head.pos_ in ("VERB", "AUX"):  # "resigned in protest", "in retaliation",
        return verb_agents(head.head, index)[0]  # "responded with air strikes on X"
    if place.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in lex.light_verbs \
            and head.lower_ in ("in", "into", "under"):  # "put him under arrest"
        return verb_agents(head.head, index)[0]
    if place.dep_ == "nsubjpass" and head.lemma_.lower() in lex.light_verbs:
        return verb_agents(head, index)[0]
    held = answerable_for(noun) if cls in _BLAMED else None
    if held is not None:  # "the rebels were responsible for the attack", "behind the bombing"
        return verb_agents(held, index)[0]
    if cls == "CONSULT" and place.dep_ == "pobj" and head.lower_ in ("for", "on") \
            and head.dep_ == "prep":
        host = head.head
        if host.lemma_.lower() in lex.travel_verbs or (host.pos_ == "VERB" and head.lower_ == "on"):
            return verb_agents(host, index)[0]  # "flew to Moscow for talks with", "landed in
            # Asmara on a historic visit", "Duterte, on a visit to Beijing, announced"
        if host.pos_ in ("PROPN", "NOUN") and host.dep_ != "pobj":  # "Duterte, on a state
            return index.actors_for(host)  # visit to Beijing, said"
    if cls == "CONSULT" and place.dep_ == "pobj" and head.lower_ in ("at", "during") \
            and head.dep_ == "prep" and head.head.pos_ == "VERB":
        found = verb_agents(head.head, index)[0]  # "Kim and Moon pledged to end the war at a
        return found if len(found) > 1 else []  # border summit": the ones who met there
    return []


def _named_with(noun: Token) -> list[Token]:
    """The phrases of the "of" object that names an event with ``noun`` ("a cessation of
    hostilities between Israel and Hezbollah": "between ..." is the cessation's)."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in [pobj(c)] if o is not None
            and noun_trigger(f"{noun.lemma_.lower()} of {o.lemma_.lower()}") is not None
            for p in o.children if p.dep_ == "prep"]


def answerable_for(noun: Token) -> Token | None:
    """The "be" whose subject is to blame for the event noun ``noun``: "the rebels were
    responsible for the attack", "X is behind the bombing" (``answerable_words.txt``); None
    for any other noun, and when the blame is denied, only supposed or asked about."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "behind":
        verb = prep.head
    elif prep.lower_ == "for" and prep.head.dep_ == "acomp" \
            and prep.head.lemma_.lower() in lexicon().answerable_words:
        verb = prep.head.head
    else:
        return None
    if verb.lemma_ != "be" or child_of(verb, "nsubj") is None:
        return None
    told = polarity(verb)  # "were not responsible for", "may be behind", "asked whether X was
    return verb if told.mood == "asserted" and not told.negated else None  # behind": no one
    # to blame for sure


def noun_roles(noun: Token, cls: str | None, index: ActorIndex
                ) -> tuple[list[Mention], list[Mention]]:
    """Agents and targets written inside the noun phrase of an event noun."""
    lex = lexicon()
    agents: list[Mention] = []
    targets: list[Mention] = []
    addressed = addressed_preps(noun)
    for child in [*noun.children, *_named_with(noun)]:
        dep, word = child.dep_, child.lower_
        if dep == "prep" and word in addressed:
            continue  # "a complaint to the court"
        if dep == "poss" and child.pos_ == "PRON" and any(
                c.dep_ == "poss" and c.pos_ == "NOUN" and c.i > child.i for c in noun.children):
            continue  # "his close friend's resignation": "his" owns the friend, not the act
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
            elif cls == "RETREAT" and word in ("from", "to", "into"):
                targets.extend(index.actors_for(obj) or owner_of(obj, index, cls))  # "the
                # withdrawal of its troops from Lebanon": the place left is whose
            elif word == "of" and cls in INSTRUMENT and _forces(obj, index):
                agents.extend(m for c in obj.children if c.dep_ in ("amod", "compound")
                              for m in [index.country_for(c)] if m is not None)  # the forces
                # withdrawn or sent are the act's means: their country ("Syrian troops") acts
            elif word == "of":
                (targets if cls in _PATIENT_OF else agents).extend(index.actors_for(obj))
            elif word in OBJECT_PREPS and (word != "on" or cls in ON_TARGET):
                targets.extend(index.actors_for(obj) or named_holder(obj, index)  # "talks with his
                               or owner_of(obj, index, cls))  # counterpart Nawaz Sharif": the name
            elif word == "for" and not indefinite(obj):  # "support for Ukraine", "demands for
                targets.extend(index.actors_for(obj) or owner_of(obj, index))  # X's resignation"
        elif dep == "acl" and child.lemma_.lower() in lex.light_verbs:
            agents.extend(prep_actors(child_of(child, "agent"), index))
            targets.extend(prep_targets(child, index))
        elif (dep in ("acl", "ccomp") and cls in ("REQUEST", "ACCUSE")) or (
                dep == "advcl" and cls == "REQUEST" and any(  # "calls for Thaksin to resign"
                    m.dep_ == "mark" and m.lower_ == "for" for m in child.children)):
            # "its demand that Iran suspend ...", "allegations that the CIA set up jails"; not
            # the subject of a passive ("a demand that troops be allowed into Kosovo" is made
            # of whoever allows them, "allegations that detainees were abused" accuse no detainee)
            subj = child_of(child, "nsubj")
            if subj is not None:
                targets.extend(index.actors_for(subj))
    if not agents:
        agents.extend(_stray_agents(noun, index))
    if not targets and cls in ("PROTEST", "ACCUSE"):  # "in protest over the agency's handling"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("over", "at", "against"):
                obj = pobj(child)
                if obj is not None:
                    targets.extend(index.actors_for(obj) or owner_of(obj, index))
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


def indefinite(token: Token) -> bool:
    """A noun phrase that names no particular actor: "a unity government", "any party"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in token.children)


def prep_targets(verb: Token, index: ActorIndex, noun: Token | None = None) -> list[Mention]:
    """Targets given on a light verb: "imposed sanctions on X", "gave X a warning" (not the
    addressee of the event ``noun`` it carries: "took their complaints to the court")."""
    found: list[Mention] = []
    addressed = addressed_preps(noun) if noun is not None else frozenset()
    act = event_noun(noun) if noun is not None else None
    if act is not None and act.plover not in ON_TARGET:
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
