"""From graphkit records to RDF: each relation instance becomes a node with its provenance.

The mapping is pure: records in, :class:`pyoxigraph.Quad` out, with deterministic IRIs, so
the same article always gives the same quads and rewriting it adds nothing.

A relation ``MQM -demand-> government`` read from sentence 3 of article ``a1`` becomes::

    fact:3f.. a gk:Event ; gk:agent actor:mqm ; gk:target actor:government-of-pakistan ;
        gk:relation gk:demands ; gk:eventClass "REQUEST" ; gk:negated false ;
        gk:date "2013-11-04"^^xsd:date ; gk:eventDate "2013-11-03"^^xsd:date ;
        gk:datePrecision "day" ;
        gk:article article:a1 ; gk:sentence "..." ; gk:startChar 120 ; gk:endChar 180 ;
        gk:confidence 0.9 ; prov:wasGeneratedBy run:... .
    actor:mqm gk:demands actor:government-of-pakistan .      # only when asserted

A relation is asserted, and gets the direct edge, unless it is negated, hedged ("might",
"could", "probably"), doubted ("it is unlikely that") or conditional ("if", "unless",
"whether"; a threat made on a condition is still a threat). The others keep their node, with
``gk:modality`` saying why, and no direct edge: the edge is what the text asserts.

Example:
    >>> from graphkit.model import Article, DocResult, Mention, Relation
    >>> a = Mention("TTP", "Tehreek-e-Taliban Pakistan", "ArmedGroup", 0, 3, entity="ttp")
    >>> b = Mention("MQM", "Muttahida Qaumi Movement", "PoliticalParty", 13, 16, entity="mqm")
    >>> r = Relation("a1", a, "threaten", "THREATEN", object=b, evidence="TTP threatened MQM.",
    ...              start=0, end=19)
    >>> doc = DocResult(Article("a1", "TTP threatened MQM."), [r], [a, b])
    >>> graph, quads = article_quads(doc, {}, run=RunInfo("0.1.0", "m", "2026-01-01T00:00:00Z"))
    >>> graph.value
    'https://w3id.org/graphkit/graph/article/a1'
    >>> quads == article_quads(doc, {}, run=RunInfo("0.1.0", "m", "2026-01-01T00:00:00Z"))[1]
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import date as _calendar
from functools import lru_cache
from urllib.parse import urlparse

from pyoxigraph import Literal, NamedNode, Quad

from graphkit.kg.namespace import (
    ACTORS_GRAPH,
    GK,
    PREFIXES,
    RUNS_GRAPH,
    actor_iri,
    article_iri,
    fact_iri,
    graph_iri,
    name_key,
    role_iri,
    run_iri,
)
from graphkit.model import (
    ACTOR_TYPES,
    ONTOLOGY_IRI,
    PLOVER_TYPES,
    Actor,
    DocResult,
    Mention,
    Relation,
)

__all__ = [
    "RunInfo",
    "article_quads",
    "role_quads",
    "actor_quads",
    "actors_quads",
    "run_quads",
    "relation_iri",
    "relation_name",
    "node_class",
    "UNASSERTED",
    "asserted",
]

_XSD = PREFIXES["xsd"]
_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
_ALT_LABEL = NamedNode(PREFIXES["skos"] + "altLabel")
_NAME_KEY = NamedNode(GK.nameKey)
_DCT = PREFIXES["dct"]
_PROV = PREFIXES["prov"]
_ORG = PREFIXES["org"]
_T_BOOL = NamedNode(_XSD + "boolean")
_T_INT = NamedNode(_XSD + "integer")
_T_DOUBLE = NamedNode(_XSD + "double")
_T_DATE = NamedNode(_XSD + "date")
_T_DATETIME = NamedNode(_XSD + "dateTime")
_TRUE = Literal("true", datatype=_T_BOOL)
_FALSE = Literal("false", datatype=_T_BOOL)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_SOFTWARE = NamedNode("https://w3id.org/graphkit/id/software/graphkit")

#: Node class of a relation instance by relation class (PLOVER types map to gk:Event).
_STRUCTURAL_CLASS = {
    "STATEMENT": (GK.Statement,),
    "MEMBER_OF": (GK.Membership, _ORG + "Membership"),
    "ROLE": (GK.RoleAssertion,),
    "AUTHOR": (GK.Authorship,),
}


#: Modalities under which a relation is reported but not asserted (no direct edge).
HEDGED = frozenset({"might", "may", "could", "can", "should", "must", "ought", "possibly", "perhaps",
                    "maybe", "probably", "likely", "potentially", "reportedly"})
DOUBTED = frozenset({"unlikely", "doubtful", "improbable", "uncertain", "unclear", "doubt", "question",
                     "alleged"})
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
UNASSERTED = HEDGED | DOUBTED | CONDITIONAL


def asserted(rel: Relation) -> bool:
    """True when ``rel`` is a fact the text asserts, so it gets a direct edge.

    >>> m = Mention("EU", "European Union", "InternationalOrganization", 0, 2)
    >>> [asserted(Relation("a", m, "sanction", "SANCTION", object=m, modality=w)) for w in (None, "might", "if")]
    [True, False, False]
    >>> asserted(Relation("a", m, "threaten", "THREATEN", object=m, modality="if"))
    True
    """
    if rel.negated:
        return False
    if rel.modality in CONDITIONAL:
        return rel.cls == "THREATEN"  # "will strike if ...": the threat itself was made
    return rel.modality not in UNASSERTED


@dataclass(frozen=True, slots=True)
class RunInfo:
    """One build run, recorded as a ``prov:Activity``.

    Args:
        version: the graphkit version that ran.
        model: the spaCy model name.
        started: start time, ISO 8601 (``RunInfo.now`` fills it).

    >>> RunInfo("0.1.0", "en_core_web_sm", "2026-01-01T00:00:00Z").iri[:33]
    'https://w3id.org/graphkit/id/run/'
    """

    version: str
    model: str
    started: str

    @classmethod
    def now(cls, model: str, *, version: str | None = None) -> RunInfo:
        """A run starting now (UTC) with graphkit's own version unless ``version`` is given."""
        if version is None:
            from graphkit import __version__

            version = __version__
        started = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        return cls(version=version, model=model, started=started)

    @property
    def iri(self) -> str:
        """The run's IRI, derived from its three fields."""
        return run_iri(self.version, self.model, self.started)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Fine predicate name -> property IRI, from ``ontologies/relations.ttl`` when available."""
    try:
        from graphkit.vocab import load_vocabulary
    except ImportError:  # the vocabulary module is optional for the mapping
        return {}
    return {name: str(d.iri) for name, d in load_vocabulary().items()}


@lru_cache(maxsize=1)
def _vocabulary_names() -> dict[str, str]:
    return {iri: name for name, iri in _vocabulary().items()}


def relation_iri(name: str) -> str:
    """The property IRI of the fine predicate ``name`` (``gk:`` + its name if the vocabulary
    does not define it).

    >>> relation_iri("no_such_relation")
    'https://w3id.org/graphkit/ontology#no_such_relation'
    """
    return _vocabulary().get(name) or ONTOLOGY_IRI + name


def relation_name(iri: str) -> str:
    """The fine predicate name of a relation property IRI (inverse of :func:`relation_iri`).

    >>> relation_name("https://w3id.org/graphkit/ontology#no_such_relation")
    'no_such_relation'
    """
    name = _vocabulary_names().get(iri)
    if name is not None:
        return name
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def node_class(cls: str | None) -> tuple[str, ...]:
    """The RDF classes of a relation instance of class ``cls``.

    >>> [c.rsplit("#")[-1] for c in node_class("MEMBER_OF")]
    ['Membership', 'Membership']
    >>> node_class("THREATEN")[0].endswith("#Event")
    True
    """
    if cls in PLOVER_TYPES:
        return (str(GK.Event),)
    return tuple(str(c) for c in _STRUCTURAL_CLASS.get(cls or "", (GK.Assertion,)))


def _text(value: str) -> Literal:
    return Literal(value)


@lru_cache(maxsize=8192)
def _int(value: int) -> Literal:
    return Literal(str(value), datatype=_T_INT)


@lru_cache(maxsize=256)
def _sentence(value: str) -> Literal:
    return Literal(value)


def _date(value: str) -> Literal:
    """A date literal in the canonical form the store keeps (so rewrites compare equal).

    >>> _date("2026-01-01T10:00:00.500+00:00").value
    '2026-01-01T10:00:00.5Z'
    >>> _date("12 April 2013").datatype.value[-6:], _date("2024-13-45").datatype.value[-6:]
    ('string', 'string')
    """
    value = value.strip()
    if _DATE.match(value):
        try:
            _calendar.fromisoformat(value)
        except ValueError:  # "2024-13-45" is no xsd:date: kept as the text it is
            return Literal(value)
        return Literal(value, datatype=_T_DATE)
    if _DATETIME.match(value):
        value = re.sub(r"(\.\d*?)0+(?=Z|[+-]|$)", r"\1", value.replace("+00:00", "Z"))
        return Literal(value.replace(".Z", "Z"), datatype=_T_DATETIME)
    return Literal(value)


@lru_cache(maxsize=1024)
def _number(value: float) -> Literal:
    """An xsd:double in canonical form, at most 4 decimals.

    >>> _number(1.0).value, _number(0.90001).value, _number(1e-7).value
    ('1', '0.9', '0')
    """
    text = f"{round(float(value), 4):.4f}".rstrip("0").rstrip(".")
    return Literal("0" if text in ("-0", "") else text, datatype=_T_DOUBLE)


def _mention_iri(mention: Mention) -> str:
    return actor_iri(mention.entity or mention.key or mention.label)


def actors_quads(actors: Mapping[str, Actor] | Iterable[Actor]) -> tuple[list[Actor], list[Quad]]:
    """The actors (from a mapping by IRI or any iterable) and the quads describing them all.

    >>> items, quads = actors_quads({"a": Actor("mqm", "MQM", "PoliticalParty")})
    >>> [a.label for a in items], len(quads)
    (['MQM'], 3)
    """
    items = list(actors.values() if isinstance(actors, Mapping) else actors)
    return items, [q for a in items for q in actor_quads(a)]


def actor_quads(actor: Actor, graph: str = ACTORS_GRAPH) -> list[Quad]:
    """The description of one resolved actor: class, label, aliases, mention count.

    >>> len(actor_quads(Actor("mqm", "MQM", "PoliticalParty", aliases=["MQM", "Muttahida"])))
    5
    """
    g = NamedNode(graph)
    s = NamedNode(actor_iri(actor.id))
    cls = actor.type if actor.type in ACTOR_TYPES else "Actor"
    quads = [
        Quad(s, _RDF_TYPE, NamedNode(ONTOLOGY_IRI + cls), g),
        Quad(s, _RDFS_LABEL, _text(actor.label), g),
    ]
    for alias in sorted(set(actor.aliases) - {actor.label}):
        quads.append(Quad(s, _ALT_LABEL, _text(alias), g))
    for key in sorted({name_key(n) for n in [actor.label, *actor.aliases]} - {""}):
        quads.append(Quad(s, _NAME_KEY, _text(key), g))
    if actor.mentions:
        quads.append(Quad(s, NamedNode(GK.mentionCount), Literal(str(actor.mentions), datatype=_T_INT), g))
    if actor.country:
        quads.append(Quad(s, NamedNode(GK.countryName), _text(actor.country), g))
    if actor.key:
        quads.append(Quad(s, NamedNode(GK.gazetteerKey), _text(actor.key), g))
    if actor.sources:
        quads.append(Quad(s, NamedNode(GK.sourceCount), Literal(str(actor.sources), datatype=_T_INT), g))
    if actor.cameo:
        quads.append(Quad(s, NamedNode(GK.cameoCode), _text(actor.cameo), g))
    return quads


def run_quads(run: RunInfo, graph: str = RUNS_GRAPH) -> list[Quad]:
    """The PROV-O description of a build run."""
    g = NamedNode(graph)
    r = NamedNode(run.iri)
    started = _date(run.started)
    return [
        Quad(r, _RDF_TYPE, NamedNode(GK.Run), g),
        Quad(r, _RDF_TYPE, NamedNode(_PROV + "Activity"), g),
        Quad(r, NamedNode(_PROV + "startedAtTime"), started, g),
        Quad(r, NamedNode(GK.graphkitVersion), _text(run.version), g),
        Quad(r, NamedNode(GK.model), _text(run.model), g),
        Quad(r, NamedNode(_PROV + "wasAssociatedWith"), _SOFTWARE, g),
        Quad(_SOFTWARE, _RDF_TYPE, NamedNode(_PROV + "SoftwareAgent"), g),
        Quad(_SOFTWARE, _RDFS_LABEL, _text("graphkit"), g),
    ]


def _article_meta(result: DocResult, g: NamedNode, run: NamedNode, content_hash: str | None) -> list[Quad]:
    art = result.article
    a = NamedNode(article_iri(art.id))
    quads = [
        Quad(a, _RDF_TYPE, NamedNode(GK.Article), g),
        Quad(a, NamedNode(_DCT + "identifier"), _text(art.id), g),
        Quad(g, NamedNode(_PROV + "wasGeneratedBy"), run, g),
        Quad(g, NamedNode(_DCT + "source"), a, g),
    ]
    optional = [
        (_DCT + "title", art.title, _text),
        (_DCT + "date", art.date, _date),
        (_DCT + "publisher", art.source, _text),
        (GK.byline, art.author, _text),
        (GK.dateline, art.dateline, _text),
        (GK.contentHash, content_hash, _text),
    ]
    quads += [Quad(a, NamedNode(p), f(v), g) for p, v, f in optional if v]
    if art.url:
        parsed = urlparse(art.url)
        if parsed.scheme in ("http", "https") and " " not in art.url:
            quads.append(Quad(a, NamedNode(PREFIXES["schema"] + "url"), NamedNode(art.url), g))
    return quads


def _unknown_actor(mention: Mention, g: NamedNode) -> list[Quad]:
    s = NamedNode(_mention_iri(mention))
    cls = mention.type if mention.type in ACTOR_TYPES else "Actor"
    return [Quad(s, _RDF_TYPE, NamedNode(ONTOLOGY_IRI + cls), g),
            Quad(s, _RDFS_LABEL, _text(mention.label), g),
            Quad(s, _NAME_KEY, _text(name_key(mention.label)), g)]


def _known(mention: Mention, actors: Mapping[str, Actor]) -> bool:
    """Whether ``actors`` (keyed by id or IRI) describes the mention's actor; a lookup, so that
    mapping an article costs the same however many actors the corpus has."""
    return (mention.entity is not None and mention.entity in actors) or _mention_iri(mention) in actors


def article_quads(
    result: DocResult, actors: Mapping[str, Actor], *, run: RunInfo, content_hash: str | None = None
) -> tuple[NamedNode, list[Quad]]:
    """Map one article's relations into its own named graph.

    Args:
        result: the article and its relations, after resolution.
        actors: resolved actors by id; a mentioned actor missing from it gets a minimal
            description (class and label) inside the article's graph.
        run: the build run that produced the facts.
        content_hash: the article's content hash (``gk:contentHash``), which incremental
            builds compare to tell changed articles from unchanged ones.

    Returns:
        The named graph and its quads (no duplicates, deterministic order).
    """
    art = result.article
    g = NamedNode(graph_iri(art.id))
    a = NamedNode(article_iri(art.id))
    r = NamedNode(run.iri)
    quads = _article_meta(result, g, r, content_hash)
    article_date = _date(art.date) if art.date else None
    described: set[str] = set()
    for rel in result.relations:
        for m in (rel.subject, rel.object):
            if m is not None and not _known(m, actors) and _mention_iri(m) not in described:
                described.add(_mention_iri(m))
                quads += _unknown_actor(m, g)
        quads += _relation_quads(rel, g, a, r, article_date)
    return g, list(dict.fromkeys(quads))


class _P:
    """Predicate and class nodes, made once (building a NamedNode parses its IRI)."""

    agent = NamedNode(GK.agent)
    relation = NamedNode(GK.relation)
    negated = NamedNode(GK.negated)
    article = NamedNode(GK.article)
    sentence = NamedNode(GK.sentence)
    start = NamedNode(GK.startChar)
    end = NamedNode(GK.endChar)
    confidence = NamedNode(GK.confidence)
    generated = NamedNode(_PROV + "wasGeneratedBy")
    event_class = NamedNode(GK.eventClass)
    modality = NamedNode(GK.modality)
    date = NamedNode(GK.date)
    event_date = NamedNode(GK.eventDate)
    precision = NamedNode(GK.datePrecision)
    date_source = NamedNode(GK.dateSource)
    trigger = NamedNode(GK.trigger)
    target = NamedNode(GK.target)
    content = NamedNode(GK.content)
    creator = NamedNode(_DCT + "creator")
    about = NamedNode(GK.about)
    reported_by = NamedNode(GK.reportedBy)
    cameo = NamedNode(GK.cameoCode)
    mentions = NamedNode(GK.mentionCount)


@lru_cache(maxsize=4096)
def _named(iri: str) -> NamedNode:
    return NamedNode(iri)


@lru_cache(maxsize=64)
def _classes(cls: str | None) -> tuple[NamedNode, ...]:
    return tuple(NamedNode(c) for c in node_class(cls))


def _relation_quads(rel: Relation, g: NamedNode, article: NamedNode, run: NamedNode,
                    date: Literal | None) -> list[Quad]:
    subj = _named(_mention_iri(rel.subject))
    obj = _named(_mention_iri(rel.object)) if rel.object is not None else None
    value = _text(rel.value) if rel.object is None and rel.value is not None else None
    prop = _named(relation_iri(rel.relation))
    node = NamedNode(fact_iri(rel.doc, rel.relation, subj.value, obj.value if obj else None,
                              rel.value, rel.start, rel.end, rel.negated, rel.modality, rel.role))
    q = [Quad(node, _RDF_TYPE, c, g) for c in _classes(rel.cls)]
    q += [
        Quad(node, _P.agent, subj, g),
        Quad(node, _P.relation, prop, g),
        Quad(node, _P.negated, _TRUE if rel.negated else _FALSE, g),
        Quad(node, _P.article, article, g),
        Quad(node, _P.sentence, _sentence(rel.evidence), g),
        Quad(node, _P.start, _int(rel.start), g),
        Quad(node, _P.end, _int(rel.end), g),
        Quad(node, _P.confidence, _number(rel.confidence), g),
        Quad(node, _P.generated, run, g),
    ]
    if rel.cls:
        q.append(Quad(node, _P.event_class, _text(rel.cls), g))
    if rel.modality:
        q.append(Quad(node, _P.modality, _text(rel.modality), g))
    when = _date(rel.date) if rel.date else date
    if when is not None:
        q.append(Quad(node, _P.date, when, g))
    q += _event_date(node, rel, g)
    if rel.trigger:
        q.append(Quad(node, _P.trigger, _text(rel.trigger), g))
    if rel.cameo:
        q.append(Quad(node, _P.cameo, _text(rel.cameo), g))
    if rel.about:
        q.append(Quad(node, _P.about, _text(rel.about), g))
    if rel.reported_by is not None and rel.reported_by.entity:
        q.append(Quad(node, _P.reported_by, _named(_mention_iri(rel.reported_by)), g))
    if rel.mentions > 1:
        q.append(Quad(node, _P.mentions, _int(rel.mentions), g))
    if rel.cls == "AUTHOR" and obj is None:
        obj, value = article, None  # the author wrote this article (its title is dct:title)
    target = obj if obj is not None else value
    if target is not None:
        q.append(Quad(node, _P.target if obj is not None else _P.content, target, g))
        if asserted(rel):
            q.append(Quad(subj, prop, target, g))
    if rel.cls == "MEMBER_OF" and obj is not None:
        q += _membership(node, subj, obj, rel.role, g)
    if rel.cls == "AUTHOR" and asserted(rel):
        q.append(Quad(article, _P.creator, subj, g))
    return q


def _event_date(node: NamedNode, rel: Relation, g: NamedNode) -> list[Quad]:
    """``gk:eventDate`` (an ``xsd:date``) and ``gk:datePrecision`` of a relation, if dated, and
    its ``gk:dateSource`` (also why an undated event has none)."""
    source = [Quad(node, _P.date_source, _text(rel.date_source), g)] if rel.date_source else []
    if not rel.event_date or not _DATE.match(rel.event_date):
        return source if rel.date_source in ("background", "future", "negated") else []
    quads = [Quad(node, _P.event_date, _day(rel.event_date), g)] + source
    if rel.date_precision:
        quads.append(Quad(node, _P.precision, _text(rel.date_precision), g))
    return quads


@lru_cache(maxsize=8192)
def _day(value: str) -> Literal:
    return Literal(value, datatype=_T_DATE)


def _membership(node: NamedNode, member: NamedNode, org: NamedNode, role: str | None,
                g: NamedNode) -> Iterable[Quad]:
    yield Quad(node, NamedNode(_ORG + "member"), member, g)
    yield Quad(node, NamedNode(_ORG + "organization"), org, g)
    if role:
        yield Quad(node, NamedNode(_ORG + "role"), NamedNode(role_iri(role)), g)


def role_quads(result: DocResult, graph: str = ACTORS_GRAPH) -> list[Quad]:
    """The ``org:Role`` descriptions (class, label) of the roles ``result``'s memberships name.

    They live in the shared actors graph, once, not in every article that names the role.

    >>> from graphkit.model import Article, Mention, Relation
    >>> m = Mention("X", "X", "Person", 0, 1)
    >>> r = Relation("a", m, "member_of", "MEMBER_OF", object=m, role="Spokesman")
    >>> [q.object.value for q in role_quads(DocResult(Article("a", ""), [r]))]
    ['http://www.w3.org/ns/org#Role', 'spokesman']
    """
    g = NamedNode(graph)
    out: dict[Quad, None] = {}
    for rel in result.relations:
        if rel.cls == "MEMBER_OF" and rel.role and rel.object is not None:
            r = NamedNode(role_iri(rel.role))
            out[Quad(r, _RDF_TYPE, NamedNode(_ORG + "Role"), g)] = None
            out[Quad(r, _RDFS_LABEL, _text(rel.role.casefold()), g)] = None
    return list(out)
