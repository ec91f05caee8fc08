"""Actor mentions and the ActorIndex, on sentences from many countries."""

from __future__ import annotations

import pytest

from graphkit.extract import ActorIndex, actor_mentions, name_key
from graphkit.model import Article

# sentence -> mentions that must be found (label, type, country or ...), and labels that must not
MENTIONS = [
    # aid agencies are an agent; a clause the parser hung on them as a modifier is not theirs
    ("The rebels' threat to seize the port, made in a radio broadcast last week, has alarmed "
     "humanitarian agencies, which use the port to ship in food.",
     [("humanitarian agencies", "Group", ...)],
     ["threat to seize the port, made in a radio broadcast last week, has alarmed humanitarian "
      "agencies"]),
    # a name the NER ran into a headline before it keeps only the name
    ("2008 US Presidential Election John McCain, the leading presidential candidate, spoke "
     "in Selma.", [("John McCain", "Person", ...)], ["Presidential Election John McCain"]),
    ("Opposition Rally Speaker Amina Okafor addressed the crowd; the rally was peaceful and "
     "every speaker was cheered.", [("Amina Okafor", "Person", ...)],
     ["Opposition Rally Speaker Amina Okafor", "Rally Speaker Amina Okafor"]),
    ("Cabinet minister John Paul Stevens Okoro resigned.", [], ["Paul Stevens Okoro"]),
    # a word that makes a higher post of a title is no part of the name
    ("The mourners honoured Grand Ayatollah Ali al-Sistani.", [("Ali al-Sistani", "Person", ...)],
     ["Grand Ayatollah Ali al-Sistani"]),
    # a named agreement, plan or law is what actors sign, never an actor
    ("Tony Blair and Bertie Ahern signed the Good Friday Agreement in Belfast.",
     [("Tony Blair", "Person", ...), ("Bertie Ahern", "Person", ...)],
     ["Good Friday Agreement"]),
    # a name is never cut to one word, even when its first word is a verb ("Ban")
    ("UN Secretary-General Ban Ki-moon urged Sri Lanka to let aid workers in.",
     [("Ban Ki-moon", "Person", ...)], ["Ki-moon"]),
    # rebel soldiers are not the army
    ("The president was shot by rebel soldiers in Dili.", [("rebel soldiers", ..., ...)],
     ["soldiers"]),
    # a sect, clan or faction named by the proper nouns before it
    ("The Kenyan government banned the Mungiki sect.", [("Mungiki sect", "Group", ...)], []),
    ("Fighters of the Habr Gedir clan attacked the army.", [("Habr Gedir clan", "Group", ...)],
     []),
    ("Poland's parliament approved the law on Friday.",
     [("parliament", "GovernmentBody", "Poland")], []),
    ("An Argentine judge ordered the arrest of two former ministers.",
     [("judge", "Judiciary", "Argentina")], []),
    ("Iran's foreign ministry accused Washington of meddling in its affairs.",
     [("foreign ministry", "Government", "Iran"),
      ("Government of the United States", "Government", "United States")], ["Washington"]),
    ("The European Union imposed new sanctions on Belarus.",
     [("European Union", "InternationalOrganization", ...), ("Belarus", "Country", "Belarus")],
     []),
    ("Iran's foreign minister and the Iraqi prime minister met in Baghdad.",
     [("Foreign Minister of Iran", "Person", "Iran"), ("Prime Minister of Iraq", "Person", "Iraq")],
     []),
    ("Kenya's president met opposition leaders in Nairobi.",
     [("President of Kenya", "Person", "Kenya"), ("opposition", "Group", "Kenya")], ["Nairobi"]),
    ("Nigerian troops killed dozens of Boko Haram fighters, the military said.",
     [("troops", "SecurityForce", "Nigeria"), ("Boko Haram", "ArmedGroup", "Nigeria"),
      ("military", "SecurityForce", "Nigeria")], ["fighters"]),
    ("Al-Shabaab militants stormed a hotel in Mogadishu, Somali police said.",
     [("al-Shabaab", "ArmedGroup", "Somalia"), ("police", "SecurityForce", "Somalia")],
     ["Al Shabaab militants", "militants"]),
    ("The Pakistani government and the army met Tehrik-i-Taliban Pakistan (TTP) envoys.",
     [("Government of Pakistan", "Government", "Pakistan"),
      ("army", "SecurityForce", "Pakistan"),
      ("Tehreek-e-Taliban Pakistan", "ArmedGroup", "Pakistan")], []),
    ("French President Emmanuel Macron spoke to reporters in Paris.",
     [("Emmanuel Macron", "Person", ...)], ["French President Emmanuel Macron", "Paris"]),
    ("Security agencies and law enforcement agencies raided a news agency office.",
     [("security agencies", "SecurityForce", ...),
      ("law enforcement agencies", "SecurityForce", ...)], ["news agency"]),
    # officials a country alone qualifies are its government
    ("Ukrainian officials said Russian forces shelled Kharkiv overnight.",
     [("Government of Ukraine", "Government", "Ukraine"), ("forces", "SecurityForce", "Russia")],
     ["Kharkiv"]),
    # an unknown party given with its acronym: the acronym takes the long form's label
    ("The Movement for Democratic Change (MDC) said the MDC would boycott the vote.",
     [("Movement for Democratic Change", ..., ...)], ["MDC"]),
    # bare surnames take the full name given elsewhere, spelling variants included
    ("Opposition leader Raila Odinga rejected the result. Odinga said the vote was rigged.",
     [("Raila Odinga", "Person", ...)], ["Odinga"]),
    ("Khalid Maqbool Siddiqui chaired the meeting. Siddiqi later left.",
     [("Khalid Maqbool Siddiqui", "Person", ...)], ["Siddiqi"]),
    # the Afghan Taliban unless the article is about the Pakistani one
    ("The Taliban said they had captured the district.", [("Taliban", "ArmedGroup", ...)],
     ["Tehreek-e-Taliban Pakistan"]),
    ("The TTP claimed the attack. The Taliban also threatened the ANP.",
     [("Tehreek-e-Taliban Pakistan", "ArmedGroup", "Pakistan")], ["Taliban"]),
    # nationalities and communities as nouns are groups; as adjectives they give a country
    ("Israeli airstrikes killed 20 Palestinians and wounded dozens of Kurds.",
     [("Palestinians", "Group", "Palestine")], ["Israeli", "Israel"]),
    ("Government will protect Pakistani principles.", [], ["Pakistani"]),
    # a common-word alias names the article's own body or party, not another country's
    ("LIMA - Peru's president said her enemies in Congress wanted her out. Peru voted.",
     [("Congress of Peru", "GovernmentBody", "Peru")], ["US Congress"]),
    ("PARIS - The Republicans and the Greens voted against the French budget in France.",
     [("The Republicans", "PoliticalParty", "France"), ("Greens", "PoliticalParty", "France")],
     ["Republican Party", "Alliance 90/The Greens"]),
    ("ULAN BATOR - Mongolia votes on Sunday. Sambuu Ganbaator, a member of the Democratic "
     "Party, spoke in Mongolia.",
     [("Democratic Party", "PoliticalParty", "Mongolia")], []),
    # ... but a party of a country the article names is that country's
    ("The United States held David Hicks at Guantanamo Bay. The US military said the United "
     "States would try him. The Labor Party spokesman criticised the Australian minister.",
     [("Australian Labor Party", "PoliticalParty", "Australia")], ["Labor Party"]),
    ("Senator Mitch Walker said Republicans in the US Congress would block it.",
     [("Republican Party", "PoliticalParty", "United States"),
      ("US Congress", "GovernmentBody", "United States")], []),
    # an organisation "of <country>" the NER cut short is whole again
    ("The Law Society of Kenya demanded his immediate release.",
     [("Law Society of Kenya", "Organization", ...)], ["Law Society"]),
    # a single word used as a place anywhere in the article is never a person
    ('Rebels attacked a post near the town of Ber. "We did not attack Ber," a rebel said.',
     [], ["Ber"]),
    # a listed given name makes a person of what the NER calls an organisation or place
    ("EU trade chief Helena Marsh and the opposition leader, Peter Wanjala, met on Monday.",
     [("Helena Marsh", "Person", ...), ("Peter Wanjala", "Person", ...)], []),
    ("AU Commission chairperson Amara Ndiaye flew to Juba.",
     [("Amara Ndiaye", "Person", ...)], ["Amara", "Ndiaye"]),
    # bad cases: pronouns, places listed after "in", datelines, comment sections
    ("He said they would meet us there.", [], ["He", "they", "us"]),
    ("Militants attacked checkpoints in Sohrab Goth, Gadap Town and Kati Pahari.",
     [("militants", "ArmedGroup", ...)], ["Gadap Town", "Kati Pahari"]),
    ("NAIROBI - Kenyan police arrested three men.", [("police", "SecurityForce", "Kenya")],
     ["NAIROBI", "Nairobi", "Government of Kenya"]),
    ("MAIDUGURI, Nigeria, May 3 (Reuters) - Gunmen killed 12 villagers, the army said.",
     [("gunmen", "ArmedGroup", "Nigeria"), ("army", "SecurityForce", "Nigeria")],
     ["Nigeria", "Reuters"]),
    ("Police detained two men.\n\nReader Comments\n\nthe CIA agents did it says Latif Khan",
     [("police", "SecurityForce", ...)], ["Central Intelligence Agency", "Latif Khan"]),
]


