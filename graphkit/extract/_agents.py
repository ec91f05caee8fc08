"""Generic agents: "the government", "Poland's parliament", "security agencies", "Kenya's
president", "the Junbish party": the pass of :mod:`graphkit.extract.mentions` after the names.

A generic agent gets the country the text ties it to (a modifier, "of <country>"), else the
article's main country; a government of a sub-national place takes the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._found import Found, candidates
from graphkit.extract._parties import opened_party
from graphkit.extract._places import region_name
from graphkit.extract._spans import torn_demonym
from graphkit.extract._text import clean_label, prefixed
from graphkit.extract._tree import former_modified
from graphkit.extract.lexicon import government_label, lexicon
from graphkit.knowledge import actor_knowledge
from graphkit.model import ARMED_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphkit.gazetteer import Gazetteer
    from graphkit.knowledge.actors import Person
    from graphkit.model import Mention

__all__ = ["agent_sector", "clause_leader_country", "find_agents"]


def find_agents(found: Found) -> None:
    """Add the generic agents, unnamed office holders and missed parties of ``found.doc``."""
    lex = lexicon()
    for i in candidates(found.doc, "agents"):
        token = found.doc[i]
        if token.i in found.tokens or token.pos_ not in ("NOUN", "PROPN") and not _of_person(token):
            continue
        word = token.lower_
        if word in lex.named_heads:
            _named(found, token)
            continue
        if word in lex.org_openers and token.text[:1].isupper():
            opened_party(found, token)
            continue
        if word in lex.head_titles or word == "minister" and _portfolio(token):
            _title(found, token)
            continue
        qualified = _qualified_type(token)  # "aid agencies"
        type_ = qualified or lex.generic_agents.get(word) or lex.generic_agents.get(token.lemma_.lower())
        national = type_ is None
        if national:  # "Swiss doctors": an agent only of a country the text names
            type_ = _country_agent_type(token)
        if type_ is None or not qualified and not _qualified(token):
            continue
        if word in lex.member_nouns and _org_modifier(found, token) or _former_members(token):
            continue
        if word in lex.collection_nouns and _of_agents(token):
            continue  # "a crowd of protesters": the protesters
        if token.dep_ in ("compound", "nmod", "amod") and token.head.i > token.i \
                and token.head.lower_ not in lex.member_nouns \
                and not _titles_person(_post_head(token)) and not (  # "a police station", "an army
                    type_ in ARMED_TYPES and token.head.lemma_.lower() in lex.physical_targets) \
                and not _acts_by(token.head):  # convoy"; "a government crackdown": its author
            continue
        _agent(found, token, type_, national=national)


def _of_agents(noun: Token) -> bool:
    """True when ``noun`` collects generic agents named after "of" ("a crowd of protesters")."""
    agents = lexicon().generic_agents
    return any(o.dep_ == "pobj" and (o.lower_ in agents or o.lemma_.lower() in agents)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)


def _acts_by(noun: Token) -> bool:
    """True for a noun naming an act its modifier does ("a government crackdown", "an army
    offensive", "a police raid"): an event noun of the vocabulary."""
    from graphkit.vocab import noun_trigger

    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False  # "the trade union Solidarity": a name
    rel = noun_trigger(noun.lemma_.lower())
    return rel is not None and rel.is_event and rel.plover != "ACCUSE" \
        and noun.lemma_.lower() not in lexicon().claim_nouns  # "the security regime
    # allegations": what is alleged, not who alleges it


def _former_members(token: Token) -> bool:
    """People who no longer belong to the agent ("former US soldiers", "former military
    officials": ``former_member_words.txt``); a body stays one ("the former government", "the
    former army", "the former parliament")."""
    lex = lexicon()
    if token.lemma_.lower() in lex.government_nouns or token.lower_ in lex.government_nouns:
        return False
    heads = [token] + ([token.head] if token.dep_ in ("compound", "nmod", "amod")
                       and token.head.lower_ in lex.member_nouns else [])
    return any(head.tag_ in ("NNS", "NNPS") and former_modified(head) for head in heads)


#: Agent types that "in <country>" places in that country ("officials in Chad"); troops
#: in a country are often another country's.
_CIVIL = frozenset({"Government", "GovernmentBody", "Judiciary"})


def _country_agent_type(token: Token) -> str | None:
    """The actor type of a plural noun the dictionaries (or ``country_agents.tsv``) list as
    an agent ("doctors", "farmers", "advisers"); None for other words and for things."""
    lex = lexicon()
    word = token.lower_
    if token.tag_ not in ("NNS", "NNPS") or not token.is_lower or word in lex.not_agents \
            or word in lex.person_nouns or word in lex.title_words:
        return None
    if word in lex.country_agents:
        return lex.country_agents[word]
    kb = actor_knowledge()
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound" and c.is_lower]
    phrases = [" ".join(compounds[n:] + [word]) for n in range(len(compounds))] + [word]
    agent = next((a for p in phrases for a in [kb.agent(p)] if a is not None), None)  # "trade
    return agent.type if agent is not None and agent.code.startswith("~") else None  # unions"


def agent_sector(words: list[str], governs: bool = False) -> str:
    """The CAMEO agent code of an agent's words ("riot police": "COP"), "" if unknown."""
    if governs:
        return "GOV"
    lex = lexicon()
    kb = actor_knowledge()
    for n in range(len(words)):
        phrase = " ".join(words[n:]).lower()
        if phrase in lex.agent_sectors:
            return lex.agent_sectors[phrase]
        agent = kb.agent(phrase)
        if agent is not None and agent.code.startswith("~"):
            return agent.sector
    return ""


def _agent(found: Found, token: Token, type_: str, *, national: bool = False) -> None:
    lex = lexicon()
    head = token
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in lex.member_nouns \
            and not any(t.is_punct for t in token.doc[token.i + 1:token.head.i]):
        head = token.head  # "Iraqi government officials", "Afghan military officials"
    extra = head if head.i != token.i else token.head if token.head.i > token.i \
        and token.head.lower_ in lex.person_nouns else None  # "U.S. military spokesman"
    mods, countries, place = _modifiers(found, token, extra=extra)
    located = _located(found, head) if type_ in _CIVIL and not countries else None
    if located is not None:  # "officials in Chad", "the authorities in Moscow"
        countries = [found.gaz.country_of(located.text) or found.gaz.capital_of(located.text) or ""]
    elif not countries and place is None:  # "police in Maharashtra": India's
        _, countries, place = _modifiers(found, token, extra=extra, preps=("of", "in"))
    if not countries and place is None and agent_sector([token.lower_]) in _DOMESTIC_SECTORS:
        joined = _conjunct_country(found, token)  # "Zimbabwe's ruling party and the opposition"
        countries = [joined] if joined else countries
    country = countries[0] if len(countries) == 1 else None
    start = min([t.i for t in mods] + [token.i])
    if national and country is None and not _unplaced(mods, start, governs=False):
        return  # "Swiss doctors" are Switzerland's, "West African leaders" no one country's
    _absorb_countries(found, start, token.i, countries)
    taken = [i for i in range(start, token.i) if i in found.tokens]
    if taken:
        start = max(taken) + 1
    span = found.doc[start:head.i + 1]
    plural_of = token.lemma_.lower() in lex.government_nouns and token.lower_ not in lex.government_nouns
    governs_noun = token.lemma_.lower() in lex.government_nouns
    leader = _taken_person(found, taken)
    led = _leader_country(found, leader) if leader is not None and not countries else None
    if led:  # "the Bush administration" in any article is the United States'
        country, countries = led, [led]
    if len(countries) > 1 or plural_of or country is None and (
            _unplaced(mods, start, governs=governs_noun) or leader is not None and not governs_noun):
        # "US and Iraqi forces", "European governments", "Kurdish government": an actor of
        # its own, of no one country
        found.add(span, clean_label(span), type_, text=clean_label(span), country=country,
                  description=not _names(span, found.gaz))
        return
    torn = {w.i for t in mods if (name := torn_demonym(t, found.gaz)) for w in (*name, t)}
    kept = _hyphen_words([  # "South Korea's ministry": no "South ministry"
        t for t in mods if t.i >= start and t.lower_ not in lex.drop_modifiers
        and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in lex.agent_adjectives
             or (token.lower_, t.lower_) in lex.qualified_agents)
        and not _is_country(t, found.gaz) and t.dep_ not in ("poss", "case", "det")
        and t.i not in torn
        and not _of_possessor(t, found)])
    sub = any(t.lower_ in lex.subnational_words for t in mods)
    word = token.text if token.is_upper else token.text.lower()
    kept = [w if _proper(w, mods) else w.lower() for w in kept]
    if country is None and place is None and leader is None:
        country = clause_leader_country(found, head)  # "Bush asked Congress to approve aid"
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children)  # "her own
    # troops": whose they are the pronoun says, not the article's country
    near = country or (None if owned else found.country_near(token, guess=token.ent_type_ != "ORG"))
    where = place or near
    governs = token.lower_ in lex.government_nouns or (  # "French officials": France's government
        token.lower_ in lex.state_agents and country is not None and not kept and place is None)
    if governs and not sub:
        label = government_label(where) if where else "government"
    elif governs and place:
        label = government_label(place)
    elif token.lower_ == "officials" and kept and kept[-1].lower() in lex.generic_agents:
        label = " ".join(kept)
    else:
        label = " ".join(kept + [word])
    if place and not governs and not set(place.split()) & set(kept) \
            and agent_sector([token.lower_]) in _DOMESTIC_SECTORS:
        label = f"{place} {label}"  # "Queensland's opposition" is no country's opposition
    where_country = near
    mention = found.add(span, label, type_, country=where_country, text=clean_label(span),
                        cameo=found.code(where_country, agent_sector(kept + [word], governs and not sub)),
                        description=not _names(span, found.gaz))
    if mention is not None and (leader is not None and country or head.i != token.i or located is not None):
        mention.written = _written(found, mods, token, head, span, located)


