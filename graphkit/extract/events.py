"""PLOVER events between actors: who threatens, demands, accuses, arrests or attacks whom.

Triggers come from the relation vocabulary (``ontologies/relations.ttl`` via
:mod:`graphkit.vocab`): verb lemmas, two-word verbs ("call on", "crack down") and nominal
triggers ("threat", "sanctions", "talks"). Around each trigger the dependency tree gives the
source and target actor, through these constructions:

- active and passive clauses, with or without a by-agent ("The opposition was warned by the
  army"); participles ("leaders arrested by police", "militants attacking a convoy");
- subjects shared through coordination, control and participial clauses ("vowed to continue",
  "asked the army to launch", "Ignoring the threat, the party ...");
- complements: "demanded the government initiate ...", "urged Iran to ...";
- nominal events with their agent (possessive, compound, "by", "from", a light verb:
  "imposed sanctions on", "held talks with", "is in contact with") and target ("to", "on",
  "against", "with", "of"); a threat that its recipient "ignores", "defies" or "faces" targets
  that recipient;
- objects that belong to an actor ("a police post", "the minister's resignation");
- conjoined subjects and objects ("the government and military").

Negation and modality come from :func:`graphkit.extract.polarity.polarity`: denied and
negated events carry ``negated=True``; acts that are only requested of someone else, that
someone is only accused of, or that are asked about or set under a condition are not events;
a planned, wanted or vowed assault, coercion or sanction is a THREATEN.

Example:
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.extract.mentions import actor_mentions
    >>> from graphkit.extract.reference import ActorIndex
    >>> doc = load_pipeline()("The army warned the opposition of retaliation.")
    >>> [(r.subject.label, r.relation, r.cls, r.object.label, r.negated)
    ...  for r in events(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="d1")]
    [('army', 'warn', 'THREATEN', 'opposition', False)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from graphkit.extract._acts import INTENT_TO_THREATEN, coerce_relation, relations
from graphkit.extract._arguments import noun_args, verb_args
from graphkit.extract._conditions import conditioned_on, promised
from graphkit.extract._doers import answerable_for, noun_agents, verb_agents
from graphkit.extract._phrases import TARGETLESS, Args
from graphkit.extract._reported import reporter_of, speech_head
from graphkit.extract._text import tokens_written
from graphkit.extract._tree import child_of, is_speech, own_side, prep_actors, same
from graphkit.extract.accusations import (
    CHARGEABLE,
    authority_telling,
    blame_head,
    blamed,
    charging_authority,
    speaker_accusations,
)
from graphkit.extract.lexicon import lexicon
from graphkit.extract.polarity import HEDGES, polarity
from graphkit.model import PLOVER_TYPES, Relation
from graphkit.vocab import (
    RelationDef,
    ancestors,
    load_vocabulary,
    noun_trigger,
    verb_trigger,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from graphkit.extract._triggers import _Found
    from graphkit.extract.reference import ActorIndex
from graphkit.extract._senses import word_sense
from graphkit.extract._triggers import candidate_tokens, conjunct_senses, crowd_demand, is_verb, trigger_at

__all__ = ["INTENT_TO_THREATEN", "events"]


#: Acts that are what an agreement says ("signed a ceasefire", "agreed to talks"); acts of
#: other classes a signature or pledge enacts or commits to ("signed an aid package for
#: Colombia", "pledged full support for Azerbaijan") are events of their own.
_AGREED_CONTENT = frozenset({"AGREE", "CONSULT", "RETREAT"})
#: Reactions that can point at the author of an event named earlier.
_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
#: Forcible acts of protesters and the CAMEO protest they are: a riot, an obstruction.
_CROWD_FORCE = {"ASSAULT": "145", "COERCE": "144"}


def events(doc: Doc, index: ActorIndex, *, doc_id: str) -> Iterator[Relation]:
    """Yield the PLOVER event relations of ``doc``.

    Args:
        doc: a parsed document (from :func:`graphkit.nlp.load_pipeline`).
        index: the document's :class:`~graphkit.extract.reference.ActorIndex`.
        doc_id: the article id to put on each relation.

    Yields:
        :class:`~graphkit.model.Relation` records with ``cls`` a PLOVER type, the trigger
        word, ``negated``/``modality``, a confidence in [0, 1], and the evidence sentence
        with its character offsets. Nothing comes from below a reader-comments line.
    """
    from graphkit.extract._text import body_end, doc_text, sentence_bounds

    limit = body_end(doc_text(doc))
    article = doc.user_data.get("article") if doc.user_data else None
    date = getattr(article, "date", None)
    best: dict[tuple, Relation] = {}
    bounds: dict[int, tuple[int, int, str]] = {}
    for i in candidate_tokens(doc):
        token = doc[i]
        if token.idx >= limit:
            break
        for relation in _at(token, index, doc_id):
            sent = token.sent
            if sent.start not in bounds:
                bounds[sent.start] = sentence_bounds(sent)
            relation.start, relation.end, relation.evidence = bounds[sent.start]
            relation.date = date
            key = _sentence_fact(sent.start, relation)
            kept = best.get(key)
            if kept is None or kept.confidence < relation.confidence:
                best[key] = relation
    for relation in _obligations(doc, index, doc_id, limit):
        sent = doc[relation.start].sent  # start holds the token index until placed
        if sent.start not in bounds:
            bounds[sent.start] = sentence_bounds(sent)
        relation.start, relation.end, relation.evidence = bounds[sent.start]
        relation.date = date
        best.setdefault(_sentence_fact(sent.start, relation), relation)
    sentences = [sent.start_char for sent in index.sents]
    for relation in _anaphoric(sorted(best.values(), key=lambda r: r.start), sentences):
        if relation.object is not None or _targetless(relation.cls or "", relation.about) \
                or _complete(relation.relation) or "complete" in relation.notes:
            yield relation  # "would meet his golden rule", "criticised the decision": no one targeted


def _sentence_fact(sent_start: int, relation: Relation) -> tuple:
    """What makes two readings of one sentence the same event: subject, class, object (or
    literal) and polarity, a generic agent with its country."""
    obj = relation.object
    return (sent_start, relation.subject.label, relation.subject.country, relation.cls,
            obj.label if obj is not None else relation.value,
            obj.country if obj is not None else None, relation.negated)


#: Modals by which a speaker says what someone else must do ("Iran must suspend enrichment").
_OBLIGATION = frozenset({"must", "should"})


def _obligations(doc: Doc, index: ActorIndex, doc_id: str, limit: int) -> Iterator[Relation]:
    """A speaker saying what another actor must or should do asks it of that actor: "The U.N.
    said that Iran must suspend enrichment" is a REQUEST from the U.N. to Iran."""
    request = verb_trigger("demand")
    if request is None:
        return
    for modal in tokens_written(doc, _OBLIGATION):  # "must", "should": the clause they mark
        token = modal.head
        if token.idx >= limit:
            continue
        if modal.dep_ != "aux" or token.dep_ != "ccomp" or not is_speech(token.head):
            continue
        if any(c.dep_ == "aux" and (c.lemma_ == "have" or (c.lemma_ == "be" and token.tag_ == "VBG"))
               for c in token.children):
            continue  # "the Liberals must be feeling nervous", "must have known": a guess
        pol = polarity(token)
        if pol.negated or pol.mood in ("contingent", "conditional"):
            continue  # "if it is proven, X should explain": asked only on a condition
        subj, speaker = child_of(token, "nsubj"), child_of(token.head, "nsubj")
        if subj is None or speaker is None or subj.pos_ == "PRON" or modal.i < subj.i:
            continue  # "Should the government come in and ...?" asks, it demands nothing
        sources, targets = index.actors_for(speaker), index.actors_for(subj)
        for source in sources:
            for target in targets:
                if not same(source, target) and not own_side(source, target, index):
                    yield Relation(doc=doc_id, subject=source, relation="demand", cls="REQUEST",
                                   object=target, confidence=0.7, trigger=token.head.text,
                                   cameo="100", start=token.i)


