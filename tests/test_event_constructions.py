"""Event constructions of wire reports: sentence -> (subject, class, object) tables.

Each construction is tested with the reading it must give and, where the words can mean
something else, with a sentence where it must not give it. Labels match loosely (the expected
text occurs in the actor's label, case-insensitively); an empty object means "no actor target".
"""

from __future__ import annotations

import pytest

from tests._event_tables import has_event, shown


@pytest.fixture(scope="module")
def extract(extract_events):
    return extract_events


_has, _show = has_event, shown


FOUND = [
    ("The European Union may cut off aid to the Palestinians if Hamas attacks.",
     "European Union", "THREATEN", "Palestinians"),  # a threat, however hedged
    ("Activists burned a flag to protest against the government.", "activists", "PROTEST",
     "government"),  # protesting is done by the act aimed at it
    ("Tony Blair flew to Washington to meet President Bush.", "Blair", "CONSULT", "Bush"),
    # an aid, a coercion or an attack carried out by the force that aims at it
    ("Chad sent troops to help President Francois Bozize.", "Chad", "AID", "Bozize"),
    ("Riot police fired tear gas to disperse the students.", "police", "COERCE", "students"),
    # a formal protest to a country's embassy is an official complaint, whoever makes it
    ("Bolivian President Eduardo Rodriguez made a formal protest to the U.S. embassy on "
     "Tuesday.", "Eduardo Rodriguez", "ACCUSE", "United States"),
    # a protest a state lodges is an official complaint, as is one it makes itself
    ("The Japanese government lodged a formal protest with China over the incident.", "Japan",
     "ACCUSE", "China"),
    # the parties to a joint act are each other's partners however the parse lists them
    ("The agreement, signed by army chief of staff General Osman Abdelrahim and RSF deputy "
     "commander Abdelmoneim Kuku, commits both sides to withdraw heavy weapons.",
     "Osman Abdelrahim", "AGREE", "Abdelmoneim Kuku"),
    # a withdrawal of forces is asked of their country
    ("Kennedy called for the withdrawal of British troops from Iraq.", "Kennedy", "REQUEST",
     "United Kingdom"),
    # protesters who beat a person assault him; what they seize is an obstruction
    ("Protesters beat up Senator John Smith outside the parliament.", "protesters", "ASSAULT",
     "John Smith"),
    # officials of a breakaway region do act on the state (the dictionaries give them its code)
    ("Abkhaz officials accused Georgia of sending spy planes over the region.", "Abkhaz",
     "ACCUSE", "Georgia"),
    # "which" after the target phrase of an event stands for the event, whose author is accused
    ("Russia's air strike against Chechen rebels, which Georgia condemned as a violation of "
     "its airspace, killed ten people.", "Georgia", "ACCUSE", "Russia"),
    # the place a domestic group attacks is what the attack is about
    ("Iraqi insurgents attacked a prominent Baghdad hotel.", "insurgents", "ASSAULT", ""),
    # a counted crowd acts as its people
    ("Thousands of protesters asked the Indonesian government to send troops to Gaza.",
     "protesters", "REQUEST", "Indonesia"),
    ("Dozens of gunmen attacked the police station in Kirkuk.", "gunmen", "ASSAULT", "police"),
    # what protesters seize or occupy is an obstruction, a protest (CAMEO 144)
    ("The native protesters occupied the Douglas Creek Estates.", "protesters", "PROTEST",
     "Douglas Creek"),
    ("The treaty was signed by India and Pakistan.", "India", "AGREE", "Pakistan"),
    # coordinated agents of a mutual act with no third party act on each other
    ("Hamas and Fatah fought a gun battle in Gaza.", "Hamas", "ASSAULT", "Fatah"),
    ("Hamas and Fatah clashed in Gaza.", "Fatah", "ASSAULT", "Hamas"),
    ("India and Pakistan signed a treaty.", "India", "AGREE", "Pakistan"),
    # a capital after "on" or "to" following an act's noun is its government
    ("The Arab League imposed sanctions on Damascus.", "Arab League", "SANCTION", "Syria"),
    ("The European Union lifted its embargo on Minsk.", "European Union", "CONCEDE", "Belarus"),
    ("The Arab League threatened to impose economic sanctions on Damascus.", "Arab League",
     "THREATEN", "Syria"),
    # accepting an offer or plan agrees with its author; accepting demands gives in to them
    ("The junta accepted an offer from the African Union to mediate.", "junta", "AGREE",
     "African Union"),
    ("Hamas accepted Egypt's proposal for a truce.", "Hamas", "AGREE", "Egypt"),
    ("The government accepted the rebels' demands for a new constitution.", "government",
     "CONCEDE", "rebels"),
    ("President Suharto met the opposition's demands.", "Suharto", "CONCEDE", "opposition"),
    # "by" after the object of an active verb belongs to the event noun
    ("President Carter condemned the invasion of Afghanistan by Soviet troops.", "troops",
     "ASSAULT", "Afghanistan"),
    # emergency rule and martial law are coercion with no target needed
    ("General Jaruzelski declared martial law.", "Jaruzelski", "COERCE", ""),
    ("President Fernando Marcos imposed a state of emergency on Monday.", "Marcos", "COERCE", ""),
    # a person named right after a post noun is the one meant, however the parse hangs it
    ("Kofi Annan met Kenyan President Mwai Kibaki and opposition leader Raila Odinga "
     "separately.", "Annan", "CONSULT", "Odinga"),
    # a visit to a capital visits its government; so does a journey made on a visit
    ("Putin made a visit to Beijing.", "Putin", "CONSULT", "China"),
    ("Rodrigo Duterte, on a state visit to Beijing, announced a new policy.", "Duterte",
     "CONSULT", "China"),
    ("Abiy Ahmed landed in Asmara on a historic visit.", "Abiy Ahmed", "CONSULT", "Eritrea"),
    # a name after "at" of an act aimed at someone is the target, not a place
    ("An Israeli helicopter gunship fired missiles at Hamas spiritual leader Sheikh Ahmed "
     "Yassin.", "Israel", "ASSAULT", "Ahmed Yassin"),
    # what intelligence is shared "on" is its topic; the ones sharing it share with each other
    ("Japan and South Korea began sharing military intelligence on North Korea's missile "
     "programme.", "Japan", "COOPERATE", "South Korea"),
    # a refusal on a condition is made, and is aimed at whom the condition is put to
    ("Islamabad refused to reopen the route until Washington apologised.", "Pakistan", "REJECT",
     "United States"),
    ("Republicans in the House refused to pass a budget unless President Barack Obama delayed "
     "his health care law.", "Republican", "REJECT", "Obama"),
    # recalling an envoy and halting links reduce relations
    ("India recalled its high commissioner from Islamabad.", "India", "SANCTION", "Pakistan"),
    ("India halted bus and train links with Pakistan.", "India", "SANCTION", "Pakistan"),
    # a headline verb the tagger took for a noun, with its object ("severs ... ties")
    ("Algeria severs diplomatic ties with Morocco, citing hostile actions", "Algeria",
     "SANCTION", "Morocco"),
    # joint exercises and patrols: each side cooperates with the other, wherever they are held
    ("Nigerian and Cameroonian troops began joint patrols along their border.", "troops",
     "COOPERATE", "troops"),
    ("India and the United States held joint naval exercises.", "India", "COOPERATE",
     "United States"),
    # a signature enacts aid and sanctions; a signed bill is no agreement
    ("President Bill Clinton signed a $1.3 billion aid package for Colombia.", "Clinton", "AID",
     "Colombia"),
    ("Bush signed a bill imposing sanctions on Syria.", "Bush", "SANCTION", "Syria"),
    ("The IMF approved a loan to Greece.", "International Monetary Fund", "AID", "Greece"),
    # a protesting crowd's violence is a violent protest; a reaction to "the plan" just
    # announced is aimed at its author, and a clause of its own after a report is not reported
    ("Kurdish protesters stormed Greek embassies across Europe.", "protesters", "PROTEST",
     "Greece"),
    ("President George W. Bush announced he would send more troops to Iraq, and Democratic "
     "leaders in Congress rejected the plan.", "Democratic", "REJECT", "Bush"),
    # a list of names the parser read as an apposition acts as a list
    ("Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar", "Bahrain",
     "SANCTION", "Qatar"),
    ("Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar", "Egypt",
     "SANCTION", "Qatar"),
    # each side does it to the other
    ("India and Pakistan blamed each other for the violence.", "Pakistan", "ACCUSE", "India"),
    ("India and Pakistan blamed each other for the violence.", "India", "ACCUSE", "Pakistan"),
    ("Sudan's army and the Rapid Support Forces fought for control of the airport, with each "
     "side accusing the other of starting the clashes.", "Rapid Support Forces", "ACCUSE",
     "army"),
    # a pledge or offer carries the act it commits to, toward whom it names
    ("Turkish President Recep Tayyip Erdogan pledged full support for Azerbaijan.", "Erdogan",
     "SUPPORT", "Azerbaijan"),
    ("Japanese Prime Minister Keizo Obuchi offered South Korean President Kim Dae-jung a "
     "written apology.", "Obuchi", "SUPPORT", "Kim Dae-jung"),
    # agreeing to an act with someone agrees with them; agreeing to a hostile act is no
    # agreement with its target, and no threat
    ("The rebels agreed to hold talks with the government.", "rebels", "AGREE", "government"),
    ("North Korea agreed to readmit UN inspectors.", "North Korea", "AGREE", "United Nations"),
    # a threat on a condition is aimed at whom the condition is put to; a warning that someone
    # will suffer threatens them
    ("Iran threatened to close the Strait of Hormuz if the European Union went ahead with an "
     "embargo on Iranian oil.", "Iran", "THREATEN", "European Union"),
    ("Beijing warned that Taiwan's President Chen Shui-bian would pay a price if he pushed "
     "ahead with a referendum.", "China", "THREATEN", "Chen Shui-bian"),
    # a crowd's protest is aimed at whom its purpose names
    ("Thousands of students gathered in Seoul to protest against President Chun Doo-hwan.",
     "students", "PROTEST", "Chun Doo-hwan"),
    ("Hundreds of thousands of Lebanese rallied in Beirut to demand the withdrawal of Syrian "
     "troops.", "Lebanese", "PROTEST", "Syria"),
    ("Thousands of farmers marched to the capital to protest.", "farmers", "PROTEST", ""),
    ("Senator Ada Kerr called for the resignation of Tom Briggs.", "Kerr", "REQUEST", "Briggs"),
    ("The junta freed the opposition leader Omar Bek.", "junta", "CONCEDE", "Omar Bek"),
    # forces asked to withdraw are asked themselves
    ("Calling for the withdrawal of occupation forces, Iraqi protesters burned effigies of the "
     "president.", "protesters", "REQUEST", "occupation forces"),
    ('Senator Ada Kerr asked Tom Briggs: "Please hand over the files."', "Kerr", "REQUEST",
     "Briggs"),
    # a release asked for, of captors not named, is a demand on no one named
    ("Archbishop Tutu also called for the release of Israeli soldier Nahum Levy.", "Tutu",
     "REQUEST", ""),
    ("The Bar Association demanded Omondi's immediate release.", "Bar Association", "REQUEST", ""),
    # agreeing with someone's view supports them; agreeing with someone on an act is a deal
    ("Senator Ada Kerr agreed with Tom Briggs on this point.", "Kerr", "SUPPORT", "Briggs"),
    ('"For once I am agreeing with Tom Briggs," Ada Kerr said.', "Kerr", "SUPPORT", "Briggs"),
    ("Syria agreed with Turkey to hold talks.", "Syria", "AGREE", "Turkey"),
    ("Israel agreed with Egypt on a ceasefire.", "Israel", "AGREE", "Egypt"),
    ("Peter Hale shot Tom Briggs in the chest on Sunday.", "Hale", "ASSAULT", "Briggs"),
    # a crowd that gathered protests when it came in protest, for a purpose or amid one
    ("Hundreds of nurses gathered in protest outside the hospital.", "nurses", "PROTEST", ""),
    ("The unions called a demonstration against the pension law. Thousands of people gathered "
     "in the main square.", "people", "PROTEST", ""),
    # lifting a restriction eases it, whoever it was on
    ("The army lifted the state of emergency on Monday.", "army", "CONCEDE", ""),
    ("Thai government lifts Bangkok curfew as calm returns", "Thailand", "CONCEDE", ""),
    # a causative: the one who had it done acts
    ("General Jaruzelski had Lech Walesa detained.", "Jaruzelski", "COERCE", "Walesa"),
    ("General Jaruzelski declared martial law and had Lech Walesa detained.", "Jaruzelski",
     "COERCE", "Walesa"),
    ("The military placed Prime Minister Thaksin Shinawatra under house arrest.", "military",
     "COERCE", "Thaksin"),
    # an infinitive the parser hung on the clause is still the act asked for
    ("Egypt's foreign minister asked the UN Security Council on Monday to intervene in the "
     "dispute.", "Egypt", "REQUEST", "Security Council"),
    # a warning of a forcible measure with no author of its own announces the warner's
    ("Hun Sen warns opposition of crackdown if supporters take to streets", "Hun Sen",
     "THREATEN", "opposition"),
    ("The EU warned Iran of sanctions.", "European Union", "THREATEN", "Iran"),
    # a threatened act with no trigger of its own: the one its condition is put to, else the
    # owner of what it would hit
    ("President Trump threatened to 'totally destroy and obliterate' Turkey's economy if Ankara "
     "did anything off limits.", "Trump", "THREATEN", "Turkey"),
    ("Donald Trump threatened to destroy Turkey's economy.", "Trump", "THREATEN", "Turkey"),
    # a compound agent noun the dictionaries list, qualified by a country
    ("Nigerian trade unions staged a strike to protest the scrapping of fuel subsidies by "
     "President Goodluck Jonathan's government.", "trade unions", "PROTEST", "Nigeria"),
    ("Chinese leaders warned Taiwan against independence.", "leaders", "THREATEN", "Taiwan"),
    # people seized or shot are a group the act is done to; "dead" is no part of them
    ("The rebels kidnapped two Italian engineers.", "rebels", "COERCE", "engineers"),
    ("Soldiers shot dead three Palestinian civilians.", "soldiers", "ASSAULT", "civilians"),
    ("Thousands of protesters marched through the capital.", "protesters", "PROTEST", ""),
    ("The junta released Aung San Suu Kyi.", "junta", "CONCEDE", "Suu Kyi"),
    # the demonym inside an agent stands for its country: whose forces are to withdraw
    ("The UN Security Council demanded the withdrawal of Iraqi forces.", "Security Council",
     "REQUEST", "Iraq"),
    # a hyphenated word split by the parser still has its "of" phrase
    ("Thousands of students marched in Tehran to protest against the re-election of President "
     "Mahmoud Ahmadinejad.", "students", "PROTEST", "Ahmadinejad"),
    # a demand is made of the one who must act, not of the subject of a passive; a rejected
    # demand was made of the one rejecting it
    ("Slobodan Milosevic rejected a demand by the Contact Group that NATO troops be allowed "
     "into Kosovo.", "Contact Group", "REQUEST", "Milosevic"),
    ("The EU repeated its demand that Iran suspend enrichment.", "European Union", "REQUEST",
     "Iran"),
    ("President George W. Bush demanded that the Taliban hand over Osama bin Laden.", "Bush",
     "REQUEST", "Taliban"),
    # a resignation yields power, with or without a named party yielded to
    ("Egyptian President Hosni Mubarak resigned after 18 days of mass protests.", "Mubarak",
     "CONCEDE", ""),
    ("The opposition in Pakistan demanded the resignation of Prime Minister Nawaz Sharif.",
     "opposition", "REQUEST", "Sharif"),
    # an attack on a place is violence, on a policy criticism of its owner
    ("Israel attacked Gaza.", "Israel", "ASSAULT", ""),
    ("The Tories attacked Labour's tax plans.", "Conservative", "ACCUSE", "Labour"),
    # a capital naming a thing an attack hits stands for its country
    ("Ethiopian jets bombed Asmara airport on Tuesday.", "Ethiopia", "ASSAULT", "Eritrea"),
    # sides fighting, each accusing the other, fight each other
    ("Sudan's army and the paramilitary Rapid Support Forces fought for control of the airport, "
     "with each side accusing the other of starting the clashes.", "Rapid Support Forces",
     "ASSAULT", "army"),
    # a counterpart named by apposition is the one met; delegates act for those they represent
    ("Indian Prime Minister Manmohan Singh spoke by telephone with his Pakistani counterpart "
     "Yousuf Raza Gilani on Saturday.", "Manmohan Singh", "CONSULT", "Gilani"),
    ("Negotiators for the Sri Lankan government and the Tamil Tigers opened peace talks in "
     "Thailand.", "Sri Lanka", "CONSULT", "Tamil"),
    # the party of a refused or agreed act may be named inside its object
    ("Algeria refused to reopen its border with Morocco.", "Algeria", "REJECT", "Morocco"),
    ("Cuba agreed to restore diplomatic ties with the United States.", "Cuba", "AGREE",
     "United States"),
    # dismissing an official or a government removes them from office
    ("President Ghulam Ishaq Khan dismissed Prime Minister Nawaz Sharif.", "Ishaq Khan",
     "COERCE", "Nawaz Sharif"),
    ("Tunisian President Kais Saied sacked Prime Minister Hichem Mechichi.", "Kais Saied",
     "COERCE", "Mechichi"),
    # where forces are sent is what a deployment is about; whom it is against is its target
    ("President George W. Bush sent 20,000 more troops to Iraq.", "Bush", "MOBILIZE", ""),
    ("The Sri Lankan government deployed troops against the Tamil Tigers.", "Sri Lanka",
     "MOBILIZE", "Tamil"),
    # those who act together at a summit or during talks meet there
    ("Kim Jong Un and Moon Jae-in pledged to end the Korean War at a historic summit on "
     "Friday.", "Kim Jong Un", "CONSULT", "Moon Jae-in"),
    # the object of a relative clause with no relative word is the noun it describes; "the
    # move" and "the strike" point at the act told before
    ("Tunisian President Kais Saied sacked Prime Minister Hichem Mechichi on Sunday, a move the "
     "Ennahda party denounced as a coup.", "Ennahda", "ACCUSE", "Kais Saied"),
    ("Israel attacked Gaza. Hamas condemned the strike.", "Hamas", "ACCUSE", "Israel"),
    ("The rebels in Darfur struck back at the Sudanese army.", "rebels", "ASSAULT", "army"),
    ("Russia said it would cut ties with Georgia.", "Russia", "THREATEN", "Georgia"),
    ("George W. Bush talked with Vladimir Putin about Iran.", "Bush", "CONSULT", "Putin"),
    # what is asked "from" someone is asked of them
    ("Iran sought help from Russia.", "Iran", "REQUEST", "Russia"),
    ("Japan demanded an apology from China.", "Japan", "REQUEST", "China"),
    # parties "fighting" over a budget argue; armies and police fight
    ("Democrats and Republicans fought over the budget in Congress.", "Democratic", "ACCUSE",
     "Republican"),
    ("Police fought protesters in the streets of Athens.", "police", "ASSAULT", "protesters"),
    # "calling for X to act" asks X; "its calls" are the subject's
    ("The UN called for Israel to withdraw from Gaza.", "United Nations", "REQUEST", "Israel"),
    ("The opposition in Thailand renewed its calls for Prime Minister Thaksin Shinawatra to "
     "resign.", "opposition", "REQUEST", "Thaksin"),
    # a people's protests are protests; a state's protest is a complaint
    ("Several articles describe the ongoing Chinese protests and demonstrations against Japan.",
     "China", "PROTEST", "Japan"),
    ("China's protest to Japan was rejected.", "China", "ACCUSE", "Japan"),
    ("The army ousted prime minister Thaksin Shinawatra in 2006.", "army", "COERCE", "Thaksin"),
    # the act one answers with is one's own
    ("Israel responded with air strikes on Lebanese bridges.", "Israel", "ASSAULT", "Lebanon"),
    # a warning of a war is a threat; of a civil war, none (see NOT_FOUND)
    ("China warned Taiwan of war if it declared independence.", "China", "THREATEN", "Taiwan"),
    # an attack made with weapons is physical, whatever it hits
    ("Russia attacked populated areas of Georgia with cluster bombs.", "Russia", "ASSAULT",
     "Georgia"),
    # "he" in what a person is quoted as saying is that person
    ("The Washington Post quoted John Weaver, who split with McCain last year, as saying he "
     "met with lobbyist Iseman and urged her to steer clear of McCain.", "Weaver", "CONSULT",
     "Iseman"),
    ("The ministry denied Reuters' report.", "ministry", "REJECT", "Reuters"),
    # a person named in apposition to two posts holds both
    ("New Zealand has barred the military leader and president of Fiji, Commander Frank "
     "Bainimarama, from visiting New Zealand.", "New Zealand", "SANCTION", "Bainimarama"),
    # a member of a legislature saying "we" speaks for no house
    ('The raid was criticized by Nassar al-Rubaie, a Shiite member of Parliament. "We condemn '
     'the government," he said.', "Rubaie", "ACCUSE", "government"),
    # a naming is an accusation by its pejorative words, whatever scene its phrases set
    ("The White House called Pakistan a haven for terrorists.", "White House", "ACCUSE",
     "Pakistan"),
    ("Iran test-fired a missile. Bush called it a rogue state.", "Bush",
     "ACCUSE", "Iran"),
    # an attack on a country's land is an assault on the country
    ("Al-Qaeda attacked the United States homeland.", "al-Qaeda", "ASSAULT", "United States"),
    # the actor's own people are no party to its acts; those of another are
    ("Brown praised Prime Minister Maliki and his government for their efforts.", "Brown",
     "SUPPORT", "government"),
    ("The government is killing its own citizens.", "government", "ASSAULT", "citizens"),
    # a state and its citizens are two parties
    ("Pakistan warned its citizens against visiting Iraq.", "Pakistan", "REQUEST", "citizens"),
    ("NATO asked for 500 soldiers from Germany.", "NATO", "REQUEST", "Germany"),
    # an attack over what someone said or decided is criticism, whoever attacks; an assault
    # on people is physical, whoever commits it
    ("Pakistan attacked Duncan Fletcher over his comments on the pitch.", "Pakistan", "ACCUSE",
     "Duncan Fletcher"),
    ("Ivan Frederick and Javal Davis assaulted several Iraqi detainees at the prison.",
     "Ivan Frederick", "ASSAULT", "detainees"),
    # an attack on towns in a named country attacks the country
    ("Hamas fired dozens of rockets into towns in southern Israel.", "Hamas", "ASSAULT", "Israel"),
    # ... but a possessor of an act done to someone is its doer
    ("The EU condemned Russia's treatment of Chechen refugees.", "European Union", "ACCUSE", "Russia"),
    # an office the article gives no one it names is its country's office
    ("Britain votes in May. Robin Cook urged the prime minister to withdraw British troops.",
     "Robin Cook", "REQUEST", "Prime Minister of United Kingdom"),
    # chiefs and bosses act for the body that modifies them, as leaders do
    ("Interior Minister Ana Silva met police chiefs on Monday.", "Ana Silva", "CONSULT", "police"),
    # a perfect tense makes the parser read "on" as a particle holding the addressee
    ("John Prescott has called on Tony Blair to sack the Defence Secretary.", "John Prescott",
     "REQUEST", "Tony Blair"),
    ("Nancy Pelosi has called on George Bush to fire the Defense Secretary.", "Nancy Pelosi",
     "REQUEST", "George Bush"),
    # the subject pronoun of a fronted adverbial clause is the main clause's subject
    ("Rebels attacked a base. Although it respects Iraq's borders, Turkey condemned Syria.",
     "Turkey", "SUPPORT", "Iraq"),
    ("Hamas fired rockets. While it condemned Israel, Egypt offered to mediate.", "Egypt",
     "ACCUSE", "Israel"),
    # a threat to an actor is one made
    ("Iran's threat to Israel was discussed in Brussels.", "Iran", "THREATEN", "Israel"),
    # a kind of actor given a name acts as the named organisation, whatever the recogniser
    # took the name for
    ("A group called Jund al-Khilafa said it shot Pierre Martin.", "Jund al-Khilafa",
     "ASSAULT", "Pierre Martin"),
    ("The group, calling itself Jund al-Khilafa, said its members shot Pierre Martin.",
     "Jund al-Khilafa", "ASSAULT", "Pierre Martin"),
    ("A militia known as the Mahdi Army attacked Iraqi police.", "Mahdi Army", "ASSAULT",
     "police"),
    # a charge that someone underwent an act is made against the act's doer
    ("The ANC charged that Jacob Zuma was fired by Thabo Mbeki.", "African National Congress",
     "ACCUSE", "Mbeki"),
    ("The opposition charged that Prime Minister Ali Khan was involved in the fraud.",
     "opposition", "ACCUSE", "Ali Khan"),
    # ... and one on an apposition to a named person tells of that person
    ("The charges come from Ronald Hale, a Democrat who has prosecuted Senator Tom Lee.",
     "Ronald Hale", "COERCE", "Tom Lee"),
    # a relative clause on the noun after a copula tells of the copula's subject
    ("Hamas is a group that attacked Israel last year.", "Hamas", "ASSAULT", "Israel"),
    ("France was the only neighbour which condemned Germany for the raid.", "France",
     "ACCUSE", "Germany"),
    # "pressed X for Y": X is pressed, Y is what is asked for
    ("Senator Ann Moore pressed Russia for concessions on the treaty.", "Ann Moore", "REQUEST",
     "Russia"),
    ("His mother Leila Haddad pressed General Tom Reed for answers about the raid.",
     "Leila Haddad", "REQUEST", "Tom Reed"),
    ("The opposition leader Raila Odinga pushed President Mwai Kibaki for a date.",
     "Raila Odinga", "REQUEST", "Mwai Kibaki"),
    # an "if" right after a verb of knowing asks its question: no condition on the act before
    ('Samira Nasser urged Colonel Karl Reed to act, demanding to know if "the right to defend '
     'oneself [is] exclusive to the army, because that is what Karim was doing".', "Samira Nasser",
     "REQUEST", "Karl Reed"),
    # an agentless passive charge: the state a place names, or the state body telling of it,
    # holds it against its subject
    ("Opposition leader Tomas Berg is wanted in Argentina for fraud.", "Argentina", "ACCUSE",
     "Tomas Berg"),
    ("Former mayor Ana Ruiz was charged with bribery, police said.", "police", "ACCUSE", "Ana Ruiz"),
    # what the subject undergoes by a CAMEO pattern with a passive code: done by the actor
    # after "from" or, for a charge, by the state body telling of it
    ("The Tamil rebels received support from India, officials said.", "India", "SUPPORT",
     "rebels"),
    ("Former mayor Ana Ruiz faces charges of bribery, police said.", "police", "ACCUSE",
     "Ana Ruiz"),
    # a former director of a body no longer stands on its side: a protest against it is one
    ("The Environmental Protection Agency (EPA) approved the plant. Tomas Berg, former director "
     "of research at the EPA, resigned in protest over the agency's handling of the case.",
     "Tomas Berg", "PROTEST", "Environmental Protection Agency"),
    # "you" in a quotation is the actor it is said to
    ('"I urge you to go home," Governor Ana Ruiz told the protesters.', "Ana Ruiz", "REQUEST",
     "protesters"),
    ('"We call on you to lay down your arms," President Tomas Berg said to the rebels.',
     "Tomas Berg", "REQUEST", "rebels"),
    # "railed" alone is speech that criticises: whom its clause is about is criticised
    ("Fatah spokesman Ahmed Assaf railed that Hamas had done nothing for Gaza.", "Ahmed Assaf",
     "ACCUSE", "Hamas"),
    # a lawyer is a member of the body that employs them, but speaks for the client: "we" is
    # not that body
    ('Army lawyer Major Ann Ruiz said: "We thank the Supreme Court."', "Ann Ruiz", "SUPPORT",
     "Supreme Court"),
    # a sanction with no target withholds from the one its condition is put to
    ("Norway and Canada have frozen development aid until the junta frees the opposition "
     "leaders.", "Norway", "SANCTION", "junta"),
    ("The rebels suspended talks until the government releases all prisoners.", "rebels",
     "SANCTION", "government"),
    # students of a named institution are its students
    ("Hundreds of students from Makerere University marched to parliament on Monday.",
     "Makerere University students", "PROTEST", ""),
    ("Police detained students at Stanford University on Tuesday.", "police", "COERCE",
     "Stanford University students"),
    # a demonym of two words stands for its country where it qualifies a weapon or a target
    ("North Korean gunboats shelled the South Korean marines.", "North Korea", "ASSAULT",
     "marines"),
    ("Sri Lankan gunboats shelled Tamil Tiger positions.", "Sri Lanka", "ASSAULT", "Tamil"),
    ("Syrian troops fired on the South African convoy.", "troops", "ASSAULT", "South Africa"),
    # a thing held, controlled or run by an actor is that actor's: attacking it attacks them
    ("Government troops shelled villages controlled by the rebels.", "government", "ASSAULT",
     "rebels"),
    ("The army stormed a building run by the Muslim Brotherhood.", "army", "ASSAULT",
     "Muslim Brotherhood"),
    ("Turkish jets bombed positions held by the PKK in northern Iraq.", "Turkey", "ASSAULT",
     "Kurdistan Workers"),
    # forces sent to a country to help, with no one named as helped, help that country
    ("Britain sent 500 soldiers to Sierra Leone to help restore order.", "United Kingdom", "AID",
     "Sierra Leone"),
    ("The United States deployed troops to Iraq to help train the new army.", "United States",
     "AID", "Iraq"),
    # an attack on armed men is made with arms, whoever they belong to
    ("Government troops attacked warlord Ali Mahdi's fighters outside the port.", "government",
     "ASSAULT", "Ali Mahdi"),
    # a counted crowd of an actor's members, followers or supporters stands for that actor
    ("Riot police detained dozens of supporters of the Movement for Democratic Change in Harare.",
     "police", "COERCE", "Movement for Democratic Change"),
    ("Soldiers killed scores of followers of the Lord's Resistance Army.", "soldiers", "ASSAULT",
     "Lord's Resistance Army"),
    ("Police fired tear gas at thousands of supporters of the opposition leader Raila Odinga.",
     "police", "COERCE", "Raila Odinga"),
    # "them" as the object of an act stands for the last crowd the sentence names before it
    ("Students gathered outside the parliament and riot police beat them with batons.", "police",
     "ASSAULT", "students"),
    ("Thousands of farmers blocked the highway, and police fired tear gas to disperse them.",
     "police", "COERCE", "farmers"),
    # armed men moving out of a country withdraw from it, whatever the verb of motion
    ("The last Cuban troops crossed the border out of Angola on Friday.", "troops", "RETREAT",
     "Angola"),
    ("Syrian troops moved out of Lebanon.", "troops", "RETREAT", "Lebanon"),
    # an agent noun modifying an act names its author ("the army offensive", "a police raid")
    ("The opposition condemned the army offensive in the north.", "opposition", "ACCUSE", "army"),
    ("The editors' union condemned the police raid on the newspaper.", "union", "ACCUSE",
     "police"),
    # a defeat conceded yields to the contest's winner, or to the rival congratulated
    ("Raila Odinga conceded defeat on Monday in the presidential election won by Uhuru Kenyatta.",
     "Odinga", "CONCEDE", "Kenyatta"),
    ("John McCain conceded defeat on Tuesday and congratulated his rival Barack Obama.", "McCain",
     "CONCEDE", "Obama"),
    # armed men handing over or surrendering their weapons retreat, towards whom they hand them
    ("The rebels handed over 300 rifles to African Union peacekeepers on Friday.", "rebels",
     "RETREAT", "African Union"),
    ("The rebels turned over their weapons to UN peacekeepers on Friday.", "rebels", "RETREAT",
     "United Nations"),
    ("The rebels surrendered their arms on Monday.", "rebels", "RETREAT", ""),
    # a sum of money given, provided or transferred to an actor is economic aid
    ("Norway gave $25 million to the Palestinian Authority.", "Norway", "AID",
     "Palestinian Authority"),
    ("The European Union will transfer €40 million to the government of Mali.",
     "European Union", "AID", "Mali"),
    ("Kuwait provided funds to the Lebanese government.", "Kuwait", "AID", "Lebanon"),
    ("Saudi Arabia gave 50 million dollars to Pakistan.", "Saudi Arabia", "AID", "Pakistan"),
    # a phrase "in <time>" after a verb is no particle of "give in": the gift stays aid
    ("Iran gave rockets to Hezbollah in 2006.", "Iran", "AID", "Hezbollah"),
    ("Qatar gave $10 million to the Palestinian Authority in March.", "Qatar", "AID",
     "Palestinian Authority"),
    # the one a passive clause is about does what its gerund clause says
    ("Alexander Kozulin was detained after criticising President Lukashenko.", "Kozulin",
     "ACCUSE", "Lukashenko"),
    ("Hundreds of protesters were arrested while protesting against the Chinese government.",
     "protesters", "PROTEST", "China"),
    ("Mahmoud Abbas was praised by Israel after condemning the attack by Hamas.", "Abbas",
     "ACCUSE", "Hamas"),
    # who works with another cooperates with it
    ("Kenya is working with the African Union to end the crisis.", "Kenya", "COOPERATE",
     "African Union"),
    ("The Danish government works closely with the British government.", "Denmark",
     "COOPERATE", "United Kingdom"),
    # who is responsible for or behind an attack or an arrest did it
    ("The Tamil Tigers were responsible for the ambush on the navy.", "Tamil Eelam", "ASSAULT",
     "navy"),
    ("The interior ministry was behind the arrest of Ayman Nour.", "ministry", "COERCE",
     "Ayman Nour"),
    # one who escapes an attack is its target
    ("Governor Asadullah Khalid narrowly escaped an attack by the Taliban.", "Taliban",
     "ASSAULT", "Asadullah Khalid"),
    # people of a region or bloc no one country stands for act as a group of their own
    ("East African leaders urged the Sudanese rebels to stop fighting.", "East African leaders",
     "REQUEST", "rebels"),
    ("Western diplomats praised the Ghanaian government for the peaceful vote.",
     "Western diplomats", "SUPPORT", "Ghana"),
    # an amount "in aid" is the aid: given or approved for its recipient, a capital its state
    ("Tokyo pledged $40 million in humanitarian aid to Nepal.", "Japan", "AID", "Nepal"),
    ("Congress approved $80 million in economic aid for Amman.", "Congress", "AID", "Jordan"),
    # two demonyms with no "and" between them name one people's force, not two countries'
    ("Bosnian Serb troops shelled a UN base near Tuzla.", "Bosnian Serb troops",
     "ASSAULT", "United Nations"),
    # a counted crowd is the subject of the verbs that share its subject
    ("Thousands of teachers left their classrooms on Monday to demand that the government raise "
     "wages.", "teachers", "REQUEST", "government"),
    # a crowd defying a curfew protests, against whom its purpose names
    ("Tens of thousands of farmers defied a curfew in Dhaka to demand that the government cut "
     "fuel prices.", "farmers", "PROTEST", "government"),
    # "it" in a relative clause stands outside the phrase the clause describes
    ("Kenya recalled its envoy after an attack on parliament that it blamed on al-Shabaab.",
     "Kenya", "ACCUSE", "Shabaab"),
    # names joined in apposition to a noun, or after "leaders of", are each an actor
    ("President Mubarak hosted the rival factions Fatah and Hamas in Cairo.", "Mubarak",
     "CONSULT", "Hamas"),
    ("Police arrested leaders of the rival factions Fatah and Hamas in Gaza.", "police", "COERCE",
     "Hamas"),
    # pounding positions is an attack on whoever holds them; infiltrators are armed men
    ("Sudanese jets pounded positions held by the rebels in Darfur.", "Sudan", "ASSAULT",
     "rebels"),
    ("Troops killed four infiltrators near the border on Sunday.", "troops", "ASSAULT",
     "infiltrators"),
    # an unnamed holder of a government post acts for the country its demonym names, a
    # named one stays the person
    ("A Syrian envoy accused Israel of provocations on Monday.", "Syria", "ACCUSE", "Israel"),
    ("Iran's chief negotiator Ali Larijani met Javier Solana. The Iranian negotiator rejected "
     "the EU offer.", "Larijani", "REJECT", "European Union"),
    # so do an unnamed diplomat (a title word no person noun) and an unnamed official
    ("A Chinese diplomat accused Japan of distorting history.", "China", "ACCUSE", "Japan"),
    ("A senior Egyptian official urged Hamas to free the soldier.", "Egypt", "REQUEST",
     "Hamas"),
    ("Russian diplomat Yuri Fedotov met Jack Straw. The Russian diplomat criticised Britain "
     "over the visas.", "Fedotov", "ACCUSE", "United Kingdom"),
    # militiamen, rioters, crowds and the world powers are agents of their own
    ("Militiamen burned dozens of houses and attacked villagers.", "militiamen", "ASSAULT",
     ""),
    ("A crowd stormed the embassy in Caracas on Sunday.", "crowd", "PROTEST", ""),
    ("Rioters attacked the police station in Kano.", "rioters", "PROTEST", "police"),
    ("Western powers accused Syria of arming the rebels.", "Western powers", "ACCUSE", "Syria"),
    ("North Korea and five world powers agreed on a new round of talks.", "North Korea",
     "AGREE", "world powers"),
    # each object of a verb names its own act, and a measure of goods is the goods
    ("Canada sent troops and medicine to Haiti after the storm.", "Canada", "AID", "Haiti"),
    ("Spain sent blankets and food to Morocco.", "Spain", "AID", "Morocco"),
    ("Germany sent 300 tonnes of food to Sudan.", "Germany", "AID", "Sudan"),
    ("Norway flew planeloads of medicine to Kenya.", "Norway", "AID", "Kenya"),
    # what a counted crowd is out demanding is also a protest against whom it is demanded of
    ("Police dispersed hundreds of teachers demanding Governor Ruiz's resignation.",
     "teachers", "PROTEST", "Ruiz"),
    # a deadline given with what befalls the one given it if it fails is an ultimatum
    ("The African Union gave the junta 15 days to restore civilian rule or face sanctions.",
     "African Union", "THREATEN", "junta"),
    ("NATO gave the rebels 48 hours to pull back their guns or face air strikes.", "NATO",
     "THREATEN", "rebels"),
    # aid agencies are relief organisations, security agencies a state's
    ("Eritrea expelled six foreign aid agencies last week.", "Eritrea", "SANCTION",
     "aid agencies"),
    ("Humanitarian organisations accused the militias of looting food convoys.",
     "humanitarian organisations", "ACCUSE", "militias"),
    # an attack on a country's armed men is no criticism
    ("Serbian troops attacked UN peacekeepers near Mostar.", "troops", "ASSAULT",
     "United Nations"),
    # a hyphenated act's owner is its target though the parser splits the word
    ("Students in Osh protested against President Bakiyev's re-election.", "students", "PROTEST",
     "Bakiyev"),
    # armed men are what is given only to a verb of giving: those armed are the ones aided
    ("The Chadian government has been arming soldiers near the border, the report said.", "Chad",
     "AID", "soldiers"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "obj"), FOUND)
