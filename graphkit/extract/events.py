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
    >>> doc = load_pipeline()("The opposition was warned by the army.")
    >>> [(r.subject.label, r.relation, r.cls, r.object.label, r.negated)
    ...  for r in events(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="d1")]
    [('army', 'warn', 'THREATEN', 'opposition', False)]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from graphkit.extract._tree import (
    RELATIVE,
    child_of,
    is_speech,
    main_conjunct,
    own_side,
    pobj,
    prep_actors,
    same,
)
from graphkit.extract.accusations import CHARGEABLE, blame_head, blamed, speaker_accusations
from graphkit.extract.lexicon import lexicon
from graphkit.extract.polarity import polarity
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
if TYPE_CHECKING:
    from graphkit.extract.reference import ActorIndex

__all__ = ["events", "OBJECT_PREPS", "INTENT_TO_THREATEN"]

#: Prepositions that introduce an event's target ("threat to", "sanctions on", "talks with").
OBJECT_PREPS = frozenset({"to", "on", "against", "with", "at", "into", "upon", "toward",
                          "towards", "over", "between"})
#: Classes that become THREATEN when only planned, wanted or vowed.
INTENT_TO_THREATEN = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: Classes whose nominal "of"-phrase names the target ("the arrest of X"), not the agent.
_PATIENT_OF = frozenset({"COERCE", "ASSAULT", "ACCUSE", "SANCTION", "CONCEDE", "REJECT"})
#: Classes whose possessor is the target when it is a person ("Altaf's extradition", "the
#: journalist's murder"); an organisation possessor acts ("Beijing's crackdown").
_PATIENT_POSS = frozenset({"COERCE", "CONCEDE", "ASSAULT"})
#: Classes whose nominal "from"-phrase is not the agent ("withdrawal from", "release from").
_NOT_FROM_AGENT = frozenset({"RETREAT", "COERCE", "ASSAULT", "CONCEDE"})
#: Relations where co-subjects act on each other ("Colombia and the FARC signed an accord").
_SYMMETRIC = frozenset({"sign", "agree", "meet", "negotiate", "consult", "cooperate", "ally",
                        "fight", "ceasefire"})
#: Reactions that can point at the author of an event named earlier.
_REACTIONS = frozenset({"ACCUSE", "REJECT"})
#: Classes whose parties act together: each pair of them once.
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Classes an organisation may direct at its own members ("the party expelled its senator").
_DISCIPLINE = frozenset({"COERCE", "SANCTION", "ACCUSE", "REJECT"})
#: Classes whose direct object is the actor's own force ("deployed troops to"), not a target.
_INSTRUMENT = frozenset({"MOBILIZE", "RETREAT"})
#: Prepositions that end a literal target phrase ("two engineers | in Nigeria").
_LITERAL_STOP = frozenset({"in", "at", "near", "outside", "inside", "during", "across",
                           "around", "from", "after", "before", "since", "amid", "for"})
#: Subjects and possessives by which a speaker reports its own deeds ("it had", "its forces").
_SELF = frozenset({"it", "we", "they"})
_OWN = frozenset({"its", "our", "their"})
_PHRASAL_DEPS = frozenset({"prt", "prep", "dobj", "acomp", "advmod", "oprd", "compound:prt"})
_MAX_LITERAL = 100


#: What a trigger reads as: relation, second word of a two-word verb, CAMEO code, source.
_Found = tuple["RelationDef", "Token | None", "str | None", str]


@dataclass(slots=True)
class _Args:
    """The actors around one trigger, before polarity."""

    agents: list[Mention]
    targets: list[Mention]
    value: str | None
    confidence: float


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
    from graphkit.extract._text import body_end, sentence_bounds

    limit = body_end(doc.text)
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
            key = (sent.start, relation.subject.label, relation.cls,
                   relation.object.label if relation.object else relation.value,
                   relation.negated)
            kept = best.get(key)
            if kept is None or kept.confidence < relation.confidence:
                best[key] = relation
    yield from _anaphoric(list(best.values()))


