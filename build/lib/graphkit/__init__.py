"""graphkit: political news in, a knowledge graph of actors and events out."""

from graphkit.model import Actor, Article, DocResult, Mention, Relation

__all__ = ["Actor", "Article", "DocResult", "Mention", "Relation", "__version__"]

__version__ = "0.1.0"
