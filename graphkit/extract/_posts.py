"""Reading one title phrase: the post, its organisation, its country and the rank.

A title phrase is the run of words that titles a person ("U.S. military spokesman
Lieutenant-Colonel", "the Republican senator from Pennsylvania", "Iran's top nuclear
negotiator"). :func:`read_title` finds in it the organisations (mentions, party labels such as
"Tory" or "Republican", the government of a country for a government post), the post as
written (without honorifics, determiners, organisations and other people's names; "spokesmen"
made singular), the country or place that holds it (:mod:`graphkit.extract._places`) and a
rank written after the post or alone ("Maj. Gen."). :func:`office_for` turns a
reading into the ROLE value ("spokesman of Hamas", "President of France", "Senator").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from graphkit.extract._party_labels import next_to, party_at, party_label
from graphkit.extract._places import country_word, employer, holding_place
from graphkit.extract._portfolios import (
    left_post,
    mention_tokens,
    portfolio_after,
    portfolio_of,
    portfolio_word,
)
from graphkit.extract._postnames import _FORMER, _PREPS, candidacy, clean_post, is_title_word
from graphkit.extract._text import singular
from graphkit.extract.lexicon import government_label, lexicon
from graphkit.gazetteer import load_gazetteer
from graphkit.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.extract._lookup import ActorLookup
    from graphkit.extract.lexicon import Lexicon

__all__ = ["TITLE_BITS", "Reading", "clean_post", "is_title_word", "leads_only", "names_field",
           "names_post", "office_for", "read_title", "same_name", "someone_else"]

_SKIP = {"det", "punct", "case", "cc", "predet"}
_FILLER = {"another", "a", "an", "the", "its", "his", "her", "their", "our", "also"}
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_HYPHENS = frozenset({"-", "\u2011", "\u2013"})
_BRIDGES = _HYPHENS | {".", "'s", "\u2019s"}
#: Possessive determiners: a post's name never holds one.
_POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})
#: words that belong to a post without being title words ("co-chair", "acting").
TITLE_BITS = frozenset({"co", "-", "\u2011", "of", "vice", "deputy", "acting", "interim"})


class Reading(NamedTuple):
    """What a title phrase says: organisations, the post, the country, the rank."""

    orgs: list[Mention]
    role: str | None
    country: str | None
    rank: str | None = None
    #: the post names no organisation's office ("Republican senator"): ROLE is the post alone.
    public: bool = False
    #: character offset where the post starts.
    start: int = 0
    #: the sub-national place that holds the post ("Scotland's First Minister"), if any.
    place: str | None = None


def read_title(tokens: list[Token], person: Span, index: ActorLookup) -> Reading:
    """Organisations, the role text, the country and the rank in a title phrase.

    The post is the run of words around the title head, without honorifics ("Mr"), ranks
    written after it ("spokesman Lieutenant-Colonel": the rank), determiners, organisations,
    countries and other people's names; a party adjective ("Republican senator") is the party;
    a country with a government post and no organisation ("Iranian president") is that
    country's government, unless a sub-national place holds the post ("Scotland's First
    Minister") or the country is the post's field ("the envoy to Sudan"). The organisation of
    a reporter's post is its beat ("White House correspondent"), not an employer.
    """
    lex = lexicon()
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    head = roots[0] if len(roots) == 1 and _is_title(roots[0]) else \
        max(tokens, key=lambda t: t.i if _is_title(t) else -1)
    if not any(_is_title(t) for t in tokens):
        # "X, a Democrat,", "Social Democrat X": any party mention next to the name
        after = tokens[0].i >= person.end
        party = next((p for t in tokens if (p := party_label(t, index) or party_at(
            t, index, after or next_to(t, person, index))) is not None), None)
        return Reading([party] if party is not None else [], None, None)
    before, chain, cut = _organisations(tokens, head, person, index)
    beat = singular(head.lower_) in lex.beat_posts
    if beat:
        before = [(t, a) for t, a in before if a.type == "MediaOutlet"]  # the rest: the beat
    org_tokens = set()
    for tok, actor in before:
        org_tokens |= mention_tokens(tok, actor)
    if before:
        chain, cut = [], None
    first = next((t for t in tokens if t.i not in org_tokens), None)
    role_tokens = [t for t in tokens if t.i not in org_tokens
                   and (t.dep_ not in _SKIP - {"det"} or portfolio_word(t, head, index))
                   and (t.pos_ != "VERB" or t.lower_ in TITLE_BITS or t.lower_ in lex.rankers)
                   and not (t.dep_ == "det" and (first is None or t.i <= first.i
                                                 or t.head.i == head.i))
                   and t.lower_ not in _FILLER - {"the"}
                   and not (t.pos_ == "ADV" and t.i < head.i and t.lower_ not in TITLE_BITS
                            and t.lower_ not in lex.rankers and t.lower_ not in _FORMER)
                   and not (t.dep_ == "poss" and (t.i < head.i or index.mention_at(t)))
                   and t.i not in range(person.start, person.end)
                   and not same_name(t, person, index)
                   and not someone_else(t, person, index)
                   and (cut is None or t.i < _of_before(cut))
                   and country_word(t, index) is None
                   and not (t.ent_type_ in _PLACE_ENTS and not _is_title(t) and t.i < head.i
                            and not names_field(t) and t.lower_ not in lex.place_words)]
    role_tokens = _with_inner_countries(role_tokens, tokens, index)
    run = _run(role_tokens, head)
    former = [t for t in role_tokens if t.lower_ in _FORMER and run and t.i < run[0].i]
    first_i = min(t.i for t in tokens)
    before_title = [head.doc[first_i - 1]] if first_i else []  # the parse's verb: "deposed"
    gone = any(t.lower_ in lex.former_words and t.i < head.i and t not in run
               for t in [*before_title, *tokens]) or left_post(head)
    ranker = _ranker_before(run, role_tokens, tokens, lex)
    role_tokens, rank = _split_rank(former[:1] + ranker + run, lex)
    place = None if beat else holding_place(tokens, head, index)  # "Washington reporter"
    country = None if place else employer(tokens, head, index)
    role = _singular_post(_words(role_tokens), role_tokens)
    if gone and role and not former and not role.lower().startswith("former "):
        role = f"former {role}"  # "ousted Prime Minister", "the late president"
    if singular(head.lower_) in lex.candidacy_words:
        chain = []  # "a candidate for Senate": the race, not a body of theirs
    orgs = [a for _, a in before] or ([chain[0][1]] + ([chain[-1][1]] if len(chain) > 1 else [])
                                      if chain else [])
    if role and chain and not before and chain[0][1].type == "GovernmentBody" \
            and not _is_post(role):
        role = f"{role} of {chain[0][1].text}"  # "one of the Members of Parliament"
    portfolio = bool(role) and role.lower().split()[-1] in lex.government_posts and any(
        t.lower_ in lex.portfolio_words for t in role_tokens)  # "Conservative foreign secretary"
    public = any(o.type == "PoliticalParty" for o in orgs) and (any(
        t.lower_ in lex.office_words for t in role_tokens) or portfolio)
    party = next((o for o in orgs if o.type == "PoliticalParty"), None)
    chamber = next((t for t in tokens if t.lower_ in lex.chamber_words and party is not None
                    and t.idx < party.start < head.idx), None)  # not "parliamentary leader of X"
    if role and chamber is not None and not public:  # "House Republican leader": the
        role = head.doc[chamber.i:head.i + 1].text  # party's group in the House, as written
        public = True
    if role and not orgs and country and any(
            w in lex.government_posts for w in role.lower().replace("-", " ").split()):
        orgs = [_government(country, tokens, index)]
    start = run[0].idx if run else head.idx
    return Reading(orgs, role or None, country, rank, public, start, place)


def _with_inner_countries(role_tokens: list[Token], tokens: list[Token], index: ActorLookup
                          ) -> list[Token]:
    """The role's words with a country word put back where the "of" phrase goes on past it
    ("chief of Lebanese military intelligence": the post is the whole phrase, not "chief");
    a country that ends the phrase ("President of France") stays out of the post."""
    kept = {t.i for t in role_tokens}
    inner = [t for t in tokens if t.i not in kept and t.i - 1 in kept and t.i + 1 in kept
             and t.doc[t.i - 1].lower_ == "of" and _goes_on(t.doc[t.i - 1], t.doc[t.i + 1])
             and country_word(t, index) is not None]
    return sorted([*role_tokens, *inner], key=lambda t: t.i) if inner else role_tokens


def _goes_on(of: Token, nxt: Token) -> bool:
    """``nxt`` is a word of the phrase "of" governs, and no post of its own."""
    return nxt.pos_ in ("NOUN", "ADJ", "PROPN") and not _is_title(nxt) \
        and any(t.i == nxt.i for t in of.subtree)


def _organisations(tokens: list[Token], head: Token, person: Span, index: ActorLookup
                   ) -> tuple[list[tuple[Token, Mention]], list[tuple[Token, Mention]],
                              Token | None]:
    """The organisations of a title phrase: those before the post ("PPP Member"), those of
    the "of" chain after it, and the token where that chain starts."""
    lex = lexicon()
    before: list[tuple[Token, Mention]] = []
    chain: list[tuple[Token, Mention]] = []
    seen: set[int] = set()
    cut = None
    for tok in tokens:
        if tok.i in range(person.start, person.end) or \
                _is_title(tok) and index.mention_at(tok) is None or \
                any(a.start <= tok.idx < a.end for _, a in before):
            continue
        actor = index.actor_for(tok) if tok.pos_ in ("PROPN", "NOUN", "PRON", "DET") or \
            tok.dep_ == "poss" or index.mention_at(tok) is not None else None
        if (actor is None or actor.type not in lex.org_types) and tok.i < head.i:
            actor = party_label(tok, index) or actor
        if actor is None or actor.type not in lex.org_types or id(actor) in seen \
                or actor.label == person.text or names_post(actor) or leads_only(actor, index):
            continue
        if tok.i > head.i and not _in_chain(tok, head):
            continue  # "negotiator with the IAEA", "speaker in a list of Democrats"
        if tok.i < head.i and portfolio_of(actor, head) or portfolio_after(tok, actor, head):
            continue  # "Police Minister X", "Aboriginal Affairs Minister X", "Minister for
            # Workplace Relations": the portfolio
        if tok.i < head.i and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < head.i
                                  and head in c.subtree for c in tok.children):
            continue  # "the kidnappers of Egypt's ambassador, X": whose the post is not
        seen.add(id(actor))
        if tok.i < head.i:
            before.append((tok, actor))
        else:
            chain.append((tok, actor))
            if cut is None:
                cut = tok
    return before, chain, cut


def leads_only(org: Mention, index: ActorLookup) -> bool:
    """``org`` only leads or backs the body named after it ("the Hamas-led Interior Ministry",
    ``leading_participles.txt``): it is not the body of a post in that phrase."""
    after = index.text[org.end:org.end + 20].lower()
    return after[:1] in ("-", "\u2010", "\u2011") and \
        after[1:].split(" ")[0] in lexicon().leading_participles


#: prepositions after which an organisation is what a post acts against, not its body.
_AGAINST_PREPS = frozenset({"against", "toward", "towards"})
#: prepositions after which an organisation is an envoy's counterpart ("envoy to the UN").
_COUNTERPART_PREPS = frozenset({"to", "with"})


def names_field(token: Token) -> bool:
    """``token`` names a portfolio's field ("Indian" of "Indian Affairs Minister")."""
    return token.i + 1 < len(token.doc) and token.nbor(1).lower_ in lexicon().field_nouns