# a demonym or country qualifies any agent the dictionaries or the lexicon know, and gives
# the mention its CAMEO code (country + agent sector); things and places are not agents
NATIONAL_AGENTS = [
    ("Afghan rebels attacked the town.", "Afghan rebels", "rebels", "Afghanistan", "AFGREB"),
    ("Russian advisers arrived in Damascus.", "Russian advisers", "advisers", "Russia", "RUSMIL"),
    ("Swiss doctors treated the wounded.", "Swiss doctors", "doctors", "Switzerland", "CHEHLH"),
    ("French farmers blocked the roads.", "French farmers", "farmers", "France", "FRAAGR"),
    ("Iraqi police arrested two men.", "Iraqi police", "police", "Iraq", "IRQCOP"),
    ("US troops withdrew from the base.", "US troops", "troops", "United States", "USAMIL"),
    # a government or a body that no longer rules is still that body (not former members)
    ("The former Iraqi government was blamed.", "former Iraqi government", "Government of Iraq", "Iraq",
     "IRQGOV"),
    ("The former Iraqi army was disbanded.", "former Iraqi army", "army", "Iraq", "IRQMIL"),
    ("South African workers went on strike.", "South African workers", "workers", "South Africa",
     "ZAFLAB"),
    ("Ukrainian officials denied it.", "Ukrainian officials", "Government of Ukraine", "Ukraine", "UKRGOV"),
    # a labour union is an agent of its country's labour
    ("Nigerian unions accused the government of betrayal.", "Nigerian unions", "unions", "Nigeria",
     "NGALAB"),
    ("Ukrainian health officials denied it.", "Ukrainian health officials", "health officials", "Ukraine",
     "UKRGOVHLH"),
    ("Kenya's farmers protested.", "Kenya's farmers", "farmers", "Kenya", "KENAGR"),
    ("Nigerian trade unions called a strike.", "Nigerian trade unions", "trade unions", "Nigeria",
     "NGALAB"),
    # a demonym whose ending a wiki link tore off ("[[Israel]]i troops") still names the country
    ("Israel i troops fired on the convoy.", "Israel i troops", "troops", "Israel", "ISRMIL"),
    ("Pakistan i police detained two men.", "Pakistan i police", "police", "Pakistan", "PAKCOP"),
    ("Iraq i officials denied the report.", "Iraq i officials", "Government of Iraq", "Iraq", "IRQGOV"),
    ("South Korea n troops left the base.", "South Korea n troops", "troops", "South Korea", "KORMIL"),
    ("The Israel i Foreign Ministry would reply.", "Israel i Foreign Ministry", "foreign ministry", "Israel",
     "ISRGOV"),
]


@pytest.mark.parametrize(("text", "written", "label", "country", "cameo"), NATIONAL_AGENTS)
def test_country_qualified_agents(nlp, text, written, label, country, cameo):
    found = [(m.text, m.label, m.type, m.country, m.cameo) for m in actor_mentions(nlp(text))]
    assert any(f[0] == written and f[1] == label and f[3] == country and f[4] == cameo
               for f in found), found
    assert not [f for f in found if f[2] == "Country"], found  # the country is part of it


