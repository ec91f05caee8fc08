"""Reference: which actor a token denotes, for the fact extractors.

:class:`ActorIndex` answers "which actor does this token denote?": a named actor, a group
acting for its organisation ("MQM leaders", "leaders of the PPP"), a generic agent ("the
government", "Poland's parliament"), "the party" (the party just named), a description ("the
MQM lawmaker": the last person of the MQM named), pronouns (a prior actor or nothing; "we"
inside a quote is the speaker's organisation, "its spokesman" the organisation's).

To read "we" and "his party" it needs who said each quotation (:mod:`graphkit.extract._speech`)
and who belongs to which organisation (:mod:`graphkit.extract._titles`); both ask the index
in turn, through the :class:`~graphkit.extract._lookup.ActorLookup` protocol.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from graphkit.extract import _speech, _titles
from graphkit.extract._postnames import no_longer_held
from graphkit.extract._pronouns import PRONOUNS, PronounReader, is_speech_verb, main_verb
from graphkit.extract._text import doc_text, in_spans, quote_spans
from graphkit.extract._tree import child_of
from graphkit.extract.lexicon import lexicon
from graphkit.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.model import Mention

__all__ = ["ActorIndex", "counted"]

#: Pronouns and what they can stand for (grammar, not vocabulary).


#: Types of generic agents that demonyms qualify one country at a time.
_SPLIT_TYPES = frozenset({"SecurityForce", "ArmedGroup", "Group", "Government", "GovernmentBody"})
#: Nouns that count people rather than name them ("dozens of prisoners").
_QUANTITIES = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions", "crowd",
                         "crowds", "group", "groups", "number", "handful"})


class ActorIndex:
    """Which actor a token denotes, for the relation extractors.

    Args:
        doc: the processed document.
        mentions: the output of :func:`~graphkit.extract.mentions.actor_mentions` for ``doc``.

    Example:
        >>> from graphkit.extract.mentions import actor_mentions
        >>> from graphkit.nlp import load_pipeline
        >>> doc = load_pipeline()("Police arrested PPP leaders. The party said they were innocent.")
        >>> index = ActorIndex(doc, actor_mentions(doc))
        >>> index.actor_for(doc[3]).label, index.actor_for(doc[6]).label
        ("Pakistan People's Party", "Pakistan People's Party")
    """

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._by_token: dict[int, Mention] = {}
        self._countries: dict[int, Mention] = {}  # demonyms inside agents ("Iraqi forces")
        self._head: dict[int, int] = {}
        self._split: dict[int, list[Mention]] = {}
        self._starts: list[int] = []
        for mention in self.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self._by_token[token.i] = mention
            self._head[id(mention)] = span.root.i
        self._starts = [m.start for m in self.mentions]
        self.text = doc_text(doc)
        names = {(m.start, m.end) for m in self.mentions if m.text[:1].isupper()}
        #: quoted passages; a name alone between quotes ('"Zoe's Ark" says') quotes no one
        self.quotes = [q for q in quote_spans(self.text) if q not in names]
        self.sents = list(doc.sents)
        self._sent_starts = [s.start for s in self.sents]
        self._speakers: list[tuple[tuple[int, int], Mention]] | None = None
        self._members: dict[str, Mention] | None = None
        #: the words of each post the article gives someone -> the people holding it.
        self._roles: dict[frozenset[str], set[str]] = {}
        self._advocates: set[str] = set()
        self._busy: set[str] = set()
        self._lex = lexicon()
        self._person_words = self._lex.person_nouns | self._lex.member_nouns
        #: nouns for one person: "the spokesman", "the Premier".
        self._person_nouns = self._lex.person_nouns | self._lex.head_titles.keys() | self._lex.royal_titles
        #: per-document results the extractors memoise (e.g. the statements found).
        self.cache: dict[str, Any] = {}
        self._pronouns = PronounReader(self)

    # -- the public API ----------------------------------------------------------------
    def actor_for(self, token: Token) -> Mention | None:
        """The actor ``token`` (the head of a noun phrase) denotes, or None.

        A named actor or generic agent; a group acting for its organisation ("MQM leaders",
        "leaders of the PPP"); "the party" -> the last party named; "the MQM lawmaker" -> the
        last person of the MQM named, else the MQM; pronouns -> a prior actor ("we" in a quote
        -> the speaker's organisation) or None. Never a bare pronoun as an actor of its own.
        """
        mention = self._by_token.get(token.i)
        lex = self._lex
        if mention is not None and token.lower_ not in lex.member_nouns:
            return mention
        word = token.lower_
        if word in PRONOUNS:
            return self._pronouns.read(token)
        if word in lex.member_nouns or word in self._person_nouns:
            named = self._appos_person(token)
            if named is not None:
                return named
            owner = self._owner(token)
            if owner is not None:
                if word in self._person_nouns and word not in lex.member_nouns:
                    return self._member_of(owner, token) or owner
                return owner
            if mention is not None:
                return mention
            head = token.head
            if token.dep_ == "conj" and head.lower_ in lex.member_nouns:
                return self.actor_for(head)
            if word in self._person_nouns and _definite(token):
                return self._titled_before(token) or self._posted_country(token)
            return self._posted_country(token)
        if mention is None and token.pos_ == "NOUN":
            named = self._appos_org(token)
            if named is not None:
                return named
        if mention is None and word in lex.government_posts:  # "a Russian diplomat"
            posted = self._titled_before(token) if _definite(token) else None
            if (posted := posted or self._posted_country(token)) is not None:
                return posted
        if word in lex.anaphor_nouns and (_definite(token) or self._named_post_of(token)) \
                and not _made_of(token):
            return self._anaphor(token, lex.anaphor_nouns[word])
        if mention is None and token.pos_ in ("NOUN", "PROPN") and _definite(token):
            return self._named_head(token)
        return mention

    def referent(self, pronoun: Token) -> Mention | None:
        """The prior actor the pronoun ``pronoun`` stands for, even where it is written inside
        another actor's mention ("its troops"); None for any other word."""
        return self._pronouns.read(pronoun) if pronoun.lower_ in PRONOUNS else None

    def mention_at(self, token: Token) -> Mention | None:
        """The mention whose text covers ``token``, without any inference."""
        return self._by_token.get(token.i)

    def actors_for(self, token: Token) -> list[Mention]:
        """:meth:`actor_for` of ``token`` and of its conjuncts ("the government and military").

        Duplicates are dropped; order follows the text.
        """
        out: list[Mention] = []
        tokens = [token, *_conjuncts(token)]
        for tok in tokens:
            actor = self.actor_for(tok)
            for one in self._per_country(actor) if actor is not None else []:
                if all(one is not a for a in out):
                    out.append(one)
            if actor is not None and tok.pos_ == "NOUN":
                tokens += [c for n in self._naming(tok, actor) for c in _conjuncts(n)
                           if c not in tokens]
        return out

    def _naming(self, noun: Token, actor: Mention, depth: int = 0) -> list[Token]:
        """The names that gave a common noun ``actor``: in apposition ("the factions Fatah and
        Hamas"), or after "of" a member noun ("leaders of (the factions) Fatah and Hamas")."""
        names = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
        if noun.lower_ in self._lex.member_nouns:
            names += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]
        return [m for n in names for m in ([n] if self._by_token.get(n.i) is actor else
                                           self._naming(n, actor, depth + 1) if n.pos_ == "NOUN" and depth < 1 else [])]

    def _per_country(self, actor: Mention) -> list[Mention]:
        """A generic agent that two or more demonyms qualify ("Egyptian and U.S. forces",
        "Nigerian and Cameroonian troops") as one agent per country; any other actor alone."""
        if actor.key is not None or actor.country is not None or actor.type not in _SPLIT_TYPES:
            return [actor]
        head = self.doc[self._head[id(actor)]] if id(actor) in self._head else None
        if head is None:
            return [actor]
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
        gaz = load_gazetteer()
        countries: list[tuple[str, Token]] = []
        for mod in [*mods, *(c for m in mods for c in _conjuncts(m))]:
            country = gaz.country_of(mod.text) if mod.text[:1].isupper() else None
            if country is not None and all(country != c for c, _ in countries):
                countries.append((country, mod))
        if len(countries) < 2:
            return [actor]
        first, last = min(m.i for _, m in countries), max(m.i for _, m in countries)
        if not any(t.dep_ == "cc" or t.lower_ in ("and", ",", "/") for t in self.doc[first + 1:last]):
            return [actor]  # "Bosnian Serb forces": one people's, not Bosnia's and Serbia's
        split = self._split.setdefault(id(actor), [
            replace(actor, label=head.lower_, country=country, cameo=None, written=None,
                    text=f"{mod.text} {head.text}", description=False)
            for country, mod in countries])
        return split

    def country_for(self, token: Token) -> Mention | None:
        """The country a demonym or country-name modifier stands for, as an actor: "Dutch" in
        "the Dutch ambassador", "Venezuelan" in "Venezuelan territory" (None for other words,
        and for things that do not make the country act, ``country_things.txt``: "an
        Icelandic passport").
        One mention per token, kept with the index; a demonym inside an agent's mention ("Iraqi"
        of "Iraqi forces") stands for its country, and so does a capital naming a thing an
        attack hits ("Asmara airport")."""
        known = self._by_token.get(token.i)
        gaz = load_gazetteer()
        words = _demonym_words(token)
        country = gaz.country_of(words.text) if token.text[:1].isupper() else None
        if country is None and token.dep_ == "compound" and token.text[:1].isupper() \
                and token.head.lower_ in self._lex.physical_targets:
            country = gaz.capital_of(token.text)  # "bombed Asmara airport": Eritrea's
        if known is not None and (known.type == "Country" or country is None
                                  or known.country != country or token.i in self._countries):
            return self._countries.get(token.i, known)
        if token.head.lower_ in self._lex.country_things:
            return None  # "an Icelandic passport" is no act of Iceland's
        if country is None or _in_group_name(token):
            return None
        from graphkit.model import Mention

        entry = next((e for e in gaz.lookup(country) if e.type == "Country"), None)
        mention = Mention(text=words.text, label=country, type="Country", start=words.start_char,
                          end=words.end_char, key=entry.id if entry else None,
                          country=country, cameo=entry.cameo if entry else None)
        if known is None:
            self._by_token[token.i] = mention
        self._countries[token.i] = mention
        return mention

    def group_for(self, token: Token) -> Mention | None:
        """People the text names as a group rather than an organisation, as an actor: "two
        Italian engineers", "dozens of political prisoners", "the hostages" (the head is a people
        noun of ``people_nouns.txt`` or a generic agent of the dictionaries); None for other
        phrases. One mention per phrase, kept with the index."""
        from graphkit.knowledge import actor_knowledge
        from graphkit.model import Mention

        head = token
        while head.lower_ in _QUANTITIES or head.like_num:  # "dozens of prisoners", "two of"
            inner = counted(head)
            if inner is None:
                return None
            head = inner
        if head.i in self._by_token:
            return self._by_token[head.i]
        word, lemma = head.lower_, head.lemma_.lower()
        agent = actor_knowledge().agent(word) or actor_knowledge().agent(lemma)
        if head.pos_ != "NOUN" or word in self._lex.not_agents or (word not in self._lex.people_nouns and (
                agent is None or agent.type not in ("Group", "MediaOutlet") or _thing(head, self._lex))):
            return None
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")
                and c.pos_ in ("ADJ", "NOUN", "PROPN") and c.lower_ not in self._lex.drop_modifiers]
        country = next((hit for c in mods for hit in [load_gazetteer().country_of(c.text)] if hit), None)
        label = " ".join([*(c.text if c.text[:1].isupper() else c.lower_ for c in mods), word])
        place = None if mods else next((m for p in head.rights if p.dep_ == "prep" and p.lower_ in (
            "at", "from") for o in p.children if o.dep_ == "pobj" for m in [self.mention_at(o)]
            if m is not None and m.type == "Organization"), None)  # "students at the University
        label = f"{place.label} {label}" if place is not None else label  # of X": its students
        start = min([c.idx for c in mods] + [head.idx])
        mention = Mention(text=doc_text(self.doc)[start:head.idx + len(head.text)], label=label,
                          type="Group", start=start, end=head.idx + len(head.text), country=country)
        self._by_token[head.i] = mention
        return mention

    def speaker_at(self, offset: int) -> Mention | None:
        """The speaker of the quotation holding character ``offset``, if attributed."""
        span = in_spans(offset, self.quotes)
        if span is None:
            return None
        for quote, speaker in self.speakers():
            if quote == span:
                return speaker
        return None

    def organisation_of(self, person: Mention) -> Mention | None:
        """The organisation the article makes ``person`` a member of ("MQM spokesman X"),
        whose side the person speaks for: none for a lawyer ("Hamdan's military counsel"),
        who speaks for a client (``advocate_nouns.txt``)."""
        org = self.memberships().get(person.label)
        return None if person.label in self._advocates else org

    def sent(self, token: Token) -> Span:
        """The sentence of ``token`` (cached; ``token.sent`` rescans the document)."""
        return self.sents[self._sent_no(token)]

    def _sent_no(self, token: Token) -> int:
        """The number of the sentence of ``token`` in ``self.sents``."""
        return bisect_right(self._sent_starts, token.i) - 1

    def in_quote(self, token: Token) -> bool:
        """True when ``token`` lies inside quotation marks."""
        return in_spans(token.idx, self.quotes) is not None

    # -- lazily computed views -----------------------------------------------------------
    def speakers(self) -> list[tuple[tuple[int, int], Mention]]:
        """Every attributed quotation: ``((start, end), speaker)``."""
        if self._speakers is None:
            if "speakers" in self._busy:
                return []
            self._busy.add("speakers")
            self._speakers = list(_speech.quote_speakers(self.doc, self))
            self._busy.discard("speakers")
        return self._speakers

    def memberships(self) -> dict[str, Mention]:
        """Person label -> organisation, from the article's affiliations."""
        if self._members is None:
            if "members" in self._busy:
                return {}
            self._busy.add("members")
            found: dict[str, Mention] = {}
            for found_one in _titles.memberships(self.doc, self):
                if found_one.org is not None and not no_longer_held(found_one.role):
                    found.setdefault(found_one.person.label, found_one.org)  # a former
                    # director of a body no longer stands on its side
                words = frozenset(found_one.role.lower().split())
                if self._lex.advocate_nouns.intersection(found_one.role.lower().split()[-1:]):
                    self._advocates.add(found_one.person.label)  # "military counsel"
                if words:
                    self._roles.setdefault(words, set()).add(found_one.person.label)
            self._members = found
            self._busy.discard("members")
        return self._members

    # -- helpers ---------------------------------------------------------------------------
    def _owner(self, token: Token) -> Mention | None:
        """The organisation modifying a member noun: "MQM leaders", "leaders of the PPP",
        "his party members" (the party of the person "his" points to)."""
        anaphors = self._lex.anaphor_nouns
        words = {c.lower_ for c in token.children if c.dep_ in ("compound", "nmod")}
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None and words & anaphors.keys():
            org = self._org_of_owner(poss, anaphors[next(iter(words & anaphors.keys()))])
            if org is not None:
                return org
        for child in token.children:
            if child.dep_ in ("compound", "nmod", "poss", "amod") and child.i < token.i:
                actor = self._by_token.get(child.i)
                if actor is None and child.lower_ in PRONOUNS | anaphors.keys():
                    actor = self.actor_for(child)
                if actor is not None and (actor.type != "Person" or child.dep_ == "poss"
                                          and token.lemma_.lower() in self._lex.delegate_nouns):
                    return actor  # "Hamas spokesman"; "Brown's spokesman" speaks for Brown
            if child.dep_ == "prep" and (child.lower_ in ("of", "from", "within") or child.lower_ == "for"
                                         and token.lemma_.lower() in self._lex.delegate_nouns):
                # "a spokesman for Hamas": whom a delegate speaks for (for two or more, the
                # act is each one's: the doers' reading)
                for obj in child.children:
                    if obj.dep_ == "pobj" and not (child.lower_ == "for" and obj.conjuncts):
                        actor = self.actor_for(obj)
                        if actor is not None and actor.type != "Person":
                            return actor
        return None

    def _posted_country(self, token: Token) -> Mention | None:
        """The country whose demonym qualifies an unnamed holder of a government post ("a
        North Korean negotiator", "an Iranian envoy", "an Iraqi official", one of the state agents
        of ``state_agents.txt``): who acts through them."""
        if token.lower_ not in self._lex.government_posts | self._lex.state_agents:
            return None
        return next((hit for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                     for hit in [self.country_for(c)] if hit is not None), None)

    def _anaphor(self, token: Token, types: set[str] | frozenset[str]) -> Mention | None:
        """"the party", "the Lebanese militant group": the organisation meant.

        In order: the organisation of a possessive person ("his party"); the subject of the
        clause it reports ("X attacked Y, the group said"); the last one named (of the
        country a demonym gives).
        """
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        org = self._org_of_owner(poss, types) if poss is not None else None
        if org is not None:
            return org
        country = next((hit for c in token.children if c.dep_ in ("amod", "compound")
                        for hit in [load_gazetteer().country_of(c.text)] if hit), None)
        if token.dep_ == "nsubj" and is_speech_verb(token.head):
            for clause in (c for c in token.head.children if c.dep_ == "ccomp"):
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                actor = self._by_token.get(subj.i) if subj is not None else None
                if actor is not None and actor.type in types and \
                        country in (None, actor.country):
                    return actor
        if token.dep_ == "poss" and country is None:
            topic = self._topic(token, types)
            if topic is not None:
                return topic
        for mention in reversed(self._before(token)):
            if mention.type in types and country in (None, mention.country):
                return mention
        return None

    def _named_post_of(self, token: Token) -> bool:
        """A bare "party" that opens the post of a name ("party leader Nick Clegg", "Party
        president X"): the party the article speaks of, as "the party's leader X"."""
        post = token.head
        name = self._by_token.get(post.head.i)
        return token.dep_ == "compound" and not any(token.children) \
            and post.lower_ in self._lex.title_words and post.dep_ == "compound" \
            and name is not None and name.type == "Person" \
            and not any(c.i < token.i for c in post.children)

    def _org_of_owner(self, poss: Token, types: set[str] | frozenset[str]) -> Mention | None:
        """"his party": the organisation of the person the possessive points to."""
        owner = self.actor_for(poss)
        if owner is None or owner.type != "Person":
            return None
        org = self.organisation_of(owner)
        return org if org is not None and org.type in types else None

    def _titled_before(self, token: Token) -> Mention | None:
        """"The former president": the person named with that title ("former President
        Rafael Quispe") in this or the three sentences before, else the one person the
        article gave that post before ("Australian Prime Minister, Kevin Rudd, ... the
        Prime Minister")."""
        need = {token.lower_} | {c.lower_ for c in token.children
                                 if c.dep_ in ("amod", "compound") and c.lower_ in self._lex.rankers}
        at = self._sent_no(token)
        floor = self.sents[max(at - 3, 0)].start_char
        for mention in reversed(self._before(token)):
            if mention.start < floor:
                return self._post_holder(token)
            head = self._head.get(id(mention))
            if mention.type != "Person" or head is None:
                continue
            start = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if start is None:
                continue
            title: set[str] = set()
            i = start.start - 1
            while i >= max(start.start - 4, 0) and i not in self._by_token \
                    and self.doc[i].pos_ not in ("VERB", "AUX", "PUNCT", "ADP"):
                title.add(self.doc[i].lower_)
                i -= 1
            title |= {w.lower() for w in mention.text.split()[:-1]}  # "Prince Norodom Ranariddh"
            if need <= title and title & self._lex.rankers == need & self._lex.rankers:
                return mention  # "the mayor" is not the deputy mayor
        return self._post_holder(token)

    def _post_holder(self, token: Token) -> Mention | None:
        """The person named before ``token`` who alone holds the post its words make ("the
        Prime Minister": the one the article calls Prime Minister), else None."""
        post = frozenset([*(c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")
                            and c.lower_ in self._lex.titles | self._lex.rankers), token.lower_])
        self.memberships()
        holders = self._roles.get(post, set())
        if len(holders) != 1:
            return None
        holder = next(iter(holders))
        return next((m for m in reversed(self._before(token)) if m.label == holder
                     and m.type == "Person"), None)

    def _named_head(self, token: Token) -> Mention | None:
        """"The Council", "the committee": the last organisation named before whose name
        ends in that noun ("UN Security Council") or in a head of its kind (``kind_nouns.tsv``:
        "the agency", the Food and Drug Administration), when the noun's own modifiers are
        words of that name too ("the city council" is not the Security Council)."""
        mods = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")}
        heads = {token.lower_} | self._lex.kind_nouns.get(token.lower_, frozenset())
        for mention in reversed(self._before(token)):
            words = mention.label.lower().split()
            if mention.type in self._lex.org_types and len(words) > 1 and words[-1] in heads \
                    and mention.label[:1].isupper() and mods <= set(words):
                return mention
        return None

    def _appos_org(self, token: Token) -> Mention | None:
        """"Quispe's party, Partido Nacion Unida (PNU), ...": the organisation named in
        apposition to a common noun, or by a naming participle ("a militia known as the Mahdi
        Army", "a group calling itself X")."""
        names = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
        for verb in token.children:
            if verb.dep_ == "acl" and (verb.lower_ in self._lex.naming_participles
                                       or verb.lower_ in ("known", "calling")):
                names += [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.lower_ != "itself"]
                names += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                          for o in c.children if o.dep_ == "pobj"]
        for name in names:
            actor = self._by_token.get(name.i)
            if actor is not None and actor.type in self._lex.org_types:
                return actor
        return None

    def _topic(self, token: Token, types: set[str] | frozenset[str]) -> Mention | None:
        """The organisation that was the subject of a main clause in this or the previous
        sentence: what "its" and "the group" point back to before the last one named."""
        at = self._sent_no(token)
        for index in range(at, max(at - 4, -1), -1):
            subjects = [t for t in self.sents[index] if t.i < token.i and t.dep_ == "nsubj"
                        and main_verb(t.head) and not self.in_quote(t)]
            for subj in reversed(subjects):
                actor = self._by_token.get(subj.i) or self._appos_org(subj)
                if actor is not None and actor.type in types:
                    return actor
        return None

    def _appos_person(self, token: Token) -> Mention | None:
        """"The Hamas official, Osama Hamdan, ...": the person named in apposition, or right
        after the noun ("opposition leader Raila Odinga", whatever the parse made of it)."""
        for child in token.children:
            if child.dep_ == "appos":
                actor = self._by_token.get(child.i)
                if actor is not None and actor.type == "Person":
                    return actor
        after = self._by_token.get(token.i + 1)
        if after is not None and after.type == "Person" and token.i + 1 < len(self.doc) \
                and self.doc[token.i + 1].text[:1].isupper():
            return after
        return None

    def _member_of(self, org: Mention, token: Token) -> Mention | None:
        """The last named person of ``org`` before ``token`` ("the MQM lawmaker")."""
        if not _definite(token):
            return None
        members = self.memberships()
        candidates = [m for m in reversed(self._before(token)) if m.type == "Person"
                      and members.get(m.label) is not None and members[m.label].label == org.label]
        for mention in candidates:
            head = self.doc[self._head[id(mention)]] if id(mention) in self._head else None
            if head is not None and head.dep_ == "nsubj" and is_speech_verb(head.head):
                return mention
        return candidates[0] if candidates else self._unaffiliated_subject(org, token)

    def _unaffiliated_subject(self, org: Mention, token: Token) -> Mention | None:
        """The person a speaker described by a party and a post ("The Labour peer said") goes
        on with when the article ties no one to that party: the person a "he" there would
        be, unless the article makes them a member of another party; written as the
        description, so that the reading counts as one (a lower confidence)."""
        if org.type != "PoliticalParty" or token.dep_ != "nsubj" or not is_speech_verb(token.head) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or any(c.dep_ in ("appos", "poss") for c in token.children) \
                or token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in ("-", "\u2011"):
            return None  # "its secretary-general, X, said": X
        found, person = self._pronouns._subject_person(token, speech=True)
        if not found or person is None:
            return None
        other = self.memberships().get(person.label)
        if other is not None and other.type == org.type:
            return None
        words = self.doc[token.left_edge.i:token.i + 1]
        return replace(person, text=words.text, start=words.start_char, end=words.end_char,
                       description=True)

    def _before(self, token: Token) -> list[Mention]:
        return self.mentions[:bisect_left(self._starts, token.idx)]

    def _last(self, token: Token, *, types: set[str] | frozenset[str]) -> Mention | None:
        for mention in reversed(self._before(token)):
            if mention.type in types:
                return mention
        return None


