"""Pronouns: which prior actor "he", "it", "its", "we" or "they" stands for.

:class:`PronounReader` serves :class:`~graphkit.extract.reference.ActorIndex` (which holds the
article's mentions, sentences, quotations and memberships): "he" is the last speaker or subject
named before it (or the person a clause before it, or a quoted-as phrase, names), "it" the last
organisation or country (or the subject of the last sentence it goes on with), "we" in a quote
the speaker's organisation, "their" after a conjunct that conjunct's actor, an object "them" the
last crowd named before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._names import name_gender, pronoun_gender
from graphkit.extract._speech import addressee_at
from graphkit.extract._text import in_spans
from graphkit.extract._tree import child_of
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphkit.extract.reference import ActorIndex
    from graphkit.model import Mention

__all__ = ["PRONOUNS", "PronounReader", "is_speech_verb", "main_verb"]

#: Pronouns and what they can stand for (grammar, not vocabulary).
PRONOUNS = {
    "he": "person", "him": "person", "his": "person", "himself": "person",
    "she": "person", "her": "person", "hers": "person", "herself": "person",
    "it": "org", "its": "org", "itself": "org",
    "they": "plural", "them": "plural", "their": "plural", "themselves": "plural",
    "we": "first", "us": "first", "our": "first", "ours": "first", "ourselves": "first",
    "i": "self", "me": "self", "my": "self", "you": "none", "your": "none",
}


class PronounReader:
    """Reads the pronouns of one article against its :class:`ActorIndex` ``ix``."""

    def __init__(self, ix: ActorIndex) -> None:
        self.ix = ix

    def read(self, token: Token) -> Mention | None:
        """The prior actor the pronoun ``token`` stands for, or None."""
        kind = PRONOUNS[token.lower_]
        ahead = self._cataphor(token, kind)
        if ahead is not None:  # "Although it respects Iraq's integrity, Turkey will not ..."
            return ahead
        if kind == "person":
            return self._last_person(token)
        if kind == "org":
            if token.lower_ == "it" and (token.head.lemma_ in ("be", "seem", "appear", "take")
                                         or token.dep_ == "expl" or _names_a_thing(token)):
                return None  # "called it unacceptable": the act or report just told of
            orgs = self.ix._lex.org_types | {"Country"}  # "Israel ... when it bombarded"
            owner = self._subject_owner(token, orgs)
            if owner is not None:  # "the opposition renewed its calls": the opposition's
                return owner
            went_on, actor = self._continued_subject(token, orgs)
            if went_on:
                return actor
            if token.dep_ == "poss" and token.head.lower_ in self.ix._person_words | self.ix._lex.titles:
                return self.ix._topic(token, orgs) or self.ix._last(token, types=orgs)
            return self._outside_relative(token, orgs) or self.ix._last(token, types=orgs)
        if kind == "first":
            speaker = self.ix.speaker_at(token.idx)
            if speaker is None:
                return None
            if speaker.type == "Person":
                org = self.ix.organisation_of(speaker)
                # a member of a legislature speaks for a party or bloc, not for the house
                return org if org is not None and org.type != "GovernmentBody" else speaker
            return speaker
        if kind == "self":
            return self.ix.speaker_at(token.idx)
        if kind == "none":  # "you": the one the quotation is said to ("told the crowd")
            return addressee_at(token.idx, self.ix)
        if kind == "plural":
            head = token.head
            if token.dep_ == "poss" and head.dep_ == "conj":
                return self.ix.actor_for(head.head)
            if token.dep_ == "poss" and head.lower_ in self.ix._person_words:
                return self._recent_org(token)
            if token.lower_ == "them" and token.dep_ == "dobj":
                return self._crowd_before(token)
        return None

    def _outside_relative(self, token: Token, types: frozenset[str] | set[str]) -> Mention | None:
        """The subject "it" of a relative clause is none of the actors of the phrase the clause
        describes ("India recalled its envoy after an attack on parliament that it blamed on
        militants": not the parliament): the subject of the clause the phrase is in, else the
        last one before the phrase; None for other pronouns."""
        clause = token.head
        if token.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.i < token.i:
            return None
        start = clause.head.left_edge
        inside = self.ix._before(token)
        if not any(start.idx <= m.start for m in inside if m.type in types):
            return None  # nothing of the phrase to pass over
        verb = clause.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # the clause the phrase belongs to: its subject first
        subj = child_of(verb, "nsubj")
        while subj is None and verb.dep_ == "conj":  # "recalled its envoy and halted links
            verb = verb.head  # after ...": the subject the conjoined verbs share
            subj = child_of(verb, "nsubj")
        actor = self.ix.actor_for(subj) if subj is not None and subj.i < start.i else None
        if actor is not None and actor.type in types:
            return actor
        return next((m for m in reversed(inside) if m.type in types and m.start < start.idx), None)

    def _crowd_before(self, token: Token) -> Mention | None:
        """The people an object "them" stands for: the last crowd or group of people the
        sentence names before it, not the verb's own subject ("protesters defied a curfew, and
        police fired tear gas to disperse them": the protesters)."""
        verb = token.head
        own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        sent = self.ix.sent(token)
        for prior in reversed(sent[:token.i - sent.start]):
            if prior.tag_ != "NNS" or prior.i in own:
                continue
            group = self.ix.group_for(prior)
            if group is not None and group.type == "Group":
                return group
        return None

    def _cataphor(self, token: Token, kind: str) -> Mention | None:
        """The subject of the main clause a fronted adverbial clause opens, for the subject
        pronoun of that clause ("Although it respects Iraq's integrity, Turkey ...", "When he
        arrived, the minister said ..." stays with the named one only)."""
        clause = token.head
        if token.dep_ != "nsubj" or kind not in ("person", "org") or clause.dep_ != "advcl" \
                or clause.i > clause.head.i or not any(
                    c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS for c in clause.children):
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i > clause.i), None)
        actor = self.ix._by_token.get(subj.i) if subj is not None else None
        if actor is None or actor.description:
            return None
        if kind == "person":
            return actor if actor.type == "Person" and self._fits(actor, pronoun_gender(token.text)) else None
        return actor if actor.type in self.ix._lex.org_types | {"Country"} else None

    def _continued_subject(self, token: Token, types: frozenset[str] | set[str]
                           ) -> tuple[bool, Mention | None]:
        """An "it" opening its sentence goes on with the last sentence's subject: that
        organisation or country ("Israel launched air strikes on Lebanon. It said ...": Israel),
        or what the "it" opening that sentence stands for,
        or no actor when the subject is a thing ("A car bomber detonated explosives at an
        outpost in Iraq. It killed nine soldiers": not Iraq). (False, None) when the last
        sentence has no such subject."""
        sent = self.ix.sent(token)
        if token.dep_ != "nsubj" or token.i != sent.start or sent.start == 0:
            return False, None
        before = self.ix.sents[self.ix._sent_no(token) - 1]
        subj = child_of(before.root, "nsubj", "nsubjpass")
        if subj is not None and subj.lower_ == "it" and subj.i == before.start \
                and subj.head.lemma_ not in ("be", "seem", "appear"):
            return True, self.read(subj)  # "X ... It has an office in Djibouti. It accuses": X
        if subj is None or subj.lower_ in PRONOUNS or self.ix.in_quote(subj):
            return False, None
        actor = self.ix.actor_for(subj)
        return True, actor if actor is not None and actor.type in types else None

    def _subject_owner(self, token: Token, types: frozenset[str] | set[str]) -> Mention | None:
        """The subject an "its" on the verb's object points to: "the opposition renewed its
        calls", "Iran defended its programme" (an organisation or country subject only)."""
        if token.dep_ != "poss" or token.lower_ != "its" or token.head.dep_ != "dobj":
            return None
        subj = child_of(token.head.head, "nsubj")
        actor = self.ix.actor_for(subj) if subj is not None and subj.i < token.i else None
        return actor if actor is not None and actor.type in types else None

    def _recent_org(self, token: Token) -> Mention | None:
        """"Their leader, Ed Davey": the organisation named in this or the last sentence."""
        floor = self.ix.sents[max(self.ix._sent_no(token) - 1, 0)].start_char
        for mention in reversed(self.ix._before(token)):
            if mention.start < floor:
                return None
            if mention.type in self.ix._lex.org_types - {"Government"}:
                return mention
        return None

    def _last_person(self, token: Token) -> Mention | None:
        """The person "he"/"she" points back to.

        Outside quotations: the last speaker named (subject of a speech verb) in the
        previous few sentences, else the last subject, else the last person named; None when
        the last speaker is an unnamed person ("the minister said"). Inside a quotation: the
        last person named.
        """
        quoted = self.ix.in_quote(token)
        gender = pronoun_gender(token.text)
        fronted = self._fronted_subject(token, gender) or self._quoted_as(token, gender)
        if fronted is not None:
            return fronted
        if self._unnamed_before(token, gender):
            return None  # "a woman died after she set herself on fire": no one named
        if not quoted:
            for speech in (True, False):
                found, hit = self._subject_person(token, speech=speech, gender=gender)
                if found:
                    return hit
        for mention in reversed(self.ix._before(token)):
            if mention.type == "Person" and (
                    quoted or in_spans(mention.start, self.ix.quotes) is None) \
                    and self._fits(mention, gender) and not self._modifies(mention):
                return mention
        return None

    def _unnamed_before(self, token: Token, gender: str | None) -> bool:
        """True when a subject before the pronoun in its own sentence is an unnamed person of
        the pronoun's sex ("a woman is in critical condition after she ...")."""
        nouns = self.ix._lex.gendered_person_nouns
        for subj in self.ix.sent(token):
            if subj.i >= token.i:
                break
            if subj.dep_ not in ("nsubj", "nsubjpass") or nouns.get(subj.lemma_.lower()) != gender \
                    or gender is None or self.ix.in_quote(subj) != self.ix.in_quote(token):
                continue
            if all(self.ix._by_token.get(t.i) is None for t in subj.subtree):
                return True
        return False

    def _fronted_subject(self, token: Token, gender: str | None) -> Mention | None:
        """The person who is the subject of an adverbial clause before the pronoun's own verb
        ("After Kasparov cast his vote, he accused ...", "When X arrived, she said ..."), or
        whose announcement, claim or promise the pronoun's clause states ("X's announcement
        that he was releasing ...")."""
        if token.dep_ != "nsubj":
            return None
        verb = token.head  # "Ahmadinejad's announcement that he was releasing the sailors"
        if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN":
            for poss in verb.head.children:
                actor = self.ix._by_token.get(poss.i) if poss.dep_ == "poss" else None
                if actor is not None and actor.type == "Person" and self._fits(actor, gender):
                    return actor
        for clause in token.head.children:
            if clause.dep_ != "advcl" or clause.i > token.i:
                continue
            for subj in clause.children:
                actor = self.ix._by_token.get(subj.i) if subj.dep_ == "nsubj" else None
                if actor is not None and actor.type == "Person" and self._fits(actor, gender):
                    return actor
        return None

    def _quoted_as(self, token: Token, gender: str | None) -> Mention | None:
        """The person quoted as saying what the pronoun's clause states: "quoted John Weaver,
        who split with McCain, as saying he met ...": Weaver, not the last name before."""
        if token.dep_ != "nsubj" or token.head.dep_ != "ccomp":
            return None
        speech = token.head.head
        if not is_speech_verb(speech) or child_of(speech, "nsubj") is not None \
                or speech.dep_ != "pcomp" or speech.head.lower_ != "as":
            return None
        for obj in speech.head.head.children:
            actor = self.ix._by_token.get(obj.i) if obj.dep_ == "dobj" else None
            if actor is not None and actor.type == "Person" and self._fits(actor, gender):
                return actor
        return None

    def _named_post(self, subj: Token) -> Mention | None:
        """The person a post subject names: in apposition ("The opposition leader, Raila
        Odinga, rejected ..."), or as the conjunct the parse made of the name after a post
        that opens the phrase ("Attorney-General and former party leader Mr X says")."""
        lex = self.ix._lex
        if subj.lower_ in self.ix._person_words:
            named = self.ix._appos_person(subj)
            if named is not None:
                return named
        if subj.lower_ not in lex.title_words:
            return None
        for conj in (c for c in subj.children if c.dep_ == "conj"):
            actor = self.ix._by_token.get(conj.i)
            if actor is not None and actor.type == "Person":
                return actor
        return None

    def _fits(self, mention: Mention, gender: str | None) -> bool:
        """``mention`` can be the he/she of ``gender`` (unknown genders fit both)."""
        own = name_gender(mention.label)
        return gender is None or own is None or own == gender

    def _modifies(self, mention: Mention) -> bool:
        """A person named only as the possessor of something else ("President X's
        government"): no antecedent for a later "he"/"she"."""
        head = self.ix._head.get(id(mention))
        return head is not None and self.ix.doc[head].dep_ == "poss" \
            and self.ix.doc[head].head.pos_ in ("NOUN", "PROPN")

    def _subject_person(self, token: Token, *, speech: bool,
                        gender: str | None = None) -> tuple[bool, Mention | None]:
        sent = self.ix.sent(token)
        for _ in range(8):
            subjects = [t for t in sent if t.i < token.i and (t.dep_ == "nsubj" or (
                            t.dep_ == "nsubjpass" and main_verb(t.head)))
                        and not self.ix.in_quote(t) and t.lower_ not in PRONOUNS
                        and (not speech or is_speech_verb(t.head) or main_verb(t.head))]
            for subj in reversed(subjects):
                actor = self.ix._by_token.get(subj.i)
                named = self._named_post(subj) if (actor is None or actor.type != "Person") \
                    else None
                if named is not None and self._fits(named, gender):
                    return True, named  # "The opposition leader, Raila Odinga, rejected ...": he
                if actor is not None and actor.type == "Person":
                    if not self._fits(actor, gender):
                        continue
                    return True, actor
                if actor is None and subj.lower_ in self.ix._lex.person_nouns and speech:
                    owner = self.ix._owner(subj)
                    return True, self.ix._member_of(owner, subj) if owner else None
            if sent.start == 0:
                break
            sent = self.ix.sent(self.ix.doc[sent.start - 1])
        return False, None


