"""Extraction: from a processed article to actor mentions and relations with evidence.

Layers, each reading only those below it: the lexicon (:mod:`~graphkit.extract.lexicon`, the
word lists of ``ontologies/lexicon``); mentions (:mod:`~graphkit.extract.mentions`: which
actors a document names); reference (:mod:`~graphkit.extract.reference`: which actor a token
denotes); the fact extractors (:mod:`~graphkit.extract.events`,
:mod:`~graphkit.extract.statements`, :mod:`~graphkit.extract.affiliations`); and
:func:`extract`, which runs them all over one article.
"""

from graphkit.extract.document import extract
from graphkit.extract.lexicon import Lexicon, LexiconError, lexicon
from graphkit.extract.mentions import actor_mentions, name_key
from graphkit.extract.reference import ActorIndex

__all__ = ["extract", "actor_mentions", "name_key", "ActorIndex", "lexicon", "Lexicon", "LexiconError"]
