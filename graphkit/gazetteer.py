"""The actor gazetteer: graphkit's own actors, widened by the event coders' dictionaries.

``ontologies/gazetteer.jsonl`` holds graphkit's hand-written actors (parties, legislators, the
countries and groups of the samples); the imported dictionaries (:mod:`graphkit.knowledge.actors`)
add every country with its spellings, demonyms and capital, international organisations, armed
non-state groups and national institutions, each with its CAMEO code. Hand entries win: a
dictionary form that a hand entry already claims stays with the hand entry, and a dictionary
country merges into the hand entry of the same country. Nothing here imports spaCy.

Example:
    >>> gaz = load_gazetteer()
    >>> gaz.lookup("Tehreek-e-Taliban Pakistan")[0].id
    'ttp'
    >>> gaz.country_of("Pakistani"), gaz.country_of("Burkinabe")
    ('Pakistan', 'Burkina Faso')
    >>> [(e.label, e.type, e.cameo) for e in gaz.lookup("FARC")]
    [('FARC', 'ArmedGroup', 'COLREB')]
    >>> [(e.label, e.type, e.cameo) for e in gaz.lookup("Lord's Resistance Army")]
    [("Lord's Resistance Army", 'ArmedGroup', 'CFRREB')]
    >>> gaz.lookup("Ouagadougou")[0].id, gaz.lookup("Ouagadougou")[0].country
    ('capital:burkina-faso', 'Burkina Faso')
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

__all__ = ["attributive", "GazetteerEntry", "Gazetteer", "load_gazetteer", "gazetteer_path", "fold"]

#: Dictionary actor types the gazetteer takes (businesses and NGOs stay out; the "Government"
#: entries of the country file are mostly offices, "German Chancellor", which are roles).
_DICTIONARY_TYPES = frozenset({"InternationalOrganization", "ArmedGroup",
                               "SecurityForce", "GovernmentBody", "Judiciary", "MediaOutlet"})


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One real actor of the gazetteer: ``id`` is stable, ``label`` the clean name.

    ``match`` lists the forms the phrase matcher marks in text (None: every alias); the other
    aliases name the actor only where the NER has found an entity of that text. ``cameo`` is
    the actor's CAMEO code where the dictionaries give it.
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...]
    country: str | None = None
    demonyms: tuple[str, ...] = ()
    cameo: str | None = None
    match: tuple[str, ...] | None = None
    adjectives: tuple[str, ...] = ()

    def matched_forms(self) -> tuple[str, ...]:
        """The forms the phrase matcher looks for, with the attributive singular of a plural
        name ("Tamil Tiger rebels" of "Tamil Tigers")."""
        forms = (self.label, *self.aliases) if self.match is None else self.match
        return forms + tuple(s for f in forms if (s := attributive(f)) is not None)


@dataclass(slots=True)
class Gazetteer:
    """The actor gazetteer: entries by id, and lookups by folded alias and demonym."""

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_alias: dict[str, list[GazetteerEntry]] = field(default_factory=dict)
    by_demonym: dict[str, str] = field(default_factory=dict)
    #: folded capital name -> the country's label ("moscow" -> "Russia").
    capitals: dict[str, str] = field(default_factory=dict)
    #: CAMEO country code -> the country's label, and back.
    codes: dict[str, str] = field(default_factory=dict)
    code_of: dict[str, str] = field(default_factory=dict)
    #: folded party adjective or member noun ("tory", "lib dem") -> the parties it names.
    by_adjective: dict[str, list[GazetteerEntry]] = field(default_factory=dict)

    def add(self, entry: GazetteerEntry) -> None:
        """Index ``entry`` under its id, label, aliases and demonyms."""
        old = self.entries.get(entry.id)
        if old is not None:
            self._unindex(old)
        self.entries[entry.id] = entry
        for alias in {entry.label, *entry.aliases}:
            bucket = self.by_alias.setdefault(fold(alias), [])
            if entry not in bucket:
                bucket.append(entry)
        for alias in {entry.label, *entry.aliases}:
            single = attributive(alias)
            if single is not None and not self.by_alias.get(fold(single)):
                self.by_alias[fold(single)] = [entry]  # only where no name has it already
        for demonym in entry.demonyms:
            self.by_demonym.setdefault(fold(demonym), entry.country or entry.label)
        for adjective in entry.adjectives:
            bucket = self.by_adjective.setdefault(fold(adjective), [])
            if entry not in bucket:
                bucket.append(entry)
        if entry.type == "Country" and entry.cameo:
            self.codes.setdefault(entry.cameo, entry.label)
            self.code_of.setdefault(entry.label, entry.cameo)
        if entry.id.startswith("capital:") and entry.country:
            for name in (entry.label, *entry.aliases):
                self.capitals.setdefault(fold(name), entry.country)

    def _unindex(self, entry: GazetteerEntry) -> None:
        for alias in {entry.label, *entry.aliases}:
            bucket = self.by_alias.get(fold(alias), [])
            if entry in bucket:
                bucket.remove(entry)
        for adjective in entry.adjectives:
            bucket = self.by_adjective.get(fold(adjective), [])
            if entry in bucket:
                bucket.remove(entry)

    def lookup(self, text: str) -> list[GazetteerEntry]:
        """The entries that ``text`` (an alias, any case, curly or straight quotes) names."""
        folded = fold(text)
        return self.by_alias.get(folded) or self.by_alias.get(folded.rstrip("."), [])

    def country_of(self, word: str) -> str | None:
        """The country a demonym ("Polish") or a country name ("Poland") stands for."""
        folded = fold(word)
        if folded in self.by_demonym:
            return self.by_demonym[folded]
        for entry in self.by_alias.get(folded, []):
            if entry.type == "Country":
                return entry.label
        return None

    def capital_of(self, text: str) -> str | None:
        """The country whose capital ``text`` names ("Moscow" -> "Russia"), if any."""
        folded = fold(text)
        return self.capitals.get(folded) or self.capitals.get(folded.rstrip("."))

    def country_code(self, country: str | None) -> str | None:
        """The CAMEO code of a country given by its label ("Afghanistan" -> "AFG")."""
        return self.code_of.get(country or "")

    def parties(self, adjective: str) -> list[GazetteerEntry]:
        """The parties a party adjective or member noun names ("Tory", "Democrat")."""
        return self.by_adjective.get(fold(adjective), [])

    def claimed(self, form: str) -> bool:
        """True when some entry already has ``form`` as an alias, or it is a demonym."""
        return bool(self.by_alias.get(fold(form))) or fold(form) in self.by_demonym


def attributive(name: str) -> str | None:
    """The singular a plural name of several words takes before a noun ("Tamil Tiger
    rebels", "Red Brigade gunmen"), or None.

    >>> attributive("Tamil Tigers"), attributive("The Nationals"), attributive("Hamas")
    ('Tamil Tiger', None, None)
    """
    words = name.split()
    last = words[-1] if len(words) > 1 and words[0].lower() != "the" else ""
    if len(last) < 4 or not last[:1].isupper() or not last.endswith("s") or \
            last.endswith(("ss", "us", "is", "os")) or not last[-2].islower():
        return None
    return " ".join([*words[:-1], last[:-1]])


def fold(text: str) -> str:
    """Lower-case, straight quotes, single spaces, no leading "the"."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def gazetteer_path() -> Path:
    """Where the actor gazetteer lives: ``ontologies/gazetteer.jsonl`` next to the package."""
    return Path(__file__).resolve().parent / "ontologies" / "gazetteer.jsonl"


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None, *, dictionaries: bool = True) -> Gazetteer:
    """Read the gazetteer JSONL (one actor a line), widened by the dictionaries; cached.

    Args:
        path: a gazetteer file to read instead of the bundled one (then no dictionaries).
        dictionaries: add the imported dictionaries' countries, capitals and organisations.

    Raises:
        ValueError: a malformed line; the message names the file and the line.
    """
    source = Path(path) if path else gazetteer_path()
    gaz = Gazetteer()
    for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            gaz.add(GazetteerEntry(
                id=rec["id"], label=rec["label"], type=rec["type"],
                aliases=tuple(rec.get("aliases", ())), country=rec.get("country"),
                demonyms=tuple(rec.get("demonyms", ())), cameo=rec.get("cameo"),
                adjectives=tuple(rec.get("adjectives", ())),
            ))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{source}:{lineno}: bad gazetteer entry ({exc}); "
                             f"each line needs id, label, type and aliases") from exc
    if dictionaries and path is None:
        _add_dictionaries(gaz)
    return gaz


