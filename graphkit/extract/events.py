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
from functools import lru_cache
from typing import TYPE_CHECKING

from graphkit.extract._arguments import (
    CONDITION_MARKS,
    SYMMETRIC,
    TARGETLESS,
    Args,
    conditioned_on,
    consequence_clause,
    event_noun,
    headline_verb,
    noun_args,
    promised,
    verb_args,
)
from graphkit.extract._tree import child_of, is_speech, own_clause, own_side, same
from graphkit.extract.accusations import CHARGEABLE, blame_head, blamed, speaker_accusations
from graphkit.extract.lexicon import lexicon
from graphkit.extract.polarity import HEDGES, polarity
from graphkit.extract.reference import counted
from graphkit.model import PLOVER_TYPES, Mention, Relation
from graphkit.vocab import (
    RelationDef,
    blame_nouns,
    load_vocabulary,
    noun_trigger,
    noun_triggers,
    relation_for_code,
    verb_trigger,
    verb_triggers,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.knowledge.cameo import Pattern

__all__ = ["events", "INTENT_TO_THREATEN"]

#: Classes that become THREATEN when only planned, wanted or vowed.
INTENT_TO_THREATEN = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: Acts that are what an agreement says ("signed a ceasefire", "agreed to talks"); acts of
#: other classes a signature or pledge enacts or commits to ("signed an aid package for
#: Colombia", "pledged full support for Azerbaijan") are events of their own.
_AGREED_CONTENT = frozenset({"AGREE", "CONSULT", "RETREAT"})
#: Reactions that can point at the author of an event named earlier.
_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
#: Classes whose parties act together: each pair of them once.
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Classes whose mutual events go both ways ("X and Y clashed": each attacked the other);
#: an agreement is one act of both, written once.
_BOTH_WAYS = frozenset({"ASSAULT", "CONSULT"})
#: Relations an attack by words can take ("attacked the decision" is criticism).
_VERBAL_ATTACK = frozenset({"attack", "assault"})
#: Actor types that attack with words unless the sentence speaks of violence.
_SPEAKERS = frozenset({"Person", "PoliticalParty", "GovernmentBody", "MediaOutlet", "Judiciary",
                       "Organization", "InternationalOrganization"})
#: Actor types whose protest to another actor is an official complaint (ACCUSE), not a rally.
_STATES = frozenset({"Country", "Government", "GovernmentBody", "InternationalOrganization"})
#: Classes an organisation may direct at its own members ("the party expelled its senator").
_DISCIPLINE = frozenset({"COERCE", "SANCTION", "ACCUSE", "REJECT"})
#: Tags of the words that open an indirect question ("how", "what", "which").
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_PHRASAL_DEPS = frozenset({"prt", "prep", "dobj", "acomp", "advmod", "oprd", "compound:prt"})


#: What a trigger reads as: relation, second word of a two-word verb, CAMEO code, source.
_Found = tuple["RelationDef", "Token | None", "str | None", str]




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
    for i in _candidates(doc):
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
    sentences = [sent.start_char for sent in doc.sents]
    for relation in _anaphoric(sorted(best.values(), key=lambda r: r.start), sentences):
        if relation.object is not None or _targetless(relation.cls or "", relation.about) \
                or _complete(relation.relation):
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
    for token in doc:
        if token.idx >= limit:
            break
        if token.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION
                                            for c in token.children) or not is_speech(token.head):
            continue
        pol = polarity(token)
        if pol.negated or pol.mood in ("contingent", "conditional"):
            continue  # "if it is proven, X should explain": asked only on a condition
        subj, speaker = child_of(token, "nsubj"), child_of(token.head, "nsubj")
        if subj is None or speaker is None or subj.pos_ == "PRON":
            continue
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
        cls = lex.reacted_to_nouns.get((rel.about or "").lower()) if rel.cls in _REACTIONS else None
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
        word = (rel.about or "").lower().removeprefix("the ").rstrip("s")
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


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma or form is a trigger or misconduct word: a fast
    vectorised filter, so that the grammar below runs on a few tokens only."""
    import numpy as np
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    table = doc.to_array([LEMMA, LOWER])
    wanted = _trigger_hashes()
    hits = np.isin(table[:, 0], wanted) | np.isin(table[:, 1], wanted)
    return [int(i) for i in np.flatnonzero(hits)]


@lru_cache(maxsize=1)
def _trigger_hashes():
    import numpy as np
    from spacy.strings import get_string_id

    from graphkit.knowledge.cameo import cameo_lexicon

    words = {w.split()[0] for w in verb_triggers()} | set(blame_nouns())
    words |= {w.split(" of ")[0].split()[-1] for w in noun_triggers()}  # "martial law": law
    words |= cameo_lexicon().words()
    return np.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def _at(token: Token, index: ActorIndex, doc_id: str) -> Iterator[Relation]:
    """Every event relation ``token`` triggers, with the accusations its speaker makes."""
    misconduct = blame_head(token)
    if misconduct is not None:
        yield from blamed(misconduct, index, doc_id)
    found = _trigger(token, index)
    if found is None:
        return
    rel, word, code, source = found
    if not _is_verb(token) and _agreed_on(token) and rel.plover in _AGREED_CONTENT:
        return  # "signed a ceasefire": the content of an agreement, not an event of its own
    if rel.plover == "ASSAULT" and _is_verb(token) and _crowd_control(token):
        rel = _coerce() or rel  # "fired tear gas at protesters": repression, not an assault
    args = verb_args(token, rel, word, index) if _is_verb(token) \
        else noun_args(token, rel, index)
    if args is None or not args.agents:
        return
    notes = tuple(n for n, on in (("cameo-verb", source != "graphkit"),
                                  ("cameo-pattern", source == "pattern"),
                                  ("nominal", not _is_verb(token))) if on)
    if not args.targets and _threatened(token, rel):  # "threatened attacks unless Kenya
        conditioned = conditioned_on(token, index)  # pulled out": the one the condition is on
        if conditioned:
            args = replace(args, targets=conditioned, confidence=args.confidence * 0.85)
    if source != "graphkit" and not args.targets:
        return  # a reading from the CAMEO dictionary alone counts between actors only
    if rel.plover == "ASSAULT" and all(a.label.lower().split()[-1] in lexicon().protester_nouns
                                       for a in args.agents):
        riot = verb_trigger("protest")  # "protesters stormed the embassy": a violent protest
        if riot is not None:  # (CAMEO 145), not an armed assault
            rel, code = riot, "145"
    sense = _sense(token, rel, args, code)
    if sense is None:
        return
    if sense[0].plover != rel.plover and _is_verb(token):
        again = verb_args(token, sense[0], word, index)  # the other sense's own targets
        args = again if again is not None and again.agents else args
    rel, code = sense
    made = list(_relations(token, rel, args, doc_id, index, cameo=code))
    reporter = _reporter(token, index)
    for relation in made:
        relation.notes += notes
        if reporter is not None and not same(reporter, relation.subject):
            relation.reported_by = reporter  # "the ministry said X attacked Y": X's event, its claim
    yield from made
    if any(r.cls in CHARGEABLE and not r.negated and HEDGES.get(r.modality or "") != "intent"
           for r in made):  # what one is said to have done or to want, not what it will do
        yield from speaker_accusations(token, args.agents, index, doc_id)


def _agreed_on(noun: Token) -> bool:
    """True for an event noun that is what a signing or agreeing verb is about."""
    heads = [c for c in noun.lefts if c.dep_ == "compound"]  # headline "X and Y sign truce"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        heads.append(noun.head)
    return any((rel := verb_trigger(h.lemma_.lower())) is not None and rel.plover == "AGREE"
               for h in heads)


def _crowd_control(verb: Token) -> bool:
    """True when ``verb`` fires crowd-control means ("tear gas", "water cannon")."""
    lex = lexicon()
    obj = child_of(verb, "dobj")
    return obj is not None and any(t.lemma_.lower() in lex.crowd_control_words for t in obj.subtree)


def _conditions(verb: Token) -> bool:
    """True when the condition that makes ``verb`` contingent is its own ("refused to pass a
    budget unless ..."), not that of a clause it sits in ("if they attack, we will refuse")."""
    return verb.dep_ not in ("advcl", "ccomp") or not any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


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
def _coerce() -> RelationDef | None:
    return next((r for r in load_vocabulary().values() if r.plover == "COERCE"
                 and r.parent is None), None)


def _relations(trigger: Token, rel: RelationDef, args: Args, doc_id: str,
               index: ActorIndex, *, cameo: str | None = None) -> Iterator[Relation]:
    lex = lexicon()
    pol = polarity(trigger)
    if pol.mood in ("requested", "alleged", "conditional", "capacity") or _question(trigger):
        return
    name, cls = rel.name, rel.plover
    if cls in ("THREATEN", "REJECT") and pol.mood == "contingent" and trigger.pos_ == "VERB" \
            and _conditions(trigger):  # the threat or refusal is made; its act waits: "refused
        pol = replace(pol, modality=None, mood="asserted")  # to pass a budget unless ..."
    if pol.mood in ("intended", "contingent") and (
            (cls in INTENT_TO_THREATEN and not _striven(pol.modality))
            or pol.modality in lex.threat_words or promised(trigger)):
        name, cls, cameo = "threaten", "THREATEN", _threat_code(cameo)
        if not args.targets:  # "threatened to strike unless the government rescinded ...": the
            args.targets = conditioned_on(trigger, index)  # one the condition is put to
    elif pol.mood == "contingent":  # "would file a complaint if ...": not (yet) an event
        return
    confidence = args.confidence * (0.8 if pol.mood == "hedged" else 1.0)
    symmetric = rel.name in SYMMETRIC or cls in _MUTUAL
    pairs: set[frozenset[int]] = set()
    targets = [_sanctioned(t) for t in args.targets] if cls == "SANCTION" else args.targets
    for subject in args.agents:
        objects: list[Mention | None] = list(targets) or (
            [None] if args.value or cls in TARGETLESS or rel.target_optional else [])
        for obj in objects:
            if obj is not None:
                if same(subject, obj) or (cls not in _DISCIPLINE
                                          and own_side(subject, obj, index)):
                    continue
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
                trigger=trigger.text, cameo=cameo or rel.cameo)
            if args.mutual and obj is not None and (cls in _BOTH_WAYS or args.reciprocal):
                # they fought each other, blamed each other
                yield Relation(
                    doc=doc_id, subject=obj, relation=name, cls=cls, object=subject,
                    negated=pol.negated, modality=pol.modality,
                    confidence=round(min(1.0, confidence), 2), trigger=trigger.text,
                    cameo=cameo or rel.cameo, notes=("mutual",))


