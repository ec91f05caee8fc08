"""Resolution: one entity per real-world actor, within an article and across the corpus.

Mentions are merged by keys, each saying what makes two mentions one actor:

- a gazetteer id (``id:``): the hand gazetteer and the dictionaries know the actor;
- a person's full name, spelling-tolerant ("Siddiqi" / "Siddiqui"), and the name the
  dictionaries file the person under ("Dick Cheney" / "Richard Cheney");
- a generic agent ("police", "riot police", "officials") *and its country*: the police of
  Afghanistan is not the police of Argentina; with no country, the agent stays in its article;
  words that are one agent of a country ("troops", "soldiers", "army": its military,
  ``agent_synonyms.tsv``) share the key;
- a government and its country ("Government of Kenya"); the country itself, acting as a
  state, stays its own actor, as the annotation guidelines type them;
- any other name, folded.

Then an acronym group joins the one long form it stands for ("MDC" -> "Movement for Democratic
Change"), and a surname used alone joins the one person of the corpus with that surname when
their articles share a country. Given names alone and text fragments are never aliases. Every
actor carries its country, its CAMEO code where known, its mention count and the number of
articles (``sources``) that name it. A mention whose text describes the actor ("the Prime
Minister", "the agency") adds that text to the actor's ``descriptions`` of its article, not to
its aliases, unless the actor has no name of its own (a country's police). The IRI is
``model.ENTITY_IRI`` + a slug of the resolution key, so the same article set always yields the
same IRIs.

Example:
    >>> from graphkit.model import Article, DocResult, Mention
    >>> a = Mention("MQM", "Muttahida Qaumi Movement", "PoliticalParty", 0, 3, key="mqm")
    >>> b = Mention("Muttahida", "Muttahida Qaumi Movement", "PoliticalParty", 9, 18, key="mqm")
    >>> [(x.label, x.aliases, x.mentions) for x in resolve([DocResult(Article("d", ""),
    ...                                                              mentions=[a, b])])]
    [('Muttahida Qaumi Movement', ['MQM', 'Muttahida', 'Muttahida Qaumi Movement'], 2)]
    >>> a.entity
    'https://w3id.org/graphkit/id/actor/mqm'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graphkit.model import ENTITY_IRI, Actor, DocResult, Mention
from graphkit.resolve._forms import fold as _fold
from graphkit.resolve._forms import fragment, may_alias, names_government, names_place

__all__ = ["resolve", "mentions_of", "slug", "entity_iri"]

_GENERIC_TYPES = {"Government", "GovernmentBody", "SecurityForce", "Judiciary", "Group",
                  "ArmedGroup", "Organization", "MediaOutlet", "PoliticalParty"}
#: The CAMEO sector of a country's actor of these types when nothing more is known.
_TYPE_SECTORS = {"PoliticalParty": "PTY", "Government": "GOV", "GovernmentBody": "LEG",
                 "Judiciary": "JUD"}
_GOVERNMENT = re.compile(r"^Government of (?:the )?(?P<country>.+)$")  # "of the United States"


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs.

    >>> slug("Pakistan People's Party")
    'pakistan-peoples-party'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['\u2019]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"


def entity_iri(key: str) -> str:
    """The IRI of the entity with resolution key ``key``."""
    return ENTITY_IRI + slug(key)


@dataclass(slots=True)
class _Seen:
    """A mention with the article it is in."""

    mention: Mention
    doc: str
    date: str | None
    #: the actor's country as resolution reads it (a bare "Army" may lose its article's)
    country: str | None = None


@dataclass(slots=True)
class _Group:
    members: list[_Seen] = field(default_factory=list)

    @property
    def docs(self) -> set[str]:
        return {s.doc for s in self.members}


def resolve(results: list[DocResult]) -> list[Actor]:
    """Merge the mentions of all ``results`` into actors; set ``Mention.entity`` in place.

    Args:
        results: the extraction results of a corpus (relations' subjects and objects count
            as mentions too, when they are not already in ``mentions``).

    Returns:
        One :class:`~graphkit.model.Actor` per entity, sorted by IRI; ``aliases`` holds every
        surface form that names it (not given names alone, not fragments) and the label.
    """
    seen = _all_mentions(results)
    parent = list(range(len(seen)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    named = _named_agents(seen)
    for item in seen:
        item.country = _agent_country(item, named) if _generic(item.mention) else item.mention.country
    for i, item in enumerate(seen):
        for key in _keys(item):
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    _merge_acronyms(seen, find, parent)
    _join_surnames(seen, find, parent, _doc_countries(seen))
    groups: dict[int, _Group] = defaultdict(_Group)
    for i, item in enumerate(seen):
        groups[find(i)].members.append(item)
    actors: dict[str, Actor] = {}
    for group in sorted(groups.values(), key=lambda g: _canonical(g.members)):
        actor = _actor(group, taken=actors)
        actors[actor.id] = actor
        for item in group.members:
            item.mention.entity = actor.id
    _add_surnames(list(actors.values()))
    return sorted(actors.values(), key=lambda a: a.id)


def _add_surnames(actors: list[Actor]) -> None:
    """A person's surname is an alias of theirs when no other actor could carry it."""
    surnames: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        parts = actor.label.split()
        if actor.type == "Person" and len(parts) > 1 and "of" not in parts:  # not "Premier of Australia"
            surnames[parts[-1]].append(actor)
    taken = {alias for actor in actors for alias in actor.aliases}
    words: Counter[str] = Counter(w for actor in actors if actor.type == "Person"
                                  for w in set(actor.label.split()))
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in taken and words[surname] == 1:
            owners[0].aliases = sorted(set(owners[0].aliases) | {surname})


