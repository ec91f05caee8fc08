"""Predicates and trims on named-entity spans, for :mod:`graphkit.extract.mentions`.

What kind of name a span is (a person's, a place's, an organisation's and of which type) and
where it really starts and ends, read off the parse and the lexicon.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphkit.extract._names import given_name_gender
from graphkit.extract._text import lower_words, quote_spans, singular
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.gazetteer import Gazetteer

__all__ = ["trim", "person_span", "is_place", "org_type", "people_noun", "titled", "given_named", "name_cased",
           "abbreviates", "continued", "appointed", "acting_title", "royal_name", "generic_body",
           "owner_country", "after_title", "torn_demonym", "quoted_speaker", "written_country",
           "another_named"]

#: Function words an acronym skips ("PPP": Pakistan People's Party).
_MINOR = {"of", "the", "for", "and", "in", "on", "de", "du", "des", "la", "le", "el", "al", "e", "i"}


def trim(span: Span) -> Span | None:
    """Drop leading articles and trailing possessives/punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    end = next((t.i for t in span if t.text == "(" and t.i > start), end)
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    ranks = lexicon().ranks
    ranked = False  # "Army Brig.", "Navy Rear Adm." before a name: the rank is the name's
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")
                           or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in ranks and (ranked or doc[end - 1].text.endswith("."))):
        ranked = ranked or doc[end - 1].lower_ in ranks
        end -= 1
    return doc[start:end] if end > start else None


def person_span(span: Span | None) -> Span | None:
    """A person's name without leading titles ("Senators Ted Kennedy") and without the end of
    a post's complement the NER ran into it ("Minister of Foreign Relations Manuel
    Rodriguez"), extended over a name the NER cut short."""
    if span is None:
        return None
    lex = lexicon()
    titles = lex.titles
    doc = span.doc
    start, end = span.start, span.end
    while start < end and _leads_title(doc[start], end, titles):
        start += 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end \
            and doc[end].ent_type_ not in ("ORG", "NORP") and not doc[end].is_upper:
        end += 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
            and doc[start - 1].ent_type_ in ("", "PERSON") and not doc[start - 1].is_upper \
            and not _is_title_word(doc[start - 1].lower_.rstrip("."), titles):
        start -= 1
    if end <= start:
        return None
    start = _after_complement(doc[start:end])
    ranked = [t.i for t in doc[start:end - 1] if t.text.endswith(".") and t.lower_ in lex.ranks]
    if ranked:  # "Marine Lt. Col. Kevin Chenail": no name holds an abbreviated rank
        start = ranked[-1] + 1
    while start < end and _leads_title(doc[start], end, titles):
        start += 1
    if end <= start:
        return None
    if not all(t.text[:1].isupper() or t.text in lex.name_particles or _hyphen_joined(t)
               for t in doc[start:end]):
        return None
    return _known_tail(doc[start:end])


def _hyphen_joined(token: Token) -> bool:
    """A hyphen inside a word, or the part after it ("Ki-moon", "Jean-Marie")."""
    doc = token.doc
    if token.text == "-":
        return 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
            and not token.whitespace_
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
        and not doc[token.i - 1].whitespace_


def _known_tail(span: Span) -> Span:
    """A name the NER ran into the words before it ("2008 US Presidential Election John
    McCain", "Stop Pat Robertson"), cut where the words cut off hold no given name and the rest
    is a person the dictionaries know, or the rest opens with a given name and the words cut
    off are common words (verbs and heads the CAMEO dictionary knows, portfolio and title
    words, words the article writes in lower case)."""
    if len(span) < 3:
        return span
    from graphkit.knowledge import actor_knowledge

    kb = actor_knowledge()
    cut_common = True  # every word cut off so far is a common word
    for cut in range(1, len(span) - 1):
        word = span[cut - 1]
        if given_name_gender(word.text) is not None:
            return span  # "John Paul Stevens": the words before are names too
        cut_common = cut_common and _common(word)
        if len(span[cut:].text.split()) < 2:
            return span  # a name is left whole, never cut to one word ("Ban Ki-moon")
        if kb.people(span[cut:].text) or (cut_common and given_name_gender(span[cut].text)):
            return span[cut:]
    return span