@pytest.mark.parametrize(("text", "absent"), [
    ("Afghan villages were bombed by Russian warships.", {"villages", "warships"}),
    ("Doctors treated the wounded.", {"doctors", "Doctors"}),  # no country: no agent
    ("A Swiss doctor treated him.", {"doctor"}),  # one person, not the country's doctors
    # people who no longer belong to the agent are not it (former_member_words.txt)
    ("The report quotes former US soldiers and residents of Fallujah.", {"soldiers"}),
    ("Former military officials and former rebels criticised the plan.", {"military", "rebels"}),
])
def test_things_and_unqualified_nouns_are_no_agents(nlp, text, absent):
    assert not {m.label for m in actor_mentions(nlp(text))} & absent


@pytest.mark.parametrize(("text", "label"), [
    ("Sudan rejected the plan. Sudan's army attacked Darfur. George W. Bush has asked Congress "
     "to approve aid for Sudan.", "US Congress"),
    ("Sudan rejected the plan. Sudan's army attacked Darfur. The speaker asked Congress to "
     "approve aid for Sudan.", "Congress of Sudan"),
])
def test_a_leader_acting_on_a_body_makes_it_his_countrys(nlp, text, label):
    assert label in {m.label for m in actor_mentions(nlp(text))}


@pytest.mark.parametrize("text", [
    "President Bush sent troops to Saudi Arabia at the request of King Fahd.",
    "The troops left Riyadh at the request of King Fahd on Monday.",
])
def test_a_royal_title_makes_a_person_of_a_name_taken_for_a_place(nlp, text):
    mentions = {m.label: m for m in actor_mentions(nlp(text))}
    assert "King Fahd" in mentions and mentions["King Fahd"].type == "Person", mentions


def test_a_demonym_taken_for_a_person_is_none(nlp):
    labels = {m.label for m in actor_mentions(nlp("Sri Lankan President Mahinda Rajapaksa said "
                                                    "the war would end."))}
    assert labels == {"Mahinda Rajapaksa"}


def test_a_name_shortened_to_its_last_word_is_the_name_given_in_full(nlp):
    doc = nlp("The Tamil Tigers said they would fight on. The Tigers attacked an army camp in "
              "the north of Sri Lanka.")
    tigers = [m for m in actor_mentions(doc) if m.text == "Tigers"]
    assert tigers and all(m.label == "Liberation Tigers of Tamil Eelam" for m in tigers)


def test_a_country_ending_a_name_is_still_the_country(nlp):
    doc = nlp("Tehreek-e-Taliban Pakistan threatened the MQM. Pakistan's leaders must act, the "
              "MQM said.")
    assert not [m for m in actor_mentions(doc) if m.text == "Pakistan"
                and m.label == "Tehreek-e-Taliban Pakistan"]


def test_a_wiki_heading_is_no_actor(nlp):
    labels = {m.label for m in actor_mentions(nlp("He said so. ===Bob Brown=== Greenpeace said."))}
    assert labels == {"Greenpeace"}


def test_an_organisation_named_for_its_place_keeps_the_place(nlp):
    labels = {m.label for m in actor_mentions(nlp("The High Court of Australia rejected it."))}
    assert "High Court of Australia" in labels and "High Court of" not in labels


@pytest.mark.parametrize(("text", "label"), [
    ("US and Iraqi forces raided the town.", "US and Iraqi forces"),
    ("European governments protested.", "European governments"),
    ("The Kurdish government rejected it, Iraqi officials said.", "Kurdish government"),
    ("Anti-Iraqi forces attacked the convoy.", "Anti-Iraqi forces"),
])
def test_agents_of_no_one_country_keep_their_own_name(nlp, text, label):
    mentions = {m.label: m for m in actor_mentions(nlp(text))}
    assert label in mentions and mentions[label].country is None, mentions


@pytest.mark.parametrize(("text", "country"), [
    # the country the text writes before a title wins over the one the dictionaries know
    ("Saudi King Abdullah arrived in Cairo on Monday.", "Saudi Arabia"),
    ("Saudi Arabia's King Abdullah arrived in Cairo on Monday.", "Saudi Arabia"),
    ("Jordanian King Abdullah arrived in Cairo on Monday.", "Jordan"),
    ("King Abdullah arrived in Cairo on Monday.", "Jordan"),
])
def test_a_demonym_before_a_title_gives_the_persons_country(nlp, text, country):
    kings = [m for m in actor_mentions(nlp(text)) if m.label == "King Abdullah"]
    assert kings and kings[0].country == country, kings


def _mentions(nlp, text, *, date=None, dateline=None):
    doc = nlp(text)
    doc.user_data["article"] = Article(id="x", text=text, date=date, dateline_span=dateline)
    return actor_mentions(doc)


@pytest.mark.parametrize(("text", "country"), [
    ("KABUL - Police arrested two men in Kandahar.", "Afghanistan"),  # dateline and a city
    ("Police arrested two men. Kenya and Uganda signed a deal.", None),  # a tie: no country
    ("Police arrested two men in Nairobi and Mombasa, Uganda said.", "Kenya"),
])
def test_generic_agent_country_from_the_article(nlp, text, country):
    police = [m for m in _mentions(nlp, text) if m.label == "police"]
    assert police and police[0].country == country, police


@pytest.mark.parametrize(("text", "country"), [
    # a generic agent "in" a province is its country's, whatever country the article names
    ("Pakistan denied any role. Police in Maharashtra arrested three men.", "India"),
    ("Mexico protested. Police in Texas detained six migrants.", "United States"),
    ("Pakistan denied any role. P.S. Rao, director-general of police in Maharashtra, said the "
     "blasts bore the marks of Lashkar-e-Toiba.", "India"),
])
def test_an_agent_in_a_province_is_its_countrys(nlp, text, country):
    police = [m.country for m in _mentions(nlp, text) if m.label == "police"]
    assert police == [country], police


@pytest.mark.parametrize(("text", "label", "country"), [
    # a country written with "the" keeps it in its government's label; others take none
    ("The Dutch government recalled its envoy to Caracas.", "Government of the Netherlands",
     "Netherlands"),
    ("Manila protested the seizure of two fishing boats.", "Government of the Philippines",
     "Philippines"),
    ("British officials rejected the offer on Tuesday.", "Government of the United Kingdom",
     "United Kingdom"),
    ("The Kenyan government expelled two diplomats.", "Government of Kenya", "Kenya"),
])
def test_a_government_label_writes_its_country_as_usage_does(nlp, text, label, country):
    governments = [(m.label, m.country) for m in _mentions(nlp, text) if m.type == "Government"]
    assert (label, country) in governments, governments


