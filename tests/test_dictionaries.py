"""The PETRARCH/Phoenix readers on excerpts of each format, quirks included, and the importer."""

from __future__ import annotations

import json
from datetime import date

import pytest

from graphkit.dictionaries.convert import actor_type, display_name, import_dictionaries
from graphkit.dictionaries.petrarch import (
    DatedCode,
    read_actors_text,
    read_agents_text,
    read_plover_text,
    read_verbs_text,
)

VERBS = """\
# a comment with + and { inside
####### SYNONYM SETS #######
&MILITARY
+TROOP
+ARMED_FORCES_
&FAST_
+QUICK
####### VERB PATTERNS #######
---  EXPEL   [---]  ---
EXPEL {EXPELS, EXPELLED EXPELLING } [174]
+KICK_OUT {+KICKS_OUT +KICKED_OUT +KICKING_OUT}
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED  WIRE_+TAPPING }
+ARREST_AND
- * &MILITARY (FROM +)                       [1661]   # EXPEL  troops
- * DIPLOMAT                                 [---]    # EXPEL
---  RECONVENE[---]  ---
RECONVENE  [040:040]
---  VISIT   [042:043]  ---
VISIT
TOUR [080!]
- * (FOR TALKS)                              [:043]
~ a (a b WILL_ATTACK) SAY = a b 138
---  LASH   [---]  ---
+LASH_OUT_AT {}
"""


def test_verbs_read_blocks_forms_codes_and_patterns() -> None:
    verbs, patterns, synsets = read_verbs_text(VERBS)
    got = {v.phrase: (v.head, v.forms, v.code, v.passive, v.block) for v in verbs}
    assert got["expel"] == ("expel", ("expel", "expels", "expelled", "expelling"), "174", None, "expel")
    assert got["kick out"] == ("kick", ("kick", "kicks", "kicked", "kicking"), "---", None, "expel")
    assert got["wire tap"][0] == "tap" and "tapped" in got["wire tap"][1]
    assert "arrest and" not in got  # junk multi-word entry
    assert got["reconvene"][2:4] == ("040", "040")  # header "RECONVENE[---]" without a space
    assert got["visit"][2:4] == ("042", None)  # the block's code
    assert got["tour"][2] == "080"  # typo "[080!]"
    assert got["lash out at"][:2] == ("lash", ("lash",))  # "{}": no other forms
    assert [(p.block, p.text, p.code, p.passive) for p in patterns] == [
        ("expel", "* &military (from +)", "1661", None),
        ("expel", "* diplomat", "---", None),
        ("visit", "* (for talks)", None, "043"),
    ]
    assert synsets["&military"] == ("troop", "troops", "armed forces")
    assert synsets["&fast"] == ("quick",)  # a set named with "_" makes no plurals


ACTORS = """\
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_ # the capital
# National Institutions
AFGHAN_NATIONAL_ARMY
+ANA
\t[AFGMIL]
NAWAZ_SHARIF  # CountryInfo.txt
+PRIME_MINISTER_SHARIF
\t[PAKGOV 901106-930418]
\t[PAKGOV >20130605]
\t[PAKELI]
U.N._
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# two codes on a line
KOREAN_MINISTER
\t[KORGOVBUS 2004017-20061201]
"""


def test_actor_records_codes_and_dates() -> None:
    records = list(read_actors_text(ACTORS))
    names = [r.names for r in records]
    assert names == [["afghanistan", "afghan", "kabul"], ["afghan national army", "ana"],
                     ["nawaz sharif", "prime minister sharif"], ["ann veneman"], ["korean minister"]]
    sharif = records[2].codes
    assert sharif == [DatedCode("PAKGOV", date(1990, 11, 6), date(1993, 4, 18)),
                      DatedCode("PAKGOV", date(2013, 6, 5), None), DatedCode("PAKELI")]
    assert [c.code for c in records[3].codes] == ["USAGOV", "IGOUNOKID"]
    assert records[3].codes[1].start == date(2005, 5, 1)
    assert records[4].codes == [DatedCode("KORGOVBUS", None, date(2006, 12, 1))]  # malformed start


