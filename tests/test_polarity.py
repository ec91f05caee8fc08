"""Negation, modality and mood of event triggers."""

from __future__ import annotations

import pytest

from graphkit.extract.polarity import polarity

CASES = [
    # sentence, trigger word, negated, modality, mood
    ("The army attacked the rebels.", "attacked", False, None, "asserted"),
    ("The army did not attack the rebels.", "attack", True, None, "asserted"),
    ("The army never attacked the rebels.", "attacked", True, None, "asserted"),
    ("The government will not seek his extradition.", "seek", True, "will", "intended"),
    ("The party might never form any alliance with the Greens.", "alliance", True, "might",
     "hedged"),
    ("The Kremlin denied that it had attacked the convoy.", "attacked", True, "deny",
     "asserted"),
    ("The militia denied attacking the village.", "attacking", True, "deny", "asserted"),
    ("The ministry did not deny that troops had attacked the town.", "attacked", False, "deny",
     "asserted"),
    ("The government refused to meet the rebels.", "meet", True, "refuse", "asserted"),
    ("The army failed to capture the town.", "capture", True, "fail", "asserted"),
    ("The Taliban want to target the leaders.", "target", False, "want", "intended"),
    ("Hezbollah plans to attack Israel.", "attack", False, "plan", "intended"),
    ("They revealed a plan to assassinate the mayor.", "assassinate", False, "plan", "intended"),
    ("We learned about the rebels' plan of targeting the leaders.", "targeting", False, "plan",
     "intended"),
    ("Rebels might attack the army.", "attack", False, "might", "hedged"),
    ("Rebels will attack the army.", "attack", False, "will", "intended"),
    ("NATO urged Russia to withdraw its troops.", "withdraw", False, "urge", "requested"),
    ("The UN asked the army to arrest the rebels.", "arrest", False, "ask", "requested"),
    ("The party demanded the government release the prisoners.", "release", False, "demand",
     "requested"),
    ("Analysts warned that North Korea could attack.", "attack", False, "could", "hedged"),
    ("Hamas rejected Israel's demands.", "demands", False, None, "asserted"),
    ("The army launched an attack on the town.", "attack", False, None, "asserted"),
    ("The army will launch an attack on the town.", "attack", False, "will", "intended"),
    ("The army did not launch an attack on the town.", "attack", True, None, "asserted"),
    ("The rebels left without attacking the town.", "attacking", True, None, "asserted"),
    ("The police did not arrest or detain anyone.", "detain", True, None, "asserted"),
    ("The police did not arrest anyone and detained nobody.", "detained", True, None,
     "asserted"),
    ("The police arrested no one.", "arrested", True, None, "asserted"),
    ("The police did not arrest anyone and detained two men.", "detained", False, None,
     "asserted"),
    ("No sanctions were imposed.", "sanctions", True, None, "asserted"),
    ("Police raided the house in order to arrest the suspects.", "arrest", False, "purpose",
     "purpose"),
    ("If the army attacks the town, the UN will respond.", "attacks", False, "if",
     "conditional"),
    ("The army will strike the town if the rebels stay.", "strike", False, "will",
     "contingent"),
    ("Russia has not said whether it would back the plan.", "back", False, "if",
     "conditional"),
    ("Egypt denied that it had shelled the town and accused Sudan of lying.", "accused",
     False, None, "asserted"),
    ("Egypt denied that it had shelled the town and accused Sudan of lying.", "shelled",
     True, "deny", "asserted"),
    ("Chad accuses rebels of attack on base; rebels deny", "accuses", False, None,
     "asserted"),
    ("It is unlikely that the United States will attack Syria.", "attack", False, "unlikely", "doubted"),
    ("Analysts doubt that Russia will attack Ukraine.", "attack", False, "doubt", "doubted"),
    ("The army will probably attack the rebels.", "attack", False, "probably", "hedged"),
    # planned, not yet done, warned against, waited for: none of them happened
    ("Poland and Spain are to send soldiers to Lebanon.", "send", False, "be to", "intended"),
    ("Costa Rica has yet to ratify the agreement.", "ratify", True, "yet", "asserted"),
    ("Costa Rica is the only country yet to ratify the agreement.", "ratify", True, "yet", "asserted"),
    ("Pakistan warned its citizens against visiting Iraq.", "visiting", False, "warn", "requested"),
    ("While waiting to visit his family, he escaped.", "visit", False, "wait", "intended"),
    ("Talks between India and Pakistan are set to resume.", "Talks", False, "set", "intended"),
    ("Blair could face an inquiry.", "inquiry", False, "could", "hedged"),
    ("Talks between India and Pakistan resumed on Monday.", "Talks", False, None, "asserted"),
    # the frame of the clause an event noun is the subject of, or a means or participle serves
    ("Talks between the two sides could restart in November.", "Talks", False, "could", "hedged"),
    ("Talks between the two sides will resume next week.", "Talks", False, "will", "intended"),
    ("Talks between the two sides resumed on Monday.", "Talks", False, None, "asserted"),
    ("Talks between the two sides will not resume.", "Talks", True, "will", "intended"),
    ("The army would respond by stepping up raids.", "raids", False, "would", "intended"),
    ("The army responded by stepping up raids.", "raids", False, None, "asserted"),
    ("The army said it will take action, sending troops across the border.", "sending", False,
     "will", "intended"),
    ("The army took action, sending troops across the border.", "sending", False, None,
     "asserted"),
    ("The party is thinking of withdrawing from the coalition.", "withdrawing", False, "think",
     "intended"),
    ("The party talked of withdrawing from the coalition.", "withdrawing", False, None,
     "asserted"),
    ("His position to negotiate with the rebels was criticised.", "negotiate", False, "position",
     "intended"),
    ("I have to consult the speaker of parliament.", "consult", False, "have to", "hedged"),
    ("The government needs to consult the opposition.", "consult", False, "need", "hedged"),
    ("The government did not need to consult the opposition.", "consult", True, "need", "hedged"),
    ("The government had consulted the opposition.", "consulted", False, None, "asserted"),
    ('"The United States ought to be pumping money into Syria," he said.', "pumping", False,
     "ought", "hedged"),
    ("The United States is pumping money into Syria.", "pumping", False, None, "asserted"),
    ("The opposition renewed its calls for Thaksin to resign.", "resign", False, "call",
     "requested"),
    ("It is time for Israel to withdraw from Gaza.", "withdraw", False, "time", "judged"),
    ("Somalis protested against the planned deployment of AU troops.", "deployment", False,
     "planned", "planned"),
    ("I don't believe we should burn the flag.", "burn", False, "believe", "doubted"),
    ("Kenya does not expect Uganda to withdraw its troops.", "withdraw", False, "expect",
     "doubted"),
    ("Kenya believes Uganda attacked the border post.", "attacked", False, None, "asserted"),
    # an event a verb calls off is negated; one a verb answers or ends did happen
    ("The two presidents postponed the meeting until March.", "meeting", True, "postpone",
     "asserted"),
    ("The police thwarted an attack on the embassy.", "attack", True, "thwart", "asserted"),
    ("The opposition rejected the offer of talks.", "offer", False, None, "asserted"),
    ("Abbas met Haniyeh in an attempt to end the fighting between Hamas and Fatah.", "fighting",
     False, None, "asserted"),
    # an event a verb brings about shares its modal; one a verb speaks of keeps its own
    ("It will allow the resumption of negotiations between Israel and the Palestinians.",
     "negotiations", False, "will", "intended"),
    ("The Prime Minister will condemn the attack on the embassy.", "attack", False, None,
     "asserted"),
    # a subjunctive clause is wanted, not done; a singular subject marks it
    ("Some allies of Prodi have suggested that he resign before the vote.", "resign", False,
     "suggest", "requested"),
    ("The envoy recommended that Israel withdraw its troops from the village.", "withdraw",
     False, "recommend", "requested"),
    ("The minister insisted that the prisoner be released at once.", "released", False,
     "insist", "requested"),
    ("The minister said that the army attacks the villages at night.", "attacks", False, None,
     "asserted"),
    # what is feared or avoided has not happened
    ("Washington might be afraid of a closer alliance between Caracas and La Paz.", "alliance",
     False, "afraid", "doubted"),
    ("They hid the camera to avoid its confiscation by the police.", "confiscation", True,
     "avoid", "asserted"),
    # what people named inside a phrase are doing goes on, whatever is said of the phrase
    ("The plan aims to prevent casualties among soldiers fighting the rebels.", "fighting",
     False, None, "asserted"),
    ("The rise is blamed on fears that Turkey is going to attack the rebels.", "attack", False,
     "fear", "doubted"),
    # people doing something, under a rule of what may befall them: no one did it yet
    ("Under the new laws, people protesting in the zones can be arrested and fined.",
     "protesting", False, "can", "hedged"),
    ("Protesters marching through the city were arrested.", "marching", False, None,
     "asserted"),
    # "at no time", "in no way": the whole clause is denied
    ("The colonel said that at no time did his soldiers fire on the crowd.", "fire", True,
     None, "asserted"),
    ("The farmer said at no time was he threatening the hikers.", "threatening", True, None,
     "asserted"),
    ("The minister has in no way criticised the judges.", "criticised", True, None, "asserted"),
    ("The soldiers attacked the post with no warning.", "attacked", False, None, "asserted"),
    ("The agency said it no longer held any prisoners.", "held", True, None, "asserted"),
    ("The militia will no longer attack the convoys.", "attack", True, "will", "intended"),
    # an event noun done with someone, or the errand of a trip, is as planned as the act
    ("The senator will draft the bill in consultation with the governors.", "consultation",
     False, "will", "intended"),
    ("Ankara criticised Tehran's plans to build a reactor in cooperation with Moscow.", "cooperation",
     False, "plan", "intended"),
    ("The envoy drafted the bill in consultation with the governors.", "consultation", False,
     None, "asserted"),
    ("The king will travel to Oslo next month for a state visit.", "visit", False, "will",
     "intended"),
    ("The king travelled to Oslo last month for a state visit.", "visit", False, None,
     "asserted"),
    ("Without the raids, the gang would have succeeded in carrying out an attack on the bank.",
     "attack", False, "would", "intended"),
    ("The summit is aimed at launching negotiations between the two parties.", "negotiations",
     False, "aim", "intended"),
    ("The treaty obliged the neighbouring state to withdraw its troops.", "withdraw", False,
     "oblige", "requested"),
    # what one would like to see, or hopes to get done, is not done; what one saw or had done is
    ("The envoy would like to see some kind of reconciliation between the two clans.",
     "reconciliation", False, "like", "intended"),
    ("The province witnessed fierce clashes between police and farmers.", "clashes", False, None,
     "asserted"),
    ("The village did not see any clashes between police and farmers.", "clashes", True, None,
     "asserted"),
    ("Prosecutors hope to get the banker extradited from Spain.", "extradited", False, "hope",
     "intended"),
    ("The governor had the editor arrested.", "arrested", False, None, "asserted"),
]


@pytest.mark.parametrize(("text", "word", "negated", "modality", "mood"), CASES)
def test_polarity(nlp, text, word, negated, modality, mood):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    pol = polarity(trigger)
    assert (pol.negated, pol.modality, pol.mood) == (negated, modality, mood), [
        (t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize(("text", "word"), [
    ("The opposition accused the army of killing protesters.", "killing"),
    ("Rights groups blamed the militia for attacking the camp.", "attacking"),
    ("The alleged attack on the convoy was never confirmed.", "attack"),
])
def test_alleged_acts(nlp, text, word):
    doc = nlp(text)
    pol = polarity(next(t for t in doc if t.text == word))
    assert (pol.mood, pol.modality) == ("alleged", "alleged")
