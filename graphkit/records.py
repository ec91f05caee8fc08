"""The output contract: ``relations.jsonl`` and ``entities.jsonl`` lines.

Field names are stable: other tools read them. Extend, never rename.

Example:
    >>> from graphkit.model import Actor, Mention, Relation
    >>> a = Actor(id="urn:a", label="Nasir Jamal", type="Person", aliases=["Jamal"], mentions=2)
    >>> m = Mention(text="Jamal", label="Nasir Jamal", type="Person", start=0, end=5, entity="urn:a")
    >>> r = Relation(doc="d", subject=m, relation="say", cls="STATEMENT", value="We will win.")
    >>> relation_record(r, {"urn:a": a})["object"]
    {'value': 'We will win.'}
    >>> entity_record(a)["aliases"]
    ['Jamal']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from graphkit.model import Actor, Mention, Relation

__all__ = ["relation_record", "entity_record", "write_jsonl"]


def _actor_ref(mention: Mention, actors: Mapping[str, Actor]) -> dict[str, Any]:
    actor = actors.get(mention.entity or "")
    ref: dict[str, Any] = {"id": mention.entity, "label": actor.label if actor else mention.label}
    cameo = mention.cameo or (actor.cameo if actor else None)  # a person's role at the date
    if cameo:
        ref["cameo"] = cameo
    return ref


def relation_record(rel: Relation, actors: Mapping[str, Actor]) -> dict[str, Any]:
    """One ``relations.jsonl`` line for a resolved relation.

    Args:
        rel: the relation, its mentions resolved (``Mention.entity`` set).
        actors: resolved actors by IRI, for clean labels.

    Returns:
        A JSON-ready dict in the documented field order.
    """
    if rel.object is not None:
        obj = _actor_ref(rel.object, actors)
    else:  # a literal (a quote, a title), or nothing: an event with no actor target
        obj = {"value": rel.value} if rel.value is not None else {}
    record: dict[str, Any] = {
        "doc": rel.doc,
        "subject": _actor_ref(rel.subject, actors),
        "relation": rel.relation,
        "class": rel.cls,
        "object": obj,
        "negated": rel.negated,
        "modality": rel.modality,
        "evidence": rel.evidence,
        "start": rel.start,
        "end": rel.end,
        "confidence": round(float(rel.confidence), 3),
    }
    if rel.role is not None:
        record["role"] = rel.role
    if rel.trigger is not None:
        record["trigger"] = rel.trigger
    if rel.date is not None:
        record["date"] = rel.date
    if rel.cameo is not None:
        record["cameo"] = rel.cameo
    if rel.about is not None:
        record["about"] = rel.about
    if rel.reported_by is not None:
        record["reported_by"] = _actor_ref(rel.reported_by, actors)
    if rel.notes:
        record["signals"] = list(rel.notes)
    if rel.mentions > 1:
        record["mentions"] = rel.mentions
        record["evidences"] = [{"evidence": text, "start": start, "end": end}
                               for start, end, text in rel.evidences]
    record["event_date"] = rel.event_date
    record["date_precision"] = rel.date_precision
    record["date_source"] = rel.date_source
    return record


def entity_record(actor: Actor) -> dict[str, Any]:
    """One ``entities.jsonl`` line."""
    record: dict[str, Any] = {
        "id": actor.id,
        "label": actor.label,
        "type": actor.type,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
    }
    if actor.country:
        record["country"] = actor.country
    if actor.sources:
        record["sources"] = actor.sources
    if actor.cameo:
        record["cameo"] = actor.cameo
    if actor.descriptions:
        record["descriptions"] = {doc: list(forms) for doc, forms in sorted(actor.descriptions.items())}
    return record


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> int:
    """Write records one per line, atomically (a temporary file renamed into place).

    Returns:
        The number of lines written.
    """
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    os.replace(tmp, path)
    return count