def _in_chain(token: Token, head: Token) -> bool:
    """The organisation word ``token`` after the post ``head`` names the post's body: the
    way up from it to the post passes no collection of people ("the final speaker in a long
    list of Democrats": the list's body) and no preposition of a counterpart ("the chief
    negotiator with the IAEA", "the ambassador to the UN")."""
    lex = lexicon()
    envoy = head.lower_ in lex.envoy_posts
    node = token
    for _ in range(10):
        if node.i == head.i:
            return True
        parent = node.head
        if parent.i == node.i:
            return False
        if parent.dep_ == "prep" and (parent.lower_ in _AGAINST_PREPS
                                      or envoy and parent.lower_ in _COUNTERPART_PREPS):
            return False
        if parent.i != head.i and parent.lower_ in lex.collection_nouns:
            return False
        node = parent
    return False


def same_name(token: Token, person: Span, index: ActorLookup) -> bool:
    """``token`` is a word of the person's own name left out of the mention: the named-entity
    recogniser's name runs on from it into ``person`` ("President of the PNA Mahmoud Abbas"
    with the mention "Abbas": "Mahmoud" is no word of the post), or it and the words up to
    the mention are words of the person's full name ("Minister of Foreign Relations Felipe
    Pérez Roque", the mention "Roque" of Felipe Pérez Roque)."""
    doc = token.doc
    if token.i >= person.start or not token.text[:1].isupper() or is_title_word(token.lower_):
        return False
    if token.ent_type_ == "PERSON" and all(
            t.ent_iob_ == "I" and t.ent_type_ == "PERSON" for t in doc[token.i + 1:person.start + 1]):
        return True
    own = index.mention_at(person.root)
    names = set(own.label.split()) - set(person.text.split()) if own is not None else set()
    return bool(names) and all(t.text in names for t in doc[token.i:person.start])


