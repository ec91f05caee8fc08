"""MEMBER_OF, ROLE and AUTHOR relations."""

from __future__ import annotations

import pytest

from graphkit.extract import ActorIndex, actor_mentions
from graphkit.extract.affiliations import affiliations
from graphkit.model import Article

# text -> expected (class, subject, object label or ROLE value, role); [] = nothing
AFFILIATIONS = [
    # a name's set-off "of" phrase that an organisation closes ties the person to it
    ("John Smith, of the Cato Institute, said the law was unfair.",
     [("MEMBER_OF", "John Smith", "Cato Institute", None)]),
    ("The law was unfair, said John Smith, of Human Rights Watch.",
     [("MEMBER_OF", "John Smith", "Human Rights Watch", None)]),
    ("John Smith, of the Cato Institute's board, said the law was unfair.", []),
    ("John Smith, of Boston, said the law was unfair.", []),
    # a researcher of an organisation is its member, with no post of it
    ("Human Rights Watch researcher Mary Jones said the trial was unfair.",
     [("MEMBER_OF", "Mary Jones", "Human Rights Watch", "researcher")]),
    # an abbreviated rank between the post and the name is the ROLE; the post is the membership
    ("Army spokesman Maj. Tim Allen said the convoy was attacked.",
     [("ROLE", "Tim Allen", "Maj.", None),
      ("MEMBER_OF", "Tim Allen", "army", "spokesman"),
      ("ROLE", "Tim Allen", "army spokesman", None)]),
    # an organisation written with a possessive gives the post alone
    ("Kim Jang Soo, the Defense Minister of their military, said the drill would go ahead.",
     [("MEMBER_OF", "Kim Jang Soo", "military", "Defense Minister"),
      ("ROLE", "Kim Jang Soo", "Defense Minister", None)]),
    ("Hamas spokesman Hazem Qassem rejected the plan.",
     [("MEMBER_OF", "Hazem Qassem", "Hamas", "spokesman"),
      ("ROLE", "Hazem Qassem", "spokesman of Hamas", None)]),
    ("BJP president JP Nadda addressed the rally.",
     [("MEMBER_OF", "JP Nadda", "Bharatiya Janata Party", "president"),
      ("ROLE", "JP Nadda", "president of Bharatiya Janata Party", None)]),
    ("Maria Lopez, a spokeswoman for the Colombian Defence Ministry, denied it.",
     [("MEMBER_OF", "Maria Lopez", "defence ministry", "spokeswoman"),
      ("ROLE", "Maria Lopez", "spokeswoman of Colombian Defence Ministry", None)]),
    ("The NATO secretary general, Mark Rutte, warned Russia.",
     [("MEMBER_OF", "Mark Rutte", "NATO", "secretary general"),
      ("ROLE", "Mark Rutte", "secretary general of NATO", None)]),
    # a government post tied to a country: the country's government
    ("French President Emmanuel Macron spoke.",
     [("MEMBER_OF", "Emmanuel Macron", "Government of France", "President"),
      ("ROLE", "Emmanuel Macron", "President of France", None)]),
    ("German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk met in Berlin.",
     [("MEMBER_OF", "Olaf Scholz", "Government of Germany", "Chancellor"),
      ("ROLE", "Olaf Scholz", "Chancellor of Germany", None),
      ("MEMBER_OF", "Donald Tusk", "Government of Poland", "Prime Minister"),
      ("ROLE", "Donald Tusk", "Prime Minister of Poland", None)]),
    ("U.S. Secretary of State Antony Blinken flew to Cairo.",
     [("MEMBER_OF", "Antony Blinken", "Government of the United States", "Secretary of State"),
      ("ROLE", "Antony Blinken", "Secretary of State", None)]),
    ("Ethiopia's Prime Minister Abiy Ahmed spoke.",
     [("MEMBER_OF", "Abiy Ahmed", "Government of Ethiopia", "Prime Minister"),
      ("ROLE", "Abiy Ahmed", "Prime Minister of Ethiopia", None)]),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei spoke.",
     [("ROLE", "Ali Khamenei", "Supreme Leader of Iran", None)]),
    # "the party" in an apposition is the party just named
    ("The ANC met on Monday. Fikile Mbalula, the party's secretary general, spoke.",
     [("MEMBER_OF", "Fikile Mbalula", "African National Congress", "secretary general"),
      ("ROLE", "Fikile Mbalula", "secretary general of African National Congress", None)]),
    # an office inside an apposition: the party before the title, the office as ROLE too
    ("Sherry Rehman, a PPP Member of National Assembly, said so.",
     [("MEMBER_OF", "Sherry Rehman", "Pakistan People's Party", "Member of National Assembly"),
      ("ROLE", "Sherry Rehman", "Member of National Assembly", None)]),
    # an "of" chain: the force the (unnamed) unit belongs to
    ("Raja Umar Khattab, head of the Counter-Terrorism Department of Sindh Police, spoke.",
     [("MEMBER_OF", "Raja Umar Khattab", "Sindh police",
       "head of the Counter-Terrorism Department"),
      ("ROLE", "Raja Umar Khattab", "head of the Counter-Terrorism Department", None)]),
    # two appositions; the office is named with its body
    ("Donald Tusk, the leader of Civic Platform and a former president of the European "
     "Council, spoke.",
     [("MEMBER_OF", "Donald Tusk", "Civic Platform", "leader"),
      ("ROLE", "Donald Tusk", "leader of Civic Platform", None),
      ("MEMBER_OF", "Donald Tusk", "European Council", "former president"),
      ("ROLE", "Donald Tusk", "former president of European Council", None)]),
    # an acronym the NER misses, defined in the text
    ("The Law Society of Kenya (LSK) sued. LSK president Eric Theuri said so.",
     [("MEMBER_OF", "Eric Theuri", "Law Society of Kenya", "president"),
      ("ROLE", "Eric Theuri", "president of Law Society of Kenya", None)]),
    # "their" in a title is the organisation just named
    ("The Liberal Democrats backed the call. Their leader, Ed Davey, said so.",
     [("MEMBER_OF", "Ed Davey", "Liberal Democrats", "leader"),
      ("ROLE", "Ed Davey", "leader of Liberal Democrats", None)]),
    # relative clauses and copulas
    ("Khalid Mishal, who heads the Hamas political bureau, met Turkish officials.",
     [("MEMBER_OF", "Khalid Mishal", "Hamas", "head")]),
    ("Abdul Rashid Dostum, who founded the Junbish party, returned to Kabul.",
     [("MEMBER_OF", "Abdul Rashid Dostum", "Junbish party", "founder")]),
    ("Nabih Berri is the speaker of Lebanon's parliament and the leader of the Amal Movement.",
     [("MEMBER_OF", "Nabih Berri", "parliament", "speaker"),
      ("ROLE", "Nabih Berri", "speaker of Lebanon's parliament", None),
      ("MEMBER_OF", "Nabih Berri", "Amal Movement", "leader"),
      ("ROLE", "Nabih Berri", "leader of Amal Movement", None)]),
    # a name the NER takes for an organisation, titled by an apposition
    ("Mehmet Simsek, Turkey's finance minister, said inflation would fall.",
     [("MEMBER_OF", "Mehmet Simsek", "Government of Turkey", "finance minister"),
      ("ROLE", "Mehmet Simsek", "finance minister of Turkey", None)]),
    # a generic agent in a title
    ("Army spokesman Onyema Nwachukwu said soldiers recovered weapons.",
     [("MEMBER_OF", "Onyema Nwachukwu", "army", "spokesman"),
      ("ROLE", "Onyema Nwachukwu", "army spokesman", None)]),
    # co-leaders and posts the parser splits up, read off the words before the names
    ("The talks included CDU co-leaders Anna Weber and Markus Keller.",
     [("MEMBER_OF", "Anna Weber", "Christian Democratic Union", "co-leader"),
      ("ROLE", "Anna Weber", "co-leader of Christian Democratic Union", None),
      ("MEMBER_OF", "Markus Keller", "Christian Democratic Union", "co-leader"),
      ("ROLE", "Markus Keller", "co-leader of Christian Democratic Union", None)]),
    ("Greens co-chair Anja Roth said her party might leave the German coalition.",
     [("MEMBER_OF", "Anja Roth", "Alliance 90/The Greens", "co-chair"),
      ("ROLE", "Anja Roth", "co-chair of Alliance 90/The Greens", None)]),
    ("The deal was signed by army chief of staff General Ibrahim Musa on Monday.",
     [("ROLE", "Ibrahim Musa", "General", None),
      ("MEMBER_OF", "Ibrahim Musa", "army", "chief of staff"),
      ("ROLE", "Ibrahim Musa", "army chief of staff", None)]),
    # "the post of the organisation, Name"
    ("Soldiers detained the leader of Hamas, Khalil al-Hayya, on Monday.",
     [("MEMBER_OF", "Khalil al-Hayya", "Hamas", "leader"),
      ("ROLE", "Khalil al-Hayya", "leader of Hamas", None)]),
    # party labels and adjectives give the party; a public office stays alone as ROLE
    ("Tory leader Michael Howard said the plan would fail.",
     [("MEMBER_OF", "Michael Howard", "Conservative Party", "leader"),
      ("ROLE", "Michael Howard", "leader of Conservative Party", None)]),
    ("Lib Dem spokeswoman Sarah Teather criticised the bill.",
     [("MEMBER_OF", "Sarah Teather", "Liberal Democrats", "spokeswoman"),
      ("ROLE", "Sarah Teather", "spokeswoman of Liberal Democrats", None)]),
    ("Republican Kansas Senator Sam Brownback is expected to drop out.",
     [("MEMBER_OF", "Sam Brownback", "Republican Party", "Senator"),
      ("ROLE", "Sam Brownback", "Senator", None)]),
    ("Arlen Specter, the Republican senator from Pennsylvania, challenged the plan.",
     [("MEMBER_OF", "Arlen Specter", "Republican Party", "senator from Pennsylvania"),
      ("ROLE", "Arlen Specter", "senator from Pennsylvania", None)]),
    ("Labour's Gordon Brown said the budget would balance.",
     [("MEMBER_OF", "Gordon Brown", "Labour Party", None)]),
    # a title joined by "and" before the title at the name, wherever the parse hung it
    ("The seat was won by SNP member and now first time MP Ruth Okafor.",
     [("ROLE", "Ruth Okafor", "MP", None), ("ROLE", "Ruth Okafor", "MP", None),
      ("MEMBER_OF", "Ruth Okafor", "Scottish National Party", "member")]),
    ("Deputy Prime Minister and Foreign Minister Ana Ruiz spoke.",
     [("ROLE", "Ana Ruiz", "Foreign Minister", None),
      ("ROLE", "Ana Ruiz", "Deputy Prime Minister", None)]),
    ("Labour's chief fundraiser and trade envoy, Lord Pimm, was questioned.",
     [("MEMBER_OF", "Pimm", "Labour", "chief fundraiser"),
      ("ROLE", "Pimm", "chief fundraiser of Labour", None),
      ("ROLE", "Pimm", "trade envoy", None)]),
    ("The race is between his deputy Tom Ashby and Scotland's police chief Alan Greer.",
     [("ROLE", "Tom Ashby", "deputy", None), ("MEMBER_OF", "Alan Greer", "police", None),
      ("ROLE", "Alan Greer", "police chief", None)]),
    # a party's name the recogniser ran into a full name: the party, then the person
    ("Lib Dem Harriet Colby said the budget would not balance.",
     [("MEMBER_OF", "Harriet Colby", "Liberal Democrats", None)]),
    ("Senator Dick Durbin (D-IL) voted against it.",
     [("ROLE", "Dick Durbin", "Senator", None),
      ("MEMBER_OF", "Dick Durbin", "Democratic Party", None)]),
    ("Our good friend and fellow Democrat Bill Gwatney was wounded.",
     [("MEMBER_OF", "Bill Gwatney", "Democratic Party", None)]),
    # ranks are roles of their own, never part of the post
    ("NATO spokesman Lieutenant-Colonel Jan Berg said the strike hit a depot.",
     [("ROLE", "Jan Berg", "Lieutenant-Colonel", None),
      ("MEMBER_OF", "Jan Berg", "NATO", "spokesman"),
      ("ROLE", "Jan Berg", "spokesman of NATO", None)]),
    ("Army Maj. Gen. Benjamin Mixon spoke.", [("ROLE", "Benjamin Mixon", "Maj. Gen.", None)]),
    # a government post tied to a country by a demonym or "for"
    ("Iranian president Mahmoud Ahmadinejad dismissed the resolution.",
     [("MEMBER_OF", "Mahmoud Ahmadinejad", "Government of Iran", "president"),
      ("ROLE", "Mahmoud Ahmadinejad", "president of Iran", None)]),
    ("Ali Larijani, the top nuclear negotiator for Iran, rejected the offer.",
     [("MEMBER_OF", "Ali Larijani", "Government of Iran", "top nuclear negotiator"),
      ("ROLE", "Ali Larijani", "top nuclear negotiator of Iran", None)]),
    # titles set off by commas, before or after the name, that the parse does not attach
    ("New South Wales Premier, Morris Iemma quit politics on Friday.",
     [("ROLE", "Morris Iemma", "New South Wales Premier", None)]),
    ('The prosecutor in Abeche, Ahmat Daoud, said: "It is a matter of kidnapping."',
     [("ROLE", "Ahmat Daoud", "prosecutor in Abeche", None)]),
    ("J.D. Crouch, the USA's Deputy National Security Advisor to President Bush told CNN "
     "that there was no confirmation.",
     [("MEMBER_OF", "J.D. Crouch", "Government of the United States",
       "Deputy National Security Advisor"),
      ("ROLE", "J.D. Crouch", "Deputy National Security Advisor of United States", None),
      ("ROLE", "Bush", "President", None)]),
    ("Sadiq Khan, one of the Members of Parliament to sign the letter, condemned it.",
     [("MEMBER_OF", "Sadiq Khan", "parliament", "Member of Parliament"),
      ("ROLE", "Sadiq Khan", "Member of Parliament", None)]),
    # plural posts are singular; "of" an organisation after the name
    ("Human Rights Watch spokesmen Nehal Bhuta criticised the delay.",
     [("MEMBER_OF", "Nehal Bhuta", "Human Rights Watch", "spokesman"),
      ("ROLE", "Nehal Bhuta", "spokesman of Human Rights Watch", None)]),
    ("Richard Baxter of the Harvard Law School wrote the book.",
     [("MEMBER_OF", "Richard Baxter", "Harvard Law School", None)]),
    # a post taken: "was appointed", "became", "was named"
    ("Ana Ruiz became president of the council in 2004.",
     [("ROLE", "Ana Ruiz", "president of the council", None)]),
    ("Tomas Berg was named chairman of the Socialist Party.",
     [("MEMBER_OF", "Tomas Berg", "Socialist Party", "chairman"),
      ("ROLE", "Tomas Berg", "chairman of Socialist Party", None)]),
    ("Ana Ruiz was named as a suspect.", []),
    ("Tomas Berg became a father.", []),
    # "General" after a post is a rank, except in "secretary general"; "former" stays with
    # the post; a party word inside a longer name is no party label; a post the NER took for
    # an organisation is no organisation
    ("President General Lucio Gutierrez was removed from office.",
     [("ROLE", "Lucio Gutierrez", "General", None),
      ("ROLE", "Lucio Gutierrez", "President", None)]),
    ("Former Tory cabinet minister Peter Lilley said the plan would fail.",
     [("MEMBER_OF", "Peter Lilley", "Conservative Party", "Former minister"),
      ("ROLE", "Peter Lilley", "Former minister", None),
      ("MEMBER_OF", "Peter Lilley", "cabinet", "Former minister"),
      ("ROLE", "Peter Lilley", "Former cabinet minister", None)]),
    ('"The pains will be felt," said Antonio Navarro Wolff, Independent Democratic Pole\'s '
     "presidential candidate.", [("ROLE", "Antonio Navarro Wolff", "presidential candidate", None)]),
    ("UN Secretary General Kofi Annan fired the first UN official.",
     [("ROLE", "Kofi Annan", "UN Secretary General", None)]),
    ("Treasurer Delubio Soares and Secretary-General Silvio Pereira head the scheme.",
     [("ROLE", "Delubio Soares", "Treasurer", None),
      ("ROLE", "Silvio Pereira", "Secretary-General", None)]),
    # a title word ending an organisation's name keeps it an organisation
    ("Rick Rodriquez, executive director of the American Association of Newspaper Editors, "
     "spoke.",
     [("MEMBER_OF", "Rick Rodriquez", "American Association of Newspaper Editors",
       "executive director"),
      ("ROLE", "Rick Rodriquez", "executive director of American Association of Newspaper "
       "Editors", None)]),
    # a heading above the name is no title
    ("==Police crackdown==\nMr Collins said that police will respond promptly.", []),
    # near misses: a member noun names no post; a country is no organisation; a party word
    # inside an organisation's name; honorifics and peerages are never roles
    ("Hamas official Osama Hamdan said the talks failed.",
     [("MEMBER_OF", "Osama Hamdan", "Hamas", "official")]),
    ("Kenyan opposition leader Raila Odinga spoke.",
     [("MEMBER_OF", "Raila Odinga", "opposition", "leader"),
      ("ROLE", "Raila Odinga", "opposition leader", None)]),
    # a party's group in a chamber holds the post as written; the party is the membership
    ("House Republican leader Tom Baker of Ohio fired back.",
     [("MEMBER_OF", "Tom Baker", "Republican Party", None),
      ("ROLE", "Tom Baker", "House Republican leader", None)]),
    ("Ali Khan, parliamentary leader of the Awami League, spoke.",
     [("MEMBER_OF", "Ali Khan", "Awami League", None),
      ("ROLE", "Ali Khan", "parliamentary leader of Awami League", None)]),
    # a state's or province's opposition is its own, not the country's
    ("The premier urged state opposition leader Tom Baker to back the bill.",
     [("MEMBER_OF", "Tom Baker", "state opposition", None),
      ("ROLE", "Tom Baker", "state opposition leader", None)]),
    ("Tomas Berg of Sweden won the race.", []),
    ("Republican Guard commander Ali Hassan was killed.",
     [("MEMBER_OF", "Ali Hassan", "Republican Guard", "commander"),
      ("ROLE", "Ali Hassan", "commander of Republican Guard", None)]),
    ("Mr Blair met the press.", []),
    ("Lord Falconer defended the plan.", []),
    ("Dr Nelson called on the Prime Minister to resign.", []),
    # bad cases: no title, a title word that is not a title, a plain job
    ("Imran Khan met Nawaz Sharif.", []),
    ("John Smith, a 45-year-old farmer, was killed.", []),
    # a relative's or friend's phrase holds the other person's post; an aide's post is "aide"
    ("Maria Gomez, wife of Senator Pablo Gomez, opened the door.",
     [("ROLE", "Pablo Gomez", "Senator", None)]),
    ("Tom Hale, the governor's son, was arrested.", []),
    ("Anna Berg, an aide to President Ruto, declined to comment.",
     [("ROLE", "Anna Berg", "aide", None), ("ROLE", "Ruto", "President", None)]),
    # a plural title before a list of names titles the first name; a name is never a post
    ("The motion was backed by Senators Amy Klobuchar, Tina Smith and Dick Durbin.",
     [("ROLE", "Amy Klobuchar", "Senator", None)]),
    # a post whose complement the name follows; a title of the name after "for" is not its
    ("Yesterday he met Bolivian Minister of Foreign Relations Manuel Alvarez in La Paz.",
     [("MEMBER_OF", "Manuel Alvarez", "Government of Bolivia", "Minister of Foreign Relations"),
      ("ROLE", "Manuel Alvarez", "Minister of Foreign Relations", None)]),
    ("A spokesman for President Omar Bongo denied it.",
     [("ROLE", "Omar Bongo", "President", None)]),
    # "Christian Democrat", "Social Democrat": the party of that name, not "Democrat"; a party
    # label inside a longer unknown name is none, after a state it is one
    ("Social Democrat Gerhard Schroeder will stand aside for the Christian Democrat leader, "
     "Angela Merkel.",
     [("MEMBER_OF", "Gerhard Schroeder", "Social Democratic Party", None),
      ("MEMBER_OF", "Angela Merkel", "Christian Democratic Union", "leader"),
      ("ROLE", "Angela Merkel", "leader of Christian Democratic Union", None)]),
    ("The plan was backed, said Progressive Democrat chairman Ann Lee.",
     [("ROLE", "Ann Lee", "chairman", None)]),
    ("Texas Democrat Beto O'Rourke spoke.",
     [("MEMBER_OF", "Beto O'Rourke", "Democratic Party", None)]),
    ("It matters, said Marion County Party Chairman Joe Smith.",
     [("MEMBER_OF", "Joe Smith", "Marion County Party", "Chairman"),
      ("ROLE", "Joe Smith", "Chairman of Marion County Party", None)]),
    ("Wayne Marston, President of the Hamilton and District Labour Council, spoke.", []),
    # a country's own body of a name the gazetteer gives an international one
    ("Georgia's Security Council chief Nika Gvaramia said so.",
     [("MEMBER_OF", "Nika Gvaramia", "Security Council of Georgia", "chief"),
      ("ROLE", "Nika Gvaramia", "chief of Security Council of Georgia", None)]),
    # a place inside a country holds its own posts; a country's post is its government's
    ("Scotland's First Minister Nicola Sturgeon spoke in Edinburgh.",
     [("ROLE", "Nicola Sturgeon", "First Minister of Scotland", None)]),
    ("The case is cited by Western Australia's Premier Geoff Gallop.",
     [("ROLE", "Geoff Gallop", "Premier of Western Australia", None)]),
    ("The company was greedy, said NSW Roads minister, Eric Roozendaal.",
     [("ROLE", "Eric Roozendaal", "NSW Roads minister", None)]),
    ("South Australian Premier Mike Rann criticised the federal government.",
     [("ROLE", "Mike Rann", "Premier of South Australia", None)]),
    ("Rob Kerin, leader of the South Australian Liberal Party, conceded defeat.",
     [("MEMBER_OF", "Rob Kerin", "Liberal Party of South Australia", "leader"),
      ("ROLE", "Rob Kerin", "leader of Liberal Party of South Australia", None)]),
    ("British Prime Minister Gordon Brown spoke.",
     [("MEMBER_OF", "Gordon Brown", "Government of the United Kingdom", "Prime Minister"),
      ("ROLE", "Gordon Brown", "Prime Minister of United Kingdom", None)]),
    # a country after "for" or "to" is the post's field, except after a spokesman or negotiator
    ("Richard Holbrooke, the special envoy for Afghanistan and Pakistan, spoke.",
     [("ROLE", "Richard Holbrooke", "special envoy", None)]),
    ("Ali Khan, the ambassador to Iraq, spoke.", [("ROLE", "Ali Khan", "ambassador", None)]),
    # a reporter's organisation is the beat, unless it is a news outlet
    ("NPR White House correspondent Ari Shapiro reported the story.",
     [("ROLE", "Ari Shapiro", "NPR White House correspondent", None)]),
    ("BBC correspondent Lyse Doucet reported the story.",
     [("MEMBER_OF", "Lyse Doucet", "BBC", "correspondent"),
      ("ROLE", "Lyse Doucet", "correspondent of BBC", None)]),
    ("Fox News reporter Brit Hume said so.",
     [("MEMBER_OF", "Brit Hume", "Fox News", "reporter"),
      ("ROLE", "Brit Hume", "reporter of Fox News", None)]),
    # a seat and party in parentheses after a name are that person's, the seat is no person
    ("Russell Broadbent (McMillan, Liberal) crossed the floor in Canberra, Australia.",
     [("MEMBER_OF", "Russell Broadbent", "Liberal Party of Australia", None)]),
    # a footnote mark is no table markup
    ("| || Joseph Crowley,* Democrat || Working Families || Queens/Bronx || |-",
     [("MEMBER_OF", "Joseph Crowley", "Democratic Party", None)]),
    ("It must go on, said Bertie Ahern, Taoiseach of Ireland.",
     [("ROLE", "Bertie Ahern", "Taoiseach of Ireland", None)]),
    # a party's other name, in parentheses or apposed, is no member of it
    ("Spain's Partido Socialista Obrero Español (PSOE), the Spanish Socialist Workers' Party, "
     "and the Confederación de Los Verdes, the Green Party, proposed a bill.", []),
    ("Joe Knollenberg, a Republican, spoke.",
     [("MEMBER_OF", "Joe Knollenberg", "Republican Party", None)]),
    ("The Democrat Party (Phak Prachathipat) and the People's Power Party (Phak Palang "
     "Prachachon) boycotted the vote.", []),
    # table cells and list bullets part one person's post from the next one's; a party in
    # the person's own cell is theirs
    ("{| | Franz Josef Jung (CDU) | Minister of defence |- | Ulla Schmidt (SPD) | Minister of "
     "health |- | Horst Seehofer (CSU) | Minister of agriculture |}",
     [("MEMBER_OF", "Franz Josef Jung", "Christian Democratic Union", None),
      ("MEMBER_OF", "Ulla Schmidt", "Social Democratic Party", None),
      ("MEMBER_OF", "Horst Seehofer", "Christian Social Union", None)]),
    ("Leaders attending: * President Luiz Inacio Lula da Silva of Brazil * Prime Minister Tony "
     "Blair of the United Kingdom *",
     [("ROLE", "Luiz Inacio Lula da Silva", "President", None),
      ("ROLE", "Tony Blair", "Prime Minister", None)]),
    # a list of titled names: each title is the next name's
    ("The candidates are Ion Iliescu, the senator and former President Emil Constantinescu, "
     "and Adrian Nastase.", [("ROLE", "Emil Constantinescu", "former President", None)]),
    ("Ion Iliescu, the senator and a former minister, spoke.",
     [("ROLE", "Ion Iliescu", "senator", None), ("ROLE", "Ion Iliescu", "former minister", None)]),
    ("Kansas senators Pat Roberts and Sam Brownback, both Republican, approve of the plan.",
     [("MEMBER_OF", "Pat Roberts", "Republican Party", None),
      ("ROLE", "Pat Roberts", "senator of Kansas", None),
      ("MEMBER_OF", "Sam Brownback", "Republican Party", None)]),
    ("The bill was proposed by Jackie Kelly (Liberal, Lindsay) and Andrew Laming (Liberal, "
     "Bowman) in Canberra, Australia.",
     [("MEMBER_OF", "Jackie Kelly", "Liberal Party of Australia", None),
      ("MEMBER_OF", "Andrew Laming", "Liberal Party of Australia", None)]),
    ("The memo went to Cabinet Secretary Andrew Turnbull, Chairman of the Joint Intelligence "
     "Committee John Scarlett, and Foreign Secretary Jack Straw.",
     [("MEMBER_OF", "Andrew Turnbull", "cabinet", "Secretary"),
      ("ROLE", "Andrew Turnbull", "cabinet Secretary", None),
      ("MEMBER_OF", "John Scarlett", "Joint Intelligence Committee", "Chairman"),
      ("ROLE", "John Scarlett", "Chairman of Joint Intelligence Committee", None),
      ("ROLE", "Jack Straw", "Foreign Secretary", None)]),
    # a possessor's name is no owner of the phrase; a seat in parentheses does not part the
    # name from its apposition; a portfolio the NER took for a name is no other person
    ("Vivek Moitra, Pramod Mahajan's secretary, was with him.",
     [("ROLE", "Vivek Moitra", "secretary", None)]),
    ("Harry Reid (D-Nev), Senate minority leader, accused Bush of recycling.",
     [("MEMBER_OF", "Harry Reid", "senate", "minority leader"),
      ("ROLE", "Harry Reid", "senate minority leader", None),
      ("MEMBER_OF", "Harry Reid", "Democratic Party", None)]),
    ("The paper was criticised by Senator Kerry Nettle, Education Spokesperson for the "
     "Australian Greens.",
     [("ROLE", "Kerry Nettle", "Senator", None),
      ("MEMBER_OF", "Kerry Nettle", "Australian Greens", "Education Spokesperson"),
      ("ROLE", "Kerry Nettle", "Education Spokesperson of Australian Greens", None)]),
    # a place after "of" holds the post once; a reporter's place is the beat
    ("Citing health reasons, the Mayor of Flint, Michigan, Don Williamson announced Monday that "
     "he would resign.", [("ROLE", "Don Williamson", "Mayor of Flint", None)]),
    ("Do you think Bob Woodward is still an intrepid Washington reporter?",
     [("ROLE", "Bob Woodward", "reporter", None)]),
    # a generic body the NER names stays the body, of no country where the text gives none
    ("Carlos Gaviria, former Constitutional Court magistrate, said so.",
     [("MEMBER_OF", "Carlos Gaviria", "constitutional court", "former magistrate"),
      ("ROLE", "Carlos Gaviria", "former constitutional court magistrate", None)]),
    # a portfolio the NER took for an organisation is part of the post; a field's country is
    # not, nor its article
    ("Sergey Lavrov, Russia's Foreign Affairs Minister, responded to the claims.",
     [("MEMBER_OF", "Sergey Lavrov", "Government of Russia", "Foreign Affairs Minister"),
      ("ROLE", "Sergey Lavrov", "Foreign Affairs Minister of Russia", None)]),
    ("Canadian Foreign Affairs Minister Pierre Pettigrew spoke twice to Ms. Rice.",
     [("MEMBER_OF", "Pierre Pettigrew", "Government of Canada", "Foreign Affairs Minister"),
      ("ROLE", "Pierre Pettigrew", "Foreign Affairs Minister of Canada", None)]),
    ("Frank McKenna, Canada's next Ambassador to the U.S., announced it.",
     [("MEMBER_OF", "Frank McKenna", "Government of Canada", "next Ambassador"),
      ("ROLE", "Frank McKenna", "next Ambassador of Canada", None)]),
    # a body whose "of" phrase holds the post is not the post's body
    ("The kidnappers of Egypt's ambassador to Iraq, Ihab Al-Sherif, remain anonymous.",
     [("MEMBER_OF", "Ihab Al-Sherif", "Government of Egypt", "ambassador"),
      ("ROLE", "Ihab Al-Sherif", "ambassador of Egypt", None)]),
    # a school of law is a body, not a law
    ("University of Virginia School of Law teacher Robert Turner said the president decides.",
     [("MEMBER_OF", "Robert Turner", "University of Virginia School of Law", "teacher"),
      ("ROLE", "Robert Turner", "teacher of University of Virginia School of Law", None)]),
    # a body written right before "minister" is the portfolio; a party there is the party
    ("Police Minister Michelle Roberts has withdrawn from the leadership race.",
     [("ROLE", "Michelle Roberts", "Police Minister", None)]),
    ("Labour minister Peter Hain said the talks would resume.",
     [("MEMBER_OF", "Peter Hain", "Labour Party", "minister"),
      ("ROLE", "Peter Hain", "minister", None)]),
    # a portfolio the NER took for an organisation, before "Secretary" or after "for" of a
    # minister or secretary, is part of the post and no body of the holder's
    ("Shadow Transport Secretary Jane Marlow resigned on Monday.",
     [("ROLE", "Jane Marlow", "Shadow Transport Secretary", None)]),
    ("Kate Thornby, Minister for Workplace Relations, defended the new laws.",
     [("ROLE", "Kate Thornby", "Minister for Workplace Relations", None)]),
    ("Owen Pascoe, Shadow Minister for Family and Community Services, said the budget was mean.",
     [("ROLE", "Owen Pascoe", "Shadow Minister for Family and Community Services", None)]),
    ("Ruth Anselm, Secretary of State for Health, said waiting lists had fallen.",
     [("ROLE", "Ruth Anselm", "Secretary of State for Health", None)]),
    # a post left ("resigned as", "stepped down as") is the person's: former once left, as
    # written while the leaving is to come; "stood as" leaves no post
    ("Gareth Pryce resigned as leader of the Liberal Democrats in 2006.",
     [("MEMBER_OF", "Gareth Pryce", "Liberal Democrats", "former leader"),
      ("ROLE", "Gareth Pryce", "former leader of Liberal Democrats", None)]),
    ("Moira Keane, who stepped down as chairman of the BBC last year, spoke at the rally.",
     [("MEMBER_OF", "Moira Keane", "BBC", "former chairman"),
      ("ROLE", "Moira Keane", "former chairman of BBC", None)]),
    ("Tony Blair will step down as Labour leader in the summer.",
     [("MEMBER_OF", "Tony Blair", "Labour Party", "leader"),
      ("ROLE", "Tony Blair", "leader of Labour Party", None)]),
    ("Alan Greer stepped down as premier and party leader in March.",
     [("ROLE", "Alan Greer", "former premier", None),
      ("ROLE", "Alan Greer", "former party leader", None)]),
    # a bare "party" opening a named post is the party the article speaks of
    ("The Green Party won two seats. Party leader Mona Lisle thanked the voters.",
     [("MEMBER_OF", "Mona Lisle", "Green Party", None),
      ("ROLE", "Mona Lisle", "leader of Green Party", None)]),
    # a post someone would or could hold is none held
    ("Ian Carr left the Tories. Carr would be the first member of the party to sit alone.", []),
    # a post of two words whose second is elsewhere a rank
    ("Chief Constable Sir Hugh Orde described the rioting.",
     [("ROLE", "Hugh Orde", "Chief Constable", None)]),
    # "shadow" makes another post, even where the tagger reads it as a verb
    ("But shadow home secretary Dominic Grieve said the plans were wrong.",
     [("ROLE", "Dominic Grieve", "shadow home secretary", None)]),
    # a bench of a legislature makes a member of the party, and names no post
    ("Tony Blair faced a revolt. Labour backbencher Kate Hoey spoke at the rally.",
     [("MEMBER_OF", "Kate Hoey", "Labour Party", None)]),
    # a plural party's possessive ("the Greens' X"), as "Labour's X"
    ("The Greens' Caroline Lucas spoke at the rally.", [("MEMBER_OF", "Caroline Lucas", "Greens", None)]),
    # a title in a relative clause of being ("X, who is a ... senator,")
    ("Jose Serra, who is a Social Democrat senator, spoke at the rally.",
     [("MEMBER_OF", "Jose Serra", "Social Democratic Party", None),
      ("ROLE", "Jose Serra", "senator", None)]),
    # an agent before a post's field words is the post's body ("opposition health spokesman")
    ("Opposition transport spokesman Tom Jones spoke at the rally.",
     [("MEMBER_OF", "Tom Jones", "opposition", None),
      ("ROLE", "Tom Jones", "opposition transport spokesman", None)]),
    ("Speaking in the debate, opposition community services spokesman Paul Brennan said it "
     "would fail.", [("MEMBER_OF", "Paul Brennan", "opposition", None),
                     ("ROLE", "Paul Brennan", "opposition community services spokesman", None)]),
    ("Police media spokesman Joseph Kiptoo spoke to reporters.",
     [("MEMBER_OF", "Joseph Kiptoo", "police", None),
      ("ROLE", "Joseph Kiptoo", "police media spokesman", None)]),
    # lawyers of a body named by its generic agent are its members
    ("Kenyan government lawyer Grace Wanjiku spoke to reporters.",
     [("MEMBER_OF", "Grace Wanjiku", "Government of Kenya", None)]),
    ("U.S. military counsel Ann Ruiz spoke to reporters.",
     [("MEMBER_OF", "Ann Ruiz", "military", None),
      ("ROLE", "Ann Ruiz", "military counsel", None)]),
]