def _anaphoric(found: list[Relation]) -> list[Relation]:
    """Point reactions to an event named earlier at its author: "The Kremlin criticised the
    sanctions" after "the EU imposed sanctions on Belarus" accuses the EU; "The RSF rejected
    the charge" rejects whoever charged it. ``found`` is in document order."""
    lex = lexicon()
    out: list[Relation] = []
    for rel in found:
        cls = lex.reacted_to_nouns.get((rel.value or "").lower()) if rel.cls in _REACTIONS else None
        if cls is None:
            out.append(rel)
            continue
        earlier = [r for r in out if r.cls == cls and not r.negated and r.start < rel.start
                   and r.subject is not None]
        if not earlier:
            out.append(rel)
            continue
        word = (rel.value or "").lower().removeprefix("the ").rstrip("s")
        earlier = [r for r in earlier if (r.trigger or "").lower().rstrip("s") == word] \
            or earlier  # "the sanctions": those imposed as sanctions, not assets frozen
        last = earlier[-1].start
        authors = {id(r.subject): r.subject for r in earlier if r.start == last}
        targets = [m for m in authors.values() if not same(m, rel.subject)]
        if not targets:
            out.append(rel)
        for target in targets:
            out.append(replace(rel, object=target, value=None,
                               confidence=round(rel.confidence * 0.8, 2)))
    return out


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

    words = {w.split()[0] for w in verb_triggers()} | set(noun_triggers()) | set(blame_nouns())
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
    if not _is_verb(token) and _agreed_on(token):
        return  # "signed a ceasefire": the content of an agreement, not an event of its own
    if rel.plover == "ASSAULT" and _is_verb(token) and _crowd_control(token):
        rel = _coerce() or rel  # "fired tear gas at protesters": repression, not an assault
    args = _verb_args(token, rel, word, index) if _is_verb(token) \
        else _noun_args(token, rel, index)
    if args is None or not args.agents:
        return
    if source != "graphkit":  # a reading from the CAMEO lexicon alone counts between actors
        if not args.targets:
            return
        args.confidence *= 0.75
    made = list(_relations(token, rel, args, doc_id, index, cameo=code))
    yield from made
    if any(r.cls in CHARGEABLE and not r.negated for r in made):
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


@lru_cache(maxsize=1)
def _coerce() -> RelationDef | None:
    return next((r for r in load_vocabulary().values() if r.plover == "COERCE"
                 and r.parent is None), None)


def _relations(trigger: Token, rel: RelationDef, args: _Args, doc_id: str,
               index: ActorIndex, *, cameo: str | None = None) -> Iterator[Relation]:
    lex = lexicon()
    pol = polarity(trigger)
    if pol.mood in ("requested", "alleged", "conditional") or _question(trigger):
        return
    name, cls = rel.name, rel.plover
    if pol.mood in ("intended", "contingent") and (
            cls in INTENT_TO_THREATEN or pol.modality in lex.threat_words):
        name, cls, cameo = "threaten", "THREATEN", _threat_code(cameo)
    elif pol.mood == "contingent":  # "would file a complaint if ...": not (yet) an event
        return
    confidence = args.confidence * (0.8 if pol.mood == "hedged" else 1.0)
    symmetric = rel.name in _SYMMETRIC or cls in _MUTUAL
    pairs: set[frozenset[int]] = set()
    targets = [_sanctioned(t) for t in args.targets] if cls == "SANCTION" else args.targets
    for subject in args.agents:
        objects: list[Mention | None] = list(targets) or ([None] if args.value else [])
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
                value=None if obj is not None else args.value, negated=pol.negated,
                modality=pol.modality, confidence=round(min(1.0, confidence), 2),
                trigger=trigger.text, cameo=cameo or rel.cameo)


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
        return _verb_trigger(token)
    if _headline_verb(token):
        rel = verb_trigger(token.lemma_.lower())
        if rel is not None and rel.is_event:
            return rel, None, None, "graphkit"
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        rel = next((noun_trigger(f"{c.lemma_} {token.lemma_}") for c in token.lefts
                    if c.dep_ == "compound" and noun_trigger(f"{c.lemma_} {token.lemma_}")),
                   None)  # "a phone call with X" is no call for anything
        rel = rel or noun_trigger(token.lemma_) or noun_trigger(token.lower_) \
            or _labour_strike(token)
        if rel is not None and rel.is_event and index.actor_for(token) is None:
            return rel, None, None, "graphkit"
    return None


