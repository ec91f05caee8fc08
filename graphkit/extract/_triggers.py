"""Where events are: the tokens worth looking at (a vectorised pass over the document's
lemmas against every trigger word) and the relation each one triggers, from the relation
vocabulary (verbs, two-word verbs, nominal triggers, "naming" verbs such as "label X a
terrorist") and, behind it, the CAMEO verb dictionary's phrase patterns.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from graphkit.extract._forces import HANDING_VERBS, arms_handed, forces_out
from graphkit.extract._phrases import event_noun, headline_verb
from graphkit.extract._text import among
from graphkit.extract._tree import child_of, infinitive, pobj
from graphkit.extract.lexicon import lexicon
from graphkit.extract.reference import counted
from graphkit.model import PLOVER_TYPES
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
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from graphkit.extract._cameo import CameoSense
    from graphkit.extract.reference import ActorIndex
    from graphkit.knowledge.cameo import Pattern

__all__ = ["candidate_tokens", "is_verb", "threat_code", "trigger_at"]


_PHRASAL_DEPS = frozenset({"prt", "prep", "dobj", "acomp", "advmod", "oprd", "compound:prt"})
#: What a trigger reads as: relation, second word of a two-word verb, CAMEO code, source.
_Found = tuple["RelationDef", "Token | None", "str | None", str]


def candidate_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma or form is a trigger or misconduct word: a fast
    vectorised filter, so that the grammar below runs on a few tokens only."""
    import numpy as np
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    table = doc.to_array([LEMMA, LOWER])
    wanted = _trigger_hashes()
    hits = among(table[:, 0], wanted) | among(table[:, 1], wanted)
    return [int(i) for i in np.flatnonzero(hits)]


@lru_cache(maxsize=1)
def _trigger_hashes():
    import numpy as np
    from spacy.strings import get_string_id

    from graphkit.knowledge.cameo import cameo_lexicon

    words = {w.split()[0] for w in verb_triggers()} | set(blame_nouns())
    words |= {w.split(" of ")[0].split()[-1] for w in noun_triggers()}  # "martial law": law
    words |= cameo_lexicon().words() | set(HANDING_VERBS)
    return np.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def trigger_at(token: Token, index: ActorIndex) -> _Found | None:
    """The event relation ``token`` triggers, the second word of a two-word verb, the CAMEO
    code the verb lexicon gives it in its frame (None: the relation's own), and where the
    reading comes from ("graphkit", "pattern" or "cameo": see :func:`_verb_trigger`)."""
    if token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX"):
        if _noun_modifier(token):
            return None
        crowd = _crowd_protest(token, index)
        if crowd is not None and any(c.dep_ == "dobj" for c in token.children):
            return crowd  # "thousands defied the curfew": what a crowd's defiance is, a protest
        return _disarming(token, index) or _verb_trigger(token) or crowd or _forces_out(token, index) \
            or _ultimatum(token)
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