def _common(word: Token) -> bool:
    """A word of the language rather than of a name: a verb or head the CAMEO dictionary
    knows, a portfolio or title word, or a word the article writes in lower case."""
    from graphkit.knowledge.cameo import cameo_lexicon

    lex = lexicon()
    low = word.lower_
    return bool(cameo_lexicon().verbs(low)) or low in lex.portfolio_words \
        or low.rstrip(".") in lex.titles or low in lower_words(word.doc)


def _leads_title(token: Token, end: int, titles: frozenset[str]) -> bool:
    """A title word before a name, a rank that ends the rank before it ("Sergeant Major
    X Y"), a party's label before a full name ("Tory John Howell"), or a word that makes
    another post of the title after it ("Grand" of "Grand Ayatollah Ali al-Sistani", "Former"
    of "Former Senator X")."""
    if _is_title_word(token.lower_.rstrip("."), titles):
        return True
    if token.i and end - token.i > 2 and token.lower_ in lexicon().ranks \
            and token.nbor(-1).lower_ in lexicon().ranks:
        return True  # "Major" of "Sergeant Major Dan Ionescu", not of "Rep. Major R. Owens"
    if end - token.i > 2 and len(token) > 2 and token.lower_ in lexicon().party_labels:
        return True  # "Tory John Howell": the party's label, no word of the name
    after = token.i + 1
    return after < end and token.lower_ in lexicon().rankers \
        and _is_title_word(token.doc[after].lower_.rstrip("."), titles)


def _is_title_word(word: str, titles: frozenset[str]) -> bool:
    """A title, singular or plural ("Senators", "Congressmen"), or an abbreviated rank
    ("Cmdr.", its stop cut off)."""
    return word in titles or singular(word) in titles or f"{word}." in lexicon().ranks


def _after_complement(span: Span) -> int:
    """Where the name starts in a span that opens with the end of a post's complement:
    after "<title> of (the) ..." or "... and", at the first given name or title inside
    ("Foreign Relations Manuel Rodriguez", "Wales Lord Goldsmith", "Headquarters Francis
    Richards")."""
    lex = lexicon()
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].text[:1].isupper() and doc[i].lower_.rstrip(".") not in lex.titles
                      or doc[i].lower_ in ("the", "and", "&")):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "for") or \
            not _is_title_word(doc[i - 1].lower_.rstrip("."), lex.titles):
        return span.start
    for tok in span[1:]:
        if given_name_gender(tok.text) is not None or tok.lower_.rstrip(".") in lex.titles:
            return tok.i
        if tok.text in lex.name_particles:
            break
    return span.start


def is_place(span: Span) -> bool:
    """A "person" the NER found that is a place: "Gadap Town", listed among places, or set
    beside a place noun ("Mullaitivu, the last stronghold of the Tigers", "Haret Hreik, a
    crowded Beirut neighborhood")."""
    lex = lexicon()
    if span[-1].lower_ in lex.place_words:
        return True
    if any(c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN" and c.is_lower
           and c.lemma_.lower() in lex.place_words for c in span.root.children):
        return True
    if span.start and span.doc[span.start - 1].lower_.rstrip(".") in lexicon().titles:
        return False  # "Commander-in-Chief General Sonthi Boonyaratglin"
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.i != span.root.i and first.ent_type_ in ("GPE", "LOC", "FAC") or \
        first.dep_ == "pobj" and first.head.lower_ in ("in", "near", "at", "outside", "across") \
        and not _aimed_at(first.head)


