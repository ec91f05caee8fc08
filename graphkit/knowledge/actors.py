"""What the dictionaries know about actors: countries, generic agents, organisations, people.

Read once from ``ontologies/dictionaries/`` (written by ``graphkit dictionaries import``) and
cached; nothing here touches spaCy. Names are looked up folded (lower case, straight quotes,
single spaces, no leading "the").

Example:
    >>> kb = actor_knowledge()
    >>> kb.country_of_name("Kabul").label, kb.capital_of("Kabul").code
    ('Afghanistan', 'AFG')
    >>> kb.country_of_name("Afghan").label
    'Afghanistan'
    >>> kb.agent("police").code, kb.agent("policemen").type
    ('~COP', 'SecurityForce')
    >>> sharif = kb.people("Nawaz Sharif")[0]
    >>> sharif.role_at("1998-05-01").code, sharif.role_at("2005-05-01").code
    ('PAKGOV', 'PAKELI')
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

__all__ = ["Country", "Agent", "Organisation", "Role", "Person", "ActorKnowledge", "actor_knowledge",
           "fold", "dictionary_dir"]


def fold(text: str) -> str:
    """A name as it is looked up: lower case, straight quotes, single spaces, no "the ".

    >>> fold("The  Kremlin’s")
    "kremlin's"
    """
    text = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())
    return text[4:] if text.startswith("the ") else text


def dictionary_dir() -> Path:
    """The folder of the imported dictionaries (``ontologies/dictionaries``)."""
    from graphkit.vocab import ontology_dir

    return ontology_dir() / "dictionaries"


@dataclass(frozen=True, slots=True)
class Country:
    """A country: CAMEO/ISO code, label, names, capital, demonyms and other places."""

    code: str
    label: str
    names: tuple[str, ...]
    capital: str | None
    capital_names: tuple[str, ...]
    demonyms: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic agent noun with its CAMEO agent code (``~COP``) and graphkit actor type."""

    phrase: str
    code: str
    type: str

    @property
    def sector(self) -> str:
        """The code without its ``~`` ("COP")."""
        return self.code.strip("~")


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation, armed group or institution."""

    label: str
    aliases: tuple[str, ...]
    code: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Role:
    """A dated CAMEO role code; ``start``/``end`` are ISO dates or None (open)."""

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def to_the_day(self) -> bool:
        """The role starts on a given day, as the dictionaries date the terms of heads of
        state and government; ministers' terms are dated to the month (from the 1st)."""
        return bool(self.start) and not self.start.endswith("-01")  # type: ignore[union-attr]

    def holds_at(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A person with name variants, a country code and dated roles."""

    label: str
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[Role, ...]

    def role_at(self, date: str | None) -> Role | None:
        """The role held at ``date`` (ISO); a dated role wins over an undated one; with no
        date, the undated (default) role."""
        if date:
            dated = [r for r in self.roles if (r.start or r.end) and r.holds_at(date[:10])]
            if dated:
                return dated[-1]
        return next((r for r in self.roles if not r.start and not r.end), None)


class ActorKnowledge:
    """Lookups over the imported actor dictionaries (build with :func:`actor_knowledge`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.countries: dict[str, Country] = {}
        self._by_name: dict[str, Country] = {}
        self._capitals: dict[str, Country] = {}
        self._places: dict[str, Country] = {}
        for rec in _jsonl(folder / "countries.jsonl"):
            country = Country(rec["code"], rec["label"], tuple(rec["names"]), rec.get("capital"),
                              tuple(rec.get("capital_names") or ()), tuple(rec["demonyms"]),
                              tuple(rec.get("places") or ()))
            self.countries.setdefault(country.code, country)
            for name in (country.label, *country.names, *country.demonyms):
                self._by_name.setdefault(fold(name), country)
            for name in country.capital_names or ((country.capital,) if country.capital else ()):
                self._capitals.setdefault(fold(name), country)
            for name in country.places:
                self._places.setdefault(fold(name), country)
        self._regions: dict[str, list[tuple[str, Country]]] = {}
        for region, country, names, demonyms in _regions(self._by_name):
            if self._by_name.get(fold(region)) is country:
                del self._by_name[fold(region)]  # a state the dictionaries list as its country
            for form in (region, *names, *demonyms):
                self._regions.setdefault(_region_key(form), []).append((region, country))
            for name in (region, *names):
                self._places.setdefault(_region_key(name), country)
        self._agents: dict[str, Agent] = {}
        for line in (folder / "agents.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            phrase, forms, code, type_ = (line.split("\t") + ["", "", "", ""])[:4]
            agent = Agent(phrase, code, type_ or "Group")
            for form in forms.split(", "):
                self._agents.setdefault(form, agent)

    # -- countries -----------------------------------------------------------------------
    def country(self, code: str | None) -> Country | None:
        """The country with this code (``AFG``), or the one a longer code starts with."""
        if not code:
            return None
        return self.countries.get(code) or self.countries.get(code[:3])

    def country_of_name(self, text: str) -> Country | None:
        """The country a name, spelling or demonym stands for ("Kabul" too: see capital_of)."""
        key = fold(text)
        return self._by_name.get(key) or self._capitals.get(key)

    def capital_of(self, text: str) -> Country | None:
        """The country whose capital ``text`` names ("Moscow" -> Russia)."""
        return self._capitals.get(fold(text))

    def place(self, text: str) -> Country | None:
        """The country a city or province lies in ("Kandahar" -> Afghanistan)."""
        key = fold(text)
        return self._places.get(key) or self._capitals.get(key) or self._places.get(text)

    def regions(self, text: str) -> list[tuple[str, Country]]:
        """The sub-national regions a name, abbreviation or demonym stands for, each with its
        country ("NSW" -> New South Wales, Australia; "Punjab" -> in Pakistan and in India):
        ``ontologies/regions.tsv``."""
        return self._regions.get(_region_key(text), [])

    def country_by_label(self, label: str) -> Country | None:
        """The country whose label (or another name) is ``label``."""
        return self._by_name.get(fold(label))

    # -- agents, organisations, people ---------------------------------------------------
    def agent(self, phrase: str) -> Agent | None:
        """The generic agent a noun phrase names ("riot police", "farmers")."""
        return self._agents.get(fold(phrase))

    @cached_property
    def agent_words(self) -> frozenset[str]:
        """The last word of every agent form ("farmers" of "dairy farmers"): the nouns worth
        a look in a text."""
        return frozenset(form.split()[-1] for form in self._agents if form)

    @cached_property
    def _organisations(self) -> dict[str, list[Organisation]]:
        table: dict[str, list[Organisation]] = {}
        for rec in _jsonl(self.folder / "organisations.jsonl"):
            org = Organisation(rec["label"], tuple(rec["aliases"]), rec["code"], rec["type"],
                               rec.get("country"))
            for alias in org.aliases:
                table.setdefault(fold(alias), []).append(org)
        return table

    def organisations(self, name: str) -> list[Organisation]:
        """The organisations ``name`` names (an alias, any case)."""
        return self._organisations.get(fold(name), [])

    def all_organisations(self) -> list[Organisation]:
        """Every organisation once, in file order."""
        seen: dict[int, Organisation] = {}
        for orgs in self._organisations.values():
            for org in orgs:
                seen.setdefault(id(org), org)
        return list(seen.values())

    @cached_property
    def _people(self) -> tuple[list[dict], dict[str, list[int]]]:
        """The people's records and, by folded alias, their positions: records become
        :class:`Person` only when looked up (19,000 of them would slow every start)."""
        records = _jsonl(self.folder / "people.jsonl")
        table: dict[str, list[int]] = {}
        for at, rec in enumerate(records):
            for alias in rec["aliases"]:
                table.setdefault(" ".join(alias.lower().split()), []).append(at)
        return records, table

    def people(self, name: str) -> list[Person]:
        """The people ``name`` names in full ("Nawaz Sharif")."""
        records, table = self._people
        return [_person(records[at]) for at in table.get(fold(name), ())]

    @cached_property
    def _persons(self) -> list[Person]:
        """Every person of the dictionaries (built once, for the title and leader tables)."""
        return [_person(rec) for rec in self._people[0]]

    @cached_property
    def _titled(self) -> dict[tuple[str, str], list[Person]]:
        """(country code, folded title word) -> the people a name variant gives that title
        ("Prime Minister Sharif": ("PAK", "prime minister"))."""
        table: dict[tuple[str, str], list[Person]] = {}
        for person in self._persons:
            names = set(fold(person.label).split())
            for alias in person.aliases:
                words = fold(alias).split()
                for n in (1, 2):  # "president bush", "prime minister sharif"
                    if len(words) > n and person.country and words[-1] in names \
                            and not names & set(words[:n]):
                        bucket = table.setdefault((person.country, " ".join(words[:n])), [])
                        if person not in bucket:
                            bucket.append(person)
        return table

    @cached_property
    def _leaders(self) -> dict[str, list[Person]]:
        """Folded surname -> the people whose government terms are dated to the day (heads
        of state and government)."""
        table: dict[str, list[Person]] = {}
        for person in self._persons:
            words = fold(person.label).split()
            if words and person.country and any(
                    r.to_the_day and r.code == f"{person.country}GOV" for r in person.roles):
                bucket = table.setdefault(words[-1], [])
                if person not in bucket:
                    bucket.append(person)
        return table

    def leader_countries(self, surname: str) -> set[str]:
        """The countries (codes) whose heads of state or government include one of this
        surname ("Balkenende": {"NLD"})."""
        return {p.country for p in self._leaders.get(fold(surname), []) if p.country}

    def leader(self, surname: str, date: str, countries: set[str]) -> Person | None:
        """The one head of state or government of one of ``countries`` (codes) with this
        surname in office at ``date`` ("Bush" in 2005, of the USA: George W. Bush).

        >>> actor_knowledge().leader("Bush", "2005-03-01", {"USA"}).label
        'George W. Bush'
        """
        found = [p for p in self._leaders.get(fold(surname), []) if p.country in countries
                 and any(r.to_the_day and r.code == f"{p.country}GOV" and r.holds_at(date[:10])
                         for r in p.roles)]
        return found[0] if len(found) == 1 else None

    def holder(self, country: str, title: str, date: str | None) -> Person | None:
        """The one person of ``country`` (a code) whose name variants carry ``title`` ("Prime
        Minister Sharif") and whose term in the country's government (``PAKGOV``, dated to the
        day) covers ``date``; None when the dictionaries know no one, or more than one, or
        there is no date.

        >>> actor_knowledge().holder("PAK", "Prime Minister", "1998-05-01").label
        'Nawaz Sharif'
        >>> actor_knowledge().holder("PAK", "Prime Minister", "2003-05-01") is None
        True
        """
        if not date:
            return None
        found = []
        for person in self._titled.get((country, fold(title)), []):
            if any(r.code == f"{country}GOV" and r.to_the_day and r.holds_at(date[:10])
                   for r in person.roles):
                found.append(person)
        return found[0] if len(found) == 1 else None


def _person(rec: dict) -> Person:
    return Person(rec["label"], tuple(rec["aliases"]), rec.get("country"),
                  tuple(Role(r["code"], r.get("from"), r.get("to")) for r in rec["roles"]))


def _regions(countries: dict[str, Country], path: Path | None = None
             ) -> list[tuple[str, Country, list[str], list[str]]]:
    """The rows of ``ontologies/regions.tsv`` (or ``path``: region, country, names, demonyms)
    whose country the dictionaries know."""
    from graphkit.vocab import ontology_dir

    path = path or ontology_dir() / "regions.tsv"
    rows = []
    lines = [(number, line) for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")][1:]
    for number, line in lines:
        region, country, names, demonyms = (line.split("\t") + ["", "", ""])[:4]
        if not region.strip() or not country.strip():
            raise ValueError(f"{path}:{number}: expected region<TAB>country[<TAB>names<TAB>demonyms], "
                             f"got {line!r}")
        known = countries.get(fold(country))
        if known is not None:
            rows.append((region.strip(), known, _cells(names), _cells(demonyms)))
    return rows


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.split(",") if cell.strip()]


def _region_key(form: str) -> str:
    """How a region's form is looked up: an abbreviation in capitals as written ("ACT" is no
    "act"), anything else folded."""
    return form if form.replace(".", "").isupper() and len(form) <= 6 else fold(form)


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@lru_cache(maxsize=2)
def actor_knowledge(folder: str | None = None) -> ActorKnowledge:
    """The actor dictionaries, read once per process (``folder`` None = the bundled ones)."""
    return ActorKnowledge(Path(folder) if folder else dictionary_dir())