def test_construction_found(extract, text, subject, cls, obj):
    rels = extract(text)
    assert _has(rels, subject, cls, obj), _show(rels)


NOT_FOUND = [

    # an act done "in retaliation" for another is the answer; no attack of its own
    ("Moscow expelled three Polish diplomats in retaliation for Warsaw's expulsion of Russian "
     "envoys.", "Russia", "ASSAULT", "envoys"),
    ("China closed the consulate in retaliation for the Canadian sanctions.", "China",
     "ASSAULT", "Canada"),
    # a country's mark before a currency sign names the currency, no actor
    ("The EU has agreed and will donate US $499,800 for the study.", "European Union", "AID",
     "United States"),
    # seeking an office is running for it, no request to the body that holds it
    ("Senator Tom Baker is seeking the White House in 2008.", "Baker", "REQUEST", "White House"),
    # unnamed people are no party met, praised or agreed with
    ("Senator Tom Baker enjoyed campaigning and meeting new people in Iowa.", "Baker", "CONSULT",
     "people"),
    # a threat "to" a thing no actor is is a danger someone poses, no threat made
    ("Blair cited Saddam Hussein's threat to the authority of the UN.", "Saddam", "THREATEN",
     "United Nations"),
    # criticism in the passive with no author named is no criticism by its reporter or place
    ("Finance Minister Ana Ruiz was criticised for the delays, officials said.", "officials",
     "ACCUSE", "Ana Ruiz"),
    ("Finance Minister Ana Ruiz was condemned in France for the remarks.", "France", "ACCUSE",
     "Ana Ruiz"),
    ("Finance Minister Ana Ruiz faced criticism over the delays, officials said.", "officials",
     "ACCUSE", "Ana Ruiz"),
    # a policy against a misconduct accuses no one of it
    ("Dan Bartlett defended US anti-terrorism policies on Sunday.", "Bartlett", "ACCUSE",
     "United States"),
    # ... never against the one who underwent it
    ("The ANC charged that Jacob Zuma was fired by Thabo Mbeki.", "African National Congress",
     "ACCUSE", "Zuma"),
    ("The unions charged that Jacob Zuma was dismissed to block his chances.", "unions",
     "ACCUSE", "Zuma"),
    # a post a participle says someone held is no occupation, as "occupied the post" is none
    ("The post of police chief, last occupied by Ahmed Khan, is vacant.", "Ahmed Khan", "COERCE",
     "police"),
    # a noun modifier the parser takes for a verb joined to the finite one is no act
    ("Australia has committed 300 troops and support personnel to Afghanistan.", "Australia",
     "SUPPORT", "Afghanistan"),
    # the victim of an attack asked for is not the one asked
    ("Religious broadcaster Pat Robertson calls for assassination of Venezuela's president.",
     "Robertson", "REQUEST", "Venezuela"),
    # a domestic armed group attacking a place of its own country attacks no country
    ("Iraqi insurgents attacked a prominent Baghdad hotel.", "insurgents", "ASSAULT", "Iraq"),
    # opposing or refusing a hostile act is neither doing it nor rejecting its target
    ("Lieberman opposed criticizing President Bush during wartime.", "Lieberman", "ACCUSE",
     "Bush"),
    ("Lieberman opposed criticizing President Bush during wartime.", "Lieberman", "REJECT",
     "Bush"),
    ("The European Union refused to impose sanctions on Iran.", "European Union", "REJECT",
     "Iran"),
    # "must" of a guess, "should" of a question is no demand
    ("Mr. Thompson told the moderator that he disagreed with outlawing abortion: \"Should the "
     "government come in and criminalize young girls?\"", "Thompson", "REQUEST", "government"),
    ("The NDP responded that the Liberals must be feeling nervous.", "New Democratic",
     "REQUEST", "Liberal"),
    ("The NDP said the Liberals must have known about the deal.", "New Democratic",
     "REQUEST", "Liberal"),
    # agents acting together are no targets of their act, unless the act is between them
    ("An insurgency was repelled by the Iraqi and American armies.", "armies", "ASSAULT",
     "armies"),
    ("The Iraqi and American armies repelled the assault.", "armies", "ASSAULT", "armies"),
    # a capital after an attack or a visit is the place
    ("Rebels launched an attack on Kabul.", "Rebels", "ASSAULT", "Government of Afghanistan"),
    ("The president made a visit to Moscow.", "president", "CONSULT", "Government of Russia"),
    # "by" of a passive verb is the verb's agent, not the noun's
    ("The invasion of Kuwait was condemned by Egypt.", "Egypt", "ASSAULT", "Kuwait"),
    # a journey with no visit or talks goes to a place; a visit to soldiers is no visit to a state
    ("Abiy Ahmed landed in Asmara on Monday.", "Abiy Ahmed", "CONSULT", "Eritrea"),
    ("Japan and South Korea began sharing military intelligence on North Korea's missile "
     "programme.", "Japan", "COOPERATE", "North Korea"),
    # shells slamming into a building are no criticism
    ("Israeli artillery shells slammed into a UN compound at Qana.", "Israel", "ACCUSE",
     "United Nations"),
    ("U.S. and Philippine troops began joint exercises on Basilan.", "troops", "COOPERATE",
     "Basilan"),
    ("The army began military exercises near the border.", "army", "COOPERATE", ""),
    ("President Bill Clinton signed a $1.3 billion aid package for Colombia.", "Clinton",
     "AGREE", "Colombia"),
    ("The senator criticised a bill imposing sanctions on Syria.", "senator", "SANCTION",
     "Syria"),
    ("Kurdish protesters stormed Greek embassies across Europe.", "protesters", "ASSAULT",
     "Greece"),
    ("President George W. Bush announced he would send more troops to Iraq, and Democratic "
     "leaders in Congress rejected the plan.", "Bush", "ACCUSE", "Democratic"),
    # an act aimed at someone's allies or kin is not aimed at that someone
    ("President Bush asked Arab allies of the USA to provide backing.", "Bush", "REQUEST",
     "United States"),
    ("The militants kidnapped the daughter of Home Minister Mufti Mohammad Sayeed.", "militants",
     "COERCE", "Sayeed"),
    # a storm is no actor
    ("Hurricane Matthew killed more than 500 people in Haiti.", "Matthew", "ASSAULT", ""),
    ("Hurricane Matthew killed more than 500 people in Haiti.", "Matthew", "ASSAULT", "people"),
    ("The EU agreed to impose sanctions on Iran.", "European Union", "AGREE", "Iran"),
    ("The EU agreed to impose sanctions on Iran.", "European Union", "THREATEN", "Iran"),
    ("Israel agreed to release 500 Palestinian prisoners.", "Israel", "AGREE", "prisoners"),
    ("The minister warned that the rebels would attack the capital.", "minister", "THREATEN",
     "rebels"),
    ("The government eased tensions.", "government", "CONCEDE", ""),
    # a refusal only supposed, a recall of goods
    ("If Iran refuses to suspend enrichment, the UN will act.", "Iran", "REJECT", ""),
    ("The company recalled its cars from Japan.", "company", "SANCTION", "Japan"),
    # a causative of a thing done to no actor, a state of emergency only talked of
    ("The minister had his car repaired.", "minister", "COERCE", ""),
    ("The opposition said it feared a state of emergency.", "opposition", "COERCE", ""),
    # a plan someone else made: accepting it is no agreement with the accepter's own side
    ("The committee accepted the report.", "committee", "AGREE", ""),
    # asked about something, asked to leave by no actor: no request of an actor
    ("The minister asked the reporters on Monday about the vote.", "minister", "REQUEST",
     "reporters"),
    # a place or a thing seized or stormed is what the act is about, not a group of people
    ("Chechen gunmen seized a hospital in southern Russia.", "gunmen", "COERCE", "hospital"),
    ("Security forces stormed the Tivoli Gardens neighbourhood in Kingston.", "forces",
     "ASSAULT", "neighbourhood"),
    ("FARC guerrillas hijacked a domestic airliner.", "FARC", "COERCE", "airliner"),
    # armed men marching into a town are no protest; a statement released is no concession
    ("South Ossetian paramilitaries marched into the city of Gori.", "paramilitaries",
     "PROTEST", ""),
    ("The Korean Central News Agency released a statement from the North Korean foreign "
     "ministry.", "Korean Central News Agency", "CONCEDE", "ministry"),
    ("The UN Security Council demanded the withdrawal of Iraqi forces.", "Security Council",
     "REQUEST", "forces"),
    ("Slobodan Milosevic rejected a demand by the Contact Group that NATO troops be allowed "
     "into Kosovo.", "Contact Group", "REQUEST", "troops"),
    ("Human Rights Watch made allegations that detainees were abused by US troops.",
     "Human Rights Watch", "ACCUSE", "detainees"),
    ("Indian Prime Minister Manmohan Singh spoke by telephone with his Pakistani counterpart "
     "Yousuf Raza Gilani on Saturday.", "Manmohan Singh", "CONSULT", "Manmohan"),
    # dismissing a claim or a case removes no one
    ("The court in Islamabad dismissed the case against Imran Khan.", "court", "COERCE", "Khan"),
    ("Imran Khan dismissed the claims of Nawaz Sharif as baseless.", "Imran Khan", "COERCE",
     "Sharif"),
    # "the group" is never a court, a parliament or a government
    ("Greenpeace welcomed a ruling of the High Court of Australia. On Monday the group marched "
     "through Canberra in protest.", "High Court", "PROTEST", ""),
    # co-subjects acting with a third party do not act on each other
    ("Officials in Ontario and the federal government of Canada are negotiating with Six "
     "Nations representatives.", "officials", "CONSULT", "Canada"),
    # asked whether or if: a question, whatever else the parser hangs on the verb
    ('Hussein refused to answer, and when Judge Abdel-Rahman asked Hussein if he pleaded '
     '"guilty or not guilty", Hussein simply replied, "this is no way to treat the president."',
     "Abdel-Rahman", "REQUEST", "Hussein"),
    ("President George W. Bush sent 20,000 more troops to Iraq.", "Bush", "MOBILIZE", "Iraq"),
    ("Venezuelan President Hugo Chavez ordered ten army battalions to the Colombian border.",
     "Chavez", "MOBILIZE", "Colombia"),
    # a law struck down is annulled, not attacked
    ("The Supreme Court of British Columbia struck down portions of Canada's drug laws.",
     "Supreme Court", "ACCUSE", "Canada"),
    ("The Supreme Court of British Columbia struck down portions of Canada's drug laws.",
     "Supreme Court", "ASSAULT", "Canada"),
    # another's forecast of an act is no threat its actor made; one's own announcement is
    ("There were reports that the U.S. would launch air strikes on Iran in April.",
     "United States", "THREATEN", "Iran"),
    ("Officials in Tehran said the United States would attack Iran.", "United States",
     "THREATEN", "Iran"),
    # a resignation in protest is a protest, no concession
    ("Susan F. Wood resigned in 2005 in protest over the handling of the drug.", "Wood",
     "CONCEDE", ""),
    # talking of someone is no talk with them
    ("In an interview, Louis Champagne talks of Sylvain Gaudreault, who is running in the "
     "riding.", "Champagne", "CONSULT", "Gaudreault"),
    ("The UN demanded the withdrawal of troops from Lebanon.", "United Nations", "REQUEST",
     "Lebanon"),
    ("Democrats and Republicans fought over the budget in Congress.", "Democratic", "ASSAULT",
     "Republican"),
    # rallying around a candidate is no protest; a resignation still to come is none yet
    ("Former Barr supporters have rallied around presidential nominee Chuck Baldwin.",
     "supporters", "PROTEST", ""),
    ("The incumbent president John Kufuor will be stepping down in January.", "Kufuor",
     "CONCEDE", ""),
    # an act only called for is not done
    ("The UN called for Israel to withdraw from Gaza.", "Israel", "RETREAT", "Gaza"),
    ("The opposition in Thailand called for Prime Minister Thaksin Shinawatra to resign.",
     "Thaksin", "CONCEDE", ""),
    # refusing to confirm or to comment is silence, no rejection of the one reporting
    ("Police and government officials in China refuse to confirm or deny the reports by "
     "Xinhua.", "police", "REJECT", "Xinhua"),
    # a past participle naming what someone is ("ousted prime minister") is no act
    ("People's Television is a satellite station that supports ousted prime minister Thaksin "
     "Shinawatra.", "People's Television", "COERCE", "Thaksin"),
    # a refused resignation is none
    ("President Gbagbo refused to resign.", "Gbagbo", "CONCEDE", ""),
    ("New Zealand has barred the military leader and president of Fiji, Commander Frank "
     "Bainimarama, from visiting New Zealand.", "New Zealand", "SANCTION", "military"),
    ("Egypt, Jordan and Saudi Arabia warned of a civil war if the Hamas-led Palestinian "
     "Authority was left to collapse.", "Saudi Arabia", "THREATEN", "Palestinian Authority"),
    # a crowd gathering for an occasion is no protest
    ("Thousands of people had gathered in the evening for a countdown party.", "people",
     "PROTEST", ""),
    ("Thousands of supporters gathered to celebrate the victory of the opposition.",
     "supporters", "PROTEST", ""),
    ("The Washington Post quoted John Weaver, who split with McCain last year, as saying he "
     "met with lobbyist Iseman and urged her to steer clear of McCain.", "McCain", "CONSULT",
     "Iseman"),
    # "it" after a sentence about a thing is the thing, not the last country named
    ("A suicide car bomber detonated explosives at an outpost in Baqubah, Iraq. It killed at "
     "least nine soldiers.", "Iraq", "ASSAULT", "soldiers"),
    # denying a fact rejects nobody it names; denying a claim rejects its author (FOUND)
    ("Syria denied Hezbollah's role in the killing.", "Syria", "REJECT", "Hezbollah"),
    ("Iran denied the existence of the Hezbollah training camps.", "Iran", "REJECT", "Hezbollah"),
    ("President Lula denied the supposed relationship of the Workers' Party with the FARC.",
     "Lula", "REJECT", "FARC"),
    # a state that protests complains; it holds no rally
    ("Russia apologised to Finland last year, but only after Finland had protested.", "Finland",
     "PROTEST", ""),
    # a place named after someone is no actor one visits
    ("McCain also visited Edmund Pettus Bridge, which is located in Selma, Alabama.", "McCain",
     "CONSULT", "Edmund Pettus"),
    # nor is a building, a bill or a summit
    ("Demonstrators gathered at the National Gallery to protest the war.", "demonstrators",
     "PROTEST", "National Gallery"),
    ("Gunmen stormed the Sheraton Hotel in Baghdad on Monday.", "gunmen", "ASSAULT",
     "Sheraton"),
    ("Senate Republicans rejected the Comprehensive Immigration Reform Bill.", "Republicans",
     "REJECT", "Reform Bill"),
    ("The protesters marched against the Busan APEC Summit.", "protesters", "PROTEST",
     "Summit"),
    # a demonym that is a word of a people's name is no country
    ("Post-season use of American Indian mascots were banned by the National Collegiate "
     "Athletic Association in 2005.", "National Collegiate", "SANCTION", "United States"),
    # calling on someone for the first time asks nothing of them
    ("During a press conference on Tuesday, President George W. Bush called on veteran White "
     "House reporter Helen Thomas for the first time in three years.", "Bush", "REQUEST",
     "Helen Thomas"),
    # a name set beside a place noun is a place, no actor an act is aimed at
    ("Government forces captured Mullaitivu, the last stronghold of the Tigers, on Sunday.", "",
     "COERCE", "Mullaitivu"),
    ("Jan Egeland visited Haret Hreik, a crowded Beirut neighborhood where Hezbollah had its "
     "headquarters.", "Egeland", "CONSULT", "Haret Hreik"),
    # denying an act rejects nobody it would have hit
    ("Despite eyewitness accounts to the contrary, Ethiopia denies sending troops into Somalia.",
     "Ethiopia", "REJECT", "troops"),
    # charged with an act is no act of the one charging
    ("The police charged him with the murder of the mayor.", "police", "ASSAULT", "mayor"),
    # a warning of someone else's attack is no threat of one's own
    ("The minister warned of an attack by militants on the capital.", "minister", "THREATEN", ""),
    ("The minister warned the villagers of the rebels' offensive.", "minister", "THREATEN",
     "villagers"),
    ('The raid was criticized by Nassar al-Rubaie, a Shiite member of Parliament. "We condemn '
     'the government," he said.', "parliament", "ACCUSE", "government"),
    # praise is no accusation for the enemy named in its phrases
    ("The White House called Pakistan a valuable ally in the war against terrorists.",
     "White House", "ACCUSE", "Pakistan"),
    # "it" called unacceptable is the act or report just told of
    ('UNICEF released a report on the camps. James Elder, a spokesperson for UNICEF, called it '
     '"completely unacceptable."', "Elder", "ACCUSE", "UNICEF"),
    ('New Zealand published the report. Helen Clark has called it a "pack of lies".', "Clark",
     "ACCUSE", "New Zealand"),
    # the one who accepts a resignation is not the one who resigns
    ("Alberto Gonzales resigned on Monday. President Bush said he had reluctantly accepted the "
     "resignation.", "Bush", "CONCEDE", ""),
    # "his" owning the possessor of an act is not the act's doer, however the parse hangs it
    ('Bush praised his "close friend\'s" visit to Iraq.', "Bush", "CONSULT", "Iraq"),
    # investigating an attack accuses no one named before
    ("Islamic militants attacked a hotel in Sinai last year. On Sunday a bomb exploded in Cairo."
     " Egyptian officials are investigating the attack.", "Egypt", "ACCUSE", "militants"),
    # thanking one's family, urging one's supporters: no other party
    ("Barack Obama won the election. He thanked his family.", "Obama", "SUPPORT", "family"),
    ("Hillary Clinton appealed to her supporters to help Barack Obama.", "Clinton", "REQUEST",
     "supporters"),
    # ... nor meeting or defending one's own government
    ("Treasurer Wayne Swan defended his government's budget on Tuesday.", "Swan", "SUPPORT",
     "government"),
    ("President Jacques Chirac met with his administration on Monday to discuss the strikes.",
     "Chirac", "CONSULT", "government"),
    # the victim of an attack named as a subject is not the one who acts
    ("The assassination of former Prime Minister Rafik Hariri on Feb. 14 galvanized the "
     "anti-Syrian opposition.", "Hariri", "SUPPORT", "opposition"),
    # an amount asked for is what is asked, not whom
    ("Coalition commanders in Afghanistan have asked for more troops to meet the escalation.",
     "coalition", "REQUEST", "troops"),
    # whom an act written with "-ing" is done to is not accused of it
    ("Jack Smit of Project SafeCom has complained repeatedly about the detaining of the "
     "Afghans.", "Smit", "ACCUSE", "Afghans"),
    # a country's head of government is on its side, not a party to its acts
    ("The Australian PM has agreed to changes to Australia's anti-terror laws.", "Prime Minister",
     "AGREE", "Australia"),
    # a demonym before another country's people names that people ("Greek Cypriots")
    ("Papadopoulos urged Greek Cypriots to vote against the plan in a referendum.",
     "Papadopoulos", "REQUEST", "Greece"),
    # a party's voters are not the party
    ("Amir Peretz called on Likud voters to switch to Labor.", "Peretz", "REQUEST", "Likud"),
    # a former soldier of a country no longer stands for it
    ("U.S. federal prosecutors have charged a former U.S. soldier with murder.", "prosecutors",
     "ACCUSE", "United States"),
]