def _anaphoric(found: list[Relation], sentences: list[int]) -> list[Relation]:
    """Point reactions to an event named earlier at its author: "The Kremlin criticised the
    sanctions" after "the EU imposed sanctions on Belarus" accuses the EU; "The RSF rejected
    the charge" rejects whoever charged it. ``found`` is in document order; ``sentences`` holds
    the character offsets where the document's sentences start."""
    lex = lexicon()
    out: list[Relation] = []
    for rel in found:
        recalled = _recalled(rel.about)
        cls = lex.reacted_to_nouns.get(recalled) \
            if rel.cls in _REACTIONS and rel.relation != "investigate" else None
        # "investigating the attack" looks for its author: it accuses no one known yet
        if cls is None:
            out.append(rel)
            continue
        if cls == "*":  # "condemned the move": the last act before it, in this or the last
            earlier = _last_act(out, rel, sentences)  # sentence
        else:
            earlier = [r for r in out if r.cls == cls and not r.negated and r.start <= rel.start
                       and r.subject is not None and not same(r.subject, rel.subject)]
        if not earlier:
            out.append(rel)
            continue
        word = recalled.removeprefix("the ").rstrip("s")
        earlier = [r for r in earlier if (r.trigger or "").lower().rstrip("s") == word] \
            or earlier  # "the sanctions": those imposed as sanctions, not assets frozen
        last = earlier[-1].start
        authors = {id(r.subject): r.subject for r in earlier if r.start == last}
        targets = [m for m in authors.values() if not same(m, rel.subject)]
        if not targets:
            out.append(rel)
        for target in targets:
            out.append(replace(rel, object=target, value=None, about=None, evidences=[],
                               notes=rel.notes + ("anaphoric",)))
    return out