@pytest.mark.parametrize(("text", "form", "label"), [
    # the first word of a name that is a region's abbreviation stays the region's
    ("The NSW Labor caucus met on Friday. Tom Jones was elected as Premier of NSW.", "NSW", None),
    # an acronym no place has is the organisation it opens
    ("ABC News aired the interview. The ABC said it would appeal.", "ABC", "ABC News"),
])
def test_a_leading_acronym_names_its_organisation_unless_a_place(nlp, text, form, label):
    got = [m.label for m in _mentions(nlp, text) if m.text == form]
    assert (label in got) if label else all(" " not in g for g in got), got


def test_every_capital_as_subject_is_its_countrys_government(nlp):
    from graphkit.extract.lexicon import government_label
    from graphkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    capitals = sorted({(name, country) for name, country in gaz.capitals.items()})
    assert len(capitals) > 160
    wrong = []
    for name, country in capitals:
        entry = next((e for e in gaz.lookup(name) if e.type == "Place"), None)
        written = entry.label if entry is not None and entry.label.lower() == name else name.title()
        text = f"{written} rejected the offer on Monday."
        labels = [m.label for m in actor_mentions(nlp(text))]
        if government_label(country) not in labels:
            wrong.append((written, labels))
    assert len(wrong) <= 3, wrong
    moscow = actor_mentions(nlp("Moscow said the talks had failed."))[0]
    assert (moscow.label, moscow.cameo) == ("Government of Russia", "RUSGOV")
    assert not actor_mentions(nlp("The talks were held in Moscow."))  # a place, no actor


# party adjectives and member nouns name the party (of the article's country), never a person
PARTIES = [
    ("LONDON - Tory leader David Cameron said the Lib Dem plan was wrong.",
     {"Tory": "Conservative Party", "Lib Dem": "Liberal Democrats"}),
    ("Republican Senator John McCain and Democrat Barack Obama debated in Iowa.",
     {"Republican": "Republican Party", "Democrat": "Democratic Party"}),
    ("OTTAWA - The Tory government and Liberal leader Stephane Dion clashed in Canada.",
     {"Tory": "Conservative Party of Canada", "Liberal": "Liberal Party of Canada"}),
    ("WELLINGTON - Labour MPs voted against it in New Zealand.",
     {"Labour": "New Zealand Labour Party"}),
    ("CANBERRA - Labor senators and the Greens voted in Australia.",
     {"Labor": "Australian Labor Party", "Greens": "Australian Greens"}),
    ("BANGKOK - Democrat leader Abhisit Vejjajiva spoke in Thailand.",
     {"Democrat": "Democrat Party"}),
]


def test_two_surnames_joined_by_and_are_two_people(nlp):
    text = ("Mayor Ray Nagin and Governor Mitch Landrieu spoke. Both Nagin and Landrieu called for "
            "calm.")
    got = [(m.text, m.label, m.type) for m in _mentions(nlp, text)]
    assert ("Nagin", "Ray Nagin", "Person") in got and ("Landrieu", "Mitch Landrieu", "Person") in got, got
    assert not [m for m in got if " and " in m[0]], got


@pytest.mark.parametrize(("text", "written", "label"), [
    # a one-word name the dictionaries know that begins a longer name is that other body
    ("The Congress of South African Trade Unions criticised the budget.", "Congress of South "
     "African Trade Unions", "Congress of South African Trade Unions"),
    ("The Party of Regions won the vote in Kiev.", "Party of Regions", "Party of Regions"),
    # ... but "of" a country names that country's body
    ("The Congress of Colombia censured the minister.", "Congress", "Congress of Colombia"),
    ("The Congress of the Philippines met in Manila.", "Congress", "Congress of Philippines"),
])
def test_a_known_word_opening_a_longer_name(nlp, text, written, label):
    got = {m.text: m.label for m in _mentions(nlp, text)}
    assert got.get(written) == label, got
    assert "US Congress" not in got.values(), got


@pytest.mark.parametrize(("text", "label", "not_label"), [
    # a known name ending a longer one the text writes is not that known body
    ("The Scottish Miners Congress backed the strike.", "Scottish Miners Congress", "US Congress"),
    ("The Asian Buddhist Congress met in Colombo.", "Asian Buddhist Congress", "US Congress"),
    ("The Sudanese ruling National Congress Party rejected the plan.", "National Congress Party",
     "Indian National Congress"),
    # an organisation's name the recogniser cut short before "and" or "on the"
    ("Delegates of the Peace and Freedom Party met in Ohio.", "Peace and Freedom Party", "Freedom Party"),
    ("The Pontifical Council on the Family criticised Spain's new law.", "Pontifical Council on the Family",
     "Pontifical Council"),
    # ... but a country or a place before it qualifies the known body
    ("Bush urged the United States Congress to pass the bill.", "US Congress", "United States Congress"),
])
def test_a_longer_name_written_wins_over_a_known_one_inside_it(nlp, text, label, not_label):
    got = {m.label for m in _mentions(nlp, text)}
    assert label in got and not_label not in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("He served as a minister under Marie Dubois of the Parti Québécois.", "Parti Québécois"),
    ("Jorge Herrera of the Partido Nacional lost the vote.", "Partido Nacional"),
    ("The Partito Democratico won in Rome.", "Partito Democratico"),
])
def test_a_party_named_in_another_language_is_a_party(nlp, text, name):
    got = {m.text: m.type for m in _mentions(nlp, text)}
    assert got.get(name) == "PoliticalParty", got


@pytest.mark.parametrize(("text", "parties"), PARTIES)
def test_party_adjectives_name_the_party(nlp, text, parties):
    mentions = _mentions(nlp, text, dateline=(0, text.index(" -")) if " - " in text else None)
    got = {m.text: (m.label, m.type) for m in mentions}
    for written, label in parties.items():
        assert got.get(written) == (label, "PoliticalParty"), got
    assert not [m for m in mentions if m.type == "Person" and m.text in parties], got