NOT_FOUND += [
    # whom a death or disappearance befell is no target of an act about it
    ("Turkey is investigating the disappearance of Hrant Dink, an Armenian editor.", "Turkey",
     "ACCUSE", "Hrant Dink"),
    ("An Italian inquiry into the death of the agent Nicola Calipari cleared the soldiers.", "Italy",
     "ACCUSE", "Nicola Calipari"),
]


NOT_FOUND += [
    # a ban may be lifted on anyone's doing: who must act is not whom it is put on
    ("The government banned the march until the police restore order.", "government", "SANCTION",
     "police"),
    # a thing made or named by an actor is not held by it
    ("Government troops shelled villages visited by the rebels.", "government", "ASSAULT",
     "rebels"),
    # forces sent to fight in a country give it no help; aid workers sent are no deployment
    ("Britain sent 500 soldiers to Sierra Leone to fight the rebels.", "United Kingdom", "AID",
     "Sierra Leone"),
    ("Britain sent 500 soldiers to Sierra Leone to help the rebels.", "United Kingdom", "AID",
     "Sierra Leone"),
    ("Government troops attacked warlord Ali Mahdi's fighters outside the port.", "government",
     "ACCUSE", "Ali Mahdi"),
    # ... but a counted crowd of a country's people is no act on the country
    ("Police arrested hundreds of Kenyan protesters.", "police", "COERCE", "Kenya"),
    # ... people who are no armed men only travel
    ("Thousands of refugees fled out of Syria.", "refugees", "RETREAT", "Syria"),
    ("The president flew out of Kenya on Monday.", "president", "RETREAT", "Kenya"),
    # ... not a rival congratulated by someone else
    ("John McCain conceded defeat on Tuesday, and Bush congratulated Barack Obama.", "McCain",
     "CONCEDE", "Obama"),
    # ... a state handing weapons to a group supplies it
    ("Iran handed over weapons to Hezbollah.", "Iran", "RETREAT", "Hezbollah"),
]