#: CAMEO sectors of a country's own politics: an agent of one with no country of its own,
#: coordinated with another country's ("Zimbabwe's ruling party and the opposition"), is its;
#: one of a state or province is that place's ("Queensland's opposition").
_DOMESTIC_SECTORS = frozenset({"GOV", "OPP", "LEG", "JUD", "PTY"})


def _conjunct_country(found: Found, token: Token) -> str | None:
    """The one country that the words before ``token``'s conjuncts name ("Zimbabwe's" of
    "Zimbabwe's ruling party and the opposition"), else None."""
    named = {hit for other in token.conjuncts for child in other.children
             if child.i < other.i and child.dep_ in ("poss", "compound", "amod", "nmod")
             and (hit := found.gaz.country_of(_entity_text(child)) or found.gaz.country_of(child.text))}
    return next(iter(named)) if len(named) == 1 else None


#: The longest agent name as written, in tokens ("the previous Howard government").
_MAX_WRITTEN = 6


def _taken_person(found: Found, taken: list[int]) -> Mention | None:
    """The person named among an agent's modifiers ("the Rudd government", "Zarqawi's
    army"), if any."""
    for first, mention in found.found.items():
        if mention.type == "Person" and first in taken:
            return mention
    return None


def _leader_country(found: Found, person: Mention | str) -> str | None:
    """The country a person the dictionaries know by name as a head of state or government
    led (one only), else None ("the Dalai Lama's government" is no country's; "Gordon
    Campbell's government" is not Kim Campbell's Canada's)."""
    kb = actor_knowledge()
    name = person if isinstance(person, str) else person.label
    codes = kb.leader_countries(name.split()[-1]) & {p.country for p in kb.people(name)}
    return found.gaz.codes.get(next(iter(codes)) or "") if len(codes) == 1 else None