@pytest.mark.parametrize("text", [
    "The Republican Guard attacked the town.",
    "Workers marched on Labour Day.",
    "The Liberal Democratic Party of Japan won.",
])
def test_party_words_inside_other_names_are_not_the_party(nlp, text):
    labels = {m.label for m in actor_mentions(nlp(text))}
    assert not labels & {"Republican Party", "Labour Party", "Liberal Party of Canada"}, labels


def test_a_person_at_two_dates_holds_two_roles(nlp):
    text = "Nawaz Sharif met the army chief."
    early = [m for m in _mentions(nlp, text, date="1998-05-01") if m.type == "Person"]
    late = [m for m in _mentions(nlp, text, date="2005-05-01") if m.type == "Person"]
    assert [(m.label, m.country, m.cameo) for m in early] == [("Nawaz Sharif", "Pakistan", "PAKGOV")]
    assert [(m.label, m.country, m.cameo) for m in late] == [("Nawaz Sharif", "Pakistan", "PAKELI")]


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("ISLAMABAD - The prime minister said Pakistan would test again.", "1998-05-01", "Nawaz Sharif"),
    # no holder the dictionaries know at the date: the office of the article's country
    ("ISLAMABAD - The prime minister said Pakistan would test again.", "2005-05-01",
     "Prime Minister of Pakistan"),
    ("The President said the United States would not back down.", "2005-05-01", "George W. Bush"),
    ("The President said the United States would not back down.", "1990-05-01", "George Bush"),
    ("The President said the United States would not back down.", None, None),
    ("The former president said the United States was wrong.", "2005-05-01", None),
    # the article names another person with the title: not the dictionaries' holder, the
    # article's own
    ("President Hugo Chavez and the president said the United States and the US agreed.",
     "2005-05-01", "Hugo Chavez"),
    # a country the dictionaries know no holder of: its office, not a person
    ("CANBERRA - The prime minister said Australia would stay.", "2008-06-01",
     "Prime Minister of Australia"),
    # ... but not where the article names the country once only
    ("The prime minister said Australia would stay.", "2008-06-01", None),
])
def test_the_office_holder_at_the_articles_date(nlp, text, date, expected):
    dateline = (0, text.index(" -")) if " - " in text else None
    mentions = _mentions(nlp, text, date=date, dateline=dateline)
    holders = [m.label for m in mentions if m.type == "Person"
               and m.text.lower().endswith(("president", "prime minister"))]
    assert holders == ([expected] if expected else []), [(m.text, m.label) for m in mentions]


def test_a_bare_surname_is_the_leader_in_office(nlp):
    mentions = _mentions(nlp, "Bush said the United States would act.", date="2005-03-01")
    assert [(m.text, m.label) for m in mentions if m.type == "Person"] == [("Bush", "George W. Bush")]


@pytest.mark.parametrize(("text", "written"), [
    ("Maj. Gen. Benjamin R. Mixon spoke.", "Maj. Gen. Benjamin R. Mixon"),
    ("Foreign Minister Sergei Lavrov spoke.", "Foreign Minister Sergei Lavrov"),
    ("Lt. Terry Hastings spoke.", "Lt. Terry Hastings"),
    ("Benjamin Mixon spoke.", None),
    # a word that makes a higher post of the title is part of it; a word of time is not
    ("The mourners honoured Grand Ayatollah Ali al-Sistani.", "Grand Ayatollah Ali al-Sistani"),
    ("Thousands mourned the founder, Grand Ayatollah Khomeini, on Sunday.", "Grand Ayatollah Khomeini"),
    ("Vice Admiral Kevin Moran spoke.", "Vice Admiral Kevin Moran"),
    ("Former Senator Jim Talent spoke.", "Senator Jim Talent"),
    ("Israel attacked the Hamas movement.", "Hamas movement"),
])
def test_names_as_written_with_titles_and_descriptors(nlp, text, written):
    mentions = [m for m in actor_mentions(nlp(text)) if m.type != "Country"]
    assert mentions[0].written == written, [(m.text, m.written) for m in mentions]


@pytest.mark.parametrize(("text", "expected", "absent"), MENTIONS)
def test_actor_mentions(nlp, text, expected, absent):
    mentions = actor_mentions(nlp(text))
    found = {(m.label, m.type, m.country) for m in mentions}
    for label, type_, country in expected:
        assert any(f[0] == label and type_ in (..., f[1]) and country in (..., f[2])
                   for f in found), (label, found)
    labels = {m.label for m in mentions}
    for label in absent:
        assert label not in labels, (label, found)


def test_offsets_point_at_the_text(nlp):
    text = "ISLAMABAD - The Awami National Party (ANP) met Rangers officials."
    for m in actor_mentions(nlp(text)):
        assert text[m.start:m.end] == m.text


def test_dateline_from_article_is_skipped(nlp):
    doc = nlp("KABUL: Taliban fighters entered the city.")
    doc.user_data["article"] = Article(id="x", text=doc.text, dateline_span=(0, 5))
    assert [m.label for m in actor_mentions(doc)] == ["Taliban"]


