"""Acts of force on wire reports: the physical and coercive classes (ASSAULT, COERCE,
MOBILIZE, SANCTION, PROTEST, RETREAT), with and without an actor target.

Each row: sentence, a word of the subject's label, the class, and the target (a word of its
label) or None for an event with no actor target.
"""

from __future__ import annotations

import pytest

from tests._event_tables import has_event, shown


@pytest.fixture(scope="module")
def extract(extract_events):
    return extract_events


_found, _show = has_event, shown


#: People harmed or held who are no actor ("40 people", "villagers"): the act has no target.
UNNAMED_VICTIMS = [
    ("Gunmen stormed a bus station in Kano, killing 40 people.", "gunmen", "ASSAULT", None),
    ("Police in Minsk detained more than 300 people on Sunday.", "police", "COERCE", None),
    ("Soldiers shot dead four residents of the town.", "soldiers", "ASSAULT", None),
    ("Rebels killed twelve Afghan civilians in Helmand.", "rebels", "ASSAULT", "civilians"),
    ("Police arrested three members of the Muslim Brotherhood.", "police", "COERCE",
     "Muslim Brotherhood"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), UNNAMED_VICTIMS)
def test_unnamed_victims_are_no_target(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


@pytest.mark.parametrize(("text", "cls", "word"), [
    ("Gunmen stormed a bus station in Kano, killing 40 people.", "ASSAULT", "people"),
    ("Police in Minsk detained more than 300 people on Sunday.", "COERCE", "people"),
])
def test_unnamed_victims_are_never_an_actor_target(extract, text, cls, word):
    rels = extract(text)
    assert not any(r.cls == cls and r.object is not None and word in r.object.label.lower()
                   for r in rels), _show(rels)


#: A place or building stormed, shelled or raided stands for no actor: the act has no target,
#: and an attack on a place is violence, not criticism.
PLACES = [
    ("Security forces stormed the Kibera slum on Tuesday.", "security forces", "ASSAULT", None),
    ("Serbian artillery shelled the centre of Sarajevo on Friday.", "Serbia", "ASSAULT", None),
    ("Gunmen stormed a jail in Kandahar on Sunday.", "gunmen", "ASSAULT", None),
    ("Rebels attacked the presidential palace at dawn.", "rebels", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), PLACES)
def test_places_attacked_are_no_target(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)
    assert not any(r.cls == "ACCUSE" for r in rels), _show(rels)


#: A retreat by armed forces needs no one named it retreats from; a retreat of something that
#: is no force or position ("withdrew their candidate") is no military retreat.
MILITARY_RETREATS = [
    ("Troops pulled back to their barracks.", "troops", "RETREAT", None),
    ("Rebels abandoned their positions across the north.", "rebels", "RETREAT", None),
    ("Dutch peacekeepers pulled back to their base at dawn.", "peacekeepers", "RETREAT", None),
    ("Islamic Courts fighters abandoned their positions near Kismayo.", "Islamic Courts", "RETREAT",
     None),
    ("The Liberal party withdrew from the coalition.", "Liberal", "RETREAT", "coalition"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), MILITARY_RETREATS)
def test_military_retreats_need_no_target(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


@pytest.mark.parametrize("text", [
    "The rebels withdrew their candidate.",
    "Soldiers withdrew their complaint.",
])
def test_no_military_retreat_without_force_or_position(extract, text):
    rels = extract(text)
    assert not any(r.cls == "RETREAT" for r in rels), _show(rels)


#: Expelling persons (diplomats, an ambassador, envoys) deports them (COERCE 174); expelling
#: a mission (peacekeepers, observers) reduces relations (SANCTION 166).
EXPULSIONS = [
    ("Ghana expelled four Nigerian diplomats on Monday.", "Ghana", "COERCE", "diplomats"),
    ("Kenya expelled the Ugandan ambassador.", "Kenya", "COERCE", "Uganda"),
    ("Russia ordered the expulsion of two British envoys.", "Russia", "COERCE", "envoys"),
    ("Egypt expelled the UN peacekeepers.", "Egypt", "SANCTION", "United Nations"),
    ("The ANC expelled Julius Malema.", "African National Congress", "SANCTION", "Malema"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), EXPULSIONS)
def test_expelling_persons_deports_them(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)
    other = "SANCTION" if cls == "COERCE" else "COERCE"
    assert not any(r.cls == other for r in rels), _show(rels)


#: The people fired on are the target also when the parser hangs them as the subject of a
#: participle after the preposition, and a crowd is a target there too; a crowd obstructing
#: roads protests with no target.
CROWDS_FIRED_ON = [
    ("Police fired tear gas at protesters blocking roads in the capital.", "police", "COERCE",
     "protesters"),
    ("Troops fired on students marching to the palace.", "troops", "ASSAULT", "students"),
    ("Police fired tear gas at protesters blocking roads in the capital.", "protesters", "PROTEST",
     None),
    ("Farmers blocked roads near Lima on Monday.", "farmers", "PROTEST", None),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), CROWDS_FIRED_ON)
def test_crowds_fired_on_and_blocking_roads(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


@pytest.mark.parametrize("text", ["The senators blocked the bill.", "China blocked the resolution."])
def test_blocking_is_a_protest_of_crowds_only(extract, text):
    rels = extract(text)
    assert not any(r.cls == "PROTEST" for r in rels), _show(rels)


#: Words of force the relation vocabulary names: routing, overwhelming, slamming into,
#: killing "to death", armour rolling into a city (a deployment, with no target).
VOCABULARY = [
    ("Government forces routed the rebels near Goma.", "Congo", "ASSAULT", "rebels"),
    ("Argentine troops overwhelmed the small garrison of Royal Marines.", "troops", "ASSAULT",
     "Royal Marines"),
    ("Rebels hacked residents to death across the capital.", "rebels", "ASSAULT", None),
    ("Soviet army tanks rolled into Moscow on Monday.", "Soviet", "MOBILIZE", None),
    ("Rebels attacked an army column near the border.", "rebels", "ASSAULT", "army"),
    ("A Spanish judge issued an arrest warrant for Augusto Pinochet.", "judge", "COERCE",
     "Pinochet"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), VOCABULARY)
def test_words_of_force(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)
    assert not any(r.cls == "ACCUSE" for r in rels), _show(rels)


@pytest.mark.parametrize(("text", "cls"), [
    ("The campaign rolled into Iowa.", "MOBILIZE"),
    ("The senator slammed the decision.", "ASSAULT"),
])
def test_words_of_force_in_other_senses(extract, text, cls):
    rels = extract(text)
    assert not any(r.cls == cls for r in rels), _show(rels)


#: Those an "including" phrase names among the people an act was done to are its targets too;
#: a crowd placed under arrest is the arrest's target.
INCLUDED = [
    ("Soldiers rounded up thousands of Solidarity activists, including union leader Lech Walesa.",
     "soldiers", "COERCE", "Walesa"),
    ("Police arrested 30 opposition members, including former minister Ali Hassan.", "police",
     "COERCE", "Ali Hassan"),
    ("Police arrested 30 opposition members, including former minister Ali Hassan.", "police",
     "COERCE", "opposition"),
    ("The junta placed dozens of students under arrest.", "junta", "COERCE", "students"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), INCLUDED)
def test_those_included_are_targets_too(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


#: A light verb whose object a CAMEO pattern names, and which names no event of its own, is
#: the pattern's act ("hurled stones at police": thrown by protesters, a violent protest);
#: with an event noun the noun is the event.
THROWN = [
    ("Palestinian protesters hurled stones at Israeli police near the mosque.", "protesters",
     "PROTEST", "police"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), THROWN)
def test_things_thrown(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


def test_a_cameo_code_reads_as_the_relation_with_that_code():
    from graphkit.vocab import relation_for_code

    assert relation_for_code("182", "ASSAULT").name == "injure"
    assert relation_for_code("1821", "ASSAULT").name == "rape"


def test_operations_carried_out_against_a_group_are_no_cooperation(extract):
    rels = extract("Turkey has carried out repeated air and ground operations against the PKK.")
    assert not any(r.cls == "COOPERATE" for r in rels), _show(rels)


#: Withdrawing people posted on a mission (diplomats, observers, inspectors) reduces relations
#: with the country they leave; withdrawing troops is a retreat.
MISSIONS_WITHDRAWN = [
    ("Britain withdrew its ambassador from Iran.", "United Kingdom", "SANCTION", "Iran"),
    ("The European Union pulled its election observers out of Zimbabwe.", "European Union",
     "SANCTION", "Zimbabwe"),
    ("The UN pulled its inspectors out of Iraq.", "United Nations", "SANCTION", "Iraq"),
    ("Russia withdrew its troops from Georgia.", "Russia", "RETREAT", "Georgia"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), MISSIONS_WITHDRAWN)
def test_withdrawing_a_mission_reduces_relations(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)
    other = "RETREAT" if cls == "SANCTION" else "SANCTION"
    assert not any(r.cls == other for r in rels), _show(rels)


#: A crowd taking to the streets protests, against whom its purpose names.
STREETS = [
    ("Millions of Spaniards took to the streets on Monday to denounce ETA.", "Spaniards",
     "PROTEST", "ETA"),
    ("Thousands of students took to the streets of Seoul.", "students", "PROTEST", None),
    ("Thousands of farmers marched to protest against the government.", "farmers", "PROTEST",
     "government"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), STREETS)
def test_crowds_taking_to_the_streets(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


def test_one_person_taking_to_the_streets_is_no_protest(extract):
    rels = extract("The president took to the streets to greet supporters.")
    assert not any(r.cls == "PROTEST" for r in rels), _show(rels)


#: "Beat" is force only when armed men, police or a crowd beat someone; an act of force shares
#: the object of the verb conjoined after it.
BEATINGS = [
    ("Riot police beat and detained hundreds of protesters overnight.", "police", "ASSAULT",
     "protesters"),
    ("Soldiers beat the prisoners with rifle butts.", "soldiers", "ASSAULT", "prisoners"),
]


@pytest.mark.parametrize(("text", "subject", "cls", "target"), BEATINGS)
def test_beatings(extract, text, subject, cls, target):
    rels = extract(text)
    assert _found(rels, subject, cls, target), _show(rels)


@pytest.mark.parametrize("text", [
    "Obama beat McCain in Ohio.",
    "The Tories beat Labour in the by-election.",
    "Germany beat Brazil 7-1.",
])
def test_a_win_is_no_beating(extract, text):
    rels = extract(text)
    assert not any(r.cls == "ASSAULT" for r in rels), _show(rels)
