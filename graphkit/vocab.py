"""The relation vocabulary, read from ``ontologies/relations.ttl``.

The ontology is the single place where a relation is defined: its IRI, label, PLOVER type,
CAMEO code and trigger words. This module parses it once per process and hands out plain
:class:`RelationDef` records; the extractor looks triggers up here and the knowledge graph
takes IRIs, PLOVER types and CAMEO codes from here.

Example:
    >>> vocab = load_vocabulary()
    >>> vocab["demand"].plover, vocab["demand"].cameo, vocab["demand"].parent
    ('REQUEST', '100', 'request')
    >>> verb_trigger("threaten").name
    'threaten'
    >>> noun_trigger("threat").iri
    'https://w3id.org/graphkit/ontology#threatens'
    >>> verb_trigger("call", "on").name
    'request'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graphkit.model import ONTOLOGY_IRI, RELATION_CLASSES

__all__ = [
    "RELATIONS_FILE",
    "RelationDef",
    "VocabularyError",
    "ontology_dir",
    "load_vocabulary",
    "verb_trigger",
    "noun_trigger",
    "verb_triggers",
    "noun_triggers",
    "blame_nouns",
    "ancestors",
    "relation_for_code",
]

#: File name of the relation vocabulary inside :func:`ontology_dir`.
RELATIONS_FILE = "relations.ttl"


class VocabularyError(ValueError):
    """The relation vocabulary file is missing or inconsistent."""


@dataclass(frozen=True, slots=True)
class RelationDef:
    """One relation as the ontology defines it.

    Attributes:
        name: the fine predicate used in relations.jsonl ("threaten", "member_of").
        iri: the property IRI (``gk:threatens``).
        label: the property's English label ("threatens").
        plover: its PLOVER type, or a structural class (STATEMENT, MEMBER_OF, ROLE, AUTHOR).
        cameo: the CAMEO code as a string ("130"), or None.
        triggers: verb lemmas that express it; a two-word trigger ("call on") is a verb lemma
            plus a particle, preposition or object word.
        nouns: noun lemmas that express it as a nominal event ("threat").
        parent: the name of the relation it is a kind of (its ``rdfs:subPropertyOf``), or None.
        comment: the ontology's ``rdfs:comment``.
        blame: nouns for misconduct ("terror", "corruption"): speaking of an actor's
            misconduct expresses this relation towards that actor (``gk:blameNoun``).
        target_optional: the act is complete with no target actor ("declared martial law",
            ``gk:targetOptional``).
    """

    name: str
    iri: str
    label: str
    plover: str
    cameo: str | None = None
    triggers: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    parent: str | None = None
    comment: str = ""
    blame: tuple[str, ...] = ()
    target_optional: bool = False

    @property
    def is_event(self) -> bool:
        """True for PLOVER event relations (not STATEMENT, MEMBER_OF, ROLE, AUTHOR)."""
        from graphkit.model import PLOVER_TYPES

        return self.plover in PLOVER_TYPES


def ontology_dir() -> Path:
    """The folder holding graphkit's ontology files (relations.ttl, graphkit.ttl, shapes.ttl).

    In a source checkout ``graphkit/ontologies`` links to the top-level ``ontologies/``; an
    installed wheel carries a copy, so the files are found either way.

    >>> (ontology_dir() / RELATIONS_FILE).is_file()
    True
    """
    return Path(__file__).resolve().parent / "ontologies"


@lru_cache(maxsize=4)
def load_vocabulary(path: Path | None = None) -> dict[str, RelationDef]:
    """Parse the relation vocabulary once and return it by fine relation name.

    Args:
        path: a Turtle file to read instead of ``ontology_dir() / "relations.ttl"``.

    Returns:
        ``{name: RelationDef}`` for every property carrying ``gk:relationName``.

    Raises:
        VocabularyError: the file is missing, not Turtle, or a relation lacks its PLOVER type,
            has an unknown one, names an undefined parent, or shares a trigger with another.
    """
    import rdflib
    from rdflib.namespace import RDFS

    file = Path(path) if path is not None else ontology_dir() / RELATIONS_FILE
    graph = rdflib.Graph()
    try:
        graph.parse(file, format="turtle")
    except FileNotFoundError as exc:
        raise VocabularyError(f"{file}: relation vocabulary not found") from exc
    except Exception as exc:  # rdflib raises several parser error types
        raise VocabularyError(f"{file}: not valid Turtle ({exc})") from exc
    gk = rdflib.Namespace(ONTOLOGY_IRI)
    names = {str(p): str(n) for p, n in graph.subject_objects(gk.relationName)}
    vocab: dict[str, RelationDef] = {}
    for prop, name in sorted(names.items(), key=lambda kv: kv[1]):
        node = rdflib.URIRef(prop)
        plover = graph.value(node, gk.ploverType)
        if plover is None or str(plover) not in RELATION_CLASSES:
            raise VocabularyError(f"{file}: relation {name!r} has no or an unknown gk:ploverType")
        parents = [names[str(p)] for p in graph.objects(node, RDFS.subPropertyOf)
                   if str(p) in names]
        cameo = graph.value(node, gk.cameoCode)
        vocab[name] = RelationDef(
            name=name, iri=prop, label=str(graph.value(node, RDFS.label) or name),
            plover=str(plover), cameo=str(cameo) if cameo is not None else None,
            triggers=tuple(sorted(str(v) for v in graph.objects(node, gk.triggerVerb))),
            nouns=tuple(sorted(str(v) for v in graph.objects(node, gk.triggerNoun))),
            parent=parents[0] if parents else None,
            comment=str(graph.value(node, RDFS.comment) or ""),
            blame=tuple(sorted(str(v) for v in graph.objects(node, gk.blameNoun))),
            target_optional=bool((node, gk.targetOptional, rdflib.Literal(True)) in graph),
        )
    _check_triggers(vocab, file)
    return vocab


def _check_triggers(vocab: dict[str, RelationDef], file: Path) -> None:
    """Each trigger word must lead to exactly one relation."""
    for attr in ("triggers", "nouns", "blame"):
        seen: dict[str, str] = {}
        for rel in vocab.values():
            for word in getattr(rel, attr):
                if word in seen:
                    raise VocabularyError(f"{file}: trigger {word!r} is given for both "
                                          f"{seen[word]!r} and {rel.name!r}")
                seen[word] = rel.name


@lru_cache(maxsize=1)
def verb_triggers() -> dict[str, RelationDef]:
    """Every verb trigger (lemma, or "lemma word" for two-word triggers) -> its relation."""
    return {w: rel for rel in load_vocabulary().values() for w in rel.triggers}


@lru_cache(maxsize=1)
def noun_triggers() -> dict[str, RelationDef]:
    """Every noun trigger lemma -> its relation."""
    return {w: rel for rel in load_vocabulary().values() for w in rel.nouns}


@lru_cache(maxsize=1)
def blame_nouns() -> dict[str, RelationDef]:
    """Every misconduct noun -> the relation its speaker expresses (ACCUSE).

    >>> blame_nouns()["corruption"].plover
    'ACCUSE'
    """
    return {w: rel for rel in load_vocabulary().values() for w in rel.blame}


def verb_trigger(lemma: str, word: str | None = None) -> RelationDef | None:
    """The relation a verb lemma (with an optional particle/object ``word``) triggers.

    >>> verb_trigger("crack", "down").plover
    'COERCE'
    >>> verb_trigger("eat") is None
    True
    """
    key = f"{lemma.lower()} {word.lower()}" if word else lemma.lower()
    return verb_triggers().get(key)


def noun_trigger(lemma: str) -> RelationDef | None:
    """The relation a noun lemma triggers, if any.

    >>> noun_trigger("sanction").plover
    'SANCTION'
    """
    return noun_triggers().get(lemma.lower())


def ancestors(name: str) -> list[str]:
    """The chain of broader relations above ``name``, nearest first.

    >>> ancestors("assassinate")
    ['kill', 'assault']
    """
    vocab = load_vocabulary()
    chain: list[str] = []
    parent = vocab[name].parent
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = vocab[parent].parent
    return chain


@lru_cache(maxsize=512)
def relation_for_code(code: str, plover: str) -> RelationDef | None:
    """The graphkit relation closest to a CAMEO ``code`` of PLOVER type ``plover``: of the
    relations of that type, the one whose code shares the longest prefix with ``code`` (at
    least the root), the broadest first on ties; else the type's top relation.

    >>> relation_for_code("1831", "ASSAULT").name, relation_for_code("196", "ASSAULT").name
    ('bomb', 'attack')
    >>> relation_for_code("0874", "RETREAT").name, relation_for_code("1041", "REQUEST").name
    ('retreat', 'demand')
    >>> relation_for_code("182", "ASSAULT").name
    'injure'
    """
    rels = [r for r in load_vocabulary().values() if r.plover == plover]
    if not rels:
        return None

    def shared(rel: RelationDef) -> int:
        cameo, n = rel.cameo or "", 0
        while n < min(len(cameo), len(code)) and cameo[n] == code[n]:
            n += 1
        return n

    best = max(rels, key=lambda r: (shared(r), r.cameo == code, -len(ancestors(r.name)),
                                    -len(r.triggers)))  # "182" is injuring, not "1821"
    if shared(best) >= 2:
        return best
    return next((r for r in rels if r.parent is None), best)