def test_agents_macros_plurals_and_prefix_codes() -> None:
    text = ("!PERSON! = MAN, MEN\n!MINIST! = MINISTER, MINISTRY\nPOLICE {} [~COP] # no plural\n"
            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\nHUSBAND!PERSON![~AGR]\n"
            "HUMAN_RIGHTS_BODY  [NGO~]\nPARTY [~PTY]\n")
    got = [(a.phrase, a.forms, a.code) for a in read_agents_text(text)]
    assert got == [("police", ("police",), "~COP"),
                   ("attorney general", ("attorney general", "attorneys general"), "~GOVATG"),
                   ("husbandman", ("husbandman",), "~AGR"), ("husbandmen", ("husbandmen",), "~AGR"),
                   ("human rights body", ("human rights body", "human rights bodies"), "NGO~"),
                   ("party", ("party", "parties"), "~PTY")]


def test_plover_table_rows_and_end() -> None:
    rows = read_plover_text("# head\n08: CONCEDE\n084: RETREAT,   ,  # Return, release\n"
                            "163: COERCE, restrict,   diplomatic # Impose embargo\n~~~~~\n999: X\n")
    assert [(r.cameo, r.plover, r.mode, r.context) for r in rows] == [
        ("08", "CONCEDE", "", ""), ("084", "RETREAT", "", ""), ("163", "COERCE", "restrict", "diplomatic")]


@pytest.mark.parametrize("code, expected", [
    ("AFGCOP", "SecurityForce"), ("~REB", "ArmedGroup"), ("IGOUNO", "InternationalOrganization"),
    ("PAK", "Country"), ("USAGOV", "Government"), ("NGO~", "Organization"), ("~LEG", "GovernmentBody"),
])
def test_actor_types_from_codes(code: str, expected: str) -> None:
    assert actor_type(code) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("nawaz sharif", "Nawaz Sharif"), ("u.s.", "U.S."), ("st. kitts", "St. Kitts"),
    ("party of the democratic revolution", "Party of the Democratic Revolution"),
])
def test_display_names(phrase: str, expected: str) -> None:
    assert display_name(phrase) == expected


def test_import_writes_every_file(tmp_path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "CAMEO.2.0.txt").write_text(VERBS)
    (src / "CAMEO2PLOVER-2021.txt").write_text("17: COERCE\n174: COERCE, deport, legal\n"
                                               "16: SANCTION\n166: SANCTION, expel,\n~~~~~\n")
    (src / "Phoenix.Countries.actors.txt").write_text(ACTORS)
    (src / "Phoenix.International.actors.txt").write_text("UNITED_NATIONS [IGOUNO]\n+UN_\n")
    (src / "Phoenix.MilNonState.actors.txt").write_text("TALIBAN [AFGREB]\n+TALEBAN\n")
    (src / "Phoenix.agents.txt").write_text("POLICE {} [~COP]\nPOLICE {} [~COP]\n")
    report = import_dictionaries(src, tmp_path / "out", countryinfo=False)
    assert report.written["agents.tsv"] == 1  # a phrase listed twice is written once
    verbs = (tmp_path / "out" / "verbs.tsv").read_text().splitlines()
    assert "expel\texpel\texpel, expels, expelled, expelling\t174\t\tCOERCE\texpel" in verbs
    patterns = (tmp_path / "out" / "verb_patterns.tsv").read_text().splitlines()
    assert "expel\t* &military (from +)\t1661\t\tSANCTION\t" in patterns
    country = json.loads((tmp_path / "out" / "countries.jsonl").read_text().splitlines()[0])
    assert country["code"] == "AFG" and "Afghan" in country["demonyms"] and "Afghans" in country["demonyms"]
    people = [json.loads(line) for line in (tmp_path / "out" / "people.jsonl").read_text().splitlines()]
    assert people[0]["label"] == "Nawaz Sharif" and people[0]["country"] == "PAK"
    assert people[0]["roles"][0] == {"code": "PAKGOV", "from": "1990-11-06", "to": "1993-04-18"}
    orgs = {json.loads(line)["label"]: json.loads(line) for line in
            (tmp_path / "out" / "organisations.jsonl").read_text().splitlines()}
    assert orgs["Taliban"]["type"] == "ArmedGroup" and orgs["Taliban"]["country"] == "AFG"
    assert orgs["Afghan National Army"]["code"] == "AFGMIL"


