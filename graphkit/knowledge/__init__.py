"""graphkit's knowledge layer: what the event coders' dictionaries say, as plain lookups.

:mod:`graphkit.knowledge.actors` answers about countries, capitals, demonyms, generic agents,
organisations and people with dated roles; :mod:`graphkit.knowledge.cameo` about verbs, their
phrase patterns and CAMEO codes and PLOVER types. Both read ``ontologies/dictionaries`` once.
"""

from graphkit.knowledge.actors import ActorKnowledge, actor_knowledge, fold

__all__ = ["ActorKnowledge", "actor_knowledge", "fold"]
