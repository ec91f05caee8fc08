"""The event coders' dictionaries (PETRARCH/Phoenix, CAMEO-to-PLOVER) as graphkit vocabulary.

:mod:`graphkit.dictionaries.petrarch` reads the dictionary formats; :mod:`graphkit.dictionaries.convert`
writes what graphkit loads under ``ontologies/`` (``graphkit dictionaries import``).
"""

from graphkit.dictionaries.petrarch import (
    ActorRecord,
    AgentRecord,
    DatedCode,
    PatternRecord,
    PloverRow,
    VerbRecord,
    read_actors,
    read_agents,
    read_plover,
    read_verbs,
)

__all__ = [
    "ActorRecord",
    "AgentRecord",
    "DatedCode",
    "PatternRecord",
    "PloverRow",
    "VerbRecord",
    "read_actors",
    "read_agents",
    "read_plover",
    "read_verbs",
]
