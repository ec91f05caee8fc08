"""Verbal and cooperative events of wire reports: sentence -> (subject, class, object) tables.

Accusations, rejections, threats, support, agreements, consultations, aid and requests, each
construction with the reading it must give and, where the words can mean something else, a
sentence where it must not give it. Labels match loosely (the expected text occurs in the
actor's label, case-insensitively); an empty object means "no actor target".
"""

from __future__ import annotations

import pytest

from tests._event_tables import has_event, shown

_has, _show = has_event, shown


FOUND = [
    # a mediator consults the parties to the agreement it brokers, named by who signs it
    ("Ghana and Togo signed a border accord brokered by Nigeria.", "Nigeria", "CONSULT", "Ghana"),
    ("Ghana and Togo signed a border accord brokered by Nigeria.", "Nigeria", "CONSULT", "Togo"),
    # a reaction to an act named earlier, and what it is called, accuses the act's author
    ("Rebels shelled the town, and the government denounced the shelling as a war crime.",
     "government", "ACCUSE", "rebels"),
    ("Israeli troops raided the camp on Monday, and Jordan condemned the raid.", "Jordan",
     "ACCUSE", "troops"),
    # sending food, medicine or doctors is humanitarian aid to where they go
    ("Norway sent food and medicine to Sudan.", "Norway", "AID", "Sudan"),
    ("Turkey sent doctors to Syria after the earthquake.", "Turkey", "AID", "Syria"),
    # a request a clause answers was made of the clause's subject
    ("Jordan sent troops to Oman at the request of Sultan Qaboos.", "Qaboos", "REQUEST",
     "Jordan"),
    # a passive verb coordinated with another without a subject of its own befalls the first
    # verb's subject
    ("Hamid Karzai arrived in Paris and was welcomed by Jacques Chirac.", "Chirac", "SUPPORT",
     "Karzai"),
    ("The opposition leader returned to Lahore and was arrested by police.", "police", "COERCE",
     "opposition"),
    # a person welcomed or greeted at a place is a visitor received
    ("Hu Jintao welcomed Vladimir Putin at the airport.", "Hu Jintao", "CONSULT", "Putin"),
    ("Angela Merkel arrived in Warsaw on Monday and was greeted at the airport by Donald Tusk.",
     "Tusk", "CONSULT", "Merkel"),
    # done to an act, or with no place, a welcome is praise
    ("Hu Jintao welcomed Vladimir Putin's decision.", "Hu Jintao", "SUPPORT", "Putin"),
    # a strike named by its weapon or aim is an attack, and threatening one a threat
    ("Pakistan threatened to launch a retaliatory strike against India.", "Pakistan", "THREATEN",
     "India"),
    # the organisers of a protest are an actor
    ("The rally organisers accused the police of brutality.", "organisers", "ACCUSE", "police"),
    # a post named after "talks with" is the person named beside it
    ("Hamid Karzai flew to Kabul for talks with his Pakistani counterpart Pervez Musharraf.",
     "Karzai", "CONSULT", "Musharraf"),
    # a resolution or letter asks what its adopter or sender asks
    ("The General Assembly adopted a resolution urging Myanmar to free Aung San Suu Kyi.",
     "General Assembly", "REQUEST", "Myanmar"),
    # a cessation of hostilities between two sides is asked of both
    ("The African Union called for a cessation of hostilities between Sudan and Chad.",
     "African Union", "REQUEST", "Chad"),
    # leaders who shake hands meet
    ("Nelson Mandela and F. W. de Klerk shook hands in Cape Town.", "Mandela", "CONSULT",
     "de Klerk"),
    # a pronoun object of a participial clause sharing the main subject is the main object
    ("Kenya expelled the British diplomats, accusing them of spying.", "Kenya", "ACCUSE",
     "diplomats"),
    ("Russia outlawed the Hizb ut-Tahrir movement, calling it a threat to the state.", "Russia",
     "ACCUSE", "Hizb ut-Tahrir"),
    # support a clause acts with is given to its subject
    ("The rebels seized the town with the backing of Rwanda.", "Rwanda", "SUPPORT", "rebels"),
    # a stance towards a bond is one towards the other side
    ("Moscow defended its close ties with Damascus.", "Russia", "SUPPORT", "Syria"),
    # a warning that something would be or mean war threatens whom it is addressed to
    ("Ethiopia warned Eritrea that any incursion would be a cause for war.", "Ethiopia",
     "THREATEN", "Eritrea"),
    # an attack on a government, a chamber or a party by no armed actor is made with words
    ("The opposition attacked the government during the debate over its budget cuts.",
     "opposition", "ACCUSE", "government"),
    ("The opposition attacked the Liberal Party over its budget.", "opposition", "ACCUSE",
     "Liberal Party"),
]

NOT_FOUND = [
    # no agreement named: a broker's act has no parties
    ("Nigeria brokered a deal on Monday.", "Nigeria", "CONSULT", ""),
    # a letter sent is no aid
    ("Iran sent a letter to Iraq on Monday.", "Iran", "AID", "Iraq"),
    # the troops sent are not whom the request was made of
    ("Jordan sent troops to Oman at the request of Sultan Qaboos.", "Qaboos", "REQUEST",
     "troops"),
    ("Hu Jintao welcomed Vladimir Putin's decision.", "Hu Jintao", "CONSULT", "Putin"),
    # a greeting of no one at a place is no event
    ("Hu Jintao greeted the decision with relief.", "Hu Jintao", "SUPPORT", ""),
    # organisers of something other than a protest are no actor
    ("The festival organisers accused the police of brutality.", "organisers", "ACCUSE", "police"),
    # nor the speaker itself
    ("Kenya expelled the British diplomats, accusing them of spying.", "Kenya", "ACCUSE",
     "Kenya"),
    # a plan called something is no actor named
    ("Omar al-Bashir rejected the UN plan, calling it a violation of sovereignty.", "Bashir",
     "ACCUSE", "United Nations"),
    # a bond's other side is no target of an act that is no stance
    ("Moscow strengthened its ties with Damascus.", "Russia", "SUPPORT", "Syria"),
    # a warning of what others' conflict or a crisis would bring threatens no one
    ("The minister warned the banks that the crisis would last for years.", "minister",
     "THREATEN", "banks"),
    # a deal is no voice of its signers
    ("Sudan and Chad signed a deal calling for elections.", "Sudan", "REQUEST", ""),
    # a workers' strike is no attack
    ("Dockers began a strike against the port authority.", "dockers", "ASSAULT",
     "port authority"),
    # nor is an attack on a government by no armed actor an assault, but one by armed men is
    ("The opposition attacked the government during the debate over its budget cuts.",
     "opposition", "ASSAULT", "government"),
    ("Rebels attacked the government in the north.", "rebels", "ACCUSE", "government"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "obj"), FOUND)
def test_verbal_event_found(extract_events, text, subject, cls, obj):
    rels = extract_events(text)
    assert _has(rels, subject, cls, obj), _show(rels)


@pytest.mark.parametrize(("text", "subject", "cls", "obj"), NOT_FOUND)
def test_verbal_event_not_found(extract_events, text, subject, cls, obj):
    rels = extract_events(text)
    assert not _has(rels, subject, cls, obj), _show(rels)