# sentence, token text (first occurrence after `after`), expected label (None = no actor)
ACTOR_FOR = [
    ("Police arrested MQM leaders and supporters.", "leaders", "Muttahida Qaumi Movement"),
    ("Police arrested MQM leaders and supporters.", "supporters", "Muttahida Qaumi Movement"),
    ("The army killed leaders of the Islamic State.", "leaders", "Islamic State"),
    ("Hamas fighters fired rockets.", "fighters", "Hamas"),
    ("The ANP said the party would not bow.", "party", "Awami National Party"),
    ("Abidi praised the PPP. The party thanked him.", "party", "Pakistan People's Party"),
    ("Kenya's president met opposition leaders.", "president", "President of Kenya"),
    ("The government and military rejected the plan.", "government", "Government of Pakistan"),
    # pronouns: a prior person, a prior organisation, or nothing
    ("Sheikh Hasina called the vote. She said it was fair.", "She", "Sheikh Hasina"),
    # the subject of a clause fronted before the pronoun's own verb
    ("Nawaz Sharif spoke in Lahore. After Imran Khan cast his vote, he accused the PML-N.",
     "he", "Imran Khan"),
    ("Nawaz Sharif spoke in Lahore. He accused the PML-N after Imran Khan cast his vote.", "He",
     "Nawaz Sharif"),
    ("Tony Blair spoke. After Mahmoud Ahmadinejad's announcement that he was releasing the "
     "sailors, Blair thanked Iran.", "he", "Mahmoud Ahmadinejad"),
    ("Hezbollah fired rockets and its leader spoke.", "its", "Hezbollah"),
    ("It is clear that the talks failed.", "It", None),
    ("They said nothing.", "They", None),
    ("We will fight on.", "We", None),
    ("The minister said he would resign.", "he", None),
    # a singular description resolves to the last person of that organisation named
    ("Ali Raza Abidi, an MQM leader, spoke first. Later the MQM lawmaker said no.",
     "lawmaker", "Ali Raza Abidi"),
    ("An ANC official said the talks failed.", "official", "African National Congress"),
    ("The Hamas official, Osama Hamdan, said no.", "official", "Osama Hamdan"),
    # "his party": the party of the person, not merely the last party named
    ("Senior ANC leader Gwede Mantashe said the DA lied and his party members left.",
     "members", "African National Congress"),
    ("ANC chairman Gwede Mantashe criticised the DA. He said his party would win.",
     "party", "African National Congress"),
    # "its"/"the group's" + a post: the organisation that was the subject, not the last named
    ("Hamas rejected the offer and accused the government of lying. Its spokesman said no.",
     "Its", "Hamas"),
    ("Hezbollah accused the army of an ambush. Ali Fayyad, the group's spokesman, said so.",
     "group", "Hezbollah"),
    # "the former president": the person named with that title shortly before
    ("Police detained former President Ana Ruiz on Monday. The former president denied it.",
     "president", "Ana Ruiz"),
    ("Foreign Minister Omar Haddad met Ana Ruiz. The minister said the talks went well.",
     "minister", "Omar Haddad"),
    ("Ana Ruiz was detained. The former president denied it.", "president", None),
    # "the mayor" is not the deputy mayor, "the deputy mayor" is
    ("Deputy Mayor Ana Ruiz opened the meeting. The mayor accused the council.", "mayor", None),
    ("Mayor Tomas Berg and Deputy Mayor Ana Ruiz met. The mayor accused the council.", "mayor",
     "Tomas Berg"),
    ("Deputy Mayor Ana Ruiz opened the meeting. The deputy mayor accused the council.", "mayor",
     "Ana Ruiz"),
    ("Hamas denied it and accused the army of lying. \"We were far away. We did nothing,\" "
     "said Ali Baraka, the group's spokesman.", "group", "Hamas"),
    # a common noun with an organisation in apposition is that organisation
    ("Her movement, the Movement for Democratic Change (MDC), boycotted the vote.",
     "movement", "Movement for Democratic Change"),
]


@pytest.mark.parametrize(("text", "name", "label"), [
    # a name after a royal title is a given name, never someone else's first name
    ("Prince Charles visited Kabul. Charles Kennedy criticised the war.", "Prince Charles",
     "Prince Charles"),
    ("King Hussein met Hussein Ali in Amman.", "King Hussein", "King Hussein"),
    ("King Abdullah met Abdullah Gul in Riyadh.", "King Abdullah", "King Abdullah"),
    # a surname after a courtesy title is that person
    ("Charles Kennedy criticised the war. Mr Kennedy said so.", "Kennedy", "Charles Kennedy"),
])
def test_titled_single_names(nlp, text, name, label):
    mentions = actor_mentions(nlp(text))
    first = next(m for m in mentions if m.text == name)
    assert first.label == label, [(m.text, m.label) for m in mentions]


@pytest.mark.parametrize("text", [
    # "the group" is never an international organisation ("the agency", "the alliance")
    "Members of Greenpeace were arrested. A UNICEF spokesman said the children were safe. "
    "Police said that they had warned the group.",
    "Greenpeace criticised the plan. NATO said the group had broken into the base.",
])
def test_the_group_is_no_international_organisation(nlp, text):
    doc = nlp(text)
    index = ActorIndex(doc, actor_mentions(doc))
    group = [t for t in doc if t.lower_ == "group"][-1]
    actor = index.actor_for(group)
    assert actor is None or actor.type != "InternationalOrganization", actor


@pytest.mark.parametrize(("text", "word", "expected"), ACTOR_FOR)
def test_actor_for(nlp, text, word, expected):
    doc = nlp(text)
    if "government and military" in text:
        doc.user_data["article"] = Article(id="x", text=text, dateline="ISLAMABAD")
    index = ActorIndex(doc, actor_mentions(doc))
    token = next(t for t in doc if t.text == word)
    actor = index.actor_for(token)
    if expected is None:
        assert actor is None
    elif expected == "Government of Pakistan":
        assert actor is not None and actor.label in ("government", "Government of Pakistan")
    else:
        assert actor is not None and actor.label == expected


def test_actors_for_conjuncts(nlp):
    doc = nlp("Asked by Altaf Hussain, the government and military agreed to act.")
    index = ActorIndex(doc, actor_mentions(doc))
    gov = next(t for t in doc if t.text == "government")
    assert [a.label for a in index.actors_for(gov)] == ["government", "military"]
    doc = nlp("KARACHI - Altaf Hussain asked the government and military to act.")
    index = ActorIndex(doc, actor_mentions(doc))
    gov = next(t for t in doc if t.text == "government")
    assert [(a.label, a.country) for a in index.actors_for(gov)] == [
        ("Government of Pakistan", "Pakistan"), ("military", "Pakistan")]


def test_we_in_a_quote_is_the_speakers_party(nlp):
    doc = nlp('"We will never bow to threats," ANC spokesman Mahlengi Bhengu said.')
    index = ActorIndex(doc, actor_mentions(doc))
    assert index.actor_for(doc[1]).label == "African National Congress"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Siddiqi", "Siddiqui", True), ("Mohammed", "Mohammad", False), ("Hussain", "Hassan", False),
    ("Zelensky", "Zelenskyy", True), ("Philippe", "Filipe", True),
])
def test_name_key(a, b, same):
    assert (name_key(a) == name_key(b)) is same