def _add_dictionaries(gaz: Gazetteer) -> None:
    from graphkit.knowledge.actors import actor_knowledge

    kb = actor_knowledge()
    labels: dict[str, str] = {}
    for country in kb.countries.values():
        labels[country.code] = _add_country(gaz, country)
    for org in kb.all_organisations():
        if org.type not in _DICTIONARY_TYPES:
            continue
        people = _people_among(org.aliases)
        aliases = tuple(a for a in org.aliases if not gaz.claimed(a) and a not in people)
        hands = [e for a in org.aliases for e in gaz.lookup(a) if e.type == org.type]
        hand = min(hands, key=lambda e: (fold(e.label) != fold(org.label),  # "Taliban" itself
                                         e.country != labels.get(org.country or "")),
                   default=None)  # before the Pakistani group that "Taliban" also names
        if hand is not None:  # graphkit's own entry of this actor: it gains the code and names
            gaz.add(replace(hand, cameo=hand.cameo or org.code, aliases=hand.aliases + tuple(
                a for a in aliases if " " in a and _variant(a, hand) or _spelling(a, hand.label))))
            continue
        if not aliases:
            continue
        slug = _slug(org.label)
        if slug in gaz.entries:
            slug = f"{slug}-{org.code.lower()}"
        gaz.add(GazetteerEntry(slug, org.label, org.type, aliases,
                               country=labels.get(org.country or ""), cameo=org.code,
                               match=tuple(a for a in aliases if _matchable(a))))