def _recalled(about: str | None) -> str:
    """The event noun a reaction takes as object, without what it is named as ("condemned the
    attacks as terrorism": "attacks")."""
    return (about or "").lower().split(" as ")[0].strip()


def _last_act(found: list[Relation], reaction: Relation, sentences: list[int]) -> list[Relation]:
    """The acts by another actor of ``reaction``'s sentence or the one before, the last of
    them: what "the move" or "the step" recalls."""
    here = bisect_right(sentences, reaction.start) - 1
    since = sentences[max(0, here - 1)] if sentences else 0
    lex = lexicon()
    acts = [r for r in found if r.cls in PLOVER_TYPES and not r.negated
            and (r.modality is None or HEDGES.get(r.modality) == "intent"
                 or r.modality in lex.intent_verbs)  # "he would send troops ... the plan"
            and since <= r.start <= reaction.start and not same(r.subject, reaction.subject)]
    last = max((r.start for r in acts), default=None)
    return [r for r in acts if r.start == last]


def _at(token: Token, index: ActorIndex, doc_id: str) -> Iterator[Relation]:
    """Every event relation ``token`` triggers, with the accusations its speaker makes."""
    misconduct = blame_head(token)
    if misconduct is not None:
        yield from blamed(misconduct, index, doc_id)
    found = trigger_at(token, index)
    if found is None:
        return
    yield from _event_at(token, found, index, doc_id)
    if not is_verb(token):
        return
    for other in conjunct_senses(token, found):  # "sent troops and food to Haiti"
        yield from _event_at(token, other, index, doc_id)
    protest = verb_trigger("protest")
    if found[0].plover == "REQUEST" and protest is not None and crowd_demand(token, index):
        yield from _event_at(token, found, index, doc_id, read_as=protest)  # "rallied to
        # demand": a protest too, against whom the demand is made of


