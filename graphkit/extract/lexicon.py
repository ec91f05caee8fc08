"""The extractor's vocabulary, read from ``ontologies/lexicon/``: the words an analyst extends.

Every word list the extractors use as linguistic knowledge (generic agents and their actor
types, member and person nouns, titles, speech verbs, light verbs, request heads, ...) lives
in one small commented file under ``ontologies/lexicon/`` (``README.md`` there describes each):
``.txt`` files hold one entry a line, ``.tsv`` files a header and tab-separated columns where
an entry carries a value (an actor type, a relation, a role). Grammar (dependency labels,
parts of speech, pronouns, prepositions) stays in the code that reads it.

:func:`lexicon` reads the files once per process and returns a frozen :class:`Lexicon`. The
lists are also importable by their constant names (``from graphkit.extract.lexicon import
SPEECH_VERBS``): the name is the field name in capitals, read on first access.

Example:
    >>> lex = lexicon()
    >>> lex.generic_agents["police"], lex.speech_verbs["insist"], "spokesman" in lex.person_nouns
    ('SecurityForce', 'assert', True)
    >>> sorted(lex.agent_qualifiers["agency"])[:2], "spokesman" in lex.title_words
    (['enforcement', 'intelligence'], True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["Lexicon", "LexiconError", "government_label", "lexicon", "lexicon_dir", "read_table",
           "read_words"]


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``ontologies/lexicon/``, one field per file (see its README).

    A few fields join two files, as the extractors use them: ``title_words`` adds the person
    nouns and head titles to ``title_words.txt``; ``posts`` adds every title word to
    ``posts.txt``; ``ranks`` adds the honorifics; ``object_control_verbs`` adds the request
    heads and ``perpetrate_verbs`` the light verbs. ``titles`` is ``title_words`` without trailing full stops.
    ``time_markers`` maps each kind of ``time_markers.tsv`` to its phrases.
    """

    # actors and their mentions
    generic_agents: Mapping[str, str]
    agent_qualifiers: Mapping[str, frozenset[str]]
    agent_sectors: Mapping[str, str]
    qualified_agents: Mapping[tuple[str, str], str]
    country_agents: Mapping[str, str]
    not_agents: frozenset[str]
    document_heads: frozenset[str]
    travel_verbs: frozenset[str]
    crowd_verbs: frozenset[str]
    assembly_verbs: frozenset[str]
    accident_words: frozenset[str]
    occasion_words: frozenset[str]
    reciprocal_verbs: frozenset[str]
    head_titles: Mapping[str, str]
    member_nouns: frozenset[str]
    person_nouns: frozenset[str]
    title_words: frozenset[str]
    titles: frozenset[str]
    org_types: frozenset[str]
    org_heads: Mapping[str, str]
    org_openers: Mapping[str, str]
    chamber_words: frozenset[str]
    security_units: frozenset[str]
    security_words: frozenset[str]
    instrument_nouns: frozenset[str]
    using_verbs: frozenset[str]
    named_heads: Mapping[str, str]
    government_nouns: frozenset[str]
    state_agents: frozenset[str]
    drop_modifiers: frozenset[str]
    agent_adjectives: frozenset[str]
    subnational_words: frozenset[str]
    national_words: frozenset[str]
    anaphor_nouns: Mapping[str, frozenset[str]]
    kind_nouns: Mapping[str, frozenset[str]]
    place_words: frozenset[str]
    country_part_words: frozenset[str]
    alliance_words: frozenset[str]
    abroad_agents: frozenset[str]
    portfolio_words: frozenset[str]
    generic_aliases: frozenset[str]
    agent_synonyms: Mapping[str, str]
    name_particles: frozenset[str]
    country_things: frozenset[str]
    definite_countries: frozenset[str]
    # statements and affiliations
    speech_verbs: Mapping[str, str]
    lead_verbs: Mapping[str, str]
    office_words: frozenset[str]
    advocate_nouns: frozenset[str]
    ranks: frozenset[str]
    posts: frozenset[str]
    honorifics: frozenset[str]
    female_titles: frozenset[str]
    gendered_person_nouns: Mapping[str, str]
    royal_titles: frozenset[str]
    rankers: frozenset[str]
    not_posts: frozenset[str]
    government_posts: frozenset[str]
    party_labels: Mapping[str, tuple[str, ...]]
    appointment_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    relational_nouns: frozenset[str]
    beat_posts: frozenset[str]
    acting_posts: frozenset[str]
    compound_posts: frozenset[str]
    candidacy_words: frozenset[str]
    former_words: frozenset[str]
    former_member_words: frozenset[str]
    leading_participles: frozenset[str]
    holding_participles: frozenset[str]
    planned_adjectives: frozenset[str]
    official_adjectives: frozenset[str]
    naming_participles: frozenset[str]
    as_verbs: frozenset[str]
    post_adjectives: frozenset[str]
    occupations: frozenset[str]
    bare_posts: frozenset[str]
    opinion_words: frozenset[str]
    separate_branches: frozenset[str]
    national_posts: frozenset[str]
    field_nouns: frozenset[str]
    collection_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    envoy_posts: frozenset[str]
    subnational_posts: Mapping[str, frozenset[str]]
    # events
    recipient_verbs: frozenset[str]
    answerable_words: frozenset[str]
    threat_words: frozenset[str]
    object_control_verbs: frozenset[str]
    crowd_control_words: frozenset[str]
    labour_strike_words: frozenset[str]
    reacted_to_nouns: Mapping[str, str]
    mission_nouns: Mapping[str, str]
    idiom_objects: frozenset[str]
    perpetrate_verbs: frozenset[str]
    physical_targets: frozenset[str]
    people_nouns: frozenset[str]
    naming_verbs: Mapping[str, str]
    pejorative_words: frozenset[str]
    actor_kind_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    clientele_nouns: frozenset[str]
    entourage_nouns: frozenset[str]
    violence_words: frozenset[str]
    threat_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    grievance_nouns: frozenset[str]
    misfortune_nouns: frozenset[str]
    settlement_words: frozenset[str]
    permission_verbs: frozenset[str]
    implicating_verbs: frozenset[str]
    victim_nouns: frozenset[str]
    unnamed_victims: frozenset[str]
    armed_verbs: frozenset[str]
    obstruction_verbs: frozenset[str]
    felt_nouns: frozenset[str]
    internal_conflict_words: frozenset[str]
    # negation and modality
    negator_verbs: frozenset[str]
    negator_nouns: frozenset[str]
    capacity_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    demand_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    request_heads: frozenset[str]
    light_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    not_target_preps: Mapping[str, frozenset[str]]
    verbal_senses: Mapping[str, str]
    belief_verbs: frozenset[str]
    doubt_words: frozenset[str]
    natural_hazards: frozenset[str]
    protester_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    sequel_verbs: frozenset[str]
    response_verbs: frozenset[str]
    reception_verbs: frozenset[str]
    voicing_documents: frozenset[str]
    partner_nouns: frozenset[str]
    delegate_nouns: frozenset[str]
    consequence_phrases: frozenset[str]
    convening_verbs: frozenset[str]
    trigger_frames: Mapping[tuple[str, str], tuple[frozenset[str], frozenset[str]]]
    # event dates
    time_markers: Mapping[str, frozenset[str]]


