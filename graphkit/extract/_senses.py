"""Word senses of event triggers with two readings: an "attack" on a decision or a rival
politician is criticism (ACCUSE), on a convoy violence (ASSAULT); a warning threatens only
when the speaker warns of its own action; a state's "protest" is a complaint, not a rally;
"asked about" is a question, not a request (``ontologies/lexicon/trigger_frames.tsv``,
``verbal_senses.tsv``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._conditions import consequence_clause
from graphkit.extract._forces import armed_word
from graphkit.extract._phrases import Args, event_noun
from graphkit.extract._tree import child_of, infinitive, prep_objects
from graphkit.extract.lexicon import lexicon
from graphkit.model import ARMED_TYPES
from graphkit.vocab import RelationDef, load_vocabulary, noun_trigger, relation_for_code, verb_trigger

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["STATES", "word_sense"]


#: Relations an attack by words can take ("attacked the decision" is criticism; parties
#: "fighting" over a budget argue).
_VERBAL_ATTACK = frozenset({"attack", "fight"})  # an assault is physical
#: Classes of forcible measures a warning may announce as the warner's own.
_MEASURES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: Actor types that attack with words unless the sentence speaks of violence.
_SPEAKERS = frozenset({"Person", "PoliticalParty", "GovernmentBody", "MediaOutlet", "Judiciary",
                       "Organization", "InternationalOrganization"})
#: Actor types whose protest to another actor is an official complaint (ACCUSE), not a rally.
STATES = frozenset({"Country", "Government", "GovernmentBody", "InternationalOrganization"})
#: Agent types that deport persons from their territory when they expel them.
_DEPORTERS = frozenset({"Country", "Government", "GovernmentBody", "SecurityForce", "Judiciary"})
#: Agent types whose "beating" is force (``armed_verbs.txt``): armed men, police, crowds.
_FORCES = frozenset({"SecurityForce", "ArmedGroup", "Group"})
#: Agents whose obstruction of another's event is repression, not protest.
_STATE_FORCES = frozenset({"SecurityForce", "ArmedGroup", "Government", "GovernmentBody"})
#: Bodies no one attacks but with words or arms: an attack on them by no armed actor is
#: criticism ("the opposition attacked the government over the kickbacks").
_INSTITUTIONS = frozenset({"Government", "GovernmentBody", "PoliticalParty"})
#: Tags of the words that open an indirect question ("how", "what", "which").
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _complaint(trigger: Token, args: Args) -> bool:
    """True for a protest that is an official complaint to another actor: made by states, or
    called formal ("made a formal protest to the U.S. embassy"); a noun only when its author
    owns it or lodges it ("Japan's protest", "lodged a protest with China"), not "Chinese
    protests against Japan"); a state that protests with no one named complains too ("only
    after Finland had protested")."""
    if not args.agents:
        return False
    if not args.targets:
        return trigger.pos_ == "VERB" and all(a.type in STATES for a in args.agents)
    official = all(a.type in STATES for a in args.agents) or any(
        c.dep_ == "amod" and c.lower_ in lexicon().official_adjectives for c in trigger.children)
    if not official or trigger.pos_ != "NOUN":
        return official
    return any(c.dep_ == "poss" for c in trigger.children) or (
        trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lexicon().light_verbs)