def mentions_of(result: DocResult) -> list[Mention]:
    """The mentions of one article that resolution counts, in the order it reads them: the
    article's mentions, then its relations' subjects and objects not among them.

    A build that keeps only these (as plain tuples) and hands them back to :func:`resolve` in
    a result with no relations resolves exactly as with the whole results; ``Mention.entity``
    of the i-th one is then the entity of the i-th of the whole result's.
    """
    ids: set[int] = set()
    pool = list(result.mentions)
    for rel in result.relations:
        pool.append(rel.subject)
        if rel.object is not None:
            pool.append(rel.object)
    out = []
    for mention in pool:
        if id(mention) not in ids:
            ids.add(id(mention))
            out.append(mention)
    return out


def _all_mentions(results: list[DocResult]) -> list[_Seen]:
    return [_Seen(mention, result.article.id, result.article.date)
            for result in results for mention in mentions_of(result)]


def _generic(mention: Mention) -> bool:
    """A generic agent: a lower-case label of an organised type ("police", "officials")."""
    return mention.type in _GENERIC_TYPES and mention.label[:1].islower() and not mention.key


def _common_name(mention: Mention) -> bool:
    """A party or body named by a word many countries use ("Labour", "Democrat", "Greens")
    that no gazetteer entry resolved: it is the one of its country."""
    from graphkit.extract.lexicon import lexicon
    from graphkit.gazetteer import load_gazetteer

    if mention.key or mention.type not in _GENERIC_TYPES:
        return False
    label = _fold(mention.label)
    return label in lexicon().generic_aliases or bool(load_gazetteer().parties(label))