def _verb_trigger(verb: Token) -> _Found | None:
    """A verb's relation: graphkit's own lexicon first, its CAMEO code refined by the CAMEO
    verb lexicon (and its phrase patterns) where both agree on the class. Verbs graphkit's
    lexicon lacks take the dictionary's own code of the verb ("cameo") when it is specific: a
    sub-code such as 181 kidnap (general verbs carry a category's code, x0: "lead", "join",
    "pass": 040, 060, 080; and ``cameo_general_verbs.txt`` lists general verbs with specific
    codes). Phrase patterns, written to tell a verb's senses apart for PETRARCH, refine codes
    but never make an event on their own."""
    from graphkit.extract._cameo import cameo_sense
    from graphkit.knowledge.cameo import cameo_lexicon, general_verbs

    lemma = verb.lemma_.lower()
    rel, word = None, None
    for child in verb.children:
        if child.dep_ in _PHRASAL_DEPS:
            rel = verb_trigger(lemma, child.lower_) or verb_trigger(lemma, child.lemma_)
            if rel is not None:
                word = child
                break
    rel = rel or verb_trigger(lemma)
    if rel is not None and not rel.is_event:
        return None
    sense = cameo_sense(verb)
    plover = cameo_lexicon().plover(sense.code) if sense is not None else ""
    if rel is not None:
        return rel, word, sense.code if sense is not None and plover == rel.plover else None, "graphkit"
    if sense is None or plover not in PLOVER_TYPES:
        return None
    code = sense.entry.code
    if len(code) < 3 or code.endswith("0") or sense.entry.phrase in general_verbs():
        return None
    plover = cameo_lexicon().plover(code)
    found = relation_for_code(code, plover) if plover in PLOVER_TYPES else None
    return (found, sense.particle, code, "cameo") if found is not None else None


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


def _headline_verb(token: Token) -> bool:
    """A verb the tagger took for a plural noun in a headline ("Opposition rejects call"):
    a root noun in -s with a direct object."""
    return (token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN")
            and token.lower_.endswith("s") and child_of(token, "dobj") is not None)


def _is_verb(token: Token) -> bool:
    return token.pos_ not in ("NOUN", "PROPN") or _headline_verb(token)


# ------------------------------------------------------------------ verbs


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _verb_agents(verb: Token, index: ActorIndex, depth: int = 0) -> tuple[list[Mention], float]:
    """The actors doing what ``verb`` says, and how directly the grammar shows them."""
    lex = lexicon()
    if depth > 4:
        return [], 0.0
    if _passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return prep_actors(child_of(verb, "agent"), index), 0.85
    subj = _subject(verb)
    if subj is None and _headline_verb(verb):
        for left in reversed(list(verb.lefts)):
            found = index.actors_for(left) if left.dep_ in ("compound", "poss", "nmod") else []
            if found:
                return found, 0.7
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return index.actors_for(verb.head), 0.85
        found = index.actors_for(subj) if subj.pos_ == "PRON" else []
        owner = child_of(verb.head, "nsubj") if not found and _speaker_own(subj, verb) else None
        if owner is not None:
            return index.actors_for(owner), 0.8
        found = found or index.actors_for(subj) or [  # "Quispe's party, Partido Nacion Unida,"
            m for c in subj.children if c.dep_ == "appos" for m in index.actors_for(c)]
        return found, 0.9
    head, dep = verb.head, verb.dep_
    if head is verb:
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


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``: of two (a dateline "NAIROBI, Nov 22 (GNW) - Police fired"),
    the one nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    chosen = before or subjects
    return chosen[-1] if chosen else None