def someone_else(token: Token, person: Span, index: ActorLookup) -> bool:
    """``token`` belongs to the name of another person than ``person``: a post never holds
    a name ("Senators Ted Kennedy, Joe Biden": Biden's post is not "Senator Ted Kennedy");
    "The President of Chad, Idriss Deby" names one person twice."""
    mention = index.mention_at(token)
    if mention is None or mention.type != "Person" or (
            mention.start < person.end_char and person.start_char < mention.end) or all(
            is_title_word(w.lower()) or w.lower() in lexicon().portfolio_words
            for w in mention.text.split()) or (
            mention.label == f"{mention.label.split(' of ')[0]} of {mention.country}"):
        return False  # not a name: "The President (of Chad)" names an office
    own = index.mention_at(person.root)
    return own is None or own.label != mention.label


def _is_title(token: Token) -> bool:
    return is_title_word(token.lower_) or token.lower_ in lexicon().ranks


def _singular_post(role: str, tokens: list[Token]) -> str:
    """The role with its plural post word made singular ("spokesmen" -> "spokesman")."""
    lex = lexicon()
    cut = next((n for n, t in enumerate(tokens) if t.lower_ in _PREPS), len(tokens))
    post = next((t for t in reversed(tokens[:cut]) if is_title_word(t.lower_)), None)
    if post is None or post.lower_ in lex.title_words or singular(post.lower_) == post.lower_:
        return role
    one = singular(post.lower_)
    one = one.capitalize() if post.text[:1].isupper() else one
    at = role.rfind(post.text)
    return role[:at] + one + role[at + len(post.text):] if at >= 0 else role


