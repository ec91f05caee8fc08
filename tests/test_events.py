"""Event extraction: sentence -> (subject, class, object, negated) tables.

Labels are matched loosely (the expected text must occur in the actor's label or the literal
value, case-insensitively) so that these tables test the event grammar, not the exact naming
the actor extractor chooses.
"""

from __future__ import annotations

import pytest

from graphkit.model import PLOVER_TYPES  # noqa: E402


@pytest.fixture(scope="module")
def extract(extract_events):
    return extract_events


def _label(rel, which):
    mention = rel.subject if which == "subject" else rel.object
    return (mention.label if mention is not None else rel.about or rel.value or "").lower()


def _has(rels, subject, cls, obj, negated, *, literal=True):
    return any(subject.lower() in _label(r, "subject") and r.cls == cls
               and obj.lower() in _label(r, "object") and r.negated == negated
               and (literal or r.object is not None) for r in rels)


def _show(rels):
    return [(r.subject.label, r.relation, r.cls, r.object.label if r.object else r.value,
             r.negated, r.modality) for r in rels]


FOUND = [
    # plain active clauses, other countries and institutions
    ("Iran's foreign ministry accused Washington of meddling in its affairs.",
     "ministry", "ACCUSE", "United States", False),
    ("Rebels attacked a police post in the north.", "rebels", "ASSAULT", "police", False),
    ("The European Union imposed new sanctions on Belarus.", "European Union", "SANCTION",
     "Belarus", False),
    ("Kenya's president met opposition leaders in Nairobi.", "Kenya", "CONSULT",
     "opposition", False),
    ("Police arrested three members of the Muslim Brotherhood in Cairo.", "police", "COERCE",
     "Muslim Brotherhood", False),
    ("The ANC condemned the Democratic Alliance for the violence.", "African National Congress",
     "ACCUSE", "Democratic Alliance", False),
    ("Protesters accused the police of brutality.", "protesters", "ACCUSE", "police", False),
    ("Demonstrators protested against the government in Caracas.", "demonstrators", "PROTEST",
     "government", False),
    ("The United States praised India for its response.", "United States", "SUPPORT", "India",
     False),
    ("The Houthis threatened Saudi Arabia and the United Arab Emirates.", "Houthis",
     "THREATEN", "United Arab Emirates", False),
    ("China warned Taiwan against any move toward independence.", "China", "THREATEN",
     "Taiwan", False),
    ("The EU lifted sanctions on Belarus.", "European Union", "CONCEDE", "Belarus", False),
    ("The Pentagon deployed troops to Poland.", "Pentagon", "MOBILIZE", "Poland", False),
    ("Israeli forces arrested the Hamas leader in Hebron.", "forces", "COERCE", "Hamas", False),
    ("NATO urged Russia to withdraw its troops from the border.", "NATO", "REQUEST", "Russia",
     False),
    ("Ukraine's foreign minister visited Washington.", "Ukraine", "CONSULT", "United States",
     False),
    # passives, with and without a by-agent, and participles
    ("Hamas fighters were killed by Israeli troops.", "troops", "ASSAULT", "Hamas", False),
    ("The government and military were criticised by Amnesty International.",
     "Amnesty International", "ACCUSE", "military", False),
    ("Three Hezbollah commanders detained by the Lebanese army were released on Monday.",
     "army", "COERCE", "Hezbollah", False),
    # conjoined subjects and objects
    ("Germany and France criticised Poland's parliament.", "France", "ACCUSE", "parliament",
     False),
    ("Mexico's president criticised the United States and Canada.", "Mexico", "ACCUSE",
     "Canada", False),
    ("Sudan's army and the RSF clashed in Khartoum.", "army", "ASSAULT", "Rapid Support",
     False),
    ("Sudan's army and the RSF clashed in Khartoum.", "Rapid Support", "ASSAULT", "army",
     False),  # a clash goes both ways
    ("The fighting between Hamas and Fatah continued in Gaza.", "Fatah", "ASSAULT", "Hamas", False),
    ("The Hamas movement, which refuses to recognize Israel, won the elections.", "Hamas",
     "REJECT", "Israel", False),
    ("The U.N. said that Iran must suspend all uranium enrichment.", "United Nations",
     "REQUEST", "Iran", False),
    ("The Security Council repeated its demand that Iran suspend all enrichment.", "Security Council",
     "REQUEST", "Iran", False),
    ("A Security Council resolution imposing sanctions on Iran was passed.", "Security Council",
     "SANCTION", "Iran", False),
    ("Police opened fire on protesters in Nairobi.", "police", "ASSAULT", "protesters", False),
    # naming someone something pejorative accuses (or, dismissing, rejects) them
    ("The United States and the European Union have labelled Hamas a terrorist organization.",
     "European Union", "ACCUSE", "Hamas", False),
    ("Bush called Iran a rogue state.", "Bush", "ACCUSE", "Iran", False),
    ("Iran dismissed the Security Council's resolution as a piece of paper.", "Iran", "REJECT",
     "Security Council", False),
    # "as" and an adjective; an "as" phrase that ends a clause on the object
    ("Olga Petrenko described the Russian proposal as absurd.", "Olga Petrenko", "ACCUSE", "Russia",
     False),
    ("Olga Petrenko labelled a Russian report that two generals had been killed in the raid as "
     '"ridiculous".', "Olga Petrenko", "ACCUSE", "Russia", False),
    # disrupting an actor's speech or rally is a protest against that actor
    ("Dozens of students disrupted a speech by Senator Tomas Berg in Leeds.", "students", "PROTEST",
     "Tomas Berg", False),
    ("Opposition activists disrupted Governor Ana Ruiz's rally on Sunday.", "opposition", "PROTEST",
     "Ana Ruiz", False),
    # refusals reject the other party; bans; a subject the parser took for a modifier
    ("Hamas refused to meet Mahmoud Abbas.", "Hamas", "REJECT", "Mahmoud Abbas", False),
    ("The opposition rejected calls by Mahmoud Abbas for a unity government.", "opposition",
     "REJECT", "Mahmoud Abbas", False),
    ("Pakistan outlawed Lashkar-e-Taiba in 2002.", "Pakistan", "SANCTION", "Lashkar-e-Taiba", False),
    # aid blocked, passports revoked and granted
    ("The European Union has blocked financial aid to Hamas.", "European Union", "SANCTION",
     "Hamas", False),
    ("The parliament of Iceland granted Bobby Fischer an Icelandic passport on Monday.", "parliament",
     "AID", "Bobby Fischer", False),
    ("The EU will investigate allegations by Human Rights Watch that the CIA ran secret jails.",
     "European Union", "ACCUSE", "Central Intelligence Agency", False),
    ("Pakistan and India agreed to resume talks.", "Pakistan", "AGREE", "India", False),
    # complements and control
    ("Ethiopia's prime minister has demanded Eritrea withdraw its forces.", "Ethiopia",
     "REQUEST", "Eritrea", False),
    ("The opposition has been pressurising the government to hold early elections.",
     "opposition", "REQUEST", "government", False),
    ("President Emmanuel Macron called on the rebels to lay down their arms.", "Macron",
     "REQUEST", "rebels", False),
    ("The United States issued a stern reminder to Iraq that it must respect the ceasefire.",
     "United States", "REQUEST", "Iraq", False),
    # nominal triggers and light verbs
    ("Al-Shabaab issued a fresh threat to Kenya.", "Shabaab", "THREATEN", "Kenya", False),
    ("Boko Haram's threat to Nigeria's government worries diplomats.", "Boko Haram",
     "THREATEN", "Nigeria", False),
    ("Israel launched airstrikes on Hezbollah positions in Lebanon.", "Israel", "ASSAULT",
     "Hezbollah", False),
    ("China held talks with Japan on Tuesday.", "China", "CONSULT", "Japan", False),
    ("The African Union offered to mediate between the government and the opposition.",
     "African Union", "CONSULT", "opposition", False),
    ("The Egyptian government has been in talks with Hamas.", "Egypt", "CONSULT", "Hamas",
     False),
    ("Hamas rejected Israel's demands.", "Israel", "REQUEST", "Hamas", False),
    ("Hamas rejected Israel's demands.", "Hamas", "REJECT", "Israel", False),
    ("Ignoring a fresh threat issued by Boko Haram, the Nigerian government reopened schools.",
     "Boko Haram", "THREATEN", "Nigeria", False),
    # a plan or wish to attack is a threat
    ("Hezbollah plans to attack Israel.", "Hezbollah", "THREATEN", "Israel", False),
    ("The Taliban want to attack the Afghan army.", "Taliban", "THREATEN", "army", False),
    ("Turkey threatened to expel the Dutch ambassador.", "Turkey", "THREATEN", "Netherlands",
     False),
    ("The White House criticised Beijing's crackdown on protesters in Hong Kong.",
     "White House", "ACCUSE", "China", False),
    ("The White House criticised Beijing's crackdown on protesters in Hong Kong.",
     "China", "COERCE", "protesters", False),
    ("The talks between Israel and Hamas collapsed.", "Israel", "CONSULT", "Hamas", False),
    ("Hezbollah fired rockets at Israel.", "Hezbollah", "ASSAULT", "Israel", False),
    ("Senator Jane Doe, who was arrested by police last week, was released.", "police",
     "COERCE", "Jane Doe", False),
    ("The Security Council imposed an arms embargo on South Sudan.", "Security Council",
     "SANCTION", "South Sudan", False),
    ("Iran poses a serious threat to Israel.", "Iran", "THREATEN", "Israel", False),
    ("Opposition supporters clashed with police in Lagos.", "opposition", "ASSAULT", "police",
     False),
    ("Joe Biden held a phone call with Xi Jinping on Monday.", "Biden", "CONSULT", "Xi Jinping",
     False),
    ("Brazil's president hit out at the United States.", "Brazil", "ACCUSE", "United States",
     False),
    ("Opposition lawmakers walked out of parliament.", "opposition", "PROTEST", "parliament",
     False),
    ("Security forces shot dead three protesters in Khartoum.", "forces", "ASSAULT",
     "protesters", False),
    ("The Iranian government vowed to retaliate against Israel.", "Iran", "THREATEN", "Israel",
     False),
    ("The BJP accused the Congress party of corruption.", "Bharatiya Janata Party", "ACCUSE",
     "Congress", False),
    ("The Congress party has rejected the BJP's allegations.", "Congress", "REJECT",
     "Bharatiya Janata Party", False),
    ("The Election Commission banned the PTI from using its electoral symbol.",
     "Election Commission", "SANCTION", "Tehreek-e-Insaf", False),
    ("Israel agreed to a ceasefire with Hamas after talks mediated by Egypt.", "Israel",
     "AGREE", "Hamas", False),
    ("Germany's support for Ukraine angered Moscow.", "Germany", "SUPPORT", "Ukraine", False),
    ("Amnesty International complained about the Kenyan police.", "Amnesty", "ACCUSE",
     "police", False),
    ("NATO condemned the Russian army's attack on Kyiv.", "NATO", "ACCUSE", "army", False),
    ("Police used tear gas to disperse the protesters in Nairobi.", "police", "COERCE",
     "protesters", False),
    ("The Nigerian government has declared a ceasefire with the separatists.", "Nigeria",
     "AGREE", "separatists", False),
    # headlines and fragments
    ("Serbia defies EU pressure", "Serbia", "REJECT", "European Union", False),
    ("Serbia defies EU pressure", "European Union", "REQUEST", "Serbia", False),
    ("Police arrest 20 ISIS suspects in Istanbul", "police", "COERCE", "Islamic State", False),
    # literal targets when no actor is named
    ("Gunmen kidnapped two Italian engineers in Nigeria.", "gunmen", "COERCE",
     "engineers", False),
    ("The Venezuelan government released dozens of political prisoners.", "Venezuela",
     "CONCEDE", "political prisoners", False),
    # a named speaker reporting a threat or an attack accuses its author; so does whoever
    # speaks of an actor's misconduct
    ("Opposition leader Nelson Chamisa said the army had attacked the protesters.",
     "Nelson Chamisa", "ACCUSE", "army", False),
    ("Human Rights Watch wants to end the violence of the militias in Libya.",
     "Human Rights Watch", "ACCUSE", "militias", False),
    ("The Kenyan opposition marched against the brutality of the police.", "opposition",
     "ACCUSE", "police", False),
    # negated and denied
    ("Russia did not attack Ukraine.", "Russia", "ASSAULT", "Ukraine", True),
    ("The Taliban have never threatened Pakistan.", "Taliban", "THREATEN", "Pakistan", True),
    ("Taliban spokesman Zabihullah Mujahid denied the group had attacked the convoy.",
     "Taliban", "ASSAULT", "convoy", True),
    ("The Kremlin denied that it had attacked the convoy.", "Kremlin", "ASSAULT", "convoy",
     True),
    ("The Peruvian government will not ask Alan Lopez to resign.", "Peru", "REQUEST",
     "Lopez", True),
    ("Labour said it might never form any alliance with the Conservatives.", "Labour",
     "COOPERATE", "Conservative", True),
    ("The government refused to meet the rebels.", "government", "CONSULT", "rebels", True),
    # a denial covers its own clause, not the verb conjoined after it, nor a headline's
    # earlier clause
    ("The Kurdistan Workers' Party denied that its fighters had ambushed the convoy and "
     "accused the Turkish army of staging the incident.", "Kurdistan Workers", "ACCUSE",
     "army", False),
    ("The Kurdistan Workers' Party denied that its fighters had ambushed the convoy and "
     "accused the Turkish army of staging the incident.", "Kurdistan Workers", "ASSAULT",
     "convoy", True),
    ("Colombia accuses FARC dissidents of attack on pipeline; rebels deny", "Colombia",
     "ACCUSE", "FARC", False),
    ("Hamas denied that it had fired rockets at Israel.", "Hamas", "ASSAULT", "Israel", True),
    # what a speaker reports of itself or its own forces, it did
    ("The Israeli military said its aircraft had struck Hezbollah positions in southern "
     "Lebanon.", "military", "ASSAULT", "Hezbollah", False),
    ("Nigeria's army said its troops had killed 20 members of Boko Haram near Maiduguri.",
     "army", "ASSAULT", "Boko Haram", False),
    ("The British government said it had frozen the assets of Oleg Deripaska.", "government",
     "SANCTION", "Deripaska", False),
    ("Ukraine said it had shelled Russian positions near Bakhmut.", "Ukraine", "ASSAULT",
     "Russia", False),
    # marches and demonstrations are protests
    ("Supporters of the Pakistan Tehreek-e-Insaf marched on parliament on Monday.",
     "Tehreek", "PROTEST", "parliament", False),
    ("The Awami League demonstrated against the government in Dhaka.", "Awami", "PROTEST",
     "government", False),
    ("The Awami League asked the government for the release of its leaders.", "Awami",
     "REQUEST", "government", False),
    # an agreement signed by two men joins them, not each with his own side
    ("The accord, signed by Ethiopian army chief Birhanu Jula and TPLF commander Tadesse "
     "Werede, ends the war.", "Birhanu Jula", "AGREE", "Tadesse Werede", False),
    ("Israel and Hamas signed a ceasefire on Friday.", "Israel", "AGREE", "Hamas", False),
    # a dateline is not the subject; a post held by a named person targets the person
    ("KATHMANDU, Jan 3 (GNW) \u2013 Nepal's police arrested the leader of the Rastriya "
     "Prajatantra Party, Rajendra Lingden, on Monday.", "police", "COERCE", "Lingden", False),
    # sanctions on a country's unnamed officials target its government
    ("The EU imposed sanctions on 25 Belarusian officials.", "European Union", "SANCTION",
     "Government of Belarus", False),
    ("The United States sanctioned three Iranian officials.", "United States", "SANCTION",
     "Government of Iran", False),
    # a subject named in apposition; a detention ordered by a judge
    ("Quispe's party, Partido Nacion Unida (PNU), called the ruling a coup and accused the "
     "judge of bias.", "Partido Nacion Unida", "ACCUSE", "judge", False),
    ("A Bolivian judge ordered the detention of former President Evo Morales.", "judge",
     "COERCE", "Evo Morales", False),
    ("The court did not order the arrest of Imran Khan.", "court", "COERCE", "Imran Khan",
     True),
    # a general strike is a protest
    ("The Awami League called a nationwide strike against the government.", "Awami League",
     "PROTEST", "Bangladesh", False),
    ("The opposition called a general strike against the government on Monday.",
     "opposition", "PROTEST", "government", False),
    # a reaction to an event named earlier points at its author
    ("Sudan's army accused the Rapid Support Forces of shelling El Fasher. The RSF rejected "
     "the charge.", "Rapid Support Forces", "REJECT", "army", False),
    ("The European Union imposed sanctions on Belarus. The Kremlin criticised the sanctions.",
     "Kremlin", "ACCUSE", "European Union", False),
    # ruling out cooperation rejects the partner
    ("Friedrich Merz has ruled out any cooperation with the AfD in Saxony.", "Merz", "REJECT",
     "Alternative for Germany", False),
    # firing tear gas is repression
    ("Police fired tear gas at supporters of the PTI in Lahore.", "police", "COERCE",
     "Tehreek", False),
    # an attack promised on a condition is a threat
    ("The army will attack the rebels if they refuse to surrender.", "army", "THREATEN",
     "rebels", False),
    # events nested in speech and warnings; conditional threats (issue: real news)
    ("Russia said it would cut ties with Georgia.", "Russia", "THREATEN", "Georgia", False),
    ("Iran warned that it would retaliate against any attack by Israel.", "Iran", "THREATEN",
     "Israel", False),
    ("Iran warned Israel of serious consequences.", "Iran", "THREATEN", "Israel", False),
    ("Labour threatened to boycott the vote unless the government rescinded the decree.",
     "Labour", "THREATEN", "government", False),
    # a threat of an act with no one to receive it targets the one the condition is put to
    ("Hamas threatened further attacks unless Israel withdrew its troops.", "Hamas", "THREATEN",
     "Israel", False),
    ("The rebels threatened to strike unless the government released the prisoners.", "rebels",
     "THREATEN", "government", False),
    ("Tony Blair and Bertie Ahern signed the Good Friday Agreement in Belfast.", "Tony Blair",
     "AGREE", "Bertie Ahern", False),
    # a crowd that marches or rallies protests; asking for or ruling out talks with someone is a
    # request of or a rejection of them
    ("Tens of thousands of protesters marched in Kathmandu.", "protesters", "PROTEST", "", False),
    ("Hundreds of supporters of the opposition rallied outside the court.", "supporters",
     "PROTEST", "", False),
    ("Mohammad Khatami ruled out direct talks with Washington.", "Khatami", "REJECT",
     "United States", False),
    ("The rebels called for talks with the government.", "rebels", "REQUEST", "government",
     False),
    # a lone attacker is an actor; an attack named as the subject of a killing is its owner's;
    # fire exchanged goes both ways
    ("A gunman fired at Benazir Bhutto.", "gunman", "ASSAULT", "Bhutto",
     False),
    ("NATO air strikes killed 24 Pakistani soldiers.", "NATO", "ASSAULT", "soldiers", False),
    ("India and Pakistan exchanged artillery fire in Kashmir.", "Pakistan", "ASSAULT", "India",
     False),
    # welcoming an act named earlier supports its author; troops counted are still troops sent
    ("Syria completed the withdrawal of its troops from Lebanon, and UN envoy Terje Roed-Larsen "
     "welcomed the pullout.", "Roed-Larsen", "SUPPORT", "Syria", False),
    ("The United States sent thousands of troops to Haiti.", "United States", "MOBILIZE",
     "Haiti", False),
    ("Hugo Chavez ordered ten army battalions to the Colombian border.", "Chavez", "MOBILIZE",
     "Colombia", False),
    ("Indonesia began negotiations with the rebels, not with its own government.", "Indonesia",
     "CONSULT", "rebels", False),
    # two demonyms before one agent noun are two agents
    ("Nigerian and Cameroonian troops attacked Boko Haram fighters near the border.", "troops",
     "ASSAULT", "Boko Haram", False),
    # speaking with someone is consulting them; speaking to reporters is not
    ("Barack Obama spoke with Vladimir Putin on Tuesday.", "Obama", "CONSULT", "Putin", False),
    # criticism spoken as a clause is criticism of the clause's subject
    ('"Comparatively, Canada is behind the curve," chastised spokesman Nehal Bhuta.', "Bhuta",
     "ACCUSE", "Canada", False),
    ("Amnesty International complained that Israel had used excessive force.", "Amnesty",
     "ACCUSE", "Israel", False),
    # criticism drawn, attracted or faced is criticism of the one who draws it
    ("Pervez Musharraf sacked the chief justice, drawing sharp criticism from Washington.",
     "United States", "ACCUSE", "Musharraf", False),
    # "the move" recalls the last act before it; the object the parser made a participle's
    # subject is still the object
    ("Saudi Arabia sent troops into Bahrain, and Iran condemned the move as unacceptable.",
     "Iran", "ACCUSE", "Saudi Arabia", False),
    ("Police arrested opposition leader Raila Odinga hiding in a church in Nairobi.", "police",
     "COERCE", "Raila Odinga", False),
    # the forces withdrawn are the means; the place left is whose
    ("Syria completed the withdrawal of its troops from Lebanon.", "Syria", "RETREAT", "Lebanon",
     False),
    ("Iraq pulled back troops from the Kuwaiti border.", "Iraq", "RETREAT", "Kuwait", False),
    # who goes somewhere for talks with someone holds them; a refusal to hand someone over is
    # a refusal of the one it would go to
    ("James Baker flew to Moscow for talks with Eduard Shevardnadze.", "James Baker", "CONSULT",
     "Eduard Shevardnadze", False),
    ("The Taliban refused to hand over Osama bin Laden to the United States.", "Taliban",
     "REJECT", "United States", False),
    ("French officials warned Hamas against the operation.", "Government of France", "REQUEST", "Hamas", False),
    # targets through the phrase: owners, sources and recipients
    ("Pakistan turned down an offer from Kabul.", "Pakistan", "REJECT", "Afghanistan", False),
    ("The EU imposed an embargo on arms exports to China.", "European Union", "SANCTION",
     "China", False),
    ("Tehran held talks with Moscow.", "Iran", "CONSULT", "Russia", False),
    # attacks by words are criticism; attacks on things or by armed men are violence
    ("The Tories attacked Labour over its tax plans.", "Conservative", "ACCUSE", "Labour", False),
    ("Blair attacked Germany's decision to stay out of the war.", "Blair", "ACCUSE", "Germany", False),
    ("Gunmen attacked a convoy near Kandahar.", "gunmen", "ASSAULT", "convoy", False),
    ("Gordon Brown was attacked by gunmen in Glasgow.", "gunmen", "ASSAULT", "Brown", False),
    # the person a post is given to acts; the two sides of talks "between" them talk
    ("The former director of the Central Intelligence Agency, Admiral Stansfield Turner, has "
     "condemned the US administration.", "Stansfield Turner", "ACCUSE", "United States", False),
    ("They pressed the US over WTO negotiations between Australia and the United States.",
     "Australia", "CONSULT", "United States", False),
    # a challenge to someone criticises them; a challenge to do something asks it
    ("Arlen Specter has directly challenged President George W. Bush.", "Specter", "ACCUSE",
     "Bush", False),
    ("Obama challenged McCain to a debate.", "Obama", "REQUEST", "McCain", False),
    ("Pakistan asked India to release the prisoners.", "Pakistan", "REQUEST", "India", False),
    ("Pakistan asked India for help.", "Pakistan", "REQUEST", "India", False),
    # names cased as names are people: "McCain", "DeLay"
    ("McCain also criticized Barack Obama and Hillary Clinton.", "McCain", "ACCUSE", "Obama", False),
    ("Hugo Chavez called George Bush a devil.", "Chavez", "ACCUSE", "Bush", False),
    # groups of people protest, with or without a target
    ("Students protested against the Iranian government.", "students", "PROTEST", "Iran", False),
    ("Thousands of Iranians marched in Tehran against the government.", "Iranians", "PROTEST",
     "Iran", False),
    ("Opposition supporters protested in Tehran.", "opposition", "PROTEST", "", False),
    # the owner of the weapons acts; a place of the other side is that side
    ("NATO warplanes bombed Serbian positions near Sarajevo.", "NATO", "ASSAULT", "Serbia", False),
    ("Russian jets attacked Georgian villages.", "Russia", "ASSAULT", "Georgia", False),
    ("Israeli tanks shelled the town of Beit Hanoun.", "Israel", "ASSAULT", "Beit Hanoun", False),
    ("Maoist rebels ambushed an army convoy.", "Maoist", "ASSAULT", "army", False),
    ("Taleban fighters attacked a NATO base.", "Taliban", "ASSAULT", "NATO", False),  # a spelling
    ("The police station was attacked by Taliban fighters.", "Taliban", "ASSAULT", "police", False),
    # the members an organisation names act for it; a plural name is singular before a noun
    ("Hezbollah guerrillas fired rockets into northern Israel.", "Hezbollah", "ASSAULT", "Israel",
     False),
    ("FARC guerrillas kidnapped three Colombian soldiers.", "FARC", "COERCE", "soldiers", False),
    ("Tamil Tiger rebels attacked the Sri Lankan army near Jaffna.", "Liberation Tigers",
     "ASSAULT", "army", False),    # a phrase pattern of the CAMEO dictionary gives a verb it knows no code for its code
    ("Russia cut gas supplies to Ukraine.", "Russia", "SANCTION", "Ukraine", False),
    # "who" after "X of the party" is X, the person
    ("The debate was opened by Ivan Petrovic of the Serbian Radical Party, who criticized Vesna "
     "Kostic.", "Petrovic", "ACCUSE", "Kostic", False),
    # defending a person or a policy in words is support, not protection
    ("Kenyan President Mwai Kibaki defended Raila Odinga's strategy on Somalia.", "Kibaki",
     "SUPPORT", "Odinga", False),
    ("The Brazilian president defended the Venezuelan President Hugo Chavez.", "Brazil",
     "SUPPORT", "Chavez", False),
    # a state's protest to another is an official complaint; people's protest is a protest
    ("Iraq officially protested Turkish artillery attacks.", "Iraq", "ACCUSE", "Turkey", False),
    ("Students protested against the government in Tehran.", "students", "PROTEST",
     "Government of Iran", False),
    # the troops one sends are not where they go; "it" can be a country; a village bombarded
    # is its country's (the village is what the attack is about)
    ("The Australian government said it will send an extra 200 troops to Afghanistan.",
     "Australia", "MOBILIZE", "Afghanistan", False),
    ("Ignatieff said that Israel committed a war crime when it bombarded the Lebanese village of "
     "Qana.", "Israel", "ASSAULT", "Lebanon", False),
    # a stance on an event is a stance on its author; a knight named again by title and first
    # name is the knight named in full
    ("Pakistan condemned Israel's attack on Gaza.", "Pakistan", "ACCUSE", "Israel", False),
    ("Sir Kenneth Keith was elected a judge, and Australia said it strongly supported Sir "
     "Kenneth.", "Australia", "SUPPORT", "Kenneth Keith", False),
    # whom a complaint is taken to is not whom it accuses
    ("Israel complained to the United Nations about Hezbollah.", "Israel", "ACCUSE", "Hezbollah",
     False),
]


