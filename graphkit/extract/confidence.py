"""Confidence: how likely a relation is right, from what is known to go wrong.

Each extractor gives a relation a grammar score (how directly the parse ties its actors to
the trigger). :func:`calibrate` then applies the factors of ``ontologies/confidence.tsv`` for
each signal the relation shows, signals that blind audits of real news found to go with wrong
relations: a subject or target that is a pronoun or a description rather than a name, a generic
agent ("police", "officials"), an event with no actor on the other side, an event reported in
someone's speech, a hedged or planned act, a trigger read from the CAMEO dictionary alone, a
long sentence (parses go wrong more often); a fact the article states more than once gains.

The factors are data: re-fit them from a judged audit sheet (``bench/calibrate.py``) and check
that precision rises with confidence. ``README.md`` says how to use confidence as a threshold.

Example:
    >>> from graphkit.model import Mention, Relation
    >>> m, it = Mention("Iran", "Iran", "Country", 0, 4), Mention("it", "Iran", "Country", 9, 11)
    >>> sure = Relation("d", m, "threaten", "THREATEN", object=m, confidence=0.9, evidence="x")
    >>> unsure = Relation("d", it, "threaten", "THREATEN", about="the deal", confidence=0.9,
    ...                   evidence="x")
    >>> signals(sure), signals(unsure)
    ((), ('pronoun-subject', 'no-target'))
    >>> calibrate(sure) > calibrate(unsure)
    True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graphkit.model import PLOVER_TYPES, Relation

__all__ = ["signals", "calibrate", "factors"]

_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "his",
                       "its", "their", "our", "who", "which"})
_HEDGES = frozenset({"might", "may", "could", "can", "should", "must", "ought", "if"})
_LONG = 40


def signals(rel: Relation) -> tuple[str, ...]:
    """The signals of risk (or of support) a relation shows, in a fixed order."""
    found: list[str] = []
    event = rel.cls in PLOVER_TYPES
    subject = rel.subject.text.strip()
    if subject.lower() in _PRONOUNS and not subject.isupper():  # "US" is no "us"
        found.append("pronoun-subject")
    elif subject[:1].islower() or subject.lower().startswith("the "):
        found.append("description-subject")
    if event and rel.subject.label[:1].islower():
        found.append("generic-subject")
    if event and rel.object is not None:
        if rel.object.text.strip().lower() in _PRONOUNS and not rel.object.text.strip().isupper():
            found.append("pronoun-target")
        elif rel.object.label[:1].islower() or (rel.object.type == "Group" and rel.object.key is None):
            found.append("generic-target")  # "police", "Italian engineers"
    if event and rel.object is None:
        found.append("no-target")
    if rel.reported_by is not None:
        found.append("reported")
    if rel.modality in _HEDGES:
        found.append("hedged")
    elif rel.modality is not None and event:
        found.append("intended")
    if rel.cls == "THREATEN" and rel.relation == "threaten" and rel.trigger \
            and rel.trigger.lower()[:5] not in ("threa", "warn"):
        found.append("planned-act")
    found.extend(n for n in rel.notes if n not in found)
    if len(rel.evidence.split()) > _LONG:
        found.append("long-sentence")
    if rel.mentions > 1:
        found.append("restated")
    return tuple(found)


def calibrate(rel: Relation) -> float:
    """The relation's confidence: its grammar score times the factor of each signal and of its
    class (kind ``CLASS`` in ``confidence.tsv``: a PLOVER class, ``MEMBER_OF``, ``ROLE``), in
    [0, 1]."""
    value = rel.confidence
    table = factors()
    for signal in signals(rel):
        value *= table.get((signal, _kind(rel)), table.get((signal, "*"), 1.0))
    # how often its class is right: trigger ambiguity for an event, how often the reading of
    # titles and party labels goes wrong for a membership or a role
    value *= table.get((str(rel.cls), "CLASS"), 1.0)
    return round(max(0.0, min(1.0, value)), 2)


def _kind(rel: Relation) -> str:
    return "EVENT" if rel.cls in PLOVER_TYPES else str(rel.cls)


@lru_cache(maxsize=2)
def factors(path: str | None = None) -> dict[tuple[str, str], float]:
    """``(signal, kind) -> factor`` from ``ontologies/confidence.tsv`` (kind ``*`` = any; kind
    ``CLASS``: the signal is a PLOVER class)."""
    from graphkit.vocab import ontology_dir

    file = Path(path) if path else ontology_dir() / "confidence.tsv"
    table: dict[tuple[str, str], float] = {}
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("signal\t"):
            continue
        cells = line.split("\t")
        try:
            table[(cells[0].strip(), cells[1].strip() or "*")] = float(cells[2])
        except (IndexError, ValueError):
            raise ValueError(f"{file}:{number}: expected signal<TAB>kind<TAB>factor, got {line!r}") from None
    return table