@pytest.mark.parametrize(("text", "mentions"), [
    ("", 0), ("\n\n", 0), ('"', 0), ("\u201cunclosed quote", 0), ("(MQM)", 1), ("By", 0),
    ("Reader Comments\n\nMQM is bad says Ali Khan", 0), ('"We" said they.', 0),
])
def test_degenerate_texts(nlp, text, mentions):
    from graphkit.extract import extract

    result = extract(nlp(text), Article(id="x", text=text))
    assert len(result.mentions) == mentions and result.relations == []


def test_a_leaders_surname_places_a_government(nlp):
    mentions = _mentions(nlp, "WASHINGTON - The Balkenende government fell, US officials said.")
    assert ("Balkenende government", "Government of the Netherlands") in {
        (m.text, m.label) for m in mentions}


def test_a_wife_is_not_the_leader(nlp):
    text = "Mrs. Bush visited a school in the United States."
    assert not [m for m in _mentions(nlp, text, date="2005-03-01") if m.label == "George W. Bush"]


@pytest.mark.parametrize(("text", "parties"), [
    # no country named: the one the ambiguous party names share
    ("The Tories attacked Labour over its tax plans.", {"Conservative Party", "Labour Party"}),
    ("The Tories and the Liberals clashed again.",
     {"Conservative Party of Canada", "Liberal Party of Canada"}),
    # nothing shared: whose Greens these are is not known, and no country's are claimed
    ("The Greens walked out.", {"Greens"}),
])
def test_parties_of_an_article_naming_no_country(nlp, text, parties):
    assert {m.label for m in actor_mentions(nlp(text)) if m.type == "PoliticalParty"} == parties


def test_a_government_named_after_an_unknown_leader_is_its_own(nlp):
    text = "TORONTO - The McGuinty government and the federal government clashed in Canada."
    got = {(m.text, m.label, m.country) for m in _mentions(nlp, text, dateline=(0, 7))}
    assert ("McGuinty government", "McGuinty government", None) in got, got
    assert any(label == "Government of Canada" for _, label, _ in got), got


@pytest.mark.parametrize(("text", "label", "country"), [
    # a party name many countries use names the article's own party
    ("Zelaya won Honduras' presidential election. He defeated National Party candidate Porfirio "
     "Lobo Sosa.", "National Party", "Honduras"),
    ("CANBERRA - The National Party leader Warren Truss criticised the government.",
     "National Party of Australia", "Australia"),
])
def test_a_common_party_name_is_the_articles_own_party(nlp, text, label, country):
    got = {(m.label, m.country) for m in _mentions(nlp, text)
           if m.type == "PoliticalParty"}
    assert (label, country) in got, got


