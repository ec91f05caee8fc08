"""Titles: the posts and memberships an article gives a person, for affiliations and reference.

A title before the name ("MQM spokesman Nasir Jamal", "PTI Vice Chairman Shah Mehmood
Qureshi"), an apposition ("Shazia Marri, a PPP Member of National Assembly", "Siddiqui, the
party's deputy convener": the party just named), a title set off by a comma that the parse
leaves loose ("New South Wales Premier, Morris Iemma"; "J.D. Crouch, the USA's deputy
adviser, told"), a relative clause ("X, who heads the Y"), a post taken ("X was appointed
deputy premier"), an organisation with no post ("X of the Harvard Law School", "Labour's X",
"Senator X (D-IL)"), a post whose complement the name follows ("Minister of Foreign
Relations Manuel Rodriguez") or a post read off the words when the parse mangles them
("Greens co-chair Anja Roth") gives a :class:`Membership`; :mod:`graphkit.extract._posts`
reads each title phrase. A phrase is never the person's when it ties them to someone else
("wife of Senator X"), belongs to the next name of a list ("X, Chairman of the JIC John
Scarlett", "X, the MP and former Minister Y") or lies across table cells and list bullets.
:mod:`graphkit.extract.affiliations` turns them into MEMBER_OF and ROLE relations;
:class:`~graphkit.extract.reference.ActorIndex` reads "his party" with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from graphkit.extract._portfolios import leaves_post
from graphkit.extract._posts import (
    Reading,
    is_title_word,
    office_for,
    read_title,
    someone_else,
)
from graphkit.extract._spans import abbreviates
from graphkit.extract._text import body_end
from graphkit.extract._title_lists import INNER_PREPS, at_commas, coordinated_before, phrase_word
from graphkit.extract._untitled import led, of_organisation, surface_title
from graphkit.extract.lexicon import lexicon
from graphkit.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract._lookup import ActorLookup
    from graphkit.model import Mention

__all__ = ["Membership", "memberships"]



class Membership(NamedTuple):
    """A person's title as the text gives it, with the organisation and country it names."""

    person: Mention
    org: Mention | None
    role: str
    sentence: Span
    country: str | None = None
    #: the title as an office ("former president of European Council"), for ROLE.
    office: str | None = None


#: the pronouns that stand for one person
_PERSONAL = frozenset({"he", "she"})
#: a regnal number after a royal name ("Abdullah II")
_ROMAN = re.compile(r"[IVX]+")


def memberships(doc: Doc, index: ActorLookup) -> Iterator[Membership]:
    """Each membership or title the article states, in text order.

    The organisation comes first from a modifier of the title ("PPP Member"), else from the
    outermost organisation of an "of" chain ("chief of the Cell of the CID of Karachi Police"
    yields the CID and Karachi Police).
    """
    limit = body_end(index.text)
    for person in index.mentions:
        if person.type != "Person" or person.start >= limit:
            continue
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or _detail(span, index) or _group_name(span) or all(
                is_title_word(t.lower_) or t.lower_ in lexicon().ranks for t in span):
            continue  # "Coroner": a post read as a name names nobody
        for org, role in led(span, index):
            yield Membership(person, org, role, index.sent(span.root))
        royal = _royal_title(span)
        if royal:
            yield Membership(person, None, royal, index.sent(span.root), None, royal)
        sent = index.sent(span.root)
        readings = [read_title(tokens, span, index) for tokens in _title_phrases(span, index)
                    if not _relational(tokens, span, index)]
        if not any(r.role for r in readings):
            readings += [read_title(tokens, span, index) for tokens in _set_off(span, index)
                         if not _relational(tokens, span, index)]
        yield from _held(person, readings, sent)
        found = any(r.orgs for r in readings if not _opinion(r))
        for org in of_organisation(span, index):
            found = True
            yield Membership(person, org, "", sent)
        if not found:
            surface = surface_title(span, index)
            if surface is not None:
                org, role = surface
                yield Membership(person, org, role, sent, None, office_for(
                    Reading([org], role, None), org))
    yield from _pronoun_appointments(doc, index, limit)


def _held(person: Mention, readings: list[Reading], sent: Span) -> Iterator[Membership]:
    """The memberships and posts ``readings`` of the person's titles give."""
    for reading in readings:
        if _opinion(reading):
            continue  # "considers X the most suitable leader": no post held
        if reading.rank:
            yield Membership(person, None, reading.rank, sent, None, reading.rank)
        if not reading.orgs and reading.role:
            yield Membership(person, None, reading.role, sent, reading.country,
                             office_for(reading, None))
        after = [o for o in reading.orgs if o.start >= reading.start]
        for org in reading.orgs:
            # a post is the first organisation's of an "of" chain, not the rest's
            office = None if any(org is o for o in after[1:]) else office_for(reading, org)
            if _provincial(reading, org):
                # "the first Liberal premier": the province's party, not the country's
                if reading.role and office:
                    yield Membership(person, None, reading.role, sent, reading.country,
                                     office_for(reading, None))
                continue
            yield Membership(person, org, reading.role or "", sent, reading.country, office)


