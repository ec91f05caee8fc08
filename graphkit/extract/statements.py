"""Statements: who said what, from direct quotes and reported speech.

A speech verb ("said", "told", "asserted", "alleged") with an actor as subject yields a
STATEMENT relation whose ``value`` is what was said: the quotation next to the verb (before
or after it, possibly over several sentences) or the reported clause ("X said that ...").
The speaker can be a name, a pronoun ("he said": the last person named) or a description
("the MQM lawmaker asserted": the last person of the MQM named). Reading who said what is
:mod:`graphkit.extract._speech`'s; the fine relation comes from the speech verb
(``ontologies/lexicon/speech_verbs.tsv``).

Example:
    >>> from graphkit.extract.mentions import actor_mentions
    >>> from graphkit.extract.reference import ActorIndex
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("The Kenyan government will talk to rebels, Interior Minister "
    ...                       "Kithure Kindiki said on Monday.")
    >>> index = ActorIndex(doc, actor_mentions(doc))
    >>> [(r.subject.label, r.relation, r.value) for r in statements(doc, index, doc_id="k1")]
    [('Kithure Kindiki', 'say', 'The Kenyan government will talk to rebels')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphkit.extract._speech import Said, all_said
from graphkit.extract._text import sentence_bounds
from graphkit.extract.lexicon import lexicon
from graphkit.model import Relation

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from graphkit.extract.reference import ActorIndex

__all__ = ["statements"]


def statements(doc: Doc, index: ActorIndex, *, doc_id: str) -> Iterator[Relation]:
    """STATEMENT relations of ``doc``: speaker -> what was said (a literal ``value``).

    Args:
        doc: the processed article.
        index: the :class:`~graphkit.extract.reference.ActorIndex` of ``doc``.
        doc_id: the article id, copied into each relation.

    Yields:
        One relation per attributed quotation or reported clause; ``trigger`` is the verb.
    """
    from graphkit.extract.polarity import polarity

    speech_verbs = lexicon().speech_verbs
    for said in all_said(doc, index):
        if polarity(said.verb).negated:
            continue  # "did not say whether ...", "declined to say": nothing was said
        start, end, text = sentence_bounds(said.sent)
        yield Relation(
            doc=doc_id, subject=said.speaker, relation=speech_verbs.get(
                said.verb.lemma_.lower(), "say"), cls="STATEMENT",
            value=said.content, evidence=text, start=start, end=end,
            trigger=said.verb.text, confidence=_confidence(said),
        )


def _confidence(said: Said) -> float:
    """A quotation is surer than a reported clause; a quoted piece of a sentence whose
    clause could not be read is less sure than either."""
    if said.fragment:
        return 0.7
    return 0.9 if said.quote else 0.8
