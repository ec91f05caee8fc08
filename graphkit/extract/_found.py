"""One document's mention bookkeeping, shared by the passes of :mod:`graphkit.extract.mentions`.

:class:`Found` holds the document's frame (where the body ends, the dateline and byline that
hold no actor, the country the article is mostly about) and the mentions found so far, one
per first token, no two over the same token; :func:`candidates` picks the tokens worth a look.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING, Any

from graphkit.extract._text import among, body_end, doc_text, tokens_written
from graphkit.extract.lexicon import lexicon
from graphkit.gazetteer import load_gazetteer
from graphkit.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.gazetteer import Gazetteer

__all__ = ["Found", "candidates"]

#: Datelines and bylines sit in the first characters of an article.
_HEAD_CHARS = 1500
_DASHES = {"-", "\u2013", "\u2014", "--", ":"}
#: A section heading of a wiki text ("==Australia==", "== In the U.S.A. ==").
_HEADING = re.compile(r"==+[ \t]*([^=\n]{1,80}?)[ \t]*==+")
_CANDIDATES: dict[tuple[int, str], Any] = {}


class Found:
    """The frame of ``doc`` and the mentions found in it so far.

    Attributes:
        found: mention by index of its first token.
        tokens: the indices of the tokens some mention covers.
        country: the country the article is mostly about, if any.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.gaz: Gazetteer = load_gazetteer()
        self.text = doc_text(doc)
        self.limit = body_end(self.text)
        self.skip = _skip_spans(doc)
        self.found: dict[int, Mention] = {}
        self.tokens: set[int] = set()
        self.ents = _joined(doc)
        article = doc.user_data.get("article")
        #: the article's date (ISO), for the roles people hold at that date.
        self.date: str | None = getattr(article, "date", None)
        #: the countries the article names, with their weight (the dateline's counts most).
        self.tails = name_tails(self.ents)
        self.countries = _country_votes(list(doc.ents), self.gaz, self.skip, self.limit, self.tails)
        self.country = _main_country(self.countries)
        self._sentence_countries: dict[int, str | None] = {}
        self._sections = _sections(self.text, self.gaz, self.limit)
        #: the branches of national parties the article names ("the Nova Scotia Liberal
        #: Party"), by the national party's gazetteer id, with the national party's label.
        self.branches: dict[str, list[tuple[str, Mention]]] = {}

    @cached_property
    def named_countries(self) -> frozenset[str]:
        """The countries the article names by their own names, demonyms or capitals (read
        only for a party name several countries use, so only when one is met)."""
        return frozenset(hit for e in self.doc.ents if e.start_char < self.limit
                         for hit in [self.gaz.country_of(e.text)] if hit)

    def section_country(self, char: int) -> str | None:
        """The country the section holding character ``char`` is headed by ("==Australia=="
        above "Greens Leader Bob Brown said"), if its heading names one country."""
        at = bisect_right(self._sections, (char, "\uffff")) - 1
        return self._sections[at][1] or None if at >= 0 else None

    def usable(self, span: Span) -> bool:
        """True when ``span`` lies in the body and outside the dateline and byline."""
        if span.start_char >= self.limit:
            return False
        return not any(s <= span.start_char < e for s, e in self.skip)

    def add(self, span: Span, label: str, type_: str, *, key: str | None = None,
            country: str | None = None, text: str | None = None,
            cameo: str | None = None, description: bool = False) -> Mention | None:
        """Record a mention over ``span``, unless a mention already covers one of its tokens
        (``description``: the text describes the actor rather than names it)."""
        if not label or not self.usable(span):
            return None
        hazards = lexicon().natural_hazards
        if span[0].lower_ in hazards or (span.start and span.doc[span.start - 1].lower_ in hazards):
            return None  # "Hurricane Matthew killed 500 people": no actor
        if span.end < len(span.doc) and span.doc[span.end].tag_ == "$":
            return None  # "US $499,800", "NZ$ 2 million": a currency, no actor
        if any(i in self.tokens for i in range(span.start, span.end)):
            return None
        text = text or span.text
        end = span.end_char
        if text.endswith(".") and not label.endswith(".") and len(text) > 2:
            text, end = text[:-1], end - 1
        mention = Mention(text=text, label=label, type=type_, start=span.start_char, end=end,
                          key=key, country=country, cameo=cameo, description=description)
        self.found[span.start] = mention
        self.tokens.update(range(span.start, span.end))
        return mention

    def country_near(self, token: Token, *, guess: bool = True) -> str | None:
        """The country of an agent the text ties to none ("the cabinet", "the Foreign
        Ministry"): the one its section's heading names, else the article's when it names it
        at least twice as often as any other, else the one its sentence names most, else
        (``guess``) the article's."""
        section = self.section_country(token.idx)
        if section:
            return section
        ranked = self.countries.most_common(2)
        if self.country and (not ranked or ranked[0][0] != self.country
                             or len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return self.country
        sent = token.sent
        if sent.start not in self._sentence_countries:
            ents = [e for e in self.ents if sent.start <= e.start < sent.end]
            votes = _country_votes(ents, self.gaz, self.skip, self.limit, self.tails)
            self._sentence_countries[sent.start] = _main_country(votes)
        return self._sentence_countries[sent.start] or (self.country if guess else None)

    def code(self, country: str | None, sector: str = "") -> str | None:
        """The CAMEO actor code of a country's sector ("Afghanistan", "REB" -> "AFGREB");
        None when the country has no code."""
        code = self.gaz.country_code(country)
        return f"{code}{sector}" if code else None

    def drop(self, start: int, end: int) -> None:
        """Forget the mentions over tokens ``start`` to ``end`` (a longer one replaces them)."""
        for i in range(start, end):
            self.tokens.discard(i)
            self.found.pop(i, None)


def candidates(doc: Doc, kind: str) -> list[int]:
    """Indices of the tokens worth a look, found on the token arrays (no Token objects):
    proper nouns and nouns for "names", the agent and title nouns for "agents" (the
    lexicon's and the dictionaries'), the first words of party adjectives for "parties"."""
    import numpy as np
    from spacy.attrs import IS_TITLE, IS_UPPER, LEMMA, LOWER, ORTH, POS
    from spacy.symbols import NOUN, PROPN

    if not len(doc):
        return []
    if kind == "names":
        arr = doc.to_array([POS, IS_TITLE, IS_UPPER])
        # a proper noun in any case ("McCain", "DeLay" are no title case), a noun capitalised
        hits = (arr[:, 0] == PROPN) | (arr[:, 0] == NOUN) & ((arr[:, 1] > 0) | (arr[:, 2] > 0))
        return np.flatnonzero(hits).tolist()
    key = (id(doc.vocab), kind)
    if kind == "parties":
        hashes = _CANDIDATES.get(key)
        if hashes is None:
            gaz = load_gazetteer()
            words = {form.split()[0] for entries in gaz.by_adjective.values()
                     for e in entries for form in e.adjectives}
            hashes = np.array(sorted(doc.vocab.strings.add(w) for w in words), dtype="uint64")
            _CANDIDATES[key] = hashes
        return np.flatnonzero(among(doc.to_array(ORTH), hashes)).tolist()
    arr = doc.to_array([LOWER, LEMMA])
    hashes = _CANDIDATES.get(key)
    if hashes is None:
        from graphkit.knowledge import actor_knowledge

        lex = lexicon()
        words = set(lex.generic_agents) | set(lex.head_titles) | set(lex.named_heads) \
            | set(lex.country_agents) | set(lex.org_openers) | {"minister"} \
            | (actor_knowledge().agent_words - lex.not_agents)
        hashes = np.array(sorted(doc.vocab.strings.add(w) for w in words), dtype="uint64")
        _CANDIDATES[key] = hashes
    hits = among(arr[:, 0], hashes) | among(arr[:, 1], hashes)
    return np.flatnonzero(hits).tolist()


def name_tails(ents: list[Span]) -> dict[str, str]:
    """The last words by which an article shortens the organisations it names in full
    ("Tigers" after "Tamil Tigers"), with the full name; a word that ends two names is left
    out."""
    tails: dict[str, str] = {}
    clash: set[str] = set()
    for ent in ents:
        if ent.label_ in ("ORG", "NORP") and len(ent) > 1 and ent[-1].text[:1].isupper() \
                and len(ent[-1].text) > 3:
            word = ent[-1].text.lower()
            if tails.setdefault(word, ent.text) != ent.text:
                clash.add(word)
    return {w: full for w, full in tails.items() if w not in clash}


def _joined(doc: Doc) -> list[Span]:
    """The named entities, an organisation's name cut before its place rejoined: "High Court
    of" + "Australia" is "High Court of Australia"; "Pontifical Council" + "on the" + "Family"
    is "Pontifical Council on the Family", and "the Peace and" + "Freedom Party" is "Peace and
    Freedom Party" (an organisation's name the recogniser cut short, not a shorter one)."""
    from spacy.tokens import Span

    ents = [_and_joined(doc, e) for e in doc.ents]
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.end == ent.start and last.label_ in ("ORG", "FAC") \
                and doc[last.end - 1].lower_ in ("of", "for") and ent.label_ in ("GPE", "LOC", "ORG"):
            out[-1] = Span(doc, last.start, ent.end, label=last.label_, kb_id=last.kb_id_)
        elif last is not None and _headed(last) and ent.label_ in _TOPIC_LABELS and [
                t.lower_ for t in doc[last.end:ent.start]] in (["on", "the"], ["for", "the"], ["on"]):
            out[-1] = Span(doc, last.start, ent.end, label=last.label_, kb_id=last.kb_id_)
        else:
            out.append(ent)
    return out


#: Labels of a name an organisation's name may end in after "on the", "for the" ("Council on
#: the Family", "Committee for the Arts"): no person, place or date.
_TOPIC_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"})


def _headed(ent: Span) -> bool:
    """True for an organisation's name ending in an organisation's head word ("Council")."""
    return ent.label_ == "ORG" and not ent.kb_id_ and ent[-1].lower_ in lexicon().org_heads


def _and_joined(doc: Doc, ent: Span) -> Span:
    """``ent`` with the capitalised word and "and" the recogniser left before it ("the Peace
    and" + "Freedom Party"), where "the" opens them and the word is in no other name."""
    from spacy.tokens import Span

    start = ent.start
    if not _headed(ent) or start < 3 or doc[start - 1].lower_ != "and" \
            or doc[start - 3].lower_ != "the" or doc[start - 2].ent_type_:
        return ent
    word = doc[start - 2]
    if not (word.is_title and word.is_alpha):
        return ent
    return Span(doc, start - 2, ent.end, label=ent.label_, kb_id=ent.kb_id_)


#: Wiki heading marks ("===Flag Burning===").
_HEADING_MARKS = frozenset("=" * n for n in range(2, 7))


def _skip_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans that hold no actor: the dateline, the byline and wiki headings
    ("===Flag Burning===")."""
    spans = []
    marks = list(tokens_written(doc, _HEADING_MARKS)) if "==" in doc_text(doc) else []
    spans += [(a.idx, b.idx) for a, b in zip(marks[::2], marks[1::2], strict=False)
              if a.text == b.text and b.i - a.i <= 12 and "\n" not in doc[a.i:b.i].text]
    article = doc.user_data.get("article")
    for attr in ("dateline_span", "author_span"):
        span = getattr(article, attr, None) if article is not None else None
        if span:
            spans.append(tuple(span))
    for sent in doc.sents:
        if sent.start_char > _HEAD_CHARS:
            break
        first = [t for t in sent[:16] if not t.is_space][:12]
        if first and first[0].is_upper and first[0].is_alpha and len(first[0]) > 2:
            for i, token in enumerate(first[1:], 1):
                if token.text in _DASHES:
                    if all(_dateline_word(t) for t in first[:i]):
                        spans.append((first[0].idx, token.idx))
                    break
        if first and first[0].lower_ == "by" and len(sent) <= 6:
            spans.append((sent.start_char, sent.end_char))
    return spans


def _dateline_word(token: Token) -> bool:
    """Words of a dateline: "NAIROBI, July 12 (Reuters)", "MAIDUGURI, Nigeria"."""
    return token.is_upper or token.is_punct or token.like_num or token.pos_ == "PROPN"


def _country_votes(ents: list[Span], gaz: Gazetteer, skip: list[tuple[int, int]],
                   limit: int, tails: dict[str, str] | None = None) -> Counter[str]:
    """The countries an article names: countries, demonyms, capitals, and the cities and
    provinces the dictionaries place in a country; a dateline counts three times. A word that
    only shortens a name the article gave in full (``tails``: "Tigers") votes as that name."""
    from graphkit.knowledge import actor_knowledge

    kb = actor_knowledge()
    votes: Counter[str] = Counter()
    for ent in ents:
        if ent.start_char >= limit or ent.label_ not in ("GPE", "NORP", "ORG", "LOC"):
            continue
        weight = 3 if any(s <= ent.start_char < e for s, e in skip) else 1
        hit = gaz.country_of(ent.text)
        if hit:
            votes[hit] += weight
            continue
        entries = gaz.lookup((tails or {}).get(ent.text.lower(), ent.text) if len(ent) == 1 else ent.text)
        if len(entries) == 1 and entries[0].country:
            votes[entries[0].country] += weight
        elif not entries and ent.label_ in ("GPE", "LOC"):
            place = kb.place(ent.text)
            label = gaz.codes.get(place.code) if place is not None else None
            if label:
                votes[label] += weight
    return votes


def _main_country(votes: Counter[str]) -> str | None:
    """The country the article is mostly about: named more often than any other (a tie
    leaves the article without one, and its generic agents in the article)."""
    ranked = votes.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _sections(text: str, gaz: Gazetteer, limit: int) -> list[tuple[int, str]]:
    """Where each section heading of ``text`` starts, and the one country it names by its
    name or demonym ("" for a heading that names none or several, or a city only: the
    section is no one country's)."""
    sections = []
    for match in _HEADING.finditer(text, 0, limit):
        words = re.findall(r"[\w.'\u2019-]+", match.group(1))
        named = set()
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                run = " ".join(words[i:i + size])  # a country's name, not a city's ("==Victoria==")
                hit = gaz.country_of(run) or gaz.country_of(run.rstrip("."))
                if hit and run[:1].isupper():
                    named.add(hit)
        sections.append((match.start(), next(iter(named)) if len(named) == 1 else ""))
    return sections