def _speaker_own(subj: Token, verb: Token) -> bool:
    """True when ``subj`` is the speaker itself or its own forces in reported speech: "the
    army said its aircraft had struck", "the ministry said it had frozen"."""
    head = verb.head
    if verb.dep_ != "ccomp" or not is_speech(head) or child_of(head, "nsubj") is None:
        return False
    return subj.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in _OWN
                                       for c in subj.children)


def _verb_args(verb: Token, rel: RelationDef, word: Token | None,
               index: ActorIndex) -> _Args | None:
    agents, conf = _verb_agents(verb, index)
    if not agents:
        return None
    args = _verb_targets(verb, rel, word, index, agents, conf)
    if (args is None or not args.targets) and rel.name in _SYMMETRIC and len(agents) > 1:
        return _Args(agents[:1], agents[1:], None, conf * 0.8)  # "X and Y clashed"
    return args


def _verb_targets(verb: Token, rel: RelationDef, word: Token | None, index: ActorIndex,
                  agents: list[Mention], conf: float) -> _Args | None:
    if word is not None and word.dep_ == "prep":
        obj = pobj(word)
        targets = index.actors_for(obj) if obj is not None else []
        return _Args(agents, targets, _literal(obj) if not targets else None, conf)
    for obj, weight in _verb_objects(verb, rel, word):
        targets = _named_holder(obj, index) or index.actors_for(obj)
        if targets:
            return _Args(agents, targets, None, conf * weight)
        found = _event_noun_actors(obj, rel, index) or _attribute(obj, index)
        if found:
            return _Args(agents, found, None, conf * weight * 0.8)
        if obj.dep_ in ("dobj", "nsubjpass", "nsubj") or obj is verb.head or (
                rel.plover in _INSTRUMENT and obj.dep_ == "pobj"):
            value = _literal(obj)
            if value:
                return _Args(agents, [], value, conf * 0.65)
    return None


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
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "against", "into", "from"):
                obj = pobj(child)
                if obj is not None:
                    yield obj, 0.9
        return
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        yield verb.head, 0.9
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative") and child is not word:
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                yield verb.head, 0.85
            else:
                yield child, 1.0
    if rel.plover == "REQUEST":  # "demanded (that) the government initiate ..."
        for child in verb.children:
            if child.dep_ == "ccomp":
                subj = child_of(child, "nsubj")
                if subj is not None:
                    yield subj, 0.85
    for child in verb.children:
        if child.dep_ == "prep" and (child.lower_ in OBJECT_PREPS or (
                child.lower_ in ("of", "about") and rel.plover in ("ACCUSE", "THREATEN"))):
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
        return _verb_agents(head, index)[0]
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in lex.light_verbs \
            and head.lower_ in ("in", "into"):
        return _verb_agents(head.head, index)[0]
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in lex.light_verbs:
        return _verb_agents(head, index)[0]
    return []


def _noun_roles(noun: Token, cls: str | None, index: ActorIndex
                ) -> tuple[list[Mention], list[Mention]]:
    """Agents and targets written inside the noun phrase of an event noun."""
    lex = lexicon()
    agents: list[Mention] = []
    targets: list[Mention] = []
    for child in noun.children:
        dep, word = child.dep_, child.lower_
        if dep == "poss" or (dep in ("compound", "nmod", "amod") and child.i < noun.i):
            found = index.actors_for(child)
            person = any(m.type == "Person" for m in found)
            patient = cls in _PATIENT_POSS and person
            (targets if patient else agents).extend(found)
        elif dep == "prep":
            obj = pobj(child)
            if obj is None:
                continue
            if word == "by" or (word == "from" and cls not in _NOT_FROM_AGENT):
                agents.extend(index.actors_for(obj))
            elif word == "of":
                (targets if cls in _PATIENT_OF else agents).extend(index.actors_for(obj))
            elif word in OBJECT_PREPS:
                targets.extend(index.actors_for(obj) or _attribute(obj, index))
            elif word == "for":  # "support for Ukraine", "demands for the minister's resignation"
                targets.extend(index.actors_for(obj) or _attribute(obj, index))
        elif dep == "acl" and child.lemma_.lower() in lex.light_verbs:
            agents.extend(prep_actors(child_of(child, "agent"), index))
            targets.extend(_prep_targets(child, index))
    return agents, targets


