"""Names the text glosses with a generic agent: "dispersed by Herrassat (university police)".

A word the named-entity recogniser missed, written right before a generic agent in
parentheses, is that agent's own name: it becomes a mention of its own (the agent's type and
country), and the agent's words describe it in its article ("university police" is how the
article says what Herrassat is), so that both are one actor.

Example:
    >>> from graphkit.extract.mentions import actor_mentions
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("The students were dispersed by Herrassat (university police).")
    >>> [(m.text, m.label, m.description) for m in actor_mentions(doc)]
    [('Herrassat', 'Herrassat', False), ('university police', 'Herrassat', True)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

    from graphkit.extract._found import Found

__all__ = ["glossed_names"]

#: Prepositions after which a capitalised word is a place ("officers in Isfahan (local police)").
_PLACE_PREPS = frozenset({"in", "at", "from", "near", "across", "throughout", "outside", "inside"})


def glossed_names(found: Found) -> None:
    """Name the generic agents of ``found`` glossed in parentheses after a missed name."""
    lex = lexicon()
    for mention in list(found.found.values()):
        if not mention.label[:1].islower() or mention.type not in lex.org_types:
            continue
        span = found.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        name = _glossed(found, span) if span is not None else None
        if name is None or found.add(name, name.text, mention.type, country=mention.country) is None:
            continue
        mention.label, mention.description = name.text, True


def _glossed(found: Found, span: Span) -> Span | None:
    """The run of capitalised words no mention covers right before "(" + ``span`` + ")"."""
    doc = found.doc
    open_at = span.start - 1
    while open_at >= 0 and doc[open_at].pos_ == "DET":
        open_at -= 1  # "(the university police)"
    if open_at < 1 or doc[open_at].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return None
    start = open_at
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and start - 1 not in found.tokens:
        start -= 1
    if start == open_at or start > 0 and doc[start - 1].lower_ in _PLACE_PREPS:
        return None
    name = doc[start:open_at]
    if found.gaz.lookup(name.text) or found.gaz.country_of(name.text):
        return None  # a known actor or place the mentions left for a reason
    return name