NOT_FOUND += [
    # whoever a release is asked for is not whom it is asked of; a resignation is asked of the
    # one who is to resign (FOUND)
    ("Archbishop Tutu also called for the release of Israeli soldier Nahum Levy.", "Tutu",
     "REQUEST", "Levy"),
    ("Some 20,000 people gathered in Madrid to march silently, demanding the release of Ana "
     "Ortiz, a reporter who was kidnapped in March.", "", "REQUEST", "Ortiz"),
    ("Senator Ada Kerr agreed with Tom Briggs on this point.", "Kerr", "AGREE", "Briggs"),
    # a question put to someone in a quotation asks nothing of them
    ('Senator Ada Kerr angered Senator Tom Briggs by asking him "Have you ever once voted for '
     'the budget?".', "Kerr", "REQUEST", "Briggs"),
    ('At the hearing, Senator Ada Kerr asked the council\'s counsel Tom Briggs, "Does the council '
     'keep files on its staff?"', "Kerr", "REQUEST", "Briggs"),
    # a crowd breaking someone out of prison concedes nothing
    ('"The assembly is legitimate," Omar Bek, who was freed from prison by protesters after the '
     'storming of the palace, said.', "protesters", "CONCEDE", "Omar Bek"),
    # a shooting by accident is no attack
    ("Governor Peter Hale accidentally shot Tom Briggs during a hunting trip.", "Hale", "ASSAULT",
     "Briggs"),
    ("Peter Hale shot Tom Briggs in a hunting accident on Sunday.", "Hale", "ASSAULT", "Briggs"),
    ("The accidental shooting of Tom Briggs by Peter Hale shocked the town.", "Hale", "ASSAULT",
     "Briggs"),
    # the forces a deployment sends are no one a stance on it is towards
    ("The Greens oppose the deployment of new troops.", "Greens", "REJECT", "troops"),
    ("The senator praised the deployment of more soldiers.", "senator", "SUPPORT", "soldiers"),
    # people who came together, with no protest said, are no protest
    ("In Wellington, about 3000 people gathered at the war memorial near the harbour.",
     "people", "PROTEST", ""),
    ("Some loyalists gathered near the colonel's villa, but the army soon took control of the "
     "town.", "loyalists", "PROTEST", ""),
    ("Thousands of people gathered in the town today to remember the victims of the flood.",
     "people", "PROTEST", ""),
    # "they" in a person's quotation is never that person
    ('Colonel Ahmed Rahim said, "By targeting innocent Afghans, they show their true face."',
     "Ahmed Rahim", "ASSAULT", "Afghans"),
    # who is responsible for protecting another has a duty, no act done; one not responsible
    # for an attack did not attack
    ("The army is responsible for the protection of President Karzai.", "army", "AID",
     "Karzai"),
    ("The Tamil Tigers were not responsible for the ambush on the navy.", "Tamil Eelam",
     "ASSAULT", "navy"),
    # nor one asked about
    ("Reporters asked whether the Tamil Tigers were responsible for the ambush on the navy.",
     "Tamil Eelam", "ASSAULT", "navy"),
    # the doer of a passive clause does not do what its gerund clause says
    ("The minister was criticised by the opposition after meeting Hamas leaders.",
     "opposition", "CONSULT", "Hamas"),
    ("Mahmoud Abbas was praised by Israel after condemning the attack by Hamas.", "Israel",
     "ACCUSE", "Hamas"),
    # nor does the empty "it" of "it was announced that"
    ("While Taro Aso continues his tour, visiting France and now Germany, it has been "
     "announced that Germany will buy trains.", "Germany", "CONSULT", "France"),
    ("Kenya recalled its envoy after an attack on parliament that it blamed on al-Shabaab.",
     "parliament", "ACCUSE", "Shabaab"),
    # what defies a curfew is a protest only when a crowd does it
    ("The ruling party defied a curfew to hold its congress.", "party", "PROTEST", ""),
    # a capital after "for" is a place, except as what aid is for
    ("The minister approved a new road for Amman.", "minister", "AID", "Jordan"),
    ("Rebels seized $2 million in cash from a bank in Amman.", "rebels", "COERCE", "Jordan"),
    # "which" after the target phrase of an event stands for the event, not for the people
    ("The raid on the Taliban fighters, which Pakistan criticised, took place on Monday.",
     "Pakistan", "ACCUSE", "Taliban"),
    # a plan another tells of is no threat the planner made
    ("Bolivian President Evo Morales claimed that the United States is planning to invade "
     "Bolivia.", "United States", "THREATEN", "Bolivia"),
    ("Saudi officials believe that Iran wants to bomb the oil fields of Kuwait.", "Iran",
     "THREATEN", "Kuwait"),
    # a quoted question tells no act
    ('"Would India really sign a treaty with Pakistan?" the senator asked reporters.', "India",
     "AGREE", "Pakistan"),
    # what no one should do is a norm, nothing asked of anyone
    ('"No responsible government should arm the militias," Senator Bill Smith said.',
     "Smith", "REQUEST", "government"),
    # a state's own leader, court or officials do not act on the state as a whole: what of
    # theirs an act is about is no target
    ("Russian President Vladimir Putin defended Russia's right to sell arms to Syria.", "Putin",
     "SUPPORT", "Russia"),
    ("Prime Minister Tony Blair convened the British ministers of defence and health on Monday.",
     "Blair", "CONSULT", "United Kingdom"),
    ("U.S. President George W. Bush urged the American public to back his economic plan.",
     "Bush", "REQUEST", "United States"),
    ("Chancellor Angela Merkel promised the support of Germany for the new mission.", "Merkel",
     "AGREE", "Germany"),
    # one's own forces given, sent, kept or pulled back are what is given or moved, not the
    # party an agreement or a refusal is towards
    ("Chile promised to withdraw its soldiers from Peru.", "Chile", "AGREE", "soldiers"),
    ("Portugal refused to contribute troops to the new force.", "Portugal", "REJECT", "troops"),
    ("Brazil offered to provide troops for the force.", "Brazil", "AID", "troops"),
    ("Poland pledged to keep its troops in the region until 2010.", "Poland", "AGREE", "troops"),
    ("Sweden refused to send its soldiers to the war.", "Sweden", "REJECT", "soldiers"),
    # what is given to an act of force helps its doers, not the one it is done to
    ("Poland contributed 2,500 soldiers to the invasion of Iraq in 2003.", "Poland", "AID", "Iraq"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "obj"), NOT_FOUND)