def government_label(country: str) -> str:
    """The label of the national government of ``country`` (a country dictionary label).

    >>> government_label("Kenya"), government_label("United States")
    ('Government of Kenya', 'Government of the United States')
    """
    the = "the " if country.lower() in lexicon().definite_countries else ""
    return f"Government of {the}{country}"


def lexicon_dir() -> Path:
    """The folder of the lexicon files: ``ontologies/lexicon`` of the installed package."""
    from graphkit.vocab import ontology_dir

    return ontology_dir() / "lexicon"


@lru_cache(maxsize=4)
def lexicon(folder: Path | None = None) -> Lexicon:
    """The lexicon, read once per process (``folder`` None: the bundled one).

    Raises:
        LexiconError: a file is missing or malformed (the message names file and line).
    """
    root = folder or lexicon_dir()

    def words(name: str) -> frozenset[str]:
        return read_words(root / f"{name}.txt")

    def pairs(name: str, *columns: str) -> dict[str, str]:
        return {row[0]: row[1] for row in read_table(root / f"{name}.tsv", columns)}

    agents = read_table(root / "generic_agents.tsv", ("word", "type", "qualifiers", "sector"))
    nationals = read_table(root / "country_agents.tsv", ("word", "type", "sector"))
    qualified = read_table(root / "qualified_agents.tsv", ("word", "qualifier", "type", "sector"))
    head_titles = pairs("head_titles", "word", "title")
    person_nouns = words("person_nouns")
    title_words = words("title_words") | person_nouns | head_titles.keys()
    org_types = words("org_types")
    request_heads = words("request_heads")
    light_verbs = words("light_verbs")
    return Lexicon(
        generic_agents={word: type_ for word, type_, _, _ in agents},
        agent_qualifiers={word: _split(quals) for word, _, quals, _ in agents if quals},
        qualified_agents={(word, qual): type_ for word, qual, type_, _ in qualified},
        agent_sectors={word: sector for word, _, _, sector in agents if sector}
        | {f"{qual} {word}": sector for word, qual, _, sector in qualified if sector}
        | {word: sector for word, _, sector in nationals if sector},
        country_agents={word: type_ for word, type_, _ in nationals},
        not_agents=words("not_agents"),
        document_heads=words("document_heads"),
        travel_verbs=words("travel_verbs"),
        crowd_verbs=words("crowd_verbs"),
        assembly_verbs=words("assembly_verbs"),
        accident_words=words("accident_words"),
        occasion_words=words("occasion_words"),
        reciprocal_verbs=words("reciprocal_verbs"),
        head_titles=head_titles,
        member_nouns=words("member_nouns"),
        person_nouns=person_nouns,
        title_words=title_words,
        titles=frozenset(t.rstrip(".") for t in title_words),
        org_types=org_types,
        org_heads=pairs("org_heads", "head", "type"),
        org_openers=pairs("org_openers", "word", "type"),
        chamber_words=words("chamber_words"),
        security_units=words("security_units"),
        security_words=words("security_words"),
        instrument_nouns=words("instrument_nouns"),
        using_verbs=words("using_verbs"),
        named_heads=pairs("named_heads", "head", "type"),
        government_nouns=words("government_nouns"),
        state_agents=words("state_agents"),
        drop_modifiers=words("drop_modifiers"),
        agent_adjectives=words("agent_adjectives"),
        subnational_words=words("subnational_words"),
        national_words=words("national_words"),
        anaphor_nouns={noun: _types(spec, org_types) for noun, spec in
                       pairs("anaphor_nouns", "noun", "types").items()},
        kind_nouns={noun: _split(heads) for noun, heads in pairs("kind_nouns", "noun", "heads").items()},
        place_words=words("place_words"),
        country_part_words=words("country_part_words"),
        alliance_words=words("alliance_words"),
        abroad_agents=words("abroad_agents"),
        portfolio_words=words("portfolio_words"),
        generic_aliases=words("generic_aliases"),
        agent_synonyms=pairs("agent_synonyms", "word", "same_as"),
        name_particles=words("name_particles"),
        country_things=words("country_things"),
        definite_countries=words("definite_countries"),
        speech_verbs=pairs("speech_verbs", "lemma", "relation"),
        lead_verbs=pairs("lead_verbs", "lemma", "role"),
        office_words=words("office_words"),
        advocate_nouns=words("advocate_nouns"),
        ranks=words("ranks") | words("honorifics"),
        posts=words("posts") | title_words,
        honorifics=words("honorifics"),
        female_titles=words("female_titles"),
        gendered_person_nouns=pairs("gendered_person_nouns", "noun", "gender"),
        royal_titles=words("royal_titles"),
        rankers=words("rankers"),
        not_posts=words("not_posts"),
        government_posts=words("government_posts"),
        appointment_verbs=words("appointment_verbs"),
        leaving_verbs=words("leaving_verbs"),
        relational_nouns=words("relational_nouns"),
        beat_posts=words("beat_posts"),
        acting_posts=words("acting_posts"),
        compound_posts=words("compound_posts"),
        candidacy_words=words("candidacy_words"),
        former_words=words("former_words"),
        former_member_words=words("former_member_words"),
        leading_participles=words("leading_participles"),
        holding_participles=words("holding_participles"),
        planned_adjectives=words("planned_adjectives"),
        official_adjectives=words("official_adjectives"),
        naming_participles=words("naming_participles"),
        as_verbs=words("as_verbs"),
        post_adjectives=words("post_adjectives"),
        occupations=words("occupations"),
        bare_posts=words("bare_posts"),
        opinion_words=words("opinion_words"),
        separate_branches=words("separate_branches"),
        national_posts=words("national_posts"),
        field_nouns=words("field_nouns"),
        collection_nouns=words("collection_nouns"),
        measure_nouns=words("measure_nouns"),
        envoy_posts=words("envoy_posts"),
        subnational_posts={post: frozenset(c.strip() for c in countries.split(",") if c.strip())
                           for post, countries in pairs("subnational_posts", "post", "countries").items()},
        party_labels={label: tuple(n.strip() for n in names.split(",") if n.strip())
                      for label, names in pairs("party_labels", "label", "parties").items()},
        recipient_verbs=words("recipient_verbs"),
        answerable_words=words("answerable_words"),
        threat_words=words("threat_words"),
        object_control_verbs=words("object_control_verbs") | request_heads,
        crowd_control_words=words("crowd_control_words"),
        labour_strike_words=words("labour_strike_words"),
        reacted_to_nouns=pairs("reacted_to_nouns", "phrase", "class"),
        mission_nouns=pairs("mission_nouns", "word", "cameo"),
        idiom_objects=words("idiom_objects"),
        perpetrate_verbs=words("perpetrate_verbs") | light_verbs,
        physical_targets=words("physical_targets"),
        people_nouns=words("people_nouns"),
        naming_verbs=pairs("naming_verbs", "lemma", "relation"),
        pejorative_words=words("pejorative_words"),
        actor_kind_nouns=words("actor_kind_nouns"),
        receiving_verbs=words("receiving_verbs"),
        clientele_nouns=words("clientele_nouns"),
        entourage_nouns=words("entourage_nouns"),
        violence_words=words("violence_words"),
        threat_nouns=words("threat_nouns"),
        claim_nouns=words("claim_nouns"),
        grievance_nouns=words("grievance_nouns"),
        misfortune_nouns=words("misfortune_nouns"),
        settlement_words=words("settlement_words"),
        permission_verbs=words("permission_verbs"),
        implicating_verbs=words("implicating_verbs"),
        victim_nouns=words("victim_nouns"),
        unnamed_victims=words("unnamed_victims"),
        armed_verbs=words("armed_verbs"),
        obstruction_verbs=words("obstruction_verbs"),
        felt_nouns=words("felt_nouns"),
        internal_conflict_words=words("internal_conflict_words"),
        negator_verbs=words("negator_verbs"),
        negator_nouns=words("negator_nouns"),
        capacity_nouns=words("capacity_nouns"),
        denial_verbs=words("denial_verbs"),
        demand_verbs=words("demand_verbs"),
        intent_verbs=words("intent_verbs"),
        intent_nouns=words("intent_nouns"),
        request_heads=request_heads,
        light_verbs=light_verbs,
        giving_verbs=words("giving_verbs"),
        causative_verbs=words("causative_verbs"),
        preventing_verbs=words("preventing_verbs"),
        not_target_preps={lemma: _split(preps) for lemma, preps in
                          pairs("not_target_preps", "lemma", "preps").items()},
        verbal_senses=pairs("verbal_senses", "lemma", "relation"),
        belief_verbs=words("belief_verbs"),
        doubt_words=words("doubt_words"),
        natural_hazards=words("natural_hazards"),
        protester_nouns=words("protester_nouns"),
        counterpart_nouns=words("counterpart_nouns"),
        sequel_verbs=words("sequel_verbs"),
        response_verbs=words("response_verbs"),
        reception_verbs=words("reception_verbs"),
        voicing_documents=words("voicing_documents"),
        partner_nouns=words("partner_nouns"),
        delegate_nouns=words("delegate_nouns"),
        consequence_phrases=words("consequence_phrases"),
        convening_verbs=words("convening_verbs"),
        trigger_frames={(lemma, cls): (_split(needs), _split(never)) for lemma, cls, needs, never
                        in read_table(root / "trigger_frames.tsv",
                                      ("lemma", "class", "needs", "never"))},
        time_markers=_grouped(read_table(root / "time_markers.tsv", ("phrase", "kind"))),
    )