def _threatened(trigger: Token, rel: RelationDef) -> bool:
    """True for a threat verb and for the act a threat verb promises ("threatened to strike",
    "threatened further attacks")."""
    return rel.plover == "THREATEN" or promised(trigger) or (
        trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lexicon().threat_words)


def _sense(trigger: Token, rel: RelationDef, args: Args, code: str | None
           ) -> tuple[RelationDef, str | None] | None:
    """The relation ``trigger`` has in this sentence, for the triggers with two senses: an
    "attack" on a decision, a plan or a rival politician is criticism (ACCUSE), on a convoy or
    by gunmen violence; a warning threatens only when the speaker warns of its own action
    ("warned of retaliation"; "warned that it would strike" is the strike's threat), asks when
    it warns someone against doing something, and is no event else ("warned him about the
    dangers of disunity")."""
    if rel.plover == "ACCUSE" and trigger.lemma_.lower() in lexicon().request_heads and any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        found = verb_trigger("urge")  # "challenged McCain to a debate", "dared him to resign": asked
        return (found, "020") if found is not None else None
    if rel.name in _VERBAL_ATTACK and _verbal(trigger, args):
        found = verb_trigger("criticise")
        return (found, found.cameo) if found is not None else None
    if rel.plover == "PROTEST" and args.targets and args.agents and all(
            a.type in _STATES for a in args.agents):
        found = verb_trigger("complain")  # "Iraq officially protested the shelling": a state's
        return (found, found.cameo) if found is not None else None  # complaint (114), no rally
    spoken = lexicon().verbal_senses.get(trigger.lemma_.lower())
    if spoken is not None and spoken != rel.name and _verbal(trigger, args):
        found = load_vocabulary().get(spoken)  # "the president defended Chavez": support
        return (found, found.cameo) if found is not None else None
    frames = lexicon().trigger_frames.get((trigger.lemma_.lower(), rel.plover))
    if frames is not None and not _framed(trigger, *frames):
        return None  # "asked Roberts about the ruling": a question; "demonstrated that": shown
    if rel.name == "warn":
        if args.targets and consequence_clause(trigger) is not None:
            return rel, code  # "warned that Chen would pay a price"
        if any(c.dep_ in ("ccomp", "xcomp") and _own_act(c) for c in trigger.children):
            return None  # the clause's own act is the threat ("warned it would strike")
        if _threatens(trigger):
            return rel, code
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children) and args.targets:
            found = verb_trigger("urge")  # "warned the group against the operation": asked not to
            return (found, "020") if found is not None else None
        return None
    return rel, code