def _prep_targets(verb: Token, index: ActorIndex) -> list[Mention]:
    """Targets given on a light verb: "imposed sanctions on X", "gave X a warning"."""
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
            obj = pobj(child)
            if obj is not None:
                found.extend(index.actors_for(obj))
        elif child.dep_ == "dative":
            found.extend(index.actors_for(pobj(child) or child))
    return found


def _noun_args(noun: Token, rel: RelationDef, index: ActorIndex) -> _Args | None:
    lex = lexicon()
    agents = _noun_agents(noun, rel.plover, index)
    if not agents and rel.name in _SYMMETRIC:  # "the talks between Israel and Hamas"
        parties = prep_actors(next((c for c in noun.children if c.dep_ == "prep"
                                     and c.lower_ == "between"), None), index)
        return _Args(parties[:1], parties[1:], None, 0.7) if len(parties) > 1 else None
    if not agents:
        return None
    _, targets = _noun_roles(noun, rel.plover, index)
    confidence = 0.75
    head = noun.head
    light = head.lemma_.lower() in lex.light_verbs
    if not targets and light and noun.dep_ in ("dobj", "nsubjpass", "attr"):
        targets, confidence = _prep_targets(head, index), 0.8
    if not targets and noun.dep_ == "pobj" and head.dep_ == "prep" \
            and head.head.lemma_.lower() in lex.light_verbs:
        targets, confidence = _prep_targets(head.head, index), 0.75
    if not targets and noun.dep_ == "dobj" and head.lemma_.lower() in lex.recipient_verbs:
        targets, confidence = _verb_agents(head, index)[0], 0.65
    if not targets and rel.name in _SYMMETRIC and len(agents) > 1:
        # "X and Y held talks": the first named acts towards the others
        agents, targets, confidence = agents[:1], agents[1:], 0.7
    if not targets:
        value = _literal(_prep_object(noun) or (_prep_object(head) if light else None))
        return _Args(agents, [], value, 0.55) if value else None
    return _Args(agents, targets, None, confidence)


def _prep_object(token: Token) -> Token | None:
    """The object of a target preposition on ``token`` ("an attack on a mosque")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
            return pobj(child)
    return None


def _event_noun_actors(token: Token, rel: RelationDef, index: ActorIndex) -> list[Mention]:
    """The actors of an event noun that is itself the object of a verb: the author of a
    threat one defies, the target of sanctions one lifts."""
    other = noun_trigger(token.lemma_) if token.pos_ in ("NOUN", "PROPN") else None
    if other is None or not other.is_event:
        return []
    agents, targets = _noun_roles(token, other.plover, index)
    if rel.plover == "ACCUSE":  # "condemned the attack on X": the attacker, never X
        return agents
    return targets or agents if rel.plover == "CONCEDE" else agents or targets


def _attribute(token: Token, index: ActorIndex) -> list[Mention]:
    """The actor a non-actor phrase belongs to: "a police post", "the minister's resignation",
    "the home of the governor"."""
    for child in token.children:  # "the assets of X" before "US assets"
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = pobj(child)
            found = index.actors_for(obj) if obj is not None else []
            if found:
                return found
    for child in token.children:  # "Hezbollah positions", "Russian positions"
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod")
                                    and child.i < token.i):
            found = index.actors_for(child)
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