def clause_leader_country(found: Found, head: Token) -> str | None:
    """The country of the known leader who acts on an agent the text ties to no country: the
    subject of the verb it is the object of ("Bush asked Congress to approve aid" in an
    article about Sudan is the US Congress)."""
    verb = head.head
    if head.dep_ not in ("dobj", "dative") or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    person = next((m.label for m in found.found.values() if m.type == "Person"
                   and m.start <= subj.idx < m.end), None) or next(  # not found yet: its name
        (e.text for e in found.ents if e.label_ == "PERSON" and e.start <= subj.i < e.end), None)
    return _leader_country(found, person) if person else None


def _names(span: Span, gaz: Gazetteer) -> bool:
    """Whether an agent's words name whose it is ("Afghan police", "the Rudd government",
    "officials in Chad"), not only describe it ("the government", "Military officials")."""
    lex = lexicon()
    common = lex.generic_agents.keys() | lex.government_nouns | lex.titles | lex.drop_modifiers
    return any(t.lower_ not in common and (t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTITIES)
               or gaz.country_of(t.text) for t in span)


#: Entity labels of the words that name an agent's country, place or leader.
_NAME_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _written(found: Found, mods: list[Token], token: Token, head: Token, span: Span,
             located: Span | None) -> str | None:
    """The agent as written where its mention text leaves a name out: a person's name the
    mention of the person took ("the Rudd government"), the organisation of a group
    ("Iraqi government" of "Iraqi government officials"), the country after it ("officials
    in Chad")."""
    doc = found.doc
    start = min([t.i for t in mods if t.dep_ not in ("det", "poss", "case")] + [span.start])
    end = token.i + 1 if head.i != token.i else located.end if located is not None else span.end
    if end - start > _MAX_WRITTEN or any(t.is_punct and t.dep_ != "case" and "." not in t.text
                                         for t in doc[start:end]):
        return None  # a parse that runs over a dash or a comma is no name
    form = clean_label(doc[start:end])
    return form if form != clean_label(span) else None