def _named_agents(seen: list[_Seen]) -> dict[tuple[str, str], set[str]]:
    """The countries each article names for each generic agent ("Iraqi troops": the
    article, "military" -> {"Iraq"})."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in seen:
        m = item.mention
        if _generic(m) and m.country and not m.description:
            named[(item.doc, _agent_word(m.label))].add(m.country)
    return named


def _agent_country(item: _Seen, named: dict[tuple[str, str], set[str]]) -> str | None:
    """The country a generic agent belongs to: its own; but an agent that acts abroad
    (``abroad_agents.txt``) written bare ("the Army") is the one its article names with a
    country ("the U.S. military"), when it names one country's only; else of no country."""
    from graphkit.extract.lexicon import lexicon
    from graphkit.gazetteer import load_gazetteer

    m = item.mention
    word = _agent_word(m.label)
    gaz = load_gazetteer()
    if not m.description or word not in lexicon().abroad_agents or any(  # "Ugandan army"
            gaz.country_of(w) == m.country for w in f"{m.text} {m.written or ''}".split()):
        return m.country
    countries = named.get((item.doc, word), set())
    return next(iter(countries)) if len(countries) == 1 else None


def _keys(item: _Seen) -> list[str]:
    mention = item.mention
    keys = [f"id:{mention.key}"] if mention.key else []
    government = _GOVERNMENT.match(mention.label)
    if mention.type == "Person":
        if len(mention.label.split()) > 1 or mention.key:
            from graphkit.extract.mentions import name_key

            keys.append(f"person:{name_key(mention.label)}")
            keys += _dictionary_name(mention.label)
        else:  # a name alone: one person in its article; across articles see _join_surnames
            keys.append(f"person:{_fold(mention.label)}|{item.doc}")
    elif government and mention.type == "Government":
        keys.append(f"government:{_fold(government.group('country'))}")
    elif _generic(mention) or _common_name(mention):
        where = item.country.lower() if item.country else f"article {item.doc}"
        keys.append(f"agent:{_agent_word(mention.label)}|{where}")
    else:
        keys.append(f"name:{mention.type if mention.type == 'Place' else ''}:{_fold(mention.label)}")
    return keys


def _dictionary_name(label: str) -> list[str]:
    """The key of the one person the dictionaries know under a full name, by the name they
    file that person under ("Dick Cheney" is filed as "Richard Cheney": one person), unless
    that name is the text's shorter ("George Bush" for "George H. W. Bush")."""
    from graphkit.extract.mentions import name_key
    from graphkit.knowledge import actor_knowledge

    people = actor_knowledge().people(label) if " " in label else []
    if len(people) != 1 or set(name_key(people[0].label).split()) < set(name_key(label).split()):
        return []  # files that know "George H. W. Bush" as "George Bush" say less than the text
    return [f"person:{name_key(people[0].label)}"]


def _agent_word(label: str) -> str:
    """A generic agent's label as resolution keys it: "soldiers", "troops" and "army" are
    the one military of their country (``agent_synonyms.tsv``)."""
    from graphkit.extract.lexicon import lexicon

    folded = _fold(label)
    return lexicon().agent_synonyms.get(folded, folded)


def _merge_acronyms(seen: list[_Seen], find, parent: list[int]) -> None:  # type: ignore[no-untyped-def]
    """A named group whose label is another named group's surface form (and only one
    group's: an acronym written beside its long form somewhere) joins it."""
    forms: dict[str, set[int]] = defaultdict(set)
    for i, item in enumerate(seen):
        m = item.mention
        if _fold(m.text) != _fold(m.label) and not _generic(m) and m.type != "Person" \
                and not m.description:  # a description is no name another actor could have
            forms[_fold(m.text)].add(find(i))
    for i, item in enumerate(seen):
        m = item.mention
        if m.type == "Person" or m.key or _generic(m) or _common_name(m) or _GOVERNMENT.match(m.label):
            continue  # a known actor never joins another by a surface form
        owners = forms.get(_fold(m.label), set()) - {find(i)}
        if len(owners) == 1:
            parent[find(i)] = find(owners.pop())


def _doc_countries(seen: list[_Seen]) -> dict[str, set[str]]:
    """The countries each article names or ties its actors to."""
    found: dict[str, set[str]] = defaultdict(set)
    for item in seen:
        m = item.mention
        if m.country:
            found[item.doc].add(m.country)
        if m.type == "Country":
            found[item.doc].add(m.label)
    return found


