"""Actor mentions: named entities, gazetteer actors and generic political agents.

:func:`actor_mentions` finds every actor written in a document; :class:`ActorIndex` answers
"which actor does this token denote?" for the other extractors: a named actor, a group
acting for its organisation ("MQM leaders", "leaders of the PPP"), a generic agent ("the
government", "Poland's parliament"), "the party" (the party just named), pronouns (a prior
actor or nothing; "we" inside a quote is the speaker's organisation).

Example:
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = nlp("Poland's parliament rejected the bill, an Argentine judge said.")
    >>> [(m.label, m.type, m.country) for m in actor_mentions(doc)][1:]
    [('parliament', 'GovernmentBody', 'Poland'), ('judge', 'Judiciary', 'Argentina')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING, Any

from graphkit.extract._names import given_name_gender, name_gender, pronoun_gender
from graphkit.extract._text import body_end, clean_label, doc_text, in_spans, quote_spans
from graphkit.model import Mention
from graphkit.nlp import GazetteerEntry, load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.nlp import Gazetteer

__all__ = [
    "GENERIC_AGENTS",
    "HEAD_TITLES",
    "MEMBER_NOUNS",
    "PERSON_NOUNS",
    "TITLE_WORDS",
    "ORG_TYPES",
    "actor_mentions",
    "name_key",
    "ActorIndex",
]

#: Nouns that denote a political agent by themselves, with the actor type they get.
GENERIC_AGENTS: dict[str, str] = {
    "government": "Government", "administration": "Government", "cabinet": "Government",
    "regime": "Government", "junta": "Government", "ministry": "Government",
    "presidency": "Government", "authorities": "Government", "rulers": "Government",
    "officials": "Government",
    "parliament": "GovernmentBody", "legislature": "GovernmentBody", "senate": "GovernmentBody",
    "assembly": "GovernmentBody", "lawmakers": "GovernmentBody", "legislators": "GovernmentBody",
    "police": "SecurityForce", "army": "SecurityForce", "military": "SecurityForce",
    "troops": "SecurityForce", "soldiers": "SecurityForce", "forces": "SecurityForce",
    "navy": "SecurityForce", "agencies": "SecurityForce", "agency": "SecurityForce",
    "policemen": "SecurityForce", "paramilitaries": "SecurityForce",
    "rebels": "ArmedGroup", "insurgents": "ArmedGroup", "militants": "ArmedGroup",
    "separatists": "ArmedGroup", "jihadists": "ArmedGroup", "gunmen": "ArmedGroup",
    "guerrillas": "ArmedGroup", "militia": "ArmedGroup", "militias": "ArmedGroup",
    "court": "Judiciary", "judge": "Judiciary", "judges": "Judiciary", "judiciary": "Judiciary",
    "prosecutors": "Judiciary", "prosecutor": "Judiciary", "tribunal": "Judiciary",
    "opposition": "Group", "protesters": "Group", "protestors": "Group", "coalition": "Group",
    "demonstrators": "Group",
}
#: Generic agents that need a qualifying modifier ("security agencies", not "news agency").
_QUALIFIED: dict[str, set[str] | None] = {
    "agency": {"security", "intelligence", "enforcement", "spy", "investigative"},
    "agencies": {"security", "intelligence", "enforcement", "spy", "investigative"},
    "assembly": {"national", "provincial", "state", "general", "legislative", "constituent"},
    "forces": None, "court": None,
}
#: Offices named "<title> of <country>" when the text gives no name ("Kenya's president").
HEAD_TITLES: dict[str, str] = {
    "president": "President", "premier": "Premier", "chancellor": "Chancellor",
    "king": "King", "queen": "Queen", "emir": "Emir", "pm": "Prime Minister",
}
#: Plural nouns whose referent acts for the organisation that modifies them ("MQM leaders").
MEMBER_NOUNS = frozenset({
    "leaders", "members", "supporters", "activists", "workers", "cadres", "men", "fighters",
    "militants", "commanders", "officials", "officers", "lawmakers", "legislators",
    "loyalists", "followers", "representatives", "delegates", "delegation", "volunteers",
    "personnel", "troops", "soldiers", "spokesmen", "leadership", "wing", "ministers",
    "agents", "operatives", "gunmen", "candidates", "senators", "deputies", "mps",
})
#: Singular nouns describing one person of an organisation ("the MQM lawmaker").
PERSON_NOUNS = frozenset({
    "leader", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "legislator", "member",
    "official", "chief", "chairman", "chairwoman", "chairperson", "commander", "minister",
    "senator", "activist", "convener", "convenor", "secretary", "head", "president",
    "mp", "representative", "envoy", "ambassador", "director", "officer", "aide", "adviser",
    "advisor", "founder", "candidate", "governor", "mayor", "negotiator", "source",
})
#: Words of titles and offices, as found before names and in appositions.
TITLE_WORDS = frozenset(PERSON_NOUNS | set(HEAD_TITLES) | {
    "prime", "vice", "deputy", "general", "secretary-general", "attorney", "justice",
    "speaker", "whip", "premier", "chancellor", "prince", "princess", "ayatollah",
    "cleric", "imam", "colonel", "col.", "lt.", "lieutenant", "brigadier", "marshal",
    "admiral", "captain", "capt.", "gen.", "maj.", "inspector", "superintendent",
    "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sen.", "rep.", "gov.", "judge",
    "mna", "mpa", "vice-president", "vice-chairman", "co-chairman", "coordinator",
    "prosecutor", "spokesperson", "president-elect", "minister", "ministers", "emir", "king",
    "queen", "pope", "rev.", "bishop", "sir", "lord", "lady", "commissioner", "chief",
    "member",
})
_TITLES = {t.rstrip(".") for t in TITLE_WORDS}
#: Actor types that can have members (the object of MEMBER_OF, the "we" of a speaker).
ORG_TYPES = frozenset({
    "PoliticalParty", "ArmedGroup", "Government", "GovernmentBody", "SecurityForce",
    "Judiciary", "MediaOutlet", "InternationalOrganization", "Organization", "Group",
})
_SECURITY_WORDS = {"investigation", "intelligence", "counter-terrorism", "counterterrorism",
                   "police", "security", "military", "defence", "defense", "army", "guard"}
_ORG_HEADS = {
    "police": "SecurityForce", "army": "SecurityForce", "force": "SecurityForce",
    "forces": "SecurityForce", "department": "Government", "ministry": "Government",
    "party": "PoliticalParty", "league": "PoliticalParty", "movement": "PoliticalParty",
    "front": "PoliticalParty", "court": "Judiciary", "assembly": "GovernmentBody",
    "parliament": "GovernmentBody", "council": "GovernmentBody", "agency": "Government",
    "commission": "GovernmentBody", "bureau": "Government", "brigade": "ArmedGroup",
    "brigades": "ArmedGroup", "rangers": "SecurityForce", "government": "Government",
}
_DROP_MODS = {
    "local", "several", "many", "some", "other", "senior", "top", "former", "new", "own",
    "current", "previous", "various", "certain", "such", "federal", "national", "central",
    "ruling", "interim", "incoming", "outgoing", "influential", "unnamed", "anonymous",
    "two", "three", "few", "all", "both", "more", "most", "unidentified", "suspected",
    "armed", "the", "a", "an", "this", "that", "these", "those", "its", "their",
}
#: Adjectives that are part of an agent's name ("foreign ministry", "riot police").
_AGENT_ADJS = {
    "foreign", "interior", "provincial", "state", "regional", "municipal", "military", "armed",
    "security", "special", "paramilitary", "riot", "secret", "supreme", "constitutional",
    "high", "presidential", "electoral", "intelligence", "naval", "royal", "islamic",
    "revolutionary", "republican", "democratic", "national", "economic", "financial",
}
#: Nouns that with proper nouns before them name an organisation ("the Junbish party").
_NAMED_HEADS = {"party": "PoliticalParty", "movement": "PoliticalParty",
                "militia": "ArmedGroup", "brigade": "ArmedGroup", "brigades": "ArmedGroup"}
_GOVERNMENTS = {"government", "administration", "regime", "authorities", "rulers"}
_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative"}
_SUBNATIONAL = {"provincial", "state", "regional", "municipal", "city", "local", "district"}
_ENT_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_PRONOUNS = {
    "he": "person", "him": "person", "his": "person", "himself": "person",
    "she": "person", "her": "person", "hers": "person", "herself": "person",
    "it": "org", "its": "org", "itself": "org",
    "they": "plural", "them": "plural", "their": "plural", "themselves": "plural",
    "we": "first", "us": "first", "our": "first", "ours": "first", "ourselves": "first",
    "i": "self", "me": "self", "my": "self", "you": "none", "your": "none",
}
_ANAPHORS: dict[str, frozenset[str]] = {
    "party": frozenset({"PoliticalParty"}), "group": ORG_TYPES,
    "movement": ORG_TYPES - {"Government"}, "organisation": ORG_TYPES,
    "organization": ORG_TYPES, "militants": frozenset({"ArmedGroup"}),
    "outfit": frozenset({"ArmedGroup", "PoliticalParty"}), "alliance": ORG_TYPES,
}
#: Datelines and bylines sit in the first characters of an article.
_HEAD_CHARS = 1500
_DASHES = {"-", "\u2013", "\u2014", "--", ":"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&.-]{1,9}$")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&.-]{1,9})\)")
_CANDIDATES: dict[tuple[int, str], Any] = {}


def _candidates(doc: Doc, kind: str) -> list[int]:
    """Indices of the tokens worth a look, found on the token arrays (no Token objects):
    proper nouns and nouns for "names", the agent and title nouns for "agents"."""
    import numpy as np
    from spacy.attrs import IS_TITLE, IS_UPPER, LEMMA, LOWER, POS
    from spacy.symbols import NOUN, PROPN

    if not len(doc):
        return []
    if kind == "names":
        arr = doc.to_array([POS, IS_TITLE, IS_UPPER])
        hits = np.isin(arr[:, 0], [PROPN, NOUN]) & ((arr[:, 1] > 0) | (arr[:, 2] > 0))
        return np.flatnonzero(hits).tolist()
    arr = doc.to_array([LOWER, LEMMA])
    key = (id(doc.vocab), kind)
    hashes = _CANDIDATES.get(key)
    if hashes is None:
        words = set(GENERIC_AGENTS) | set(HEAD_TITLES) | set(_NAMED_HEADS) | {"minister"}
        hashes = np.array(sorted(doc.vocab.strings.add(w) for w in words), dtype="uint64")
        _CANDIDATES[key] = hashes
    hits = np.isin(arr[:, 0], hashes) | np.isin(arr[:, 1], hashes)
    return np.flatnonzero(hits).tolist()


def name_key(name: str) -> str:
    """A spelling-tolerant key for a personal name: folded accents and case, "qu" = "q",
    "ph" = "f", no doubled letters ("Siddiqi" and "Siddiqui" share it).

    >>> name_key("Siddiqi") == name_key("Siddiqui")
    True
    >>> name_key("Hussain") == name_key("Hassan")
    False
    """
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if c.isalpha() or c == " ")
    words = []
    for word in text.split():
        word = word.replace("qu", "q").replace("ph", "f").replace("ck", "k")
        words.append(re.sub(r"(.)\1+", r"\1", word))
    return " ".join(words)


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


class _Finder:
    """One pass over a document collecting mentions (kept private: use actor_mentions)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.gaz: Gazetteer = load_gazetteer()
        self.text = doc_text(doc)
        self.limit = body_end(self.text)
        self.skip = _skip_spans(doc)
        self.found: dict[int, Mention] = {}
        self.tokens: set[int] = set()

    def run(self) -> list[Mention]:
        self.ents = list(self.doc.ents)
        self.seen_ids = Counter(e.kb_id_ for e in self.ents
                                if e.kb_id_ and len(self.gaz.lookup(e.text)) == 1)
        self.country = _main_country(self.ents, self.gaz, self.skip, self.limit)
        self.entities()
        self.persons()
        self.acronyms()
        self.generic()
        return sorted(self.found.values(), key=lambda m: m.start)

    # -- named entities and gazetteer --------------------------------------------------
    def usable(self, span: Span) -> bool:
        if span.start_char >= self.limit:
            return False
        return not any(s <= span.start_char < e for s, e in self.skip)

    def add(self, span: Span, label: str, type_: str, *, key: str | None = None,
            country: str | None = None, text: str | None = None) -> Mention | None:
        if not label or not self.usable(span):
            return None
        if any(i in self.tokens for i in range(span.start, span.end)):
            return None
        text = text or span.text
        end = span.end_char
        if text.endswith(".") and not label.endswith(".") and len(text) > 2:
            text, end = text[:-1], end - 1
        mention = Mention(text=text, label=label, type=type_,
                          start=span.start_char, end=end, key=key, country=country)
        self.found[span.start] = mention
        self.tokens.update(range(span.start, span.end))
        return mention

    def entities(self) -> None:
        self.people: dict[str, str] = {}
        ents = sorted(self.ents, key=lambda e: (e.kb_id_ == "", e.start))
        for ent in ents:
            if ent.label_ not in _ENT_LABELS or not self.usable(ent):
                continue
            span = _trim(ent)
            if span is None:
                continue
            entries = self.gaz.lookup(span.text) if ent.kb_id_ else []
            if entries:
                entry = _choose(entries, self.seen_ids, self.country, span.text)
                if entry.type == "Person":
                    self.people[entry.label] = entry.label
                if _foreign_generic(span, entry, self.country):
                    label = clean_label(span)
                    if entry.type not in ("PoliticalParty", "Group"):
                        label = f"{label} of {self.country}"
                    self.add(span, label, entry.type, country=self.country)
                elif entry.type != "Place":
                    self.add(span, entry.label, entry.type, key=entry.id,
                             country=entry.country)
                elif entry.id.startswith("capital:") and ent.root.dep_ in _ACTOR_DEPS:
                    self.add(span, f"Government of {entry.country}", "Government",
                             country=entry.country)
            elif ent.label_ == "PERSON":
                span = _person_span(span)
                if span is not None and len(span) > 1 and not _is_place(span):
                    self.people[span.text] = span.text
            elif ent.label_ in ("ORG", "GPE") and len(span) > 1 and (
                    _titled(span) or _given_named(span)):
                self.people[span.text] = span.text
                self.add(span, span.text, "Person")
            elif ent.label_ == "ORG" and len(span) > 1:
                span = self.of_country(span)
                self.add(span, clean_label(span), _org_type(span))
            elif ent.label_ == "NORP" and _people_noun(span):
                self.add(span, clean_label(span), "Group",
                         country=self.gaz.country_of(span.text))
        self.given_names()
        self.surnames = _surname_table(self.people)

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
        for i in range(end + 1, stop):
            self.tokens.discard(i)
            self.found.pop(i, None)
        return doc[span.start:stop]

    def given_names(self) -> None:
        """A listed given name and the capitalised names after it ("Per Lundgren", "Amara
        Ndiaye") name a person, whatever the NER made of them."""
        for i in _candidates(self.doc, "names"):
            token = self.doc[i]
            if i in self.tokens or token.pos_ != "PROPN" or not token.is_title \
                    or given_name_gender(token.text) is None or token.ent_type_ == "PERSON":
                continue
            prev = self.doc[i - 1] if i else None
            if prev is not None and prev.pos_ == "PROPN" and prev.is_title \
                    and prev.lower_.rstrip(".") not in _TITLES:
                continue
            end = i + 1
            while end < len(self.doc) and end - i < 4 and self.doc[end].pos_ == "PROPN" \
                    and self.doc[end].text[:1].isupper() and end not in self.tokens \
                    and self.doc[end].lower_ not in _ORG_HEADS:
                end += 1
            span = self.doc[i:end]
            if len(span) > 1 and (end == len(self.doc) or self.doc[end].lower_ not in _ORG_HEADS) \
                    and not _is_place(span) and self.add(span, span.text, "Person"):
                self.people[span.text] = span.text

    def persons(self) -> None:
        """Full names, and single proper nouns that name a person given in full elsewhere."""
        for ent in self.ents:
            if ent.label_ == "PERSON" and self.usable(ent):
                span = _person_span(_trim(ent))
                if span is not None and len(span) > 1 and not _is_place(span):
                    self.add(span, span.text, "Person")
        for i in _candidates(self.doc, "names"):
            token = self.doc[i]
            if token.i in self.tokens or not token.text[:1].isupper() \
                    or token.is_upper and len(token) < 4:
                continue
            full = self.surnames.get(name_key(token.text))
            span = self.doc[token.i:token.i + 1]
            if full:
                self.add(span, full, "Person")
            elif token.pos_ == "NOUN":
                continue
            elif self.known_surname(token):
                continue
            elif token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and \
                    (token.i + 1 == len(self.doc) or self.doc[token.i + 1].ent_iob_ != "I"):
                if token.text not in self.places() and not _is_place(span):
                    self.add(span, token.text, "Person")
            elif token.ent_type_ == "ORG" and _ACRONYM.match(token.text) and token.is_upper:
                self.add(span, token.text, "Organization", country=self.country)

    def places(self) -> set[str]:
        """Single words the article uses as places somewhere ("the town of Ber", "in
        Kilimani", or tagged a place), so that none of their uses is a person."""
        if not hasattr(self, "_places"):
            self._places = {e.text for e in self.ents if e.label_ in ("GPE", "LOC", "FAC")}
            for ent in self.ents:
                if ent.label_ == "PERSON" and len(ent) == 1:
                    root = ent.root
                    if _is_place(ent) or root.dep_ == "pobj" and root.head.lower_ == "of" \
                            and root.head.head.lower_ in _PLACE_WORDS:
                        self._places.add(ent.text)
        return self._places

    def long_form(self, acronym: str, paren: int) -> Mention | None:
        """The capitalised words before "(" whose initials spell ``acronym``, as a mention
        (the NER missed "Law Society of Kenya (LSK)"); mentions inside it give way."""
        for start in range(paren - 1, max(paren - 12, -1), -1):
            words = self.doc[start:paren]
            if not words[0].text[:1].isupper():
                continue
            if _abbreviates(acronym, words.text):
                for i in range(start, paren):
                    self.tokens.discard(i)
                    self.found.pop(i, None)
                return self.add(words, clean_label(words), _org_type(words))
        return None

    def known_surname(self, token: Token) -> bool:
        """A bare surname no full name explains: the one gazetteer person of the article's
        country with that surname ("Hussain" in a Pakistani article), if there is one."""
        if self.gaz.lookup(token.text) or token.ent_type_ in ("DATE", "CARDINAL"):
            return False
        hits = _gazetteer_surnames(self.gaz).get((self.country, name_key(token.text)), [])
        if len(hits) != 1:
            return False
        self.add(self.doc[token.i:token.i + 1], hits[0].label, "Person", key=hits[0].id)
        return True

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
            if long_form is None or not _abbreviates(token.text, long_form.label):
                long_form = self.long_form(token.text, prev.i)
            short = by_start.get(token.idx)
            if long_form is None or long_form.text == token.text:
                continue
            if short is not None and short.key and long_form.key != short.key:
                continue
            mapping[token.text] = long_form
        for mention in self.found.values():
            long_form = mapping.get(mention.text)
            if long_form is not None and mention is not long_form:
                mention.label, mention.type = long_form.label, long_form.type
                mention.key, mention.country = long_form.key, long_form.country
        for acronym, long_form in mapping.items():
            for match in re.finditer(rf"\b{re.escape(acronym)}\b", self.text[:self.limit]):
                span = self.doc.char_span(match.start(), match.end())
                if span is not None and len(span) == 1 and span.start not in self.tokens:
                    self.add(span, long_form.label, long_form.type, key=long_form.key,
                             country=long_form.country)

    # -- generic agents ----------------------------------------------------------------
    def generic(self) -> None:
        for i in _candidates(self.doc, "agents"):
            token = self.doc[i]
            if token.i in self.tokens or token.pos_ not in ("NOUN", "PROPN"):
                continue
            word = token.lower_
            if word in _NAMED_HEADS:
                self.named(token)
                continue
            if word in HEAD_TITLES or word == "minister" and _portfolio(token):
                self.title(token)
                continue
            type_ = GENERIC_AGENTS.get(word) or GENERIC_AGENTS.get(token.lemma_.lower())
            if type_ is None or not _qualified(token):
                continue
            if word in MEMBER_NOUNS and self.org_modifier(token):
                continue
            if token.dep_ in ("compound", "nmod", "amod") and token.head.i > token.i \
                    and token.head.lower_ not in MEMBER_NOUNS \
                    and not _titles_person(token.head):
                continue
            self.agent(token, type_)

    def agent(self, token: Token, type_: str) -> None:
        head = token
        if token.dep_ in ("compound", "nmod") and token.head.lower_ in MEMBER_NOUNS:
            head = token.head
        mods, country, place = self.modifiers(token, extra=head if head.i != token.i else None)
        start = min([t.i for t in mods] + [token.i])
        taken = [i for i in range(start, token.i) if i in self.tokens]
        if taken:
            start = max(taken) + 1
        span = self.doc[start:head.i + 1]
        kept = [t.text for t in mods if t.i >= start and t.lower_ not in _DROP_MODS
                and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in _AGENT_ADJS)
                and not _is_country(
            t, self.gaz) and t.dep_ not in ("poss", "case", "det")]
        sub = any(t.lower_ in _SUBNATIONAL for t in mods)
        word = token.text if token.is_upper else token.text.lower()
        kept = [w if _proper(w, mods) else w.lower() for w in kept]
        where = place or country or self.country
        if token.lower_ in _GOVERNMENTS and not sub:
            label = f"Government of {where}" if where else "government"
        elif token.lower_ in _GOVERNMENTS and place:
            label = f"Government of {place}"
        elif token.lower_ == "officials" and kept and kept[-1].lower() in GENERIC_AGENTS:
            label = " ".join(kept)
        else:
            label = " ".join(kept + [word])
        explicit = country is not None
        self.add(span, label, type_, country=country if explicit else self.country,
                 text=clean_label(span))

    def named(self, token: Token) -> None:
        """"the Junbish party": a party the NER missed, named by proper nouns before it."""
        names = [c for c in token.lefts if c.dep_ in ("compound", "nmod", "amod")
                 and c.text[:1].isupper() and c.i not in self.tokens
                 and c.ent_type_ not in ("GPE", "PERSON") and not self.gaz.country_of(c.text)]
        if not names:
            return
        span = self.doc[min(c.left_edge.i for c in names):token.i + 1]
        if all(t.text[:1].isupper() or t.is_punct or t.i == token.i for t in span):
            self.add(span, span.text, _NAMED_HEADS[token.lower_])

    def org_modifier(self, token: Token) -> bool:
        """A member noun modified by a named organisation ("Hamas fighters")."""
        for child in token.children:
            if child.i < token.i and child.i in self.tokens:
                mention = next((m for m in self.found.values()
                                if m.start <= child.idx < m.end), None)
                if mention is not None and mention.type in ORG_TYPES:
                    return True
        return False

    def title(self, token: Token) -> None:
        """"Kenya's president", "the French president": an office with no name given."""
        if any(c.ent_type_ == "PERSON" for c in token.children) or token.ent_type_ == "PERSON":
            return
        if token.dep_ in ("compound", "appos") or _names_person(token):
            return
        mods, country, _ = self.modifiers(token)
        if country is None:
            return
        if token.lower_ == "minister":
            title = f"{_portfolio(token)} Minister"
        else:
            title = HEAD_TITLES[token.lower_]
        start = min([t.i for t in mods] + [token.i])
        taken = [i for i in range(start, token.i) if i in self.tokens]
        span = self.doc[(max(taken) + 1 if taken else start):token.i + 1]
        self.add(span, f"{title} of {country}", "Person", country=country,
                 text=clean_label(span))

    def modifiers(self, token: Token, *, extra: Token | None = None
                  ) -> tuple[list[Token], str | None, str | None]:
        """Left modifiers of an agent noun, the country and the sub-national place they give."""
        mods: list[Token] = []
        country = place = None
        lefts = list(token.lefts)
        if extra is not None:
            lefts += [c for c in extra.lefts if c.i < token.i]
        for child in lefts:
            if child.dep_ not in ("compound", "amod", "nmod", "poss", "det"):
                continue
            for t in child.subtree:
                if t.i < token.i and t.dep_ != "punct" and self.usable(t.doc[t.i:t.i + 1]):
                    mods.append(t)
        for t in list(mods) + [c for p in token.rights if p.lower_ == "of" for c in p.children]:
            hit = self.gaz.country_of(t.text)
            if hit:
                country = country or hit
            elif t.ent_type_ == "GPE" or t.ent_type_ == "" and t.pos_ == "PROPN":
                entries = [e for e in self.gaz.lookup(t.text) if e.type == "Place"]
                if entries or t.ent_type_ == "GPE":
                    place = place or t.text
                    country = country or (entries[0].country if entries else None)
        mods.sort(key=lambda t: t.i)
        while mods and mods[0].dep_ == "det" and mods[0].lower_ in ("the", "a", "an"):
            mods.pop(0)
        return mods, country, place


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


