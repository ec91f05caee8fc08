"""Party adjectives and member nouns: "Tory leader", "a Lib Dem", "Democrat Barack Obama", "the
Labor caucus": the pass of :mod:`graphkit.extract.mentions` before the names.

A party adjective (listed with its party in the gazetteer, ``adjectives``) names the party,
never a person; where several countries have a party of that name, the one of the article's
country, else of a country the article names. A word inside a longer name ("Republican
Guard", "Labour Day") is not the party. A national party named with a place of its country
("the Democratic Party of Arkansas", "the Arkansas Democratic Party") is its branch there: an
actor of its own; named with another country ("the Maldivian Democratic Party"), it is that
country's party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._found import Found, candidates
from graphkit.extract._spans import continued
from graphkit.extract._text import clean_label

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.gazetteer import GazetteerEntry
    from graphkit.model import Mention

__all__ = ["find_parties", "opened_party", "own_branches", "party_branch"]


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
        if _in_longer_name(found, span) or continued(span) or _after_name_word(found, span) or any(
                e.kb_id_ and e.start == span.start and e.end == span.end for e in found.ents):
            continue  # a longer name, or a gazetteer name the entities pass reads
        entry = _party(found, entries, found.section_country(span.start_char))
        if entry is not None:
            found.add(span, entry.label, "PoliticalParty", key=entry.id, country=entry.country,
                      cameo=entry.cameo or found.code(entry.country, "PTY"))
        else:  # a party of that name in a country the gazetteer lacks it for
            home = found.section_country(span.start_char) or found.country
            found.add(span, span.text, "PoliticalParty", country=home, cameo=found.code(home, "PTY"))


def _party(found: Found, entries: list[GazetteerEntry], section: str | None) -> GazetteerEntry | None:
    """The party a party adjective names here: the one of its section's country ("Greens"
    under "==Australia=="), else of the article's country, else of a country the article
    names, else (an article naming no country) the first listed; None when the article (or
    the section) is about a country with none of them."""
    if section is not None:
        return next((e for e in entries if e.country == section), None)
    for country in (found.country, *found.countries):
        own = [e for e in entries if e.country == country and country]
        if own:
            return own[0]
    return entries[0] if not found.countries else None


def _after_name_word(found: Found, span: Span) -> bool:
    """A capitalised word that is no title, place or organisation comes before ``span``
    inside the sentence: the two are one name the gazetteer lacks ("Georgetown County
    Republican Party"; "Christian Democrat" where no Christian Democratic party is known), not
    a party label after a state or a chamber ("Texas Democrat", "Senate Republicans")."""
    from graphkit.extract.lexicon import lexicon

    if not span.start:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ in ("PROPN", "ADJ") and prev.text[:1].isupper() and not prev.is_sent_start \
        and prev.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "PERSON") \
        and prev.lower_.rstrip(".") not in lexicon().titles \
        and found.gaz.country_of(prev.text) is None and not found.gaz.parties(prev.text)


def _in_longer_name(found: Found, span: Span) -> bool:
    """``span`` lies inside a longer named entity that is not a person's name or a
    nationality ("Republican Guard", "Labour Day", "Liberal Party")."""
    for ent in found.ents:
        if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span) \
                and ent.label_ not in ("PERSON", "NORP"):
            return True
    return False


def party_branch(found: Found, span: Span, entry: GazetteerEntry, *,
                 foreign: bool = True) -> Mention | None:
    """A national party ``entry`` named over ``span`` with a place of its country
    ("Democratic Party of Arkansas", "the Arkansas Democratic Party", "Arkansas' Democratic
    Party", "the South Australian Liberal Party"): the mention of its branch there,
    "Democratic Party of Arkansas"; else (``foreign``) the party of another country named
    with it, or None."""
    doc = found.doc
    whole = None
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        place = _place_of(found, doc[span.end + 1:min(span.end + 4, len(doc))], entry, forward=True)
        whole = doc[span.start:place[0].end] if place is not None else None
    if whole is None:
        before = span.start - (1 if span.start and doc[span.start - 1].dep_ == "case" else 0)
        place = _place_of(found, doc[max(before - 3, 0):before], entry, forward=False)
        whole = doc[place[0].start:span.end] if place is not None else None
    if whole is None or place is None:
        return _foreign(found, span, entry) if foreign else None
    branch = found.add(whole, f"{_party_name(entry)} of {place[1]}", entry.type,
                       country=entry.country, cameo=entry.cameo, text=clean_label(whole))
    if branch is not None:
        found.branches.setdefault(entry.id, []).append((entry.label, branch))
    return branch


def own_branches(found: Found) -> None:
    """In a country whose provincial parties are organisations of their own
    (``separate_branches.txt``), an article that names one branch of a national party ("the
    Nova Scotia Liberal Party") and no other speaks of that branch where it names the party
    short ("the Liberals", "Liberal leader"): those mentions become the branch's; the
    national party's full name ("the Liberal Party of Canada") stays the national party."""
    from graphkit.extract.lexicon import lexicon

    lex = lexicon()
    for key, branches in found.branches.items():
        national, branch = branches[0]
        if len({b.label for _, b in branches}) != 1 or branch.country not in lex.separate_branches:
            continue
        for mention in found.found.values():
            if mention.key == key and mention.text.lower().removeprefix("the ") != national.lower() \
                    and _next_word(found, mention) not in lex.national_posts:
                mention.label, mention.key = branch.label, None


def _next_word(found: Found, mention: Mention) -> str:
    """The word after ``mention`` in lower case ("MP" of "Liberal MP Garth Turner")."""
    words = found.text[mention.end:mention.end + 40].split()
    return words[0].lower().strip(".,;:") if words else ""


def _foreign(found: Found, span: Span, entry: GazetteerEntry) -> Mention | None:
    """A party of another country named like ``entry`` ("the Maldivian Democratic Party" is
    not the US Democratic Party): the mention of that country's party; else None."""
    doc = found.doc
    for size in (3, 2, 1):
        run = doc[max(span.start - size, 0):span.start]
        country = found.gaz.country_of(run.text) if len(run) == size and run.text[:1].isupper() else None
        if country and country != entry.country and not any(t.i in found.tokens for t in run):
            whole = doc[run.start:span.end]
            return found.add(whole, clean_label(whole), entry.type, country=country,
                             cameo=found.code(country, "PTY"))
    return None


def _place_of(found: Found, words: Span, entry: GazetteerEntry, *,
              forward: bool) -> tuple[Span, str] | None:
    """The longest run of capitalised words at the near end of ``words`` that names a
    place (not a country) of ``entry``'s country, or a region of it by name, abbreviation or
    demonym ("NSW", "South Australian": ``ontologies/regions.tsv``), with the place's name."""
    from graphkit.knowledge import actor_knowledge

    kb = actor_knowledge()
    for size in range(len(words), 0, -1):
        run = words[:size] if forward else words[len(words) - size:]
        if not all(t.text[:1].isupper() for t in run) or any(t.i in found.tokens for t in run):
            continue
        region = next((name for name, country in kb.regions(run.text)
                       if found.gaz.codes.get(country.code) == entry.country), None)
        if region is not None:
            return run, region
        if not all(t.pos_ == "PROPN" for t in run) or found.gaz.country_of(run.text):
            continue
        country = kb.place(run.text)
        if country is not None and found.gaz.codes.get(country.code) == entry.country:
            return run, run.text
    return None


def _party_name(entry: GazetteerEntry) -> str:
    """A national party's name without its country ("Liberal Party of Canada": "Liberal
    Party"), for the name of a branch."""
    if entry.country and entry.label.endswith(f" of {entry.country}"):
        return entry.label[:-len(f" of {entry.country}")]
    return entry.label


#: Lower-case words inside organisation names of other languages ("Partido de la Revolucion").
_NAME_LINKS = frozenset({"de", "del", "della", "dei", "la", "las", "los", "le", "les", "du", "des",
                         "di", "y", "e", "et", "pour", "per", "por", "para", "van", "voor", "für"})


def opened_party(found: Found, opener: Token) -> None:
    """"the Partido Nacional": a party of another language the NER missed, named by its first
    word (``org_openers.tsv``) and the capitalised words after it."""
    from graphkit.extract.lexicon import lexicon

    end = opener.i + 1
    doc, lex = found.doc, lexicon()
    while end < len(doc) and end not in found.tokens and doc[end].ent_type_ != "PERSON" \
            and doc[end].lower_ not in lex.title_words and (doc[end].text[:1].isupper() or (
                doc[end].lower_ in _NAME_LINKS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
        end += 1  # not "Bloc Leader Gilles Duceppe"
    if end - opener.i > 1 and doc[end - 1].lower_ not in _NAME_LINKS:
        span = doc[opener.i:end]
        found.add(span, span.text, lex.org_openers[opener.lower_])