def _aimed_at(prep: Token) -> bool:
    """"at" after an act aimed at someone ("fired missiles at Sheikh Ahmed Yassin", "lashed out
    at Tony Blair"): its object is the target, not a place."""
    from graphkit.vocab import verb_trigger

    if prep.lower_ != "at" or prep.head.pos_ != "VERB":
        return False
    lemma = prep.head.lemma_.lower()
    particle = next((c.lower_ for c in prep.head.children if c.dep_ == "prt"), None)
    rel = verb_trigger(lemma) or verb_trigger(lemma, "at") or (
        verb_trigger(lemma, particle) if particle is not None else None)  # "lashed out at"
    return rel is not None and rel.is_event


def org_type(span: Span) -> str:
    """The actor type an organisation's name gives it ("Sindh Police": SecurityForce)."""
    lex = lexicon()
    head = span.root.lower_
    if head in lex.security_units and {t.lower_ for t in span} & lex.security_words:
        return "SecurityForce"
    if head in lex.org_heads:
        return lex.org_heads[head]
    opener = next((t for t in span if t.dep_ != "det"), span[0])
    if len(span) > 1 and opener.lower_ in lex.org_openers:  # "Partido Nacional"
        return lex.org_openers[opener.lower_]
    last = span[-1].lower_
    return lex.org_heads.get(last, "Organization")


def people_noun(span: Span) -> bool:
    """A nationality or community as a noun ("20 Palestinians", "the Kurds"), not an
    adjective ("Pakistani principles")."""
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative")


def name_cased(token: Token) -> bool:
    """A word cased as a name: "Kennedy", "O'Neill", and "McCain" or "DeLay" too.

    >>> [name_cased(t) for t in __import__("spacy").blank("en")("McCain met UN staff")]
    [True, False, False, False]
    """
    text = token.text
    return token.is_title or text[:1].isupper() and text[1:2].islower()


def titled(span: Span) -> bool:
    """A name the NER took for an organisation that an apposition gives a person's title:
    "Mehmet Simsek, Turkey's finance minister"."""
    lex = lexicon()
    if not all(name_cased(t) for t in span) or span.root.lower_ in lex.org_heads:
        return False
    return any(c.dep_ == "appos" and c.lower_ in lex.person_nouns | lex.titles and c.i > span.end
               for c in span.root.children)


def appointed(span: Span) -> bool:
    """A name the NER took for an organisation that the text appoints to a public office:
    "Carmel Tebbutt was appointed as the state's deputy premier"."""
    lex = lexicon()
    root = span.root
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in lex.appointment_verbs \
            or not all(name_cased(t) for t in span):
        return False
    posts = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    return any(p.lower_ in lex.office_words or p.lower_ in lex.head_titles for p in posts)


def given_named(span: Span) -> bool:
    """A name the NER took for an organisation or place that opens with a listed given
    name: "Helena Lindqvist", "Peter Omondi"."""
    return len(span) <= 4 and all(name_cased(t) for t in span) \
        and given_name_gender(span[0].text) is not None \
        and not {span.root.lower_, span[-1].lower_} & lexicon().org_heads.keys()


def abbreviates(acronym: str, name: str, *, slack: int = 0) -> bool:
    """``acronym`` spells the initials of ``name``'s words ("LSK", "Law Society of Kenya");
    with ``slack``, up to that many letters after the first may differ, for an acronym the
    text defines in brackets right after the name with a letter of its own ("Australian
    Manufacturing Workers Union (AMFU)").

    >>> abbreviates("PPP", "Pakistan People\u2019s Party"), abbreviates("LSK", "Kenya")
    (True, False)
    >>> abbreviates("AMFU", "Australian Manufacturing Workers Union", slack=1)
    True
    """
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    words = [w for w in re.split(r"[\s\-\u2019']+", name) if w and w.lower() not in _MINOR
             and w.lower() != "s"]
    initials = "".join(w[0] for w in words if w[0].isalpha()).upper()
    if len(letters) < 2:
        return False
    if initials == letters or initials.replace("E", "") == letters.replace("E", ""):
        return True
    return len(letters) == len(initials) > 2 and letters[0] == initials[0] \
        and sum(a != b for a, b in zip(letters, initials, strict=True)) <= slack


