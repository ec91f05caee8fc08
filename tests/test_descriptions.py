"""The forms the reference layer resolves, and what the actor table makes of them."""

from __future__ import annotations

import pytest

from graphkit.extract import extract
from graphkit.extract._descriptions import described
from graphkit.extract.mentions import actor_mentions
from graphkit.extract.reference import ActorIndex
from graphkit.model import Article
from graphkit.resolve import resolve


def _described(nlp, text):
    doc = nlp(text)
    mentions = actor_mentions(doc)
    return [(m.text, m.label, m.description) for m in described(doc, ActorIndex(doc, mentions), mentions)]


@pytest.mark.parametrize(("text", "expected"), [
    # a title: the one person the article gave that post
    ("Australian Prime Minister, Kevin Rudd faced questions on Tuesday. Carers were worried. The "
     "bonus was cut. The budget was tight. Later the Prime Minister said carers would be paid.",
     [("the Prime Minister", "Kevin Rudd", True)]),
    ("Foreign Minister Omar Haddad met Ana Ruiz. The minister said the talks went well.",
     [("The minister", "Omar Haddad", True)]),
    # a definite noun that ends an organisation's name: that organisation
    ("The Senate Judiciary Committee met on Monday. The Committee rejected the plan.",
     [("The Committee", "Senate Judiciary Committee", True)]),
    ("The International Atomic Energy Agency inspected the site on Monday. The agency said Iran had complied.",
     [("The agency", "International Atomic Energy Agency", True)]),
    # ... or in a head of the noun's kind (kind_nouns.tsv: an administration is an agency)
    ("The Food and Drug Administration (FDA) approved the pill. Critics said the agency had caved.",
     [("the agency", "Food and Drug Administration", True)]),
    # ... and no other kind of actor ("the agency" is not the last actor named, a news agency
    # is no administration), nor a name the mentions missed
    ("Amnesty International criticised the plan. Critics said the agency had caved.", []),
    ("The Food and Drug Administration approved the pill, the news agency said.", []),
    ("The United Nations said the United Nations Relief and Works Agency had run out of food.", []),
    # a group written with its organisation's name: an alias
    ("The helicopter was brought down by a grenade fired by members of the Taleban.",
     [("members of the Taleban", "Taliban", False)]),
    ("Fans in Tehran clashed with Bassiji militiamen after the match.",
     [("Bassiji militiamen", "Basij", False)]),
    # what must stay unresolved: a deputy is not the holder, two holders of one post leave
    # "the Prime Minister" open, the city council is not the Security Council, a group of
    # two organisations is neither
    ("Deputy Prime Minister Julia Gillard spoke on Monday. The Prime Minister was away.", []),
    ("Prime Minister Tony Blair met Prime Minister John Howard in London. The talks ran late. Aides "
     "were tired. Reporters waited outside. The Prime Minister later said the talks went well.", []),
    ("The UN Security Council met on Monday. The city council rejected the plan.", []),
    ("Hamas and Fatah officials said the talks would go on.", []),
    ("Hamas won the elections. Bush urged its leaders to renounce violence.", []),
    ("U.S. personnel left the embassy as supporters of Israel rallied.", []),
    ("The rules to pick the White House press corps members were unclear.", []),
    ("UN aid workers were evacuated on Monday.", [("UN aid workers", "United Nations", False)]),
    ("Senior members of Islamic Jihad, a Palestinian militant group, said the truce held.",
     [("members of Islamic Jihad", "Palestinian Islamic Jihad", False)]),
])
def test_descriptions_and_named_groups(nlp, text, expected):
    assert _described(nlp, text) == expected


def _actors(nlp, articles):
    results = [extract(nlp(text), Article(id=doc_id, text=text, date="2008-06-01"))
               for doc_id, text in articles]
    return {a.label: a for a in resolve(results)}


def test_two_prime_ministers_in_two_articles_keep_their_own_descriptions(nlp):
    actors = _actors(nlp, [
        ("uk", "Muslim leaders wrote to Prime Minister Tony Blair on Monday. They urged the Prime Minister "
               "to change course."),
        ("au", "Australian Prime Minister Kevin Rudd faced questions on Tuesday. Brendan Nelson moved to "
               "censure the Prime Minister.")])
    assert actors["Tony Blair"].descriptions == {"uk": ["the Prime Minister"]}
    assert actors["Kevin Rudd"].descriptions == {"au": ["the Prime Minister"]}
    assert not any("the Prime Minister" in a.aliases or "Prime Minister" in a.aliases for a in actors.values())


def test_descriptions_reach_entities_jsonl_and_the_store_stays_as_it_was(nlp, tmp_path):
    from graphkit.incremental import actor_digest
    from graphkit.records import entity_record

    actors = _actors(nlp, [("au", "Australian Prime Minister Kevin Rudd faced questions on Tuesday. "
                                  "Brendan Nelson moved to censure the Prime Minister.")])
    rudd = actors["Kevin Rudd"]
    assert entity_record(rudd)["descriptions"] == {"au": ["the Prime Minister"]}
    assert "descriptions" not in entity_record(actors["Brendan Nelson"])
    before = actor_digest(rudd)
    rudd.descriptions = {}
    assert actor_digest(rudd) == before


def _results(nlp, articles):
    return [extract(nlp(text), Article(id=doc_id, text=text, date="2008-06-01")) for doc_id, text in articles]


def test_a_surname_alone_joins_its_articles_person_and_two_people_sharing_it_stay_apart(nlp):
    results = _results(nlp, [
        ("a", "Nathan Rees was elected premier. Carmel Tebbutt was appointed as the state's deputy premier. "
              "Rees and Tebbutt were sworn in on Friday."),
        ("b", "Senator John Tebbutt criticised the plan on Monday. Tebbutt said it would fail.")])
    actors = {a.id: a for a in resolve(results)}
    tebbutts = {r.article.id: {actors[m.entity].label for m in r.mentions if m.text == "Tebbutt"}
                for r in results}
    assert tebbutts == {"a": {"Carmel Tebbutt"}, "b": {"John Tebbutt"}}
    people = sorted(a.label for a in actors.values() if a.type == "Person")
    assert people == ["Carmel Tebbutt", "John Tebbutt", "Nathan Rees"]


def test_a_name_glossed_with_a_generic_agent_is_that_agent(nlp):
    actors = _actors(nlp, [("ir", "The students were dispersed by Herrassat (university police), who "
                                  "confiscated their phones. Officers in Isfahan (local police) "
                                  "arrested two students.")])
    assert actors["Herrassat"].type == "SecurityForce"
    assert actors["Herrassat"].descriptions == {"ir": ["university police"]}
    assert "university police" not in actors and "Isfahan" not in actors  # a place is no name of police


def test_an_office_written_with_its_country_describes_its_holder_in_its_article_only(nlp):
    actors = _actors(nlp, [("sa", "Saudi Arabia\u2019s King called the talks to stop the violence. The "
                                  "leaders will meet King Abdullah later on Tuesday."),
                           ("ke", "Kenya's president met the envoy on Monday.")])
    assert actors["King Abdullah"].descriptions == {"sa": ["King", "Saudi Arabia\u2019s King"]}
    assert "Saudi Arabia\u2019s King" not in actors["King Abdullah"].aliases
    assert actors["President of Kenya"].descriptions == {"ke": ["president", "Kenya's president"]}
    assert "Kenya's president" not in actors["President of Kenya"].aliases