def _split(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(",") if w.strip())


def _grouped(rows: list[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The first cells of ``rows`` grouped by their second: ``{kind: phrases}``."""
    groups: dict[str, set[str]] = {}
    for first, second in rows:
        groups.setdefault(second, set()).add(first)
    return {key: frozenset(values) for key, values in groups.items()}


def _types(spec: str, org_types: frozenset[str]) -> frozenset[str]:
    """Actor types from "A,B", "*" (every organisation type) or "* -Government".

    >>> sorted(_types("* -Government", frozenset({"Government", "Group"})))
    ['Group']
    """
    words = spec.replace(",", " ").split()
    found = {w for w in words if not w.startswith("-") and w != "*"}
    if "*" in words:
        found |= org_types
    return frozenset(found - {w[1:] for w in words if w.startswith("-")})


def _lines(path: Path) -> list[tuple[int, str]]:
    """The numbered content lines of a lexicon file (no blanks, no # comments)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read the lexicon file ({exc})") from None
    return [(n, line.rstrip("\r\n")) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]


def read_words(path: Path) -> frozenset[str]:
    """The entries of a ``.txt`` lexicon file: one a line, ``#`` lines are comments.

    >>> import tempfile
    >>> f = Path(tempfile.mkdtemp()) / "w.txt"
    >>> _ = f.write_text("# verbs\\nsay\\n  tell \\n\\n")
    >>> sorted(read_words(f))
    ['say', 'tell']
    """
    return frozenset(line.strip() for _, line in _lines(path))


def read_table(path: Path, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The rows of a ``.tsv`` lexicon file whose header names ``columns``.

    Cells are tab-separated; missing trailing cells are empty; the first cell may not be.

    Raises:
        LexiconError: the header differs, a row has too many cells or no first cell.
    """
    lines = _lines(path)
    if not lines or tuple(c.strip() for c in lines[0][1].split("\t")) != columns:
        at = lines[0][0] if lines else 1
        raise LexiconError(f"{path}:{at}: the header must name the columns "
                           f"{', '.join(columns)} (separated by tabs)")
    rows = []
    for number, line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(columns) or not cells[0]:
            raise LexiconError(f"{path}:{number}: expected {len(columns)} tab-separated cells "
                               f"({', '.join(columns)}), got {line!r}")
        rows.append(tuple(cells + [""] * (len(columns) - len(cells))))
    return rows


def __getattr__(name: str) -> Any:
    """``SPEECH_VERBS`` and the other lists by their constant names, read on first access."""
    if name.isupper() and name.lower() in {f.name for f in fields(Lexicon)}:
        return getattr(lexicon(), name.lower())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
