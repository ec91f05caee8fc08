"""Events told as earlier than the article's news, or only possible, get no date; the
same words around a current event leave its date alone."""

from __future__ import annotations

import pytest

from tests.conftest import date_of

ARTICLE = ("2008-03-06", "article", "article")
BACKGROUND = (None, None, "background")
FUTURE = (None, None, "future")

#: text, trigger word, expected (event_date, date_precision, date_source); the article is
#: dated Thursday 6 March 2008.
CASES = [
    # the pluperfect: before the past the article tells
    ("The army said that rebels had attacked the convoy.", "attacked", BACKGROUND),
    ("The army said that rebels attacked the convoy.", "attacked", ARTICLE),
    ("The army said that rebels had attacked the convoy on Monday.", "attacked",
     ("2008-03-03", "day", "clause")),
    # a modal or a permission in the present: possible, required or allowed, not done
    ("Protesters can be arrested under the new law.", "arrested", FUTURE),
    ("The opposition must reject the budget.", "reject", FUTURE),
    ("The new law allows the prosecution of war crimes.", "prosecution", FUTURE),
    ("The court allowed the prosecution of war crimes.", "prosecution", ARTICLE),
    ("The rebels may have attacked the convoy.", "attacked", ARTICLE),
    # an act thanked, praised or sentenced for is an earlier one
    ("She thanked France for pressuring Colombia.", "pressuring", BACKGROUND),
    ("The court convicted him of attacking a policeman.", "attacking", BACKGROUND),
    ("France began pressuring Colombia.", "pressuring", ARTICLE),
    # set in an earlier setting or a past era
    ("In the recent bribery case, the court punished two judges.", "punished", BACKGROUND),
    ("In the bribery case, the court punished two judges.", "punished", ARTICLE),
    ("The book discusses Japan's invasion of China in World War II.", "invasion", BACKGROUND),
    ("The book discusses Japan's invasion of China in the current crisis.", "invasion", ARTICLE),
    # a sentence naming a time long before the article's
    ("Some wondered about the nomination because Bolton criticised the UN in a speech he gave in 1994.",
     "criticised", ARTICLE),
    ("Bolton criticised the UN, as he acknowledged saying in 1994.", "criticised", BACKGROUND),
    ("Bolton criticised the UN, as he acknowledged saying on Monday.", "criticised", ARTICLE),
    ("The court sentenced two men for crimes committed in 1994.", "sentenced", ARTICLE),
    ("Obama criticised the 2003 invasion of Iraq.", "criticised", ARTICLE),
    ("The party accused the minister, who will resign in May.", "accused", ARTICLE),
    # a clause describing a participant tells what it did or underwent before; one describing
    # a happening tells it at the happening's time; one naming its own date keeps it
    ("Two men who were captured by U.S. forces and later freed were part of the force.",
     "captured", BACKGROUND),
    ("Two men who were captured by U.S. forces and later freed were part of the force.",
     "freed", BACKGROUND),
    ("The men who were captured by U.S. forces on Monday were freed.", "captured",
     ("2008-03-03", "day", "clause")),
    ("The government appealed the court ruling which struck down the drug laws.", "struck",
     BACKGROUND),
    ("The bill backed by President Bush failed to receive enough votes.", "backed", BACKGROUND),
    ("Thousands of supporters of the ousted prime minister marched in Bangkok.", "ousted", BACKGROUND),
    ("A bomb attack which killed 12 people hit the market on Monday.", "killed",
     ("2008-03-03", "day", "clause")),
    ("The attack on Monday, which killed 12 people, was condemned.", "killed",
     ("2008-03-03", "day", "clause")),
    ("The general who led the 1999 coup resigned.", "led", ("1999-01-01", "year", "clause")),
    ("The general who criticised the 1999 coup resigned.", "criticised", BACKGROUND),
    # the attack came before the arrest; read as the day's news it would take the article's date
    ("Police arrested the man who attacked the minister.", "attacked", BACKGROUND),
    ("Police arrested the man who attacked the minister.", "arrested", ARTICLE),
    ("The bank, which the United States accuses of fraud, denied the charge.", "accuses", ARTICLE),
    ("Police questioned the men, who oppose the government.", "oppose", ARTICLE),
    # a clause of place, of time or of content keeps the sentence's time
    ("Police reached the village where rebels killed 12 people.", "killed", ARTICLE),
    ("It is the first time Mr Howard has visited Ireland.", "visited", ARTICLE),
    ("The office reacted to news that rebels attacked the army.", "attacked", ARTICLE),
    # the weapon that made a happening dates it as the happening does
    ("A bomb which killed 12 people exploded in the market on Monday.", "killed",
     ("2008-03-03", "day", "clause")),
    # "most recently" in the past, "sometimes" in the present: no news of the day
    ("Most recently, he visited Venezuelan President Hugo Chavez.", "visited", BACKGROUND),
    ("He visited Venezuelan President Hugo Chavez.", "visited", ARTICLE),
    ("Sometimes the party demands that we visit a family.", "demands", BACKGROUND),
    ("Today the party demands that we visit a family.", "demands", ("2008-03-06", "day", "clause")),
    # a quotation in the past tense: the speaker's past, also in a quotation opened before
    ('"Our troops fought their way to Baghdad," Bush said.', "fought", BACKGROUND),
    ('Bush said: "It was hard. Our troops fought their way to Baghdad."', "fought", BACKGROUND),
    ('Bush said: "It was hard." Our troops fought their way to Baghdad.', "fought", ARTICLE),
    ('"Our troops are fighting their way to Baghdad," Bush said.', "fighting", ARTICLE),
    # an act a clause answers (rejects, welcomes, appeals) was done before, at a time the
    # clause does not tell; the answer itself keeps its date
    ("The president has rejected the opposition's call for a recount.", "call", BACKGROUND),
    ("The president rejected the opposition's call for a recount on Monday.", "call", BACKGROUND),
    ("The president rejected the opposition's call for a recount on Monday.", "rejected",
     ("2008-03-03", "day", "clause")),
    ("The opposition's demands were rejected by the court.", "demands", BACKGROUND),
    ("The government welcomed Monday's decision by the court.", "decision",
     ("2008-03-03", "day", "clause")),
    ("The court heard the opposition's call for a recount.", "call", ARTICLE),
    ("The army launched an attack on the town.", "attack", ARTICLE),
    # what a record made before tells in the past tense is of its time, not the article's
    ("The report also shows that the United States threatened to spy on New Zealand.",
     "threatened", BACKGROUND),
    ("The memo states that Saddam was not threatening his neighbours.", "threatening", BACKGROUND),
    ("According to the report, Israel attacked the convoy.", "attacked", BACKGROUND),
    ("According to the police, Israel attacked the convoy.", "attacked", ARTICLE),
    ("The report shows that the United States is threatening New Zealand.", "threatening", ARTICLE),
    # or in the perfect: a tally up to the time the record was made
    ("The study, compiled from more than 10,000 media reports, says that 9,270 civilians have "
     "been killed by US-led forces.", "killed", BACKGROUND),
    ("The survey shows that the police have arrested hundreds of people.", "arrested", BACKGROUND),
    # news reports are no record of their own
    ("Reports say that Turkey has sent 10,000 troops into Iraq.", "sent", ARTICLE),
    ("Activists have been assaulted by the police, according to reports.", "assaulted", ARTICLE),
    # "recent" and "recently" tell of a time before the article's news
    ("The deal was prompted by a recently announced agreement between India and the US.",
     "agreement", BACKGROUND),
    ("The border has been the site of recent deadly clashes between troops and militants.",
     "clashes", BACKGROUND),
    ("Rebels recently attacked the town.", "attacked", BACKGROUND),
    ("The president announced an agreement with India.", "agreement", ARTICLE),
    ("Governments have harassed and arrested bloggers before.", "arrested", BACKGROUND),
    ("Police arrested the bloggers before the election.", "arrested", BACKGROUND),
    ("Prior to the election he was endorsed by all the major newspapers.", "endorsed", BACKGROUND),
    ("Rebels attacked the town before 2005.", "attacked", ARTICLE),
    ("Just before the announcement, Russian forces bombed Gori.", "bombed", ARTICLE),
    # the time of a clause inside a phrase is that clause's, not the phrase's
    ("A suicide bomber killed a police chief in Mosul at the site of an explosion that had killed "
     "34 people and wounded 217 the day before.", "killed", ARTICLE),
    ("Oil rose on fears that Turkey is going to attack the militants.", "attack", FUTURE),
    # a time told relative to another event is not the article's
    ("On the same day, a suicide bomber killed 13 soldiers.", "killed", BACKGROUND),
    ("The next day, rebels attacked the town.", "attacked", BACKGROUND),
    ("Rebels attacked the town the following day.", "attacked", BACKGROUND),
    ("Rebels attacked the town that night.", "attacked", BACKGROUND),
    ("On the eve of the anniversary of the raid, the court revoked the restrictions.", "revoked",
     BACKGROUND),
    ("Rebels attacked the town last night.", "attacked", ("2008-03-05", "day", "clause")),
    ("Rebels attacked the town in the early morning.", "attacked", ARTICLE),
    ("Rebels attacked the town before dawn.", "attacked", ARTICLE),
    # an act the paragraph told as background, told again
    ("The group said Thompson lobbied for them in the past. It hired Thompson to lobby the "
     "administration.", "lobby", BACKGROUND),
    ("The group said Thompson lobbied for them in the past.\nIt hired Thompson to lobby the "
     "administration.", "lobby", ARTICLE),
    ("The group said Thompson lobbied for them. It hired Thompson to lobby the administration.",
     "lobby", ARTICLE),
    # a quotation in the past is the speaker's past; one whose closing mark was lost ends where
    # a new quotation opens after a sentence's end, not at the end of the article
    ('Leaflets read: "Leave your homes now. "Be warned!" Rebels attacked the town.', "attacked",
     ARTICLE),
    ('The mayor said: "Leave your homes now. Rebels attacked the town.', "attacked", BACKGROUND),
    ('"Rebels attacked the town," the mayor said. Police arrested two men.', "arrested", ARTICLE),
    ('\u201cRebels attacked the town,\u201d the mayor said. Police arrested two men.', "arrested",
     ARTICLE),
    ('The mayor said: \u201cLeave your homes now. Rebels attacked the town.', "attacked", BACKGROUND),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_earlier_and_possible_events_get_no_article_date(nlp, text, trigger, expected):
    assert date_of(nlp, text, trigger, "2008-03-06") == expected


#: text, trigger word, expected: the article is dated Tuesday 9 October 2007.
SPOKEN = [
    # the day a speech verb names dates the speaker's present, in its quotation and the next
    ('"The resolution is a good one," said Talabani in an interview on Sunday. "It is asking our '
     'neighbours not to interfere."', "asking", ("2007-10-07", "day", "context")),
    ('"It is asking our neighbours not to interfere," Talabani said on Sunday.', "asking",
     ("2007-10-07", "day", "context")),
    ('"It is asking our neighbours not to interfere," Talabani said.', "asking",
     ("2007-10-09", "article", "article")),
    # ... but not the report's next events
    ("On Sunday, villagers told journalists that soldiers entered a mosque. Militants fired on a "
     "police patrol.", "fired", ("2007-10-09", "article", "article")),
    ("On Sunday, soldiers entered a mosque. Militants fired on a police patrol.", "fired",
     ("2007-10-07", "day", "context")),
    # a duration of a noun neither dates nor breaks a narrative
    ("The two men held talks on Sunday. Basbug met the minister after a six-hour meeting. Then "
     "Basbug met Gul.", "met", ("2007-10-07", "day", "context")),
    # a day in a compound noun phrase dates its clause
    ("White House spokesman Dan Bartlett presented a generic defense of US anti-terrorism policies "
     "on Sunday talk shows.", "presented", ("2007-10-07", "day", "clause")),
    ("The minister attacked the plan on Sunday talk shows.", "attacked", ("2007-10-07", "day", "clause")),
    ("The minister attacked the format of Sunday talk shows.", "attacked", ("2007-10-09", "article", "article")),
    # a past date under an infinitive of a past clause dates that clause
    ("The WTO gave Canada the right to impose tariffs on November 27.", "gave",
     ("2006-11-27", "day", "clause")),
    ("The WTO gave Canada the right to impose tariffs next week.", "gave",
     ("2007-10-09", "article", "article")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SPOKEN)
def test_a_speech_day_dates_what_is_said_and_what_is_done_then(nlp, text, trigger, expected):
    assert date_of(nlp, text, trigger, "2007-10-09") == expected