def _located(found: Found, token: Token) -> Span | None:
    """"officials in Chad": the country (or its capital) after "in", as a span."""
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            place = found.doc[obj.left_edge.i:obj.i + 1]
            if obj.dep_ == "pobj" and (found.gaz.country_of(place.text) or found.gaz.capital_of(place.text)):
                return place
    return None


def _absorb_countries(found: Found, start: int, end: int, countries: list[str]) -> None:
    """A country named as the agent's modifier ("US troops") is part of the agent's mention:
    its own mention gives way."""
    for begin, mention in list(found.found.items()):
        if start <= begin < end and mention.type == "Country" and mention.label in countries:
            stop = begin + 1
            while stop < end and stop in found.tokens and stop not in found.found:
                stop += 1
            found.drop(begin, stop)


def _named(found: Found, token: Token) -> None:
    """"the Junbish party": a party the NER missed, named by proper nouns before it."""
    names = [c for c in token.lefts if c.dep_ in ("compound", "nmod", "amod")
             and c.text[:1].isupper() and c.i not in found.tokens
             and c.ent_type_ not in ("GPE", "PERSON") and not found.gaz.country_of(c.text)]
    if not names:
        return
    span = found.doc[min(c.left_edge.i for c in names):token.i + 1]
    while span.start and span[0].lower_ in lexicon().place_words and \
            span.start - 1 not in found.tokens and span.doc[span.start - 1].pos_ == "PROPN":
        span = found.doc[span.start - 1:span.end]  # "Georgetown County Party"
    if all(t.text[:1].isupper() or t.is_punct or t.i == token.i for t in span):
        quoted = span[0].is_quote and span[-2].is_quote and len(span) > 3
        label = span[1:-2].text if quoted else span.text  # '"Centre Unity" faction': Centre Unity
        mention = found.add(span, label, lexicon().named_heads[token.lower_])
        if mention is not None and quoted:
            mention.written = f"{label} {token.text}"