def word_sense(trigger: Token, rel: RelationDef, args: Args, code: str | None
               ) -> tuple[RelationDef, str | None] | None:
    """The relation ``trigger`` has in this sentence, for the triggers with two senses: an
    "attack" on a decision, a plan or a rival politician is criticism (ACCUSE), on a convoy or
    by gunmen violence; a warning threatens only when the speaker warns of its own action
    ("warned of retaliation"; "warned that it would strike" is the strike's threat), asks when
    it warns someone against doing something, and is no event else ("warned him about the
    dangers of disunity")."""
    frames = lexicon().trigger_frames.get((trigger.lemma_.lower(), rel.plover))
    if frames is not None and not _framed(trigger, *frames):
        return None  # "asked Roberts about the ruling": a question; "demonstrated that": shown;
        # "struck down the law": annulled
    if rel.plover == "ACCUSE" and trigger.lemma_.lower() in lexicon().request_heads and any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return _read_as(verb_trigger("urge"), "020")  # "challenged McCain to a debate", "dared
        # him to resign": asked
    if rel.plover == "REJECT" and trigger.lemma_.lower() == "oppose" and _in_race(trigger):
        return None  # "one of three candidates, opposing X": a rival in an election
    if rel.plover == "THREATEN" and _danger(trigger):
        return None  # "Saddam's threat to the authority of the UN": a danger, no threat made
    if rel.plover == "AGREE" and trigger.pos_ == "VERB" and _shares_view(trigger):
        return _read_as(load_vocabulary().get("endorse"))  # "I agree with Nick Minchin",
        # "agreed with X on this point": support
    if rel.name == "release" and args.agents and all(
            a.label.lower().split()[-1] in lexicon().protester_nouns for a in args.agents):
        return None  # "freed from prison by protesters": a crowd breaking a prisoner out holds
        # no one and concedes nothing
    if rel.plover == "ASSAULT" and _accidental(trigger):
        return None  # "accidentally shot his friend", "killed in a hunting accident"
    if rel.name in _VERBAL_ATTACK and _verbal(trigger, args):
        return _read_as(verb_trigger("criticise"))
    if rel.plover == "PROTEST" and _complaint(trigger, args):
        return _read_as(verb_trigger("complain"))  # "Iraq officially protested the shelling":
        # a state's complaint (114), no rally
    if rel.plover == "SUPPORT" and trigger.lemma_.lower() in lexicon().reception_verbs \
            and args.targets and all(t.type == "Person" for t in args.targets) and _at_place(trigger, args):
        return _read_as(verb_trigger("host"))  # "welcomed Sadat at the airport": a visitor received
    spoken = lexicon().verbal_senses.get(trigger.lemma_.lower())
    if spoken is not None and spoken != rel.name and _verbal(trigger, args):
        return _read_as(load_vocabulary().get(spoken))  # "the president defended Chavez": support
    if rel.plover == "REJECT" and any(c.dep_ == "xcomp" and (c.lemma_.lower() in lexicon().speech_verbs
                                                             or c.lemma_.lower() in lexicon().denial_verbs)
                                      for c in trigger.children):
        return None  # "refused to confirm or deny the reports", "declined to comment": silence
    if rel.name == "resign" and any((p := noun_trigger(o.lemma_.lower())) is not None and p.plover == "PROTEST"
                                    for o in prep_objects(trigger, ("in",))):
        return None  # "resigned in protest over ...": the protest is the event, no concession
    if trigger.lemma_.lower() in lexicon().armed_verbs and not all(
            a.type in _FORCES for a in args.agents):
        return None  # "Obama beat McCain": a win; "riot police beat protesters": an assault
    if rel.plover == "PROTEST" and trigger.lemma_.lower() in lexicon().obstruction_verbs and any(
            a.type in _STATE_FORCES for a in args.agents):
        return None  # "police disrupted a meeting of the opposition": repression, no protest
    if rel.plover == "RETREAT" and (withdrawn := _mission(trigger)) is not None:
        # "pulled its observers out of Zimbabwe": no retreat
        return _read_as(relation_for_code(withdrawn, "SANCTION"), withdrawn)
    if rel.name == "expel" and _individuals(trigger, args):
        return _read_as(verb_trigger("deport"))  # "expelled four diplomats": individuals
        # deported (174), not a mission withdrawn
    if rel.name == "dismiss" and (not args.targets or args.value is not None):
        return None  # "dismissed the claims", "dismissed the case against X": no one removed
    if rel.name == "warn":
        if args.targets and consequence_clause(trigger) is not None:
            return rel, code  # "warned that Chen would pay a price"
        if any(c.dep_ in ("ccomp", "xcomp") and _own_act(c) for c in trigger.children):
            return None  # the clause's own act is the threat ("warned it would strike")
        if _threatens(trigger):
            return rel, code
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children) and args.targets:
            return _read_as(verb_trigger("urge"), "020")  # "warned the group against the
            # operation": asked not to
        return None
    return rel, code


