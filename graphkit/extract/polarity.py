"""Negation and modality of an event trigger: is the event asserted, denied, hedged or wanted?

"will not seek extradition", "might never form any alliance" and "denied that it had
attacked" must never become positive edges; "the Taliban want to target" and "a plan to
assassinate" are intentions (a plan or wish to attack is a threat), and "urged the army to
arrest" is a request whose requested act did not happen. :func:`polarity` reads this from the
dependency tree around the trigger, in pure Python over tokens.

Example:
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("The government will not seek his extradition.")
    >>> polarity(doc[4])
    Polarity(negated=True, modality='will', mood='intended')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.extract._tree import child_of, infinitive, main_conjunct
from graphkit.extract.aspect import relative_to
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Polarity", "polarity", "HEDGES", "HEDGE_ADVERBS"]

#: Negation words that attach as ``neg`` or adverbs.
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "nothing",
                        "hardly", "barely"})
_NOBODY = frozenset({"nobody", "nothing", "none", "no-one"})
_CONDITION = frozenset({"if", "unless", "whether", "lest", "until"})
#: Nouns that a phrase with "no" makes a negation of the whole clause: "at no time", "on no
#: occasion", "in no way", "under no circumstances".
_NO_OCCASION = frozenset({"time", "point", "stage", "occasion", "way", "circumstance", "moment"})
#: Modal auxiliaries and what they mean: "hedge" (possibility) or "intent" (future, volition).
HEDGES: dict[str, str] = {
    "might": "hedge", "may": "hedge", "could": "hedge", "can": "hedge", "should": "hedge",
    "must": "hedge", "ought": "hedge", "will": "intent", "would": "intent", "shall": "intent",
    "'ll": "intent", "wo": "intent", "’ll": "intent", "'d": "intent",
}
#: Adverbs that hedge an event: "will probably attack".
HEDGE_ADVERBS = frozenset({"possibly", "perhaps", "maybe", "probably", "likely", "potentially", "reportedly"})
_COMPLEMENT = frozenset({"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "advcl",
                         "relcl", "conj", "attr", "oprd"})


@dataclass(frozen=True, slots=True)
class Polarity:
    """How an event trigger is framed.

    Attributes:
        negated: the event is denied or did not happen ("will not seek", "denied attacking").
        modality: the word that frames it ("will", "might", "plan", "want", "deny"), or None.
        mood: "asserted" (happened or is said to), "intended" (planned, wanted, vowed,
            announced for the future), "hedged" (possible, obligatory), "requested"
            (asked of someone else), "alleged" (what someone is accused of),
            "conditional" (under "if" or "unless", or asked "whether"), "planned" (an event
            noun said to be planned or proposed: "the planned deployment"), "judged" (an act
            weighed, not done: "the time is right for X to negotiate"), "doubted"
            ("it is unlikely that", "doubt that"), "contingent" (promised on a condition:
            "will strike if ..."), "purpose" ("... to protect them") or "capacity" (a power
            or rule, no deed: "the power to detain").
    """

    negated: bool = False
    modality: str | None = None
    mood: str = "asserted"


def _is_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.lower_ in _NEG_WORDS and child.dep_ in ("advmod",
                                                                               "preconj")):
            return True
        if child.dep_ in ("dobj", "nsubjpass", "nsubj") and (child.lower_ in _NOBODY or any(
                d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)):
            return True  # "detained nobody", "arrested no one", "no Arab state has recognised
            # Israel", "neither party endorsed him"
        if child.dep_ == "prep" and _no_occasion(child):
            return True  # "at no time threatened them"
        if child.dep_ == "advmod" and child.lower_ in ("longer", "more") and any(
                d.dep_ == "neg" or d.lower_ == "no" for d in child.children):
            return True  # "no longer holds any prisoners": not now
    return False


def _no_occasion(prep: Token) -> bool:
    """``prep`` is "at no time", "in no way", "under no circumstances"."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _NO_OCCASION and any(
        d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in prep.children)


