"""Affiliations: who belongs to which organisation, who holds which office, who wrote it.

- MEMBER_OF (person -> organisation, ``role`` = the post): a title before the name ("MQM
  spokesman Nasir Jamal", "PTI Vice Chairman Shah Mehmood Qureshi"), an apposition
  ("Shazia Marri, a PPP Member of National Assembly", "Siddiqui, the party's deputy
  convener": the party just named), a party label ("Tory leader X", "Republican senator X",
  "Senator X (D-IL)"), a government post tied to a country ("Iranian president X": the
  Government of Iran).
- ROLE (person -> the post as a literal ``value``): every post a title gives, with its
  organisation or country ("spokesman of Hamas", "President of France"); a public office
  held by a party member stays alone ("Senator"); a post of a place inside a country is the
  place's ("First Minister of Scotland"). Ranks ("Lieutenant-Colonel") are a ROLE of their
  own. A post is read cleanly (:func:`~graphkit.extract._postnames.clean_post`): never an
  honorific or peerage ("Mr", "Dr", "Lord"), a candidacy but as named by its race
  ("presidential candidate", not "candidate of Senate"), an occupation ("journalist"), a
  member noun that
  names no post ("a Hamas official"), another person's name or post ("wife of Senator X",
  "Senators A, B": B's post is no "Senator A"), a reporter's beat ("White House
  correspondent" is no member of the White House) or a phrase that is no post's name
  ("leader of the two opposition parties"); a post no longer held says so ("ousted Prime
  Minister": "former Prime Minister").
- AUTHOR (byline person -> the article title or id), from ``doc.user_data["article"]``.

The titles themselves are read by :mod:`graphkit.extract._titles`.

Example:
    >>> from graphkit.extract.mentions import actor_mentions
    >>> from graphkit.extract.reference import ActorIndex
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Hamas spokesman Hazem Qassem rejected the plan.")
    >>> index = ActorIndex(doc, actor_mentions(doc))
    >>> [(r.cls, r.subject.label, r.object.label if r.object else r.value, r.role)
    ...  for r in affiliations(doc, index, doc_id="d")]
    [('MEMBER_OF', 'Hazem Qassem', 'Hamas', 'spokesman'), ('ROLE', 'Hazem Qassem', 'spokesman of Hamas', None)]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from graphkit.extract._postnames import no_longer_held
from graphkit.extract._posts import leads_only
from graphkit.extract._text import doc_text, sentence_bounds
from graphkit.extract._titles import memberships
from graphkit.model import Mention, Relation

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from graphkit.extract.reference import ActorIndex

__all__ = ["affiliations"]


def affiliations(doc: Doc, index: ActorIndex, *, doc_id: str) -> Iterator[Relation]:
    """MEMBER_OF, ROLE and AUTHOR relations of ``doc``.

    Args:
        doc: the processed article (``doc.user_data["article"]`` holds the Article, if any).
        index: the :class:`~graphkit.extract.reference.ActorIndex` of ``doc``.
        doc_id: the article id, copied into each relation.
    """
    seen: set[tuple[int, str | None, str, str | None]] = set()
    for person, org, role, sent, _country, office in memberships(doc, index):
        fact = (person.start, org.label if org is not None else None, role, office)
        if fact in seen:
            continue  # one title read twice ("X, a Republican," as apposition and set off)
        seen.add(fact)
        start, end, text = sentence_bounds(sent)
        if org is not None and not _no_membership(org, index):
            org = _persons_country(person, org)
            gone = no_longer_held(role)  # "former President of the United States": was a member
            yield Relation(doc=doc_id, subject=person, relation="member_of", cls="MEMBER_OF",
                           object=org, role=role or None, evidence=text, start=start, end=end,
                           modality="former" if gone else None, confidence=0.8 if gone else 0.9)
        if office:
            yield Relation(doc=doc_id, subject=person, relation="role", cls="ROLE",
                           value=office, evidence=text, start=start, end=end,
                           confidence=0.9)
    author = _author(doc, doc_id)
    if author is not None:
        yield author


def _persons_country(person: Mention, org: Mention) -> Mention:
    """A generic body in a person's title ("Opposition leader Kurmanbek Bakiyev") is of the
    country the actor dictionaries give that person, when they give one other than the country
    the article made the body's (the article's main country is often another's)."""
    from graphkit.gazetteer import load_gazetteer
    from graphkit.knowledge import actor_knowledge

    if org.key is not None or org.country is None or person.type != "Person":
        return org
    codes = {p.country for p in actor_knowledge().people(person.label) if p.country}
    country = load_gazetteer().codes.get(next(iter(codes))) if len(codes) == 1 else None
    if country is None or country == org.country:
        return org
    cameo = next(iter(codes)) + org.cameo[3:] if org.cameo and len(org.cameo) > 3 else None
    return replace(org, country=country, cameo=cameo)


def _no_membership(org: Mention, index: ActorIndex) -> bool:
    """True when a post tied to ``org`` makes its holder no member of it: a place's post
    ("mayor of Springfield": a town is no body one belongs to), or a body the organisation
    only leads or backs ("spokesman for the Hamas-led Interior Ministry"). A post no longer
    held stays a membership, its role saying so ("former director") and its modality
    "former"."""
    return org.type == "Place" or leads_only(org, index)


def _author(doc: Doc, doc_id: str) -> Relation | None:
    """AUTHOR from the article's byline (``author`` and ``author_span``)."""
    article = doc.user_data.get("article")
    name = getattr(article, "author", None)
    if not name:
        return None
    span = getattr(article, "author_span", None)
    text = doc_text(doc)
    if span is None:
        at = text.find(name)
        span = (at, at + len(name)) if at >= 0 else (0, 0)
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    name_at = text.find(name, start, end) if end > start else -1
    m_start, m_end = (name_at, name_at + len(name)) if name_at >= 0 else (start, end)
    person = Mention(text=name, label=name, type="Person", start=m_start, end=m_end)
    title = getattr(article, "title", None) or doc_id
    return Relation(doc=doc_id, subject=person, relation="author", cls="AUTHOR", value=title,
                    evidence=text[line_start:line_end].strip(), start=line_start,
                    end=line_end, confidence=1.0)
