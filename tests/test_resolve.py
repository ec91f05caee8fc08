"""Resolution of mentions into actors, within an article and across the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.extract import extract
from graphkit.model import ENTITY_IRI, Article, DocResult, Mention, Relation
from graphkit.resolve import resolve, slug

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path("/work/shared/gold")


def _doc(doc_id, *mentions):
    return DocResult(article=Article(id=doc_id, text=""), mentions=list(mentions))


def M(text, label, type_="Person", key=None, country=None):  # noqa: N802
    return Mention(text=text, label=label, type=type_, start=0, end=len(text), key=key,
                   country=country)


def test_gazetteer_ids_merge_and_iris_are_stable():
    a, b = M("ANC", "African National Congress", "PoliticalParty", "anc"), \
        M("African National Congress", "African National Congress", "PoliticalParty", "anc")
    actors = resolve([_doc("1", a), _doc("2", b)])
    assert [(x.id, x.label, x.aliases, x.mentions) for x in actors] == [
        (ENTITY_IRI + "anc", "African National Congress", ["ANC", "African National Congress"],
         2)]
    assert a.entity == b.entity == ENTITY_IRI + "anc"


@pytest.mark.parametrize(("label", "country", "iri"), [
    # a government's IRI is its country's, whether its label writes "the" or not
    ("Government of the United States", "United States", "government-of-united-states"),
    ("Government of the Netherlands", "Netherlands", "government-of-netherlands"),
    ("Government of Kenya", "Kenya", "government-of-kenya"),
])
def test_a_governments_iri_is_its_countrys(label, country, iri):
    gov = M("the government", label, "Government", country=country)
    actors = resolve([_doc("1", gov), _doc("2", M("the government", label, "Government", country=country))])
    assert [(x.id, x.label) for x in actors] == [(ENTITY_IRI + iri, label)]


def test_spelling_variants_of_a_name_merge():
    actors = resolve([_doc("1", M("Khalid Maqbool Siddiqi", "Khalid Maqbool Siddiqi")),
                      _doc("2", M("Khalid Maqbool Siddiqui", "Khalid Maqbool Siddiqui"))])
    assert len(actors) == 1
    assert set(actors[0].aliases) >= {"Khalid Maqbool Siddiqi", "Khalid Maqbool Siddiqui"}


def test_generic_agents_stay_apart_per_country():
    actors = resolve([_doc("1", M("police", "police", "SecurityForce", country="Kenya"),
                           M("Police", "police", "SecurityForce", country="Kenya")),
                      _doc("2", M("police", "police", "SecurityForce", country="Peru"))])
    assert sorted((a.id.rsplit("/", 1)[1], a.mentions) for a in actors) == [
        ("police-kenya", 2), ("police-peru", 1)]


def test_acronym_seen_in_one_article_merges_in_another():
    long_form = M("MDC", "Movement for Democratic Change", "PoliticalParty")
    bare = M("MDC", "MDC", "PoliticalParty")
    actors = resolve([_doc("1", long_form), _doc("2", bare)])
    assert [(a.label, a.mentions) for a in actors] == [("Movement for Democratic Change", 2)]


def test_a_name_the_dictionaries_file_shorter_than_the_text_stays_apart():
    actors = resolve([_doc("1", M("George H. W. Bush", "George H. W. Bush")),
                      _doc("2", M("George Bush", "George Bush"))])
    assert sorted(a.label for a in actors) == ["George Bush", "George H. W. Bush"]


@pytest.mark.parametrize("names", [
    # two names the dictionaries file under one person are that person, in one article or two
    ["Dick Cheney", "Richard Cheney"],
    ["William Jefferson Clinton", "Bill Clinton"],
    ["Nouri al-Maliki", "Nuri al Maliki"],
])
def test_names_the_dictionaries_file_under_one_person_merge(names):
    actors = resolve([_doc("1", M(names[0], names[0])), _doc("2", M(names[1], names[1]))])
    assert len(actors) == 1 and set(names) <= set(actors[0].aliases), [a.aliases for a in actors]


def test_different_people_stay_apart_and_surnames_become_aliases():
    actors = resolve([_doc("1", M("Nawaz Sharif", "Nawaz Sharif"),
                           M("Shehbaz Sharif", "Shehbaz Sharif"),
                           M("Shazia Marri", "Shazia Marri"),
                           M("Qaim Ali Shah", "Qaim Ali Shah"),
                           M("Shah Mehmood Qureshi", "Shah Mehmood Qureshi"))])
    aliases = {a.label: a.aliases for a in actors}
    assert "Sharif" not in aliases["Nawaz Sharif"] + aliases["Shehbaz Sharif"]
    assert "Marri" in aliases["Shazia Marri"] and "Qureshi" in aliases["Shah Mehmood Qureshi"]
    assert "Shah" not in aliases["Qaim Ali Shah"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan People's Party", "pakistan-peoples-party"), ("Ação Popular", "acao-popular"),
    ("!!!", "actor")])
def test_slug(text, expected):
    assert slug(text) == expected


@pytest.fixture(scope="module")
def sample_actors(nlp):
    results = []
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        article = Article(id=path.stem, text=path.read_text(encoding="utf-8"))
        results.append(extract(nlp(article.text), article))
    return resolve(results), results


def _norm(text):
    return text.lower().replace("\u2019", "'")


@pytest.mark.skipif(not GOLD.exists(), reason="needs the shared gold annotation")
def test_sample_same_entity_pairs(sample_actors):
    actors, _ = sample_actors
    pairs = json.loads((GOLD / "seed_actors.json").read_text())["same_entity"]
    ok = 0
    for a, b in pairs:
        owners = [x for x in actors if {_norm(a), _norm(b)} <= {_norm(f) for f in
                                                                [x.label, *x.aliases]}]
        ok += len(owners) == 1
    assert ok == len(pairs) == 11


def test_every_mention_has_an_entity(sample_actors):
    actors, results = sample_actors
    ids = {a.id for a in actors}
    for result in results:
        for mention in result.mentions:
            assert mention.entity in ids
        for rel in result.relations:
            assert rel.subject.entity in ids


def _dated(doc_id, *mentions, date=None):
    return DocResult(article=Article(id=doc_id, text="", date=date), mentions=list(mentions))


def test_each_countrys_police_is_its_own_actor_labelled_as_written():
    actors = resolve([_doc("1", M("Afghan police", "police", "SecurityForce", country="Afghanistan"),
                           M("police", "police", "SecurityForce", country="Afghanistan")),
                      _doc("2", M("Argentine police", "police", "SecurityForce", country="Argentina")),
                      _doc("3", M("police", "police", "SecurityForce", country="Kenya"))])
    got = sorted((a.label, a.country, a.mentions, a.cameo) for a in actors)
    assert got == [("Afghan police", "Afghanistan", 2, "AFGCOP"), ("Argentine police", "Argentina", 1, "ARGCOP"),
                   ("police", "Kenya", 1, "KENCOP")]


@pytest.mark.parametrize(("text", "country", "label"), [
    # a demonym whose ending a wiki link tore off is whole again in the label
    ("Israel i troops", "Israel", "Israeli troops"),
    ("South Korea n troops", "South Korea", "South Korean troops"),
])
def test_an_agents_torn_demonym_is_whole_in_its_label(text, country, label):
    actors = resolve([_doc("1", M(text, "troops", "SecurityForce", country=country))])
    assert [(a.label, a.country) for a in actors] == [(label, country)]


def test_a_generic_agent_without_a_country_stays_in_its_article():
    actors = resolve([_doc("1", M("the militants", "militants", "ArmedGroup")),
                      _doc("2", M("militants", "militants", "ArmedGroup"))])
    assert sorted(a.sources for a in actors) == [1, 1] and len(actors) == 2


def test_a_government_takes_only_forms_of_its_own_country():
    actors = resolve([_doc("1", M("the Australian government", "Government of Australia", "Government",
                                  country="Australia"),
                           M("Fiji government", "Government of Fiji", "Government", country="Fiji"))])
    assert sorted((a.label, a.aliases) for a in actors) == [
        ("Government of Australia", ["Government of Australia", "the Australian government"]),
        ("Government of Fiji", ["Fiji government", "Government of Fiji"])]


def test_given_names_and_fragments_are_never_aliases():
    actors = resolve([_doc("1", M("Tony Blair", "Tony Blair"), M("Tony", "Tony Blair"),
                           M("Blair==", "Tony Blair"), M("Nasir Jamal", "Nasir Jamal"),
                           M("Jamal", "Nasir Jamal"))])
    aliases = {a.label: a.aliases for a in actors}
    assert "Tony" not in aliases["Tony Blair"] and "Blair==" not in aliases["Tony Blair"]
    assert "Jamal" in aliases["Nasir Jamal"]


def test_a_thai_given_name_alone_is_how_the_person_is_called():
    actors = resolve([_doc("1", M("Sonthi Boonyaratglin", "Sonthi Boonyaratglin"),
                           M("Sonthi", "Sonthi Boonyaratglin"))])
    assert "Sonthi" in actors[0].aliases


def test_a_common_word_shortening_a_name_is_no_mention_of_it(nlp):
    from graphkit.extract.mentions import actor_mentions

    doc = nlp("The White House said on Monday that the House would vote on the bill.")
    assert [m.text for m in actor_mentions(doc)] == ["White House"]


def test_a_surname_alone_joins_the_one_person_sharing_its_articles_country():
    uk = M("Britain", "United Kingdom", "Country", country="United Kingdom")
    actors = resolve([_doc("1", M("Tony Blair", "Tony Blair"), uk),
                      _doc("2", M("Blair", "Blair"), M("London", "United Kingdom", "Country",
                                                         country="United Kingdom")),
                      _doc("3", M("Blair", "Blair"), M("Peru", "Peru", "Country", country="Peru"))])
    people = sorted((a.label, a.sources) for a in actors if a.type == "Person")
    assert people == [("Blair", 1), ("Tony Blair", 2)]


def test_a_surname_shared_by_two_people_stays_apart():
    actors = resolve([_doc("1", M("Nawaz Sharif", "Nawaz Sharif", country="Pakistan")),
                      _doc("2", M("Shehbaz Sharif", "Shehbaz Sharif", country="Pakistan")),
                      _doc("3", M("Sharif", "Sharif", country="Pakistan"))])
    assert len([a for a in actors if a.type == "Person"]) == 3


def test_people_carry_their_role_code_at_the_article_date():
    early = resolve([_dated("1", M("Nawaz Sharif", "Nawaz Sharif"), date="1998-03-01")])
    late = resolve([_dated("1", M("Nawaz Sharif", "Nawaz Sharif"), date="2005-03-01")])
    assert (early[0].cameo, late[0].cameo) == ("PAKGOV", "PAKELI")


def test_resolution_is_deterministic_whatever_the_order():
    docs = [_doc("1", M("police", "police", "SecurityForce", country="Kenya"), M("Ruto", "William Ruto")),
            _doc("2", M("UN", "United Nations", "InternationalOrganization", key="un"))]
    first = sorted((a.id, a.label) for a in resolve(docs))
    again = [_doc("2", M("UN", "United Nations", "InternationalOrganization", key="un")),
             _doc("1", M("Ruto", "William Ruto"), M("police", "police", "SecurityForce", country="Kenya"))]
    assert sorted((a.id, a.label) for a in resolve(again)) == first


def test_a_party_named_by_a_common_word_is_its_countrys():
    actors = resolve([_doc("1", M("Labour", "Labour", "PoliticalParty", country="Malta")),
                      _doc("2", M("Labour", "Labour", "PoliticalParty", country="Malta")),
                      _doc("3", M("Labour", "Labour", "PoliticalParty", country="Netherlands"))])
    assert sorted((a.label, a.country, a.sources, a.cameo) for a in actors) == [
        ("Labour", "Malta", 2, "MLTPTY"), ("Labour", "Netherlands", 1, "NLDPTY")]


def test_generic_media_and_groups_stay_apart_per_country():
    actors = resolve([_doc("1", M("Russian newspapers", "newspapers", "MediaOutlet", country="Russia")),
                      _doc("2", M("French newspapers", "newspapers", "MediaOutlet", country="France"))])
    assert sorted(a.label for a in actors) == ["French newspapers", "Russian newspapers"]


def test_names_as_written_are_aliases_and_unlisted_first_names_too():
    rudd = M("Rudd", "Kevin Rudd")
    rudd.written = "Mr Rudd"
    actors = resolve([_doc("1", M("Kevin Rudd", "Kevin Rudd"), rudd, M("Kevin", "Kevin Rudd"),
                           M("Apirak Kosayothin", "Apirak Kosayothin"),
                           M("Apirak", "Apirak Kosayothin"))])
    aliases = {a.label: a.aliases for a in actors}
    assert aliases["Kevin Rudd"] == ["Kevin Rudd", "Mr Rudd", "Rudd"]
    assert "Apirak" in aliases["Apirak Kosayothin"]


def test_mentions_keep_the_role_of_their_date_and_codes_reach_relations():
    from graphkit.records import relation_record

    early = M("Nawaz Sharif", "Nawaz Sharif")
    early.cameo = "PAKGOV"
    late = M("Nawaz Sharif", "Nawaz Sharif")
    late.cameo = "PAKELI"
    rel = Relation(doc="2", subject=late, relation="say", cls="STATEMENT", value="No.")
    actors = resolve([_dated("1", early, date="1998-03-01"),
                      DocResult(article=Article(id="2", text="", date="2005-03-01"),
                                mentions=[late], relations=[rel])])
    assert len(actors) == 1 and early.entity == late.entity
    assert relation_record(rel, {a.id: a for a in actors})["subject"]["cameo"] == "PAKELI"


def test_two_known_parties_never_join_by_a_surface_form():
    uk = M("Conservative Party", "Conservative Party", "PoliticalParty", "conservative-uk",
           country="United Kingdom")
    ca = M("Conservative Party", "Conservative Party of Canada", "PoliticalParty",
           "conservative-ca", country="Canada")
    actors = resolve([_doc("1", uk), _doc("2", ca)])
    assert sorted((a.label, a.country) for a in actors) == [
        ("Conservative Party", "United Kingdom"), ("Conservative Party of Canada", "Canada")]


def test_a_dictionary_body_joins_graphkits_entry_with_its_spellings_only():
    from graphkit.gazetteer import load_gazetteer

    pentagon = load_gazetteer().lookup("Pentagon")[0]
    assert "Defense Department" in pentagon.aliases and pentagon.cameo == "USAMIL"
    assert not {"U.S. Army", "Central Command"} & set(pentagon.aliases)
    hezbollah = load_gazetteer().lookup("Hezbollah")[0]
    assert not [a for a in hezbollah.aliases if "Nasrallah" in a]


def D(text, label, type_="Person", key=None, country=None):  # noqa: N802
    """A mention whose text describes the actor ("the Prime Minister") rather than names it."""
    mention = M(text, label, type_, key, country)
    mention.description = True
    return mention


@pytest.mark.parametrize(("docs", "expected"), [
    # the country acting as a state and its government stay two actors, as the annotation
    # guidelines type them; another country's government, and a province's, stay apart too
    ([_doc("1", M("Iceland", "Iceland", "Country", "iceland", "Iceland"),
           M("Icelandic government", "Government of Iceland", "Government", country="Iceland"))],
     [("Government of Iceland", "Government"), ("Iceland", "Country")]),
    ([_doc("1", M("Australia", "Australia", "Country", "australia", "Australia"),
           M("Fiji government", "Government of Fiji", "Government", country="Fiji"),
           M("NSW government", "Government of New South Wales", "Government", country="Australia"))],
     [("Australia", "Country"), ("Government of Fiji", "Government"),
      ("Government of New South Wales", "Government")]),
])
def test_a_country_and_its_government_are_two_actors(docs, expected):
    actors = resolve(docs)
    assert sorted((a.label, a.type) for a in actors) == expected
    assert len({a.id for a in actors}) == len(expected)


@pytest.mark.parametrize(("mentions", "expected"), [
    # troops, soldiers and the army of one country are its military
    ([M("Canadian troops", "troops", "SecurityForce", country="Canada"),
      M("Canadian soldiers", "soldiers", "SecurityForce", country="Canada"),
      M("Canadian army", "army", "SecurityForce", country="Canada")],
     [("Canadian soldiers", "Canada", 3)]),
    # ... of two countries, two militaries; police and navies are no military; insurgents
    # and militants stay apart (CAMEO REB, UAF)
    ([M("Canadian troops", "troops", "SecurityForce", country="Canada"),
      M("Afghan soldiers", "soldiers", "SecurityForce", country="Afghanistan"),
      M("Canadian police", "police", "SecurityForce", country="Canada"),
      M("Canadian navy", "navy", "SecurityForce", country="Canada")],
     [("Afghan soldiers", "Afghanistan", 1), ("Canadian navy", "Canada", 1), ("Canadian police", "Canada", 1),
      ("Canadian troops", "Canada", 1)]),
    ([M("insurgents", "insurgents", "ArmedGroup", country="Iraq"),
      M("militants", "militants", "ArmedGroup", country="Iraq")],
     [("insurgents", "Iraq", 1), ("militants", "Iraq", 1)]),
    # "forces" names insurgents and alliances too: no military by that word alone
    ([M("Iraqi troops", "troops", "SecurityForce", country="Iraq"),
      M("anti-occupation forces", "forces", "SecurityForce", country="Iraq")],
     [("Iraqi troops", "Iraq", 1), ("forces", "Iraq", 1)]),
])
def test_one_countrys_military_under_several_words_is_one_actor(mentions, expected):
    actors = resolve([_doc("1", *mentions)])
    assert sorted((a.label, a.country, a.mentions) for a in actors) == expected


def test_a_synonym_keeps_the_iri_whichever_word_comes_first():
    one = resolve([_doc("1", M("soldiers", "soldiers", "SecurityForce", country="Canada"),
                        M("troops", "troops", "SecurityForce", country="Canada"))])
    two = resolve([_doc("1", M("troops", "troops", "SecurityForce", country="Canada"),
                        M("soldiers", "soldiers", "SecurityForce", country="Canada"))])
    assert [a.id for a in one] == [a.id for a in two] == [ENTITY_IRI + "military-canada"]


def test_descriptions_stay_in_their_article_and_out_of_the_aliases():
    actors = {a.label: a for a in resolve([
        _doc("uk", M("Tony Blair", "Tony Blair", country="United Kingdom"),
             D("the Prime Minister", "Tony Blair", country="United Kingdom")),
        _doc("au", M("Kevin Rudd", "Kevin Rudd", country="Australia"),
             D("the Prime Minister", "Kevin Rudd", country="Australia"),
             D("this Prime Minister", "Kevin Rudd", country="Australia"))])}
    assert actors["Tony Blair"].descriptions == {"uk": ["the Prime Minister"]}
    assert actors["Kevin Rudd"].descriptions == {"au": ["the Prime Minister", "this Prime Minister"]}
    assert all("the Prime Minister" not in a.aliases for a in actors.values())
    assert (actors["Tony Blair"].mentions, actors["Kevin Rudd"].mentions) == (2, 3)


def test_an_unnamed_agents_descriptions_are_its_names():
    actors = resolve([_doc("1", M("federal judge", "judge", "Judiciary", country="United States"),
                           D("judge", "judge", "Judiciary", country="United States"))])
    assert [(a.label, a.aliases, a.descriptions) for a in actors] == [
        ("judge", ["federal judge", "judge"], {})]


def test_a_named_group_of_an_organisation_is_an_alias():
    actors = resolve([_doc("1", M("Taleban", "Taliban", "ArmedGroup", key="taliban"),
                           M("members of the Taleban", "Taliban", "ArmedGroup", key="taliban"))])
    assert [(a.label, a.aliases) for a in actors] == [("Taliban", ["Taleban", "Taliban", "members of the Taleban"])]


@pytest.mark.parametrize(("name", "type_", "country"), [
    # a state, region, territory or landmark the dictionaries list among a country's names is
    # a place of the country ...
    ("South Australia", "Place", "Australia"),
    ("Great Wall of China", "Place", "China"),
    ("Iraqi Kurdistan", "Place", "Iraq"),
    ("Mayotte", "Place", "France"),
    ("Port Sudan", "Place", "Sudan"),
    # ... while the country's own names, official and short, stay its names
    ("Australia", "Country", "Australia"),
    ("People's Republic of China", "Country", "China"),
    ("United Kingdom of Great Britain and Northern Ireland", "Country", "United Kingdom"),
    ("Republic of South Africa", "Country", "South Africa"),
])
def test_a_place_inside_a_country_is_none_of_its_names(name, type_, country):
    from graphkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert [(e.type, e.country) for e in gaz.lookup(name)] == [(type_, country)]
    assert gaz.country_of(name) == (country if type_ == "Country" else None)


@pytest.mark.parametrize(("text", "country", "aliases"), [
    ("The premier of South Australia, Mike Rann, criticised Australia on Monday.", "Australia",
     ["Australia"]),
    ("Tourists visited the Great Wall of China while China protested.", "China", ["China"]),
    ("Iraqi Kurdistan held elections on Sunday, Iraq said.", "Iraq", ["Iraq"]),
    ("The People's Republic of China protested, China said.", "China",
     ["China", "People's Republic of China"]),
])
def test_a_countrys_aliases_are_its_own_names(nlp, text, country, aliases):
    result = extract(nlp(text), Article(id="d", text=text))
    actor = next(a for a in resolve([result]) if a.label == country)
    assert actor.aliases == aliases
    assert not any(a.label == f"Premier of {country}" for a in resolve([result]))


def _written(mention, form):
    mention.written = form
    return mention


@pytest.mark.parametrize(("mentions", "expected"), [
    # the article names one country's military: the bare Army is it, and describes it (no
    # bare word is an alias of a military named with its country)
    ([M("Iraqi troops", "troops", "SecurityForce", country="Iraq"),
      D("Army", "army", "SecurityForce", country="Iraq")],
     [("Iraqi troops", "Iraq", ["Iraqi troops"], {"1": ["Army"]})]),
    # ... whatever country its sentence suggested
    ([M("U.S. military", "military", "SecurityForce", country="United States"),
      D("Army", "army", "SecurityForce", country="Canada")],
     [("U.S. military", "United States", ["U.S. military"], {"1": ["Army"]})]),
    # a description that names its country keeps it ("army" written "Ugandan army")
    ([M("Sudanese troops", "troops", "SecurityForce", country="Sudan"),
      _written(D("army", "army", "SecurityForce", country="Uganda"), "Ugandan army")],
     [("Sudanese troops", "Sudan", ["Sudanese troops"], {}), ("army", "Uganda", ["Ugandan army", "army"], {})]),
    # two countries' militaries named, or none: the bare Army is no country's
    ([M("US troops", "troops", "SecurityForce", country="United States"),
      M("Iraqi troops", "troops", "SecurityForce", country="Iraq"),
      D("Army", "army", "SecurityForce", country="Iraq")],
     [("Iraqi troops", "Iraq", ["Iraqi troops"], {}), ("US troops", "United States", ["US troops"], {}),
      ("army", None, ["Army", "army"], {})]),
    ([D("Military", "military", "SecurityForce", country="Iraq")],
     [("military", None, ["Military", "military"], {})]),
    # police serve at home: bare, they are the article's country's
    ([D("police", "police", "SecurityForce", country="Pakistan")],
     [("police", "Pakistan", ["police"], {})]),
])
def test_a_bare_army_is_a_countrys_only_where_its_article_says_which(mentions, expected):
    actors = resolve([_doc("1", *mentions)])
    assert sorted(((a.label, a.country, a.aliases, a.descriptions) for a in actors),
                  key=lambda x: x[0].lower()) == sorted(expected, key=lambda x: x[0].lower())


def test_a_bare_army_of_no_country_never_joins_across_articles():
    actors = resolve([_doc("1", D("Army", "army", "SecurityForce", country="Iraq")),
                      _doc("2", D("the Army", "army", "SecurityForce", country="Iraq")),
                      _doc("3", M("Iraqi army", "army", "SecurityForce", country="Iraq"))])
    assert sorted((a.label, a.country, a.sources) for a in actors) == [
        ("Iraqi army", "Iraq", 1), ("army", None, 1), ("army", None, 1)]


@pytest.mark.parametrize(("text", "label", "country"), [
    ("Allied troops and Iraqi troops fought the insurgents.", "Allied troops", None),
    ("Multinational forces and Iraqi troops fought the insurgents.", "Multinational forces", None),
    ("Iraqi troops and US troops fought the insurgents.", "Iraqi troops", "Iraq"),
])
def test_allied_troops_are_no_one_countrys(nlp, text, label, country):
    actors = resolve([extract(nlp(text), Article(id="d", text=text))])
    assert [(a.label, a.country) for a in actors if a.label == label] == [(label, country)]
    assert not any("Allied" in alias or "Multinational" in alias
                   for a in actors if a.country for alias in a.aliases)


def test_troops_a_pronoun_owns_are_not_the_articles_countrys(nlp):
    text = ("The Colombian army has increased pressure on the rebels. Moreno feared that her own "
            "troops may have decided to kill her.")
    relations = extract(nlp(text), Article(id="d", text=text)).relations
    kill = next(r for r in relations if r.relation == "kill")
    assert kill.subject.label == "troops" and kill.subject.country is None


@pytest.mark.parametrize(("form", "place", "names"), [
    ("Canadian government", "Canada", True), ("the Rudd government", "Australia", True),
    ("Ottawa", "Canada", True), ("the Labor government", "Australia", True),
    ("the federal government", "Canada", False), ("officials in Chad", "Chad", True),
    ("U.S. government", "United States", True), ("Ontario government", "Ontario", True),
    ("Better Government", "Canada", False), ("12 year long Government in Canada", "Canada", False),
    ("African government leaders", "United Kingdom", False), ("Fiji government", "Australia", False),
    ("South American government", "United States", False), ("Ontario government", "Canada", False),
    ("the Bush administration", "United States", True), ("the Bush administration", "Canada", False),
])
def test_a_form_that_only_holds_government_names_none(form, place, names):
    from graphkit.resolve._forms import names_government

    assert bool(names_government(form, place)) is names


@pytest.mark.parametrize(("form", "alias"), [
    ("Canadian government", True),
    ("Better Government", False),
    ("12 year long Government in Canada", False),
])
def test_a_governments_aliases_name_it(form, alias):
    actors = resolve([_doc("1", M("the Canadian government", "Government of Canada", "Government",
                                  country="Canada"),
                           M(form, "Government of Canada", "Government", country="Canada"))])
    (actor,) = actors
    assert (form in actor.aliases) is alias
    assert (form in actor.descriptions.get("1", [])) is not alias


@pytest.mark.parametrize(("text", "label", "country"), [
    # a party named with another country is that country's, not the namesake's ...
    ("Police arrested members of the Maldivian Democratic Party on Friday.",
     "Maldivian Democratic Party", "Maldives"),
    # ... while its own country's name, or none, leaves the party itself
    ("Police arrested members of the American Democratic Party on Friday.", "Democratic Party",
     "United States"),
    ("Police arrested members of the Democratic Party on Friday.", "Democratic Party", "United States"),
])
def test_a_party_named_with_another_country_is_that_countrys(nlp, text, label, country):
    actors = resolve([extract(nlp(text), Article(id="d", text=text))])
    parties = [(a.label, a.country) for a in actors if a.type == "PoliticalParty"]
    assert parties == [(label, country)]


@pytest.mark.parametrize(("form", "label", "type_", "alias"), [
    # pieces torn from a longer text: an unbalanced bracket, a word glued to a dash, a
    # trailing quote
    ("US] troops", "troops", "SecurityForce", False),
    ("GOP) leadership", "Republican Party", "PoliticalParty", False),
    ("United Nations -African Union leadership", "United Nations", "InternationalOrganization", False),
    ("United Nations '", "United Nations", "InternationalOrganization", False),
    # two organisations joined by a dash or a slash name neither
    ("United Nations-African Union mission", "United Nations", "InternationalOrganization", False),
    ("NATO/EU force", "NATO", "InternationalOrganization", False),
    # ... while brackets that close, and dashes inside one name, stay
    ("Australian Labor Party (ALP) members", "Australian Labor Party", "PoliticalParty", True),
    ("Al-Qaeda", "al-Qaeda", "ArmedGroup", True),
    ("Guinea-Bissau", "Guinea-Bissau", "Country", True),
    # a form that denies a group names no one
    ("no U.S. troops", "U.S. military", "SecurityForce", False),
    ("U.S. troops", "U.S. military", "SecurityForce", True),
    # a woman's title before a man's surname is not he
    ("Mrs. Bush", "George W. Bush", "Person", False),
    ("Mr. Bush", "George W. Bush", "Person", True),
    ("Mrs. Clinton", "Hillary Clinton", "Person", True),
])
def test_fragments_compounds_and_other_peoples_titles_are_no_aliases(form, label, type_, alias):
    actors = resolve([_doc("1", M(label, label, type_), M(form, label, type_))])
    assert [(a.label, form in a.aliases) for a in actors] == [(label, alias)]


@pytest.mark.parametrize(("form", "place", "names"), [
    # a person's or a party's officials are theirs, not the government's ...
    ("Sadr officials", "Iran", False), ("Labor officials", "Australia", False),
    ("Hamas officials", "Palestine", False),
    # ... while a leader's or party's government, and a country's officials, are it
    ("the Labor government", "Australia", True), ("the Howard government", "Australia", True),
    ("Iranian officials", "Iran", True),
])
def test_officials_of_a_person_or_party_name_no_government(form, place, names):
    from graphkit.resolve._forms import names_government

    assert names_government(form, place) is names


def test_a_bare_descriptions_written_form_describes_the_named_agent():
    some = _written(D("Some military officials", "military", "SecurityForce", country="Iran"), "Some military")
    actors = resolve([_doc("1", M("U.S. military", "military", "SecurityForce", country="United States"), some)])
    assert [(a.label, a.aliases, a.descriptions) for a in actors] == [
        ("U.S. military", ["U.S. military"], {"1": ["Some military officials"]})]


@pytest.mark.parametrize(("text", "date", "government"), [
    # a leader's name before "officials" makes them a government's only while the leader is
    # in office at the article's date
    ("Maliki asked to meet Sadr officials in Basra.", "2008-04-01", None),
    ("Bush officials met the delegation in Washington.", "2005-03-01", "Government of the United States"),
    # before a government noun, any leader the dictionaries know names the government
    ("The Clinton administration signed the treaty.", "2008-03-01", "Government of the United States"),
])
def test_a_leaders_officials_are_a_government_only_while_in_office(nlp, text, date, government):
    result = extract(nlp(text), Article(id="d", text=text, date=date))
    governments = [m.label for m in result.mentions if m.label.startswith("Government of")]
    assert governments == ([government] if government else [])


def _resolved(nlp, *texts):
    results = [extract(nlp(text), Article(id=f"d{n}", text=text, date="2007-12-09"))
               for n, text in enumerate(texts)]
    return resolve(results), results


def _members(results, actors):
    by_id = {a.id: a for a in actors}
    return sorted((rel.subject.label, by_id[rel.object.entity].label, by_id[rel.object.entity].country)
                  for result in results for rel in result.relations
                  if rel.cls == "MEMBER_OF" and rel.object is not None)


_US_FIRST = ("Thousands marched in Chicago and New York on Sunday. The United States government "
             "said the war goes on. ==Australia== In Sydney, 1,000 people marched. ")


@pytest.mark.parametrize(("texts", "member", "party", "country"), [
    # a party label under a section headed by another country is that country's party
    ((_US_FIRST + '"The war was wrong," Greens Leader Bob Brown said.',),
     "Bob Brown", "Australian Greens", "Australia"),
    ((_US_FIRST.replace("Australia==", "Germany==").replace("Sydney", "Berlin")
      + '"The war was wrong," Greens leader Claudia Roth said.',),
     "Claudia Roth", "Alliance 90/The Greens", "Germany"),
    # a state's opposition is not the nation's
    (("Queensland's opposition leader, Jeff Seeney, said the dam plan was too late.",
      "Australia's opposition leader Kim Beazley said the budget was unfair."),
     "Jeff Seeney", "Queensland opposition", "Australia"),
    (("Queensland's opposition leader, Jeff Seeney, said the dam plan was too late.",
      "Australia's opposition leader Kim Beazley said the budget was unfair."),
     "Kim Beazley", "Australia's opposition", "Australia"),
])
def test_a_party_or_opposition_is_one_of_its_own_country(nlp, texts, member, party, country):
    actors, results = _resolved(nlp, *texts)
    assert [(p, c) for s, p, c in _members(results, actors) if s == member] == [(party, country)]


@pytest.mark.parametrize(("text", "country"), [
    # an opposition coordinated with another country's party is of that country, whatever
    # country the article is mostly about
    ("German Chancellor Angela Merkel spoke in Berlin for Germany. Germany's government agreed. "
     "South Africa's Thabo Mbeki mediates talks between Zimbabwe's ruling party and the opposition.",
     "Zimbabwe"),
    ("German Chancellor Angela Merkel spoke in Berlin for Germany. Germany's government agreed. "
     "The opposition criticised her.", "Germany"),
])
def test_an_opposition_beside_another_countrys_party_is_that_countrys(nlp, text, country):
    actors, _ = _resolved(nlp, text)
    assert [a.country for a in actors if a.type == "Group" and "opposition" in a.label.lower()] == [country]


@pytest.mark.parametrize(("text", "speaker"), [
    # a woman's title before the surname of a man named in full is someone else
    ("President George W. Bush arrived in Jerusalem. Mrs. Bush said she expected protests.", "Bush"),
    ("President George W. Bush arrived in Jerusalem. Mr. Bush said he expected protests.", "George W. Bush"),
])
def test_a_womans_title_before_a_mans_surname_is_someone_else(nlp, text, speaker):
    actors, results = _resolved(nlp, text)
    by_id = {a.id: a for a in actors}
    assert [by_id[r.subject.entity].label for r in results[0].relations
            if r.cls == "STATEMENT"] == [speaker]


def test_a_capital_standing_for_its_country_is_no_name_of_it():
    actors = resolve([_doc("1", M("Iraq", "Iraq", "Country", "iraq", "Iraq"),
                           M("Baghdad", "Iraq", "Country", "iraq", "Iraq"))])
    assert [(a.label, a.aliases, a.descriptions, a.mentions) for a in actors] == [("Iraq", ["Iraq"], {}, 2)]
