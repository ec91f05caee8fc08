"""Resolution: one entity per real-world actor, within an article and across the corpus.

Mentions are merged when they share a gazetteer id, when their labels agree (folded case,
spelling variants of personal names: "Siddiqi" / "Siddiqui"), and when one entity's label is a
surface form of another (an acronym seen as "Long Form (LF)" in some article). Generic agents
merge per country ("police" in Pakistan is not "police" in Kenya). Every surface form ends in
the entity's ``aliases``; the IRI is ``model.ENTITY_IRI`` + a slug of the entity's key, so the
same corpus always yields the same IRIs.

Example:
    >>> from graphkit.model import Article, DocResult, Mention
    >>> a = Mention("MQM", "Muttahida Qaumi Movement", "PoliticalParty", 0, 3, key="mqm")
    >>> b = Mention("Muttahida", "Muttahida Qaumi Movement", "PoliticalParty", 9, 18, key="mqm")
    >>> [(x.label, x.aliases, x.mentions) for x in resolve([DocResult(Article("d", ""),
    ...                                                              mentions=[a, b])])]
    [('Muttahida Qaumi Movement', ['MQM', 'Muttahida', 'Muttahida Qaumi Movement'], 2)]
    >>> a.entity
    'https://w3id.org/graphkit/id/actor/mqm'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from graphkit.model import ENTITY_IRI, Actor, DocResult, Mention

__all__ = ["resolve", "slug", "entity_iri"]

_GENERIC_TYPES = {"Government", "GovernmentBody", "SecurityForce", "Judiciary", "Group",
                  "ArmedGroup", "Organization"}


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs.

    >>> slug("Pakistan People's Party")
    'pakistan-peoples-party'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['\u2019]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"


def entity_iri(key: str) -> str:
    """The IRI of the entity with resolution key ``key``."""
    return ENTITY_IRI + slug(key)


def resolve(results: list[DocResult]) -> list[Actor]:
    """Merge the mentions of all ``results`` into actors; set ``Mention.entity`` in place.

    Args:
        results: the extraction results of a corpus (relations' subjects and objects count
            as mentions too, when they are not already in ``mentions``).

    Returns:
        One :class:`~graphkit.model.Actor` per entity, sorted by IRI; ``aliases`` holds every
        surface form and the label, ``mentions`` the number of mentions.
    """
    mentions = _all_mentions(results)
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        for key in _keys(mention):
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    _merge_by_alias(mentions, find, parent)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        groups[find(i)].append(mention)
    actors: dict[str, Actor] = {}
    for members in sorted(groups.values(), key=lambda ms: _canonical(ms)):
        actor = _actor(members, taken=actors)
        actors[actor.id] = actor
        for mention in members:
            mention.entity = actor.id
    _add_surnames(list(actors.values()))
    return sorted(actors.values(), key=lambda a: a.id)


def _add_surnames(actors: list[Actor]) -> None:
    """A person's surname is an alias of theirs when no other actor could carry it."""
    surnames: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        parts = actor.label.split()
        if actor.type == "Person" and len(parts) > 1:
            surnames[parts[-1]].append(actor)
    taken = {alias for actor in actors for alias in actor.aliases}
    words: Counter[str] = Counter(w for actor in actors if actor.type == "Person"
                                  for w in set(actor.label.split()))
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in taken and words[surname] == 1:
            owners[0].aliases = sorted(set(owners[0].aliases) | {surname})


def _all_mentions(results: list[DocResult]) -> list[Mention]:
    seen: set[int] = set()
    out: list[Mention] = []
    for result in results:
        pool = list(result.mentions)
        for rel in result.relations:
            pool.append(rel.subject)
            if rel.object is not None:
                pool.append(rel.object)
        for mention in pool:
            if id(mention) not in seen:
                seen.add(id(mention))
                out.append(mention)
    return out


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^the\s+", "", text.replace("'", ""))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _keys(mention: Mention) -> list[str]:
    keys = [f"id:{mention.key}"] if mention.key else []
    if mention.type == "Person":
        from graphkit.extract.actors import name_key

        keys.append(f"person:{name_key(mention.label)}")
    elif mention.type in _GENERIC_TYPES and mention.label[:1].islower():
        keys.append(f"agent:{_fold(mention.label)}|{(mention.country or '').lower()}")
    else:
        keys.append(f"name:{mention.type if mention.type == 'Place' else ''}:"
                    f"{_fold(mention.label)}")
    return keys


def _merge_by_alias(mentions: list[Mention], find, parent: list[int]) -> None:
    """A group whose label is another group's surface form (and only one group's) joins it."""
    forms: dict[str, set[int]] = defaultdict(set)
    for i, mention in enumerate(mentions):
        if _fold(mention.text) != _fold(mention.label):
            forms[_fold(mention.text)].add(find(i))
    for i, mention in enumerate(mentions):
        owners = forms.get(_fold(mention.label), set()) - {find(i)}
        if len(owners) == 1 and mention.type != "Person":
            parent[find(i)] = find(owners.pop())


def _canonical(members: list[Mention]) -> str:
    keyed = sorted(m.key for m in members if m.key)
    if keyed:
        return keyed[0]
    generic = [m for m in members if m.type in _GENERIC_TYPES and m.label[:1].islower()]
    label = _best_label(members)
    if generic and generic[0].country and generic[0].country.lower() not in label.lower():
        return f"{label} {generic[0].country}"
    return label


def _best_label(members: list[Mention]) -> str:
    counts = Counter(m.label for m in members)
    return max(counts, key=lambda label: (counts[label], len(label), label))


def _actor(members: list[Mention], *, taken: dict[str, Actor]) -> Actor:
    key = _canonical(members)
    iri = entity_iri(key)
    n = 2
    while iri in taken:
        iri = f"{entity_iri(key)}-{n}"
        n += 1
    label = _best_label(members)
    type_ = Counter(m.type for m in members).most_common(1)[0][0]
    countries = Counter(m.country for m in members if m.country)
    aliases = sorted({m.text for m in members} | {m.label for m in members})
    return Actor(id=iri, label=label, type=type_, aliases=aliases, mentions=len(members),
                 country=countries.most_common(1)[0][0] if countries else None,
                 key=next((m.key for m in members if m.key), None))