_PLACE_WORDS = {"town", "city", "village", "district", "province", "valley", "county",
                "region", "street", "road", "square", "camp", "airport", "bridge"}


def _is_place(span: Span) -> bool:
    """A "person" the NER found that is a place: "Gadap Town", or listed among places."""
    if span[-1].lower_ in _PLACE_WORDS:
        return True
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.i != span.root.i and first.ent_type_ in ("GPE", "LOC", "FAC") or \
        first.dep_ == "pobj" and first.head.lower_ in ("in", "near", "at", "outside", "across")


def _proper(word: str, mods: list[Token]) -> bool:
    return any(t.text == word and t.pos_ == "PROPN" for t in mods)


_MINOR = {"of", "the", "for", "and", "in", "on", "de", "du", "des", "la", "le", "el", "al", "e", "i"}


def _abbreviates(acronym: str, name: str) -> bool:
    """``acronym`` spells the initials of ``name``'s words ("LSK", "Law Society of Kenya").

    >>> _abbreviates("PPP", "Pakistan People\u2019s Party"), _abbreviates("LSK", "Kenya")
    (True, False)
    """
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    words = [w for w in re.split(r"[\s\-\u2019']+", name) if w and w.lower() not in _MINOR
             and w.lower() != "s"]
    initials = "".join(w[0] for w in words if w[0].isalpha()).upper()
    return len(letters) >= 2 and (initials == letters or
                                  initials.replace("E", "") == letters.replace("E", ""))


