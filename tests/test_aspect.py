"""Background and future events get no date rather than the article's; current ones keep it."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.extract.aspect import aspect, tense
from tests.conftest import date_of

ARTICLE = ("2008-03-06", "article", "article")
BACKGROUND = (None, None, "background")
FUTURE = (None, None, "future")

#: sentence, trigger word, expected (event_date, date_precision, date_source); the article
#: is dated Thursday 6 March 2008.
CASES = [
    # background: a time word puts the event before the article's time, in any tense
    ("Earlier, Annan requested visas for his team.", "requested", BACKGROUND),
    ("In the past, the two parties held secret talks.", "held", BACKGROUND),
    ("In past, nevertheless, there were contacts between FARC and Brazilian politicians.", "contacts",
     BACKGROUND),
    ("The minister previously criticised the plan.", "criticised", BACKGROUND),
    ("The talks collapsed a few months ago.", "collapsed", BACKGROUND),
    ("A year later Feith supervised the peace negotiations.", "supervised", BACKGROUND),
    ("The opposition accused the government earlier that day.", "accused", BACKGROUND),
    ("The general served in the army for three decades and was involved in the invasion.",
     "invasion", BACKGROUND),
    # background: a stretch in the perfect or the present, a repetition in any tense
    ("Russia has long accused Georgia of provocations.", "accused", BACKGROUND),
    ("The rebels have repeatedly attacked army convoys.", "attacked", BACKGROUND),
    ("The regime has recently waged an offensive against the Karen.", "waged", BACKGROUND),
    ("To date, Nigeria has resisted demands to extradite Taylor.", "resisted", BACKGROUND),
    ("Nigeria has resisted repeated demands to extradite Taylor.", "extradite", BACKGROUND),
    ("The United States has demanded his extradition since 2003.", "demanded", BACKGROUND),
    ("Israel has blockaded Gaza for years.", "blockaded", BACKGROUND),
    ("Bayh consistently wins elections by appealing to moderate voters.", "appealing", BACKGROUND),
    ("Chavez has accused the United States of plotting a coup against him back in 2002.", "accused",
     BACKGROUND),
    # a "when" clause is of the time of the clause it hangs from, a pluperfect's too
    ("Olmert said Lebanon had committed an act of war when Hezbollah attacked Israel.",
     "attacked", BACKGROUND),
    ("Olmert said Lebanon committed an act of war when Hezbollah attacked Israel.", "attacked",
     ARTICLE),
    # current: a stretch's words in the simple past, or a perfect without them
    ("Police have arrested three men.", "arrested", ARTICLE),
    # a repetition or habit is many acts at no one date, in the simple past too
    ("The rebels repeatedly attacked the convoy.", "attacked", BACKGROUND),
    ("In fact, he repeatedly complained about it as a guest on my radio programs.", "complained",
     BACKGROUND),
    ("The opposition often criticised the minister.", "criticised", BACKGROUND),
    ("The court banned him from politics for five years.", "banned", ARTICLE),
    ("Obama criticised the 2003 invasion of Iraq.", "criticised", ARTICLE),
    ("Egypt has been trying to negotiate the soldier's release.", "negotiate", ARTICLE),
    ("The army once again attacked the rebels.", "attacked", ARTICLE),
    ("The opposition accused the government of fraud earlier in the day.", "accused", ARTICLE),
    # a date of its own wins over the time words
    ("The rebels have repeatedly attacked the convoy on Monday.", "attacked",
     ("2008-03-03", "day", "clause")),
    # a noun that sets the clause in a time gives its date
    ("Akufo-Addo was elected at a party congress on December 23, 2007.", "elected",
     ("2007-12-23", "day", "clause")),
    ("In a 2005 interview, Chavez accused the United States of plotting a coup.", "accused",
     ("2005-01-01", "year", "clause")),
    # a clause with its own subject under "after" or "since" tells an act before its main
    # clause's, at a time it does not give
    ("Officials began to recount the ballots after the ruling party accused the opposition of "
     "bribery.", "accused", BACKGROUND),
    ("Officials began to recount the ballots on Monday after the ruling party accused the "
     "opposition of bribery.", "accused", BACKGROUND),
    # a short while after is the same day's news
    ("The announcement came shortly after riot police suppressed the rally.", "suppressed", ARTICLE),
    ("He visited the neighborhood hours after it was bombed by Israel.", "bombed", ARTICLE),
    # but a main clause telling the toll of the act ("killed", "dead") is the same happening
    ("A British soldier has been killed and another is seriously injured after a suicide "
     "bomber struck a NATO convoy in Kabul.", "struck", ARTICLE),
    ("Seven tourists are dead after a suicide attacker blew his vehicle up at a temple.", "blew",
     ARTICLE),
    ("As many as 17 soldiers were killed in an ambush after militants attacked the patrol.",
     "attacked", ARTICLE),
    # still to come: no date unless the clause names one
    ("The army will retaliate.", "retaliate", FUTURE),
    ("Negotiations between Canada and the U.S. are expected to resume.", "Negotiations", FUTURE),
    ("Negotiations between Canada and the U.S. are expected to resume next week.", "Negotiations",
     ("2008-03-10", "week", "clause")),
    ("The minister plans to visit China.", "visit", FUTURE),
    ("The minister said he would resign.", "resign", FUTURE),
    ("Britain says it expects all foreign combat troops to withdraw from Iraq by 2010.", "withdraw",
     FUTURE),
    ("Thousands protested on Friday against the planned deployment of AU troops.", "deployment",
     FUTURE),
    ("Thousands protested against the deployment of AU troops.", "deployment", ARTICLE),
    # a happening named by the "of" of a time just before or after it
    ("Speaking in Paris on the eve of his meeting with the king, the envoy said talks had failed.",
     "meeting", FUTURE),
    ("In the wake of the attack on the embassy, the minister resigned.", "attack", BACKGROUND),
    ("Protesters gathered on the anniversary of the raid on the camp.", "raid", BACKGROUND),
    ("Protesters gathered on the day of the raid on the camp.", "raid", ARTICLE),
    # a clause told after a happening of an earlier year tells that year's story
    ("The colonel seized power after a coup in 2001, accusing the cabinet of fraud.", "accusing",
     BACKGROUND),
    ("The police detained the colonel after the 2001 coup.", "detained", BACKGROUND),
    ("The police detained the colonel after the coup.", "detained", ARTICLE),
    # an undated past clause under a background clause is of that earlier time
    ("Since then the exile has stayed in Chile, although a judge charged him and asked Chile to "
     "extradite him.", "asked", BACKGROUND),
    ("The exile fled to Chile because a judge charged him with fraud.", "charged", ARTICLE),
    # a stop of a journey told in the present is still to come
    ("After Peru, the minister visits Chile and Bolivia.", "visits", FUTURE),
    ("The minister then meets the Chilean president in Santiago.", "meets", FUTURE),
    ("The minister meets the Chilean president in Santiago.", "meets", ARTICLE),
    ("The minister then adds that Chile backs the plan.", "adds", ARTICLE),
    ("The exhibition on the 1994 genocide has been closed because Turkey raised objections.",
     "raised", ARTICLE),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_background_and_future_events_get_no_article_date(nlp, sentence, trigger, expected):
    assert date_of(nlp, sentence, trigger, "2008-03-06") == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [("Rebels attacked.", "attacked", "past"), ("Rebels attack the army.", "attack", "present"),
     ("Rebels have attacked.", "attacked", "perfect"), ("Rebels had attacked.", "attacked", "pluperfect"),
     ("Rebels will attack.", "attack", "future"), ("Rebels might attack.", "attack", "modal"),
     ("Rebels were attacked.", "attacked", "past"), ("Rebels have been attacked.", "attacked", "perfect"),
     ("Rebels tried attacking.", "attacking", None), ("Rebels tried to attack.", "attack", None)],
)
def test_tense(nlp, sentence, word, expected):
    assert tense(next(t for t in nlp(sentence) if t.text == word)) == expected


def test_the_marker_is_named(nlp):
    doc = nlp("The United States has demanded his extradition since 2003.")
    assert aspect(doc[4], date(2008, 3, 6)) == ("perfect", "background", "since 2003")
    doc = nlp("Police arrested him after the attack.")
    assert aspect(doc[5], date(2008, 3, 6)) == (None, "background", "after")
    doc = nlp("Police arrested him despite the protests.")
    assert aspect(doc[5], date(2008, 3, 6)) == (None, "current", None)