def _pronoun_appointments(doc: Doc, index: ActorLookup, limit: int) -> Iterator[Membership]:
    """The post a person named before is given through a pronoun ("He was appointed deputy
    premier", "she said she had been elected as chairwoman of the party")."""
    for token in doc:
        if token.idx >= limit:
            break
        if token.lower_ not in _PERSONAL or token.dep_ != "nsubjpass" \
                or token.head.lemma_.lower() not in lexicon().appointment_verbs:
            continue
        person = index.actor_for(token)
        if person is None or person.type != "Person":
            continue
        span = doc[token.i:token.i + 1]
        readings = [read_title(tokens, span, index) for tokens in _title_phrases(span, index)
                    if not _relational(tokens, span, index)]
        yield from _held(person, readings, index.sent(token))


def _royal_title(span: Span) -> str:
    """The royal title a person is named with ("King Abdullah", "Queen Elizabeth II": "King",
    "Queen"), written in the name or just before it, before one name and its numeral only
    ("Shah Mehmood Qureshi" is a name); "" for none."""
    doc = span.doc
    first = span[0] if len(span) > 1 else (doc[span.start - 1] if span.start else None)
    if first is None or first.lower_ not in lexicon().royal_titles or not first.text[:1].isupper():
        return ""
    names = [t for t in doc[first.i + 1:span.end] if not _ROMAN.fullmatch(t.text)]
    return first.text.capitalize() if len(names) == 1 else ""


def _opinion(reading: Reading) -> bool:
    """The title is an opinion or a hope about a post, not one held ("considers X the most
    suitable leader of PASOK", "the likely successor"): a word of ``opinion_words.txt``."""
    words = (reading.role or "").lower().split()
    return any(w in lexicon().opinion_words for w in words)


def _provincial(reading: Reading, org: Mention) -> bool:
    """A national party named by its label for a post held in a province or state whose
    parties are their own ("the first Liberal premier", "Liberal MPP": Ontario's Liberals,
    not the Liberal Party of Canada; ``subnational_posts.tsv``): the membership would claim
    the wrong party, and the title does not say which branch."""
    if org.type != "PoliticalParty" or not reading.role:
        return False
    posts = lexicon().subnational_posts
    words = reading.role.lower().replace("-", " ").split()
    for size in (3, 2, 1):
        for n in range(len(words) - size + 1):
            countries = posts.get(" ".join(words[n:n + size]))
            if countries is not None and (not countries or org.country in countries):
                return True
    return False


def _group_name(span: Span) -> bool:
    """The "person" is the name of the group a noun before it names ("Members of the party
    Patria Livre", "the movement X"): no person to title."""
    lex = lexicon()
    doc = span.doc
    if span.start < 2:
        return False
    noun, det = doc[span.start - 1], doc[span.start - 2]
    return noun.is_lower and det.dep_ == "det" and (
        noun.lower_ in lex.named_heads or noun.lower_ in lex.org_heads)


