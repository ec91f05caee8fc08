"""Turning the event coders' dictionaries into graphkit's own vocabulary files.

``graphkit dictionaries import SOURCE_DIR`` reads the PETRARCH/Phoenix files in ``SOURCE_DIR`` and
writes, under ``ontologies/dictionaries/``, files an analyst can read, diff and extend:

- ``cameo_plover.tsv``: CAMEO code -> PLOVER type, mode, context (the CAMEO-to-PLOVER table, with
  graphkit's decisions for the rows it lacks or where graphkit reads a code otherwise);
- ``verbs.tsv``: every verb form of the CAMEO verb dictionary (with particles and phrasal forms)
  with its CAMEO code and PLOVER type;
- ``verb_patterns.tsv`` and ``synsets.tsv``: the phrase patterns that refine a verb's code by its
  object or preposition, in the dictionary's own pattern syntax, and the word sets they use;
- ``countries.jsonl``: each country's code, names and spellings, capital, demonyms, other places;
- ``agents.tsv``: generic agent nouns with their CAMEO agent code and graphkit actor type;
- ``organisations.jsonl``: international organisations, non-state armed groups and national
  institutions with their CAMEO codes;
- ``people.jsonl``: people with their name variants and dated roles.

The source files are reference material; the output is committed, so users need no download.
Running the command again after the dictionaries change rewrites the files deterministically.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.dictionaries.petrarch import (
    ActorRecord,
    DatedCode,
    plural,
    read_actors,
    read_agents,
    read_plover,
    read_verbs,
)

__all__ = ["SOURCES", "ImportReport", "import_dictionaries", "actor_type", "display_name"]

#: The source files, by role.
SOURCES = {
    "verbs": "CAMEO.2.0.txt",
    "plover": "CAMEO2PLOVER-2021.txt",
    "countries": "Phoenix.Countries.actors.txt",
    "international": "Phoenix.International.actors.txt",
    "nonstate": "Phoenix.MilNonState.actors.txt",
    "agents": "Phoenix.agents.txt",
}
#: graphkit's reading where the CAMEO-to-PLOVER table has no row or reads a code otherwise.
_PLOVER_DECISIONS = [
    ("01", "STATEMENT", "statements are graphkit's STATEMENT class (PLOVER has no row for root 01)"),
    ("02", "REQUEST", "appeals are requests (PLOVER has no row for root 02)"),
    ("057", "AGREE", "signing a formal agreement is an agreement between the signatories"),
    ("163", "SANCTION", "sanctions, embargoes and boycotts are sanctions"),
    ("176", "COERCE", "missing from the table: attack cybernetically (coercion)"),
    ("1952", "ASSAULT", "missing from the table: aerial weapons (assault)"),
]
#: CAMEO sector codes -> graphkit actor types (first three letters after the country).
_SECTOR_TYPES = {
    "GOV": "Government", "MIL": "SecurityForce", "COP": "SecurityForce", "SPY": "SecurityForce",
    "REB": "ArmedGroup", "INS": "ArmedGroup", "SEP": "ArmedGroup", "UAF": "ArmedGroup",
    "IMG": "ArmedGroup", "JUD": "Judiciary", "LEG": "GovernmentBody", "OPP": "Group",
    "PTY": "PoliticalParty", "MED": "MediaOutlet", "IGO": "InternationalOrganization",
    "NGO": "Organization", "NGM": "Group", "BUS": "Organization", "MNC": "Organization",
    "EDU": "Group", "CVL": "Group", "LAB": "Group", "AGR": "Group", "REF": "Group",
    "HRI": "Organization", "HLH": "Group", "CRM": "Group", "ELI": "Group", "REL": "Group",
    "ENV": "Group", "DEV": "Organization", "RAD": "Group", "MOD": "Group", "PPL": "Group",
    "MUS": "Group", "CHR": "Group", "JEW": "Group", "HIN": "Group", "BUD": "Group",
}
#: Words that make a country-file entry an institution rather than a person.
_ORG_WORDS = frozenset({
    "army", "forces", "force", "ministry", "party", "council", "congress", "assembly", "court",
    "police", "guard", "parliament", "senate", "committee", "commission", "front", "movement",
    "league", "union", "bank", "agency", "department", "office", "service", "services", "corps",
    "navy", "government", "administration", "cabinet", "republic", "state", "national", "people's",
    "peoples", "federation", "alliance", "organization", "organisation", "association", "brigade",
    "brigades", "militia", "group", "authority", "directorate", "bureau", "institute", "coalition",
    "legislature", "duma", "knesset", "majlis", "junta", "military", "security", "intelligence",
    "network", "cells", "fighters",
})
#: Further words that make a group's synonym a name of the group ("Islamic Jihad") rather than
#: of one of its people (a person may be called Jihad, so they do not make an entry a group).
_GROUP_WORDS = _ORG_WORDS | {"jihad", "resistance", "mujahideen", "mujahedin", "battalion",
                             "battalions", "commandos", "guerrillas", "tigers", "unit", "units",
                             "liberation"}
_DEMONYM_ENDINGS = ("an", "ian", "ean", "ese", "i", "ish", "ic", "ch", "ss", "ot", "ene", "er")
_ACRONYM_MAX = 4


@dataclass
class ImportReport:
    """What an import read and wrote."""

    written: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"  {name}: {count}" for name, count in self.written.items()]
        return "\n".join(["graphkit dictionaries import:", *lines, *(f"  note: {n}" for n in self.notes)])


def fold(text: str) -> str:
    """Lower-case ASCII for comparing names ("Côte d'Ivoire" -> "cote d'ivoire")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("_", " ").split())


