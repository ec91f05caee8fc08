"""Party adjectives and member nouns: "Tory leader", "a Lib Dem", "Democrat Barack Obama", "the
Labor caucus": the pass of :mod:`graphkit.extract.mentions` before the names.

A party adjective (listed with its party in the gazetteer, ``adjectives``) names the party,
never a person; where several countries have a party of that name, the one of the article's
country, else of a country the article names. A word inside a longer name ("Republican
Guard", "Labour Day") is not the party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._found import Found, candidates
from graphkit.extract._spans import continued

if TYPE_CHECKING:
    from spacy.tokens import Span

    from graphkit.gazetteer import GazetteerEntry

__all__ = ["find_parties"]


def find_parties(found: Found) -> None:
    """Add the party adjectives and member nouns of ``found.doc`` as mentions of the party."""
    doc = found.doc
    for i in candidates(doc, "parties"):
        if i in found.tokens:
            continue
        for size in (3, 2, 1):
            span = doc[i:i + size]
            entries = found.gaz.parties(span.text) if len(span) == size else []
            if entries and span.text[:1].isupper():
                break
        else:
            continue
        if _in_longer_name(found, span) or continued(span) or any(
                e.kb_id_ and e.start == span.start and e.end == span.end for e in found.ents):
            continue  # a longer name, or a gazetteer name the entities pass reads
        entry = _party(found, entries)
        if entry is not None:
            found.add(span, entry.label, "PoliticalParty", key=entry.id, country=entry.country,
                      cameo=entry.cameo or found.code(entry.country, "PTY"))
        else:  # a party of that name in a country the gazetteer lacks it for
            found.add(span, span.text, "PoliticalParty", country=found.country,
                      cameo=found.code(found.country, "PTY"))


def _party(found: Found, entries: list[GazetteerEntry]) -> GazetteerEntry | None:
    """The party a party adjective names here: the one of the article's country, else the
    one of a country the article names, else (an article naming no country) the first
    listed; None when the article is about a country with none of them."""
    for country in (found.country, *found.countries):
        own = [e for e in entries if e.country == country and country]
        if own:
            return own[0]
    return entries[0] if not found.countries else None


def _in_longer_name(found: Found, span: Span) -> bool:
    """``span`` lies inside a longer named entity that is not a person's name or a
    nationality ("Republican Guard", "Labour Day", "Liberal Party")."""
    for ent in found.ents:
        if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span) \
                and ent.label_ not in ("PERSON", "NORP"):
            return True
    return False