def _facts(rels):
    return [(r.cls, r.subject.label, r.object.label if r.object else r.value, r.role)
            for r in rels]


@pytest.mark.parametrize(("text", "expected"), AFFILIATIONS)
def test_affiliations(nlp, text, expected):
    doc = nlp(text)
    index = ActorIndex(doc, actor_mentions(doc))
    found = _facts(affiliations(doc, index, doc_id="t"))
    assert len(found) == len(expected), found
    for exp, got in zip(expected, found, strict=True):
        assert got[:3] == exp[:3]
        assert exp[3] is None or (got[3] or "").startswith(exp[3]), got


def test_author_from_byline(nlp):
    text = "Talks fail\n\nBy Amina Yusuf\n\nABUJA - Nigerian officials said talks failed."
    doc = nlp(text)
    start = text.index("Amina")
    doc.user_data["article"] = Article(id="ng1", text=text, title="Talks fail",
                                       author="Amina Yusuf", author_span=(start, start + 11))
    index = ActorIndex(doc, actor_mentions(doc))
    (author,) = [r for r in affiliations(doc, index, doc_id="ng1") if r.cls == "AUTHOR"]
    assert (author.subject.label, author.value, author.evidence) == (
        "Amina Yusuf", "Talks fail", "By Amina Yusuf")
    assert text[author.subject.start:author.subject.end] == "Amina Yusuf"
    assert "Amina Yusuf" not in {m.label for m in index.mentions}