def display_name(text: str) -> str:
    """A readable label for a dictionary phrase: acronyms upper-case, names title-cased.

    >>> display_name("nawaz sharif"), display_name("u.s."), display_name("people's liberation army")
    ('Nawaz Sharif', 'U.S.', "People's Liberation Army")
    >>> display_name("party of the democratic revolution")
    'Party of the Democratic Revolution'
    """
    words = []
    for i, word in enumerate(text.split()):
        if "." in word.rstrip(".") or (len(word) <= _ACRONYM_MAX and not any(c in "aeiouy" for c in word)
                                       and not word.endswith(".")):
            words.append(word.upper())
        elif i and word in {"of", "the", "and", "for", "de", "la", "al", "el", "in", "on"}:
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(words)


def actor_type(code: str) -> str | None:
    """The graphkit actor type of a CAMEO actor or agent code (``AFGCOP``, ``~REB``, ``IGOUNO``).

    >>> actor_type("AFGCOP"), actor_type("~REB"), actor_type("IGOUNO"), actor_type("PAK")
    ('SecurityForce', 'ArmedGroup', 'InternationalOrganization', 'Country')
    """
    code = code.strip("~")
    if len(code) == 3 and code not in _SECTOR_TYPES:
        return "Country"
    for at in (0, 3):
        sector = code[at:at + 3]
        if sector in _SECTOR_TYPES:
            return _SECTOR_TYPES[sector]
    return None