def _org_modifier(found: Found, token: Token) -> bool:
    """A member noun modified by a named organisation ("Hamas fighters")."""
    for child in token.children:
        if child.i < token.i and child.i in found.tokens:
            mention = next((m for m in found.found.values()
                            if m.start <= child.idx < m.end), None)
            if mention is not None and mention.type in lexicon().org_types:
                return True
    return False


def _title(found: Found, token: Token) -> None:
    """"Kenya's president", "the French president": an office with no name given."""
    if any(c.ent_type_ == "PERSON" for c in token.children) or token.ent_type_ == "PERSON":
        return
    if token.dep_ in ("compound", "appos") or _names_person(found, token):
        return
    mods, countries, place = _modifiers(found, token)
    if len(countries) > 1 or place or not countries and any(p.lower_ == "of" for p in token.rights):
        return  # "New South Wales Premier", "the president of the French Senate": not a country's
    if token.lower_ == "minister":
        title = f"{_portfolio(token)} Minister"
    else:
        title = lexicon().head_titles[token.lower_]
    start = min([t.i for t in mods] + [token.i])
    taken = [i for i in range(start, token.i) if i in found.tokens]
    start = max(taken) + 1 if taken else start
    while start < token.i and found.doc[start].dep_ == "case":
        start += 1  # "Saudi Arabia's King": the country keeps its mention
    det = next((c.i for c in token.lefts if c.dep_ == "det" and c.i == start - 1), None)
    span = found.doc[start if det is None else det:token.i + 1]  # "the Prime Minister"
    country = countries[0] if countries else None
    sitting = all(t.lower_ in ("the", "its", "'s", "\u2019s") or t.lower_ in lexicon().portfolio_words
                  or found.gaz.country_of(_entity_text(t)) for t in mods)  # not "the 44th president"
    if country is None:  # "the prime minister": the article's country's, if known to hold it
        definite = any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
        if not (definite and sitting and found.country and token.tag_ in ("NN", "NNP")):
            return
        country = found.country
    holder = _holder(found, country, title) if sitting else None
    named = _named_holder(found, title, countries[0] if countries else None) \
        if sitting and holder is None else None
    if holder is not None:
        role = holder.role_at(found.date)
        added = found.add(span, holder.label, "Person", country=country,
                          cameo=role.code if role else None, description=True)
    elif named is not None:  # "Saudi Arabia's King ... King Abdullah"
        added = found.add(span, named.label, "Person", country=country, description=True)
    elif country is not None and (countries or found.countries[country] > 1 and any(
            w in lexicon().government_posts for w in title.lower().split())
            and not _titles_anyone(found, title)):
        # "the prime minister" of an article about one country (named twice, or in the
        # dateline): its office, when the text gives the post to no one it names
        # ("Australian Prime Minister, Kevin Rudd"); not a monarch's, whom not every
        # country has
        added = found.add(span, f"{title} of {country}", "Person", country=country, description=True)
    else:
        added = None
    first = min([t.i for t in mods] + [token.i])
    if added is not None and first < span.start:  # the country kept its mention: the
        added.written = found.doc[first:token.i + 1].text  # description as written with it


def _titles_anyone(found: Found, title: str) -> bool:
    """Some person the article names has ``title`` written right before the name, a comma
    apart at most ("Prime Minister, Kevin Rudd")."""
    words = title.lower().split()
    return any(mention.type == "Person" and not mention.description
               and _titled(found, first, words, comma=True) for first, mention in found.found.items())


