"""A clause without a date takes the day of the narrative it continues, and only then."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.extract.aspect import aspect
from graphkit.extract.narrative import Narrative
from tests.conftest import date_of

MONDAY = ("2013-12-30", "day", "context")
ARTICLE = ("2014-01-02", "article", "article")

#: text, trigger word, expected (event_date, date_precision, date_source); the article is
#: dated Thursday 2 January 2014.
CASES = [
    # carried: the sentence before named the day, or an earlier clause of the sentence
    ("Rebels attacked an army post on Monday. Police arrested two men.", "arrested", MONDAY),
    ("Rebels attacked an army post on Monday, and police arrested two men.", "arrested", MONDAY),
    ("Georgia said a Russian jet shot down a spy plane on Monday. A colonel told reporters that "
     "the plane had filmed the jet. Abkhaz rebels downed the plane, Russia said.", "downed", MONDAY),
    ('Beazley questioned Costello in parliament on Monday. "Will you name the sites?" Beazley '
     "asked. Costello replied by attacking Labor.", "attacking", MONDAY),
    ("Last week, the opposition rejected the budget. Protesters blocked the roads to parliament.",
     "blocked", ("2013-12-23", "week", "context")),
    ("Yesterday the rebels seized the town. The army shelled their positions.", "shelled",
     ("2014-01-01", "day", "context")),
    # a sentence in brackets is an aside the narrative goes on past
    ("Protests have shaken the capital for a week. Many families are stocking up on food.\n\n"
     "On Monday, the president declared a state of emergency. (In the past, the president was "
     "part of a 2001 coup which overthrew his predecessor.) The president sent troops to shut "
     "down the radio station.", "sent", MONDAY),
    # a report in the present of a clause in the past goes on with the narrative; a speech
    # verb doing an act by its object ("declared a state of emergency") is no speech
    ("Rebels attacked an army post on Monday. The BBC reports that police arrested two men.",
     "arrested", MONDAY),
    ("Rebels attacked an army post on Monday. The BBC reports that police are holding two men.",
     "holding", ARTICLE),
    ("The president declared a state of emergency on Monday. Police arrested two men.", "arrested",
     MONDAY),
    ("The president said on Monday that the army was ready. Police arrested two men.", "arrested",
     ARTICLE),
    # not carried: the run is too long, broken by a paragraph, a heading, another date or
    # another tense, or the clause is quoted, before it, or an adjunct
    # (after a lead of two sentences that name no day: see LEAD for the day a lead names)
    ("The town is calm. Shops are open. Rebels attacked a post on Monday. Police arrested two men. They "
     "questioned the men. The army sealed the border.", "sealed", ARTICLE),
    ("The town is calm. Shops are open. Rebels attacked an army post on Monday.\n\nPolice arrested two men.",
     "arrested", ARTICLE),
    ("The town is calm. Shops are open. Rebels attacked an army post on Monday. ===Reaction=== Police arrested "
     "two men.", "arrested", ARTICLE),
    # a run in a month or year dates nothing, but the next sentence going on with its story
    # ("then", "later", a pronoun for subject) is of that time and takes it; another one in the
    # simple past right after a time long past is told as of that past too, with no date
    ("The town is calm. Shops are open. Rebels attacked an army post on Monday. In March the army launched an "
     "offensive. Police arrested two men.", "arrested", (None, None, "background")),
    ("Rebels attacked an army post on Monday. In March the army launched an offensive. Police "
     "later arrested two men.", "arrested", ("2013-03-01", "month", "context")),
    ("The town is calm. Shops are open. Rebels attacked an army post on Monday. In March the army launched an "
     "offensive.\n\nPolice later arrested two men.", "arrested", ARTICLE),
    ("In 1999, the army staged a coup. It arrested the prime minister.", "arrested",
     ("1999-01-01", "year", "context")),
    ("In September, bin Laden issued a tape. He also asked militants to attack the army.", "asked",
     ("2013-09-01", "month", "context")),
    ("In December, bin Laden issued a tape. Police arrested two men.", "arrested", ARTICLE),
    ("In 1999, the army staged a coup. Then it arrested the prime minister. It dissolved the "
     "parliament.", "dissolved", (None, None, "background")),
    # the old time holds through two sentences going on in the simple past, not a third, nor
    # past one in another tense or one with a time of its own
    ("In 2005, rebels attacked a post. Police arrested two men. A court tried the men. The "
     "judge sentenced them.", "tried", (None, None, "background")),
    ("In 2005, rebels attacked a post. Police arrested two men. A court tried the men. The "
     "judge sentenced them.", "sentenced", ARTICLE),
    ("In 2005, rebels attacked a post. Police are holding two men. The army sealed the border.",
     "sealed", ARTICLE),
    ("In 2005, rebels attacked a post. Police arrested two men on Monday. The army sealed the "
     "border.", "sealed", ("2013-12-30", "day", "context")),
    ("The town is calm. Shops are open. Rebels attacked an army post on Monday. The army is hunting them. Police "
     "arrested two men.", "arrested", ARTICLE),
    ("Rebels attacked an army post on Monday. Police had arrested two of them in May.", "arrested",
     ("2013-05-01", "month", "clause")),
    ("Rebels attacked an army post on Monday. Police had arrested two of them.", "arrested",
     (None, None, "background")),
    ('Rebels attacked an army post on Monday. "We arrested two men," the police chief said.',
     "arrested", (None, None, "background")),
    ('"We attacked them on Monday," the spokesman said, and he denounced the army.', "denounced",
     ARTICLE),
    ("Police arrested two men, the army said on Monday.", "arrested", ARTICLE),
    ("In 2005, rebels attacked a post. Police arrested two men.", "arrested", (None, None, "background")),
    ("In 2005, rebels attacked a post. Police are holding two men.", "holding", ARTICLE),
    ("In 2005, rebels attacked a post. They later seized the town.", "seized",
     ("2005-01-01", "year", "context")),
    ("Protests broke out after the attack on the embassy.", "attack", (None, None, "background")),
    ("Last week's arrests undermine the rule of law, the jurists said, and called on the "
     "government to stop.", "called", ARTICLE),
    ("Rebels attacked an army post on Monday. Police are questioning two men.", "questioning", ARTICLE),
    ("Rebels attacked an army post on Monday. Police will question two men.", "question",
     (None, None, "future")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_a_clause_takes_the_day_of_the_narrative_it_continues(nlp, text, trigger, expected):
    assert date_of(nlp, text, trigger, "2014-01-02") == expected


#: text, trigger word, expected (event_date, date_precision, date_source) in an article dated
#: Thursday 2 January 2014: a lead that names the day before the article's for its news dates
#: what the article goes on telling in the simple past without a time of its own.
LEAD = [
    ("The army stormed the rebel camp last night. Soldiers fired rockets at the huts. The rebels "
     "are hiding in the hills.\n\n===Reaction===\nThe opposition condemned the raid.", "condemned",
     ("2014-01-01", "day", "lead")),
    ("Rebels attacked a post on Monday. Police arrested two men. They questioned the men. "
     "The army sealed the border.", "sealed", MONDAY[:2] + ("lead",)),
    ("The two candidates faced each other yesterday in a televised debate. The debate was seen "
     "as a draw. Voters liked the first half.\n\nSmith attacked Jones over taxes.", "attacked",
     ("2014-01-01", "day", "lead")),
    ("With the leaders facing off in a debate on Tuesday night, analysts declared Smith the "
     "winner. Many viewers switched off. The station showed a film afterwards.\n\nJones "
     "accused Smith of lying.", "accused", ("2013-12-31", "day", "lead")),
    ("Smith is now the head of an even bigger family. He was elected party leader on Saturday."
     "\n\nJones backed Smith in the second ballot.", "backed", ("2013-12-28", "day", "lead")),
    ("Smith is now the head of an even bigger family. His party is happy. He was elected party "
     "leader on Saturday.\n\nJones backed Smith in the second ballot.", "backed", ARTICLE),
    ("Smith is now the head of an even bigger family.\n\nHe was elected party leader on "
     "Saturday.\n\nJones backed Smith in the second ballot.", "backed", ARTICLE),
    ("Police are refusing to allow more protests after clashes on Saturday. Police blocked the "
     "plaza on Sunday.\n\nProtesters gathered in nearby streets.", "gathered",
     ("2013-12-29", "day", "lead")),
    ("Parliament heard the reply to the budget released on Tuesday. The opposition leader "
     "spoke on Wednesday.\n\nHe criticised the government.", "criticised",
     ("2014-01-01", "day", "lead")),
    ("Parliament heard the reply to the budget released on Tuesday.\n\nThe opposition "
     "leader criticised the government.", "criticised", ARTICLE),
    # a first sentence telling an act in the perfect is the lead, the article's day's news: a
    # day the second names is a detail's
    ("Iran has barred the BBC from the country. In his speech on Tuesday, the president "
     "defended the nuclear programme.\n\nAn official welcomed the apology.", "welcomed", ARTICLE),
    ("Iran is now isolated. In his speech on Tuesday, the president defended the nuclear "
     "programme.\n\nAn official welcomed the apology.", "welcomed", ("2013-12-31", "day", "lead")),
    ("The UN has adopted a protocol on rights. It was formally adopted on Tuesday.\n\nAn "
     "official welcomed the protocol.", "welcomed", ("2013-12-31", "day", "lead")),
    # the lead's day stands beside a time of another clause or a period holding the day
    ("Rebels met yesterday at the summit, held this year in Paris. The first meeting was short. "
     "Smith congratulated Jones.", "congratulated", ("2014-01-01", "day", "lead")),
    ("An exchange of handshakes at a summit Tuesday marked the end of the dispute that had taken "
     "place over the past week. The presidents agreed to end the conflict.", "agreed",
     ("2013-12-31", "day", "lead")),
    # a lead telling a speech of one day before the article's dates what the speaker says in
    # the present in the quotations after it, not the article's next events
    ('On Monday, Syria said that it backs Iran. The treaty dates from 1968. "We support Iran," '
     "Assad said at a news conference.", "support", MONDAY[:2] + ("context",)),
    ('On Monday, Syria said that it backs Iran. The treaty dates from 1968. "We supported Iran," '
     "Assad said at a news conference.", "supported", (None, None, "background")),
    ("On Monday, Syria said that it backs Iran. Iran is pleased. Iran thanked Syria.",
     "thanked", ARTICLE),
    # not the lead's day: a clause in another tense, quoted, with a time of its own, told as
    # background; a lead naming only a speech's day, the article's day, a day long before
    # the article, a month or a day to come
    ("Rebels attacked a post on Monday. The army is hunting them.\n\nPolice are questioning "
     "two men.", "questioning", ARTICLE),
    ('Rebels attacked a post on Monday.\n\n"We arrested two men," the police chief said.',
     "arrested", (None, None, "background")),
    ("Rebels attacked a post on Monday.\n\nPolice arrested two men on Tuesday.", "arrested",
     ("2013-12-31", "day", "clause")),
    ("Rebels attacked a post on Monday.\n\nEarlier, police arrested two men.", "arrested",
     (None, None, "background")),
    ("The army said on Monday that the border was closed.\n\nPolice arrested two men.",
     "arrested", ARTICLE),
    ("Rebels attacked a post today.\n\nPolice arrested two men.", "arrested", ARTICLE),
    ("Rebels attacked a post on 20 December.\n\nPolice arrested two men.", "arrested", ARTICLE),
    ("Rebels attacked a post in December.\n\nPolice arrested two men.", "arrested", ARTICLE),
    ("Rebels will attack a post on Saturday.\n\nPolice arrested two men.", "arrested", ARTICLE),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LEAD)
def test_a_lead_naming_the_day_before_dates_what_the_article_goes_on_telling(nlp, text, trigger,
                                                                            expected):
    assert date_of(nlp, text, trigger, "2014-01-02") == expected


def test_a_clause_date_beats_the_narrative_and_a_run_ends_at_its_reach(nlp):
    text = "Rebels attacked a post on Monday. Police arrested two men. They questioned the men."
    doc = nlp(text)
    thursday = date(2014, 1, 2)
    questioned = next(t for t in doc if t.text == "questioned")
    assert Narrative(doc, thursday).carried(questioned, aspect(questioned, thursday)).iso == "2013-12-30"
    assert Narrative(doc, thursday, reach=1).carried(questioned, aspect(questioned, thursday)) is None
    assert date_of(nlp, "Rebels attacked a post on Monday. Police arrested two men on Tuesday.",
                   "arrested", "2014-01-02") == ("2013-12-31", "day", "clause")


def test_without_an_article_date_only_dates_with_a_year_carry(nlp):
    assert date_of(nlp, "Rebels attacked a post on Monday. Police arrested two men.", "arrested",
                   None) == (None, None, None)
    assert date_of(nlp, "Rebels attacked a post on 6 April 2005. Police arrested two men.",
                   "arrested", None) == ("2005-04-06", "day", "context")


def test_a_restated_fact_keeps_its_best_date():
    from graphkit.extract.dates import restated
    from graphkit.model import Mention, Relation

    def fact(when, precision, source):
        rel = Relation(doc="t", subject=Mention("X", "X", "Group", 0, 1), relation="attack", cls="ASSAULT")
        rel.event_date, rel.date_precision, rel.date_source = when, precision, source
        return rel

    kept = fact("2014-01-02", "article", "article")
    restated(kept, fact("2013-12-30", "day", "context"))
    assert (kept.event_date, kept.date_source) == ("2013-12-30", "context")
    restated(kept, fact("2014-01-02", "article", "article"))
    assert (kept.event_date, kept.date_source) == ("2013-12-30", "context")
    restated(kept, fact("2013-12-31", "day", "clause"))
    assert (kept.event_date, kept.date_source) == ("2013-12-31", "clause")
    background = fact(None, None, "background")
    restated(background, fact("2014-01-02", "article", "article"))
    assert (background.event_date, background.date_source) == (None, "background")
    restated(background, fact("2008-03-01", "month", "clause"))
    assert (background.event_date, background.date_precision) == ("2008-03-01", "month")