def import_dictionaries(source: str | Path, out: str | Path, *,
                        countryinfo: bool = True) -> ImportReport:
    """Read the dictionaries in ``source`` and write graphkit's vocabulary files into ``out``.

    Args:
        source: the folder holding the files named in :data:`SOURCES`.
        out: the folder to write (``ontologies/dictionaries`` in a checkout).
        countryinfo: use the ``countryinfo`` package (``pip install graphkit[dictionaries]``) to
            tell capitals and demonyms among a country's names.

    Returns:
        An :class:`ImportReport` with the number of records of each file written.

    Raises:
        FileNotFoundError: a source file is missing (the message names it).
    """
    from graphkit.dictionaries import _write

    source, out = Path(source), Path(out)
    for name in SOURCES.values():
        if not (source / name).is_file():
            raise FileNotFoundError(f"{source / name}: dictionary file not found")
    out.mkdir(parents=True, exist_ok=True)
    report = ImportReport()
    plover = _write.plover_table(read_plover(source / SOURCES["plover"]), _PLOVER_DECISIONS)
    report.written["cameo_plover.tsv"] = _write.tsv(out / "cameo_plover.tsv", plover)
    verbs, patterns, synsets = read_verbs(source / SOURCES["verbs"])
    report.written.update(_write.verb_files(out, verbs, patterns, synsets, plover))
    agents = list({a.phrase: (a.phrase, ", ".join(a.forms), a.code, actor_type(a.code) or "")
                   for a in reversed(list(read_agents(source / SOURCES["agents"])))}.values())[::-1]
    report.written["agents.tsv"] = _write.tsv(out / "agents.tsv", [("phrase", "forms", "code", "type"), *agents])
    info = _countryinfo() if countryinfo else {}
    given = _given_names()
    countries, people, orgs = [], [], []
    for record in read_actors(source / SOURCES["countries"]):
        kind = _kind(record)
        if kind == "country":
            code = _country_code(record) or record.codes[0].code
            countries.append(country_entry(record, info.get(code, {}), code=code))
        elif kind == "person":
            people.append(person_entry(record))
        else:
            orgs.append(org_entry(record, given))
    for key in ("international", "nonstate"):
        for record in read_actors(source / SOURCES[key]):
            if _kind(record) == "person":
                people.append(person_entry(record))
            else:
                orgs.append(org_entry(record, given))
    report.written["countries.jsonl"] = _write.jsonl(out / "countries.jsonl", _merge_countries(countries))
    report.written["people.jsonl"] = _write.jsonl(out / "people.jsonl", people)
    report.written["organisations.jsonl"] = _write.jsonl(out / "organisations.jsonl", orgs)
    if not info:
        report.notes.append("countryinfo not installed: capitals and demonyms by spelling only")
    return report


def _kind(record: ActorRecord) -> str:
    """"country", "person" or "organisation" for an actor record."""
    codes = {c.code for c in record.codes}
    if _country_code(record) and len(codes) > 1:
        return "country"
    if len(codes) == 1 and len(next(iter(codes))) == 3 and len(record.names) > 3 \
            and actor_type(next(iter(codes))) == "Country" and not any(c.start or c.end for c in record.codes):
        return "country"
    if len(codes) == 1 and len(next(iter(codes))) == 3 and actor_type(next(iter(codes))) == "Country" \
            and not any(c.start or c.end for c in record.codes) and not _org_words(record.names[0]):
        return "country" if len(record.names) > 1 or not record.comment else "person"
    if any(_org_words(n) for n in record.names[:1]) or "(" in record.names[0]:
        return "organisation"
    if any(c.start or c.end for c in record.codes) or "countryinfo" in record.comment.lower():
        return "person"
    words = record.names[0].split()
    return "person" if 2 <= len(words) <= 4 and not any(c.code.startswith(("IGO", "NGO", "IMG"))
                                                        and c.code.endswith("REB") for c in record.codes) \
        and _person_code(record.codes) else "organisation"


def _country_code(record: ActorRecord) -> str | None:
    """The code of a country whose codes changed over time ("[IRQ <20030320]", "[IRQOCC
    20030320-20060520]", "[IRQ >20060520]"; "[USRUKR <910824]", "[UKR >911221]"): the
    country's own code stands alone at least once, every other code holds it (a status
    before independence, an occupation), and the record lists the country's names."""
    codes = {c.code for c in record.codes}
    own = [c for c in codes if len(c) == 3 and actor_type(c) == "Country"]
    if len(own) != 1 or len(record.names) <= 3 or _org_words(record.names[0]) \
            or not all(own[0] in (c[:3], c[3:6]) for c in codes):
        return None
    return own[0]


def _person_code(codes: list[DatedCode]) -> bool:
    return any(c.code.endswith(("GOV", "ELI", "MIL", "OPP", "LEG", "JUD", "REB", "BUS", "MED"))
               or c.code in ("ELI",) for c in codes) or not codes