def test_construction_not_found(extract, text, subject, cls, obj):
    rels = extract(text)
    assert not _has(rels, subject, cls, obj), _show(rels)


def test_an_announced_act_of_ones_own_country_is_no_accusation(extract):
    rels = extract("President Donald Trump announced that the United States would reimpose "
                   "sanctions on Tehran.")
    assert not any(r.cls == "ACCUSE" for r in rels), _show(rels)


NOT_ASSERTED = [
    # an act made possible is not done
    ("The emergency law will allow local officials to impose curfews.", "officials", "COERCE"),
    # an act asked for is not done
    ("Egypt encouraged peace talks between Fatah and Hamas.", "Fatah", "CONSULT"),
    ("The United Nations passed a resolution calling for a ceasefire between Israel and Hamas.",
     "Israel", "AGREE"),
    ("The resolution calls for the complete withdrawal of Syrian forces from Lebanon.", "forces",
     "RETREAT"),
    ("The European Union demanded the release of Aung San Suu Kyi by the junta.", "junta",
     "CONCEDE"),
    # striven for, committed to, feared: not done, and no threat made
    ("Clinton said the right attacked his efforts to kill Osama bin Laden.", "Clinton",
     "ASSAULT"),
    ("Clinton said the right attacked his efforts to kill Osama bin Laden.", "Clinton",
     "THREATEN"),
    ("President Bush restated his commitment to withdraw troops from Iraq.", "Bush", "RETREAT"),
    ("Oil prices rose on fears that Turkey is going to attack Kurdish militants.", "Turkey",
     "ASSAULT"),
    # an event noun after "engage in" or "participate in" takes the verb's negation
    ("The DUP continues not to engage in direct talks with Sinn Fein.", "Democratic Unionist",
     "CONSULT"),
    # a happening a time is said to come just before is still to come
    ("Rebels shelled the port ahead of talks between Colombia and the FARC.", "Colombia",
     "CONSULT"),
    ("The bombing came in the run-up to talks between India and Pakistan.", "India", "CONSULT"),
    ("Bombs exploded in the lead up to talks between Israel and Syria.", "Israel", "CONSULT"),
    # what is done in company with an act to come, or is the errand of a trip to come, or what
    # a meeting aims at, or a treaty obliges, is not done either
    ('"I will draft the bill in consultation with the White House," Senator Ron Wyden said.',
     "Wyden", "CONSULT"),
    ("President Chirac will be flying to Moscow for talks with Putin.", "Chirac", "CONSULT"),
    ("Diplomats met in Geneva for a conference aimed at launching negotiations between Armenia "
     "and Azerbaijan.", "Armenia", "CONSULT"),
    ("The 1997 treaty obliged Russia to withdraw its troops from Georgia.", "Russia",
     "RETREAT"),
    ("Senator Webb says at no time was he threatening the reporters.", "Webb", "THREATEN"),
    ('"We would like to see some kind of reconciliation between Fatah and Hamas," he said.',
     "Fatah", "AGREE"),
    # a bare second verb shares the first one's modal
    ("The Parliament though, can vote for no confidence in the government or censure it.",
     "Parliament", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "subject", "cls"), NOT_ASSERTED)