def _conditioned(token: Token) -> bool:
    """True when ``token`` governs an "if"/"unless" clause ("will strike if ..."); an "if"
    right after another verb asks that verb's question ("pressed X for answers, demanding to
    know if ...": the parser may hang it on the first verb), no condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         and not _asked_after(m, token) for m in c.children)
               for c in token.children)


def _asked_after(mark: Token, governor: Token) -> bool:
    """``mark`` is an "if" written right after a verb other than ``governor``."""
    before = mark.doc[mark.i - 1] if mark.i else None
    return mark.lower_ == "if" and before is not None and before.pos_ == "VERB" \
        and before.i != governor.i


def _own_modal(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ in HEDGES:
            return "will" if child.lower_ in ("wo", "'ll", "\u2019ll") else child.lower_
        if child.dep_ == "aux" and child.lower_ == "going" and token.i > child.i:
            return "will"
    return None


def _mood(modality: str | None) -> str:
    if modality is None:
        return "asserted"
    return "intended" if HEDGES.get(modality, "intent") == "intent" else "hedged"


def _controlled(head: Token, comp: Token, dep: str) -> bool:
    """True when the complement's subject is someone else than the head's ("ask X to")."""
    return dep == "ccomp" or head.pos_ == "NOUN" or any(
        c.dep_ in ("dobj", "dative") for c in head.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)


def _accusation(head: Token) -> bool:
    """True for an accusing word ("accuse", "blame", "allegation")."""
    from graphkit.vocab import noun_trigger, verb_trigger

    lemma = head.lemma_.lower()
    rel = verb_trigger(lemma) if head.pos_ in ("VERB", "AUX") else noun_trigger(lemma)
    return (rel is not None and rel.plover == "ACCUSE" and rel.name != "investigate") or \
        lemma in ("allege", "charge", "suspect")


def _sequel(verb: Token) -> bool:
    """True for a verb whose "to" clause is what was done next ("went on to criticise the
    government", "proceeded to arrest"): ``sequel_verbs.txt``."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    sequels = lexicon().sequel_verbs
    return lemma in sequels or (particle is not None and f"{lemma} {particle}" in sequels)


def _asks(word: Token) -> bool:
    """True for a word that asks for something ("calls", "demand", "urged", "appeal")."""
    from graphkit.vocab import noun_trigger, verb_trigger

    lemma = word.lemma_.lower()
    rel = noun_trigger(lemma) if word.pos_ == "NOUN" else verb_trigger(lemma)
    return lemma in lexicon().request_heads or (rel is not None and rel.plover == "REQUEST")


def polarity(trigger: Token, *, max_depth: int = 5) -> Polarity:
    """Negation, modality and mood of the event expressed by ``trigger`` (a verb or noun).

    Looks at the trigger's own negation and modal auxiliaries, then climbs through the
    clauses that govern it (``xcomp``, ``ccomp``, prepositional and noun complements) for
    negating verbs ("deny", "refuse", "fail"), intentions ("plan", "want", "a plot to") and
    requests ("urge X to"). A noun trigger takes the negation and modal of the light verb it
    is the object of ("might never form any alliance").

    Args:
        trigger: the event's trigger token.
        max_depth: how many governing words to climb.

    Returns:
        A :class:`Polarity`.
    """
    lex = lexicon()
    negated = _is_negated(trigger) or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in trigger.children) or (
        trigger.dep_ == "ccomp" and any(c.dep_ == "prep" and trigger.head.i < c.i < trigger.i
                                        and _no_occasion(c) for c in trigger.head.children))
    # "says at no time was he threatening them": the fronted phrase hangs on "says"
    if any((c.dep_ == "amod" and c.lower_ in ("alleged", "suspected", "purported", "so-called"))
           or (c.dep_ == "advmod" and c.lower_ in ("allegedly", "reputedly", "supposedly"))
           for c in trigger.children):
        return Polarity(negated, "alleged", "alleged")  # "soldiers allegedly killed a family"
    planned = next((c.lower_ for c in trigger.children if c.dep_ == "amod"
                    and c.lower_ in lex.planned_adjectives), None)
    if planned is not None:  # "the planned deployment of AU troops": still to come, and no
        return Polarity(negated, planned, "planned")  # threat made by announcing it
    ahead = relative_to(trigger.head) if trigger.dep_ == "pobj" else None
    if ahead in lex.time_markers.get("ahead", ()):  # "ahead of talks with the rebels", "in
        return Polarity(negated, f"{ahead} {trigger.head.lower_}", "planned")  # the run-up to"
    modality = _own_modal(trigger)
    mood = _mood(modality)
    hedge = next((c.lower_ for c in trigger.children if c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS), None)
    if hedge is not None:  # "will probably attack"
        modality, mood = hedge, "hedged"
    if _conditioned(trigger):
        return Polarity(negated, modality or "if", "contingent")
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and infinitive(trigger):
        # "calls for Thaksin to resign": wanted, not done; "the time may not be right for
        # Israel to negotiate", "unusual for a commander to criticise": a judgement, no act
        head = trigger.head
        judged = head.pos_ == "ADJ" or (head.pos_ == "NOUN" and head.lemma_.lower()
                                        not in lex.intent_nouns) or (
            head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children))
        return Polarity(negated, modality or head.lemma_.lower(),
                        "requested" if _asks(head) else "judged" if judged else "intended")
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and \
            head.lemma_.lower() in lex.intent_verbs and any(c.dep_ == "xcomp" for c in head.children):
        return Polarity(negated or _is_negated(head), modality or head.lemma_.lower(), "intended")
        # "talks are set to resume", "a meeting is expected to take place"
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and \
            head.pos_ in ("VERB", "AUX") and modality is None and (word := _own_modal(head)):
        # "the negotiations could restart", "talks will resume next week": not (yet) held
        return Polarity(negated or _is_negated(head), word,
                        "contingent" if _conditioned(head) else _mood(word))
    token = trigger
    charged = False  # climbed through "of"/"for" + gerund ("accused X of killing")
    for _ in range(max_depth):
        dep, head = token.dep_, token.head
        if head.i == token.i or dep not in _COMPLEMENT:
            break
        if dep == "pcomp" and head.lower_ in ("of", "for"):
            charged = True
        if dep == "acl" and token.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass") \
                and head.tag_ == "NNS" and child_of(head, "det") is None \
                and (rule := _own_modal(head.head)) is not None and HEDGES[rule] == "hedge":
            return Polarity(negated, rule, "hedged")  # "people protesting can be arrested":
            # anyone who would, under a rule; no one did
        if dep == "acl" and token.tag_ == "VBG" and head.dep_ == "pobj" and head.pos_ in (
                "NOUN", "PROPN") and child_of(token, "nsubj", "aux", "mark") is None:
            break  # "to prevent casualties amongst soldiers battling Hezbollah": what the
            # people named in a phrase are doing goes on, whatever the clause says of the phrase
        lemma = head.lemma_.lower()
        if dep == "xcomp" and lemma in ("be", "have") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            if any(w.lower_ == "yet" for c in (head, *head.children) if c.dep_ in ("ROOT", "attr")
                   or c.i == head.i for w in c.children):
                return Polarity(True, "yet", mood)  # "has yet to ratify", "the only one yet to sign"
            if lemma == "be" and not any(c.dep_ in ("attr", "acomp") for c in head.children):
                return Polarity(negated, modality or "be to", "intended")  # "are to send troops"
            if lemma == "have" and mood == "asserted":  # "I have to consult the speaker": owed,
                return Polarity(negated or _is_negated(head), modality or "have to", "hedged")
        if dep == "xcomp" and head.lower_ == "going" and mood == "asserted" and any(
                c.dep_ == "aux" for c in head.children):  # "is going to attack": not yet done
            modality, mood = "going to", "intended"
        if dep == "xcomp" and head.tag_ == "MD" and head.lower_ in HEDGES and mood == "asserted":
            word = head.lower_  # "ought to be pumping money into Syria": the parser made the
            return Polarity(negated or _is_negated(head), word, _mood(word))  # modal the head
        if dep == "xcomp" and lemma == "need" and mood == "asserted" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return Polarity(negated or _is_negated(head), modality or "need", "hedged")  # not done
        if dep == "prep" and token.lower_ in ("against", "on", "about") and lemma in lex.request_heads \
                and any(c.dep_ == "pcomp" for c in token.children):
            return Polarity(negated, lemma, "requested")  # "warned its citizens against visiting"
        if dep == "ccomp" and head.pos_ in ("VERB", "AUX") and mood == "asserted" \
                and _subjunctive(token):
            # "suggested that he resign", "recommended that Israel withdraw": wanted, not done
            return Polarity(negated or _is_negated(head), lemma, "requested")
        if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.doubt_words:
            return Polarity(negated, head.head.lemma_.lower(), "doubted")  # "afraid of an
            # alliance between X and Y", "fears of a war": not (yet) there
        if dep == "conj":
            main = main_conjunct(token)
            if main is not None:  # "denied that X had attacked ... and accused Y": not denied
                negated = negated or _is_negated(main)
                token = main
                continue
            # "did not attack or threaten": the second verb shares the negation only with "or"
            if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
                negated = negated or _is_negated(head)
            if modality is None and token.pos_ in ("VERB", "AUX") and child_of(
                    token, "nsubj", "nsubjpass", "aux", "auxpass") is None:
                modality = _own_modal(head)  # "can vote no confidence or censure it": the
                mood = _mood(modality)  # bare second verb shares the first one's modal
            token = head
            continue
        if head.lower_ == "without":
            negated = True
        if head.pos_ == "NOUN" and dep in ("acl", "ccomp") and _accusation(head):
            return Polarity(negated, "alleged", "alleged")  # "allegations that X breached the law"
        if head.pos_ == "NOUN" and dep in ("acl", "prep", "pcomp"):
            if lemma in lex.negator_nouns:  # "the refusal to sign", "a failure to agree"
                return Polarity(True, modality or lemma, mood)
            if lemma in lex.capacity_nouns and dep == "acl" and infinitive(token):
                return Polarity(negated, lemma, "capacity")  # "the power to detain suspects"
        if head.pos_ == "VERB" and lemma in lex.permission_verbs and dep in ("xcomp", "ccomp") \
                and infinitive(token):
            return Polarity(negated, lemma, "capacity")  # "will allow officials to impose curfews"
        if head.pos_ in ("VERB", "AUX", "NOUN") and dep in ("xcomp", "ccomp", "pcomp", "dobj",
                                                             "acl", "prep"):
            stops = lemma in lex.preventing_verbs and dep in ("dobj", "xcomp")  # "cancelled
            # the meeting", "postponed the talks": they do not take place
            if (lemma in lex.negator_verbs or stops) and (
                    dep != "dobj" or lemma in lex.denial_verbs or stops) and (
                    dep != "ccomp" or token.i > head.i) and (
                    lemma != "rule" or any(c.lower_ == "out" for c in head.children)):
                # "denied attacking"; "did not deny that it attacked" stays asserted
                return Polarity(not _is_negated(head), modality or lemma, mood)
            if head.lower_ == "order" and head.head.lower_ == "in":  # "in order to arrest"
                return Polarity(negated, modality or "purpose", "purpose")
            if charged and _accusation(head):
                # "accused X of attacking": an allegation, not an established deed
                return Polarity(negated, "alleged", "alleged")
            if trigger.pos_ == "NOUN" and lemma in lex.demand_verbs and head.pos_ == "VERB" and (
                    (dep == "dobj" and lemma not in lex.convening_verbs)
                    or (dep == "prep" and token.lower_ == "for")):
                # "called for a ceasefire", "demanded the withdrawal of": asked for, not done
                return Polarity(negated or _is_negated(head), lemma, "requested")
            if (lemma in lex.request_heads and dep in ("xcomp", "acl") and not (
                    lemma in lex.intent_verbs and not _controlled(head, token, dep))) or (
                    lemma in lex.demand_verbs and dep == "ccomp") or (
                    lemma in lex.request_heads and lemma != "help" and dep == "ccomp"
                    and token.tag_ == "VB" and child_of(token, "aux", "mark") is None):
                # "urged X to go", "demanded that X go", "let the president negotiate"
                return Polarity(negated or _is_negated(head), lemma, "requested")
            if (lemma in lex.intent_verbs and head.pos_ != "NOUN" and dep in ("xcomp", "dobj")) or (
                    lemma in lex.intent_nouns and head.pos_ == "NOUN" and dep in ("acl", "prep")):
                modality, mood = modality or lemma, "intended"
        inherit = dep == "xcomp" or (dep in ("dobj", "attr", "oprd", "prep")
                                     and lemma in lex.light_verbs) or (
            dep == "dobj" and lemma in lex.causative_verbs) or (  # "will allow the resumption
            dep == "ccomp" and lemma in _HAVE_DONE and token.tag_ == "VBN")  # of talks", "hope
        # to get Bout extradited"
        if inherit:
            if _conditioned(head):  # "would file a complaint ... if the strikes continued"
                return Polarity(negated or _is_negated(head), modality or _own_modal(head)
                                or "if", "contingent")
            negated = negated or _is_negated(head)
            if modality is None:
                modality = _own_modal(head)
                mood = _mood(modality) if mood == "asserted" else mood
        if dep in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in _CONDITION
                                             for c in token.children):
            # "if the army attacks, ..."; "has not said whether it would back"
            return Polarity(negated, "if", "conditional")  # "if the army attacks, ..."
        if dep == "advcl" and infinitive(token) \
                and not _sequel(head):  # "went on to criticise": done next, no purpose
            if mood == "asserted":  # "... to protect the people": a purpose, not a deed
                modality, mood = modality or "purpose", "purpose"
        if dep in ("ccomp", "xcomp") and lemma in lex.belief_verbs and _is_negated(head):
            return Polarity(negated, lemma, "doubted")  # "I don't believe we should burn the flag"
        doubts = lex.doubt_words
        if (dep == "ccomp" or (dep == "acl" and head.pos_ == "NOUN")) and (
                lemma in doubts or any(c.dep_ == "acomp" and c.lower_ in doubts
                                       for c in head.children)):
            # "it is unlikely that X will attack", "analysts doubt that X will attack", "fears
            # that Turkey is going to attack"
            word = lemma if lemma in doubts else next(c.lower_ for c in head.children
                                                      if c.lower_ in doubts)
            return Polarity(negated, word, "doubted")
        if dep == "prep" and token.lower_ == "in" and head.pos_ == "NOUN" and _event(head):
            break  # "wanted to see a ceasefire in the fighting": the fighting goes on
        if dep == "prep" and token.lower_ == "under" and any(
                c.dep_ in ("det", "poss") for o in token.children if o.dep_ == "pobj"
                for c in o.children):
            break  # "plans to send troops under a new agreement with X": the act is planned,
            # the agreement it is done under is made (but "could come under attack")
        if dep == "prep" and head.pos_ == "NOUN" and head.dep_ == "dobj" and mood == "asserted" \
                and _accompanying(token) and max_depth > 1:
            outer = polarity(head.head, max_depth=max_depth - 1)  # "plans to build a reactor
            if outer.mood != "asserted":  # in cooperation with X": the parser hung it on the object
                return Polarity(negated or outer.negated, outer.modality, outer.mood)
        if dep == "prep" and head.pos_ in ("VERB", "AUX") and not inherit and max_depth > 1:
            outer = polarity(head, max_depth=max_depth - 1)  # "accused X of killing soldiers in
            if outer.mood in _UNREAL:  # an attack": the attack is alleged with the killing
                return Polarity(negated or outer.negated, outer.modality, outer.mood)
            if mood == "asserted" and outer.mood != "asserted" and (
                    (token.lower_ in _MEANS and any(c.dep_ == "pcomp" for c in token.children))
                    or _accompanying(token) or (token.lower_ == "for" and lemma in lex.travel_verbs)):
                # "would respond by stepping up raids", "would have succeeded in launching an
                # attack", "will act in consultation with X", "will head to Hanoi for a visit":
                # the means, the company and the errand are as planned as the act
                return Polarity(negated or outer.negated, outer.modality, outer.mood)
            phrasal = next((f"{lemma} {c.lower_}" for c in head.children if c.dep_ in ("prt", "advmod")
                            and f"{lemma} {c.lower_}" in lex.intent_verbs), "")
            if mood == "asserted" and any(c.dep_ == "pcomp" for c in token.children) and (
                    (lemma in lex.intent_verbs and token.lower_ in ("of", "about", "at"))
                    or (phrasal in lex.intent_verbs and token.lower_ == "to")):
                # "is thinking of withdrawing", "talked about imposing sanctions", "aimed at
                # launching negotiations", "looks forward to working with"
                return Polarity(negated or _is_negated(head), modality or phrasal or lemma,
                                "intended")
        if dep == "advcl" and head.pos_ in ("VERB", "AUX") and token.tag_ == "VBG" and \
                mood == "asserted" and max_depth > 1 and not any(c.dep_ == "mark" for c in token.children):
            outer = polarity(head, max_depth=max_depth - 1)  # "will take action, sending troops":
            if outer.mood != "asserted":  # the participle's act shares the main verb's frame
                return Polarity(negated or outer.negated, outer.modality, outer.mood)
        if (dep in ("ccomp", "relcl", "advcl") and not inherit) or (
                head.pos_ in ("VERB", "AUX") and dep != "xcomp" and not inherit):
            break
        token = head
    return Polarity(negated, modality, mood)