def _org_words(name: str) -> bool:
    return any(w in _ORG_WORDS for w in name.split())


def _given_names() -> frozenset[str]:
    """The given names graphkit knows (``ontologies/given_names.tsv``), lower-cased."""
    from graphkit.vocab import ontology_dir

    path = ontology_dir() / "given_names.tsv"
    return frozenset(line.split("\t")[0].lower() for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def _countryinfo() -> dict[str, dict]:
    """ISO alpha-3 -> {"name", "capital", "demonym", "alt"} from the countryinfo package."""
    try:
        import countryinfo
    except ImportError:
        return {}
    found: dict[str, dict] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha3")
        if code and code not in found:
            found[code] = {"name": data.get("name") or "", "capital": data.get("capital") or "",
                           "demonym": data.get("demonym") or "",
                           "alt": [a for a in data.get("altSpellings") or [] if len(a) > 1]}
    return found


#: Words that make a country's name the name of one of its parts ("Western Australia").
#: ("South Australia" stays: "West Germany", "South Korea" name states.)
_COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "upper", "lower"})


def _region(name: str, label: str) -> bool:
    """``name`` is a compass word before the country's own name: a region of it.

    >>> _region("western australia", "australia"), _region("west germany", "germany")
    (True, False)
    >>> _region("australia", "australia")
    False
    """
    first, _, rest = name.partition(" ")
    return first in _COMPASS and rest == label


def country_entry(record: ActorRecord, info: dict, *, code: str | None = None) -> dict:
    """A country: code, label, names and spellings, capital, demonyms and other places
    (``code`` None: the record's first code)."""
    primary = record.names[0]
    label = info.get("name") or display_name(primary)
    capital = fold(info.get("capital", ""))
    demonym = fold(info.get("demonym", ""))
    alt = {fold(a).replace(".", "").replace(" ", "") for a in info.get("alt", [])}
    names, demonyms, places, capitals = [fold(label), primary], [], [], []
    for raw in record.names[1:]:
        name = raw.removeprefix("the ")
        if "(" in name or "," in name or name in names:
            continue
        if capital and (name == capital or capital.startswith(name + " ")):
            capitals.append(name)
        elif name == demonym or _demonym(name, primary):
            demonyms.append(name)
        elif _region(name, fold(label)):
            places.append(name)  # "western australia", "south sudan": a part, not the country
        elif name.replace(".", "").replace(" ", "") in alt or _spelling(name, primary, fold(label)):
            names.append(name)
        else:
            places.append(name)
    words = {w for n in names for w in n.split() if len(w) > 4}
    names += [p for p in places if p in words]  # "britain" of "great britain"
    places = [p for p in places if p not in words]
    if demonym and demonym not in demonyms:
        demonyms.insert(0, demonym)
    plurals = [plural(d) for d in demonyms if not d.endswith(_NO_PLURAL) and " " not in d]
    return {"code": code or record.codes[0].code, "label": label,
            "names": _unique(_country_form(n) for n in names),
            "capital": display_name(capitals[0]) if capitals else (display_name(capital) or None),
            "capital_names": _unique(display_name(c) for c in capitals),
            "demonyms": _unique(display_name(d) for d in demonyms + plurals),
            "places": _unique(display_name(p) for p in places)}


def _merge_countries(entries: list[dict]) -> list[dict]:
    """One entry per country code: a code listed twice keeps the first entry's label and
    capital and gains the other's names, demonyms and places."""
    merged: dict[str, dict] = {}
    for entry in entries:
        kept = merged.setdefault(entry["code"], entry)
        if kept is not entry:
            for key in ("names", "capital_names", "demonyms", "places"):
                kept[key] = _unique([*kept[key], *entry[key]])
            kept["capital"] = kept["capital"] or entry["capital"]
    return list(merged.values())


