"""The plain records that flow through graphkit.

Nothing here imports spaCy or rdflib: these dataclasses are the contract between the rooms
of the pipeline (ingest -> nlp -> extract -> resolve -> kg -> views).

Example:
    >>> m = Mention(text="MQM", label="Muttahida Qaumi Movement", type="PoliticalParty",
    ...             start=10, end=13, key="mqm")
    >>> r = Relation(doc="a1", subject=m, relation="threaten", cls="THREATEN",
    ...              object=m, evidence="x", start=0, end=1)
    >>> r.is_literal
    False
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "BASE_IRI",
    "ONTOLOGY_IRI",
    "ENTITY_IRI",
    "ACTOR_TYPES",
    "ARMED_TYPES",
    "PLOVER_TYPES",
    "STRUCTURAL_TYPES",
    "RELATION_CLASSES",
    "Article",
    "Mention",
    "Actor",
    "Relation",
    "DocResult",
]

#: Base of every IRI graphkit mints.
BASE_IRI = "https://w3id.org/graphkit/"
#: Namespace of the graphkit ontology (classes and properties), prefix ``gk:``.
ONTOLOGY_IRI = BASE_IRI + "ontology#"
#: Namespace of resolved actors: ``ENTITY_IRI + slug``.
ENTITY_IRI = BASE_IRI + "id/actor/"

#: The 16 PLOVER event types, in PLOVER's own order (cooperative to conflictual).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: Non-event classes graphkit adds: speech, membership, office, authorship.
STRUCTURAL_TYPES: tuple[str, ...] = ("STATEMENT", "MEMBER_OF", "ROLE", "AUTHOR")
RELATION_CLASSES: frozenset[str] = frozenset(PLOVER_TYPES + STRUCTURAL_TYPES)

#: Actor types; local names of classes in ``ontologies/graphkit.ttl``.
ACTOR_TYPES: tuple[str, ...] = (
    "Person", "PoliticalParty", "ArmedGroup", "Government", "GovernmentBody",
    "SecurityForce", "Judiciary", "MediaOutlet", "InternationalOrganization",
    "Organization", "Country", "Place", "Group",
)
#: The actor types of armed men: their acts of force are physical, their posts and convoys
#: stand for them as targets, their sending and retreat are military.
ARMED_TYPES: frozenset[str] = frozenset({"SecurityForce", "ArmedGroup"})


@dataclass(slots=True)
class Article:
    """One news article as read from disk.

    ``text`` is the article body with trailing boilerplate (reader comments, share widgets)
    cut off; every character offset in graphkit points into this string, and because only a
    tail is ever cut, offsets are valid in the original file too.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    #: character span of the byline ("By Javed Mahmood") in ``text``, if any.
    author_span: tuple[int, int] | None = None
    #: character span of the dateline ("ISLAMABAD -") in ``text``, if any.
    dateline_span: tuple[int, int] | None = None
    dateline: str | None = None
    path: str | None = None


@dataclass(slots=True)
class Mention:
    """An actor as written in one place of one article.

    Attributes:
        text: the surface form exactly as in the text ("MQM spokesman Nasir Jamal" is *not*
            a mention text; "Nasir Jamal" is).
        label: the clean name the extractor proposes ("Muttahida Qaumi Movement").
        type: an actor type from :data:`ACTOR_TYPES`.
        start, end: character offsets of ``text`` in the article.
        key: a stable key for resolution: the gazetteer id when the gazetteer knows the
            actor, else None (the resolver then works from ``label``).
        country: the country the text ties the actor to ("Poland's parliament"), if any.
        entity: the resolved entity IRI; filled by :mod:`graphkit.resolve`.
    """

    text: str
    label: str
    type: str
    start: int
    end: int
    key: str | None = None
    country: str | None = None
    entity: str | None = None
    #: the CAMEO actor code ("AFGCOP", "IGOUNO") where the text and dictionaries give it.
    cameo: str | None = None
    #: the name as written with the title or descriptor around it ("Mr Rudd", "President
    #: George W. Bush", "the Hamas movement"), when there is one: another alias.
    written: str | None = None
    #: True when ``text`` denotes the actor by a description ("the prime minister", "the
    #: agency", "the government") rather than by a name: it says who is meant in this article
    #: only, so it is kept among the actor's ``descriptions``, never among its aliases.
    description: bool = False


@dataclass(slots=True)
class Actor:
    """A resolved real-world actor: one per entity in ``entities.jsonl``."""

    id: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    country: str | None = None
    key: str | None = None
    #: the number of articles that name the actor.
    sources: int = 0
    #: the CAMEO actor code ("PAKGOV", "AFGCOP", "IGOUNO"), where known.
    cameo: str | None = None
    #: article id -> the descriptions that denote the actor there ("the prime minister",
    #: "the agency"): forms that name it only in their article's context.
    descriptions: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class Relation:
    """One subject-relation-object fact with its evidence.

    ``object`` is an actor mention; ``value`` a literal (a quote, a title). Exactly one of
    them is set. ``relation`` is the fine predicate ("threaten"), ``cls`` its PLOVER type or
    one of :data:`STRUCTURAL_TYPES`. ``start``/``end`` are the evidence sentence's character
    offsets in the article text. ``date`` is the article's date, ``event_date`` the date of
    the event itself (see :mod:`graphkit.extract.dates`).
    """

    doc: str
    subject: Mention
    relation: str
    cls: str | None
    object: Mention | None = None
    value: str | None = None
    negated: bool = False
    modality: str | None = None
    evidence: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 1.0
    role: str | None = None
    trigger: str | None = None
    date: str | None = None
    #: the CAMEO event code (``"1823"``) of a typed event, when known.
    cameo: str | None = None
    #: what a typed event is about when that is no actor ("the arms embargo", "the decision").
    about: str | None = None
    #: the actor whose speech reports the event ("the ministry said X attacked Y"), if any.
    reported_by: Mention | None = None
    #: how often the article states the fact; every statement's (start, end, sentence).
    mentions: int = 1
    evidences: list[tuple[int, int, str]] = field(default_factory=list)
    #: how the extractor found it ("nominal", "cameo-verb", ...): signals for confidence.
    notes: tuple[str, ...] = ()
    #: when the event happened (ISO date, the first day of the period ``date_precision``
    #: names), or None when neither the clause nor the article gives a date.
    event_date: str | None = None
    #: "day", "week", "month" or "year" when the clause names the time; "article" when the
    #: event date is only the article's date.
    date_precision: str | None = None
    #: how the event date was found: "clause" (its own clause names the time), "context" (a
    #: date the sentence before, or an earlier clause of its sentence, gave the narrative it
    #: continues), "lead" (the day before the article's that the article's first sentence
    #: names for its news, for a clause in the simple past that continues no narrative),
    #: "article" (only the article's date); for an event left without a date,
    #: why the article's date was not given: "background" (before the article's time, or a
    #: stretch or habit reaching up to it), "future" (still to come, or only possible or
    #: allowed) or "negated" (said not to have happened); None otherwise.
    date_source: str | None = None

    @property
    def is_literal(self) -> bool:
        """True when the object is a literal value rather than an actor."""
        return self.object is None


@dataclass(slots=True)
class DocResult:
    """Everything extraction yields for one article, before and after resolution.

    ``mentions`` holds every actor mention found (also those in no relation), so that
    ``entities.jsonl`` can count mentions and collect aliases.
    """

    article: Article
    relations: list[Relation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: the event dates extraction left empty (bad dates), one line each, for the build summary.
    date_notes: list[str] = field(default_factory=list)
