"""Actor mentions: named entities, gazetteer actors and generic political agents.

:func:`actor_mentions` finds every actor written in a document: named entities and gazetteer
matches with clean labels, people the NER missed or cut short, acronyms with their long
forms, then (:mod:`graphkit.extract._agents`) generic agents such as "the government" or
"Poland's parliament". Which actor a token denotes (pronouns, descriptions) is the business
of :mod:`graphkit.extract.reference`.

Example:
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = nlp("Poland's parliament rejected the bill, an Argentine judge said.")
    >>> [(m.text, m.label, m.country, m.cameo) for m in actor_mentions(doc)]
    [("Poland's parliament", 'parliament', 'Poland', 'POLLEG'), ('Argentine judge', 'judge', 'Argentina', 'ARGJUD')]
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from graphkit.extract._agents import agent_sector, clause_leader_country, find_agents
from graphkit.extract._found import Found, candidates
from graphkit.extract._glosses import glossed_names
from graphkit.extract._names import given_name_gender, name_gender, name_key
from graphkit.extract._parties import find_parties, own_branches, party_branch
from graphkit.extract._postnames import _FORMER
from graphkit.extract._short_names import hyphenated, short_names
from graphkit.extract._spans import (
    abbreviates,
    acting_title,
    after_title,
    another_named,
    appointed,
    continued,
    generic_body,
    given_named,
    is_place,
    kind_named,
    name_cased,
    named_of,
    org_type,
    owner_country,
    people_noun,
    person_span,
    quoted_speaker,
    royal_name,
    titled,
    torn_demonym,
    trim,
    written_country,
)
from graphkit.extract._text import clean_label
from graphkit.extract._tree import in_amount, pobj, prep_objects
from graphkit.extract.lexicon import government_label, lexicon
from graphkit.knowledge import actor_knowledge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.gazetteer import Gazetteer, GazetteerEntry
    from graphkit.model import Mention

__all__ = ["actor_mentions", "name_key"]

_ENT_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative"}
#: Prepositions after which a capital is its government ("an offer from Kabul", "talks with
#: Moscow"); after others it is a place ("in Kabul").
_ACTOR_PREPS = {"from", "by", "with", "against", "between"}
#: Acts whose "on"/"to" object is a place as often as an actor: an attack, a march, a
#: deployment (a visit to a capital visits its government: CAMEO 042).
_PLACE_ACTS = {"ASSAULT", "PROTEST", "MOBILIZE", "RETREAT"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&.-]{1,9}$")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&.-]{1,9})\)")


def _actor_pobj(token: Token) -> bool:
    """True for the object of a preposition that takes an actor: "an offer from Kabul", "talks
    with Moscow", "on" or "to" after an act's noun ("sanctions on Damascus", "aid to Kabul", "a
    visit to Beijing", also hung on the verb that carries the act: "imposed sanctions on
    Damascus"), though not after an attack or a march ("the attack on Kabul"), and the
    destination of a journey made for a visit or talks ("landed in Asmara on a visit")."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in _ACTOR_PREPS:
        return True
    from graphkit.vocab import noun_trigger

    if prep.lower_ in ("to", "in") and prep.head.pos_ == "VERB" \
            and prep.head.lemma_.lower() in lexicon().travel_verbs:
        return any(c.dep_ == "prep" and c.lower_ in ("on", "for") and (o := pobj(c)) is not None
                   and (rel := noun_trigger(o.lemma_.lower())) is not None
                   and rel.plover == "CONSULT" for c in prep.head.children)  # "landed in
        # Asmara on a visit", "flew to Moscow for talks": the destination is who is visited
    if prep.lower_ not in ("on", "to", "for"):
        return False
    act = prep.head
    if act.pos_ == "VERB" and act.lemma_.lower() in lexicon().light_verbs:
        act = next((c for c in act.children if c.dep_ == "dobj"), act)  # "imposed sanctions on
        # Damascus": the parser hung "on" on the verb that carries the act
        act = next((o for o in prep_objects(act, ("in",)) if in_amount(o).i == act.i), act)  # "approved
        # $5 million in aid for Kyiv": the aid
    if act.pos_ != "NOUN":
        return False
    rel = noun_trigger(act.lemma_.lower())
    return rel is not None and rel.is_event and rel.plover not in _PLACE_ACTS \
        and (prep.lower_ != "for" or rel.plover == "AID")  # "aid for Kyiv": its recipient