def _detail(span: Span, index: ActorLookup) -> bool:
    """A "name" in parentheses right after a person's name is a detail of that person (a
    seat, a place: "Russell Broadbent (McMillan, Liberal)"), not a person to title."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text != "(" and doc[i].text not in (")", ".") and span.start - i < 6:
        i -= 1
    return i >= 1 and doc[i].text == "(" and someone_else(doc[i - 1], span, index)


def _title_phrases(span: Span, index: ActorLookup) -> list[list[Token]]:
    """Token runs that title the person: prenominal modifiers and appositions; never a
    name apposed to another name ("Senators Ted Kennedy, Joe Biden"), an organisation's
    other name ("Great People's Party (Phak Mahachon)") or words across table cells and list
    bullets."""
    lex = lexicon()
    doc = span.doc
    root = span.root
    phrases = []
    first = root.left_edge.i
    for tok in doc[first:span.start]:
        if tok.is_quote or tok.text in (",", ";", ":", "(", ")") or _markup(tok):
            first = tok.i + 1
    left = [t for t in doc[first:span.start] if t.dep_ not in ("punct",)]
    inside = {t.i for t in left} | set(range(span.start, span.end))
    if left and all(t.head.i >= t.i or t.head.i in inside for t in left):
        phrases.append(left)
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.lower_ not in ("(", ")") \
                and (not someone_else(child, span, index) or _in_parentheses(child, span)) \
                and not any(
                    c.dep_ == "conj" and _titled_name(c, span, index)
                    for c in child.children) \
                and not _other_name(child, span, index):  # "X, the senator and former President Y"
            if _in_parentheses(child, span):  # "X (McMillan, Liberal)": all of it X's
                phrases.extend(_appos_phrases(child))
                continue
            phrases.extend(own for p in _appos_phrases(child) if (own := _own_part(p, span, index))
                           and not _listed_before(own, span, index))
    complement = _complement_title(span)
    if complement:
        phrases.append(complement)
    title = root.head
    if root.dep_ == "appos" and title.i < span.start and not someone_else(title, span, index) \
            and not (title.dep_ == "appos" and someone_else(title.head, span, index)):
        # "Adams, the Sinn Fein president, McGuinness, ...": the title is Adams's
        other_name = index.mention_at(root.head) is not None  # "Party (Phak Mahachon)"
        phrases.extend(p for p in _appos_phrases(root.head, stop=span.start)
                       if not other_name or any(is_title_word(t.lower_) for t in p))
    copulas = [root.head] if root.dep_ == "nsubj" and root.head.lemma_ == "be" else []
    copulas += [c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be" and any(
        s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]  # "X, who is
    for copula in copulas:  # a Labour MP,"
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children):
            continue  # "X would be the first member of the party": no post held
        for attr in copula.children:
            if attr.dep_ == "attr" and attr.lower_ in lex.title_words:
                phrases.extend(own for p in _appos_phrases(attr) if (own := _own_part(p, span, index)))
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in lex.appointment_verbs \
            and not (root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in root.head.children)):
        # "X was appointed deputy premier"; "Bush nominated Alito as Justice": Alito's post
        for post in _appointed_as(root.head):
            if is_title_word(post.lower_):
                phrases.extend(own for p in _appos_phrases(post) if (own := _own_part(p, span, index)))
    for verb in _leaving(root):  # "X resigned as party leader", "X, who stepped down as premier"
        for post in (c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for c in prep.children if c.dep_ == "pobj"):
            if is_title_word(post.lower_):
                phrases.extend(own for p in _appos_phrases(post) if (own := _own_part(p, span, index)))
    phrases += coordinated_before(phrases, span, index)
    return [part for p in phrases if not _across_cells(p, span)
            for parts in [at_commas(p)] for part in parts
            if len(parts) == 1 or not any(someone_else(t, span, index) for t in part)]


def _leaving(root: Token) -> list[Token]:
    """The verbs by which the person of the name ``root`` leaves a post: the verb it is the
    subject of, or of a relative clause on it ("X, who resigned as ...")."""
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for c in root.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]
    return [v for v in verbs if leaves_post(v)]


def _across_cells(words: list[Token], span: Span) -> bool:
    """Table-cell or list markup stands between the phrase and the name."""
    doc = span.doc
    gap = doc[words[-1].i + 1:span.start] if words[-1].i < span.start else doc[span.end:words[0].i]
    return any(_markup(t) for t in gap)


def _complement_title(span: Span) -> list[Token]:
    """A title whose complement the name follows ("Peruvian Minister of Foreign Relations
    Manuel Rodriguez", "Secretary of State for Foreign Affairs Jack Straw"): the parse makes
    the name the object of "of"; the complement is a name, not another title ("spokesman
    for President Bush" is no title of Bush)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.i > span.start:
        return []
    title = prep.head
    between = span.doc[prep.i + 1:span.start]
    if not is_title_word(title.lower_) or title.i > prep.i or not len(between) or any(
            not (t.text[:1].isupper() or t.lower_ in _COMPLEMENT_WORDS) or _markup(t)
            or is_title_word(t.lower_) for t in between):
        return []
    return [t for t in span.doc[title.left_edge.i:span.start] if not t.is_punct]


#: Lower-case words inside a post's capitalised complement ("Secretary of State for Foreign
#: and Commonwealth Affairs").
_COMPLEMENT_WORDS = frozenset({"the", "and", "of", "for", "&"})


#: Wiki markup that separates table cells and list items ("||", "|-", "*").
_MARKUP = frozenset({"|", "||", "|-", "|}", "{|", "*", "\u2022", "#"})


def _markup(token: Token) -> bool:
    """A table-cell or list-item separator, or a table attribute ('colspan="5"'); not a
    footnote mark written onto a word ("Joseph Crowley,* Democrat")."""
    if token.text == "*" and token.i and not token.nbor(-1).whitespace_:
        return False
    return token.text in _MARKUP or token.text.startswith(("|", "colspan", "rowspan"))


def _in_parentheses(token: Token, span: Span) -> bool:
    """``token`` lies in parentheses opened right after the name ("Russell Broadbent
    (McMillan, Liberal)": the person's own seat and party)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(" or token.i <= span.end:
        return False
    return not any(t.text == ")" for t in doc[span.end:token.i])


def _relational(tokens: list[Token], span: Span, index: ActorLookup) -> bool:
    """A phrase that ties the person to another one ("wife of U.S. Senator Norm Coleman",
    "an aide to President Bush", "the senator's son"): its posts are the other person's."""
    lex = lexicon()
    inside = {t.i for t in tokens} | set(range(span.start, span.end))
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i
             or span.start <= t.head.i < span.end]
    if not any(t.lower_ in lex.relational_nouns for t in heads):
        return False
    return any(is_title_word(t.lower_) and t.lower_ not in lex.relational_nouns
               or t.i not in range(span.start, span.end) and someone_else(t, span, index) for t in tokens)


def _appointed_as(verb: Token) -> list[Token]:
    """The post of "X was appointed (as) deputy premier", "X became president", "X served
    as the party's treasurer": the complement's head."""
    out = []
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "xcomp", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            out.append(child)
        if child.dep_ == "prep" and child.lower_ == "as":
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _set_off(span: Span, index: ActorLookup) -> list[list[Token]]:
    """Title phrases set off by a comma that the parse does not hang on the name: before it
    ("New South Wales Premier, Morris Iemma", "The prosecutor in Abeche, Ahmat Daoud") and
    after it ("J.D. Crouch, the USA's deputy adviser to President Bush, told")."""
    doc = span.doc
    sent = index.sent(span.root)
    phrases = []
    if span.start - 2 >= sent.start and doc[span.start - 1].text == ",":
        i = span.start - 2
        while i >= sent.start and phrase_word(doc[i], index) and not (
                doc[i].pos_ == "DET" and doc[i - 1].lower_ not in INNER_PREPS):
            i -= 1
        words = [t for t in doc[i + 1:span.start - 1] if not t.is_punct]
        last = max((n for n, t in enumerate(words) if is_title_word(t.lower_)), default=None)
        j = i
        while j > sent.start and doc[j].text != "," and i - j < 2:
            j -= 1  # past a word the phrase stopped at ("acting")
        after_name = j > sent.start and doc[j].text == "," and someone_else(
            doc[j - 1], span, index)  # "Adnan Pachachi, acting parliament speaker, X": his
        if any(t.dep_ in ("attr", "oprd") for t in words):
            last = None  # "Despite Bhutto being the new head of the PPP, Zardari": Bhutto's
        if last is not None and not after_name and (
                last == len(words) - 1 or words[last + 1].lower_ in INNER_PREPS):
            phrases.append(words)
    if span.end + 1 < sent.end and doc[span.end].text == ",":
        words = []
        for tok in doc[span.end + 1:sent.end]:
            if tok.text == "*" and not _markup(tok):
                continue  # a footnote mark: "Joseph Crowley,* Democrat"
            if not phrase_word(tok, index) or _markup(tok):
                break
            if not tok.is_punct:
                words.append(tok)
            if someone_else(tok, span, index):
                break
        words = _own_part(words, span, index)  # "... to President Bush": his title, not ours
        if tok.text == "," and tok.i + 1 < sent.end and someone_else(doc[tok.i + 1], span, index):
            words = []  # "X, the Colombian Minister, Carolina Barco": Barco's title
        if tok.pos_ == "CCONJ" and _names_next(tok, span, index):
            words = []  # "X, the MP and former Minister Y": a list of titled names
        if any(is_title_word(t.lower_) or _party_word(t, index) for t in words):
            phrases.append(words)  # "X, the MP, said"; "X, Democrat || Working Families"
    return phrases


def _own_part(words: list[Token], span: Span, index: ActorLookup) -> list[Token]:
    """The words of a title phrase after the name ``span`` that are its own: those before
    another person's name and that name's titles when a preposition ties it to the post
    ("adviser to President Bush"), none when the phrase runs into the name ("X, Chairman of
    the Joint Intelligence Committee John Scarlett": Scarlett's title)."""
    other = next((n for n, t in enumerate(words) if t.i >= span.end
                  and someone_else(t, span, index) and not _possessor(t, index)), None)
    if other is None:
        return words
    own = words[:other]
    while own and own[-1].i + 1 == words[other].i and is_title_word(own[-1].lower_):
        other -= 1
        own = own[:-1]
    if own and own[-1].is_punct:  # "(Liberal, Bowman)": a phrase of its own before the name
        return own[:-1]
    if not own or own[-1].lower_ not in INNER_PREPS:
        return []
    while own and own[-1].lower_ in INNER_PREPS:
        own = own[:-1]
    return own


def _other_name(head: Token, span: Span, index: ActorLookup) -> bool:
    """An apposition that is an organisation's name and no title ("Partido Socialista Obrero
    Espanol (PSOE), the Spanish Socialist Workers' Party"): the "person" is that organisation,
    named twice; a party label ("X, a Democrat") or a party in parentheses ("Franz Josef Jung
    (CDU)") is a membership."""
    lex = lexicon()
    mention = index.mention_at(head)
    if mention is None or mention.type not in lex.org_types or is_title_word(head.lower_):
        return False
    if _in_parentheses(head, span):
        return abbreviates(mention.text, span.text)
    text = mention.text.lower()
    return text not in lex.party_labels and not load_gazetteer().parties(mention.text) \
        and not any(is_title_word(t.lower_) for t in head.subtree)


def _listed_before(words: list[Token], span: Span, index: ActorLookup) -> bool:
    """Another person's name stands between the name and its apposition, not as a conjunct of
    the name ("X, Head of SIS Y, Chief of Staff": the list has moved on; "X and Y, both
    Republican" is said of both), or the apposition is one person's title after two names
    ("X nor Y, Supreme Court spokeswoman": Y's)."""
    doc = span.doc
    for tok in doc[span.end:words[0].i]:
        if _in_parentheses(tok, span):
            continue  # "Harry Reid (D-Nev), Senate minority leader"
        mention = index.mention_at(tok) if someone_else(tok, span, index) else None
        other = doc.char_span(mention.start, mention.end, alignment_mode="expand") \
            if mention is not None else None
        if other is not None and (other.root.dep_ != "conj" or other.root.head.i != span.root.i
                                  or _one_title(words)):
            return True
    return False


def _one_title(words: list[Token]) -> bool:
    """The phrase is one person's title: a singular title noun with no "both" or "all"
    ("X nor Y, Supreme Court spokeswoman": Y's; "X and Y, both Republican": both's)."""
    return not any(t.lower_ in ("both", "all") for t in words) and any(
        t.tag_ in ("NN", "NNP") and is_title_word(t.lower_) for t in words)


def _titled_name(node: Token, span: Span, index: ActorLookup) -> bool:
    """The phrase of ``node`` is a title and another person's name ("former President Emil
    Constantinescu"): the phrase it is coordinated with is a list of titled names."""
    words = list(node.subtree)
    return any(someone_else(t, span, index) for t in words) and \
        any(is_title_word(t.lower_) for t in words)


def _possessor(token: Token, index: ActorLookup) -> bool:
    """``token`` is a word of a name followed by "'s": the post's holder is someone else's
    ("Pramod Mahajan's secretary")."""
    mention = index.mention_at(token)
    doc = token.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in ("'s", "\u2019s")


def _names_next(conj: Token, span: Span, index: ActorLookup) -> bool:
    """A title and another person's name follow the coordinator ``conj`` within the phrase it
    coordinates ("X, the MP and former Minister Y")."""
    sent = index.sent(conj)
    titled = False
    for tok in conj.doc[conj.i + 1:sent.end]:
        if someone_else(tok, span, index):
            return titled
        if not phrase_word(tok, index) or tok.text == ",":
            return False
        titled = titled or is_title_word(tok.lower_)
    return False


def _party_word(token: Token, index: ActorLookup) -> bool:
    mention = index.mention_at(token)
    return mention is not None and mention.type == "PoliticalParty"


def _appos_phrases(head: Token, *, stop: int | None = None) -> list[list[Token]]:
    """The apposition headed by ``head`` and its conjuncts, each as its own phrase."""
    out = []
    for node in [head, *[c for c in head.children if c.dep_ == "conj"]]:
        skip = {t.i for c in node.children if c.dep_ in ("conj", "cc", "relcl", "acl")
                for t in c.subtree}
        skip |= {c.i for c in node.children if c.dep_ == "cc"}
        tokens = [t for t in node.subtree if t.i not in skip and (stop is None or t.i < stop)]
        cells = [t.i for t in tokens if _markup(t)]
        tokens = [t for t in tokens if not any(min(t.i, node.i) <= c <= max(t.i, node.i)
                                               for c in cells)]
        if node.i == head.i:
            tokens = [t for t in tokens if not (t.dep_ == "conj" and t.head.i == head.i)]
        if tokens:
            out.append(tokens)
    return out