@pytest.mark.parametrize(("stem", "fact"), [
    ("001_abc11ff3c9040d09", ("MEMBER_OF", "Nasir Jamal", "Muttahida Qaumi Movement",
                              "spokesman")),
    ("001_abc11ff3c9040d09", ("MEMBER_OF", "Shazia Marri", "Pakistan People's Party",
                              "Member of National Assembly")),
    ("001_abc11ff3c9040d09", ("ROLE", "Shazia Marri", "Member of National Assembly", None)),
    ("001_abc11ff3c9040d09", ("MEMBER_OF", "Chaudhry Aslam", "Crimes Investigation Department",
                              "chief of the anti-Extremism Cell")),
    ("000_870eda66d6a6e2da", ("MEMBER_OF", "Khalid Maqbool Siddiqi",
                              "Muttahida Qaumi Movement", "deputy convener")),
    ("000_870eda66d6a6e2da", ("MEMBER_OF", "Shah Mehmood Qureshi", "Pakistan Tehreek-e-Insaf",
                              "Vice Chairman")),
    ("000_870eda66d6a6e2da", ("ROLE", "Nawaz Sharif", "Prime Minister", None)),
    ("000_870eda66d6a6e2da", ("ROLE", "Qaim Ali Shah", "Chief Minister", None)),
])
def test_sample_affiliations(nlp, stem, fact):
    from pathlib import Path

    from graphkit.extract import extract

    path = Path(__file__).resolve().parents[1] / "data" / "articles" / f"{stem}.txt"
    article = Article(id=stem, text=path.read_text(encoding="utf-8"))
    found = _facts(extract(nlp(article.text), article).relations)
    assert fact in found, [f for f in found if f[1] == fact[1]]