def _titled(found: Found, first: int, words: list[str], *, comma: bool = False) -> bool:
    """The title ``words`` (lower case) are written right before token ``first``, a comma
    apart at most when ``comma`` ("Prime Minister, Kevin Rudd")."""
    window = found.doc[max(first - len(words) - comma, 0):first]
    return [t.lower_ for t in window if not (comma and t.text == ",")][-len(words):] == words


def _named_holder(found: Found, title: str, country: str | None) -> Mention | None:
    """The one person the article names with ``title`` ("King Abdullah", "President Idriss
    Deby"), if there is exactly one and the words before the title give them no other country
    than ``country`` ("the Brazilian president" is not "Venezuelan President Hugo Chavez")."""
    words = title.lower().split()
    named: dict[str, Mention] = {}
    rankers = lexicon().rankers
    for first, mention in found.found.items():
        before = found.doc[max(first - len(words) - 1, 0):first]
        lowered = [t.lower_ for t in before]
        if mention.type == "Person" and not mention.description and not set(lowered) & rankers and (
                _titled(found, first, words) or mention.label.lower().startswith(f"{title.lower()} ")) \
                and (country is None or found.gaz.country_of(before[0].text) in (None, country)):
            named.setdefault(mention.label, mention)
    return next(iter(named.values())) if len(named) == 1 else None


def _holder(found: Found, country: str, title: str) -> Person | None:
    """The person the dictionaries say held ``title`` in ``country`` at the article's date,
    unless the article names someone else with that title ("Prime Minister Tony Blair")."""
    code = found.gaz.country_code(country)
    holder = actor_knowledge().holder(code, title, found.date) if code else None
    if holder is None:
        return None
    words = title.lower().split()
    named: set[str] = set()
    for ent in found.ents:
        if ent.label_ == "PERSON" and _titled(found, ent.start, words):
            named.add(ent[-1].lower_)
    return holder if not named or holder.label.split()[-1].lower() in named else None


def _modifiers(found: Found, token: Token, *, extra: Token | None = None, preps: tuple[str, ...] = ("of",)
               ) -> tuple[list[Token], list[str], str | None]:
    """Left modifiers of an agent noun, the countries and the sub-national place they give,
    with those of the objects of ``preps`` after it."""
    mods: list[Token] = []
    countries: list[str] = []
    place = None
    lefts = list(token.lefts)
    if extra is not None:
        lefts += [c for c in extra.lefts if c.i < token.i and (  # of a title: its country or place only
            extra.lower_ in lexicon().member_nouns or found.gaz.country_of(_entity_text(c))
            or c.ent_type_ == "GPE" and agent_sector([token.lower_]) in _DOMESTIC_SECTORS
            or c.lower_ in lexicon().subnational_words and agent_sector([token.lower_]) in _DOMESTIC_SECTORS)]
        # "state opposition leader X": the state's opposition, not the country's
        # "Queensland's opposition leader"; a city's police ("Basra police spokesman") stay the country's
    for child in lefts:
        if child.dep_ not in ("compound", "amod", "nmod", "poss", "det") or any(
                c.dep_ in ("nsubj", "aux") for c in child.children if child.pos_ == "VERB"):
            continue  # "the threat has alarmed aid agencies" misread: a clause, no modifier
        for t in child.subtree:
            if t.i < token.i and t.dep_ != "punct" and found.usable(t.doc[t.i:t.i + 1]):
                mods.append(t)
    for t in list(mods) + [c for p in token.rights if p.lower_ in preps for c in p.children]:
        if prefixed(t, ("anti", "pro")):  # "anti-Iraqi forces" are not Iraq's, nor pro-Iraqi ones
            continue
        torn = torn_demonym(t, found.gaz) if t in mods else None
        if torn is not None:  # "Israel i troops": Israeli troops, the country in the mention
            countries.append(found.gaz.country_of(torn.text) or "")
            mods += [w for w in torn if w not in mods]
            continue
        region = _region(found.gaz, t)
        if region is not None:  # "the premier of South Australia": of a place, not of Australia
            place = place or region
            continue
        hit = found.gaz.country_of(t.text) or found.gaz.country_of(_entity_text(t)) \
            or _leaders_country(found, t, governs=token.lemma_.lower() in lexicon().government_nouns)
        if hit:
            countries.append(hit)
        elif t.ent_type_ in ("GPE", "LOC", "NORP") or t.pos_ == "PROPN" and (t.ent_type_ == "" or "in" in preps):
            within = [e.country for e in found.gaz.lookup(t.text) if e.type == "Place"]
            province = actor_knowledge().place(t.text) if t.ent_type_ == "" else \
                actor_knowledge().place(_entity_text(t)) if "in" in preps else None
            if province is not None:  # "the Ontario government": a province's, not Canada's
                within.append(found.gaz.country_of(province.label))
            if within or t.ent_type_ == "GPE":
                place = place or t.text
                if within and within[0] and not countries:
                    countries.append(within[0])
    mods.sort(key=lambda t: t.i)
    while mods and mods[0].dep_ == "det" and mods[0].lower_ in ("the", "a", "an"):
        mods.pop(0)
    return mods, list(dict.fromkeys(countries)), place