def _join_surnames(seen: list[_Seen], find, parent: list[int],  # type: ignore[no-untyped-def]
                   countries: dict[str, set[str]]) -> None:
    """A name used alone ("Blair") in an article that gives no full name of that surname
    joins the one person of the corpus with that surname whose articles share a country
    with it (where its article gives one, extraction has already said it is someone else)."""
    from graphkit.extract.mentions import name_key

    full: dict[str, set[int]] = defaultdict(set)
    written: set[tuple[str, str]] = set()  # (article, surname) of the names given in full
    for i, item in enumerate(seen):
        words = item.mention.label.split()
        if item.mention.type == "Person" and len(words) > 1:
            full[name_key(words[-1])].add(find(i))
            written.add((item.doc, name_key(words[-1])))
    if not full:
        return
    places: dict[int, set[str]] = defaultdict(set)
    for i, item in enumerate(seen):
        places[find(i)] |= countries.get(item.doc, set())
    for i, item in enumerate(seen):
        m = item.mention
        if m.type != "Person" or len(m.label.split()) != 1 or m.key \
                or (item.doc, name_key(m.label)) in written:
            continue  # its own article's full name of it was not this person ("Mrs. Bush")
        owners = {find(o) for o in full.get(name_key(m.label), set())}
        shared = [o for o in owners if places[o] & countries.get(item.doc, set())]
        if len(owners) == 1 and len(shared) == 1:
            parent[find(i)] = shared[0]


def _canonical(members: list[_Seen]) -> str:
    keyed = sorted(s.mention.key for s in members if s.mention.key)
    if keyed:
        return keyed[0]
    first = members[0].mention
    if first.type == "Person" and len(first.label.split()) == 1 and len({s.doc for s in members}) == 1:
        return f"{first.label} {members[0].doc}"  # a name alone, in one article only
    if _generic(first) or _common_name(first):
        return f"{_agent_word(first.label)} {members[0].country or 'article ' + members[0].doc}"
    best = _best_label(members)
    government = _GOVERNMENT.match(best)  # "Government of the United States": its IRI
    return f"Government of {government['country']}" if government else best  # as before "the"


def _best_label(members: list[_Seen]) -> str:
    counts = Counter(s.mention.label for s in members if not fragment(s.mention.label))
    if not counts:
        counts = Counter(s.mention.label for s in members)
    best = max(counts, key=lambda label: (counts[label], len(label), label))
    first = members[0].mention
    if _generic(first) and members[0].country:
        return _qualified(best, members[0].country, members)
    return best


def _qualified(label: str, country: str, members: list[_Seen]) -> str:
    """A generic agent's label with its country as the texts write it most ("Afghan police",
    "US troops", "South Korean troops", "Iraq's army"; a demonym whose ending a wiki link tore
    off whole again: "Israeli troops" of "Israel i troops"); where no text names the country,
    the label as written ("police")."""
    from graphkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    written: Counter[str] = Counter()
    for item in members:
        text = re.sub(r"^(the|The)\s+", "", item.mention.text)
        words = text.split()
        own = item.mention.label  # "US military" of a military labelled "soldiers"
        owner = re.sub(r"['\u2019]s$", "", " ".join(words[:len(words) - len(own.split())]))
        torn = re.fullmatch(r"(.*\S) ([a-z]{1,3})", owner)  # "Israel i troops": a wiki link
        if torn and gaz.country_of(torn[1] + torn[2]) == country:  # tore "Israeli" in two
            owner = torn[1] + torn[2]
            text = f"{owner} {' '.join(words[len(words) - len(own.split()):])}"
        if owner and text.lower().endswith(own.lower()) \
                and country in (gaz.country_of(owner), gaz.country_of(words[0])):
            written[text] += 1
    return max(written, key=lambda t: (written[t], t.endswith(label), t)) if written else label