@pytest.mark.parametrize(("text", "country"), [
    # the article names one country far more than any other: its body
    ('China protested on Monday. Chinese officials called the U.S. plan unfair. "This is '
     'wrong," Foreign Ministry spokesman Liu Jianchao said in Beijing.', "China"),
    # two countries as often: the one the sentence names, else none (the body stays in its
    # article), never a default
    ("The United States and Britain agreed. The U.S. and Britain differ on it. American "
     "officials agreed. The memo went to Cabinet Secretary Richard Wilson in London.",
     "United Kingdom"),
    ('China questioned a U.S. decision. The United States said China broke trade rules. "This '
     'is wrong," Foreign Ministry spokesman Liu Jianchao said.', None),
])
def test_a_generic_body_takes_the_articles_country(nlp, text, country):
    doc = nlp(text)
    index = ActorIndex(doc, actor_mentions(doc))
    (member,) = [r for r in affiliations(doc, index, doc_id="t") if r.cls == "MEMBER_OF"]
    assert member.object.label.islower() and member.object.country == country, member.object


@pytest.mark.parametrize(("text", "office"), [
    ("Pasqua said he had asked the president of the French Senate for an inquiry.", None),
    ("Pasqua said he had asked the president of France for an inquiry.", "President of France"),
])
def test_a_head_title_of_an_organisation_is_no_head_of_state(nlp, text, office):
    people = [m.label for m in actor_mentions(nlp(text)) if m.type == "Person"]
    assert [p for p in people if p.startswith("President")] == ([office] if office else [])