def actor_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention of ``doc``, in text order.

    Named entities (PERSON, ORG, NORP, GPE) and gazetteer matches get clean labels (no
    titles, no possessives; a bare surname takes the full name written elsewhere in the
    article); generic agents ("the government", "security agencies") get the country the
    text ties them to, else the article's main country. The dateline, the byline and
    anything below a comment section yield nothing.

    Args:
        doc: a document processed by :func:`graphkit.nlp.load_pipeline`.

    Returns:
        The mentions, sorted by ``start``; offsets are character offsets in ``doc.text``.
    """
    return _Finder(doc).run()


class _Finder(Found):
    """One pass over a document collecting mentions (kept private: use actor_mentions)."""

    def run(self) -> list[Mention]:
        self.seen_ids = Counter(e.kb_id_ for e in self.ents
                                if e.kb_id_ and len(self.gaz.lookup(e.text)) == 1)
        self.country = self.country or self.shared_country()
        find_parties(self)
        self.entities()
        own_branches(self)
        self.persons()
        short_names(self)
        self.acronyms()
        find_agents(self)
        glossed_names(self)
        self.dictionary_people()
        self.written_forms()
        return sorted(self.found.values(), key=lambda m: m.start)

    def written_forms(self) -> None:
        """Each name as written with its title ("Mr Rudd", "Maj. Gen. Benjamin R. Mixon",
        "Foreign Minister Sergei Lavrov") or its descriptor ("the Hamas movement")."""
        lex = lexicon()
        doc = self.doc
        heads = (lex.anaphor_nouns.keys() | lex.named_heads.keys()) - lex.member_nouns
        ends = {m.end: i for i, m in self.found.items()}
        for first, mention in self.found.items():
            if mention.type == "Person":
                start = first
                while start > 0 and start - 1 not in self.tokens:
                    at = start - 1
                    if doc[at].text == "." and at > 0 and at - 1 not in self.tokens:
                        at -= 1  # "Maj" "." as two tokens
                    if not doc[at].text[:1].isupper() or (doc[at].lower_.rstrip(".") not in lex.titles
                                                         and doc[at].lower_ not in lex.portfolio_words
                                                         and not _higher_post(doc[at], lex)):
                        break
                    start = at
                if start < first:
                    mention.written = self.text[doc[start].idx:mention.end]
            elif mention.type in lex.org_types and mention.key:
                last = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                nxt = last.end if last is not None else len(doc)
                if nxt < len(doc) and nxt not in self.tokens and doc[nxt].lower_ in heads \
                        and doc[nxt].is_lower and last is not None and last[-1].head.i == nxt \
                        and mention.end not in ends.values():
                    mention.written = self.text[mention.start:doc[nxt].idx + len(doc[nxt])]

    def dictionary_people(self) -> None:
        """People the dictionaries know get their country where the text gives none, and
        the CAMEO code of the role they held at the article's date."""
        kb = actor_knowledge()
        for mention in self.found.values():
            if mention.type != "Person" or mention.cameo:
                continue
            people = kb.people(mention.label)
            codes = {p.country for p in people}
            if len(codes) != 1:
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            written = written_country(span, self.gaz) if mention.country is None and span else None
            if written is not None and written != self.gaz.codes.get(next(iter(codes)) or ""):
                mention.country = written  # "Saudi King Abdullah": not Jordan's King Abdullah
                continue  # the dictionary knows
            mention.country = mention.country or self.gaz.codes.get(next(iter(codes)) or "")
            role = people[0].role_at(self.date) if len(people) == 1 else None
            mention.cameo = role.code if role is not None else None

    def entities(self) -> None:
        self.people: dict[str, str] = {}
        ents = sorted(self.ents, key=lambda e: (e.kb_id_ == "", e.start))
        quoted: list[Mention] = []
        for ent in ents:
            if ent.label_ == "WORK_OF_ART" and self.usable(ent) and acting_title(ent):
                quoted += [m for m in [self.add(ent, clean_label(ent), "Organization")] if m]
            elif ent.label_ == "WORK_OF_ART" and self.usable(ent) and quoted_speaker(ent) \
                    and (speaker := person_span(ent)) is not None and len(speaker) > 1 \
                    and self.add(speaker, speaker.text, "Person"):  # "Dr Read": Read, a surname
                self.people[speaker.text] = speaker.text
            if ent.label_ not in _ENT_LABELS or not self.usable(ent):
                continue
            span = trim(ent)
            if span is None:
                continue
            entries = (self.gaz.lookup(span.text) or self.gaz.lookup(ent.text)) \
                if ent.kb_id_ else []
            full = self.tails.get(span.text.lower()) if len(span) == 1 and ent.label_ == "ORG" \
                and self.gaz.lookup(span.text) and not self.gaz.country_of(span.text) else None
            named = self.gaz.lookup(full) if full else []
            if named:  # "Tigers" after "Tamil Tigers": the organisation named in full, not
                entries = named  # another the dictionaries call so; a common word no
                # dictionary names ("House", "Party") is left alone
            if entries and span.text.islower():
                continue  # "the nation" is no newspaper
            if len(span) == 1 and continued(span) and any(e.type == "PoliticalParty" for e in entries):
                continue  # "Labour Day", "the Hamilton and District Labour Council"
            longer = named_of(span, self.gaz) if entries and len(span) == 1 else None
            if longer is not None:  # "the Congress of South African Trade Unions": not the
                self.add(longer, clean_label(longer), org_type(longer))  # US Congress
                continue
            if len(entries) > 1 and self.country is None and _common_word(span):
                # "the Greens" in an article of no one country: whose is not known, unless a
                # region of one names it ("the NSW Liberal Party")
                if not any(e.type == "PoliticalParty" and party_branch(self, span, e, foreign=False)
                           for e in entries):
                    self.add(span, clean_label(span), entries[0].type)
                continue
            if entries:
                home = self.section_country(span.start_char) or self.country
                entry = _choose(entries, self.seen_ids, home, span.text)
                named = [e for e in entries if e.type == "PoliticalParty"
                         and e.country in self.named_countries]
                if named and entry.country not in (home, None):  # "the Labor Party" in an article
                    entry = max(named, key=lambda e: self.countries[e.country or ""])  # on
                    # Guantanamo that names Australia: Australia's, no party of the United States
                if entry.type == "Person":
                    self.people[entry.label] = entry.label
                qualifier = owner_country(span, self.gaz)
                owner = qualifier or (clause_leader_country(self, span.root) if _common_word(span)
                                      else None) or home  # "Bush asked Congress"
                if entry.type == "PoliticalParty" and party_branch(self, span, entry):
                    continue  # "the Democratic Party of Arkansas", "the Maldivian Democratic Party"
                if _foreign_generic(span, entry, owner, qualified=qualifier is not None) \
                        and not (named and entry in named):
                    label = clean_label(span)
                    if entry.type not in ("PoliticalParty", "Group"):
                        label = f"{label} of {owner}"
                    national = "GovernmentBody" if entry.type == "InternationalOrganization" \
                        else entry.type  # a country's own security council
                    self.add(span, label, national, country=owner)
                elif entry.type != "Place":
                    self.add(span, entry.label, entry.type, key=entry.id,
                             country=entry.country, cameo=entry.cameo)
                elif (ent.root.dep_ in _ACTOR_DEPS or _actor_pobj(ent.root)) \
                        and (country := self.capital(ent)) is not None:
                    self.add(span, government_label(country), "Government", country=country,
                             cameo=self.code(country, "GOV"))
            elif self._person_ent(ent):
                span = person_span(self.untaken(span))
                if span is not None and len(span) > 1 and not is_place(span):
                    self.people[span.text] = span.text
                elif span is not None and royal_name(span):
                    self.people[royal_name(span)] = royal_name(span)
            elif ent.label_ in ("ORG", "GPE") and len(span) > 1 and span[-1].lower_ in lexicon().place_words:
                continue  # "Edmund Pettus Bridge": a place named after someone, no actor
            elif ent.label_ in ("ORG", "GPE") and len(span) > 1 and (
                    titled(span) or given_named(span) or appointed(span)):
                self.people[span.text] = span.text
                self.add(span, span.text, "Person")
            elif ent.label_ == "ORG" and generic_body(span, self.gaz):
                self.body(span)
            elif (ent.label_ == "ORG" or span[0].lower_ in lexicon().org_openers or kind_named(ent)) \
                    and len(span) > 1 and not self._named_pair(span) \
                    and span[-1].lower_ not in lexicon().document_heads:  # "Kyoto Protocol"
                span = self.of_country(span)
                self.add(span, clean_label(span), org_type(span))
            elif ent.label_ == "NORP" and people_noun(span):
                self.add(span, clean_label(span), "Group",
                         country=self.gaz.country_of(span.text))
        for mention in quoted:  # '"Zoe's Ark" says': the name wherever it is written again
            self.repeat(mention.text, mention, quoted=True)
        self.given_names()
        self.surnames = _surname_table(self.people)

    def shared_country(self) -> str | None:
        """In an article that names no country, the one country that the names several
        countries use have in common, and the people the dictionaries know, point to ("the
        Tories attacked Labour", "Labour's Gordon Brown": the United Kingdom)."""
        votes: Counter[str] = Counter()
        forms = [e.text for e in self.ents if e.kb_id_] + \
            [self.doc[i].text for i in candidates(self.doc, "parties")]
        for form in forms:
            entries = self.gaz.lookup(form) or self.gaz.parties(form)
            countries = {e.country for e in entries if e.country}
            if len(countries) > 1:
                votes.update(countries)
        kb = actor_knowledge()
        for ent in self.ents:  # people the dictionaries know ("Labour's Gordon Brown")
            codes = {p.country for p in kb.people(ent.text)} if ent.label_ == "PERSON" else set()
            if len(codes) == 1 and self.gaz.codes.get(next(iter(codes)) or ""):
                votes[self.gaz.codes[next(iter(codes)) or ""]] += 1
        ranked = votes.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def body(self, span: Span) -> None:
        """"the Foreign Ministry", "Chinese Interior Ministry": a generic agent of the country
        that qualifies it, else of the article's or the sentence's country; with none known,
        of no country (it stays in its article), never of a default one. A national government
        so named ("the Australian Government", "the Federal Government": the article's
        country's, ``national_words.txt``) is labelled as every other mention of it."""
        lex = lexicon()
        words = [t for t in span if not self.gaz.country_of(t.text)
                 and t.lower_ not in ("'s", "\u2019s") and torn_demonym(t, self.gaz) is None]
        countries = [c for t in span if (c := self.gaz.country_of(t.text))]
        national = len(words) == 2 and words[0].lower_ in lex.national_words  # "the Federal
        country = countries[0] if countries else owner_country(span, self.gaz) or (  # Government"
            self.country if national else self.country_near(span.root, guess=False))
        label = " ".join(t.lower_ for t in words)
        if country and words[-1].lower_ in lex.government_nouns and (len(words) == 1 or national):
            label = government_label(country)  # "the Australian Government": the country's
        sector = agent_sector([t.text for t in words])
        self.add(span, label, lex.generic_agents[words[-1].lower_], country=country,
                 text=clean_label(span), cameo=self.code(country, sector) if sector else None)

    def untaken(self, span: Span | None) -> Span | None:
        """``span`` without the leading tokens another mention took ("Democrat" of
        "Democrat Barack Obama")."""
        if span is None:
            return None
        start = span.start
        while start < span.end and start in self.tokens:
            start += 1
        return span.doc[start:span.end] if start < span.end else None

    def capital(self, ent: Span) -> str | None:
        """The country whose capital ``ent`` names ("Moscow", "Saint John's"), if any."""
        span = trim(ent)
        return self.gaz.capital_of(ent.text) or (self.gaz.capital_of(span.text) if span else None)

    def of_country(self, span: Span) -> Span:
        """An organisation the NER cut before "of <country>" ("Law Society of Kenya"),
        whole again; the country's own mention gives way."""
        doc = self.doc
        end = span.end
        if end + 1 >= len(doc) or doc[end].lower_ != "of" or not all(t.is_title for t in span) \
                or doc[end + 1].ent_type_ != "GPE" or doc[end + 1].ent_iob_ != "B":
            return span
        stop = end + 2
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        if self.gaz.country_of(doc[end + 1:stop].text) is None:
            return span
        self.drop(end + 1, stop)
        return doc[span.start:stop]

    def given_names(self) -> None:
        """A listed given name and the capitalised names after it ("Per Lundgren", "Amara
        Ndiaye") name a person, whatever the NER made of them."""
        lex = lexicon()
        for i in candidates(self.doc, "names"):
            token = self.doc[i]
            if i in self.tokens or token.pos_ != "PROPN" or not name_cased(token) \
                    or given_name_gender(token.text) is None or token.ent_type_ == "PERSON":
                continue
            prev = self.doc[i - 1] if i else None
            if prev is not None and prev.pos_ == "PROPN" and prev.is_title \
                    and prev.lower_.rstrip(".") not in lex.titles:
                continue
            end = i + 1
            while end < len(self.doc) and end - i < 4 and self.doc[end].pos_ == "PROPN" \
                    and self.doc[end].text[:1].isupper() and end not in self.tokens \
                    and self.doc[end].lower_ not in lex.org_heads \
                    and self.doc[end].lower_ not in lex.ranks:  # "Marine Lt. Col. X": a rank
                end += 1
            span = self.doc[i:end]
            if len(span) > 1 and (end == len(self.doc) or self.doc[end].lower_ not in lex.org_heads) \
                    and not is_place(span) and self.add(span, span.text, "Person"):
                self.people[span.text] = span.text

    def _named_pair(self, span: Span) -> bool:
        """Two people the article named in full, written by surname with "and" ("Nagin and
        Landrieu"), which the recogniser took for one organisation."""
        words = span.text.split(" and ")
        surnames = {name.split()[-1] for name in self.people}
        return len(words) == 2 and all(w in surnames for w in words)

    def _person_ent(self, ent: Span) -> bool:
        """A PERSON entity that is no demonym the recogniser took for a person ("Sri
        Lankan" before "President Mahinda Rajapaksa")."""
        return ent.label_ == "PERSON" and not self.gaz.country_of(ent.text) \
            and not (len(ent) > 1 and ent[0].lower_ in lexicon().org_openers) \
            and not kind_named(ent)  # "Parti Québécois", "a group called Ansar al-Tawhid"

    def persons(self) -> None:
        """Full names, and single proper nouns that name a person given in full elsewhere."""
        for ent in self.ents:
            if self._person_ent(ent) and self.usable(ent):
                span = person_span(self.untaken(trim(ent)))
                if span is not None and royal_name(span):  # "King Abdullah", "Prince Charles"
                    self.add(self.doc[span.start - 1:span.end], royal_name(span), "Person")
                elif span is not None and (len(span) > 1 or len(ent) > 1 and after_title(span)
                                           and name_key(span.text) not in self.surnames) \
                        and not is_place(span):
                    self.add(span, span.text, "Person")
            elif ent.label_ in ("GPE", "ORG", "NORP") and self.usable(ent):
                self.royal(ent)
        for i in candidates(self.doc, "names"):
            token = self.doc[i]
            if token.i in self.tokens or not token.text[:1].isupper() \
                    or token.is_upper and len(token) < 4:
                continue
            joined = hyphenated(token)  # "Asante-Mensah" of "Kwabena Asante-Mensah"
            if joined is not None and not any(t.i in self.tokens for t in joined) \
                    and (full := self.surnames.get(name_key(joined.text))) is not None:
                self.add(joined, full, "Person")
                continue
            full = self.surnames.get(name_key(token.text))
            if full and another_named(token, full) and token.i + 1 not in self.tokens:
                pair = self.doc[token.i:token.i + 2]  # "Tenzin Gyatso" is no "Tenzin Taklha"
                self.add(pair, pair.text, "Person")
                continue
            if full and _regnal(token) and name_key(full.split()[-1]) != name_key(token.text) \
                    and f"{token.nbor(-1).text} {full}" not in self.text:
                full = None  # "Prince Charles" is no "Charles Kennedy"; "Sir Kenneth" after
                # "Sir Kenneth Keith" is he
            if full and token.i and token.nbor(-1).lower_.rstrip(".") in lexicon().female_titles \
                    and name_gender(full) == "m":
                full = None  # "Mrs. Bush" beside "George W. Bush" is not he
            span = self.doc[token.i:token.i + 1]
            if full:
                self.add(span, full, "Person")
            elif token.pos_ == "NOUN" or token.dep_ == "compound" and \
                    token.head.lemma_.lower() in lexicon().government_nouns:
                continue  # "the McGuinty government" names a government: agents find it
            elif self.known_surname(token):
                continue
            elif token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and \
                    token.lower_.rstrip(".") not in lexicon().titles and \
                    (token.i + 1 == len(self.doc) or self.doc[token.i + 1].ent_iob_ != "I"):
                if token.text not in self.places() and not is_place(span):
                    self.add(span, token.text, "Person")
            elif token.ent_type_ == "ORG" and _ACRONYM.match(token.text) and token.is_upper:
                self.add(span, token.text, "Organization", country=self.country)

    def royal(self, ent: Span) -> None:
        """A royal title's one name the recogniser took for a place or a body ("King Fahd",
        "Emir Jaber"): the person, unless the gazetteer knows the name."""
        name = ent[1:] if ent[0].lower_ in lexicon().royal_titles else ent
        if len(name) == 1 and royal_name(name) and name[0].pos_ == "PROPN" \
                and not self.gaz.lookup(name.text) and not is_place(name) \
                and not any(t.i in self.tokens for t in ent):
            self.add(self.doc[name.start - 1:name.end], royal_name(name), "Person")

    def places(self) -> set[str]:
        """Single words the article uses as places somewhere ("the town of Ber", "in
        Kilimani", or tagged a place), so that none of their uses is a person."""
        if not hasattr(self, "_places"):
            self._places = {e.text for e in self.ents if e.label_ in ("GPE", "LOC", "FAC")}
            place_words = lexicon().place_words
            for ent in self.ents:
                if ent.label_ == "PERSON" and len(ent) == 1:
                    root = ent.root
                    if is_place(ent) or root.dep_ == "pobj" and root.head.lower_ == "of" \
                            and root.head.head.lower_ in place_words:
                        self._places.add(ent.text)
        return self._places

    def long_form(self, acronym: str, paren: int) -> Mention | None:
        """The capitalised words before "(" whose initials spell ``acronym``, as a mention
        (the NER missed "Law Society of Kenya (LSK)"); mentions inside it give way."""
        for start in range(paren - 1, max(paren - 12, -1), -1):
            words = self.doc[start:paren]
            if not words[0].text[:1].isupper():
                continue
            if abbreviates(acronym, words.text):
                self.drop(start, paren)
                return self.add(words, clean_label(words), org_type(words))
        return None

    def known_surname(self, token: Token) -> bool:
        """A bare surname no full name explains: the one gazetteer person of the article's
        country with that surname ("Hussain" in a Pakistani article), if there is one."""
        if self.gaz.lookup(token.text) or token.ent_type_ in ("DATE", "CARDINAL"):
            return False
        hits = _gazetteer_surnames(self.gaz).get((self.country, name_key(token.text)), [])
        if len(hits) == 1:
            self.add(self.doc[token.i:token.i + 1], hits[0].label, "Person", key=hits[0].id)
            return True
        codes = {code for c in self.countries if (code := self.gaz.country_code(c))}
        knowledge = actor_knowledge()
        leader = knowledge.leader(token.text, self.date, codes) if self.date else None
        if leader is None and self.date and not codes and token.is_title and not token.is_stop:
            # a text that names no country ("Kibaki and Odinga sign deal"): the one leader of
            # that name in office at its date, whatever the parser took the word for
            leader = knowledge.leader(token.text, self.date, knowledge.leader_countries(token.text))
            if leader is not None:
                self.add(self.doc[token.i:token.i + 1], leader.label, "Person",
                         country=self.gaz.codes.get(leader.country or ""))
                return True
        before = self.doc[token.i - 1].lower_.rstrip(".") if token.i else ""
        if leader is None or token.ent_type_ != "PERSON" or (
                before in lexicon().female_titles and name_gender(leader.label) == "m"):
            return False  # "Mrs. Bush" is not the president
        self.add(self.doc[token.i:token.i + 1], leader.label, "Person",
                 country=self.gaz.codes.get(leader.country or ""))
        return True

    def repeat(self, form: str, mention: Mention, *, quoted: bool = False) -> None:
        """``form`` wherever the article writes it (and no mention has it), as ``mention``'s
        actor; a ``quoted`` name written again between quotes replaces the mentions the NER
        found inside it ('"Zoe's Ark" describes', whose "Zoe" it took for a person)."""
        for match in re.finditer(rf"\b{re.escape(form)}\b", self.text[:self.limit]):
            span = self.doc.char_span(match.start(), match.end())
            if span is None:
                continue
            if quoted and span.start and span.end < len(self.doc) \
                    and self.doc[span.start - 1].is_quote and self.doc[span.end].is_quote:
                self.drop(span.start, span.end)
            self.add(span, mention.label, mention.type, key=mention.key, country=mention.country)

    def acronyms(self) -> None:
        """"Long Form (LF)": the acronym mentions take the long form's label and key."""
        mapping: dict[str, Mention] = {}
        for match in _PAREN_ACRONYM.finditer(self.text, 0, self.limit):
            found = self.doc.char_span(match.start(1), match.end(1))
            if found is None or len(found) != 1 or found.start < 2:
                continue
            token, prev = found[0], self.doc[found.start - 1]
            if prev.text != "(":
                continue
            by_start = {m.start: m for m in self.found.values()}
            long_form = _mention_ending_at(self.doc, by_start, prev.i)
            if long_form is None or not abbreviates(token.text, long_form.label, slack=1):
                long_form = self.long_form(token.text, prev.i)
            short = by_start.get(token.idx)
            if long_form is None or long_form.text == token.text:
                continue
            if short is not None and short.key and long_form.key and long_form.key != short.key:
                continue  # two known actors: the gazetteer knows better than the parse
            if short is not None and short.key and not long_form.key:
                self.drop(found.start, found.end)  # the article defines its own acronym
            mapping[token.text] = long_form
        for mention in self.found.values():
            long_form = mapping.get(mention.text)
            if long_form is not None and mention is not long_form:
                mention.label, mention.type = long_form.label, long_form.type
                mention.key, mention.country = long_form.key, long_form.country
        mapping.update(self.leading_acronyms(mapping))
        for acronym, long_form in mapping.items():
            self.repeat(acronym, long_form)

    def leading_acronyms(self, known: dict[str, Mention]) -> dict[str, Mention]:
        """Organisations named in full whose first word is an acronym no other actor has
        ("ABC News", later "the ABC report"): the acronym alone is the organisation; an
        acronym that names a place ("NSW Labor": New South Wales) stays the place's."""
        kb = actor_knowledge()
        firsts: dict[str, list[Mention]] = {}
        for mention in self.found.values():
            first = mention.text.split()[0] if " " in mention.text else ""
            if mention.type in lexicon().org_types and not mention.key and _ACRONYM.match(first) \
                    and first.isupper() and first not in known and not self.gaz.lookup(first) \
                    and self.gaz.country_of(first) is None and not kb.regions(first):
                firsts.setdefault(first, []).append(mention)
        return {first: ms[0] for first, ms in firsts.items() if len({m.label for m in ms}) == 1}


