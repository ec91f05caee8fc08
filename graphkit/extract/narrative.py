"""The date a clause takes from the narrative it continues.

News tells a day's events in a run of sentences that name the day once: "Georgian officials
alleged that a Russian jet shot down a spy plane on Sunday. ... According to Russia, Abkhaz
rebels shot down the plane with anti-aircraft weapons." A :class:`Narrative` follows these
runs through an article: a sentence that dates what it tells by one day or week starts a run;
a sentence after it without a date of its own, told in the simple past, continues it; the
run ends at any other date (a second day, a month, a year, a date that cannot be placed), at
a sentence in another tense or told as background, at a paragraph break or a heading, and
after ``reach`` sentences without a date; it goes on past a sentence in brackets, an aside.
A clause in the simple past that names no date
takes the run's date (:meth:`Narrative.carried`), as does a later clause of a sentence whose
earlier clause named its day ("Rebels attacked the post on Monday, and police arrested two
men"). Quotations give no date, and the day a speech verb names ("said on Sunday") dates
only what the speaker says: the speaker's present, in the quotation of that sentence or of
the sentences right after it ('"It is insisting on the unity of Iraq"'), not the report's
next events. A quoted clause in the past tense tells the speaker's past, and other clauses
are told as earlier by their sentence or paragraph (:meth:`Narrative.earlier`, from
:mod:`graphkit.extract.earlier`), or by the sentence right before them when it told of a
time long before the article's ("In 1999, the army staged a coup. Police arrested the prime
minister."). A sentence that goes on with the story of a sentence set in one month or year
("In 1999, the army staged a coup. It then arrested the prime minister.": "then", "later", a
pronoun for subject) takes that month or year, one sentence on.

A report written the day after its news names that day in its lead, the first sentence (of
its first two) that places a time ("The Taliban attacked a hotel in Kabul last night."), and
goes on telling that day's events in sentences that name none, beyond any run: a clause in the
simple past that no run dates takes the lead's day (:meth:`Narrative.news_day`) rather than the article's.

Example:
    >>> from datetime import date
    >>> from graphkit.extract.aspect import aspect
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Rebels attacked a post on Monday. Police arrested two men.")
    >>> story, arrested = Narrative(doc, date(2014, 1, 2)), doc[8]
    >>> story.carried(arrested, aspect(arrested, date(2014, 1, 2)))
    When(date=datetime.date(2013, 12, 30), precision='day')
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from graphkit.dates import MONTHS, WEEKDAYS, BadDate, When, resolve
from graphkit.extract._text import doc_text
from graphkit.extract.aspect import Aspect, aspect, governors, is_future, tense
from graphkit.extract.dates import attachment, date_spans
from graphkit.extract.earlier import Recalled, old_time, quoted
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span, Token

__all__ = ["Narrative"]

#: Precisions a run of sentences can share: a day's or a week's events.
_RUN_PRECISIONS = frozenset({"day", "week"})
#: Marks of a clause about another time than its main clause's ("after they met on Monday").
_OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})
#: How many days before the article the day its lead names may be: a report of the day before
#: ("yesterday", "on Sunday", "last night") or of the days of the week before.
LEAD_DAYS = 7
#: How many sentences at the head of an article its lead may take to name its news day ("McNeil
#: is now the head of an even bigger family. He was voted leader on Saturday.").
LEAD_SENTENCES = 2


class Narrative:
    """The dated runs of an article's sentences: which day each sentence's narrative tells.

    Args:
        doc: the article, processed by the pipeline.
        anchor: the article's date, to place relative dates ("on Sunday", "yesterday").
        reach: how many sentences without a date of their own a run goes on through.
    """

    def __init__(self, doc: Doc, anchor: date | None, *, reach: int = 2) -> None:
        self._anchor = anchor
        self._timed: dict[int, list[tuple[int, When | None, bool]]] = {}
        self._carried: dict[int, When] = {}
        self._said: dict[int, When] = {}
        self._recalled: Recalled | None = None
        self._doc = doc
        self._old: dict[int, str] = {}
        self._lead: When | None = None
        self._lead_said: When | None = None  # the day of the speech the lead reports
        self._sequel: dict[int, When] = {}
        story: When | None = None  # the one month or year the sentence before told of
        run: When | None = None
        spoken = False  # the run's day is the day of a speech
        hops = 0
        old: str | None = None  # the old time the sentences before told of
        old_hops = 0  # sentences the old time has held through
        before: Span | None = None
        lead = True  # still in the lead: its first sentences, up to the first placing a time
        done: str | None = None  # the act the first sentence told in the perfect
        for n, sent in enumerate(doc.sents):
            timed = _timed(sent, anchor)
            lead = lead and n < LEAD_SENTENCES and (before is None or not _break(before, sent))
            if lead and any(when is not None for _, when, _ in timed):
                if done is None or _retells(sent, done):  # "... was adopted on December 10"
                    self._lead = _news_day(timed, anchor) or (_news_period(timed, anchor)
                                                              if _tells_done(sent, anchor) else None)
                    self._lead_said = _news_day(timed, anchor, spoken=True)
                lead = False
            elif lead and _done_news(sent):
                done = sent.root.lemma_.lower()  # "Iran has barred CNN.": the article's day's news
            self._timed[sent.start] = timed
            if before is not None and _aside(sent) and not _break(before, sent):
                continue  # "(In the past, he was part of a 2001 coup.)": the story goes on after it
            if before is None or _break(before, sent):
                run = old = story = None
            # a time long past, or one it cannot place ("The next day, police arrested two men.")
            told = old_time(sent.root, anchor) or _unplaced(sent, timed, anchor)
            goes_on = not told and not timed and _narrates(sent, anchor)
            if goes_on:
                if story is not None and _goes_on(sent):  # "In 1999, the army staged a coup. It then"
                    self._sequel[sent.start] = story
                elif old is not None:  # "In 1999, the army staged a coup. Police arrested ..."
                    self._old[sent.start] = old
            # the old time holds through up to ``reach`` sentences going on in the simple past
            # ("In 1999, the army staged a coup. Then it arrested the prime minister. It
            # dissolved the parliament.")
            old_hops = old_hops + 1 if goes_on and old is not None and not told else 0
            old = told or (old if goes_on and old_hops < reach else None)
            story = _long(timed)
            if timed:
                run, hops = _one([when for _, when, _ in timed]), 0
                spoken = all(said for _, _, said in timed)
            elif quoted(sent.root):
                if run is not None and spoken:
                    self._said[sent.start] = run  # the speaker goes on
            elif run is not None and not spoken and hops < reach and _narrates(sent, anchor):
                self._carried[sent.start] = run
                hops += 1
            else:
                run = None
            before = sent

    def carried(self, trigger: Token, told: Aspect) -> When | None:
        """The date the narrative gives the clause of ``trigger``, or None.

        Args:
            trigger: the word expressing the relation, in a clause that names no date.
            told: the clause's :func:`~graphkit.extract.aspect.aspect`; only a clause in the
                simple past that reports no background continues a narrative.

        Returns:
            The one day or week the earlier clauses of its sentence name (when the sentence
            names no other time), else the date of the run the sentence continues, else the
            month or year of the story it goes on with; for a quoted clause in the present,
            the day its speaker spoke (named in its sentence or the one that opened the
            quotation, else the day of the speech the lead reports), else None.
        """
        timed = self._timed.get(trigger.sent.start, [])
        if quoted(trigger):
            if told.tense != "present" or told.time != "current":
                return None
            if timed:
                return _one([when for _, when, _ in timed]) if all(s for _, _, s in timed) else None
            return self._said.get(trigger.sent.start) or self._lead_said
        if told.tense != "past" or told.time != "current":
            return None
        if timed:
            one = _one([when for _, when, _ in timed])
            return one if any(end <= trigger.i for end, _, _ in timed) else None
        return self._carried.get(trigger.sent.start) or self._sequel.get(trigger.sent.start)

    def news_day(self, trigger: Token, told: Aspect) -> When | None:
        """The day the article's lead names for its news, for a clause in the simple past that
        names no time, continues no narrative and is not quoted; else None.

        A report written the day after ("The Taliban attacked a hotel in Kabul last night.")
        goes on telling that day's events in sentences of their own: "The attackers used
        grenades" happened the night before the article, not on its day. The lead is the
        first sentence placing a time (not one of another clause: "after clashes on Saturday")
        among the first :data:`LEAD_SENTENCES` of the article's first paragraph (after a first
        telling an act in the perfect, "Iran has barred CNN.", the article's day's news, a
        second names its day only by dating that act again); it names the news day when it
        dates what it tells (not only a speech: "said on Sunday" dates only what is said) by
        one day within :data:`LEAD_DAYS` before the article's; a lead naming the week or month
        holding the article's day for what it tells (a round-up: "In May 2008, the candidates
        campaigned ...") gives that week or month.
        """
        if self._lead is None or told.tense != "past" or told.time != "current" or quoted(trigger):
            return None
        return None if self._timed.get(trigger.sent.start) else self._lead

    def earlier(self, trigger: Token, told: Aspect) -> str | None:
        """What tells the clause of ``trigger`` (its :func:`aspect` ``told`` "current") as
        earlier than the article's news, or None: "quoted" for a quotation in the past tense
        (the speaker's past), the old time its sentence names or, for a clause in the simple
        past, the sentence right before it named ("In 1999, the army staged a coup. Police
        arrested the prime minister."), or the
        lemma of an act its paragraph told before as background."""
        if told.time != "current":
            return None
        if quoted(trigger):
            return "quoted" if told.tense == "past" else None
        found = old_time(trigger, self._anchor) or (self._old.get(trigger.sent.start) if told.tense == "past" else None)
        if found:
            return found
        if self._recalled is None:
            self._recalled = Recalled(self._doc)
        return self._recalled.recalled(trigger)


def _timed(sent: Span, anchor: date | None) -> list[tuple[int, When | None, bool]]:
    """The times a sentence sets what it tells at, outside quotations: ``(end, when, spoken)``
    for each time expression modifying a verb or an event, ``when`` None when it cannot be
    placed or speaks of another time (a future one, an adjunct's: "after Monday's attack"),
    ``spoken`` True when it dates a speech verb ("said on Sunday", "said in an interview on
    Sunday"). A month or year modifying
    a noun names it ("the 2008 candidate"), a duration ("a six-hour meeting") measures it:
    neither dates a narrative."""
    found: list[tuple[int, When | None, bool]] = []
    previous: When | None = None
    speech = lexicon().speech_verbs
    for span in date_spans(sent):
        point = attachment(span)
        if point is None or quoted(span[0]):
            continue
        verb = point.pos_ in ("VERB", "AUX")
        chain, tense = governors(point)
        future = tense in ("future", "modal") or tense == "present" and is_future(chain[-1])
        try:
            when = resolve(span.text, anchor, future=future, previous=previous)
        except BadDate:
            when = None
        previous = when or previous
        if not verb and (when is None or when.precision in ("month", "year") or tense != "past"):
            # a noun's date names the time of a sentence telling it in the past ("Monday's attack
            # killed five"), not of one judging it now ("Last week's arrests undermine the law")
            continue
        if when is not None and (anchor is not None and when.date > anchor or _elsewhen(chain, tense)
                                 or verb and aspect(point, anchor).time == "future"):
            when = None  # "is expected to travel this week": no time of what happened
        found.append((span.end, when, _speaks(chain[-1], speech)))
    return found


def _done_news(sent: Span) -> bool:
    """True for a lead sentence whose main clause tells an act in the perfect ("Iran has barred
    CNN from the country"): the news as of the article's day."""
    root = sent.root
    return tense(root) == "perfect" and root.lemma_.lower() not in ("be", "have")


def _retells(sent: Span, act: str) -> bool:
    """True when a time of ``sent`` dates the act ``act`` (a lemma) again ("The UN has adopted a
    protocol. It was formally adopted on December 10."): the day of the lead's news, not of a
    detail ("In his speech Saturday, the president defended ...")."""
    for span in date_spans(sent):
        point = attachment(span)
        if point is not None and point.lemma_.lower() == act:
            return True
    return False


def _news_day(timed: list[tuple[int, When | None, bool]], anchor: date | None, *,
              spoken: bool = False) -> When | None:
    """The day a lead sentence's times (:func:`_timed`) name for the news it tells, or None:
    one day within :data:`LEAD_DAYS` before the article's, not a speech's (or, ``spoken``,
    only a speech's: "On Thursday, Syria said that it supports Iran"). A time of another
    clause ("the dispute that had taken place over the past week") and a period holding the
    day ("met yesterday at the summit, held this year") leave the day the lead's."""
    placed = [(when, said) for _, when, said in timed if when is not None]
    days = {when for when, _ in placed if when.precision == "day"}
    day = days.pop() if len(days) == 1 else None
    if day is None or anchor is None or not all(when.contains(day.date) for when, _ in placed) \
            or all(said for _, said in placed) != spoken:
        return None
    return day if anchor - timedelta(days=LEAD_DAYS) <= day.date < anchor else None


def _news_period(timed: list[tuple[int, When | None, bool]], anchor: date | None) -> When | None:
    """The one week or month holding the article's day that a lead sentence's times
    (:func:`_timed`) name for what it tells, not a speech's ("In May 2008, the candidates
    campaigned ...", read on May 30): a round-up of that period, whose acts told in the simple
    past happened in it, not all on the article's day; else None."""
    placed = [(when, said) for _, when, said in timed if when is not None]
    if not placed or anchor is None or all(said for _, said in placed):
        return None
    first = placed[0][0]
    if first.precision not in ("week", "month") or any(when != first for when, _ in placed):
        return None
    return first if first.contains(anchor) else None


def _tells_done(sent: Span, anchor: date | None) -> bool:
    """True for a sentence whose main clause tells what was done (the simple past or the
    perfect) at times none of which is still to come ("has been planned to take place from 15-17
    July", "is expected to travel this week")."""
    if tense(sent.root) not in ("past", "perfect"):
        return False
    points = [attachment(span) for span in date_spans(sent)]
    return all(point is None or aspect(point, anchor).time == "current" for point in points)


def _long(timed: list[tuple[int, When | None, bool]]) -> When | None:
    """The one month or year a sentence's times (:func:`_timed`) set what it tells in, or
    None: a story the next sentence may go on with ("In September, bin Laden issued a tape.
    He also asked militants to seek revenge")."""
    whens = [when for _, when, said in timed if not said]
    first = whens[0] if whens and len(whens) == len(timed) else None
    if first is None or first.precision not in ("month", "year"):
        return None
    return first if all(when == first for when in whens) else None


def _speaks(verb: Token, speech: Mapping[str, str]) -> bool:
    """True for a speech verb that reports words ("said on Sunday", "told reporters that"),
    not one that does an act by its object ("declared a state of emergency Saturday")."""
    if verb.lemma_.lower() not in speech:
        return False
    children = [c.dep_ for c in verb.children]
    return "dobj" not in children or any(d in ("ccomp", "parataxis") for d in children)


def _elsewhen(chain: list[Token], tense: str | None) -> bool:
    """True when the clause of a time expression (its :func:`governors` ``chain`` and
    ``tense``) is about another time than its sentence's main one: an adjunct noun ("after
    Monday's attack"), a clause under "after", "before", "since", a clause describing a noun
    ("the Budget released on Tuesday", "Khadr, who turned 21 on Wednesday")."""
    if tense is None:
        return True
    return any(t.dep_ in ("relcl", "acl") or t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in t.children) for t in chain)


def _unplaced(sent: Span, timed: list[tuple[int, When | None, bool]], anchor: date | None) -> str | None:
    """The time the main clause of ``sent`` (in the simple past, outside quotations) names that
    cannot be placed, one of another time than the article's by a "vague" word of
    ``time_markers.tsv`` ("the next day", "a few days ago") naming no day or month, when the
    sentence places no time (``timed``, from :func:`_timed`), else None: the sentences going
    on from it in the simple past are of that time, not the lead's day nor the article's.
    Without the article's date no relative time is placed: none counts."""
    if anchor is None or tense(sent.root) != "past" or any(when is not None for _, when, _ in timed):
        return None  # "have organised over the past three decades": a stretch, no story told
    vague = lexicon().time_markers.get("vague", frozenset())
    named = set(WEEKDAYS) | set(MONTHS)
    for span in date_spans(sent):
        point = attachment(span)
        words = {t.lower_ for t in span}
        if point is None or point.i != sent.root.i or quoted(span[0]) or not words & vague \
                or words & named:  # "on Tuesday following days of speculation": a day named
            continue
        try:
            if resolve(span.text, anchor) is None:
                return span.text
        except BadDate:
            continue
    return None


def _one(whens: list[When | None]) -> When | None:
    """The one day or week all ``whens`` name, or None."""
    first = whens[0] if whens else None
    if first is None or first.precision not in _RUN_PRECISIONS:
        return None
    return first if all(when == first for when in whens) else None


def _narrates(sent: Span, anchor: date | None) -> bool:
    """True for a sentence that goes on telling what happened: its main clause is in the
    simple past, unquoted and not background ("Earlier, ...", "had long ..."), or a report in
    the present of such a clause ("The BBC reports that thousands gathered")."""
    root = sent.root
    if quoted(root):
        return False
    told = aspect(root, anchor)
    if told.tense == "present" and told.time == "current" and root.lemma_.lower() in lexicon().speech_verbs:
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)
        told = aspect(said, anchor) if said is not None else told
    return told.tense == "past" and told.time == "current"


def _goes_on(sent: Span) -> bool:
    """True for a sentence that tells what came next in the story before it: its main clause
    says "then", "later", "subsequently", ... or has a pronoun for subject ("It arrested ...")."""
    root = sent.root
    sequel = lexicon().time_markers.get("sequel", ())
    return any(c.dep_ == "advmod" and c.lower_ in sequel or c.dep_ in ("nsubj", "nsubjpass")
               and c.tag_ == "PRP" and c.lower_ not in ("i", "we", "you") for c in root.children)


def _aside(sent: Span) -> bool:
    """True for a sentence set in brackets, an aside the narrative around it goes on past."""
    text = sent.text.strip()
    return text.startswith("(") and text.rstrip(".").endswith(")")


def _break(before: Span, sent: Span) -> bool:
    """True when a paragraph break or a heading ("===Reaction===", "# Reaction") separates
    ``sent`` from the sentence ``before`` it."""
    doc = sent.doc
    between = doc_text(doc)[before.start_char: sent.start_char][len(before.text.rstrip()):]
    if between.count("\n") > 1:  # only white space: a blank line
        return True
    text = sent.text.lstrip()
    return text[:1] in ("=", "#") or "==" in sent.text