def test_acts_not_done_are_not_asserted(extract, text, subject, cls):
    rels = extract(text)
    assert not any(subject.lower() in r.subject.label.lower() and r.cls == cls and not r.negated
                   and r.modality is None for r in rels), _show(rels)


NO_EVENT = [
    # protesting that something is so says it: a statement, no demonstration
    ("Opposition leader Raila Odinga protested that the election had been rigged.", "Odinga",
     "PROTEST"),
    # a place named after "the <place word> of" does nothing: the relative clause is not its
    ("Another airstrike was launched at the northern Baghdad neighborhood of al-Zuhor, which "
     "killed 6 people.", "al-Zuhor", "ASSAULT"),
    # the head of a force resigns, not the force
    ("The head of the Israel Defense Forces resigned on Tuesday.", "Israel Defense Forces",
     "CONCEDE"),
    # an act one is let do, or a force one is asked to send, is not (yet) at work
    ("There is an agreement of Hamas to let the Palestinian president, Mahmoud Abbas, "
     "negotiate with Israel.", "Abbas", "CONSULT"),
    ("Protesters asked the Indonesian government to send troops to Gaza to fight against the "
     "Israelis.", "Indonesia", "ASSAULT"),
    # showing how something threatens is no demonstration
    ("Though the court must still hear the case, it does demonstrate how the amendment "
     "threatens the stability of existing laws.", "court", "PROTEST"),
    # a co-agent's own side is no target of their common act
    ("US Secretary of State Condoleezza Rice and UK Foreign Secretary Jack Straw did not "
     "confirm or deny its accuracy.", "Rice", "REJECT"),
    # those who meet what the passive's subject names meet it, not each other
    ("Bhutto's arrival was met by more than 20,000 police and military troops.", "police",
     "CONSULT"),
    # talking down to someone is no talk with them
    ("Jackson said Obama is talking down to black people.", "Obama", "CONSULT"),
    # an act weighed by an adjective or a noun is not done
    ("He said the time may not be right for Israel to be negotiating with Syria.", "Israel",
     "CONSULT"),
    ("It is highly unusual for a British commander to publicly criticize the government.",
     "military", "ACCUSE"),
    # signing up supporters is no agreement with them
    ("Having only two days to sign up new supporters, Brent Wood won by a nose.", "Brent Wood",
     "AGREE"),
    # what one is alleged or suspected to have done is no established deed
    ("Soldiers allegedly killed a family of four Iraqi civilians.", "Soldiers", "ASSAULT"),
    ("Viktor Bout is suspected of supplying arms to the FARC.", "Viktor Bout", "AID"),
    # an act only aimed at is not done, unless the act aiming at it does it
    ("The French government rented a ferry in order to evacuate its nationals from Lebanon.",
     "France", "RETREAT"),
    ("The government set up a commission to help the refugees.", "government", "AID"),
    # agents acting together are no targets of their act: nobody here denies anybody
    ("The Kenyan and Ugandan governments have neither confirmed nor denied its accuracy.",
     "governments", "REJECT"),
]