def _noun_modifier(verb: Token) -> bool:
    """True for a noun the parser took for a verb joined to a finite one: "committed troops
    and support personnel", "sent troops and aid workers". A base form with no subject and no
    auxiliary of its own cannot follow "and" after a past or third-person verb."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ in ("VBD", "VBN", "VBZ") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in head.children)


def _crowd_protest(verb: Token, index: ActorIndex) -> _Found | None:
    """A march, rally or gathering by a crowd ("thousands of protesters marched"): a protest
    (``crowd_verbs.txt``); the same verbs with any other subject are no event."""
    words = lexicon().crowd_verbs
    lemma = verb.lemma_.lower()
    if lemma not in words and not any(  # "took to the streets"
            f"{lemma} {c.lower_} {o.lemma_.lower()}" in words
            for c in verb.children if c.dep_ == "prep" for o in [pobj(c)] if o is not None) \
            and not any(f"{lemma} {c.lemma_.lower()}" in words  # "defied a curfew"
                        for c in verb.children if c.dep_ == "dobj"):
        return None
    subj = child_of(verb, "nsubj")
    crowd = index.group_for(subj) if subj is not None else None
    if crowd is None or crowd.type != "Group" or _for_occasion(verb):  # soldiers or militias
        return None  # marching into a town, people gathering for a party are no protest
    if lemma in lexicon().assembly_verbs and not _protesting(verb, crowd.label):
        return None  # "5,000 people gathered at the Cenotaph"
    rel = verb_trigger("protest")
    return (rel, None, None, "graphkit") if rel is not None else None


def crowd_demand(verb: Token, index: ActorIndex) -> bool:
    """True for a demand made by protesting: the purpose of a march, rally or other protest
    ("rallied in Beirut to demand the withdrawal", "blocked roads to demand that the government
    cut prices") or what a counted crowd is out for ("thousands of students demanding
    his resignation"). Such a demand is also a protest against whom it is made of (CAMEO 141)."""
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and child_of(verb, "nsubj") is None and head.pos_ == "VERB":
        found = trigger_at(head, index)  # "blocked roads to demand", "rallied to demand"
        return found is not None and found[0].plover == "PROTEST"
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.dep_ != "pobj":
        return False
    crowd = index.group_for(head)
    inner = counted(head.head.head)
    return crowd is not None and crowd.type == "Group" and inner is not None and inner.i == head.i


def _ultimatum(verb: Token) -> _Found | None:
    """A deadline given with what befalls the one given it if it fails ("gave Sudan 30 days to
    disarm the militias or face measures", ``consequence_phrases.txt``): an ultimatum."""
    if child_of(verb, "dative") is None:
        return None
    phrases = lexicon().consequence_phrases
    times = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in ("DATE", "TIME")]
    clauses = [c for t in [verb, *times] for c in t.children
               if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and infinitive(c)]
    for alternative in (c for clause in clauses for c in clause.children if c.dep_ == "conj"):
        obj = child_of(alternative, "dobj")
        lemma = alternative.lemma_.lower()
        if any(c.lower_ == "or" for c in alternative.head.children if c.dep_ == "cc") and (
                lemma in phrases or obj is not None and f"{lemma} {obj.lemma_.lower()}" in phrases):
            rel = noun_trigger("ultimatum")
            return (rel, None, None, "graphkit") if rel is not None else None
    return None


def _forces_out(verb: Token, index: ActorIndex) -> _Found | None:
    """Armed men moving out of a country withdraw from it ("the last troops crossed the river
    out of Afghanistan"): the relation of "withdraw", with the "of" naming the country."""
    of = forces_out(verb, index)
    rel = verb_trigger("withdraw") if of is not None else None
    return (rel, of, None, "graphkit") if rel is not None else None


def _disarming(verb: Token, index: ActorIndex) -> _Found | None:
    """Armed men handing over their weapons ("the rebels handed over 400 weapons to NATO
    troops"): a military retreat, towards whom the "to" phrase names."""
    to = arms_handed(verb, index)
    rel = verb_trigger("retreat") if to is not None else None
    return (rel, to if to is not verb else None, None, "graphkit") if rel is not None else None


def _protesting(verb: Token, label: str) -> bool:
    """A crowd that came together protests: it is a crowd of protesters, it came for a purpose
    ("to voice their opinion", "and marched"), or its sentence, the one before or the two after
    tell of a protest (``assembly_verbs.txt``)."""
    lex = lexicon()
    if label.lower().split()[-1] in lex.protester_nouns:
        return True
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB"
           and child_of(c, "nsubj", "nsubjpass") is None for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("in", "against") and (o := pobj(c)) is not None
                   and o.lemma_.lower() == "protest" for c in verb.children):
        return True  # "gathered to denounce", "gathered and marched", "gathered in protest"
    doc, sent = verb.doc, verb.sent  # the sentence before it and the two after it
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = sent.end
    for _ in range(2):
        end = doc[end].sent.end if end < len(doc) else end
    return any(_protest_word(w) for w in doc[start:end] if w.i != verb.i)


