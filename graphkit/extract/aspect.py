"""When a clause places its event without naming a date: its tense and its time words.

A clause that names no date of its own may still say that its event is no news of the
article's day: it happened before ("Earlier, Annan requested visas", "In the past there were
contacts"), it stretches or repeats up to now ("has long accused", "have repeatedly
demanded", "since 2003", "consistently wins"), or it is still to come ("will meet", "is
expected to resume"). :func:`aspect` reads this from the tense of the finite verb that
governs the trigger and from the words of ``ontologies/lexicon/time_markers.tsv`` modifying
the clause; such an event gets no date rather than the article's.

Example:
    >>> from datetime import date
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> aspect(nlp("Earlier, Annan requested visas.")[3], date(2006, 5, 7))
    Aspect(tense='past', time='background', marker='earlier')
    >>> aspect(nlp("Russia has long accused Georgia of provocations.")[3], date(2008, 8, 1))
    Aspect(tense='perfect', time='background', marker='long')
    >>> aspect(nlp("Police arrested two men.")[1], date(2008, 8, 1))
    Aspect(tense='past', time='current', marker=None)
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from graphkit.dates import BadDate, resolve
from graphkit.extract._done import after_year, done_before, earlier_subject, earlier_year, hoped_for, state_held
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

__all__ = ["ADJUNCT_PREPS", "FUTURE_AUX", "FUTURE_HEADS", "FUTURE_MODALITY", "Aspect", "answered",
           "aspect", "described_noun", "governors", "happening", "intended", "is_future", "relative_to",
           "tense"]

FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "would", "'d"})
#: Heads whose complement is to come ("plans to visit", "is due to vote", "expects to sign").
FUTURE_HEADS = frozenset({
    "plan", "intend", "expect", "due", "schedule", "set", "hope", "aim", "prepare", "want",
    "threaten", "vow", "pledge", "promise", "agree", "decide", "propose", "seek", "going",
})
#: Modalities (from :mod:`graphkit.extract.polarity`) that put the event in the future (an
#: obligation or an arrangement too: "has to protect", "is to meet").
FUTURE_MODALITY = frozenset({"will", "would", "shall", "'ll", "’ll", "plan", "want", "intend",
                             "vow", "pledge", "promise", "threaten", "going", "expect", "have to",
                             "be to"})
#: Prepositions whose object is an event at another time than the clause's ("after", "despite").
ADJUNCT_PREPS = frozenset({"after", "before", "following", "since", "until", "despite", "amid",
                           "over", "because", "against", "like", "unlike"})
#: Adjectives of an event noun that make it still to come ("the planned deployment").
_PLANNED = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled", "intended",
                      "impending", "prospective", "future", "possible", "potential"})
#: Prepositions whose object happened at another time than its clause, before or after it.
_SEQUENCE_PREPS = frozenset({"after", "following", "since", "before", "until"})
#: Clauses inside a phrase, whose times are their own.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
#: Times of day: "before dawn" is a time of the clause's own day.
_DAYTIMES = frozenset({"dawn", "daybreak", "sunrise", "noon", "dusk", "sunset", "nightfall", "midnight"})
#: The future proper ("will meet"); "would" is a future seen from the past or a condition.
_WILL = frozenset({"will", "shall", "'ll", "’ll", "wo"})
#: Dependencies of the words that say when: adverbs, bare noun phrases, prepositional phrases,
#: and the adjectives of an event noun ("repeated claims", "past contacts").
_MARKER_DEPS = frozenset({"advmod", "npadvmod", "tmod", "prep", "amod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Tenses in which a stretch ("long", "so far", "since 2003") reaches up to
#: the article's time rather than dating one event.
_SPANNING = frozenset({"perfect", "pluperfect", "present"})


class Aspect(NamedTuple):
    """How a clause places its event in time when it names no date.

    Attributes:
        tense: of the finite verb governing the trigger: "past", "present", "perfect",
            "pluperfect", "future" or "modal"; None when no finite verb governs it (a noun
            in an adjunct: "after the attack").
        time: "current" (it may be the article's news), "background" (before the article's
            time, or a stretch or habit reaching up to it, or at a time the text gives
            relative to another: "a year later") or "future" (still to come).
        marker: the words that say so ("earlier", "since 2003", "will"), if any.
    """

    tense: str | None
    time: str
    marker: str | None = None


def tense(verb: Token) -> str | None:
    """The tense of a finite verb, from its auxiliaries and its own form; None for a word that
    is not a finite verb ("attacking", "to attack", a noun).

    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Rebels had attacked, police have arrested them and will try them.")
    >>> tense(doc[2]), tense(doc[6]), tense(doc[10])
    ('pluperfect', 'perfect', 'future')
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _WILL for a in auxes):
        return "future"
    if any(a.tag_ == "MD" for a in auxes) or verb.tag_ == "MD":
        return "modal"
    have = next((a for a in auxes if a.lemma_ == "have"), None)
    if have is not None and have.tag_ in ("VBD", "VBZ", "VBP"):
        return "pluperfect" if have.tag_ == "VBD" else "perfect"
    form = next((a.tag_ for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP")), verb.tag_)
    if form == "VBD":
        return "past"
    return "present" if form in ("VBZ", "VBP") else None


def governors(trigger: Token) -> tuple[list[Token], str | None]:
    """The words from ``trigger`` up to the finite verb whose tense it takes, and that tense.

    A noun goes up to its verb ("launched an attack"), a participle or an infinitive to the
    verb it completes ("replied by attacking", "tried to negotiate"), a verb without its own
    subject to its first conjunct ("served for decades and was involved") for the words that
    place it. A noun in an adjunct ("after the attack", "despite the threats") has a time of
    its own the clause does not tell: the tense is then None.
    """
    chain = [trigger]
    token = trigger
    found = tense(token)
    while found is None:
        if token.dep_ == "prep" and token.lower_ in ADJUNCT_PREPS or token.lower_ == "spite" \
                or relative_to(token):
            return chain, None
        if token.head.i == token.i:
            return chain, None
        token = token.head
        chain.append(token)
        found = tense(token)
    while token.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in token.children) \
            and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
        chain.append(token)
    return chain, found


def aspect(trigger: Token, anchor: date | None, *, modality: str | None = None) -> Aspect:
    """How the clause of ``trigger`` places its event when it names no date.

    Args:
        trigger: the word expressing the relation (a verb or an event noun).
        anchor: the article's date: a year before its year in a perfect clause ("has accused
            the US of a coup back in 2002") makes the clause background.
        modality: the relation's modality; an intended or expected event is to come.

    Returns:
        The :class:`Aspect`: "future" for an intended, expected or "will" event, or one only
        possible or allowed ("can be arrested", "the law allows prosecution"); "background" for
        a happening a clause is told after or before ("protests broke out after the attack"),
        for a clause with its own subject told after ("began a recount after the party accused
        the opposition": :func:`_antecedent`), for a clause a time word puts before the
        article's time (in any tense), a stretch reaching up to it (in the perfect or the
        present), a repetition ("repeatedly complained") or an act before another event ("before
        the elections"), an act in the pluperfect ("had attacked": before the past the article
        tells), an act something is thanked or sentenced for or that a clause answers ("rejected
        Obrador's call"), one set in an earlier time ("in the recent case", "in World War II"),
        or one told in a clause that describes a participant ("the men who were captured", "the
        bill backed by Bush", "the ousted prime minister": what they did or underwent before,
        marker: the noun; not in the present: "the bank which the US accuses"); else "current".
    """
    chain, found = governors(trigger)
    future = _future(trigger, chain, found, modality) or _capacity(chain, found)
    if future:
        return Aspect(found, "future", future)
    relative = relative_to(chain[-1])
    if relative:  # "on the eve of his meeting", "on the anniversary of the raid"
        return Aspect(found, "future" if relative in lexicon().time_markers.get("ahead", ()) else "background",
                      relative)
    if found is None and chain[-1].lower_ in _SEQUENCE_PREPS:
        return Aspect(found, "background", chain[-1].lower_)  # "protests broke out after the attack"
    antecedent = _antecedent(chain[-1])
    if antecedent:
        return Aspect(found, "background", antecedent)
    for token in chain:
        marker = _marker(token, chain, found) or _retrospect(token) or answered(token) \
            or _recorded(token, found) or after_year(token, anchor) or done_before(token, found) \
            or _own_verb(token, chain) and earlier_subject(token, happening)
        if marker:
            return Aspect(found, "background", marker)
    held = state_held(chain, found)  # "Iceland has an extradition treaty with the US", "Syria's
    # support for Hezbollah"
    if held:
        return Aspect(found, "background", held)
    described = described_noun(trigger, chain)
    standing = found == "present" and any(t.dep_ == "relcl" for t in chain)  # "which the US accuses"
    if described is not None and not standing and not happening(described):
        return Aspect(found, "background", described.lower_)
    if found == "pluperfect" or _during(chain[-1]) == "pluperfect":
        return Aspect(found, "background", "had")  # "said Lebanon had committed an act of war
        # when Hezbollah attacked Israel": the "when" clause is of the pluperfect's time
    if found == "perfect" and anchor is not None:
        year = earlier_year(chain[-1], anchor)
        if year:
            return Aspect(found, "background", year)
    if found == "past" and chain[-1].dep_ == "advcl" and chain[-1].head.pos_ in ("VERB", "AUX"):
        main = aspect(chain[-1].head, anchor)  # "Since then he has stayed in Japan, even
        if main.time == "background" and not (main.marker or "").isdigit():  # though a court
            # asked ...": of the same earlier time; a year in the main clause is its own
            return Aspect(found, "background", main.marker)
    return Aspect(found, "current")


def _own_verb(token: Token, chain: list[Token]) -> bool:
    """True when ``token`` is the trigger at the foot of ``chain`` or the verb of its object
    ("killed 300", "launched an attack"), not a verb a report hangs from ("according to")."""
    trigger = chain[0]
    return token.i == trigger.i or trigger.dep_ == "dobj" and trigger.head.i == token.i


def relative_to(token: Token) -> str | None:
    """The noun of a time told relative to a happening (the "ahead" and "behind" kinds of
    ``time_markers.tsv``) when ``token`` is the "of" that names the happening ("on the eve of
    his meeting", "in the wake of the attack", "on the anniversary of the raid"): the
    happening is at another time than the clause, before or after it; else None."""
    phrase = marker_before(token)
    if phrase is not None:  # "ahead of the vote", "in the run-up to the talks"
        return phrase
    if token.dep_ != "prep" or token.lower_ != "of" or token.head.pos_ != "NOUN":
        return None
    noun = token.head.lemma_.lower()
    markers = lexicon().time_markers
    return noun if noun in markers.get("ahead", ()) or noun in markers.get("behind", ()) else None


def marker_before(prep: Token) -> str | None:
    """The "ahead" or "behind" time marker of ``time_markers.tsv`` written just before the
    preposition ``prep`` ("ahead of", "in the run-up to", "in the lead-up to"), whatever the
    parser made of its words; else None."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "to"):
        return None
    markers = lexicon().time_markers
    known = markers.get("ahead", frozenset()) | markers.get("behind", frozenset())
    for width in (1, 2, 3):
        phrase = " ".join(t.lower_ for t in prep.doc[max(0, prep.i - width):prep.i]).replace(" - ", "-")
        if phrase in known and (width > 1 or prep.doc[prep.i - 1].pos_ != "NOUN"):
            return phrase  # one word only when no noun: "eve" is found by its lemma
    return None


def _antecedent(verb: Token) -> str | None:
    """The mark ("after", "since", "once": the "antecedent" kind of ``time_markers.tsv``) of a
    clause with its own subject hanging from another clause, whose event came before that
    clause's at a time it does not tell: "officials began a recount after the ruling party
    accused the opposition"; not when the clause it hangs from tells the toll of its act ("a
    soldier was killed after a bomber struck a convoy", the "toll" kind) or the mark follows a
    word of a short while ("hours after", "shortly after": the "close" kind); else None."""
    if verb.dep_ != "advcl" or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    toll = lexicon().time_markers.get("toll", ())
    main = [verb.head] + [c for c in verb.head.children if c.dep_ in ("acomp", "conj")]
    if any(t.lemma_.lower() in toll for t in main):
        return None  # "a soldier was killed after a bomber struck a convoy": one happening
    markers = lexicon().time_markers
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in markers.get("antecedent", ())), None)
    if mark is None or mark.i > 0 and verb.doc[mark.i - 1].lemma_.lower() in markers.get("close", ()):
        return None  # "hours after it was bombed", "shortly after police suppressed the rally"
    return mark.lower_


def _during(verb: Token) -> str | None:
    """The tense of the clause a "when", "as" or "while" clause ``verb`` hangs from (it
    happens at that clause's time), else None."""
    marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i]
    if verb.dep_ != "advcl" or not any(m in ("when", "as", "while", "whilst") for m in marks):
        return None
    return tense(verb.head)


def described_noun(trigger: Token, chain: list[Token] | None = None) -> Token | None:
    """The noun that the clause of ``trigger`` describes, or None: the noun of a relative
    clause ("the men who were captured"), of a participle ("the bill backed by Bush") or of a
    participle before it ("the ousted prime minister"). Not an infinitive ("the decision to
    attack": an intention), a clause of content ("news that there has been fighting"), nor a
    clause of place or time ("the village where rebels killed 12", "the first time he has
    visited"). ``chain`` is the trigger's :func:`governors` chain, if known."""
    if chain is None:
        chain = governors(trigger)[0]
    if trigger.dep_ == "amod" and trigger.tag_ == "VBN" and trigger.head.pos_ in ("NOUN", "PROPN"):
        return trigger.head
    for token in chain:
        if token.dep_ not in ("relcl", "acl") or token.pos_ not in ("VERB", "AUX"):
            continue
        children = list(token.children)
        if token.head.pos_ not in ("NOUN", "PROPN", "PRON") or token.tag_ in ("VB", "VBG") \
                or token.head.ent_type_ in ("DATE", "TIME") \
                or token.head.lemma_.lower() in lexicon().time_markers.get("occasion", ()) \
                or any(c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to" for c in children) \
                or any(c.lower_ in ("where", "when", "whereby") for c in children):
            return None
        return token.head
    return None


def happening(noun: Token) -> bool:
    """True for a noun that names a happening ("the attack which killed 12", "the 1999
    coup") or the weapon that made it ("a bomb which killed 12"), whose describing clause
    tells that happening at its time; False for a participant ("the men who were captured")."""
    from graphkit.vocab import noun_trigger

    lemma = noun.lemma_.lower()
    lex = lexicon()
    return lemma in lex.time_markers.get("happening", ()) or lemma in lex.instrument_nouns \
        or noun_trigger(lemma) is not None or noun_trigger(noun.lower_) is not None


def is_future(verb: Token) -> bool:
    """True when a clause speaks of what is to come: "will meet", "plans to meet", "meets"
    (the news present of a scheduled event), "is due to vote"."""
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in children):
        return False
    if verb.dep_ == "xcomp" and _future_head(verb.head):
        return True
    return verb.tag_ in ("VBZ", "VBP", "VBG") and verb.lemma_ not in ("be", "have")


def _future(trigger: Token, chain: list[Token], found: str | None, modality: str | None) -> str | None:
    """What makes the event one still to come: "will", an intention, "is expected to",
    "expects all troops to withdraw", "the planned deployment"."""
    if intended(modality):
        return modality
    if found == "future":
        return "will"
    if found == "present":
        stop = _next_stop(chain[-1])
        if stop:
            return stop
    for token in chain:
        aux = next((c.lower_ for c in token.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None)
        if aux:
            return aux  # "would resign": a future seen from the past
        if token.dep_ in ("xcomp", "ccomp") and _future_head(token.head) and (token.dep_ == "xcomp" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
            return token.head.lemma_.lower()  # "expects all troops to withdraw"
    hoped = hoped_for(trigger, chain)
    if hoped:
        return hoped
    planned = next((c.lower_ for c in trigger.children if c.dep_ == "amod" and c.lower_ in _PLANNED), None)
    if planned and trigger.pos_ == "NOUN":
        return planned  # "the planned deployment"
    head = trigger.head  # "negotiations are expected to resume"
    if trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in FUTURE_HEADS \
            and any(c.dep_ == "xcomp" for c in head.children):
        return head.lemma_.lower()
    return None


def _next_stop(verb: Token) -> str | None:
    """The words by which a clause in the simple present (not a report: "then adds") tells
    a stop of a journey's plan, still to come: a place the journey leaves for it ("After
    Israel, the president visits Kuwait") or a word of what comes next (the "sequel" kind of ``time_markers.tsv``: "He
    then meets Abbas"); else None."""
    if verb.lemma_.lower() in lexicon().speech_verbs:
        return None  # "He then adds", "reports from New Delhi": a report told in the present
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "after" and any(
                c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in child.children):
            return child.lower_
        if child.dep_ == "advmod" and child.lower_ in lexicon().time_markers.get("sequel", ()):
            return child.lower_
    return None


def intended(modality: str | None) -> bool:
    """True for a modality that puts the event still to come: "will", a plan, or an aim or
    effort named by a noun (``intent_nouns.txt``: "his efforts to kill bin Laden", "her
    position to talk to Iran")."""
    return modality in FUTURE_MODALITY or modality in lexicon().intent_nouns


def _future_head(head: Token) -> bool:
    """True for a head whose complement is to come, by its lemma ("plans to") or its word
    ("is going to attack": the lemma of "going" is "go")."""
    return head.lemma_.lower() in FUTURE_HEADS or head.lower_ in FUTURE_HEADS


def _capacity(chain: list[Token], found: str | None) -> str | None:
    """What makes the event only possible, required or allowed, not done: a modal ("can be
    arrested", "we can fight"; not "may have attacked", a past one) or a verb of permission
    in the present ("the law allows prosecution")."""
    verb = chain[-1]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if found == "modal" and not any(a.lemma_ == "have" for a in auxes):
        return next((a.lower_ for a in auxes if a.tag_ == "MD"), verb.lower_)
    if found == "present" and verb.lemma_.lower() in lexicon().time_markers.get("capacity", ()):
        return verb.lemma_.lower()
    return None


def answered(noun: Token) -> str | None:
    """The verb that ``noun`` is the object of when that verb answers an act done before it
    (a "reaction" verb of ``time_markers.tsv``): "Calderon has rejected Obrador's call for a
    recount", "the call was rejected": the call was made before, at a time the clause does not
    tell."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = noun.head.lemma_.lower()
    return lemma if lemma in lexicon().time_markers.get("reaction", ()) else None


def _recorded(token: Token, found: str | None) -> str | None:
    """The record whose words ``token`` is when a record made before the article tells it
    in the past tense: "the report shows that the US threatened to spy", "according to the
    memo, Saddam was not threatening his neighbours", or in the perfect, a tally up to the
    record's making: "the study says that 9,270 civilians have been killed"; or what it shows
    in any tense (a "depict" verb): "the video shows bin Laden meeting Binalshibh"."""
    records = lexicon().time_markers.get("record", ())
    head = token.head
    scene = token.dep_ == "dobj" or token.dep_ == "ccomp" and token.tag_ == "VBG" \
        and not any(c.dep_ in ("aux", "mark") for c in token.children)  # not "shows that ... is"
    if scene and head.lemma_.lower() in lexicon().time_markers.get("depict", ()):
        shown = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in records), None)
        if shown is not None:  # "the video shows bin Laden meeting Binalshibh": filmed before
            return shown.lemma_.lower()
    if found not in ("past", "perfect"):
        return None
    source: Token | None = None
    if token.dep_ == "ccomp":
        source = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            source = next((t for t in prep.subtree if t.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in records:
        return None
    # in the perfect, one record's tally ("the study says"), not the news ("reports say")
    return source.lemma_.lower() if found == "past" or source.tag_ == "NN" else None


def _retrospect(token: Token) -> str | None:
    """The verb ``token`` is the "for" or "of" gerund of when that verb looks back on it:
    "thanking France for pressuring Colombia", "convicted of attacking"."""
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("for", "of") or prep.head.i == prep.i:
        return None
    lemma = prep.head.lemma_.lower()
    return lemma if lemma in lexicon().time_markers.get("retrospect", ()) else None


def _marker(token: Token, chain: list[Token], found: str | None) -> str | None:
    """The time word of ``token``'s own modifiers that makes the clause background, if any."""
    markers = lexicon().time_markers
    for child in token.children:
        if child.dep_ not in _MARKER_DEPS or child in chain:
            continue
        if child.dep_ == "amod" and token.pos_ not in ("NOUN", "PROPN"):
            continue
        words = [t.lower_ for t in child.subtree if not t.is_punct]
        phrase = " ".join(words)
        if phrase in markers.get("past", ()):
            return phrase
        if child.dep_ == "amod" and child.tag_ == "VBN":  # "a recently announced agreement"
            past = [c.lower_ for c in child.children if c.dep_ == "advmod" and c.lower_ in markers.get("past", ())]
            if past:
                return past[0]
        if child.dep_ == "prep" and _set_earlier(child, markers):
            return phrase
        if phrase in markers.get("repeated", ()) or _before_another(child):
            return phrase
        spanning = found in _SPANNING
        if child.dep_ == "prep" and child.lower_ in ("since", "for"):
            if child.lower_ == "since" and spanning and len(words) > 1:
                return phrase
            if child.lower_ == "for" and _duration(child, token, spanning):
                return phrase
            continue
        if spanning and phrase in markers.get("span", ()):
            return phrase
        own = [t.lower_ for t in _own_tokens(child) if not t.is_punct]  # not those of a clause
        if _timely(child) and _vague(" ".join(own), own):  # in it: "a blast that killed 34 the day before"
            return phrase
    return None


def _own_tokens(phrase: Token) -> list[Token]:
    """The words of ``phrase`` outside the clauses inside it ("the site of an explosion that
    had killed 34 the day before": the site's words, not the explosion's time)."""
    inner = {t.i for c in phrase.subtree if c.dep_ in _CLAUSES and c.i != phrase.i for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in inner]


def _before_another(phrase: Token) -> bool:
    """ "before the elections", "prior to the election": an act told as done before another
    event, at a time the clause does not give (a date is a time: "before 2005" bounds it)."""
    if phrase.lower_ not in ("before", "prior") or phrase.dep_ not in ("prep", "advmod") \
            or any(c.dep_ in ("advmod", "npadvmod") for c in phrase.children):
        return False  # "just before the announcement", "hours before the vote": that day
    if phrase.lower_ == "prior":
        phrase = next((c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "to"), phrase)
    obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and not _timely(phrase) \
        and obj.lemma_.lower() not in _DAYTIMES


def _set_earlier(prep: Token, markers: Mapping[str, frozenset[str]]) -> bool:
    """ "in the recent bribery case", "during the previous government", "in World War II": a
    setting the words of ``markers`` put before the article's time (a date is no setting)."""
    if prep.lower_ not in ("in", "during", "under", "at"):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in markers.get("setting", ()) for c in obj.children):
        return True
    name = " ".join(t.lower_ for t in obj.subtree if not t.is_punct and t.lower_ != "the")
    return name in markers.get("era", ())


def _duration(prep: Token, verb: Token, spanning: bool) -> bool:
    """ "for three decades", "for years": a stretch, in the perfect or the present, or after
    a simple past with no object and no passive ("served for three decades"; "banned him for
    two years" gives a penalty's length, not the event's time)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in lexicon().time_markers.get("duration", ()):
        return False
    if spanning:
        return True
    return not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)


def _timely(phrase: Token) -> bool:
    """True for a phrase naming a time: a date or time the NER found, or a noun of a time
    ("the following day", "on the eve of the vote"), outside the clauses inside it."""
    occasion = lexicon().time_markers.get("occasion", ())
    return any(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "NOUN" and t.lemma_.lower() in occasion
               for t in _own_tokens(phrase))


def _vague(phrase: str, words: list[str]) -> bool:
    """A time expression that names no time graphkit can place, but one other than the
    article's ("a few months ago", "in recent years", "a year later", "earlier that day", "the
    same day", "the next day", "that night", "on the eve of"); a
    placeable one is the clause's own date (checked against any day: only its form counts)."""
    try:
        if resolve(phrase, None) is not None or resolve(phrase, date(2000, 1, 1)) is not None:
            return False
    except BadDate:
        return False
    return any(w in lexicon().time_markers.get("vague", ()) for w in words)