def _demonym_words(token: Token) -> Span:
    """The words of a demonym or country name that ``token`` ends: the whole name when the
    recogniser read a longer one and the gazetteer knows it as a country's ("North Korean",
    "South African", "Sri Lankan"), else the token alone."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and len(ent) > 1 and ent.end - 1 == token.i \
            and load_gazetteer().country_of(ent.text) is not None:
        return ent
    return token.doc[token.i:token.i + 1]


def _in_group_name(token: Token) -> bool:
    """A demonym that is one word of a people's longer name ("American Indian mascots",
    "African American voters", "Greek Cypriots"): the people, not the country; so is a demonym
    right before or after another country's on the same noun (the parser reads "American
    Indian" as two)."""
    if token.ent_type_ != "NORP":
        return False
    doc, gaz = token.doc, load_gazetteer()
    inside = token.ent_iob_ == "I" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
    if inside and not any(gaz.country_of(e.text) for e in doc.ents if e.start <= token.i < e.end):
        return True
    own = gaz.country_of(token.text)
    head = token.head
    if token.dep_ in ("amod", "compound") and head.i == token.i + 1 and head.tag_ in ("NNS", "NNPS") \
            and gaz.country_of(head.text) not in (None, own):
        return True  # "Greek Cypriots", "Turkish Cypriots": a people of another country
    for other in (doc[token.i - 1] if token.i else None, doc[token.i + 1] if token.i + 1 < len(doc) else None):
        if other is not None and other.head.i == token.head.i and other.ent_type_ == "NORP" and \
                doc[min(token.i, other.i)].whitespace_ and gaz.country_of(other.text) not in (None, own):
            return True
    return False