def _people_noun(span: Span) -> bool:
    """A nationality or community as a noun ("20 Palestinians", "the Kurds"), not an
    adjective ("Pakistani principles")."""
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative")


def _titled(span: Span) -> bool:
    """A name the NER took for an organisation that an apposition gives a person's title:
    "Mehmet Simsek, Turkey's finance minister"."""
    if not all(t.is_title for t in span) or span.root.lower_ in _ORG_HEADS:
        return False
    return any(c.dep_ == "appos" and c.lower_ in PERSON_NOUNS | _TITLES and c.i > span.end
               for c in span.root.children)


def _given_named(span: Span) -> bool:
    """A name the NER took for an organisation or place that opens with a listed given
    name: "Helena Lindqvist", "Peter Omondi"."""
    return len(span) <= 4 and all(t.is_title for t in span) \
        and given_name_gender(span[0].text) is not None \
        and not {span.root.lower_, span[-1].lower_} & _ORG_HEADS.keys()


def _titles_person(head: Token) -> bool:
    """"army spokesman (Onyema Nwachukwu)": the agent is part of a person's title."""
    return head.lower_ in PERSON_NOUNS or head.ent_type_ == "PERSON" and head.pos_ == "PROPN"


#: Ministers named by portfolio when the text gives no name ("Iran's foreign minister").
_PORTFOLIOS = {
    "prime", "foreign", "interior", "defence", "defense", "finance", "justice", "home",
    "information", "energy", "economy", "health", "education", "trade", "oil", "agriculture",
}