def _country_form(name: str) -> str:
    """Short country names are acronyms ("US", "U.K."), the rest are names."""
    return name.upper() if len(name.replace(".", "").replace(" ", "")) <= 3 else display_name(name)


_NO_PLURAL = ("ese", "ish", "ch", "ss", "s", "i")


def _demonym(name: str, country: str) -> bool:
    """True for a nationality adjective of ``country`` ("afghan", "pakistani", "chinese")."""
    if " " in name or not name.endswith(_DEMONYM_ENDINGS) or name[:4] != country[:4]:
        return False
    ratio = difflib.SequenceMatcher(None, name, country).ratio()
    return ratio < 0.8 or name in {country + "i", country + "n", country + "ese"}


def _spelling(name: str, primary: str, label: str) -> bool:
    """True for another name or spelling of the country itself (not a city in it)."""
    words = set(primary.split()) | set(label.split())
    if any(len(w) > 3 and w in name.split() for w in words):
        return True
    ratio = max(difflib.SequenceMatcher(None, name, primary).ratio(),
                difflib.SequenceMatcher(None, name, label).ratio())
    same_start = name[:2] in (primary[:2], label[:2])
    return (ratio >= 0.8 and same_start) or (name.replace(".", "").replace(" ", "") in
                                             {"".join(w[0] for w in label.split()), label[:3]})


def person_entry(record: ActorRecord) -> dict:
    """A person with name variants and dated roles (CAMEO code, from, to)."""
    roles = [{"code": c.code, "from": c.start.isoformat() if c.start else None,
              "to": c.end.isoformat() if c.end else None} for c in record.codes]
    country = next((c.code[:3] for c in record.codes
                    if len(c.code) >= 3 and actor_type(c.code[:3]) == "Country"), None)
    return {"label": display_name(record.names[0]),
            "aliases": _unique(display_name(n) for n in record.names), "country": country, "roles": roles}


def org_entry(record: ActorRecord, given: frozenset[str] = frozenset()) -> dict:
    """An organisation, armed group or institution with its CAMEO code and actor type; the
    dictionaries list some leaders among a group's names ("Khaled Meshaal" under Hamas): a
    name that starts with a known given name is a person, not an alias."""
    code = record.codes[0].code
    country = code[:3] if actor_type(code[:3]) == "Country" and len(code) > 3 else None
    primary = record.names[0]
    aliases = _unique(_org_form(n) for n in [primary] + [n for n in record.names[1:]
                                                         if _names_group(n, primary, given)])
    return {"label": aliases[0], "aliases": aliases,
            "code": code, "type": actor_type(code) or "Organization", "country": country}


def _names_group(name: str, primary: str, given: frozenset[str]) -> bool:
    """Whether a synonym of a group names the group itself: a spelling of its name, a name
    with an organisation word ("Party of God", "Islamic Jihad"), an acronym; the dictionaries
    also list a group's leaders under its code ("Nasrallah", "Imad Mughniyeh"), which are not."""
    if _personal(name, given):
        return False
    if any(w in _GROUP_WORDS for w in name.split()) or (" " not in name and len(name) <= 6):
        return True
    return difflib.SequenceMatcher(None, name, primary).ratio() >= 0.6 or bool(
        set(name.split()) & set(primary.split()) - {"al", "the", "of", "and"})


def _personal(name: str, given: frozenset[str]) -> bool:
    """A person's name among a group's names: two to four words, one a known given name
    ("Sayyed Hassan Nasrallah"), none an organisation word."""
    words = name.split()
    return 2 <= len(words) <= 4 and any(w in given for w in words[:-1]) and not _org_words(name)


def _org_form(name: str) -> str:
    """An organisation's name for display; a single short word with no vowel pattern of a
    word ("iaea", "nato", "unicef") is an acronym."""
    if " " not in name and len(name) <= 6 and not name.endswith(("ah", "as", "a", "e")) \
            and sum(c in "aeiou" for c in name) <= len(name) // 2:
        return name.upper()
    return display_name(name)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