def _protest_word(word: Token) -> bool:
    from graphkit.vocab import noun_trigger

    lemma = word.lemma_.lower()
    rel = verb_trigger(lemma) if word.pos_ == "VERB" else noun_trigger(lemma) if word.pos_ == "NOUN" else None
    return (rel is not None and rel.plover == "PROTEST") or lemma in lexicon().protester_nouns


def _for_occasion(verb: Token) -> bool:
    """A crowd gathers for an occasion, not a protest: "for a countdown party", "to celebrate
    the victory" (``occasion_words.txt``)."""
    words = lexicon().occasion_words
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            obj = pobj(child)
            if obj is not None and obj.lemma_.lower() in words:
                return True
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in words and infinitive(child):
            return True
    return False


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
    from graphkit.extract._cameo import cameo_sense, stray_particle
    from graphkit.knowledge.cameo import cameo_lexicon, general_verbs

    lemma = verb.lemma_.lower()
    rel, word = None, None
    for child in verb.children:
        if child.dep_ in _PHRASAL_DEPS and not stray_particle(verb, child):
            rel = _paired(lemma, child)
            if rel is None and child.dep_ == "dobj":  # "sent blankets and food"
                word = next((c for c in child.conjuncts if _paired(lemma, c) is not None), None)
                rel = _paired(lemma, word) if word is not None else None
            if rel is not None:
                word = word or child
                break
    if rel is None:  # "called for Israel to withdraw": the "for" of the clause asked for
        mark = next((m for c in verb.children if c.dep_ == "advcl" for m in c.children
                     if m.dep_ == "mark" and m.lower_ == "for"), None)
        rel = verb_trigger(lemma, "for") if mark is not None else None
        word = mark if rel is not None else None
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
    undergone = _undergone(sense, verb) if rel is None else None
    if undergone is not None:
        return undergone
    if sense is None or plover not in PLOVER_TYPES:
        return None
    code = sense.entry.code
    if sense.entry.phrase in general_verbs() or (
            lemma in lexicon().light_verbs and not _object_pattern(sense, verb)):
        return None  # a light verb's event is its noun's ("expressed solidarity"), unless
        # a pattern names its object, which is no event ("hurled stones": 182)
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


def _paired(lemma: str, word: Token) -> RelationDef | None:
    """The relation the verb ``lemma`` makes with ``word`` ("send troops"), or with what
    ``word`` counts ("sent thousands of troops", "sent tonnes of food")."""
    inner = counted(word)
    return verb_trigger(lemma, word.lower_) or verb_trigger(lemma, word.lemma_) or (
        verb_trigger(lemma, inner.lower_) if inner is not None else None)


def conjunct_senses(verb: Token, found: _Found) -> list[_Found]:
    """The other events ``verb`` names with the conjuncts of the object its reading ``found``
    came from: "sent troops and food to Haiti" deploys troops and gives aid."""
    rel, word = found[0], found[1]
    if word is None or word.dep_ != "dobj" or word.head.i != verb.i:
        return []
    lemma, out = verb.lemma_.lower(), list[_Found]()
    for conj in word.conjuncts:
        other = _paired(lemma, conj)
        if other is not None and other.is_event and other.plover != rel.plover \
                and all(other.plover != f[0].plover for f in out):
            out.append((other, word, None, "graphkit"))  # the objects are no target
    return out


def _undergone(sense: CameoSense | None, verb: Token) -> _Found | None:
    """An act the subject undergoes, by a phrase pattern whose only code is passive and whose
    noun heads the verb's object ("faced criticism", "face charges", "received aid"): the
    relation with source "passive" (its subject is the target)."""
    from graphkit.knowledge.cameo import cameo_lexicon

    pattern = sense.pattern if sense is not None else None
    if pattern is None or sense is None or sense.code not in ("", "---") or not pattern.passive \
            or not _heads_fit(pattern, verb):
        return None
    plover = cameo_lexicon().plover(pattern.passive)
    found = relation_for_code(pattern.passive, plover) if plover in PLOVER_TYPES else None
    return (found, None, pattern.passive, "passive") if found is not None else None