def _read_as(found: RelationDef | None, code: str | None = None) -> tuple[RelationDef, str | None] | None:
    """The other reading of a trigger: ``found`` with ``code`` (by default its own CAMEO code),
    or None when the vocabulary lacks it."""
    return (found, code if code is not None else found.cameo) if found is not None else None


def _shares_view(trigger: Token) -> bool:
    """True for agreeing with someone's view, no deal: "agree with" and no act agreed on ("to
    conduct", "that they would dismantle", "on a ceasefire"), only at most "on this point"."""
    if trigger.lemma_.lower() != "agree" or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return False
    for c in trigger.children:
        if c.dep_ in ("xcomp", "dobj") or (c.dep_ == "ccomp" and any(
                a.dep_ == "aux" and a.lower_ in _FUTURE for a in c.children)):
            return False  # "agreed with X to hold talks", "that they would disarm"
        if c.dep_ == "prep" and c.lower_ in ("on", "over", "to", "upon") and not (
                (o := child_of(c, "pobj")) is not None and o.lemma_.lower() in _POINTS):
            return False  # "agreed with Egypt on a ceasefire"
    return True


#: Modals of a clause that agrees on an act to come.
_FUTURE = frozenset({"would", "will", "shall", "'ll", "must", "should"})
#: What agreeing "on" concerns when it is a view ("on this point").
_POINTS = frozenset({"point", "issue", "matter", "question", "view", "assessment"})


def _accidental(trigger: Token) -> bool:
    """True for an act done by accident (``accident_words.txt``): a modifier of the trigger,
    or the noun of an "in"/"by" phrase on it."""
    words = lexicon().accident_words
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in words for c in trigger.children) \
        or any(o.lemma_.lower() in words for o in prep_objects(trigger, ("in", "by")))


#: Entity types of the places a visitor is received at.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _at_place(trigger: Token, args: Args) -> bool:
    """True when ``trigger`` is done at or in a place ("at the airport", "in Beijing"), its own
    or its object's, that names none of its targets ("at Ben Gurion airport" names no one
    received)."""
    lex = lexicon()
    holders = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in [c for h in holders for c in h.children]:
        obj = child_of(child, "pobj") if child.dep_ == "prep" and child.lower_ in ("at", "in") else None
        if obj is None or not (obj.ent_type_ in _PLACE_ENTS or obj.lemma_.lower() in lex.place_words):
            continue
        span = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
        return not any(span[0] <= t.start < span[1] for t in args.targets)
    return False


def _mission(trigger: Token) -> str | None:
    """The CAMEO code of withdrawing the people on a mission that ``trigger`` withdraws ("its
    ambassador", "its election observers": ``mission_nouns.tsv``), or None."""
    obj = child_of(trigger, "dobj", "nsubjpass")
    if obj is None:
        return None
    missions = lexicon().mission_nouns
    return missions.get(obj.lower_) or missions.get(obj.lemma_.lower())


def _individuals(trigger: Token, args: Args) -> bool:
    """True when a state expels persons from its territory: diplomats, officials, an
    ambassador, a named person ("expelled four diplomats", "the expulsion of two envoys"), not
    an organisation or its mission ("expelled 13 aid agencies"), nor a party its member ("the
    ANC expelled Julius Malema")."""
    if not args.agents or not all(a.type in _DEPORTERS for a in args.agents):
        return False
    if args.targets and all(t.type == "Person" for t in args.targets):
        return True
    if trigger.pos_ == "NOUN":
        of = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = child_of(of, "pobj") if of is not None else None
    else:
        obj = child_of(trigger, "dobj", "nsubjpass")
    if obj is None:
        return False
    lex = lexicon()
    return obj.ent_type_ == "PERSON" or any(
        w in lex.person_nouns or w in lex.envoy_posts or w in lex.member_nouns
        for w in (obj.lower_, obj.lemma_.lower()))