def continued(span: Span) -> bool:
    """A capitalised word that is not a title or a person's name follows ``span``: the two
    are one name ("Republican Guard", "Labour Day")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title \
        and nxt.ent_type_ != "PERSON" and nxt.lower_.rstrip(".") not in lexicon().titles


def named_of(span: Span, gaz: Gazetteer) -> Span | None:
    """The longer name a one-word name the dictionaries know begins, when "of" and capitalised
    words that name no country or place follow it: "Congress of South African Trade Unions",
    "Party of Regions" (not "Congress of Colombia": that country's)."""
    doc = span.doc
    start = span.end + 1
    if start >= len(doc) or doc[span.end].lower_ != "of":
        return None
    start += doc[start].lower_ == "the"
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "ADJ", "NOUN"):
        end += 1
    words = doc[start:end]
    if not len(words) or gaz.country_of(words.text) or any(
            t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in words):
        return None
    return doc[span.start:end]


def kind_named(ent: Span) -> bool:
    """True for the name a kind of actor is given ("a group called Ansar al-Tawhid", "the
    group, calling itself X,", "a militia known as X"): an organisation, whatever the
    recogniser took it for. Read from the words, which the parser often gets wrong here."""
    lex = lexicon()
    doc = ent.doc
    i = ent.start - 1
    i -= i >= 0 and doc[i].lower_ == "the"
    if i < 1:
        return False
    word = doc[i].lower_
    if word == "itself" and doc[i - 1].lower_ == "calling" or word == "as" and doc[i - 1].lower_ == "known":
        i -= 1
    elif word not in lex.naming_participles:
        return False
    kind = doc[i - 1] if doc[i - 1].lower_ != "," else doc[i - 2] if i >= 2 else doc[i - 1]
    return kind.lemma_.lower() in lex.actor_kind_nouns \
        and kind.lemma_.lower() not in ("state", "country", "nation", "government")


def acting_title(ent: Span) -> bool:
    """A quoted name the NER took for a title that speaks or has members: an organisation
    ('"Zoe's Ark" says', 'members of a charity by the name of "Zoe's Ark,"'); a name after
    the quote that closes a quotation ('"..., but not now," Keller said') is no title."""
    doc = ent.doc
    after = ent.end
    while after < len(doc) and doc[after].text in (",", "."):
        after += 1  # '"Zoe's Ark," officials said'
    if after == len(doc) or not doc[after].is_quote:
        return False
    return _quoted_actor(ent)


def quoted_speaker(ent: Span) -> bool:
    """A name the NER took for a title right after the quote that closes a quotation,
    speaking ('"...," Cyrus Modahl said'): the speaker, a person."""
    doc = ent.doc
    if acting_title(ent) or not _quoted_actor(ent) or ent.root.dep_ != "nsubj" \
            or ent.root.head.lemma_.lower() not in lexicon().speech_verbs:
        return False
    quote = doc[ent.start - 1].idx
    return any(end == quote for _, end in quote_spans(doc.text))  # it closes a quotation


def _quoted_actor(ent: Span) -> bool:
    doc = ent.doc
    if not (ent.start and doc[ent.start - 1].is_quote) \
            or not all(name_cased(t) or t.dep_ == "case" for t in ent):
        return False
    root, lex = ent.root, lexicon()
    head = root.head
    if root.dep_ == "nsubj":
        return head.lemma_.lower() in lex.speech_verbs
    if root.dep_ in ("poss", "compound"):
        return head.lower_ in lex.member_nouns | lex.person_nouns
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.member_nouns | {"name"}


