"""Running every extractor over one article: :func:`extract`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.dates import iso_date
from graphkit.extract._descriptions import described
from graphkit.extract._text import doc_text
from graphkit.extract.affiliations import affiliations
from graphkit.extract.confidence import calibrate, signals
from graphkit.extract.dates import date_relation, restated
from graphkit.extract.events import events
from graphkit.extract.mentions import actor_mentions
from graphkit.extract.narrative import Narrative
from graphkit.extract.reference import ActorIndex
from graphkit.extract.statements import statements
from graphkit.model import STRUCTURAL_TYPES, DocResult, Relation

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc

    from graphkit.model import Article

__all__ = ["extract", "fact_key"]


def extract(doc: Doc, article: Article) -> DocResult:
    """All the knowledge of one article: actor mentions, events, statements, affiliations.

    Args:
        doc: ``article.text`` processed by :func:`graphkit.nlp.load_pipeline`.
        article: the article; stored in ``doc.user_data["article"]`` for the extractors.

    Returns:
        A :class:`~graphkit.model.DocResult` with every mention and one relation per fact:
        a fact stated several times keeps its first statement as ``evidence``/``start``/``end``
        and counts them all in ``mentions``, with every one in ``evidences``; ``date`` is the
        article's date, ``event_date`` the date the fact's own clause gives (else the
        article's); bad event dates are left empty and noted in ``date_notes``.

    Example:
        >>> from graphkit.nlp import load_pipeline
        >>> from graphkit.model import Article
        >>> art = Article(id="a", text="Hamas spokesman Hazem Qassem said the talks failed.")
        >>> result = extract(load_pipeline()(art.text), art)
        >>> sorted((r.cls, r.subject.label) for r in result.relations)
        [('MEMBER_OF', 'Hazem Qassem'), ('ROLE', 'Hazem Qassem'), ('STATEMENT', 'Hazem Qassem')]
    """
    doc.user_data["article"] = article
    doc_text(doc, known=article.text)
    mentions = actor_mentions(doc)
    index = ActorIndex(doc, mentions)
    found: list[Relation] = []
    found.extend(events(doc, index, doc_id=article.id))
    found.extend(statements(doc, index, doc_id=article.id))
    found.extend(affiliations(doc, index, doc_id=article.id))
    shift = _shift(doc_text(doc), article.text)
    relations: list[Relation] = []
    seen: dict[tuple, Relation] = {}
    notes: list[str] = []
    anchor = iso_date(article.date)
    story = Narrative(doc, anchor)
    for rel in sorted(found, key=lambda r: r.start):
        if rel.object is not None and rel.object is rel.subject:
            continue
        if note := date_relation(doc, rel, anchor, story=story):  # while the offsets still point into doc
            line = f"{article.path or article.id}: {note}"
            notes += [line] if line not in notes else []
        _still_to_come(rel, anchor)
        rel.start += shift
        rel.end += shift
        rel.date = rel.date or article.date
        kept = seen.get(fact_key(rel))
        if kept is None:
            seen[fact_key(rel)] = rel
            rel.evidences = [(rel.start, rel.end, rel.evidence)]
            relations.append(rel)
        elif (rel.start, rel.end) not in {(s, e) for s, e, _ in kept.evidences}:
            kept.mentions += 1  # the same fact stated again: one relation, every evidence
            kept.evidences.append((rel.start, rel.end, rel.evidence))
            kept.confidence = max(kept.confidence, rel.confidence)
            restated(kept, rel)
    for rel in relations:
        rel.confidence = calibrate(rel)
        rel.notes = signals(rel)  # kept with the relation: why its confidence is what it is
    extra = described(doc, index, mentions) + [r.subject for r in relations if r.cls == "AUTHOR"]
    for mention in mentions + extra:
        if shift:
            mention.start += shift
            mention.end += shift
    return DocResult(article=article, relations=relations, mentions=mentions + extra,
                     date_notes=notes)


def _still_to_come(rel: Relation, anchor: date | None) -> None:
    """Mark an event its own clause dates after the article ("Bush's visit next week", "talks
    set for Monday") as planned: modality ``"future"``, never asserted as done."""
    if rel.cls in STRUCTURAL_TYPES or rel.negated or rel.modality is not None:
        return
    if rel.date_source == "clause" and anchor is not None and rel.event_date is not None \
            and rel.event_date > anchor.isoformat():  # a date named, not a tense guessed
        rel.modality = "future"


def fact_key(rel: Relation) -> tuple:
    """What makes two relations of an article the same fact: subject, predicate, object (or
    literal) and polarity (and a membership's role); a generic agent counts with its country
    ("troops" of Nigeria are not those of Cameroon). Restated facts merge into one."""
    obj = rel.object.label if rel.object is not None else rel.value
    country = rel.object.country if rel.object is not None else None
    return (rel.subject.label, rel.subject.country, rel.relation, rel.cls, obj, country,
            rel.negated, rel.role)


def _shift(doc_text: str, article_text: str) -> int:
    if doc_text == article_text:
        return 0
    at = article_text.find(doc_text)
    return max(at, 0)