def _framed(trigger: Token, needs: frozenset[str], never: frozenset[str]) -> bool:
    """True when ``trigger`` has one of the frames its event reading ``needs`` and none it
    ``never`` has (``ontologies/lexicon/trigger_frames.tsv``)."""
    have = set()
    for child in trigger.children:
        if child.dep_ == "prep":
            obj = child_of(child, "pobj")
            if obj is None or not (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() == "time"):
                have.add(f"prep:{child.lower_}")  # not "for the first time", "for a week"
        elif child.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                            for m in child.children)
                                        or child.doc[child.left_edge.i].tag_ in _WH_TAGS):
            have.add("ccomp:whether")  # "asked whether ...", "asked him how he saw ..."
        elif child.dep_ in ("ccomp", "xcomp") and _quoted_question(child):
            have.add("ccomp:whether")  # 'asked her "Have you ever ...?"'
        elif child.dep_ == "advcl" and child.i > trigger.i and infinitive(child):
            have.add("xcomp")  # "asked the Council on Monday to intervene": the infinitive the
            # parser hung on the clause is the act asked for
        else:
            have.add(child.dep_)
        if child.dep_ == "prt":
            have.add(f"prt:{child.lower_}")  # "struck down"
        if child.dep_ in ("dobj", "nsubjpass"):
            have.add(f"obj:{child.lemma_.lower()}")
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "the post, formerly occupied by X"
        have.add(f"obj:{trigger.head.lemma_.lower()}")
    return (not needs or any(set(need.split("+")) <= have for need in needs)) and not have & never


def _in_race(trigger: Token) -> bool:
    """True for an "opposing" told of a candidate ("one of three candidates, opposing X", "the
    candidate opposing X"): a rival in an election, no rejection."""
    if trigger.dep_ not in ("advcl", "acl") or trigger.tag_ != "VBG":
        return False
    inside = range(trigger.left_edge.i, trigger.right_edge.i + 1)
    return any(t.lower_ in lexicon().candidacy_words for t in trigger.head.subtree if t.i not in inside)


def _danger(trigger: Token) -> bool:
    """True for a threat noun "to" a thing no actor is ("a threat to the authority of the UN",
    "a threat to regional stability"): the danger someone poses, not a threat they made."""
    lex = lexicon()
    if trigger.pos_ != "NOUN":
        return False
    for obj in prep_objects(trigger, ("to",)):
        if obj.pos_ == "NOUN" and not obj.ent_type_:
            lemma = obj.lemma_.lower()
            return not (lemma in lex.generic_agents or lemma in lex.actor_kind_nouns
                        or lemma in lex.people_nouns or lemma in lex.person_nouns
                        or lemma in lex.member_nouns)
    return False


def _quoted_question(clause: Token) -> bool:
    """True for a clause that opens a quotation ending in a question mark."""
    doc, start = clause.doc, clause.left_edge.i
    if not doc[start].is_quote:  # the parser may hang the opening quote on the asking verb
        start -= 1
        if start < 0 or not doc[start].is_quote:
            return False
    end = next((t.i for t in doc[start + 1:clause.sent.end] if t.is_quote), clause.sent.end)
    return any(t.text == "?" for t in doc[start:end])