@pytest.mark.parametrize(("text", "subject", "cls"), NO_EVENT)
def test_acts_neither_done_nor_intended_give_no_event(extract, text, subject, cls):
    rels = extract(text)
    assert not any(subject.lower() in r.subject.label.lower() and r.cls == cls
                   for r in rels), _show(rels)


@pytest.mark.parametrize(("text", "subject", "cls", "obj"), [
    # what a demand verb sets going by its order or call is done
    ("A Bolivian judge ordered the arrest of former President Evo Morales.", "judge", "COERCE",
     "Morales"),
    ("Turkey is going to attack the Kurdish militants.", "Turkey", "THREATEN", "militants"),
])
def test_acts_ordered_or_announced(extract, text, subject, cls, obj):
    rels = extract(text)
    assert _has(rels, subject, cls, obj), _show(rels)


def test_a_leader_named_by_surname_in_a_text_naming_no_country(nlp):
    """A bare surname in a headline that names no country: the one head of state or
    government of that name in office at the article's date."""
    from graphkit.extract import actor_mentions
    from graphkit.model import Article

    text = "Kibaki and Odinga sign power-sharing deal brokered by Kofi Annan"
    found = {}
    for date in ("2008-02-28", "1995-01-01"):
        doc = nlp(text)
        doc.user_data["article"] = Article(id="h", text=text, date=date)
        found[date] = {m.text: m.label for m in actor_mentions(doc)}
    assert found["2008-02-28"].get("Kibaki") == "Mwai Kibaki", found
    assert "Kibaki" not in found["1995-01-01"], found  # not in office then: no one known


@pytest.mark.parametrize("text", [
    "The rally was held at Martin Luther King Park.",
    "The ceremony took place at Nelson Mandela Square.",
])
def test_a_name_after_at_of_no_act_stays_a_place(nlp, text):
    from graphkit.extract import actor_mentions

    assert [m for m in actor_mentions(nlp(text)) if m.type == "Person"] == []


@pytest.mark.parametrize(("text", "mood"), [
    ("The rebels went on to attack the army.", "asserted"),  # done next
    ("The rebels proceeded to attack the army.", "asserted"),
    ("The rebels moved north to attack the army.", "purpose"),  # only meant
])
def test_what_was_done_next_is_no_purpose(nlp, text, mood):
    from graphkit.extract.polarity import polarity

    doc = nlp(text)
    attack = next(t for t in doc if t.lower_ == "attack")
    assert polarity(attack).mood == mood