#: Marks of an adverbial clause that may open a sentence with a pronoun for the main clause's
#: subject ("Although it ...", "While she ...").
_FRONTED_MARKS = frozenset({"although", "though", "while", "whilst", "as", "because", "since",
                            "if", "when", "after", "before", "once", "until"})


def _names_a_thing(token: Token) -> bool:
    """True for an "it" that a naming verb calls something other than a kind of actor ("called
    it unacceptable", "labelled it a smear campaign"; not "labelled it a terrorist group")."""
    lex = lexicon()
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in lex.naming_verbs:
        return False
    kinds = lex.actor_kind_nouns | lex.org_heads.keys() | lex.generic_agents.keys()
    said = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp", "acomp")]
    said += [p for c in (*verb.children, *token.children) if c.dep_ == "prep" and c.lower_ == "as"
             for p in c.children if p.dep_ == "pobj"]
    return not any(t.lemma_.lower() in kinds for p in said for t in (p, *p.children)
                   if t.pos_ in ("NOUN", "PROPN"))


def main_verb(token: Token) -> bool:
    """The verb of a main clause: the sentence root or a verb conjoined to it."""
    return token.dep_ == "ROOT" or token.dep_ == "conj" and token.head.dep_ == "ROOT"


def is_speech_verb(token: Token) -> bool:
    return token.lemma_.lower() in lexicon().speech_verbs