# every form an article uses for an actor, and what must stay apart
NAMES = [
    # an acronym the text defines in brackets right after the name, with a letter of its own
    ("Delegates of the Australian Manufacturing Workers Union (AMFU) met. The AMFU backed the plan.",
     [("AMFU", "Australian Manufacturing Workers Union")], []),
    # ... but two letters apart it defines nothing
    ("Delegates of the Australian Workers Union (ABC) met.", [], [("ABC", "Australian Workers Union")]),
    # a name the NER took for an organisation that the text appoints to an office
    ("Carmel Tebbutt was appointed as the state's deputy premier. Tebbutt said she was ready.",
     [("Carmel Tebbutt", "Carmel Tebbutt"), ("Tebbutt", "Carmel Tebbutt")], []),
    # a person after a title and a hyphenated rank is no place, and the given name alone is them
    ("Army Commander-in-Chief General Sonthi Boonyaratglin ordered soldiers deployed. The military "
     "led by Sonthi ousted the prime minister.",
     [("Sonthi Boonyaratglin", "Sonthi Boonyaratglin"), ("Sonthi", "Sonthi Boonyaratglin")], []),
    # a given name opens a name: a heading before it is not part of it
    ("2008 US Presidential Election John McCain, the leading candidate, launched a tour. McCain spoke.",
     [("John McCain", "John McCain"), ("McCain", "John McCain")], [("John McCain", "Presidential Election John McCain")]),
    # an organisation's leading acronym alone is the organisation, unless another actor has it
    ("The network ABC News reported it. Officials could not confirm the ABC report.",
     [("ABC", "ABC News")], []),
    ("The UN Security Council met. The UN said the vote was close.",
     [("UN", "United Nations")], [("UN", "UN Security Council")]),
    # a national party with a place of its country is its branch there, however written
    ("Bill Gwatney, chairman of the Democratic Party of Arkansas, died. The Arkansas Democratic Party "
     "mourned him. The Democratic Party sent flowers.",
     [("Democratic Party of Arkansas", "Democratic Party of Arkansas"),
      ("Arkansas Democratic Party", "Democratic Party of Arkansas"), ("Democratic Party", "Democratic Party")],
     []),
    ("He chairs the Texas Republican Party.", [("Texas Republican Party", "Republican Party of Texas")], []),
    # a national government named as an organisation is the country's government
    ("CANBERRA - The Australian Government has announced a plan for roads in Australia. The "
     "Federal Government said it would pay.",
     [("Australian Government", "Government of Australia"),
      ("Federal Government", "Government of Australia")], []),
    # a hyphenated modifier stays whole in an agent's label
    ("Pakistan had warned British counter-terrorism experts about the plans.",
     [("British counter-terrorism experts", "counter-terrorism experts")], []),
    # a region's demonym or abbreviation names the branch too (``regions.tsv``), even where the
    # article names no country and the party's name is several countries'
    ("Rob Kerin, leader of the South Australian Liberal Party, has conceded defeat.",
     [("South Australian Liberal Party", "Liberal Party of South Australia")],
     [("Liberal Party", "Liberal Party of Australia")]),
    ("Peter Debnam, the leader of the NSW Liberal Party, said the plan was a fraud.",
     [("NSW Liberal Party", "Liberal Party of New South Wales")], []),
    # a state's government, its name however the NER types it, is the state's, not the country's
    ("Opposition MPs criticised the New South Wales government over the rail contract.",
     [("New South Wales government", "Government of New South Wales")],
     [("New South Wales government", "Government of Australia")]),
    ("The US Democratic Party lost the vote.", [("Democratic Party", "Democratic Party")],
     [("US Democratic Party", "Democratic Party of US")]),
    # a quoted name before a named head, a quoted title that speaks or has members
    ('Iemma quarrelled with the Labor Party\'s dominant "Centre Unity" faction about the reshuffle.',
     [('"Centre Unity" faction', "Centre Unity")], []),
    ('Six are members of a charity by the name of "Zoe\'s Ark," officials said. "Zoe\'s Ark" denied it.',
     [("Zoe's Ark", "Zoe's Ark")], [("Zoe", "Zoe")]),
    # an office with no name is the one person the article names with it
    ("Saudi Arabia's King called the talks. Officials hope to meet King Abdullah on Tuesday.",
     [("King", "King Abdullah"), ("King Abdullah", "King Abdullah")], []),
    ("The President of Chad, Idriss Deby, says it is a case of kidnap.",
     [("Idriss Deby", "Idriss Deby")], [("President", "President of Chad")]),
    ("The Brazilian president defended the Venezuelan President Hugo Chavez.", [("Hugo Chavez", "Hugo Chavez")],
     [("Brazilian president", "Hugo Chavez"), ("The Brazilian president", "Hugo Chavez")]),
    ("Deputy Premier John Watkins resigned. The Premier wanted a reshuffle.",
     [("John Watkins", "John Watkins")], [("Premier", "John Watkins")]),
    # officials a country alone qualifies are its government, also "in" the country
    ("Nine French nationals will face charges, officials in Chad say.",
     [("officials", "Government of Chad")], []),
    ("Icelandic officials denied it.", [("Icelandic officials", "Government of Iceland")], []),
    ("Election officials in Chad counted the votes.", [("Election officials", "election officials")],
     [("Election officials", "Government of Chad")]),
    # a surname after the quote that closes a quotation is the speaker named in full, no title
    ('Liberal leader Karl Brandt rejected the offer. "We are open to talks, but not on everything," '
     'Brandt told journalists after a long meeting.',
     [("Brandt", "Karl Brandt")], [("Brandt", "Brandt")]),
    # a name written shorter is the one person the article names in full: without a middle
    # initial, the end of a long name, a hyphenated surname however the recogniser read it
    ("Senator Robert J. Hanley opposed the bill on Monday. Robert Hanley said it would cost too much.",
     [("Robert Hanley", "Robert J. Hanley")], [("Robert Hanley", "Robert Hanley")]),
    ("The visit was hosted by President Jose Manuel Ortega da Cunha. Ortega da Cunha told reporters "
     "the talks went well.", [("Ortega da Cunha", "Jose Manuel Ortega da Cunha")], []),
    ('Kwabena Asante-Mensah is Ghana\'s trade minister. "We will not sign this deal," Asante-Mensah '
     'noted on Friday.', [("Asante-Mensah", "Kwabena Asante-Mensah")], []),
    ('Akwasi Boateng-Darko is the foreign minister. "The talks will go on," Boateng-Darko said.',
     [("Boateng-Darko", "Akwasi Boateng-Darko")], [("Boateng-Darko", "Boateng-Darko")]),
    ("Senator Mary Ellen Walsh spoke for the bill. Mary Walsh said it would pass.",
     [("Mary Walsh", "Mary Ellen Walsh")], []),
    # a rank that ends a title is no part of the name ("Sergeant Major"; "John Major" keeps it)
    ("Sergeant Major Dan Ionescu, 40, was wounded in the blast near the base.",
     [("Dan Ionescu", "Dan Ionescu")], [("Major Dan Ionescu", "Major Dan Ionescu")]),
    # ... a rank after a civil title is a name ("Rep. Major R. Owens")
    ("Rep. Major T. Hollis signed the letter on Friday.", [("Major T. Hollis", "Major T. Hollis")], []),
    # a full name right after the quote that closes a quotation is its speaker, a person
    ('"He is heading without doubt for a place to flee on board a canoe," Cyrus Modahl said.',
     [("Cyrus Modahl", "Cyrus Modahl")], []),
    # a word before the name that is no title nor name stays out of the short name's person
    ("Incumbent Milan Petrovic came second in the vote. Milan Petrovic said he would run again.",
     [("Milan Petrovic", "Milan Petrovic")], [("Milan Petrovic", "Incumbent Milan Petrovic")]),
]


@pytest.mark.parametrize(("text", "found", "absent"), NAMES)
def test_every_form_of_an_actor(nlp, text, found, absent):
    mentions = {(m.text, m.label) for m in actor_mentions(nlp(text))}
    for pair in found:
        assert pair in mentions, mentions
    for pair in absent:
        assert pair not in mentions, mentions


@pytest.mark.parametrize(("text", "written"), [
    ("John Howard spoke. Kim Beazley accused the Howard government of fatigue.", "Howard government"),
    ("Mixon said that Iraqi government officials are too slow.", "Iraqi government"),
    ("Charges will follow, officials in Chad say.", "officials in Chad"),
])
def test_agents_as_written_with_the_names_their_mention_leaves_out(nlp, text, written):
    assert written in {m.written for m in actor_mentions(nlp(text))}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a country modifying the group an agent word qualifies is the agent's
    ("Islamabad - Pakistani troops crossed the border, Afghan military officials said.",
     [("military", "Afghanistan")], [("military", "Pakistan")]),
    # a leader's government is their country's, whatever the article is about
    ("JERUSALEM - George W. Bush spoke. Ehud Olmert met the Bush administration in Jerusalem.",
     [("Government of the United States", "United States")], [("Government of Israel", "Israel")]),
    # an armed group's or alliance's forces are theirs, no country's
    ("KABUL - NATO forces killed two militants in Kandahar, Afghan officials said.",
     [("NATO", None)], [("forces", "Afghanistan")]),
    ("BAGHDAD - Abu Musab al-Zarqawi's army attacked the town.", [], [("army", "Iraq")]),
])
def test_whose_agent_it_is(nlp, text, expected, absent):
    dateline = (0, text.index(" -"))
    mentions = {(m.label, m.country) for m in _mentions(nlp, text, date="2005-06-01", dateline=dateline)}
    for pair in expected:
        assert pair in mentions, mentions
    for pair in absent:
        assert pair not in mentions, mentions


def test_an_unnamed_monarch_is_no_office_of_the_articles_country(nlp):
    # not every country has a king or queen: only a government post falls back to the office
    text = "WASHINGTON - The queen waved to the crowd. The United States welcomed her."
    mentions = _mentions(nlp, text, date="2007-05-01", dateline=(0, 10))
    assert not [m for m in mentions if m.label.startswith("Queen of")], [
        (m.text, m.label) for m in mentions]