@pytest.mark.parametrize(("text", "subject", "cls", "obj", "negated"), FOUND)
def test_event_found(extract, text, subject, cls, obj, negated):
    rels = extract(text)
    assert _has(rels, subject, cls, obj, negated), _show(rels)
    if negated:  # a negated event never also comes out as a positive one
        assert not _has(rels, subject, cls, obj, False), _show(rels)


NOTHING = [
    "The minister said the weather was fine.",
    "The talks were held in Geneva.",
    "The opposition was warned.",
    "The army was accused of killing civilians.",
    "Analysts discussed the threat.",
    "Karachi police prepare for possible attacks",
    "The government's attack helicopters were grounded.",
    "Nobody claimed the bombing.",
    "Will Russia attack Ukraine?",
    "Asked about Israel, the Egyptian foreign minister said nothing.",
    "If the army attacks the rebels, the UN will respond.",
    "The opposition will protest unless the government releases the prisoners.",
    # a complaint only promised on a condition, a support only asked about
    "The Philippines would file a complaint with the United Nations if China continued the "
    "blockade.",
    "India has not said whether it would support the resolution against Pakistan.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_positive_event(extract, text):
    rels = [r for r in extract(text) if not r.negated]
    assert rels == [], _show(rels)


NOT_FOUND = [
    ("The EU condemned the killing of Benazir Bhutto.", "European Union", "ACCUSE", "Bhutto"),
    ("Russian state media hailed the killing of Aslan Maskhadov.", "media", "SUPPORT",
     "Maskhadov"),
    ("The US government requested the extradition of three FARC guerrillas.", "United States",
     "REQUEST", "FARC"),
    ("Iraq officially protested Turkish artillery attacks.", "Iraq", "PROTEST", "Turkey"),
    ("The Australian government said it will send an extra 200 troops to Afghanistan.",
     "Australia", "MOBILIZE", "troops"),
    ("Bertie Ahern and Tony Blair will meet at Hillsborough Castle on June 27.", "Ahern",
     "CONSULT", "Hillsborough"),
    ("The debate was opened by Ivan Petrovic of the Serbian Radical Party, who criticized Vesna "
     "Kostic.", "Serbian Radical Party", "ACCUSE", "Kostic"),
    ("Ugandan troops defended the town of Kidal against the rebels.", "troops", "AID", "rebels"),
    ("Kenyan President Mwai Kibaki defended Raila Odinga's strategy on Somalia.", "Kibaki",
     "SUPPORT", "Somalia"),
    # ... only when the pattern's noun is the object's head, not a word inside it
    ("Russia halted gas deliveries to Ukraine.", "Russia", "RETREAT", "Ukraine"),
    ("Israel complained to the United Nations about the rockets.", "Israel", "ACCUSE",
     "United Nations"),
    ("The two candidates said they will take their complaints to the Supreme Court.",
     "candidates", "ACCUSE", "Supreme Court"),
    # a plan or wish to attack is not an assault
    ("Hezbollah plans to attack Israel.", "Hezbollah", "ASSAULT", "Israel"),
    ("The rebels' plan of attacking the army was foiled.", "rebels", "ASSAULT", "army"),
    # a requested act did not happen
    ("The UN asked the army to arrest the rebels.", "army", "COERCE", "rebels"),
    ("NATO urged Russia to withdraw its troops from Ukraine.", "Russia", "RETREAT", "Ukraine"),
    # a request names its addressee, not the target of the requested action
    ("The opposition demanded decisive action against the army.", "opposition", "REQUEST",
     "army"),
    # rejected demands still were demands; the rejecter is not their target's attacker
    ("Hamas rejected Israel's demands.", "Hamas", "REQUEST", "Israel"),
    # what someone is accused of is an allegation, not an event
    ("Venezuela's government has been accused by the United Nations of torturing detainees.",
     "United Nations", "ASSAULT", "detainees"),
    ("The opposition accused the army of killing protesters.", "army", "ASSAULT",
     "protesters"),
    ("The White House criticised Beijing's crackdown on protesters in Hong Kong.",
     "White House", "ACCUSE", "protesters"),
    # co-subjects: the first named acts towards the others, not both ways
    # condemning an attack accuses the attacker, not its victims
    ("Kenya's government condemned the attack on its soldiers.", "Kenya", "ACCUSE",
     "soldiers"),
    # a denial names what is denied, not whom
    ("Interior minister Kithure Kindiki denied that police had used live ammunition.",
     "Kindiki", "REJECT", "police"),
    # arrests reported by a police chief are no accusation of the police
    ("Police chief John Mwangi said officers arrested three rebels.", "Mwangi", "ACCUSE",
     "police"),
    # a signatory does not agree with his own army; each pair is one agreement
    ("The accord, signed by Ethiopian army chief Birhanu Jula and TPLF commander Tadesse "
     "Werede, ends the war.", "army", "AGREE", "Birhanu Jula"),
    ("The accord, signed by Ethiopian army chief Birhanu Jula and TPLF commander Tadesse "
     "Werede, ends the war.", "Tadesse Werede", "AGREE", "Birhanu Jula"),
    # a misconduct word inside a name is no accusation
    ("Chief Ali Khan of the Anti-Corruption Unit of the Kenyan police spoke.", "Khan",
     "ACCUSE", "police"),
    # word senses: a verbal attack is no assault, a warning about dangers no threat, a meeting
    # needs someone to meet, a power to detain is no detention
    ("The Tories attacked Labour over its tax plans.", "Conservative", "ASSAULT", "Labour"),
    ("Gordon Brown warned Tony Blair about the dangers of disunity.", "Gordon Brown",
     "THREATEN", "Blair"),
    ("Gordon Brown would meet his golden rule.", "Gordon Brown", "CONSULT", "rule"),
    ("The party opposes giving police the power to detain suspects.", "police", "COERCE",
     "suspects"),
    # a refusal or failure to act never asserts the act
    ("The United States' refusal to sign the Kyoto Protocol angered Europe.", "United States",
     "AGREE", "Kyoto"),
    ("Israel's failure to agree with the Palestinians stalled talks.", "Israel", "AGREE",
     "Palestinian"),
    # the author of allegations is not whom they accuse; a named treaty is no agreement; what is
    # alleged did not happen; a two-word trigger's own noun is no target
    ("The EU will investigate allegations by Human Rights Watch that the CIA ran secret jails.",
     "European Union", "ACCUSE", "Human Rights Watch"),
    ("Feasibility of a China-India Free Trade Agreement would be examined.", "China", "AGREE",
     "India"),
    ("Obama called Biden a friend of the family.", "Obama", "ACCUSE", "Biden"),
    ("Hamas refused to meet Mahmoud Abbas.", "Hamas", "CONSULT", "Mahmoud Abbas"),
    ("The opposition rejected calls by Mahmoud Abbas for a unity government.", "Mahmoud Abbas",
     "REQUEST", "government"),
    ("Hill said that allegations that Hicks breached US law were no matter of security.", "Hicks",
     "REJECT", "United States"),
    ("Obama challenged McCain to a debate.", "Obama", "ACCUSE", "McCain"),
    # a question asked is no request
    ("Senator Jeff Sessions asked John Roberts about his opinion of the ruling.", "Sessions",
     "REQUEST", "Roberts"),
    ("The opposition asked the government of Kenya whether it would resign.", "opposition",
     "REQUEST", "Kenya"),
    # a stance on an act named by a noun is a stance on its author, never on its target
    ("Russia will not support excessive sanctions on Iran.", "Russia", "SUPPORT", "Iran"),
    ("They pressed the US over WTO negotiations between Australia and the United States.",
     "World Trade Organization", "CONSULT", "Australia"),
    ("Human Rights Watch warned Hezbollah on attacking civilian targets in Israel.",
     "Human Rights Watch", "ASSAULT", ""),
    # villages, roads and weapons are no actors, whatever an agent dictionary lists
    ("Russian jets attacked Georgian villages.", "Russia", "ASSAULT", "villages"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "obj"), NOT_FOUND)
def test_event_not_found(extract, text, subject, cls, obj):
    rels = extract(text)
    assert not _has(rels, subject, cls, obj, False, literal=False), _show(rels)


def test_relation_fields(extract):
    text = "Rebels might attack the army, officials said."
    (rel,) = [r for r in extract(text) if r.cls == "ASSAULT"]
    assert rel.doc == "t" and rel.relation == "attack" and rel.trigger == "attack"
    assert rel.modality == "might" and not rel.negated
    assert rel.evidence == text and (rel.start, rel.end) == (0, len(text))
    assert 0.0 < rel.confidence < 0.9  # hedged events are less certain than plain ones


def test_classes_are_plover(extract):
    for text, *_ in FOUND:
        assert {r.cls for r in extract(text)} <= set(PLOVER_TYPES)


def test_nothing_from_reader_comments(extract):
    text = ("Police arrested two rebels.\n\nReader Comments\n\n"
            "The army attacked the rebels again.")
    rels = extract(text)
    assert [r.cls for r in rels] == ["COERCE"], _show(rels)


def test_evidence_offsets_point_into_text(extract):
    text = "The talks failed. Rebels attacked the army in Goma."
    (rel,) = extract(text)
    assert text[rel.start:rel.end] == "Rebels attacked the army in Goma."


NO_EVENT_OF_CLASS = [
    # talks asked for are not held
    ("Stock markets rallied in Tokyo on Monday.", "PROTEST"),
    ("President Bush called on Helen Thomas at the press conference.", "REQUEST"),
    ("Evan Bayh is appealing to moderate Republican voters.", "REQUEST"),
    ("David Hicks fought alongside the Taliban in Afghanistan.", "ASSAULT"),
    ("The minister spoke to reporters after the meeting.", "CONSULT"),
    ("Iraq held talks with the Iraqi government.", "CONSULT"),  # a state and its own government
    ("The government met the demands of the striking doctors.", "CONSULT"),
    ("Foreign ministers gathered in Brussels for the summit.", "PROTEST"),
    ("The opposition called for talks with President Omar al-Bashir.", "CONSULT"),
    # idioms are no attacks; a signed ceasefire is an agreement, not a concession; tear gas
    # is repression, not an assault
    ("Opposition leader Raila Odinga struck a defiant tone.", "ASSAULT"),
    # what is asked only on a condition, warned against or yet to happen did not happen
    ("Iran said that if the attack was intentional, the British government should explain it.",
     "REQUEST"),
    ("Pakistan warned its citizens against visiting Iraq.", "CONSULT"),
    ("The minister struck a conciliatory note with Pakistan.", "ASSAULT"),
    ("Israel and Hamas signed a ceasefire on Friday.", "CONCEDE"),
    ("Police fired tear gas at supporters of the PTI in Lahore.", "ASSAULT"),
    ("Hamas and Fatah sign truce in Cairo", "CONCEDE"),
    ("The Israeli army carried out an air strike on Hamas positions.", "PROTEST"),
    # the other senses of a trigger (ontologies/lexicon/trigger_frames.tsv): asking about is a
    # question; demonstrating that, or demonstrating a thing, shows it
    ("Raila Odinga asked President Kibaki about the ruling.", "REQUEST"),
    ("Raila Odinga asked President Kibaki whether Kenya would send troops.", "REQUEST"),
    ("Raila Odinga asked President Kibaki how he saw the lessons of the election.", "REQUEST"),
    ("Kenya and Uganda signed a letter to the United Nations.", "AGREE"),
    ("The statement was signed by Kenya and Uganda.", "AGREE"),
    ("Kenyan President Mwai Kibaki defended Raila Odinga's strategy on Somalia.", "AID"),
    ("The Awami League demonstrated that the government had lost support.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "cls"), NO_EVENT_OF_CLASS)
def test_no_event_of_class(extract, text, cls):
    rels = [r for r in extract(text) if r.cls == cls]
    assert rels == [], _show(rels)


def test_an_event_reported_by_a_speaker_names_the_speaker(extract):
    (rel,) = [r for r in extract("The ministry said Syria had sent fighters to attack Israel.")
              if r.cls == "ASSAULT"]
    assert (rel.subject.label, rel.object.label, rel.reported_by.label) == ("Syria", "Israel",
                                                                          "ministry")


def test_a_speaker_who_goes_on_to_claim_is_the_source(extract):
    (rel,) = [r for r in extract("Amnesty International went on to claim that the United States "
                                 "was imprisoning foreign detainees.") if r.cls == "COERCE"]
    assert rel.reported_by is not None and rel.reported_by.label == "Amnesty International"


def test_an_event_told_by_an_unnamed_speaker_is_less_certain(extract):
    from graphkit.extract.confidence import calibrate, signals

    told = "The organization claimed that the United States was imprisoning foreign detainees."
    (rel,) = [r for r in extract(told) if r.cls == "COERCE"]
    (plain,) = [r for r in extract("The United States was imprisoning foreign detainees.")
                if r.cls == "COERCE"]
    assert rel.reported_by is None and "reported" in signals(rel)
    assert calibrate(rel) < calibrate(plain)


def test_an_agent_before_an_allegation_is_what_is_alleged(nlp):
    from graphkit.extract import extract as extract_article
    from graphkit.model import Article

    text = ('Lebanese MP George Hawi was killed on Tuesday. Hawi\'s stepson, Rafi Madoyan, said in '
            'a statement, "Those who killed him are the same as those who killed Rafiq Hariri, '
            'it\'s the security regime that is in power." In denying the "security regime" '
            'allegations, President Emile Lahoud denounced the murder and promised to investigate.')
    found = extract_article(nlp(text), Article(id="t", text=text, date="2005-06-22")).relations
    assert not [r for r in found if r.cls == "REJECT" and r.object is not None], found


@pytest.mark.parametrize("text", [
    "Klaus was one of three candidates, opposing Jan Novak and Eva Dvorak.",
    "The candidate opposing Senator Tom Baker lost the primary.",
])
def test_a_candidate_opposing_another_is_a_rival_not_a_rejection(nlp, text):
    from graphkit.extract import extract as extract_article
    from graphkit.model import Article

    found = extract_article(nlp(text), Article(id="t", text=text, date="2008-02-10")).relations
    assert not [r for r in found if r.cls == "REJECT"], found


def test_the_us_as_target_is_no_pronoun(extract):
    from graphkit.extract.confidence import signals

    (rel,) = [r for r in extract("Iran condemned the US over the sanctions.") if r.cls == "ACCUSE"]
    assert rel.object.label == "United States" and "pronoun-target" not in signals(rel)


def test_what_an_event_is_about_is_never_its_target(extract):
    (rel,) = [r for r in extract("The Kremlin criticised the American missile shield.") if r.cls == "ACCUSE"]
    assert rel.object.label == "United States" and rel.value is None and rel.about == "American missile shield"
    assert not extract("The Kremlin criticised the new missile shield.")  # no one criticised: no event


@pytest.mark.parametrize("text", [
    "The Senate committee released evidence in its probe.",
    "Smith destroyed the documents to protect the sources.",
    "The senate supported the proposed amendment on detainees.",
])
def test_acts_that_need_someone_on_the_other_side_need_an_actor(extract, text):
    assert not [r for r in extract(text) if r.cls in ("CONCEDE", "AID", "SUPPORT")], _show(extract(text))


def test_two_demonyms_before_one_agent_noun_are_two_agents(extract):
    rels = [r for r in extract("Nigerian and Cameroonian troops attacked Boko Haram fighters.")
            if r.cls == "ASSAULT"]
    assert {(r.subject.label, r.subject.country) for r in rels} == {
        ("troops", "Nigeria"), ("troops", "Cameroon")}, _show(rels)


def test_an_events_class_weighs_on_its_confidence():
    from graphkit.extract.confidence import calibrate, factors
    from graphkit.model import Mention, Relation

    a, b = Mention("Iran", "Iran", "Country", 0, 4), Mention("Iraq", "Iraq", "Country", 9, 13)
    arrest = Relation("d", a, "arrest", "COERCE", object=b, confidence=0.6, evidence="x")
    accuse = Relation("d", a, "accuse", "ACCUSE", object=b, confidence=0.6, evidence="x")
    table = factors()
    assert calibrate(arrest) == round(0.6 * table[("COERCE", "CLASS")], 2)
    assert calibrate(accuse) == round(0.6 * table[("ACCUSE", "CLASS")], 2)
    assert calibrate(arrest) > calibrate(accuse)


@pytest.mark.parametrize("cls", ["MEMBER_OF", "ROLE"])
def test_an_affiliation_plainly_read_stays_under_the_publishing_threshold(cls):
    # audits find memberships and roles wrong about one time in five: a plain reading at the
    # grammar score of 0.9 is below 0.8; a fact the article states twice rises above it
    from dataclasses import replace

    from graphkit.extract.confidence import calibrate
    from graphkit.model import Mention, Relation

    who, body = Mention("Ana Ruiz", "Ana Ruiz", "Person", 0, 8), Mention("PSOE", "PSOE", "PoliticalParty", 9, 13)
    plain = Relation("d", who, cls.lower(), cls, object=body, confidence=0.9, evidence="x")
    assert calibrate(plain) < 0.8 < calibrate(replace(plain, mentions=2))



@pytest.mark.parametrize("text, named, wrong", [
    # a he/she after an unnamed person of its sex in its own sentence is no one named
    ("Senator Dana Hale praised the ruling. Outside the court a woman was hurt after she "
     "set fire to herself in protest over the ruling.", None, "dana hale"),
    ("Governor Kim Lee defended the plan. A young man died in hospital after he attacked "
     "police officers in protest.", None, "kim lee"),
    # an "it" after a sentence opened by "it" stands for what that "it" stands for
    ("Hamas held a rally in Gaza. It has offices in Syria and Lebanon. It condemned Israel "
     "for the raid.", "hamas", "lebanon"),
    ("The Kurdish party formed a new bloc. It keeps an office in nearby Turkey. It accused the "
     "government of fraud.", "kurdish party", "turkey"),
])
def test_a_pronoun_stands_for_its_own_antecedent(extract, text, named, wrong):
    rels = [r for r in extract(text) if r.cls not in ("ROLE", "MEMBER_OF")]
    subjects = {_label(r, "subject") for r in rels}
    assert wrong not in subjects and (named is None or named in subjects), _show(rels)


def test_a_pronoun_after_a_person_of_the_other_sex_still_reads_back(extract):
    rels = extract("President Robert Jones spoke on Monday. A woman was hurt after he shot the rebels.")
    assert _has(rels, "robert jones", "ASSAULT", "rebels", False), _show(rels)


@pytest.mark.parametrize("text, reporter", [
    ("Senator Dana Hale insinuated that the army had shelled the village.", "Dana Hale"),
    ("The Labour Party charged that police had beaten the protesters.", "Labour Party"),
    ("The envoy read out a statement by Hezbollah alleging that the army had shelled the village.",
     "Hezbollah"),
    ("The envoy read out the Hezbollah statement claiming that the army had shelled the village.",
     "Hezbollah"),
])
def test_an_act_inside_a_charge_or_a_statement_is_its_authors_claim(extract, text, reporter):
    (rel,) = [r for r in extract(text) if r.cls == "ASSAULT"]
    assert rel.reported_by is not None and rel.reported_by.label.lower() == reporter.lower(), _show([rel])


@pytest.mark.parametrize("text, doer, owner", [
    ("Governor Kim Lee used Mr Jones's comments to criticise the Labour Party.", "kim lee", "jones"),
    ("Senator Dana Hale exploited Mr Jones's absence to criticise the Labour Party.",
     "dana hale", "jones"),
])
def test_who_uses_something_to_act_does_the_act(extract, text, doer, owner):
    rels = [r for r in extract(text) if r.cls == "ACCUSE"]
    subjects = {_label(r, "subject") for r in rels}
    assert doer in subjects and owner not in subjects, _show(rels)


@pytest.mark.parametrize("text, named", [
    ("Hamas won the vote. The group of protesters then condemned Israel.", None),
    ("Fatah held a rally in Gaza. The movement of students then condemned Israel.", None),
    ("Hamas won the vote. The group then condemned Israel.", "hamas"),
])
def test_a_group_said_to_be_made_of_others_points_back_to_no_one(extract, text, named):
    rels = [r for r in extract(text) if r.cls == "ACCUSE"]
    subjects = {_label(r, "subject") for r in rels}
    assert (named in subjects) if named else not subjects & {"hamas", "fatah"}, _show(rels)