def _portfolio(token: Token) -> str | None:
    """"foreign" of "foreign minister" (title-cased), if the minister has a known portfolio."""
    for child in token.lefts:
        if child.lower_ in _PORTFOLIOS and child.dep_ in ("compound", "amod"):
            return child.lower_.capitalize()
    return None


def _names_person(token: Token) -> bool:
    """The title is followed by a name ("President Ruto") or has a name in apposition."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def _qualified(token: Token) -> bool:
    need = _QUALIFIED.get(token.lower_)
    if not need:
        return True
    words = {t.lower_ for t in token.subtree if t.i < token.i}
    return bool(words & need)


def _is_country(token: Token, gaz: Gazetteer) -> bool:
    return gaz.country_of(token.text) is not None or token.lower_ in ("'s", "\u2019s")


def _trim(span: Span) -> Span | None:
    """Drop leading articles and trailing possessives/punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    end = next((t.i for t in span if t.text == "(" and t.i > start), end)
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")
                           or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _person_span(span: Span | None) -> Span | None:
    """A person's name without leading titles, extended over a name the NER cut short."""
    if span is None:
        return None
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].lower_.rstrip(".") in _TITLES:
        start += 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end \
            and doc[end].ent_type_ not in ("ORG", "NORP") and not doc[end].is_upper:
        end += 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
            and doc[start - 1].ent_type_ in ("", "PERSON") and not doc[start - 1].is_upper \
            and doc[start - 1].lower_.rstrip(".") not in _TITLES:
        start -= 1
    if end <= start:
        return None
    if not all(t.text[:1].isupper() or t.text in ("-", "'", "bin", "al", "ibn", "de", "van",
                                                  "von", "da", "el", "ul") for t in doc[start:end]):
        return None
    return doc[start:end]