def _verbal(trigger: Token, args: Args) -> bool:
    """True when an attack is made with words: its object is no actor and no physical thing
    ("the decision", "the plan"), or persons, parties or bodies attack with no violence in the
    sentence ("The Tories attacked Labour over its tax plans"); never one made with a weapon."""
    lex = lexicon()
    if any(o.lemma_.lower() in lex.instrument_nouns or o.lemma_.lower() in lex.violence_words
           for o in prep_objects(trigger, ("with",))):
        return False  # "attacked populated areas with cluster bombs": with weapons
    if any(o.lemma_.lower() in lex.grievance_nouns or o.lower_ in lex.grievance_nouns
           for o in prep_objects(trigger, ("over", "for"))):
        return True  # "attacked the coach over his comments": criticism, whoever attacks
    if args.value is not None:  # "attacked the decision", "defended its ties with Khartoum"
        head = args.value.lower().replace('"', " ").split()
        obj = child_of(trigger, "dobj")  # "attacked the rebel leader's fighters": armed men
        return bool(head) and not any(
            w in lex.physical_targets or w in lex.place_words or w in lex.violence_words or _violent(w)
            for w in head) and not (obj is not None and armed_word(obj.lower_)) \
            and not _place(args.value)  # "retaliate against any attack by Israel": violence
    if all(a.type in _SPEAKERS for a in args.agents) or (
            args.targets and all(t.type in _INSTITUTIONS for t in args.targets)
            and not any(a.type in ARMED_TYPES or a.type == "Country" or a.label.lower().split()[-1]
                        in lex.protester_nouns for a in args.agents)):
        # "the opposition attacked the government"; a country's attack may be one of arms
        return not any(t.lemma_.lower() in lex.violence_words or t.lower_ in lex.violence_words
                       for t in trigger.sent)
    return False


def _violent(word: str) -> bool:
    """True for a noun naming a physical attack ("attack", "strike", "bombing")."""
    rel = noun_trigger(word)
    return rel is not None and rel.plover == "ASSAULT"


def _place(text: str) -> bool:
    """True for the name of a place ("Gaza", "Grozny"): what a physical attack hits."""
    from graphkit.gazetteer import load_gazetteer
    from graphkit.knowledge import actor_knowledge

    name = text.removeprefix("the ").strip()
    return name[:1].isupper() and (actor_knowledge().place(name) is not None or any(
        e.type == "Place" for e in load_gazetteer().lookup(name)))


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
            if obj is not None and (obj.lemma_.lower() in lex.threat_nouns or _own_measure(obj)) \
                    and not _among_others(obj):
                return True
    if any(_names_threat(c) for c in trigger.children if c.dep_ == "ccomp"):
        return True  # "warned Bogota that a raid would be a cause for war"
    return any(t.lower_ == "face" and t.head.i >= trigger.i and
               any(c.lower_ == "or" for c in t.head.children) for t in trigger.subtree)


def _names_threat(clause: Token) -> bool:
    """True when a warned clause says what something would be or mean in threat nouns ("a
    raid would be a cause for war", "would mean war"): not in its subject, not a conflict
    among others."""
    subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(t.i not in subject and t.dep_ in ("attr", "dobj", "pobj") and t.pos_ == "NOUN"
               and t.lemma_.lower() in lexicon().threat_nouns and not _among_others(t)
               for t in clause.subtree)


def _own_measure(noun: Token) -> bool:
    """A forcible measure named with no author of its own ("warned the opposition of a
    crackdown", "of sanctions"): the warner's to take. One with an author ("warned of an attack
    by militants", "of the rebels' offensive") is someone else's."""
    rel = event_noun(noun)
    return rel is not None and rel.plover in _MEASURES and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)


def _among_others(noun: Token) -> bool:
    """A conflict fought among others, no measure of the warner's ("warned of a civil war",
    "of sectarian violence": ``internal_conflict_words.txt``)."""
    return any(c.dep_ == "amod" and c.lower_ in lexicon().internal_conflict_words
               for c in noun.children)


def _own_act(clause: Token) -> bool:
    """A clause announcing an act to come: a modal or "going to" with an event verb."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "'ll", "wo", "shall")
               for c in clause.children):
        return False
    rel = verb_trigger(clause.lemma_.lower())
    return rel is not None and rel.is_event
