"""Extraction: from a processed article to actor mentions and relations with evidence."""

from graphkit.extract.document import extract

__all__ = ["extract"]
