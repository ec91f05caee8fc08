"""Resolution: one entity per real-world actor, within an article and across the corpus
(:mod:`graphkit.resolve._actors` merges the mentions, :mod:`graphkit.resolve._forms` decides
which surface forms name an actor)."""

from graphkit.resolve._actors import entity_iri, mentions_of, resolve, slug

__all__ = ["resolve", "mentions_of", "slug", "entity_iri"]