def _framed(trigger: Token, needs: frozenset[str], never: frozenset[str]) -> bool:
    """True when ``trigger`` has one of the frames its event reading ``needs`` and none it
    ``never`` has (``ontologies/lexicon/trigger_frames.tsv``)."""
    have = set()
    for child in trigger.children:
        if child.dep_ == "prep":
            have.add(f"prep:{child.lower_}")
        elif child.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                            for m in child.children)
                                        or child.doc[child.left_edge.i].tag_ in _WH_TAGS):
            have.add("ccomp:whether")  # "asked whether ...", "asked him how he saw ..."
        else:
            have.add(child.dep_)
        if child.dep_ in ("dobj", "nsubjpass"):
            have.add(f"obj:{child.lemma_.lower()}")
    return (not needs or bool(have & needs)) and not have & never


def _verbal(trigger: Token, args: Args) -> bool:
    """True when an attack is made with words: its object is no actor and no physical thing
    ("the decision", "the plan"), or persons, parties or bodies attack with no violence in the
    sentence ("The Tories attacked Labour over its tax plans")."""
    lex = lexicon()
    if args.value is not None and not args.targets:
        head = args.value.lower().replace('"', " ").split()
        return bool(head) and head[-1] not in lex.physical_targets and not any(
            w in lex.physical_targets for w in head)
    if all(a.type in _SPEAKERS for a in args.agents):
        return not any(t.lemma_.lower() in lex.violence_words or t.lower_ in lex.violence_words
                       for t in trigger.sent)
    return False