def _made_of(token: Token) -> bool:
    """True for a group noun that says what it is made of ("the alliance of warlords", "the
    group of parties"): a new description, not a pointer back to the last group named."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.tag_ == "NNS" for o in c.children)
        for c in token.children)


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "his",
                                                         "her", "their", "'s", "\u2019s")
               or c.dep_ == "poss" for c in token.children)


def counted(token: Token) -> Token | None:
    """What a number or quantity counts ("thousands of troops": "troops"), else None."""
    if not (token.like_num or token.lower_ in _QUANTITIES or token.lemma_.lower() in lexicon().measure_nouns):
        return None  # "sent 500 tonnes of food": food
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return child_of(of, "pobj") if of is not None else None


def _conjuncts(token: Token) -> list[Token]:
    """The tokens coordinated with ``token``, also those of a list of names the parser read as
    an apposition ("Saudi Arabia, the UAE, Bahrain and Egypt": "UAE" an apposition of
    "Arabia" with "Bahrain" and "Egypt" as its conjuncts)."""
    out = []
    for child in token.children:
        if child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"
                                    and token.pos_ == "PROPN" and any(
                                        c.dep_ == "conj" and c.pos_ == "PROPN"
                                        for c in child.children)):
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _thing(head: Token, lex: Any) -> bool:
    """True for a place or a thing an attack hits ("stormed a hospital", "hijacked an
    airliner", "torched a village"), which the dictionaries list as an agent of the people who
    use it: what the act is about, not an actor."""
    return any(word in lex.physical_targets or word in lex.place_words
               for word in (head.lower_, head.lemma_.lower()))