def _event_at(token: Token, found: _Found, index: ActorIndex, doc_id: str, *,
              read_as: RelationDef | None = None) -> Iterator[Relation]:
    """The event relations ``token`` triggers in the reading ``found``, or as ``read_as``
    (a protest, CAMEO 141) between the actors that reading finds."""
    rel, word, code, source = found
    if not is_verb(token) and _agreed_on(token) and rel.plover in _AGREED_CONTENT:
        return  # "signed a ceasefire": the content of an agreement, not an event of its own
    if not is_verb(token) and rel.plover == "ASSAULT" and _answered_by(token, index):
        return  # "expelled four diplomats in retaliation for ...": the expulsion answers, no attack
    if rel.plover == "ASSAULT" and is_verb(token) and _crowd_control(token):
        rel = coerce_relation() or rel  # "fired tear gas at protesters": repression, not an assault
    if is_verb(token) and _attributive(token):
        return  # "supports ousted prime minister Thaksin": a description, no act here
    args = verb_args(token, rel, word, index) if is_verb(token) \
        else noun_args(token, rel, index)
    if args is None and is_verb(token) and _CHARGE in (rel.name, *ancestors(rel.name)):
        args = _charged(token, index)  # "X is wanted in the USA for ...": the state charges
    if source == "passive":
        args = _undergone(token, rel, code, index)  # "X faced criticism from Y": Y criticised X
    clause = None if is_verb(token) else answerable_for(token)
    if args is None and clause is not None and rel.plover in CHARGEABLE:
        # "X said the rebels were responsible for the attack": X accuses them, though the
        # attack names no target
        yield from speaker_accusations(token, noun_agents(token, rel.plover, index), index,
                                       doc_id, clause=clause)
        return
    if args is None or not args.agents:
        return
    notes = tuple(n for n, on in (("cameo-verb", source != "graphkit"),
                                  ("cameo-pattern", source == "pattern"),
                                  ("nominal", not is_verb(token))) if on)
    if not args.targets and _threatened(token, rel):  # "threatened attacks unless Kenya
        conditioned = conditioned_on(token, index)  # pulled out": the one the condition is on
        if conditioned:
            args = replace(args, targets=conditioned, confidence=args.confidence * 0.85)
    if source != "graphkit" and not args.targets and not args.complete and not (
            rel.plover == "PROTEST" and all(a.type == "Group" for a in args.agents)):
        # a crowd's protest needs no target: "protesters blocking roads"
        return  # a reading from the CAMEO dictionary alone counts between actors only (or as
        # a military retreat: "the fighters abandoned their positions")
    if rel.plover in _CROWD_FORCE and all(
            a.label.lower().split()[-1] in lexicon().protester_nouns for a in args.agents) \
            and not (rel.plover == "ASSAULT" and any(t.type == "Person" for t in args.targets)):
        # "protesters beat up Senator X" stays an assault on him
        riot = verb_trigger("protest")  # "protesters stormed the embassy": a violent protest
        if riot is not None:  # (CAMEO 145), not an armed assault; "protesters occupied the
            rel, code = riot, _CROWD_FORCE[rel.plover]  # estate": an obstruction (144)
    if read_as is not None:
        rel, code = read_as, "141"
    sense = word_sense(token, rel, args, code)
    if sense is None:
        return
    if sense[0].plover != rel.plover and is_verb(token):
        again = verb_args(token, sense[0], word, index)  # the other sense's own targets
        others = [t for t in again.targets if not any(same(t, a) for a in again.agents)] \
            if again is not None else []
        args = again if again is not None and again.agents and (others or not args.targets) \
            else args  # "withdrew its ambassador from Iran": Iran, not "its" owner
    rel, code = sense
    speech = speech_head(token)
    reporter = reporter_of(token, speech, index)
    made = list(relations(token, rel, args, doc_id, index, cameo=code, reporter=reporter))
    told = reporter is None and speech is not None  # by someone unnamed
    for relation in made:
        relation.notes += notes + (("reported",) if told else ())
        if reporter is not None and not same(reporter, relation.subject):
            relation.reported_by = reporter  # "the ministry said X attacked Y": X's event, its claim
    yield from made
    if any(r.cls in CHARGEABLE and not r.negated and HEDGES.get(r.modality or "") != "intent"
           for r in made):  # what one is said to have done or to want, not what it will do
        yield from speaker_accusations(token, args.agents, index, doc_id, clause=clause)


def _attributive(verb: Token) -> bool:
    """True for a past participle the parser hung on a noun before the phrase it describes
    ("a station that supports ousted prime minister Thaksin", "backed jailed leader X"): it
    names what the person is, not an act of the noun it hangs on."""
    if verb.dep_ not in ("acl", "amod") or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return False
    obj = child_of(verb, "dobj")
    before = verb.doc[verb.i - 1]
    return obj is not None and obj.left_edge.i == verb.i + 1 and before.pos_ in ("VERB", "AUX", "ADP", "DET") \
        and child_of(verb, "nsubj") is None


def _agreed_on(noun: Token) -> bool:
    """True for an event noun that is what a signing or agreeing verb is about."""
    heads = [c for c in noun.lefts if c.dep_ == "compound"]  # headline "X and Y sign truce"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        heads.append(noun.head)
    return any((rel := verb_trigger(h.lemma_.lower())) is not None and rel.plover == "AGREE"
               for h in heads)


