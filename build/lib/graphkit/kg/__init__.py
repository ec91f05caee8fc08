"""The knowledge graph: ontology namespace, RDF mapping, embedded and remote stores."""

from graphkit.kg.mapping import RunInfo
from graphkit.kg.namespace import GK, PREFIXES
from graphkit.kg.remote import RemoteStore
from graphkit.kg.store import KnowledgeStore, StoreError, open_store

__all__ = ["GK", "PREFIXES", "KnowledgeStore", "RemoteStore", "RunInfo", "StoreError", "open_store"]