def _threatens(trigger: Token) -> bool:
    """True when a warning threatens the speaker's own action: a CAMEO phrase pattern reads
    it as a threat ("warned Taiwan against independence"), it warns of a threat noun ("of
    retaliation", "against any attack") or of facing something ("... or face")."""
    from graphkit.extract._cameo import cameo_sense
    from graphkit.knowledge.cameo import cameo_lexicon

    lex = lexicon()
    sense = cameo_sense(trigger)
    if sense is not None and sense.pattern is not None and \
            cameo_lexicon().plover(sense.code) == "THREATEN":
        return True
    warned = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in [c for t in [trigger, *warned] for c in t.children]:  # "warned X of retaliation"
        if child.dep_ == "prep" and child.lower_ in ("of", "against", "about"):
            obj = child_of(child, "pobj")
            if obj is not None and obj.lemma_.lower() in lex.threat_nouns:
                return True
    return any(t.lower_ == "face" and t.head.i >= trigger.i and
               any(c.lower_ == "or" for c in t.head.children) for t in trigger.subtree)


def _own_act(clause: Token) -> bool:
    """A clause announcing an act to come: a modal or "going to" with an event verb."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "'ll", "wo", "shall")
               for c in clause.children):
        return False
    rel = verb_trigger(clause.lemma_.lower())
    return rel is not None and rel.is_event


def _reporter(trigger: Token, index: ActorIndex) -> Mention | None:
    """The actor whose speech the event is reported in: the subject of the speech verb that
    governs its clause ("the ministry said X had attacked Y"), or the speaker of the quote."""
    token = trigger
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in ("ccomp", "parataxis") and is_speech(head):
            subj = child_of(head, "nsubj")
            return index.actor_for(subj) if subj is not None else None
        if token.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "acl") \
                or own_clause(token):
            break
        token = head
    return index.speaker_at(trigger.idx) if index.in_quote(trigger) else None


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
    a protest ("bombed a house", "occupied the Golan Heights", "quelled the protest"). Any other
    act needs its target: "criticised the decision" names nobody criticised, "released
    evidence" no one released."""
    if cls in TARGETLESS:
        return True
    if cls == "CONCEDE" and about:  # "lifted the curfew", "lifted the state of emergency":
        return _restriction(about)  # a restriction eased on no one named
    if cls in ("ASSAULT", "COERCE") and about:  # "bombed a house", "occupied the Golan Heights",
        words = about.replace('"', " ").split()  # "quelled the protest"
        thing, _, name = about.partition(" of ")  # "the town of Beit Hanoun": a town
        if not (name and all(w[:1].isupper() for w in name.split())):
            thing = about  # "the post of assistant attorney general": a post, no place
        head = thing.split()[-1].lower() if thing.split() else ""
        protest = noun_trigger(head.rstrip("s")) or noun_trigger(head)
        return head in lexicon().physical_targets or all(w[:1].isupper() for w in words) or (
            protest is not None and protest.plover == "PROTEST")
    return False