def royal_name(span: Span) -> str:
    """"King Abdullah": the one name after a royal title, with the title, as the person's
    name; "" for other spans."""
    doc = span.doc
    if len(span) != 1 or not span.start or not name_cased(span[0]) \
            or doc[span.start - 1].lower_ not in lexicon().royal_titles:
        return ""
    return f"{doc[span.start - 1].text.capitalize()} {span.text}"


def generic_body(span: Span, gaz: Gazetteer) -> bool:
    """A name every country gives its own body ("Foreign Ministry", "Interior Ministry",
    "Chinese Foreign Ministry", "the Federal Government"): a generic agent with portfolio words,
    national words and countries before it."""
    lex = lexicon()
    words = [t for t in span if t.lower_ not in ("'s", "\u2019s")]
    if len(words) < 2 or lex.generic_agents.get(words[-1].lower_) not in (
            "Government", "GovernmentBody", "Judiciary"):
        return False
    return all(t.lower_ in lex.portfolio_words or t.lower_ in lex.agent_adjectives
               or t.lower_ in lex.national_words or gaz.country_of(t.text) for t in words[:-1])


def after_title(span: Span) -> bool:
    """A one-word name after a title ("Wales Lord Goldsmith": Goldsmith)."""
    return span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in lexicon().titles


def owner_country(span: Span, gaz: Gazetteer) -> str | None:
    """The country written right before ``span`` as its owner ("Georgia's", "Georgian"), or
    right after it ("the Congress of Colombia")."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("'s", "\u2019s"):
        i -= 1
    before = gaz.country_of(doc[i].text) if i >= 0 and doc[i].text[:1].isupper() else None
    if before is not None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return before
    at = span.end + 1 + (doc[span.end + 1].lower_ == "the")
    country = next((e for e in doc.ents if e.start <= at < e.end and e.label_ == "GPE"), None) \
        if at < len(doc) else None
    return gaz.country_of(country.text) if country else None


def torn_demonym(token: Token, gaz: Gazetteer) -> Span | None:
    """The country name a wiki link tore a demonym's ending from ("Israel i troops", "the
    Nigeria n legislature": Israeli, Nigerian), with ``token`` the ending; else None."""
    doc = token.doc
    if not token.i or not token.is_lower or len(token) > 3 or not doc[token.i - 1].whitespace_:
        return None
    end = token.i
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    name = doc[start:end]
    country = gaz.country_of(name.text)
    return name if country and gaz.country_of(name.text + token.text) == country else None


def written_country(span: Span, gaz: Gazetteer) -> str | None:
    """The country a demonym or possessive right before a name and its title gives ("Saudi"
    of "Saudi King Abdullah", "Jordan's" of "Jordan's King Abdullah"), else None."""
    doc = span.doc
    for token in span:
        for child in token.lefts:
            if child.i < span.start and child.dep_ in ("amod", "compound", "nmod", "poss"):
                ent = next((e for e in doc.ents if e.start <= child.i < e.end), None)
                country = gaz.country_of(ent.text if ent is not None else child.text)
                if country is not None:
                    return country
    return None


def another_named(token: Token, full: str) -> bool:
    """True when ``token``, the given name of the person ``full``, begins another person's
    name the recogniser broke up: a capitalised name follows it that ``full`` does not hold
    ("Tenzin Gyatso" in an article that also names "Tenzin Taklha": the two words name that
    other person); not a body named after the person ("the Bush Administration"), nor a
    post the names took for a person ("City Councilor": no "City Charter" person)."""
    doc, lex = token.doc, lexicon()
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    words = full.split()
    return nxt is not None and token.text == words[0] and nxt.pos_ == "PROPN" \
        and name_cased(nxt) and nxt.text not in words \
        and not any(w.lower().rstrip(".") in lex.titles for w in words) \
        and nxt.lower_ not in lex.org_heads and nxt.lower_ not in lex.government_nouns \
        and nxt.lower_.rstrip(".") not in lex.titles