def _leaders_country(found: Found, token: Token, *, governs: bool = True) -> str | None:
    """The country of the head of government a surname names ("the Balkenende government":
    the Netherlands), when the dictionaries know one leader of that name; before a noun that
    is no government's ("Sadr officials", "Bush aides"), only a leader in office at the
    article's date (else the officials are the person's own)."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    kb = actor_knowledge()
    codes = kb.leader_countries(token.text)
    if len(codes) != 1 or not governs and (not found.date or kb.leader(token.text, found.date, codes) is None):
        return None
    return found.gaz.codes.get(next(iter(codes)))


def _region(gaz: Gazetteer, token: Token) -> str | None:
    """The place that the named entity of ``token`` is, though one of its words names a
    country: a place the gazetteer knows ("South Australia", "Iraqi Kurdistan"), or a
    region named with a demonym ("South Australian", "Latin American")."""
    whole = _entity_text(token)
    if gaz.country_of(whole):
        return None
    if whole == token.text:  # a word of a region's name the NER left out ("New South Wales")
        return region_name(token) if token.ent_type_ in ("", "GPE", "LOC", "ORG") else None
    if any(e.type == "Place" and e.country for e in gaz.lookup(whole)):
        return whole
    region = region_name(token)
    if region is not None:  # "the New South Wales government", however the NER types it
        return region
    others = [w for w in whole.split() if w.lower() not in ("and", "&", ",") and not gaz.country_of(w)]
    return whole if token.ent_type_ in ("NORP", "GPE", "LOC") and others else None


def _entity_text(token: Token) -> str:
    """The text of the named entity ``token`` is part of ("South African"), or its own."""
    if token.ent_iob_ == "O" or not token.ent_type_:
        return token.text
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _unplaced(mods: list[Token], start: int, *, governs: bool) -> bool:
    """A nationality the gazetteer cannot place qualifies the agent ("Kurdish government",
    "Western forces"), or an alliance (``alliance_words.txt``: "Allied troops"), or a name
    no dictionary knows as a national leader qualifies a government ("the McGuinty
    government" of a province): not the article's country's."""
    return any(t.i >= start and (t.lower_ in lexicon().alliance_words or t.text[:1].isupper() and (
        t.ent_type_ == "NORP" or governs and t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN"))
        for t in mods)


def _proper(word: str, mods: list[Token]) -> bool:
    """A name among the modifiers, not a word of a generic body ("Foreign Ministry")."""
    lex = lexicon()
    return word.lower() not in lex.agent_adjectives | lex.portfolio_words and any(
        t.text == word and t.pos_ == "PROPN" for t in mods)


def _of_person(token: Token) -> bool:
    """An agent noun the parser took for an adjective of a person's title ("U.S. military
    spokesman", "military commander")."""
    return token.pos_ == "ADJ" and token.dep_ == "amod" and token.lower_ in lexicon().generic_agents \
        and token.head.lower_ in lexicon().person_nouns | lexicon().member_nouns


def _titles_person(head: Token) -> bool:
    """"army spokesman (Onyema Nwachukwu)": the agent is part of a person's title."""
    return head.lower_ in lexicon().person_nouns or head.ent_type_ == "PERSON" \
        and head.pos_ == "PROPN"


def _post_head(token: Token) -> Token:
    """The noun a modifier's chain of compounds ends in: the post of "opposition health
    spokesman", "opposition community services spokesman" (the words between are the post's
    field), else the modifier's head."""
    head = token.head
    while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "NOUN" \
            and head.is_lower and head.lower_ not in lexicon().generic_agents \
            and not _titles_person(head):
        head = head.head
    return head


def _portfolio(token: Token) -> str | None:
    """"foreign" of "foreign minister" (title-cased), if the minister has a known portfolio."""
    for child in token.lefts:
        if child.lower_ in lexicon().portfolio_words and child.dep_ in ("compound", "amod"):
            return child.lower_.capitalize()
    return None


def _names_person(found: Found, token: Token) -> bool:
    """The title is followed by a name ("President Ruto", "New South Wales Premier, Morris
    Iemma") or has a person in apposition ("The President of Chad, Idriss Deby")."""
    doc = token.doc
    after = [doc[i] for i in range(token.i + 1, min(token.i + 3, len(doc)))]
    if after and (after[0].ent_type_ == "PERSON" or after[0].text == "," and len(after) > 1
                  and after[1].ent_type_ == "PERSON" and after[1].ent_iob_ == "B"):
        return True
    return any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or any(
        m.type == "Person" and first <= c.i and c.idx < m.end for first, m in found.found.items()))
        for c in token.children)


def _qualified_type(token: Token) -> str | None:
    """The actor type a modifier gives an agent noun (``qualified_agents.tsv``: "aid
    agencies"), else None."""
    table = lexicon().qualified_agents
    return next((table[(token.lower_, t.lower_)] for t in token.lefts
                 if (token.lower_, t.lower_) in table), None)


def _qualified(token: Token) -> bool:
    """An agent noun that needs a qualifier ("security agencies") has one."""
    need = lexicon().agent_qualifiers.get(token.lower_)
    if not need:
        return True
    words = {t.lower_ for t in token.subtree if t.i < token.i}
    return bool(words & need)


def _of_possessor(token: Token, found: Found) -> bool:
    """``token`` is a word of the name of a country that owns the agent, not a modifier of
    the agent ("South" of "South Korea's foreign ministry"; the "United States District
    Court" keeps its name)."""
    head = token.head
    return head.i > token.i and token.dep_ == "compound" and head.dep_ == "poss" \
        and found.gaz.country_of(token.doc[token.i:head.i + 1].text) is not None


def _hyphen_words(tokens: list[Token]) -> list[str]:
    """The words ``tokens`` are part of, whole where hyphens join them to others
    ("counter-terrorism experts", never "- terrorism experts"), each once, in order."""
    words: dict[int, str] = {}
    for token in tokens:
        doc, first, last = token.doc, token.i, token.i
        while first > 0 and not doc[first - 1].whitespace_ and "-" in (doc[first - 1].text, doc[first].text):
            first -= 1
        while last + 1 < len(doc) and not doc[last].whitespace_ and "-" in (doc[last].text, doc[last + 1].text):
            last += 1
        words.setdefault(first, doc[first:last + 1].text)
    return list(words.values())


def _is_country(token: Token, gaz: Gazetteer) -> bool:
    return gaz.country_of(token.text) is not None or token.lower_ in ("'s", "\u2019s")