#: Classes of the acts a light verb does with a thing a pattern names ("hurled stones"; "gave
#: $10 million to X", "provided weapons to X": aid).
_THROWN = frozenset({"ASSAULT", "COERCE", "PROTEST", "AID"})


def _object_pattern(sense: CameoSense, verb: Token) -> bool:
    """True when a phrase pattern of an act of force or aid with a specific code fits the head of
    ``verb``'s object and that object names no event of its own ("hurled stones", not
    "hurled accusations"; not "carried out operations against X", which the patterns read as
    military cooperation)."""
    from graphkit.knowledge.cameo import cameo_lexicon

    if sense.pattern is None or not _specific(sense.code) or not _heads_fit(sense.pattern, verb) \
            or cameo_lexicon().plover(sense.code) not in _THROWN:
        return False
    return not any(event_noun(c) is not None for c in verb.children if c.dep_ == "dobj")


def _heads_fit(pattern: Pattern, verb: Token) -> bool:
    """True when each noun slot after the verb in ``pattern`` is filled by the head of the
    verb's object, not by a word inside it ("cut gas supplies": "supplies" fills "* supplies";
    "halted gas deliveries" leaves "* &weapon" unfilled, though "gas" is a weapon word)."""
    from graphkit.extract._cameo import money_words

    heads = {w for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             for w in (c.lower_, c.lemma_.lower(), *(m for t in c.children for m in money_words(t)))}
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
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects, *(h for o in objects for h in _clause_ending(o))]  # "as" may
    # hang on the object, or on the clause that ends it ("a report that X was killed as ...")
    predicates += [pobj for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                   for pobj in c.children if pobj.dep_ in ("pobj", "amod", "acomp")]  # "as absurd"
    for obj in verb.children:  # "labelled Hamas a terrorist organization": two objects
        if obj.dep_ == "dobj":
            predicates += [c for c in obj.children if c.dep_ in ("appos", "npadvmod")]
    said = [t for p in predicates for t in _predicate_words(p)]
    words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    if not words & lex.pejorative_words:
        return None
    return load_vocabulary().get(name)


def _clause_ending(obj: Token) -> Iterator[Token]:
    """The verbs of clauses on ``obj`` whose "as" phrase ends the object ("labelled a U.S.
    report that leaders were killed in an attack as 'bizarre'"), unless the verb takes "as"
    phrases itself ("a group seen as a threat": ``as_verbs.txt``)."""
    end = obj.right_edge.i
    for token in obj.subtree:
        if token.dep_ == "prep" and token.lower_ == "as" and token.head.pos_ in ("VERB", "AUX") \
                and token.head.i != obj.i and token.head.dep_ in ("relcl", "acl", "ccomp") \
                and token.head.lemma_.lower() not in lexicon().as_verbs \
                and token.head.lemma_.lower() not in lexicon().naming_verbs \
                and all(t.is_punct for t in obj.doc[token.right_edge.i + 1:end + 1]):
            yield token.head


#: Prepositions whose object says what a name calls its bearer ("a haven for terrorists", "a
#: threat to peace", "a puppet of Moscow"); others set the scene ("an ally in the war against
#: terrorists": no terrorist is named).
_DESCRIBING_PREPS = frozenset({"of", "for", "to"})


def _predicate_words(predicate: Token) -> Iterator[Token]:
    """The words of what a naming verb calls its object: the predicate's own words and those of
    its "of", "for" and "to" phrases, not the scene set by other prepositions."""
    yield predicate
    for child in predicate.children:
        if child.dep_ != "prep" or child.lower_ in _DESCRIBING_PREPS:
            yield from child.subtree


def threat_code(code: str | None) -> str:
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


def is_verb(token: Token) -> bool:
    return token.pos_ not in ("NOUN", "PROPN") or headline_verb(token)