def _variant(alias: str, entry: GazetteerEntry) -> bool:
    """``alias`` shares a distinctive word with ``entry``'s names ("Defense Department" of
    "Department of Defense"), not only a kind of body: the dictionaries list other bodies
    of a sector as synonyms ("U.S. Army" and "Central Command" beside the Pentagon)."""
    from graphkit.extract.lexicon import lexicon

    common = lexicon().org_heads.keys() | {"of", "the", "and", "for", "us", "u.s.", "national"}
    words = {w for name in (entry.label, *entry.aliases) for w in fold(name).split()} - common
    return bool(set(fold(alias).split()) & words)


def _spelling(alias: str, label: str) -> bool:
    """``alias`` is another spelling of the one-word name ``label`` ("Taleban", "Taliban"):
    same length and first letter, one or two letters apart.

    >>> _spelling("Taleban", "Taliban"), _spelling("Hamas", "Fatah")
    (True, False)
    """
    a, b = fold(alias), fold(label)
    return " " not in a and len(a) == len(b) >= 5 and a[0] == b[0] and a != b \
        and sum(x != y for x, y in zip(a, b, strict=True)) <= 2


def _people_among(aliases: tuple[str, ...]) -> set[str]:
    """The aliases of an organisation that name its leaders ("Sheikh Hassan Nasrallah",
    "Nasrallah" of Hezbollah): a title or a given name first, and the same surname alone."""
    from graphkit.extract._names import given_name_gender
    from graphkit.extract.lexicon import lexicon

    titles = lexicon().titles | {"sheik", "sayyed", "sayyid", "seyyed"}
    people = {a for a in aliases if len(a.split()) > 1 and (
        a.split()[0].lower().rstrip(".") in titles or given_name_gender(a.split()[0]) is not None)}
    surnames = {a.split()[-1] for a in people}
    return people | {a for a in aliases if a.split()[-1] in surnames}


