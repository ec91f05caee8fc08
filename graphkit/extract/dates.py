"""Event dates: when the clause of a relation says its event happened.

The date and time expressions spaCy's NER finds in a sentence (``DATE`` and ``TIME``
entities, and day names it misses) are tied to the clause they modify through the dependency
tree: "on Monday" hangs from its verb, "Monday's attack" from its noun. A relation takes the
expressions of its trigger's own clause only, so in "The army said on Tuesday that militants
had attacked a post last Friday" the statement is dated Tuesday and the attack the Friday
before. The expression is then placed against the article's date with
:func:`graphkit.dates.resolve`, forward for a clause about the future ("will meet on Friday").
A clause that names no date is dated by :func:`date_relation` from its tense and time words
(:mod:`graphkit.extract.aspect`: background and future events get none) or from the narrative
it continues (:mod:`graphkit.extract.narrative`), else from the article.

Example:
    >>> from datetime import date, timedelta
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("The army said on Tuesday that militants attacked a post last Friday.")
    >>> said, attacked = doc[2], doc[7]
    >>> clause_date(said, date(2014, 1, 2)).when.iso, clause_date(attacked, date(2014, 1, 2)).when.iso
    ('2013-12-31', '2013-12-27')
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from graphkit.dates import ARTICLE_PRECISION, PRECISIONS, WEEKDAYS, BadDate, When, implausible, resolve
from graphkit.extract.aspect import (
    ADJUNCT_PREPS,
    FUTURE_HEADS,
    answered,
    aspect,
    described_noun,
    happening,
    intended,
    is_future,
    relative_to,
    tense,
)
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract.narrative import Narrative
    from graphkit.model import Relation

__all__ = ["TEMPORAL_PREPS", "Dating", "attachment", "clause_date", "date_relation", "date_spans",
           "is_future", "restated"]

#: Prepositions that place an event at the time they introduce ("on", "in", "during").
#: "since", "until", "by", "before" and "after" bound an event rather than date it.
TEMPORAL_PREPS = frozenset({"on", "in", "at", "during", "over", "around", "from", "within"})
#: Dependencies by which a time expression modifies its verb or noun directly.
_ADVERBIAL = frozenset({"npadvmod", "advmod", "tmod"})
_NOMINAL = frozenset({"poss", "compound", "nmod", "amod", "nummod"})
#: Markers of a clause that happens at the time of the clause it hangs from.
_SAME_TIME_MARKS = frozenset({"when", "as", "while", "whilst"})
#: Heads whose complement is asked of someone, not done ("urged Israel on Monday to withdraw").
_REQUEST_HEADS = frozenset({"ask", "urge", "demand", "request", "call", "order", "tell", "force",
                            "want", "need", "allow", "expect", "persuade", "invite", "press"})
#: Month names written out (not "may" or "march", which are also verbs).
_MONTH_NAMES = frozenset({"january", "february", "april", "june", "july", "august", "september",
                          "october", "november", "december"})
_DAY_WORDS = frozenset(WEEKDAYS) | {"yesterday", "today", "tonight", "tomorrow"}
_NO_CLAUSE_DATE = frozenset({"MEMBER_OF", "ROLE", "AUTHOR"})
#: Adjunct prepositions whose object happens at the time of the clause ("fled on Saturday amid
#: fierce fighting"), unlike the others of ADJUNCT_PREPS ("after the attack").
_CONCURRENT_PREPS = frozenset({"amid", "amidst"})
#: A year, and the end of a range that starts with it ("2008-09", "2008-2009").
_YEARS = re.compile(r"\b(1\d{3}|20\d{2})(?:'?s)?(?:\s*[-–/]\s*(\d{4}|\d{2})\b)?")


class Dating(NamedTuple):
    """The date a clause gives its event: ``when``, or ``problem`` when the date it names is
    impossible or implausible; both None when the clause names no date. ``years`` are the years
    of a time the clause names but that cannot be placed ("during the 2008-09 war", "in the
    1990s")."""

    when: When | None = None
    problem: str | None = None
    years: tuple[int, ...] = ()


def _time_entities(doc: Doc) -> list[tuple[int, int]]:
    """The token bounds of the document's DATE and TIME entities, gathered once."""
    cached = doc.user_data.get("graphkit.times")
    if cached is None:
        cached = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        doc.user_data["graphkit.times"] = cached
    return cached


def date_spans(sent: Span) -> list[Span]:
    """The time expressions of a sentence: DATE and TIME entities, and the day names
    ("Monday", "yesterday") and dates ("April 6, 2005") the NER left out (but not inside
    another entity: "the Sunday Times"), in text order."""
    doc = sent.doc
    spans = [doc[a:b] for a, b in _time_entities(doc) if sent.start <= a < sent.end]
    covered = {t.i for e in spans for t in e}
    for token in sent:
        if token.i in covered or token.ent_type_ or token.pos_ not in ("PROPN", "NOUN", "ADV"):
            continue
        if token.lower_ in _DAY_WORDS:
            spans.append(sent.doc[token.i: token.i + 1])
        elif token.lower_ in _MONTH_NAMES and token.i + 1 < sent.end and token.nbor().like_num:
            end = token.i + 1  # "April 6, 2005": the month and the numbers that follow it
            while end < sent.end and (sent.doc[end].like_num or sent.doc[end].text == ",") \
                    and not sent.doc[end].ent_type_:
                end += 1
            spans.append(sent.doc[token.i: end - (sent.doc[end - 1].text == ",")])
            covered.update(range(token.i, end))
    return sorted(spans, key=lambda s: s.start)


def clause_date(trigger: Token, anchor: date | None, *, modality: str | None = None) -> Dating:
    """The date the trigger's own clause gives its event, placed against ``anchor``.

    Args:
        trigger: the word expressing the relation (a verb or an event noun).
        anchor: the article's date (relative expressions need it).
        modality: the relation's modality; an intended or expected event looks forward.

    Returns:
        A :class:`Dating`: the finest date of the clause (the nearest to the trigger among
        equals), else that of a verb joined to its verb that shares its subject ("was shot and
        killed Sunday"), or the problem with it, or nothing.
    """
    head = _clause_head(trigger)
    ahead = intended(modality)
    found: list[tuple[int, int, When]] = []
    lent: list[tuple[int, int, When]] = []  # a time of a conjunct sharing the verb's subject
    named = False  # the clause names a time of its own (placed or not)
    problem: str | None = None
    years: tuple[int, ...] = ()  # of an own time that cannot be placed
    previous: When | None = None
    told_at = _told_at(head)
    for span in date_spans(trigger.sent):
        point = attachment(span)
        own = point is not None and _owns(point, trigger, head) or span.start <= told_at < span.end
        if own and point is not None and point.pos_ not in ("VERB", "AUX"):
            future = ahead  # a noun's own date ("a plea by Adams in April") is a past one
        else:
            verb = point if own and point is not None and point.dep_ == "xcomp" else head
            future = ahead or is_future(verb)  # the verb's tense says which way to look
        bad: str | None = None
        try:
            when = _looking_back(resolve(span.text, anchor, future=future, previous=previous),
                                 span, head, anchor)
        except BadDate as exc:
            when, bad = None, str(exc)
        else:
            bad = implausible(when, anchor, future=future) if when else None
            previous = when or previous
        own = own or when is not None and _lifted(point, head, when, anchor)
        shares = not own and point is not None and _conjunct(point, head)
        if not own and not shares:
            continue
        named = named or own
        if own and when is None and not bad:
            years = years or _years(span.text)
        if bad:
            problem = problem or (bad if own else None)
        elif when is not None:
            (found if own else lent).append(
                (PRECISIONS.index(when.precision), abs(_root(span).i - trigger.i), when))
    if found or lent and not named:
        return Dating(min(found or lent)[2])
    if problem:
        return Dating(problem=problem)
    if years:
        return Dating(years=years)
    shared = _shared_head(head)
    if shared is not None:  # a clause told in the past looks back, whatever its purpose's modality
        return clause_date(shared, anchor, modality=None if tense(shared) == "past" else modality)
    return Dating()


def date_relation(doc: Doc, rel: Relation, anchor: date | None, *,
                  story: Narrative | None = None) -> str | None:
    """Give ``rel`` its ``event_date``, ``date_precision`` and ``date_source``; return a note
    if its clause names a bad date (the event date is then None).

    The clause's own date comes first (source ``"clause"``). A negated act without one ("have
    not signed") gets none (source ``"negated"``): it happened on no day. A clause without one that is
    background or still to come (:func:`graphkit.extract.aspect.aspect`), or that its
    sentence or paragraph tells as earlier (:meth:`Narrative.earlier`), gets no date (source
    ``"background"`` or ``"future"``); one in the simple past that continues a dated narrative
    takes the narrative's date from ``story`` (source ``"context"``, precision as that date's),
    else the day before the article's that the article's lead names for its news (source
    ``"lead"``, :meth:`Narrative.news_day`); else the event date is the article's (precision
    and source ``"article"``). Memberships,
    roles and authorships take the article's date. ``rel.start``/``rel.end`` must still be
    offsets into ``doc``.
    """
    trigger = None if rel.cls in _NO_CLAUSE_DATE else _trigger_token(doc, rel)
    dating = clause_date(trigger, anchor, modality=rel.modality) if trigger is not None else Dating()
    if dating.problem:
        rel.event_date, rel.date_precision, rel.date_source = None, None, None
        return f"{dating.problem}; event date left empty (“{_short(rel.evidence)}”)"
    if dating.when is not None:
        _set(rel, dating.when, "clause")
        return None
    if dating.years and anchor is not None and max(dating.years) < anchor.year:
        rel.event_date, rel.date_precision, rel.date_source = None, None, "background"
        return None  # "during the 2008-09 war": a time of its own, earlier than the article's
    if rel.negated:  # "have not signed": no day on which it happened
        rel.event_date, rel.date_precision, rel.date_source = None, None, "negated"
        return None
    if trigger is not None:
        told = aspect(trigger, anchor, modality=rel.modality)
        earlier = story.earlier(trigger, told) if story is not None else None
        if earlier:
            told = told._replace(time="background", marker=earlier)
        if told.time != "current":
            rel.event_date, rel.date_precision, rel.date_source = None, None, told.time
            return None
        if story is not None:
            for source, when in (("context", story.carried(trigger, told)),
                                 ("lead", story.news_day(trigger, told))):
                if when is not None:
                    _set(rel, when, source)
                    return None
    if anchor is not None:
        _set(rel, When(anchor, ARTICLE_PRECISION), ARTICLE_PRECISION)
    return None


def _years(text: str) -> tuple[int, ...]:
    """The years a time expression names, the end of a range with them ("2008-09": 2008, 2009;
    "the 1990s": 1990)."""
    years: list[int] = []
    for first, end in _YEARS.findall(text):
        years.append(int(first))
        if end:
            years.append(int(end) if len(end) == 4 else int(first) // 100 * 100 + int(end))
    return tuple(years)


def _set(rel: Relation, when: When, source: str) -> None:
    rel.event_date, rel.date_precision, rel.date_source = when.iso, when.precision, source


def _clause_head(token: Token) -> Token:
    """The verb whose clause ``token`` belongs to: itself for a verb, else the first verb
    above it ("attack" in "launched an attack" belongs to "launched"). A noun in an adjunct
    of that verb ("in spite of Rudd's criticism", "after the attack") keeps to itself: the
    verb's time is not its time, nor is the time of a verb answering it ("rejected
    Obrador's call"); one "amid" it happens at the verb's time ("fled amid fighting")."""
    if answered(token):
        return token  # "rejected Obrador's call": the call's time is not the rejection's
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.dep_ == "prep" and head.lower_ in ADJUNCT_PREPS - _CONCURRENT_PREPS \
                or head.lower_ == "spite" or relative_to(head):
            return token  # "on the eve of his meeting": the meeting's time is not the clause's
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else token


def attachment(span: Span) -> Token | None:
    """The word a time expression modifies as a time: the verb of "on Monday", "yesterday",
    "two days ago"; the noun of "Monday's attack"; None for a date that is no time of an
    event ("since 2001", "the 2003 invasion" of another noun, a date as subject)."""
    root = _root(span)
    before = span.doc[span.start - 1] if span.start > 0 else None
    part = _time_of_day(root)
    if part is not None:  # "on the night of June 3": the day the night is part of
        root = part
    if root.dep_ in _ADVERBIAL:
        return _adjunct_noun(before) or _outside_clause(root)
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in TEMPORAL_PREPS:
        return root.head.head
    if before is not None and before.dep_ == "prep" and before.lower_ in TEMPORAL_PREPS \
            and not any(c.dep_ == "pobj" for c in before.children):
        return before.head  # "denied on Sunday media reports": the parser lost the object
    if root.dep_ == "compound":  # "on Sunday talk shows": the noun the compound makes
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head
        return root
    return root.head if root.dep_ in _NOMINAL else None


def _time_of_day(root: Token) -> Token | None:
    """The time noun a date is the "of" of ("the night of June 3", "the morning of 12 May"),
    which stands where the date would; None for another word, and for an eve or a wake (an
    "ahead" or "behind" time marker: "on the eve of June 3" is the day before)."""
    markers = lexicon().time_markers
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
        return None
    noun = head.head
    word = noun.lemma_.lower()
    if word in markers.get("happening", ()) and noun.dep_ == "pobj" and noun.head.lower_ in TEMPORAL_PREPS:
        return noun  # "during the war of 2008-09": the war's time is the clause's
    if word not in markers.get("occasion", ()) or word in markers.get("ahead", ()) \
            or word in markers.get("behind", ()):
        return None
    return noun


def _looking_back(when: When | None, span: Span, head: Token, anchor: date | None) -> When | None:
    """A weekday in the pluperfect is one before the past it looks back from, never the
    article's own day: "FBI agents had arrested Green on Friday", read on a Friday, tells the
    Friday a week before."""
    if when is None or anchor is None or when.date != anchor or tense(head) != "pluperfect":
        return when
    return When(anchor - timedelta(days=7), "day") if _root(span).lower_ in WEEKDAYS else when


def _told_at(head: Token) -> int:
    """The index of the time expression a clause is told at as its relative clause, or -1: "on
    Monday, which killed 12", "on March 19, 2003, when the US invaded Iraq", "the 2005
    gathering when police fired" (whatever verb the parser hung the "when" clause from: the
    time it follows is its time)."""
    if head.dep_ == "relcl" and head.head.ent_type_ in ("DATE", "TIME"):
        return head.head.i
    when = next((c for c in head.children if c.lower_ == "when" and c.i < head.i), None)
    if when is None or when.i == 0:
        return -1
    before = head.doc[when.i - 1]
    if before.is_punct and before.i > 0:
        before = head.doc[before.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ not in ("DATE", "TIME"):
        # "the 2005 gathering when police fired": the time of the noun it follows
        before = next((c for c in before.children if c.ent_type_ in ("DATE", "TIME")), before)
    return before.i if before.ent_type_ in ("DATE", "TIME") else -1


def _outside_clause(root: Token) -> Token:
    """The verb a bare time expression ``root`` modifies: its head, unless the head is a
    subordinate clause whose mark comes after the expression ("clashes in Tallinn last night
    after authorities removed a monument": the night of the clashes, not of the removal)."""
    head = root.head
    if head.dep_ != "advcl" or head.i < root.i or head.head.i == head.i:
        return head
    mark = next((c for c in head.children if c.dep_ == "mark"), None)
    return head.head if mark is not None and root.i < mark.i else head


def _adjunct_noun(before: Token | None) -> Token | None:
    """The happening right before a bare time expression, when it is the object of an
    adjunct ("called for his resignation following the allegation last week"): the time is
    the happening's, wherever the parser hung it; None otherwise."""
    if before is None or before.pos_ != "NOUN" or before.dep_ != "pobj" or not happening(before):
        return None
    return before if before.head.lower_ in ADJUNCT_PREPS else None


def _owns(point: Token, trigger: Token, head: Token) -> bool:
    """True when a time expression modifying ``point`` dates the clause of ``trigger``: it
    modifies the trigger or its verb, the complement that gives an event noun's time ("talks
    are expected to resume next week"), or a noun that sets the clause (or its object) in a
    time ("elected at a party congress on December 23", "said in a 2005 interview", "defended
    the policies on Sunday talk shows"), also through the participle that describes that noun
    ("met in talks hosted by Egypt on Tuesday"), or the happening the verb carries out ("led the
    1999 coup"; not "criticised the 2003 invasion")."""
    if point.i in (trigger.i, head.i):
        return True
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.i == head.i \
            and point.dep_ == "xcomp" and point.head.i == head.i:
        return True
    if point.dep_ == "dobj" and point.head.i == head.i and happening(point) \
            and head.lemma_.lower() in lexicon().light_verbs | lexicon().perpetrate_verbs:
        return True  # "led the 1999 coup", "launched Monday's attack": the happening's time
    if point.dep_ == "acl" and point.tag_ == "VBN" and point.head.dep_ == "pobj":
        point = point.head  # "In talks hosted by Egypt on Tuesday, X met Y": the talks' time
    prep = point.head
    held = prep.head.i in (trigger.i, head.i) or prep.head.dep_ == "dobj" and prep.head.head.i == head.i
    return point.dep_ == "pobj" and point.pos_ in ("NOUN", "PROPN") and prep.dep_ == "prep" \
        and prep.lower_ in TEMPORAL_PREPS and held


def _conjunct(point: Token, head: Token) -> bool:
    """True when a time expression modifying ``point`` dates the verb ``head`` it is joined to
    when ``head`` names no time of its own: a verb sharing its subject ("was shot and killed
    Sunday") or a noun the parser joined to the verb ("met at a London pub on November 1")."""
    if point.dep_ != "conj" or point.head.i != head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if point.pos_ in ("NOUN", "PROPN"):
        return True
    return point.pos_ == "VERB" and tense(point) in (None, tense(head)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in point.children)


def _lifted(point: Token | None, head: Token, when: When, anchor: date | None) -> bool:
    """True when a past date the parser hung from an infinitive under a past clause dates that
    clause: "gave Canada the right to impose tariffs on November 27", read in April, tells
    when the right was given (a right or a plan is not carried out on a day already past)."""
    if point is None or anchor is None or when.date >= anchor or tense(head) != "past":
        return False
    if point.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in point.children):
        return False
    if point.dep_ == "xcomp":
        return point.head.i == head.i
    return point.dep_ == "acl" and _clause_head(point.head).i == head.i


def _root(span: Span) -> Token:
    """The head word of a time expression, never its punctuation ("February 13, 2007")."""
    words = [t for t in span if not t.is_punct] or list(span)
    outside = [t for t in words if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return outside[0] if outside else span.root


def _shared_head(verb: Token) -> Token | None:
    """The clause whose time a dateless clause shares, or None: the first conjunct of a verb
    without its own subject ("held a meeting on November 3 and decided to protest"), the
    clause a "when" clause or a participle hangs from ("fired on a car on Monday, killing
    two"), the verb of a purpose ("used a car bomb on Tuesday to kill 32") or of a means
    ("retaliated on Sunday by opening fire"). Not a wish, a
    plan or a request: "threatened on Monday to attack" is no attack on Monday. The noun of a
    happening that a clause describes: "the blast, which killed 12" happened with the blast."""
    head = verb.head
    described = described_noun(verb, [verb]) if verb.dep_ in ("relcl", "acl") else None
    if described is not None and described.i == head.i and happening(head):
        return head  # "the attack, which killed 12": the attack's time
    if verb.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # "retaliated on Sunday by opening fire": the means is the act's time
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    if verb.dep_ == "conj":
        return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) else head
    if verb.dep_ == "advcl":
        marks = [c.lower_ for c in children if c.dep_ == "mark"]
        return head if all(m in _SAME_TIME_MARKS for m in marks) else None
    if verb.dep_ == "xcomp" and head.lemma_.lower() not in FUTURE_HEADS | _REQUEST_HEADS:
        return head
    return None


def _trigger_token(doc: Doc, rel: Relation) -> Token | None:
    """The trigger word of ``rel`` in its evidence sentence: of several, the one nearest to
    its subject and its object together ("was killed in the airstrike which killed 18 people":
    the second "killed" is the airstrike's)."""
    if not rel.trigger:
        return None
    sent = doc.char_span(rel.start, rel.end, alignment_mode="expand")
    if sent is None:
        return None
    word = rel.trigger.split()[0]
    matches = [t for t in sent if t.text == word]
    if not matches:
        return None
    ends = [rel.subject.start] + ([rel.object.start] if rel.object is not None else [])
    return min(matches, key=lambda t: sum(abs(t.idx - at) for at in ends))


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"



#: How well each source dates an event, best first (an event left undated as background or
#: future only gives way to a date of its own clause; None: no date at all).
_RANK = {"clause": 0, "context": 1, "background": 1, "future": 1, "negated": 1, "lead": 2,
         ARTICLE_PRECISION: 3, None: 4}


def restated(kept: Relation, again: Relation) -> None:
    """A fact stated again in the article: the statement that dates it best dates it, its own
    clause before a narrative's date before the article's ("Rebels attacked the post. ...
    The attack on Monday ...")."""
    if again.event_date is not None and \
            _RANK.get(again.date_source, 4) < _RANK.get(kept.date_source, 4):
        kept.event_date, kept.date_precision = again.event_date, again.date_precision
        kept.date_source = again.date_source