def _is_post(role: str) -> bool:
    """True when ``role`` names a post: a title word that is not a member noun alone
    ("official"), or a membership of a body ("Member of Parliament")."""
    lex = lexicon()
    words = role.lower().replace("-", " ").split()
    if any(w in _POSSESSIVES for w in words):
        return False  # "Defense Minister of their military": a phrase, not a post's name
    titles = [w for w in words if is_title_word(w) or w in lex.posts]
    not_posts = lex.not_posts
    return bool(titles) and ("of" in words or any(
        w not in not_posts and singular(w) not in not_posts for w in titles))


def _run(tokens: list[Token], head: Token) -> list[Token]:
    """The contiguous run of ``tokens`` holding the title head (hyphens and "'s" bridge
    gaps); a run starting inside a hyphenated word ("Damascus-based chief") loses it."""
    if not tokens:
        return []
    runs: list[list[Token]] = [[tokens[0]]]
    for tok in tokens[1:]:
        if _bridged(runs[-1][-1], tok):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    run = next((r for r in runs if any(t.i == head.i for t in r)),
               max(runs, key=lambda r: (any(_is_title(t) for t in r), r[-1].i)))
    ids = {t.i for t in run}
    doc = head.doc
    while run and (run[0].text in _HYPHENS or run[0].i and doc[run[0].i - 1].text in _HYPHENS
                   and run[0].i - 1 not in ids):
        run = run[1:]
    lex = lexicon()
    while run and (run[0].lower_ in _PREPS or _honorific(run[0], lex)):
        run = run[1:]
    while run and (run[-1].lower_ in _PREPS | {"and", "the", "a", "an"} or run[-1].text in _HYPHENS):
        run = run[:-1]  # "Ambassador to the (U.S.)": the field's country is not the post
    return run