def _actor(group: _Group, *, taken: dict[str, Actor]) -> Actor:
    from graphkit.gazetteer import load_gazetteer

    members = group.members
    key = _canonical(members)
    iri = entity_iri(key)
    n = 2
    while iri in taken:
        iri = f"{entity_iri(key)}-{n}"
        n += 1
    label = _best_label(members)
    mentions = [s.mention for s in members]
    types = Counter(m.type for m in mentions)
    type_ = types.most_common(1)[0][0]
    countries = Counter(s.country for s in members if s.country)
    # an unnamed agent's descriptions are its names; a country's agent labelled as a text
    # names it with its country ("Iraqi troops") has a name, and its bare forms describe it
    named = not _generic(members[0].mention) or label not in {m.label for m in mentions}
    descriptions: dict[str, list[str]] = {}
    aliases = {label}
    for item in members:
        m = item.mention
        bare = m.description and named
        # a country's agent named with its country is no bare "army": its words describe it,
        # and so does its form as written unless that names a place ("Some military" of
        # "Some military officials"; "officials in Britain" names it)
        written = m.written or ""
        told = written if bare and type_ == "Person" else ""  # "Saudi Arabia's King": a
        # person's description names the person in its article only, country or not
        if told or bare and not _GOVERNMENT.match(label) and not names_place(written):
            written = ""
        for form in ("" if named and _generic(m) else m.label, written, "" if bare else m.text):
            if not may_alias(form, type_, label):
                continue
            if type_ == "Country" and form != label and load_gazetteer().capital_of(form) == label:
                continue  # a capital that stands for its country in an act ("bombed Baghdad
                # airport") neither names nor describes the country: it names its government
            government = _GOVERNMENT.match(label)
            if government and form != label and not names_government(form, government["country"]):
                bare = bare or form == m.text  # "a 12 year long Government": it, described
            else:
                aliases.add(form)
        for form in (m.text.strip(), told) if bare else ():
            if form and form not in descriptions.setdefault(item.doc, []):
                descriptions[item.doc].append(form)
    country = countries.most_common(1)[0][0] if countries else None
    return Actor(id=iri, label=label, type=type_, aliases=sorted(aliases), mentions=len(members),
                 country=country, key=next((m.key for m in mentions if m.key), None),
                 sources=len(group.docs), cameo=_cameo(members, type_, country),
                 descriptions={doc: forms for doc, forms in descriptions.items() if forms})


def _cameo(members: list[_Seen], type_: str, country: str | None) -> str | None:
    """The actor's CAMEO code: its own (gazetteer, dictionaries), else its country's code
    with its agent's (``AFG`` + ``COP``), else a person's role at the article's date."""
    codes = Counter(s.mention.cameo for s in members if s.mention.cameo and s.country == s.mention.country
                    and (type_ != "Country" or s.mention.type == "Country"))
    if codes:
        return max(codes, key=lambda c: (codes[c], c))
    from graphkit.gazetteer import load_gazetteer
    from graphkit.knowledge import actor_knowledge

    kb = actor_knowledge()
    code = load_gazetteer().country_code(country)
    first = members[0].mention
    if type_ == "Country":
        return code
    if type_ in _TYPE_SECTORS:  # a party, a government body, a court of a country
        return f"{code}{_TYPE_SECTORS[type_]}" if code else None
    if _GOVERNMENT.match(first.label):
        return f"{code}GOV" if code else None
    if _generic(first):
        agent = kb.agent(first.label) or kb.agent(first.label.split()[-1])
        return f"{code or ''}{agent.sector}" if agent else code
    if type_ == "Person":
        for item in members:
            for person in kb.people(item.mention.label):
                role = person.role_at(item.date)
                if role is not None and (code is None or role.code.startswith(code)):
                    return role.code
    return None
