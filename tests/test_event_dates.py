"""Event dates: each relation dated by its own clause, placed against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.extract.dates import clause_date, date_spans, is_future

#: sentence, trigger word (its first occurrence), article date, event date, precision.
#: None for the event date: the clause names no date (the article's date is used instead).
CASES = [
    # weekdays, past and future, across month and year ends
    ("Rebels attacked the army post on Monday.", "attacked", "2014-01-02", "2013-12-30", "day"),
    ("Rebels will attack the army post on Monday.", "attack", "2014-01-02", "2014-01-06", "day"),
    ("On Friday, the government announced sanctions against Iran.", "announced", "2014-01-02",
     "2013-12-27", "day"),
    ("Ministers meet on Friday to discuss the budget.", "meet", "2014-01-02", "2014-01-03", "day"),
    ("Bush announced Thursday that the US will remove North Korea from the list.", "announced",
     "2008-06-27", "2008-06-26", "day"),
    ("Police arrested two men yesterday.", "arrested", "2014-03-01", "2014-02-28", "day"),
    ("The ministers met last night in Brussels.", "met", "2008-03-01", "2008-02-29", "day"),
    # "last Friday" written on a Friday, and a second date in the same sentence
    ("The army said on Tuesday that militants had attacked a checkpoint last Friday.", "said",
     "2014-01-03", "2013-12-31", "day"),
    ("The army said on Tuesday that militants had attacked a checkpoint last Friday.", "attacked",
     "2014-01-03", "2013-12-27", "day"),
    ("Israel struck Gaza on 14 November 2012, and Hamas retaliated two days later.", "struck",
     "2012-11-20", "2012-11-14", "day"),
    ("Israel struck Gaza on 14 November 2012, and Hamas retaliated two days later.", "retaliated",
     "2012-11-20", "2012-11-16", "day"),
    ("Russia threatened on Monday to cut gas supplies to Ukraine next week.", "threatened",
     "2014-01-02", "2013-12-30", "day"),
    ("Russia threatened on Monday to cut gas supplies to Ukraine next week.", "cut",
     "2014-01-02", "2014-01-06", "week"),
    # a date inside a quotation dates the quoted event, not the saying
    ('"We attacked them on Monday," the spokesman said.', "said", "2014-01-02", None, None),
    ('"We attacked them on Monday," the spokesman said.', "attacked", "2014-01-02", "2013-12-30", "day"),
    ('The spokesman said on Wednesday: "We will attack them on Friday."', "said", "2014-01-02",
     "2014-01-01", "day"),
    ('The spokesman said on Wednesday: "We will attack them on Friday."', "attack", "2014-01-02",
     "2014-01-03", "day"),
    # periods, and dates without a year
    ("Last week, the opposition rejected the proposal.", "rejected", "2014-01-02", "2013-12-23", "week"),
    ("Two days ago, Hamas fired rockets at Israel.", "fired", "2014-01-01", "2013-12-30", "day"),
    ("The party won the election in March 2005.", "won", "2014-01-02", "2005-03-01", "month"),
    ("Earlier this year, Russia threatened Georgia.", "threatened", "2008-09-02", "2008-01-01", "year"),
    ("The president will visit China next month.", "visit", "2014-12-02", "2015-01-01", "month"),
    ("Mandela will turn 90 on July 18.", "turn", "2008-06-27", "2008-07-18", "day"),
    ("Kouchner met Lavrov on Nov. 14.", "met", "2008-11-20", "2008-11-14", "day"),
    ("In August, Russian troops joined the war.", "joined", "2008-09-02", "2008-08-01", "month"),
    # an event noun takes the date of its own clause or its own modifier
    ("Israel launched an attack on Gaza on Monday.", "attack", "2014-01-02", "2013-12-30", "day"),
    ("Monday's attack killed five soldiers.", "attack", "2014-01-02", "2013-12-30", "day"),
    # a noun's own date is a past one even in a clause about the future
    ("The IRA will issue a statement this week, following a plea by Adams in April.", "plea",
     "2005-07-27", "2005-04-01", "month"),
    ("The IRA will issue a statement following a plea by Adams in April.", "issue",
     "2005-07-27", None, None),
    # a verb sharing the subject of the first conjunct shares its date
    ("The MQM held a meeting in Karachi November 3 and decided to protest.", "decided",
     "2013-11-05", "2013-11-03", "day"),
    # a verb without a time of its own takes that of a verb it shares its subject with, or of
    # a noun the parser joined to it; never when it names one, nor from a clause to come
    ("During a rally in Qalqilyah, a man was shot and killed Sunday by Israeli forces.", "rally",
     "2009-01-05", "2009-01-04", "day"),
    ("Polonium has been found in Hamburg. Litvinenko and Kovtun met together at a London, England "
     "pub on November 1, 2006.", "met",
     "2006-12-09", "2006-11-01", "day"),
    ("Rebels attacked the post in 2005 and seized the town yesterday.", "attacked", "2014-01-02",
     "2005-01-01", "year"),
    ("Rebels attacked the post and will seize the town on Monday.", "attacked", "2014-01-02",
     None, None),
    # a happening "amid" which the clause happens, and the means "by" which it acts, are of its
    # time; one "after" it is not
    ("Thousands fled their homes on Saturday amid heavy fighting in the north.", "fighting",
     "2007-10-21", "2007-10-20", "day"),
    ("Thousands fled their homes on Saturday after heavy fighting in the north.", "fighting",
     "2007-10-21", None, None),
    ("On Sunday, the soldiers retaliated by opening fire on the crowd.", "opening", "2007-03-07",
     "2007-03-04", "day"),
    ("The rebels responded on Monday by attacking a police post.", "attacking", "2014-01-02",
     "2013-12-30", "day"),
    ("On Sunday, the soldiers were punished for opening fire on the crowd.", "opening",
     "2007-03-07", None, None),
    # a time word before the mark of a clause dates the main clause, not the subordinate one
    ("Police fired tear gas at protesters in Vilnius, Lithuania last night after the mayor "
     "removed a statue.", "fired", "2007-04-27", "2007-04-26", "day"),
    ("Police fired tear gas at protesters in Vilnius, Lithuania last night after the mayor "
     "removed a statue.", "removed", "2007-04-27", None, None),
    # a clause with no time of its own takes the time of the clause it happens in
    ("Insurgents used a car bomb on Tuesday to kill 32 people.", "kill", "2007-05-17", "2007-05-15", "day"),
    ("U.S. forces fired on a civilian vehicle on Monday, killing a child.", "killing", "2005-11-26",
     "2005-11-21", "day"),
    ("Talks broke down last November when the USA imposed sanctions.", "imposed", "2006-11-27",
     "2005-11-01", "month"),
    ("The war began in July last year when Hezbollah killed five soldiers.", "killed", "2007-12-25",
     "2006-07-01", "month"),
    # a "when" clause right after a time is told at that time, wherever the parser hung it
    ("The toll was reached days after the anniversary of the war's start on March 19, 2003 when "
     "the United States invaded Iraq.", "invaded", "2008-03-24", "2003-03-19", "day"),
    ("In 1999, when the army staged a coup, the prime minister fled.", "staged", "2008-03-24",
     "1999-01-01", "year"),
    ("The talks ended on Monday after the rebels attacked when the army arrived.", "attacked",
     "2008-03-26", None, None),
    ("Some 600 people protested, in contrast to the 2005 gathering when police fired on them.",
     "fired", "2006-03-21", "2005-01-01", "year"),
    ("Just yesterday, police detained the opposition leader.", "detained", "2008-06-05",
     "2008-06-04", "day"),
    # a bare time right after the happening of an adjunct is the happening's
    ("Alkatiri called for his resignation following the allegation last week by Reinado.",
     "called", "2008-01-15", None, None),
    ("Alkatiri called for his resignation following the allegation last week by Reinado.",
     "allegation", "2008-01-15", "2008-01-07", "week"),
    ("The minister resigned after the attack yesterday.", "resigned", "2008-01-15", None, None),
    ("The minister resigned yesterday after the attack.", "resigned", "2008-01-15", "2008-01-14", "day"),
    ("Police arrested the leaders of the protest yesterday.", "arrested", "2008-01-15", "2008-01-14",
     "day"),
    # a weekday in the pluperfect is one before the past it looks back from
    ("FBI agents had arrested Green on Friday and he is held without bond.", "arrested",
     "2006-07-07", "2006-06-30", "day"),
    ("FBI agents arrested Green on Friday.", "arrested", "2006-07-07", "2006-07-07", "day"),
    ("FBI agents had arrested Green on Tuesday.", "arrested", "2006-07-07", "2006-07-04", "day"),
    # a verb carrying out a happening takes the happening's own date; other verbs do not
    ("The general who led the 1999 coup resigned.", "led", "2008-03-06", "1999-01-01", "year"),
    ("The rebels launched the 2006 offensive.", "launched", "2008-03-06", "2006-01-01", "year"),
    ("The UN urged Israel on Monday to withdraw its troops.", "withdraw", "2014-01-02", None, None),
    ("Russia threatened on Monday to cut gas supplies.", "cut", "2014-01-02", None, None),
    # a comma inside the date, and a parse that lost the preposition's object
    ("On February 13, 2007 North Korea agreed with China that it would dismantle its program.",
     "agreed", "2007-09-02", "2007-02-13", "day"),
    ("Yemen denied on Sunday media reports that the man had been set free.", "denied", "2007-10-27",
     "2007-10-21", "day"),
    ("Yemen denied on Sunday media reports that a man convicted over the bombing of the U.S. Navy "
     "ship Cole in 2000 had been set free.", "denied", "2007-10-27", "2007-10-21", "day"),
    # what dates no event: a vague time, a bound, another noun's date, a relative clause's date
    ("The talks collapsed a few months ago.", "collapsed", "2014-01-02", None, None),
    ("The rebels have fought the army since 2001.", "fought", "2009-01-02", None, None),
    ("Obama criticised the 2003 invasion of Iraq.", "criticised", "2009-01-02", None, None),
    ("Khan, who was elected in 2008, threatened the MQM.", "threatened", "2013-04-12", None, None),
    ("In spite of Rudd's criticism of the group, it was given funding in January 2008.", "criticism",
     "2008-05-29", None, None),
    ("Protests broke out on Monday after the attack on the embassy.", "attack", "2014-01-02", None, None),
    # an event noun that is the subject of "is expected to", "is due to" takes the time given there
    ("Negotiations between Canada and the U.S. are expected to resume on Monday.", "Negotiations",
     "2005-08-10", "2005-08-15", "day"),
    ("Negotiations between Canada and the U.S. are expected to resume.", "Negotiations",
     "2005-08-10", None, None),
    # a date that is the "of" of a time of day dates the clause as that day
    ("On the night of June 3, students peacefully protested outside their dormitories.",
     "protested", "2005-06-04", "2005-06-03", "day"),
    ("Rebels attacked the town on the morning of 12 May.", "attacked", "2005-05-20",
     "2005-05-12", "day"),
]


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("sentence", "trigger", "article", "expected", "precision"), CASES)
def test_each_relation_takes_the_date_of_its_own_clause(nlp, sentence, trigger, article, expected,
                                                        precision):
    dating = clause_date(_token(nlp(sentence), trigger), date.fromisoformat(article))
    assert dating.problem is None
    found = (dating.when.iso, dating.when.precision) if dating.when else (None, None)
    assert found == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "trigger", "problem"),
    [
        ("The ceasefire was signed on February 30, 2008.", "signed",
         "February 30, 2008: day 30 is not in month 2"),
        ("The treaty was signed on 4 May 2031.", "signed", "2031-05-04 is far past the article date 2008-03-02"),
    ],
)
def test_a_bad_date_is_a_problem_not_a_date(nlp, sentence, trigger, problem):
    dating = clause_date(_token(nlp(sentence), trigger), date(2008, 3, 2))
    assert (dating.when, dating.problem) == (None, problem)


def test_without_an_article_date_only_dates_with_a_year_are_placed(nlp):
    doc = nlp("Rebels attacked the post on Monday and seized the town in March 2005.")
    assert clause_date(_token(doc, "attacked"), None).when is None
    assert clause_date(_token(doc, "seized"), None).when.iso == "2005-03-01"


def test_time_expressions_include_day_names_the_ner_missed(nlp):
    doc = nlp("Rebels attacked on Monday, police said yesterday.")
    assert [s.text for s in date_spans(doc[:])] == ["Monday", "yesterday"]
    doc = nlp("April 6, 2005 Canada pulled out of a trade conference with Iran.")
    assert [s.text for s in date_spans(doc[:])] == ["April 6, 2005"]
    assert clause_date(_token(doc, "pulled"), date(2005, 4, 5)).when.iso == "2005-04-06"


@pytest.mark.parametrize(
    ("sentence", "verb", "future"),
    [("They will meet.", "meet", True), ("They met.", "met", False), ("They plan to meet.", "meet", True),
     ("They had met.", "met", False), ("They meet on Friday.", "meet", True),
     ("They would meet.", "meet", True), ("They are meeting.", "meeting", True),
     ("Turkey is going to attack.", "attack", True)],
)
def test_future_clauses(nlp, sentence, verb, future):
    assert is_future(_token(nlp(sentence), verb)) is future


def test_extraction_dates_every_relation(nlp):
    from graphkit.extract import extract
    from graphkit.model import Article

    text = ("Interior Minister Kithure Kindiki said on Monday that the government will talk to the "
            "rebels. Kenyan police arrested opposition leader Raila Odinga last week.")
    result = extract(nlp(text), Article(id="k1", text=text, date="2014-01-02"))
    dated = {(r.cls, r.trigger): (r.date, r.event_date, r.date_precision) for r in result.relations}
    assert dated[("STATEMENT", "said")] == ("2014-01-02", "2013-12-30", "day")
    assert dated[("COERCE", "arrested")] == ("2014-01-02", "2013-12-23", "week")
    # a post is held, not done: it takes the article's date
    assert all(v[1:] == ("2014-01-02", "article") for k, v in dated.items() if k[0] in ("ROLE", "MEMBER_OF"))
    assert result.date_notes == []
    undated = extract(nlp(text), Article(id="k2", text=text))
    assert {(r.event_date, r.date_precision) for r in undated.relations} == {(None, None)}


def test_of_two_trigger_words_the_one_between_subject_and_object_is_dated(nlp):
    from graphkit.extract import extract
    from graphkit.model import Article

    text = ("Officials say a militant leader was killed in the Israeli airstrike in Gaza which "
            "killed nine Palestinians, including two children, last week.")
    result = extract(nlp(text), Article(id="k3", text=text, date="2009-01-14"))
    found = {(r.cls, r.trigger, r.object.label if r.object else None): (r.event_date, r.date_precision)
             for r in result.relations if r.cls == "ASSAULT"}
    assert found == {("ASSAULT", "killed", "Palestinians"): ("2009-01-05", "week")}


@pytest.mark.parametrize(("text", "cls", "expected"), [
    # an act only aimed at, tried or held as a position is not done on a day
    ("Clinton defended his efforts to kill Osama bin Laden.", "ASSAULT", ("effort", None, "future")),
    ("Obama defended his position to talk to Iran.", "CONSULT", ("position", None, "future")),
    ("Obama talked to Iran.", "CONSULT", (None, "2006-09-25", "article")),
])
def test_an_act_only_aimed_at_has_no_date(nlp, text, cls, expected):
    from graphkit.extract import extract
    from graphkit.model import Article

    result = extract(nlp(text), Article(id="a", text=text, date="2006-09-25"))
    found = [(r.modality, r.event_date, r.date_source) for r in result.relations if r.cls == cls]
    assert found == [expected]


@pytest.mark.parametrize(("text", "modality"), [
    ("Blair holds talks with Ehud Olmert on Monday.", "future"),  # dated after the article
    ("Tony Blair met Ehud Olmert yesterday.", None),  # dated before it: done
])
def test_an_event_dated_after_the_article_is_not_yet_done(nlp, text, modality):
    from graphkit.extract import extract
    from graphkit.model import Article

    result = extract(nlp(text), Article(id="f1", text=text, date="2007-01-10"))
    consults = [r for r in result.relations if r.cls == "CONSULT"]
    assert consults and {r.modality for r in consults} == {modality}


def test_a_bad_event_date_is_noted_and_left_empty(nlp):
    from graphkit.extract import extract
    from graphkit.model import Article

    text = "Congolese troops attacked M23 rebels on February 30, 2013."
    result = extract(nlp(text), Article(id="c1", text=text, date="2013-03-05", path="feed.jsonl:4"))
    [attack] = [r for r in result.relations if r.cls == "ASSAULT"]
    assert (attack.date, attack.event_date, attack.date_precision) == ("2013-03-05", None, None)
    assert result.date_notes == [
        "feed.jsonl:4: February 30, 2013: day 30 is not in month 2; event date left empty "
        "(“Congolese troops attacked M23 rebels on February 30, 2013.”)"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels did not attack the army post.", (None, None, "negated")),
    ("The rebels did not attack the army post on Monday.", ("2014-03-03", "day", "clause")),
])
def test_an_act_said_not_to_have_happened_has_no_day_unless_its_clause_names_one(nlp, text, expected):
    from graphkit.extract.dates import date_relation
    from graphkit.extract.narrative import Narrative
    from graphkit.model import Mention, Relation

    doc = nlp(text)
    anchor = date(2014, 3, 6)
    rel = Relation(doc="n", subject=Mention("The rebels", "The rebels", "Group", 0, 10), relation="attack",
                   cls="ASSAULT", negated=True, trigger="attack", evidence=text, start=0, end=len(text))
    assert date_relation(doc, rel, anchor, story=Narrative(doc, anchor)) is None
    assert (rel.event_date, rel.date_precision, rel.date_source) == expected


#: text, class, article date, expected (event date, precision) of its one relation of that class.
UNTIMED_CASES = [
    # a happening of an earlier time as subject: its act is of that time, not the news
    ("The recent Ethiopian offensive killed 300 Somalis, according to the United Nations.",
     "ASSAULT", "2007-02-12", (None, None)),
    ("Ethiopian troops killed 300 Somalis, according to the United Nations.",
     "ASSAULT", "2007-02-12", ("2007-02-12", "article")),
    ("According to the UN, the recent Ethiopian offensive killed 300 Somalis.",
     "STATEMENT", "2007-02-12", ("2007-02-12", "article")),
    # "already" with the perfect: done before, at a time the clause does not tell
    ("Kenya has already sent 500 troops to Somalia.", "MOBILIZE", "2011-11-03", (None, None)),
    ("Kenya has sent 500 troops to Somalia.", "MOBILIZE", "2011-11-03", ("2011-11-03", "article")),
    # an agreement held in the present is a state, made before
    ("Iceland has a defence treaty with Norway.", "AGREE", "2009-06-01", (None, None)),
    ("Iceland and Norway have a defence treaty.", "AGREE", "2009-06-01", (None, None)),
    ("Iceland signed a defence treaty with Norway.", "AGREE", "2009-06-01", ("2009-06-01", "article")),
    # a stance its named holder holds (a possessive) is a state, not the day's act; one the
    # holder's own verb voices or ends is that verb's act
    ("Many voters dislike the Kenyan government's strong support for Uganda.", "SUPPORT",
     "2006-05-10", (None, None)),
    ("The senator listed Syria's support for Hezbollah among his complaints.", "SUPPORT",
     "2006-05-10", (None, None)),
    ("The main issue of the campaign was Senator Brown's support for the Iraq war.", "SUPPORT",
     "2006-05-10", (None, None)),
    ("The Kenyan government expressed its support for Uganda.", "SUPPORT", "2006-05-10",
     ("2006-05-10", "article")),
    ("Senator Brown withdrew his support for the Iraq war.", "SUPPORT", "2006-05-10",
     ("2006-05-10", "article")),
    ("Kenya's support for Uganda was announced on Monday.", "SUPPORT", "2006-05-10",
     ("2006-05-08", "day")),
    # "initially": an act before the article's news, at a time the clause does not tell
    ("France initially angered Britain by promising aid to Iran.", "AGREE",
     "2008-11-05", (None, None)),
    ("France angered Britain by promising aid to Iran.", "AGREE",
     "2008-11-05", ("2008-11-05", "article")),
    # a purpose takes the time of the clause it serves, looking back in the past tense
    ("Barack Obama took time out from his campaign in October to visit President Bush at the "
     "White House.", "CONSULT", "2008-11-05", ("2008-10-01", "month")),
    ("Barack Obama travelled to Washington on Monday to visit President Bush.", "CONSULT",
     "2008-11-05", ("2008-11-03", "day")),
    ("Barack Obama will travel to Washington on Monday to visit President Bush.", "CONSULT",
     "2008-11-05", ("2008-11-10", "day")),
    # an event only hoped or called for, or an infinitive with its own subject after "for"
    ("President Bush talked about his hopes for a peace deal between Israel and the "
     "Palestinians.", "AGREE", "2008-01-10", (None, None)),
    ("The UN waited for Syria to withdraw from Lebanon.", "RETREAT", "2008-01-10", (None, None)),
    ("Kenya signed a peace deal with Uganda.", "AGREE", "2008-01-10", ("2008-01-10", "article")),
    # a range of days: the shortest period holding both
    ("The Cuban foreign minister Felipe Perez Roque visited Brazil on February 2-3.", "CONSULT",
     "2005-02-06", ("2005-01-31", "week")),
    # a lead setting what it tells in the week or month of the article's day: a round-up of
    # that period, whose acts in the simple past took place in it
    ("In May 2008, the candidates campaigned across the country. Barack Obama criticised John "
     "McCain over his tax plan.", "ACCUSE", "2008-05-30", ("2008-05-01", "month")),
    ("Kenya sent troops to Somalia in April. Barack Obama criticised John McCain over his tax "
     "plan.", "ACCUSE", "2008-05-30", ("2008-05-30", "article")),
    # ... but not a time of what is still to come: no round-up, no run of that week's events
    ("A summit has been planned to take place from 15-17 July in St Petersburg. Police arrested "
     "two activists in Moscow.", "COERCE", "2006-07-12", ("2006-07-12", "article")),
    ("Ghana's President John Kufuor is expected to travel to Kenya this week. President Kibaki "
     "invited the Ghanaian president to help.", "REQUEST", "2006-07-12", ("2006-07-12", "article")),
    # a time of the clause's own that cannot be placed but names only earlier years, also
    # as the time of the happening the clause is set during: that time, not the article's day
    ("During the Gaza war of 2008-09, Israel attacked Hamas in Gaza.", "ASSAULT", "2010-06-10",
     (None, None)),
    ("In the 1990s, Israel attacked Hamas in Gaza.", "ASSAULT", "2010-06-10", (None, None)),
    ("During the 2009-10 season, Israel attacked Hamas in Gaza.", "ASSAULT", "2010-06-10",
     ("2010-06-10", "article")),
    ("Israel attacked Hamas in Gaza during the war of 1967.", "ASSAULT", "2010-06-10",
     ("1967-01-01", "year")),
    # what a record shows was recorded before the article
    ("The video also shows Osama bin Laden meeting with Ayman al-Zawahiri.", "CONSULT",
     "2010-06-10", (None, None)),
    ("The footage showed soldiers beating protesters in Cairo.", "ASSAULT", "2010-06-10",
     (None, None)),
    ("Soldiers beat protesters in Cairo.", "ASSAULT", "2010-06-10", ("2010-06-10", "article")),
    # a season names no day the article's date can place: not the article's day
    ("Thousands of farmers protested against the Kenyan government last fall.", "PROTEST",
     "2006-05-10", (None, None)),
    ("Thousands of farmers protested against the Kenyan government in the summer of 2004.",
     "PROTEST", "2006-05-10", (None, None)),
    ("Thousands of farmers protested against the Kenyan government last month.", "PROTEST",
     "2006-05-10", ("2006-04-01", "month")),
    # a date of the participle describing the setting of a clause dates the clause
    ("In talks hosted by Egyptian officials on Tuesday, Israeli envoy Amos Gilad met with Syrian "
     "officials in Cairo.", "CONSULT", "2006-05-10", ("2006-05-09", "day")),
    # what goes on from a sentence set at a time that cannot be placed is of that time, not the
    # lead's day
    ("The army attacked the town of Goma on Monday. The next day, Foreign Minister John Kamau "
     "telephoned President Museveni. Museveni criticised Kamau.", "ACCUSE", "2006-05-10", (None, None)),
    ("The army attacked the town of Goma on Monday. A few days ago, Foreign Minister John Kamau "
     "telephoned President Museveni. Museveni criticised Kamau.", "ACCUSE", "2006-05-10", (None, None)),
    ("The army attacked the town of Goma on Monday. Foreign Minister John Kamau telephoned "
     "President Museveni. Museveni criticised Kamau.", "ACCUSE", "2006-05-10", ("2006-05-08", "day")),
    ("The army attacked the town of Goma on Monday. Kenya has courted Uganda in recent years. "
     "President Museveni criticised Foreign Minister John Kamau.", "ACCUSE", "2006-05-10",
     ("2006-05-08", "day")),
]


@pytest.mark.parametrize(("text", "cls", "article", "expected"), UNTIMED_CASES)
def test_a_clause_naming_no_date_may_still_tell_another_time(nlp, text, cls, article, expected):
    from graphkit.extract import extract
    from graphkit.model import Article

    result = extract(nlp(text), Article(id="u", text=text, date=article))
    found = [(r.event_date, r.date_precision) for r in result.relations if r.cls == cls]
    assert found == [expected]