@pytest.mark.parametrize(("text", "place"), [
    ("Texas Governor Rick Perry spoke.", "Texas"),
    ("London Mayor Ken Livingstone spoke.", "London"),
    ("Washington Post reporter Bob Woodward said so.", None),  # a longer name, no place
])
def test_a_place_before_a_post_holds_it(nlp, text, place):
    doc = nlp(text)
    index = ActorIndex(doc, actor_mentions(doc))
    roles = [r.value for r in affiliations(doc, index, doc_id="t") if r.cls == "ROLE"]
    assert [v for v in roles if v.endswith(f" of {place}")] if place else \
        not [v for v in roles if " of " in v], roles


@pytest.mark.parametrize(("text", "name", "label"), [
    ("After a meeting with Peruvian Minister of Foreign Relations Manuel Rodríguez, the minister "
     "spoke.", "Manuel", "Manuel Rodríguez"),
    ("The plan was drafted by Minister of Foreign Affairs Carlos Mesa.", "Carlos", "Carlos Mesa"),
    ("It went to the Director of the Government Communications Headquarters Francis Richards.",
     "Francis", "Francis Richards"),
    ("Senators John Kerry and Edward Markey voted no.", "John", "John Kerry"),
    ("She met Secretary of State Condoleezza Rice.", "Condoleezza", "Condoleezza Rice"),
    ("The son of Manuel Rodriguez spoke.", "Manuel", "Manuel Rodriguez"),
    # a party's label the recogniser ran into the name is no word of it
    ("The seat was won by Tory Peter Hollis with a large majority.", "Peter", "Peter Hollis"),
])
def test_a_post_before_a_name_is_no_part_of_it(nlp, text, name, label):
    doc = nlp(text)
    at = text.index(name)
    (person,) = [m for m in actor_mentions(doc) if m.start <= at < m.end]
    assert person.label == label