def _sanctioned(target: Mention) -> Mention:
    """Sanctions on a country's unnamed officials ("Belarusian officials") target its
    government; named targets stay."""
    if target.key is not None or target.country is None or target.type != "Government" \
            or not target.label.islower():
        return target
    return replace(target, label=f"Government of {target.country}")


def _idiom(value: str) -> bool:
    """True when a literal attack target is an idiom's object ("a more conciliatory tone")."""
    lex = lexicon()
    words = value.lower().replace('"', " ").split()
    return bool(words) and words[-1] in lex.idiom_objects


def _question(token: Token) -> bool:
    """True when ``token``'s sentence asks rather than tells ("Will Russia attack?")."""
    sent = token.sent
    last = sent[-1] if sent[-1].pos_ != "SPACE" or len(sent) < 2 else sent[-2]
    return last.text == "?" and not any(t.text in ('"', "\u201d", "\u201c") for t in sent)


def _trigger(token: Token, index: ActorIndex) -> _Found | None:
    """The event relation ``token`` triggers, the second word of a two-word verb, the CAMEO
    code the verb lexicon gives it in its frame (None: the relation's own), and where the
    reading comes from ("graphkit", "pattern" or "cameo": see :func:`_verb_trigger`)."""
    if token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX"):
        return _verb_trigger(token) or _crowd_protest(token, index)
    if headline_verb(token):
        lemma = token.lemma_.lower()
        if lemma == token.lower_:  # the tagger's noun lemma keeps the verb's -s: "severs"
            lemma = lemma[:-2] if lemma.endswith(("shes", "ches", "xes", "sses")) else lemma[:-1]
        obj = child_of(token, "dobj")  # "Algeria severs diplomatic ties with Morocco"
        pair = (verb_trigger(lemma, obj.lower_) or verb_trigger(lemma, obj.lemma_.lower())) \
            if obj is not None else None
        rel = pair or verb_trigger(lemma)
        if rel is not None and rel.is_event:
            return rel, obj if pair is not None else None, None, "graphkit"
    if token.pos_ == "NOUN" and token.dep_ != "compound" and not (
            token.text[:1].isupper() and token.ent_type_):  # "the Free Trade Agreement": a name
        rel = event_noun(token) or _labour_strike(token)  # the pair first: "a phone call
        # with X" is no call for anything
        if rel is not None and rel.is_event and index.actor_for(token) is None:
            return rel, None, None, "graphkit"
    return None


def _crowd_protest(verb: Token, index: ActorIndex) -> _Found | None:
    """A march, rally or gathering by a crowd ("thousands of protesters marched"): a protest
    (``crowd_verbs.txt``); the same verbs with any other subject are no event."""
    if verb.lemma_.lower() not in lexicon().crowd_verbs:
        return None
    subj = child_of(verb, "nsubj")
    if subj is None or index.group_for(subj) is None:
        return None
    rel = verb_trigger("protest")
    return (rel, None, None, "graphkit") if rel is not None else None