def _surname_table(people: dict[str, str]) -> dict[str, str]:
    """name_key of each last and first name -> the full name (ambiguous ones dropped)."""
    table: dict[str, str] = {}
    ambiguous: set[str] = set()
    for full in sorted(people, key=len, reverse=True):
        parts = full.split()
        for part in {parts[-1], parts[0]}:
            key = name_key(part)
            if key in table and table[key] != full and not table[key].endswith(full):
                ambiguous.add(key)
            table.setdefault(key, full)
        table.setdefault(name_key(full), full)
    for key in ambiguous:
        table.pop(key, None)
    return table


def _org_type(span: Span) -> str:
    head = span.root.lower_
    if head in ("department", "agency", "bureau", "directorate", "unit", "cell", "service",
                "services", "corps", "command") and {t.lower_ for t in span} & _SECURITY_WORDS:
        return "SecurityForce"
    if head in _ORG_HEADS:
        return _ORG_HEADS[head]
    last = span[-1].lower_
    return _ORG_HEADS.get(last, "Organization")


#: Gazetteer aliases that are common words many countries use for their own body or party.
_GENERIC_ALIASES = frozenset({
    "congress", "senate", "parliament", "national assembly", "assembly", "supreme court",
    "constitutional court", "republicans", "democrats", "greens", "socialists", "liberals",
    "conservatives", "labour", "communists", "social democrats", "christian democrats",
    "the left", "left party", "free democrats", "tories",
})