@pytest.mark.parametrize("text", [
    "Laurie Coleman, wife of U.S. Senator Norm Coleman, found the words on the door.",
    "The five members who voted No were Senators Ted Kennedy, Joe Biden and Richard Durbin.",
])
def test_another_persons_post_is_no_role(nlp, text):
    doc = nlp(text)
    roles = [(r.subject.label, r.value) for r in affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t")
             if r.cls == "ROLE"]
    assert not [(who, post) for who, post in roles if any(
        name in post for name in ("Norm Coleman", "Ted Kennedy", "Joe Biden"))], roles


@pytest.mark.parametrize(("text", "expected"), [
    # a post given through a pronoun is the post of the person it stands for
    ("Tom Jones told reporters that he had been elected as Premier of Queensland.",
     [("ROLE", "Tom Jones", "Premier of Queensland", None)]),
    ("Mary Brown won the vote on Monday. She was appointed deputy leader of the Labour Party.",
     [("MEMBER_OF", "Mary Brown", "Labour Party", "deputy leader"),
      ("ROLE", "Mary Brown", "deputy leader of Labour Party", None)]),
    # a pronoun for no person, or a post not given, is no one's post
    ("The committee met on Monday. It was chaired by the senator.", []),
    ("Tom Jones told reporters that he had been elected on Friday.", []),
])
def test_a_post_given_through_a_pronoun_is_the_persons(nlp, text, expected):
    doc = nlp(text)
    found = _facts(affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t"))
    assert found == expected


@pytest.mark.parametrize(("text", "person", "title"), [
    # a royal title before one name (and its numeral) is the person's ROLE
    ("Queen Elizabeth opened the new session of parliament.", "Queen Elizabeth", "Queen"),
    ("Pope Benedict criticised the war in a sermon.", "Pope Benedict", "Pope"),
    ("The envoy later met King Harald in Oslo.", "King Harald", "King"),
    # a royal word opening a longer name is part of the name
    ("Foreign Minister Shah Mehmood Qureshi met the envoy.", "Shah Mehmood Qureshi", None),
])
def test_a_royal_title_is_the_role_of_the_one_it_names(nlp, text, person, title):
    doc = nlp(text)
    roles = [(r.subject.label, r.value) for r in affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t")
             if r.cls == "ROLE"]
    royal = [value for who, value in roles if who == person and value in ("Queen", "Pope", "King", "Shah")]
    assert royal == ([title] if title else []), roles


@pytest.mark.parametrize(("text", "name"), [
    ("Police Chief Constable Hugh Orde described the rioting as the worst.", "Hugh Orde"),
    # abbreviated ranks, one after the other, are no part of the name either
    ("U.S. Navy lawyer Lt. Cmdr. Ann Brook said the trial was unfair.", "Ann Brook"),
    ("Police Sgt. Ann Brook said two men were arrested.", "Ann Brook"),
    ("This seat is currently held by Congressman Joe Knollenberg, a Republican.", "Joe Knollenberg"),
])
def test_a_title_before_a_name_is_no_part_of_it(nlp, text, name):
    doc = nlp(text)
    people = {m.label for m in actor_mentions(doc) if m.type == "Person"}
    assert name in people, people


# text, person, the clean ROLE that must stay (None: no ROLE at all), the garbled one that must go
POSTS_READ_CLEANLY = [
    # two titles set off by a comma: the committee is the chairman's, not the Rep.'s
    ("Gomez, along with the Budget Committee chairman, Ohio Rep. Tom Harlan, said the bill "
     "would pass.", "Tom Harlan", "chairman of Budget Committee", "Rep. of Budget Committee"),
    # words set off by a comma are no part of the title after it ("military" is the leader's)
    ("New Zealand has barred the military leader and president of Tonga, Commander Sione Vea, "
     "from visiting.", "Sione Vea", "president of Tonga", "military Commander"),
    # a country inside another name is that name's, not the post's
    ("The award went to Ana Reyes, former National University of Peru director, on Friday.",
     "Ana Reyes", "former director", "former director of Peru"),
    # a post of several bodies named together is no post of one
    ("Juan Perez and Luis Soto, leaders of the two opposition parties who filed the case, spoke "
     "on Monday.", "Luis Soto", None, "leader of the two opposition parties"),
    # a noun that is no post before "of": the post after it, no longer held
    ("The vote follows the death of previous co-leader, Mark Hale.", "Mark Hale",
     "former co-leader", "death of previous co-leader"),
    ("The court cleared deposed Prime Minister Ravi Nair on Monday.", "Ravi Nair",
     "former Prime Minister", "Prime Minister"),
    # an adjective about the holder is no part of the post
    ('"Politics is the problem," said outspoken MP Dan Riley.', "Dan Riley", "MP", "outspoken MP"),
    ("The seat was won by first time MP Clara Hobbs.", "Clara Hobbs", "MP", "time MP"),
    ("Voters said Tom Abbot was a capable leader of the party.", "Tom Abbot",
     "leader of the party", "capable leader of the party"),
    # a candidacy is named by its race, never by the body run for
    ("The named suspect is Sara Lind, a candidate for Senate in Ohio.", "Sara Lind", None,
     "candidate of Senate"),
    ("John Mills, the leading presidential candidate, launched a tour.", "John Mills",
     "presidential candidate", "leading presidential candidate"),
    # a ranker parted from its post by the country still makes another post
    ("Deputy US Secretary of State Bob Zoellick will also take part.", "Bob Zoellick",
     "Deputy Secretary of State", "Secretary of State"),
    # a determiner is no part of the post; a singular title after two names is the last one's
    ("So far, neither Justice Souter nor Kathy Arberg, Supreme Court spokeswoman, have "
     "commented.", "Souter", "Justice", "supreme court spokeswoman"),
    ("Graham, a now-retired MP, served as Minister of National Defence.", "Graham",
     "former MP", "MP"),
    # a post that names nothing without its body
    ("Jim Ellis, the head of DeLay's national political committee, was charged.", "Jim Ellis",
     None, "head"),
    # the one who appoints holds no post by it; a title set off after a name is that name's
    ("President Bush nominated Judge Samuel Alito as Associate Justice on Monday.", "Bush",
     "President", "Associate Justice"),
    ("According to Adnan Pachachi, acting parliament speaker, al-Maliki has one month to "
     "present his list.", "al-Maliki", None, "parliament speaker"),
    # real posts stay as they are
    ("Kenyan President Mwai Kibaki spoke in Nairobi.", "Mwai Kibaki", "President of Kenya",
     "President"),
    ("London deputy mayor Nicky Gavron opened the hall.", "Nicky Gavron",
     "deputy mayor of London", "mayor of London"),
    ("Home Secretary Jack Straw announced the plan.", "Jack Straw", "Home Secretary", "Secretary"),
    # "former" is written once, however many words say the holder is gone
    ("Mulroney wrote about the late and former Prime Minister Pierre Trudeau.", "Pierre Trudeau",
     "former Prime Minister", "former former Prime Minister"),
    # an adverb before a post is no part of it
    ("Galloway accused the senators, especially senator Tom Baker, of bias.", "Tom Baker",
     "senator", "especially senator"),
    # a party's member holding a government portfolio holds no post of the party
    ("Conservative foreign secretary Sir Tom Baker said Britain could not leave.", "Tom Baker",
     "foreign secretary", "foreign secretary of Conservative Party"),
    # a place word in a post is part of it, whatever the recogniser took it for
    ("The indictment comes from District Attorney Ronnie Hale.", "Ronnie Hale",
     "District Attorney", "Attorney"),
    ("The lawsuit comes from County Attorney Bill Hale.", "Bill Hale", "County Attorney",
     "Attorney"),
]


@pytest.mark.parametrize(("text", "person", "clean", "garbled"), POSTS_READ_CLEANLY)
def test_a_role_is_a_post_read_cleanly(nlp, text, person, clean, garbled):
    doc = nlp(text)
    roles = [r.value for r in affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t")
             if r.cls == "ROLE" and r.subject.label == person]
    assert garbled not in roles, roles
    assert (clean in roles) if clean else not roles, roles


@pytest.mark.parametrize(("role", "post"), [
    ("outspoken MP", "MP"), ("death of previous co-leader", "former co-leader"),
    ("former political officer in the", "former political officer"),
    ("Secretary-General", "Secretary-General"), ("Chief Constable", "Chief Constable"),
    ("Lt. Col.", None), ("Maj. Gen.", None), ("mayoral candidate", "mayoral candidate"),
    ("candidate of Senate", None), ("candidate", None),
    ("report last year by Assistant Deputy", None), ("leader of the two opposition parties", None),
    # an ordinal in lower case says which holder, not the post; with a capital it is the post
    ("first MP", "MP"), ("First Minister", "First Minister"),
])
def test_clean_post(role, post):
    from graphkit.extract._posts import clean_post

    assert clean_post(role) == post


# text, person, the (class, object or ROLE value) that must be there, the one that must not
# (None: nothing to check on that side). Memberships at the right level, of the right person,
# from a post and not from a job; both readings of each ambiguous form.
MEMBERSHIPS_AT_THEIR_LEVEL = [
    # a provincial post with a party label: the province's party, which the title does not
    # name; the national party of that name is no membership, the post stays
    ("Dalton McGuinty is the first Liberal premier to win a second term since 1937.",
     "Dalton McGuinty", ("ROLE", "premier"), ("MEMBER_OF", "Liberal Party of Canada")),
    ("Dalton McGuinty is the first Liberal leader to win a second term since 1937.",
     "Dalton McGuinty", ("MEMBER_OF", "Liberal Party of Canada"), None),
    # an article naming one provincial branch of a party means it by the party's short names;
    # one naming the party alone means the national party; a federal post keeps it national
    ("Canada's Nova Scotia Liberal Party chose a new leader on Saturday. Francis MacKenzie "
     "resigned after the 2006 election left the Liberals with nine seats. MacKenzie had been "
     "leader of the party since 2004.", "Francis MacKenzie",
     ("MEMBER_OF", "Liberal Party of Nova Scotia"), ("MEMBER_OF", "Liberal Party of Canada")),
    ("Canada's Liberal Party chose a new leader on Saturday. Francis MacKenzie resigned after "
     "the 2006 election left the Liberals with nine seats. MacKenzie had been leader of the "
     "party since 2004.", "Francis MacKenzie", ("MEMBER_OF", "Liberal Party of Canada"), None),
    ("Canada's Nova Scotia Liberal Party chose a new leader. Liberal MP Garth Turner spoke on "
     "Monday.", "Garth Turner", ("MEMBER_OF", "Liberal Party of Canada"), None),
    # a group the post is one of is no body of the post: the list is of others
    ("Clinton was the final speaker in a long list of Minnesota Democrats, including former "
     "U.S. Vice President Walter Mondale.", "Clinton", None,
     ("MEMBER_OF", "Democratic Party of Minnesota")),
    ("Clinton was the final speaker in a long list of Minnesota Democrats, including former "
     "U.S. Vice President Walter Mondale.", "Clinton", None,
     ("MEMBER_OF", "Government of the United States")),
    ("Clinton was the final speaker in a long list of Minnesota Democrats, including former "
     "U.S. Vice President Walter Mondale.", "Walter Mondale",
     ("MEMBER_OF", "Government of the United States"), None),
    ("John Smith, a member of the board of the Red Cross, spoke.", "John Smith",
     ("MEMBER_OF", "International Committee of the Red Cross"), None),
    ("Khalid Mishal, head of the political bureau of Hamas, spoke.", "Khalid Mishal",
     ("MEMBER_OF", "Hamas"), None),
    # the body a post deals with is no body of the post
    ("Ali Larijani, the chief Iranian negotiator with the IAEA, complained.", "Ali Larijani",
     ("MEMBER_OF", "Government of Iran"), ("MEMBER_OF", "International Atomic Energy Agency")),
    # a group named after a noun for it is no person
    ("Members of the party Patria Livre were living in the city.", "Patria Livre", None,
     ("ROLE", "Member of the party")),
    ("The party leader Nawaz Sharif spoke.", "Nawaz Sharif", ("ROLE", "party leader"), None),
    # a title that is another person's complement is theirs ("Bhutto being the head")
    ("Despite Bhutto being the new head of the PPP, Zardari says that Fahim will run.",
     "Zardari", None, ("MEMBER_OF", "Pakistan People's Party")),
    ("Despite Bhutto being the new head of the PPP, Zardari says that Fahim will run.",
     "Bhutto", ("MEMBER_OF", "Pakistan People's Party"), None),
    ("On April 23, the leader of al-Qaeda, Osama bin Laden released an audiotape.",
     "Osama bin Laden", ("MEMBER_OF", "al-Qaeda"), None),
    # a title apposed to one name is that name's, not the next one's
    ("Gerry Adams and Martin McGuinness met. Adams, the Sinn Féin president, McGuinness, the "
     "party's chief negotiator, and Ferris, a representative in the Dáil, dismissed it.",
     "Martin McGuinness", ("ROLE", "chief negotiator of Sinn Fein"),
     ("ROLE", "president of Sinn Fein")),
    ("Gerry Adams and Martin McGuinness met. Adams, the Sinn Féin president, McGuinness, the "
     "party's chief negotiator, and Ferris, a representative in the Dáil, dismissed it.",
     "Gerry Adams", ("ROLE", "president of Sinn Fein"), None),
    # a country's name is no word of its ministry's label
    ("Choo Kyu-ho, spokesman for South Korea's foreign ministry, said so.", "Choo Kyu-ho",
     ("MEMBER_OF", "foreign ministry"), ("MEMBER_OF", "South foreign ministry")),
    ("Dumlao was ordered extradited by Judge A. Kathleen Tomlinson of the United States "
     "District Court for the Eastern District of New York.", "A. Kathleen Tomlinson",
     ("MEMBER_OF", "United States District court"), ("MEMBER_OF", "States District court")),
    # the spokesman of a body an organisation leads is no member of that organisation
    ("Khaled Abu Helal, spokesman for the Hamas-led Interior Ministry, condemned the attack.",
     "Khaled Abu Helal", ("MEMBER_OF", "interior ministry"), ("MEMBER_OF", "Hamas")),
    ("Khaled Abu Helal, spokesman for the Hamas-led Interior Ministry, condemned the attack.",
     "Khaled Abu Helal", ("ROLE", "spokesman of Interior Ministry"), ("ROLE", "spokesman of Hamas")),
]


@pytest.mark.parametrize(("text", "person", "present", "absent"), MEMBERSHIPS_AT_THEIR_LEVEL)
def test_a_membership_is_the_persons_own_at_its_level(nlp, text, person, present, absent):
    doc = nlp(text)
    facts = {(r.cls, r.object.label if r.object else r.value)
             for r in affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t")
             if r.subject.label == person}
    assert present is None or present in facts, facts
    assert absent is None or absent not in facts, facts


# text, person, the ROLE that must be there (None: no ROLE), the one that must not
ROLES_THAT_ARE_POSTS = [
    # an adjective of time is no part of the post
    ("The current leader Yoweri Museveni spoke.", "Yoweri Museveni", "leader", "current leader"),
    # an adverb of time before the title is no part of it
    ("Earlier Senator Penny Wong of the Australian Labor Party suggested that deals were "
     "taking place.", "Penny Wong", "Senator", "Earlier Senator"),
    # an opinion of a post is no post held; a post held with a superlative of its holder is
    ("The party considers Mr Evangelos Venizelos the most suitable leader of PASOK.",
     "Evangelos Venizelos", None, "most suitable leader of PASOK"),
    ("Evangelos Venizelos, the leader of PASOK, spoke on Monday.", "Evangelos Venizelos",
     "leader of PASOK", None),
    # the person's own name is no word of the post
    ("Hamas won. He was an adviser to the current President of the PNA Mahmoud Abbas, who "
     "met Mahmoud Abbas again.", "Mahmoud Abbas", "President of the PNA",
     "current President of the PNA Mahmoud"),
    # a demonym before "Affairs" names the portfolio, not the country
    ("The signing was attended by federal Indian Affairs Minister Andy Scott and others.",
     "Andy Scott", "federal Indian Affairs Minister", "Affairs Minister"),
    ("Canadian Foreign Affairs Minister Pierre Pettigrew spoke.", "Pierre Pettigrew",
     "Foreign Affairs Minister of Canada", None),
    # a rank hyphenated into an honorary title is no rank; a rank written so stays one
    ("The honorary Colonel-of-the-Regiment, Brigadier Geoffrey Sheldon, spoke.",
     "Geoffrey Sheldon", "Brigadier", "Colonel"),
    ("Lieutenant-Colonel Tim Collins spoke.", "Tim Collins", "Lieutenant-Colonel", None),
    # an academic title is no post
    ("The student wrote it for Professor Robert Pontbriand's class.", "Robert Pontbriand", None,
     "Professor"),
    ("ACF President Professor Ian Lowe says nuclear power is too slow.", "Ian Lowe",
     "ACF President", "President Professor"),
    # a professor of a field or a university, written in lower case, holds a post
    ("International Law professor Darryl Robinson said the trial was unfair.",
     "Darryl Robinson", "professor", None),
    ("Zhongshan University professor Yuan Weishi criticised the decision.", "Yuan Weishi",
     "professor", None),
    # a country word inside the "of" phrase is part of the post; one ending it is not
    ("The head of Kenyan prison intelligence, Peter Otieno, resigned on Friday.", "Peter Otieno",
     "head of Kenyan prison intelligence", "head"),
    ("Maria Duarte, director of Brazilian federal highway police, spoke to reporters.",
     "Maria Duarte", "director of Brazilian federal highway police", "director"),
]


@pytest.mark.parametrize(("text", "person", "post", "not_post"), ROLES_THAT_ARE_POSTS)
def test_a_role_is_a_post_held(nlp, text, person, post, not_post):
    doc = nlp(text)
    roles = [r.value for r in affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="t")
             if r.cls == "ROLE" and r.subject.label == person]
    assert not_post is None or not_post not in roles, roles
    assert (post in roles) if post else not roles, roles