def _verb_trigger(verb: Token) -> _Found | None:
    """A verb's relation: graphkit's own lexicon first, its CAMEO code refined by the CAMEO
    verb lexicon (and its phrase patterns) where both agree on the class. Verbs graphkit's
    lexicon lacks take the dictionary's own code of the verb ("cameo") when it is specific: a
    sub-code such as 181 kidnap (general verbs carry a category's code, x0: "lead", "join",
    "pass": 040, 060, 080; and ``cameo_general_verbs.txt`` lists general verbs with specific
    codes). Phrase patterns, written to tell a verb's senses apart for PETRARCH, refine codes;
    they give a verb with no code of its own theirs ("pattern") only when the pattern's noun is
    the head of the verb's object ("cut gas supplies to X": 162), never to a light or general
    verb."""
    from graphkit.extract._cameo import cameo_sense
    from graphkit.knowledge.cameo import cameo_lexicon, general_verbs

    lemma = verb.lemma_.lower()
    rel, word = None, None
    for child in verb.children:
        if child.dep_ in _PHRASAL_DEPS:
            inner = counted(child)  # "sent thousands of troops": "send troops"
            rel = verb_trigger(lemma, child.lower_) or verb_trigger(lemma, child.lemma_) or (
                verb_trigger(lemma, inner.lower_) if inner is not None else None)
            if rel is not None:
                word = child
                break
    rel = rel or verb_trigger(lemma)
    if rel is not None and not rel.is_event:
        rel = None
    if rel is None or lemma in lexicon().naming_verbs:
        named = _naming(verb)  # "labelled Hamas a terrorist organisation"
        if named is not None:
            return named, None, named.cameo, "graphkit"
    if rel is not None and not rel.is_event:
        return None
    sense = cameo_sense(verb)
    plover = cameo_lexicon().plover(sense.code) if sense is not None else ""
    if rel is not None:  # the dictionary refines the code only with a specific one of the class
        code = sense.code if sense is not None and plover == rel.plover else None
        return rel, word, code if _specific(code) else None, "graphkit"
    if sense is None or plover not in PLOVER_TYPES:
        return None
    code = sense.entry.code
    if sense.entry.phrase in general_verbs() or lemma in lexicon().light_verbs:
        return None  # a light verb's event is its noun's ("expressed solidarity")
    if sense.pattern is not None and _specific(sense.code) and not _specific(code) \
            and _heads_fit(sense.pattern, verb):
        code, source = sense.code, "pattern"  # "cut gas supplies to X": the pattern's code
    elif not _specific(code):
        return None
    else:
        source = "cameo"
    plover = cameo_lexicon().plover(code)
    found = relation_for_code(code, plover) if plover in PLOVER_TYPES else None
    return (found, sense.particle, code, source) if found is not None else None


def _heads_fit(pattern: Pattern, verb: Token) -> bool:
    """True when each noun slot after the verb in ``pattern`` is filled by the head of the
    verb's object, not by a word inside it ("cut gas supplies": "supplies" fills "* supplies";
    "halted gas deliveries" leaves "* &weapon" unfilled, though "gas" is a weapon word)."""
    heads = {w for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             for w in (c.lower_, c.lemma_.lower())}
    nouns = [slot for slot in pattern.post if hasattr(slot, "heads")]
    return bool(nouns) and all(slot.heads & heads for slot in nouns)


def _specific(code: str | None) -> bool:
    """A CAMEO code below its category's general x0 code ("162", not "160" or "---")."""
    return code is not None and code.isdigit() and len(code) >= 3 and not code.endswith("0")


def _naming(verb: Token) -> RelationDef | None:
    """The relation a naming verb expresses when it calls its object something pejorative:
    "labelled Hamas a terrorist organization", "called the report bizarre", "dismissed the
    resolution as a piece of paper" (``naming_verbs.tsv``, ``pejorative_words.txt``)."""
    lex = lexicon()
    name = lex.naming_verbs.get(verb.lemma_.lower())
    if name is None:
        return None
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "attr", "ccomp")]
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # "as" may hang on the object
    predicates += [pobj for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                   for pobj in c.children if pobj.dep_ == "pobj"]
    for obj in verb.children:  # "labelled Hamas a terrorist organization": two objects
        if obj.dep_ == "dobj":
            predicates += [c for c in obj.children if c.dep_ in ("appos", "npadvmod")]
    words = {t.lemma_.lower() for p in predicates for t in p.subtree} | {
        t.lower_ for p in predicates for t in p.subtree}
    if not words & lex.pejorative_words:
        return None
    return load_vocabulary().get(name)


def _threat_code(code: str | None) -> str:
    """The CAMEO threat code for a planned act of the class ``code`` names (138: threaten
    military force for assaults; 1312: sanctions; 130 else)."""
    if code and code[:2] in ("18", "19", "20"):
        return "138"
    if code and code[:2] == "16":
        return "1312"
    if code and code[:2] == "17":
        return "137"
    return "130"


def _labour_strike(noun: Token) -> RelationDef | None:
    """The protest relation for a workers' strike ("a general strike", "a nationwide strike");
    an air or drone strike is no protest."""
    lex = lexicon()
    if noun.lemma_.lower() != "strike" or not any(
            c.dep_ in ("amod", "compound") and c.lower_ in lex.labour_strike_words for c in noun.lefts):
        return None
    return next((r for r in load_vocabulary().values() if r.plover == "PROTEST"
                 and r.parent is None), None)


def _is_verb(token: Token) -> bool:
    return token.pos_ not in ("NOUN", "PROPN") or headline_verb(token)