def _add_country(gaz: Gazetteer, country) -> str:  # type: ignore[no-untyped-def]
    """Merge a dictionary country into the hand entry of the same country, or add it; add
    its capital as a place. Returns the country's label in the gazetteer."""
    hand = next((e for name in (country.label, *country.names) for e in gaz.lookup(name)
                 if e.type == "Country"), None)
    parts = [n for n in country.names if not gaz.claimed(n) and _part_of(n, country, gaz)]
    names = tuple(n for n in country.names if not gaz.claimed(n) and n not in parts)
    demonyms = tuple(d for d in country.demonyms if gaz.country_of(d) is None)
    if hand is not None:
        label = hand.label
        gaz.add(replace(hand, aliases=hand.aliases + names, demonyms=hand.demonyms + demonyms,
                        cameo=hand.cameo or country.code))
    else:
        label = country.label
        gaz.add(GazetteerEntry(_slug(label), label, "Country", tuple(n for n in names if n != label),
                               country=label, demonyms=demonyms, cameo=country.code))
    for part in parts:  # "South Australia": a place of the country, not one of its names
        gaz.add(GazetteerEntry(f"place:{_slug(part)}", part, "Place", (), country=label))
    capitals = tuple(c for c in country.capital_names if not gaz.claimed(c))
    own = gaz.entries.get(f"capital:{_slug(label)}")
    if own is not None:  # graphkit's own entry of the capital gains the other spellings
        gaz.add(replace(own, aliases=own.aliases + capitals, cameo=own.cameo or country.code))
    elif capitals:
        gaz.add(GazetteerEntry(f"capital:{_slug(label)}", capitals[0], "Place", capitals[1:],
                               country=label, cameo=country.code))
    for name in country.capital_names:  # a capital graphkit lists as a place of the country
        if any(e.type == "Place" and e.country == label for e in gaz.lookup(name)):
            gaz.capitals.setdefault(fold(name), label)
    return label


def _part_of(name: str, country, gaz: Gazetteer) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name the dictionaries list for ``country`` is a place inside it: the
    country's name or demonym with a word of ``country_part_words.txt`` ("South Australia",
    "Great Wall of China") or with a place the gazetteer knows ("Iraqi Kurdistan").

    >>> from graphkit.knowledge.actors import actor_knowledge
    >>> china, gaz = actor_knowledge().countries["CHN"], load_gazetteer()
    >>> _part_of("Great Wall of China", china, gaz), _part_of("People's Republic of China", china, gaz)
    (True, False)
    """
    from graphkit.extract.lexicon import lexicon

    words = fold(name).split()
    for own in (country.label, *country.demonyms):
        own_words = fold(own).split()
        n = len(own_words)
        at = next((i for i in range(len(words) - n + 1) if words[i:i + n] == own_words), None)
        if at is None or len(words) == n:
            continue
        rest = words[:at] + words[at + n:]
        near = words[max(at - 3, 0):at] + words[at + n:at + n + 3]  # not "... and Northern Ireland"
        if set(near) & lexicon().country_part_words or any(
                e.type == "Place" for e in gaz.lookup(" ".join(rest))):
            return True
    return False


def _matchable(form: str) -> bool:
    """Forms safe to mark wherever they occur: names of several words, acronyms, names with a
    hyphen or digit ("Al-Shabaab", "MI5"); a capitalised single word may be a common noun
    ("Senate", "Tigers") and names the actor only where the NER found an entity."""
    return " " in form or form.isupper() or "-" in form or any(c.isdigit() for c in form)


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['\u2019]", "", text.lower())).strip("-") or "actor"