@pytest.mark.parametrize(("text", "post"), [
    # an office named by what it heads is no organisation, when the NER calls it one
    ("Leader of the Opposition", True),
    ("Foreign Affairs", True), ("National Security Advisor", True),
    # organisations stay organisations
    ("Party of the Regions", False), ("Council of Europe", False), ("Ministry of Defence", False),
])
def test_an_office_named_as_an_organisation_is_a_post(text, post):
    from graphkit.extract._posts import names_post
    from graphkit.model import Mention

    assert names_post(Mention(text=text, label=text, type="Organization", start=0,
                              end=len(text))) is post


@pytest.mark.parametrize(("text", "modality"), [
    ("Former President of the United States, Jimmy Carter met with Nasser al-Shaer.", "former"),
    ("President of the United States George W. Bush met with Nasser al-Shaer.", None),
])
def test_a_membership_whose_post_is_no_longer_held_is_former(nlp, text, modality):
    doc = nlp(text)
    found = [r for r in affiliations(doc, ActorIndex(doc, actor_mentions(doc)), doc_id="d")
             if r.cls == "MEMBER_OF"]
    assert [r.modality for r in found] == [modality]


def test_a_body_in_a_known_persons_title_is_of_that_persons_country(nlp):
    # the article names the United States most; the dictionaries place Bakiyev in Kyrgyzstan
    text = ("The United States criticised Kyrgyzstan. Washington said the United States would "
            "help. Opposition leader Kurmanbek Bakiyev says talks will only work if Akayev is "
            "involved.")
    doc = nlp(text)
    index = ActorIndex(doc, actor_mentions(doc))
    member = [r for r in affiliations(doc, index, doc_id="t") if r.cls == "MEMBER_OF"]
    assert [(r.subject.label, r.object.label, r.object.country) for r in member] == [
        ("Kurmanbek Bakiyev", "opposition", "Kyrgyzstan")]