def _higher_post(token: Token, lex) -> bool:  # type: ignore[no-untyped-def]
    """A word that makes another post of the title after it ("Grand Ayatollah", "Vice
    Admiral"), not one of time ("Former President")."""
    after = token.nbor(1).lower_.rstrip(".") if token.i + 1 < len(token.doc) else ""
    return token.lower_ in lex.rankers and token.lower_ not in _FORMER and after in lex.titles


_SURNAMES: dict[int, dict[tuple[str | None, str], list[GazetteerEntry]]] = {}


def _gazetteer_surnames(gaz: Gazetteer) -> dict[tuple[str | None, str], list[GazetteerEntry]]:
    """(country, name_key of surname) -> the gazetteer's people; built once per gazetteer."""
    table = _SURNAMES.get(id(gaz))
    if table is None:
        table = {}
        for entry in gaz.entries.values():
            if entry.type == "Person":
                key = (entry.country, name_key(entry.label.split()[-1]))
                table.setdefault(key, []).append(entry)
        _SURNAMES[id(gaz)] = table
    return table


def _regnal(token: Token) -> bool:
    """A name after a royal or courtesy title that takes a given name ("Prince Charles",
    "King Abdullah", "Sheikh Hasina"): never the first name of someone else's full name."""
    if not token.i:
        return False
    prev = token.nbor(-1).lower_
    lex = lexicon()
    return prev in lex.head_titles or prev in lex.honorifics and prev.rstrip(".") not in (
        "mr", "mrs", "ms", "dr", "mx")