def test_import_names_a_missing_file(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="CAMEO.2.0.txt: dictionary file not found"):
        import_dictionaries(tmp_path, tmp_path / "out")


def test_the_import_command_names_a_missing_folder_in_one_line(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "graphkit", "dictionaries", "import", str(tmp_path),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"error: {tmp_path}/CAMEO.2.0.txt: dictionary file not found"]


@pytest.mark.parametrize(("name", "kept"), [
    ("party of god", True), ("islamic jihad", True), ("hizbullah", True), ("pij", True),
    ("sayyed hassan nasrallah", False), ("imad mughniyeh", False), ("nasrallah", False),
])
def test_a_groups_leaders_are_not_its_names(name, kept):
    from graphkit.dictionaries.convert import _names_group

    assert _names_group(name, "hezbollah", frozenset({"hassan", "imad"})) is kept


def test_a_country_whose_code_changed_over_time_is_a_country() -> None:
    from graphkit.dictionaries.convert import _country_code, _kind

    text = ("IRAQ_\n+IRAQI_\n+IRAK_\n+BAGHDAD_\n\t[IRQ <20030320]\n\t[IRQOCC 1920030320-20060520]\n"
            "\t[IRQ >20060520]\nUKRAINE_\n+UKRAINIAN_\n+UKRAYINA_\n+KIEV_\n\t[USRUKR <910824]\n"
            "\t[UKRUNR 910824-911221]\n\t[UKR >911221]\nNAWAZ_SHARIF_\n+PRIME_MINISTER_SHARIF_\n"
            "+SHARIF_\n+MIAN_NAWAZ_SHARIF_\n\t[PAKGOV 901106-930418]\n\t[PAKELI >930418]\n")
    records = list(read_actors_text(text))
    assert [(_kind(r), _country_code(r)) for r in records] == [
        ("country", "IRQ"), ("country", "UKR"), ("person", None)]


@pytest.mark.parametrize(("form", "regions"), [
    ("NSW", [("New South Wales", "Australia")]),
    ("South Australian", [("South Australia", "Australia")]),
    ("Punjab", [("Punjab", "Pakistan"), ("Punjab", "India")]),
    ("ACT", [("Australian Capital Territory", "Australia")]),
    ("act", []),  # an abbreviation is matched as written
    ("Australian", []),
])
def test_regions_by_name_abbreviation_and_demonym(form, regions) -> None:
    from graphkit.knowledge import actor_knowledge

    assert [(name, c.label) for name, c in actor_knowledge().regions(form)] == regions


def test_a_region_the_dictionaries_file_as_a_country_name_is_a_place_of_it() -> None:
    from graphkit.knowledge import actor_knowledge

    kb = actor_knowledge()
    assert kb.country_of_name("South Australia") is None
    assert kb.place("South Australia").label == "Australia"
    assert kb.place("NSW").label == "Australia"


def test_a_regions_line_without_its_country_names_the_file_and_the_line(tmp_path) -> None:
    from graphkit.knowledge.actors import _regions, actor_knowledge

    bad = tmp_path / "regions.tsv"
    bad.write_text("# a comment\nregion\tcountry\tnames\tdemonyms\nNew South Wales\tAustralia\tNSW\t\n"
                   "Tasmania\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"regions\.tsv:4: expected region"):
        _regions(actor_knowledge()._by_name, bad)