def _event(noun: Token) -> bool:
    """True for a noun that names an event of the vocabulary ("ceasefire", "talks")."""
    from graphkit.vocab import noun_trigger

    return noun_trigger(noun.lemma_.lower()) is not None or noun_trigger(noun.lower_) is not None


def _subjunctive(verb: Token) -> bool:
    """A clause in the subjunctive: a singular subject with the verb's bare form ("that he
    resign", "that Israel withdraw", "that she be released"), which only a wish or demand takes."""
    if verb.tag_ not in ("VB", "VBP") or child_of(verb, "aux") is not None or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False  # "saw National win": a bare infinitive, no wish
    passive = child_of(verb, "auxpass")
    if passive is not None and passive.lower_ != "be":
        return False
    subj = child_of(verb, "nsubj", "nsubjpass")
    if subj is None or any(c.dep_ in ("conj", "nummod") for c in subj.children):
        return False  # "that Laura and I welcome", "that 45% of Canadians disagree": plural
    return subj.lower_ in ("he", "she", "it") or (subj.tag_ in ("NN", "NNP") and subj.is_alpha)


#: Verbs that have an act done by others ("got him extradited", "had them arrested"): the act
#: is as done as they are.
_HAVE_DONE = frozenset({"get", "have"})
#: Moods of a clause that an event noun in its adjuncts shares: what is alleged, asked for or
#: only possible there did not happen there either.
_UNREAL = frozenset({"alleged", "requested", "conditional", "contingent"})
#: Prepositions of a means or manner adjunct ("respond by stepping up raids", "retaliate with
#: strikes"): the act they name is framed as the verb they modify.
_MEANS = frozenset({"by", "with", "through", "in"})


def _accompanying(prep: Token) -> bool:
    """``prep`` is "in" with an event noun done with someone: "in consultation with X", "in
    cooperation with X"."""
    return prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and any(
            w.dep_ == "prep" and w.lower_ == "with" for w in o.children) for o in prep.children)