def _surname_table(people: dict[str, str]) -> dict[str, str]:
    """name_key of each last and first name -> the full name (ambiguous ones dropped; a
    royal title is no name)."""
    table: dict[str, str] = {}
    ambiguous: set[str] = set()
    for full in sorted(people, key=len, reverse=True):
        parts = full.split()
        for part in {parts[-1], parts[0]} - {p for p in parts if p.lower() in lexicon().royal_titles}:
            key = name_key(part)
            if key in table and table[key] != full and not table[key].endswith(full):
                ambiguous.add(key)
            table.setdefault(key, full)
        table.setdefault(name_key(full), full)
    for key in ambiguous:
        table.pop(key, None)
    return table


def _common_word(span: Span) -> bool:
    """A gazetteer alias many countries use for their own body or party ("Congress")."""
    words = span.text.lower()
    return (words[4:] if words.startswith("the ") else words) in lexicon().generic_aliases


def _foreign_generic(span: Span, entry: GazetteerEntry, country: str | None, *,
                     qualified: bool = False) -> bool:
    """A common-word alias ("Congress", "the Republicans") whose entry belongs to another
    country than the article's, or than the country that qualifies it ("Georgia's Security
    Council" is no UN body): it names that country's own body or party."""
    return _common_word(span) and country is not None \
        and (entry.country is not None or qualified) and entry.country != country


def _choose(entries: list[GazetteerEntry], seen: Counter[str], country: str | None,
            alias: str) -> GazetteerEntry:
    """Pick among the gazetteer entries an ambiguous alias names, from the article's context:
    the entry the article also names unambiguously, the article's country, the exact name."""
    if len(entries) == 1:
        return entries[0]
    return max(entries, key=lambda e: (seen[e.id], e.country == country and country is not None,
                                       e.label == alias))


def _mention_ending_at(doc: Doc, by_start: dict[int, Mention], paren: int) -> Mention | None:
    end_char = doc[paren - 1].idx + len(doc[paren - 1].text) if paren else 0
    for mention in by_start.values():
        if mention.end == end_char:
            return mention
    return None