def _answered_by(noun: Token, index: ActorIndex) -> bool:
    """True for a bare violent noun after "in" that names how a verb's own act of another kind
    answers something ("expelled four diplomats in retaliation for the expulsions", "in
    reprisal"): that act is the answer, no attack of its own."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "in" or head.head.pos_ != "VERB" \
            or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children):
        return False
    found = trigger_at(head.head, index)
    return found is not None and found[0].plover != "ASSAULT"


def _crowd_control(verb: Token) -> bool:
    """True when ``verb`` fires crowd-control means ("tear gas", "water cannon")."""
    lex = lexicon()
    obj = child_of(verb, "dobj")
    return obj is not None and any(t.lemma_.lower() in lex.crowd_control_words for t in obj.subtree)


def _threatened(trigger: Token, rel: RelationDef) -> bool:
    """True for a threat verb and for the act a threat verb promises ("threatened to strike",
    "threatened further attacks")."""
    return rel.plover == "THREATEN" or promised(trigger) or (
        trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lexicon().threat_words)


def _charged(verb: Token, index: ActorIndex) -> Args | None:
    """An agentless passive charge held against its subject by the state a place names or
    by the state body telling of it (:func:`charging_authority`)."""
    subj = child_of(verb, "nsubjpass")
    targets = index.actors_for(subj) if subj is not None else []
    agents = charging_authority(verb, index) if targets else []
    return Args(agents, targets, None, 0.6) if agents else None


#: The relation of formal charges, whose unnamed author is a state ("X was charged with
#: fraud, police said"); criticism by unnamed others ("was criticised") is nobody's named.
_CHARGE = "charge"

#: CAMEO codes of acts whose unnamed doer is the state body telling of them ("X will face
#: charges, officials say": 112 accuse); criticism (111) that officials report is not
#: theirs, nor is a trial (173) the court holds.
_AUTHORITY_CODES = ("112",)


def _undergone(verb: Token, rel: RelationDef, code: str | None,
               index: ActorIndex) -> Args | None:
    """An act the subject of ``verb`` undergoes ("faced criticism from Y", "received aid
    from Y"): done by the actors after "from" or "by" on the verb or its object, or, for a
    charge, by the state body that tells of it."""
    targets = verb_agents(verb, index)[0]
    obj = child_of(verb, "dobj")
    agents = [m for head in (verb, obj) if head is not None for c in head.children
              if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
              for m in prep_actors(c, index)]
    if not agents and (code or rel.cameo or "").startswith(_AUTHORITY_CODES):
        agents = authority_telling(verb, index)
    agents = [a for a in agents if not any(same(a, t) for t in targets)]
    return Args(agents, targets, None, 0.6) if agents and targets else None


def _complete(name: str) -> bool:
    """True for an act complete with no target ("declared martial law": ``gk:targetOptional``)."""
    rel = load_vocabulary().get(name)
    return rel is not None and rel.target_optional


def _restriction(phrase: str) -> bool:
    """True for a phrase naming a coercive measure or a sanction ("the Bangkok curfew", "the
    state of emergency", "the ban on political parties")."""
    words = phrase.lower().split(" on ")[0].split(" as ")[0].split()
    words = [w for w in words if w not in ("the", "a", "an", "its", "their")]
    for size in (3, 2, 1):
        rel = noun_trigger(" ".join(words[-size:])) if len(words) >= size else None
        if rel is not None:
            return rel.plover in ("COERCE", "SANCTION")
    return False


def _targetless(cls: str, about: str | None) -> bool:
    """Whether an event of ``cls`` stands with no actor on the other side: a protest or a
    mobilisation (PLOVER allows them no target), an assault or a coercion of a place, a thing or
    a protest ("bombed a house", "occupied the Golan Heights", "quelled the protest"), a
    release asked of captors the text does not name ("demanded Omondi's release"). Any other
    act needs its target: "criticised the decision" names nobody criticised, "released
    evidence" no one released."""
    if cls in TARGETLESS:
        return True
    if cls == "REQUEST" and about:  # "demanded Omondi's release": asked of his captors, whom
        asked = about.partition(" of ")[0].split()  # the text need not name
        release = noun_trigger(asked[-1].lower()) if asked else None
        return release is not None and release.name == "release"
    if cls == "CONCEDE" and about:  # "lifted the curfew", "lifted the state of emergency":
        return _restriction(about)  # a restriction eased on no one named
    if cls in ("ASSAULT", "COERCE") and about:  # "bombed a house", "occupied the Golan Heights",
        words = about.replace('"', " ").split()  # "quelled the protest"
        thing, _, name = about.partition(" of ")  # "the town of Beit Hanoun": a town
        if not (name and all(w[:1].isupper() for w in name.split())):
            thing = about  # "the post of assistant attorney general": a post, no place
        head = thing.split()[-1].lower() if thing.split() else ""
        protest = noun_trigger(head.rstrip("s")) or noun_trigger(head)
        lex = lexicon()  # "killing 40 people": people who are no actor
        return head in lex.physical_targets or head in lex.place_words or head in lex.unnamed_victims \
            or all(w[:1].isupper() for w in words) or (
            protest is not None and protest.plover == "PROTEST")
    return False