def _ranker_before(run: list[Token], role_tokens: list[Token], tokens: list[Token],
                   lex: Lexicon) -> list[Token]:
    """A word that makes another post of the title, parted from it by the country or
    organisation left out of the post ("Deputy US Secretary of State": a deputy, not the
    Secretary of State)."""
    if not run:
        return []
    kept = {t.i for t in role_tokens}
    for tok in reversed([t for t in tokens if t.i < run[0].i]):
        if tok.i in kept:
            return [tok] if tok.lower_ in lex.rankers and tok.lower_ not in _FORMER else []
    return []


def _honorific(token: Token, lex: Lexicon) -> bool:
    """A courtesy title ("Mr", "Dr", "Professor"); not one written in lower case after words
    of its own, which names a post ("International Law professor", "a university lecturer")."""
    if token.lower_ not in lex.honorifics and token.lower_.rstrip(".") not in lex.honorifics:
        return False
    return not (token.is_lower and any(c.dep_ in ("compound", "amod") and c.i < token.i
                                       for c in token.children))


def _split_rank(tokens: list[Token], lex: Lexicon) -> tuple[list[Token], str | None]:
    """Honorifics out; ranks written after the post ("spokesman Lieutenant-Colonel") or
    alone ("Maj. Gen.") are the rank, not the post."""
    tokens = [t for t in tokens if not _honorific(t, lex) and not _compounded(t, lex)]
    posts = [t for t in tokens if _is_title(t) and t.lower_ not in lex.ranks
             and t.lower_.rstrip(".") not in lex.ranks]
    last = max((t.i for t in posts), default=-1)
    after = [t for t in tokens if t.i > last]
    ranks: list[Token] = []
    for tok in reversed(after):
        if tok.lower_ not in lex.ranks and tok.lower_.rstrip(".") not in lex.ranks \
                and tok.text not in _BRIDGES:
            break
        ranks.insert(0, tok)
    word = next((t for t in ranks if t.text not in _BRIDGES), None)
    if word is not None and last >= 0 and _bridged(word.doc[last], word) \
            and f"{word.doc[last].lower_} {word.lower_}" in lex.compound_posts:
        ranks = []  # "secretary general", "chief constable": part of the post
    rank = _words(ranks).strip(".-") if ranks else ""
    if not posts:
        return [], _words(ranks) if rank else None
    if rank and ranks[0].text[:1].isupper():
        return [t for t in tokens if t.i < ranks[0].i], _words(ranks)
    return tokens, None


def _compounded(token: Token, lex: Lexicon) -> bool:
    """A rank hyphenated into a longer title that is no rank ("the honorary
    Colonel-of-the-Regiment": an appointment, not the rank of colonel)."""
    doc = token.doc
    return token.lower_ in lex.ranks and token.i + 2 < len(doc) and doc[token.i + 1].text in _HYPHENS \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].lower_ not in lex.ranks \
        and not is_title_word(doc[token.i + 2].lower_)


def _bridged(left: Token, right: Token) -> bool:
    """Only hyphens, full stops and "'s" stand between ``left`` and ``right``."""
    return all(t.text in _BRIDGES for t in left.doc[left.i + 1:right.i])