def _foreign_generic(span: Span, entry: GazetteerEntry, country: str | None) -> bool:
    """A common-word alias ("Congress", "the Republicans") whose entry belongs to another
    country than the article's: it names the article's own body or party."""
    words = span.text.lower()
    words = words[4:] if words.startswith("the ") else words
    return words in _GENERIC_ALIASES and country is not None and entry.country is not None \
        and entry.country != country


def _choose(entries: list[GazetteerEntry], seen: Counter[str], country: str | None,
            alias: str) -> GazetteerEntry:
    """Pick among the gazetteer entries an ambiguous alias names, from the article's context:
    the entry the article also names unambiguously, the article's country, the exact name."""
    if len(entries) == 1:
        return entries[0]
    return max(entries, key=lambda e: (seen[e.id], e.country == country and country is not None,
                                       e.label == alias))


def _skip_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans that hold no actor: the dateline and the byline."""
    spans = []
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


def _main_country(ents: list[Span], gaz: Gazetteer, skip: list[tuple[int, int]],
                  limit: int) -> str | None:
    """The country the article is mostly about: countries, demonyms and places named."""
    votes: Counter[str] = Counter()
    for ent in ents:
        if ent.start_char >= limit or ent.label_ not in ("GPE", "NORP", "ORG", "LOC"):
            continue
        weight = 3 if any(s <= ent.start_char < e for s, e in skip) else 1
        hit = gaz.country_of(ent.text)
        if hit:
            votes[hit] += weight
            continue
        entries = gaz.lookup(ent.text)
        if len(entries) == 1 and entries[0].country:
            votes[entries[0].country] += weight
    return votes.most_common(1)[0][0] if votes else None


def _mention_ending_at(doc: Doc, by_start: dict[int, Mention], paren: int) -> Mention | None:
    end_char = doc[paren - 1].idx + len(doc[paren - 1].text) if paren else 0
    for mention in by_start.values():
        if mention.end == end_char:
            return mention
    return None


class ActorIndex:
    """Which actor a token denotes, for the relation extractors.

    Args:
        doc: the processed document.
        mentions: the output of :func:`actor_mentions` for ``doc``.

    Example:
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
        self._head: dict[int, int] = {}
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
        self.quotes = quote_spans(self.text)
        self.sents = list(doc.sents)
        self._sent_starts = [s.start for s in self.sents]
        self._speakers: list[tuple[tuple[int, int], Mention]] | None = None
        self._members: dict[str, Mention] | None = None
        self._busy: set[str] = set()
        #: per-document results the extractors memoise (e.g. the statements found).
        self.cache: dict[str, Any] = {}

    # -- the public API ----------------------------------------------------------------
    def actor_for(self, token: Token) -> Mention | None:
        """The actor ``token`` (the head of a noun phrase) denotes, or None.

        A named actor or generic agent; a group acting for its organisation ("MQM leaders",
        "leaders of the PPP"); "the party" -> the last party named; "the MQM lawmaker" -> the
        last person of the MQM named, else the MQM; pronouns -> a prior actor ("we" in a quote
        -> the speaker's organisation) or None. Never a bare pronoun as an actor of its own.
        """
        mention = self._by_token.get(token.i)
        if mention is not None and token.lower_ not in MEMBER_NOUNS:
            return mention
        word = token.lower_
        if word in _PRONOUNS:
            return self._pronoun(token)
        if word in MEMBER_NOUNS or word in PERSON_NOUNS:
            named = self._appos_person(token)
            if named is not None:
                return named
            owner = self._owner(token)
            if owner is not None:
                if word in PERSON_NOUNS and word not in MEMBER_NOUNS:
                    return self._member_of(owner, token) or owner
                return owner
            if mention is not None:
                return mention
            head = token.head
            if token.dep_ == "conj" and head.lower_ in MEMBER_NOUNS:
                return self.actor_for(head)
            if word in PERSON_NOUNS and _definite(token):
                return self._titled_before(token)
            return None
        if mention is None and token.pos_ == "NOUN":
            named = self._appos_org(token)
            if named is not None:
                return named
        if word in _ANAPHORS and _definite(token):
            return self._anaphor(token, _ANAPHORS[word])
        return mention

    def mention_at(self, token: Token) -> Mention | None:
        """The mention whose text covers ``token``, without any inference."""
        return self._by_token.get(token.i)

    def actors_for(self, token: Token) -> list[Mention]:
        """:meth:`actor_for` of ``token`` and of its conjuncts ("the government and military").

        Duplicates are dropped; order follows the text.
        """
        out: list[Mention] = []
        for tok in [token, *_conjuncts(token)]:
            actor = self.actor_for(tok)
            if actor is not None and all(actor is not a for a in out):
                out.append(actor)
        return out

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
        """The organisation the article makes ``person`` a member of ("MQM spokesman X")."""
        return self.memberships().get(person.label)

    def sent(self, token: Token) -> Span:
        """The sentence of ``token`` (cached; ``token.sent`` rescans the document)."""
        return self.sents[bisect_right(self._sent_starts, token.i) - 1]

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
            from graphkit.extract.statements import quote_speakers

            self._speakers = list(quote_speakers(self.doc, self))
            self._busy.discard("speakers")
        return self._speakers

    def memberships(self) -> dict[str, Mention]:
        """Person label -> organisation, from the article's affiliations."""
        if self._members is None:
            if "members" in self._busy:
                return {}
            self._busy.add("members")
            from graphkit.extract.affiliations import memberships

            found: dict[str, Mention] = {}
            for found_one in memberships(self.doc, self):
                if found_one.org is not None:
                    found.setdefault(found_one.person.label, found_one.org)
            self._members = found
            self._busy.discard("members")
        return self._members

    # -- helpers ---------------------------------------------------------------------------
    def _owner(self, token: Token) -> Mention | None:
        """The organisation modifying a member noun: "MQM leaders", "leaders of the PPP",
        "his party members" (the party of the person "his" points to)."""
        words = {c.lower_ for c in token.children if c.dep_ in ("compound", "nmod")}
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None and words & _ANAPHORS.keys():
            org = self._org_of_owner(poss, _ANAPHORS[next(iter(words & _ANAPHORS.keys()))])
            if org is not None:
                return org
        for child in token.children:
            if child.dep_ in ("compound", "nmod", "poss", "amod") and child.i < token.i:
                actor = self._by_token.get(child.i)
                if actor is None and child.lower_ in _PRONOUNS | _ANAPHORS.keys():
                    actor = self.actor_for(child)
                if actor is not None and actor.type != "Person":
                    return actor
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "within"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        actor = self.actor_for(obj)
                        if actor is not None and actor.type != "Person":
                            return actor
        return None

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
        if token.dep_ == "nsubj" and _is_speech_verb(token.head):
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

    def _org_of_owner(self, poss: Token, types: set[str] | frozenset[str]) -> Mention | None:
        """"his party": the organisation of the person the possessive points to."""
        owner = self.actor_for(poss)
        if owner is None or owner.type != "Person":
            return None
        org = self.organisation_of(owner)
        return org if org is not None and org.type in types else None

    def _titled_before(self, token: Token) -> Mention | None:
        """"The former president": the person named with that title ("former President
        Rafael Quispe") in this or the three sentences before."""
        need = {token.lower_} | {c.lower_ for c in token.children
                                 if c.dep_ == "amod" and c.lower_ in ("former", "deputy")}
        at = self.sents.index(self.sent(token))
        floor = self.sents[max(at - 3, 0)].start_char
        for mention in reversed(self._before(token)):
            if mention.start < floor:
                return None
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
            if need <= title:
                return mention
        return None

    def _appos_org(self, token: Token) -> Mention | None:
        """"Quispe's party, Partido Nacion Unida (PNU), ...": the organisation named in
        apposition to a common noun."""
        for child in token.children:
            if child.dep_ == "appos" and child.i > token.i:
                actor = self._by_token.get(child.i)
                if actor is not None and actor.type in ORG_TYPES:
                    return actor
        return None

    def _topic(self, token: Token, types: set[str] | frozenset[str]) -> Mention | None:
        """The organisation that was the subject of a main clause in this or the previous
        sentence: what "its" and "the group" point back to before the last one named."""
        sent = self.sent(token)
        at = self.sents.index(sent)
        for index in range(at, max(at - 4, -1), -1):
            subjects = [t for t in self.sents[index] if t.i < token.i and t.dep_ == "nsubj"
                        and _main_verb(t.head) and not self.in_quote(t)]
            for subj in reversed(subjects):
                actor = self._by_token.get(subj.i) or self._appos_org(subj)
                if actor is not None and actor.type in types:
                    return actor
        return None

    def _appos_person(self, token: Token) -> Mention | None:
        """"The Hamas official, Osama Hamdan, ...": the person named in apposition."""
        for child in token.children:
            if child.dep_ == "appos":
                actor = self._by_token.get(child.i)
                if actor is not None and actor.type == "Person":
                    return actor
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
            if head is not None and head.dep_ == "nsubj" and _is_speech_verb(head.head):
                return mention
        return candidates[0] if candidates else None

    def _before(self, token: Token) -> list[Mention]:
        return self.mentions[:bisect_left(self._starts, token.idx)]

    def _last(self, token: Token, *, types: set[str] | frozenset[str]) -> Mention | None:
        for mention in reversed(self._before(token)):
            if mention.type in types:
                return mention
        return None

    def _pronoun(self, token: Token) -> Mention | None:
        kind = _PRONOUNS[token.lower_]
        if kind == "person":
            return self._last_person(token)
        if kind == "org":
            if token.lower_ == "it" and (token.head.lemma_ in ("be", "seem", "appear", "take")
                                         or token.dep_ == "expl"):
                return None
            if token.dep_ == "poss" and token.head.lower_ in PERSON_NOUNS | MEMBER_NOUNS | \
                    _TITLES:
                return self._topic(token, ORG_TYPES) or self._last(token, types=ORG_TYPES)
            return self._last(token, types=ORG_TYPES)
        if kind == "first":
            speaker = self.speaker_at(token.idx)
            if speaker is None:
                return None
            if speaker.type == "Person":
                return self.organisation_of(speaker) or speaker
            return speaker
        if kind == "self":
            return self.speaker_at(token.idx)
        if kind == "plural":
            head = token.head
            if token.dep_ == "poss" and head.dep_ == "conj":
                return self.actor_for(head.head)
            if token.dep_ == "poss" and head.lower_ in PERSON_NOUNS | MEMBER_NOUNS:
                return self._recent_org(token)
        return None

    def _recent_org(self, token: Token) -> Mention | None:
        """"Their leader, Ed Davey": the organisation named in this or the last sentence."""
        sent = self.sent(token)
        floor = self.sents[max(self.sents.index(sent) - 1, 0)].start_char
        for mention in reversed(self._before(token)):
            if mention.start < floor:
                return None
            if mention.type in ORG_TYPES - {"Government"}:
                return mention
        return None

    def _last_person(self, token: Token) -> Mention | None:
        """The person "he"/"she" points back to.

        Outside quotations: the last speaker named (subject of a speech verb) in the
        previous few sentences, else the last subject, else the last person named; None when
        the last speaker is an unnamed person ("the minister said"). Inside a quotation: the
        last person named.
        """
        quoted = self.in_quote(token)
        gender = pronoun_gender(token.text)
        if not quoted:
            for speech in (True, False):
                found, hit = self._subject_person(token, speech=speech, gender=gender)
                if found:
                    return hit
        for mention in reversed(self._before(token)):
            if mention.type == "Person" and (
                    quoted or in_spans(mention.start, self.quotes) is None) \
                    and self._fits(mention, gender) and not self._modifies(mention):
                return mention
        return None

    def _fits(self, mention: Mention, gender: str | None) -> bool:
        """``mention`` can be the he/she of ``gender`` (unknown genders fit both)."""
        own = name_gender(mention.label)
        return gender is None or own is None or own == gender

    def _modifies(self, mention: Mention) -> bool:
        """A person named only as the possessor of something else ("President X's
        government"): no antecedent for a later "he"/"she"."""
        head = self._head.get(id(mention))
        return head is not None and self.doc[head].dep_ == "poss" \
            and self.doc[head].head.pos_ in ("NOUN", "PROPN")

    def _subject_person(self, token: Token, *, speech: bool,
                        gender: str | None = None) -> tuple[bool, Mention | None]:
        sent = self.sent(token)
        for _ in range(8):
            subjects = [t for t in sent if t.i < token.i and t.dep_ == "nsubj"
                        and not self.in_quote(t) and t.lower_ not in _PRONOUNS
                        and (not speech or _is_speech_verb(t.head) or _main_verb(t.head))]
            for subj in reversed(subjects):
                actor = self._by_token.get(subj.i)
                if actor is not None and actor.type == "Person":
                    if not self._fits(actor, gender):
                        continue
                    return True, actor
                if actor is None and subj.lower_ in PERSON_NOUNS and speech:
                    owner = self._owner(subj)
                    return True, self._member_of(owner, subj) if owner else None
            if sent.start == 0:
                break
            sent = self.sent(self.doc[sent.start - 1])
        return False, None

def _main_verb(token: Token) -> bool:
    """The verb of a main clause: the sentence root or a verb conjoined to it."""
    return token.dep_ == "ROOT" or token.dep_ == "conj" and token.head.dep_ == "ROOT"


def _is_speech_verb(token: Token) -> bool:
    from graphkit.extract.statements import SPEECH_VERBS

    return token.lemma_.lower() in SPEECH_VERBS


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "his",
                                                         "her", "their", "'s", "\u2019s")
               or c.dep_ == "poss" for c in token.children)


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    if token.dep_ == "appos" or token.dep_ == "conj":
        pass
    return out
