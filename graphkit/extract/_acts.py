"""Making relations of a trigger read with its arguments: whether the act was done at all,
whether a planned hostile act is a threat, and which agent acts on which target.

:func:`relations` takes a trigger, its relation and the agents and targets found around it
(:class:`~graphkit.extract._phrases.Args`) and yields the events: acts only asked for, alleged,
set under a condition, weighed or aimed at are none; a planned or vowed assault, coercion or
sanction is a THREATEN; an agent never acts on itself, on its own side (but an organisation may
discipline its own) or on those acting with it, unless the act is between them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from graphkit.extract._conditions import CONDITION_MARKS, conditioned_on, promised
from graphkit.extract._phrases import SYMMETRIC, TARGETLESS, Args
from graphkit.extract._tree import child_of, own_side, same
from graphkit.extract._triggers import threat_code
from graphkit.extract.lexicon import government_label, lexicon
from graphkit.extract.polarity import HEDGES, polarity
from graphkit.knowledge import actor_knowledge
from graphkit.model import ARMED_TYPES, Mention, Relation
from graphkit.vocab import RelationDef, load_vocabulary, verb_trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex

__all__ = ["INTENT_TO_THREATEN", "coerce_relation", "relations"]

#: Classes whose planned, wanted or vowed act is a threat ("will impose sanctions").
INTENT_TO_THREATEN = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: Classes whose parties act together: each pair of them once.
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Classes whose mutual events go both ways ("X and Y clashed": each attacked the other);
#: an agreement is one act of both, written once.
_BOTH_WAYS = frozenset({"ASSAULT", "CONSULT"})
#: Actors that can resign: people, and governments or cabinets as a whole.
_RESIGNERS = frozenset({"Person", "Government", "GovernmentBody"})
#: Classes whose act is done by the act that aims at it: "marched to protest against X",
#: "flew to Washington to meet Bush", "lodged a protest to ask China to stop".
_DONE_BY_AIMING = frozenset({"PROTEST", "CONSULT", "REQUEST"})
#: Classes an organisation may direct at its own members ("the party expelled its senator").
_DISCIPLINE = frozenset({"COERCE", "SANCTION", "ACCUSE", "REJECT"})
#: Acts an actor may turn on its own entourage ("arrested his own supporters", "criticised
#: his family").
_PUNISHING = frozenset({"COERCE", "SANCTION", "ACCUSE", "ASSAULT"})
#: Acts of force that may have people who are no actor as their only victims ("killed 40
#: people", "detained 400 people"): such events stand with no actor target.
_FORCIBLE = frozenset({"ASSAULT", "COERCE"})
#: Classes of acts with a party met, praised or agreed with, which unnamed people are not.
_PARTNERED = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE"})


def _conditions(verb: Token) -> bool:
    """True when the condition that makes ``verb`` contingent is its own ("refused to pass a
    budget unless ..."), not that of a clause it sits in ("if they attack, we will refuse")."""
    return verb.dep_ not in ("advcl", "ccomp") or not any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def _done_by_force(trigger: Token, cls: str) -> bool:
    """True for an aid, a coercion or an attack that the forcible act aiming at it carries
    out: "sent troops to help President Kabila", "fired tear gas to disperse the students",
    "sent fighters to attack Israel"; not when that act is itself only asked for or planned
    ("asked the government to send troops to fight")."""
    if cls not in _FORCED:
        return False
    token = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(4):
        if token.dep_ == "advcl" or (token.dep_ == "acl" and token.head.lower_ == "order"):
            means = token.head if token.dep_ == "advcl" else token.head.head.head
            return _forcible(means) and polarity(means).mood == "asserted"
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _forcible(verb: Token) -> bool:
    """True for an act of force: a verb of force ("attacked", "deployed"), or one whose object
    is a force, a weapon or a crowd-control means ("sent troops", "fired tear gas")."""
    if verb.pos_ != "VERB":
        return False
    done = verb_trigger(verb.lemma_.lower())
    if done is not None and done.plover in _FORCE:
        return True
    lex = lexicon()
    means = lex.instrument_nouns | lex.crowd_control_words
    obj = child_of(verb, "dobj")
    for thing in ([obj, *obj.conjuncts] if obj is not None else []):
        words = {thing.lower_, thing.lemma_.lower()}
        if any(lex.generic_agents.get(w) in ARMED_TYPES for w in words) or (words | {
                c.lower_ for c in thing.children if c.dep_ in ("compound", "amod")}) & means:
            return True
    return False


#: Acts an act of force can carry out ("sent troops to help"), and the acts of force.
_FORCED = frozenset({"AID", "COERCE", "ASSAULT"})
_FORCE = frozenset({"MOBILIZE", "ASSAULT", "COERCE"})


def _striven(modality: str | None) -> bool:
    """True for an act named as striven for or agreed, not announced to its target: "his
    efforts to kill bin Laden", "a plot to kill the king" (an intention noun that is no vow or
    threat), "the EU agreed to impose sanctions" (an agreement's commitment): no threat made."""
    lex = lexicon()
    if modality is None:
        return False
    agreed = verb_trigger(modality)
    return (agreed is not None and agreed.plover == "AGREE") or (
        modality in lex.intent_nouns and modality not in lex.intent_verbs | lex.threat_words | _VOWS)


#: Intention nouns that announce an act to its target: a vow, a pledge, a promise.
_VOWS = frozenset({"vow", "pledge", "promise", "ultimatum"})


@lru_cache(maxsize=1)
def coerce_relation() -> RelationDef | None:
    """The top COERCE relation of the vocabulary ("fired tear gas at protesters" reads as it)."""
    return next((r for r in load_vocabulary().values() if r.plover == "COERCE"
                 and r.parent is None), None)


def relations(trigger: Token, rel: RelationDef, args: Args, doc_id: str, index: ActorIndex, *,
              cameo: str | None = None, reporter: Mention | None = None) -> Iterator[Relation]:
    """The events of ``trigger`` read as ``rel`` with the agents and targets ``args``.

    Args:
        trigger: the trigger token.
        rel: its relation, after the word-sense reading.
        args: the agents, targets and what the act is about.
        doc_id: the article id, copied into each relation.
        index: the article's actor index.
        cameo: the CAMEO code the dictionary refines the relation's to, if any.
        reporter: the actor whose speech tells the event, if any.
    """
    lex = lexicon()
    pol = polarity(trigger)
    if pol.mood in ("requested", "alleged", "conditional", "capacity", "judged") or _question(trigger):
        return
    name, cls = rel.name, rel.plover
    if name == "resign" and pol.mood in ("intended", "hedged"):
        return  # "will be stepping down in January": no concession (yet)
    if pol.mood == "purpose" and cls not in _DONE_BY_AIMING and not _done_by_force(trigger, cls):
        return  # "rented a ferry to evacuate its nationals": aimed at, not (yet) done
    if cls in ("THREATEN", "REJECT") and pol.mood == "contingent" and trigger.pos_ == "VERB" \
            and _conditions(trigger):  # the threat or refusal is made; its act waits: "refused
        pol = replace(pol, modality=None, mood="asserted")  # to pass a budget unless ..."
    believed = pol.mood == "intended" and _believed_by_another(trigger, args, index)
    if pol.mood in ("intended", "contingent") and not believed and (
            (cls in INTENT_TO_THREATEN and not _striven(pol.modality))
            or pol.modality in lex.threat_words or promised(trigger)):
        if HEDGES.get(pol.modality or "") == "intent" and _told_by_another(trigger, args, reporter):
            return  # "officials said the U.S. would launch air strikes on Iran": a forecast of
            # another's act, no threat the actor made
        name, cls, cameo = "threaten", "THREATEN", threat_code(cameo)
        if not args.targets:  # "threatened to strike unless the government rescinded ...": the
            args.targets = conditioned_on(trigger, index)  # one the condition is put to
    elif pol.mood == "contingent":  # "would file a complaint if ...": not (yet) an event
        return
    # a plan another claims or believes ("X claimed the U.S. is planning to invade Y") stays
    # the planned act, with its intent, never a threat the actor made
    confidence = args.confidence * (0.8 if pol.mood == "hedged" else 1.0)
    symmetric = rel.name in SYMMETRIC or cls in _MUTUAL
    pairs: set[frozenset[int]] = set()
    targets = [_sanctioned(t) for t in args.targets] if cls == "SANCTION" else args.targets
    victims = [t for t in targets if _unnamed_victims(t)] if cls in _FORCIBLE | _PARTNERED else []
    if victims:  # "killing 40 people": an assault with no actor target
        targets = [t for t in targets if not any(t is v for v in victims)]
        if not targets and not args.value:
            if cls in _PARTNERED:
                return  # "met new people", "thanked people in Canada": no party met or praised
            args = replace(args, value=victims[0].text)
    for subject in args.agents:
        if name == "resign" and subject.type not in _RESIGNERS:
            continue  # "the head of the Israel Defense Forces resigned": a person, not the army
        objects: list[Mention | None] = list(targets) or (
            [None] if args.value or cls in TARGETLESS or rel.target_optional
            or args.complete else [])
        for obj in objects:
            if obj is not None:
                if same(subject, obj) or ((cls not in _DISCIPLINE or (
                        subject.type == "Person" and cls != "ACCUSE"))
                        and own_side(subject, obj, index)):
                    continue  # an organisation may discipline its own; a person only criticise
                if cls not in _PUNISHING and _own_people(subject, obj, trigger, index):
                    continue  # "thanked his family", "urged her supporters": the actor's own
                    # people, no other party
                if _domestic(subject, obj, cls) or _own_state(subject, obj):
                    if not args.value or len(objects) > 1:
                        continue  # "Iraqi insurgents attacked a Baghdad hotel": no attack on
                    obj = None  # Iraq; the hotel is what the attack is about
                if obj is not None and not args.mutual and cls not in _MUTUAL and any(
                        same(obj, a) or own_side(a, obj, index)
                        for a in args.agents if a is not subject):
                    continue  # "the US and British administrations denied its accuracy", "Rice
                    # and UK Foreign Secretary Straw did not deny its accuracy": one who acts
                    # with the subject, or that one's side, is no target of the act (but the
                    # parties to a joint act are each other's: "signed by A and B")
                if symmetric:  # "signed by A and B": A with B once, not B with A again
                    pair = frozenset((id(subject), id(obj)))
                    if pair in pairs:
                        continue
                    pairs.add(pair)
            if obj is None and rel.plover == "ASSAULT" and args.value and _idiom(args.value):
                continue
            yield Relation(
                doc=doc_id, subject=subject, relation=name, cls=cls, object=obj,
                negated=pol.negated, about=args.value,
                modality=pol.modality, confidence=round(min(1.0, confidence), 2),
                trigger=trigger.text, cameo=cameo or rel.cameo,
                notes=("complete",) if args.complete and obj is None else ())
            if args.mutual and obj is not None and (cls in _BOTH_WAYS or args.reciprocal):
                # they fought each other, blamed each other
                yield Relation(
                    doc=doc_id, subject=obj, relation=name, cls=cls, object=subject,
                    negated=pol.negated, modality=pol.modality,
                    confidence=round(min(1.0, confidence), 2), trigger=trigger.text,
                    cameo=cameo or rel.cameo, notes=("mutual",))


def _own_people(subject: Mention, obj: Mention, trigger: Token, index: ActorIndex) -> bool:
    """True when ``obj`` is written in the trigger's sentence as the subject's own entourage:
    family, supporters, voters (``entourage_nouns.txt``, ``relational_nouns.txt``,
    ``clientele_nouns.txt``), or own government (``government_nouns.txt``: "met with his
    administration", "defended his government's reforms"), owned by a pronoun that points back
    to the subject, with no other actor named between the act and the pronoun ("thanked his
    family"; not "praised Maliki and his supporters", nor "warned its citizens": a state and
    its citizens are two parties)."""
    sent = index.sent(trigger)
    if not sent.start_char <= obj.start < sent.end_char:
        return False
    span = index.doc.char_span(obj.start, obj.end, alignment_mode="expand")
    lex = lexicon()
    if span is None or span.root.lower_ not in (
            lex.entourage_nouns | lex.relational_nouns | lex.clientele_nouns | lex.government_nouns):
        return False
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or any(trigger.idx < m.start < owner.idx for m in index.mentions):
        return False
    found = index.referent(owner)
    return found is not None and same(found, subject)


def _domestic(subject: Mention, obj: Mention, cls: str) -> bool:
    """True for an act of force by a group of a country aimed, through a place, at that country
    itself ("Iraqi insurgents attacked a Baghdad hotel"): no attack on the country."""
    return cls in _FORCE and obj.type == "Country" and subject.type != "Country" \
        and subject.country == obj.country


def _own_state(subject: Mention, obj: Mention) -> bool:
    """True for an act of a state's own government, official, parliament, court or forces
    aimed at that state as a whole ("the French prime minister convened the French ministers",
    "an Israeli court convicted a former Israeli soldier", "defended Iran's right to ..."): the
    country is only what the act is about, never its target. Officials of a region that breaks
    away ("Abkhaz officials accuse Georgia") are no officials of the state."""
    code = obj.cameo if obj.type == "Country" else None
    if not code or not subject.cameo or subject.type not in _STATE_SIDE \
            or subject.cameo[:3] != code or subject.cameo[3:6] not in _STATE_ROLES:
        return False
    words = subject.text.split()
    if subject.type == "Person":  # the words of the title written with a name, not the name
        words = [w for w in (subject.written or "").split() if w not in words]  # ("Vladimir")
    kb = actor_knowledge()
    return not any(kb.country_of_name(w) is None and (p := kb.place(w)) is not None
                   and p.code == code for w in words)


#: Actor types that can be a state's own organ or official.
_STATE_SIDE = frozenset({"Person", "Government", "GovernmentBody", "SecurityForce", "Judiciary"})
#: CAMEO roles of a state's organs and officials: government, armed forces, police,
#: legislature, judiciary, intelligence, (former) leaders.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})


def _told_by_another(trigger: Token, args: Args, reporter: Mention | None) -> bool:
    """True when the act is told by someone other than the one who would do it: in the speech
    of ``reporter`` (the actor whose speech reports it) or in a noun's clause ("reports that the
    U.S. would launch strikes")."""
    if reporter is not None:
        return not any(same(reporter, a) for a in args.agents)
    clause = _clause_of(trigger)
    return clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" \
        and clause.head.lemma_.lower() not in lexicon().intent_nouns  # "its plan to": its own


def _believed_by_another(trigger: Token, args: Args, index: ActorIndex) -> bool:
    """True when the act is in the clause of another's claim or belief ("X claimed that the
    U.S. is planning to invade Y", "officials believe the rebels plan to attack"): what one is
    said or thought to plan is no threat one made (a plan one is warned of is)."""
    clause = _clause_of(trigger)
    head = clause.head
    lex = lexicon()
    if clause.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") \
            or head.lemma_.lower() not in lex.belief_verbs | lex.claim_nouns:
        return False
    teller, own = child_of(head, "nsubj"), child_of(clause, "nsubj", "nsubjpass")
    told = index.actor_for(teller) if teller is not None else None
    return teller is not None and (own is None or teller.lower_ != own.lower_) and not (
        told is not None and any(same(told, a) for a in args.agents))


def _clause_of(trigger: Token) -> Token:
    """The verb of the clause ``trigger`` acts in: a noun object's verb, climbed through the
    verbs it completes or continues."""
    clause = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _unnamed_victims(target: Mention) -> bool:
    """True for people harmed or held by force who are no actor: "40 people", "100 villagers"
    with no country or group named beside them (``unnamed_victims.txt``)."""
    words = target.label.lower().split()
    return bool(words) and words[-1] in lexicon().unnamed_victims and target.country is None \
        and target.key is None


def _sanctioned(target: Mention) -> Mention:
    """Sanctions on a country's unnamed officials ("Belarusian officials") target its
    government; named targets stay."""
    if target.key is not None or target.country is None or target.type != "Government" \
            or not target.label.islower():
        return target
    return replace(target, label=government_label(target.country))


def _idiom(value: str) -> bool:
    """True when a literal attack target is an idiom's object ("a more conciliatory tone")."""
    lex = lexicon()
    words = value.lower().replace('"', " ").split()
    return bool(words) and words[-1] in lex.idiom_objects


def _question(token: Token) -> bool:
    """True when ``token``'s sentence asks rather than tells ("Will Russia attack?"), or the
    quoted question it is in does ('"Will Israel ever negotiate with Hamas?" he asked')."""
    sent = token.sent
    last = sent[-1] if sent[-1].pos_ != "SPACE" or len(sent) < 2 else sent[-2]
    if last.text == "?" and not any(t.text in ('"', "\u201d", "\u201c") for t in sent):
        return True
    stop = next((t for t in token.doc[token.i + 1:sent.end] if t.is_quote or t.text in ".!?"), None)
    return stop is not None and stop.text == "?" and stop.i + 1 < len(token.doc) \
        and token.doc[stop.i + 1].is_quote