def _words(tokens: list[Token]) -> str:
    """The tokens as written: their own spacing, with the hyphens and stops between them."""
    out = ""
    for n, tok in enumerate(tokens):
        if n:
            prev = tokens[n - 1]
            if _bridged(prev, tok):
                out += "".join(t.text_with_ws for t in tok.doc[prev.i + 1:tok.i])
            else:
                out = out.rstrip() + " "
        out += tok.text_with_ws
    return out.strip(" ,").replace(" - ", "-")


def names_post(actor: Mention) -> bool:
    """An "organisation" that is the post itself: misread by the NER ("National Security
    Advisor"), a generic agent that is a title ("the prosecutor in Abeche, X") or a portfolio
    ("Russia's Foreign Affairs Minister")."""
    lex = lexicon()
    words = actor.text.lower().split()
    gaz = load_gazetteer()
    if actor.type != "Person" and any(w in lex.portfolio_words for w in words) and all(
            w in lex.portfolio_words or w in ("and", "&") or gaz.country_of(w.capitalize())
            for w in words):
        return True  # "Foreign Affairs", "Canadian Foreign Affairs", "British Home"
    if actor.type != "Person" and len(words) > 2 and is_title_word(words[0]) and words[1] == "of" \
            and all(w == "the" or w in lex.generic_agents for w in words[2:]):
        return True  # "Leader of the Opposition": an office named by what it heads
    return actor.type != "Person" and bool(words) and is_title_word(words[-1]) \
        and "of" not in words and not any(w in lex.org_heads for w in words)


def _government(country: str, tokens: list[Token], index: ActorLookup) -> Mention:
    """The government of ``country``, implied by the title: a mention placed at the country
    word, whose text is its label (the country word stays the country's alias)."""
    tok = next((t for t in tokens if country_word(t, index) == country), tokens[0])
    label = government_label(country)
    return Mention(text=label, label=label, type="Government", start=tok.idx,
                   end=tok.idx + len(tok.text), country=country)


def _of_before(token: Token) -> int:
    """Index where the "of the <org>" attaching an organisation to a role starts."""
    i = token.i
    doc = token.doc
    while i > 0 and (doc[i - 1].dep_ in ("det", "compound", "amod", "punct", "nmod", "case",
                                         "poss", "npadvmod") or  # "the Hamas-led Ministry"
                     doc[i - 1].lower_ in ("the", "of", "in", "at", "for", "with")):
        i -= 1
        if doc[i].lower_ in ("of", "in", "at", "for", "with"):
            return i
    return token.i


def _region_in(role: str, place: str) -> bool:
    """A word of ``role`` is the region ``place`` by another name ("NSW Roads minister" for New
    South Wales)."""
    from graphkit.knowledge import actor_knowledge

    kb = actor_knowledge()
    return any(name == place for word in role.split() for name, _ in kb.regions(word))


def office_for(reading: Reading, org: Mention | None) -> str | None:
    """The post as an office for ROLE ("President of France", "spokesman of Hamas"), or
    None when the title names no post ("a Hamas official", a party label alone) or cannot be
    read as one (:func:`clean_post`)."""
    role = clean_post(reading.role) if reading.role else None
    if role and candidacy(role.split()):
        return role  # "presidential candidate": no body's post
    if not role or not _is_post(role):
        return None
    words = set(role.lower().split())
    if org is None and reading.place:
        return role if reading.place in role or words & _PREPS or _region_in(role, reading.place) \
            else f"{role} of {reading.place}"
    if org is None or org.label == government_label(reading.country or ""):
        return f"{role} of {reading.country}" if reading.country and not words & _PREPS else role
    if org.label.islower() and org.label in role.lower():
        return role  # "Senate Democratic leader": the chamber is written in the post
    if org.label.islower() and org.end <= reading.start:
        first, _, rest = role.partition(" ")  # "opposition leader", "former cabinet minister"
        return f"{first} {org.label} {rest}" if first.lower() in _FORMER and rest else \
            f"{org.label} {role}"
    if reading.public and org.type == "PoliticalParty" or words & _PREPS:
        return role
    name = org.text if org.label.islower() else org.label
    if any(w in _POSSESSIVES for w in name.lower().split()):
        return role  # "their military": the post is the title alone ("Defense Minister")
    return f"{role} of {name}"
