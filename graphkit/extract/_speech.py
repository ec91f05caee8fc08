"""Reported speech: who said which quotation or clause, for statements and for reference.

A speech verb ("said", "told", "asserted") with an actor as subject says the quotation next
to it (before or after, possibly over several sentences) or its reported clause ("X said that
..."); "according to X" says the rest of the sentence; a quotation with no verb of its own
right after a statement continues it. :mod:`graphkit.extract.statements` turns what was said
into STATEMENT relations; :class:`~graphkit.extract.reference.ActorIndex` reads "we" inside
a quotation as its speaker's organisation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graphkit.extract._contents import mid_clause_content, opens_in_lower_case, reported_clause
from graphkit.extract._postnames import is_title_word
from graphkit.extract._text import among, body_end, in_spans
from graphkit.extract._tree import child_of
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.extract._lookup import ActorLookup
    from graphkit.model import Mention

__all__ = ["Said", "addressee_at", "all_said", "quote_speakers"]

_MAX_VALUE = 600
#: what ends a quotation that a verb after it introduces ('"...," he said').
_CLOSING = frozenset({",", "!", "?", "\u2026"})


@dataclass(slots=True)
class Said:
    """One thing said: the verb (or "according"), the speaker, the content and the quotation
    it comes from (None: a reported clause), in its sentence; ``fragment``: the content is
    a quotation opening in lower case whose clause could not be read ('the plan is "a
    disaster," he said')."""

    verb: Token
    speaker: Mention
    content: str
    quote: tuple[int, int] | None
    sent: Span
    fragment: bool = False


def quote_speakers(doc: Doc, index: ActorLookup) -> Iterator[tuple[tuple[int, int], Mention]]:
    """Each attributed quotation's character span with its speaker.

    :class:`~graphkit.extract.reference.ActorIndex` uses this to read "we" and "our" inside a
    quotation as the speaker's organisation.
    """
    seen = set()
    for said in all_said(doc, index):
        if said.quote is not None and said.quote not in seen:
            seen.add(said.quote)
            yield said.quote, said.speaker


def addressee_at(offset: int, index: ActorLookup) -> Mention | None:
    """The actor the quotation holding character ``offset`` is said to: the object of its
    verb ('"I ask you to go home," the governor told the crowd') or the actor after "to"
    ("said to the rebels"); "you" in the quotation is that actor."""
    if "addressees" not in index.cache:
        found: dict[tuple[int, int], Mention] = {}
        index.cache["addressees"] = found  # read while being built: no addressee yet
        for quote, heard in list(_addressees(index)):
            found.setdefault(quote, heard)
    span = in_spans(offset, index.quotes)
    return index.cache["addressees"].get(span) if span is not None else None


def _addressees(index: ActorLookup) -> Iterator[tuple[tuple[int, int], Mention]]:
    for said in all_said(index.doc, index):
        if said.quote is None or said.verb.lower_ == "according":
            continue
        heard = [c for c in said.verb.children if c.dep_ in ("dobj", "dative")]
        heard += [o for c in said.verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj"]
        found = next((a for a in (index.actor_for(t) for t in heard) if a is not None), None)
        if found is not None and found is not said.speaker:
            yield said.quote, found


def all_said(doc: Doc, index: ActorLookup) -> list[Said]:
    """Everything said in ``doc``: what speech verbs, "according to" and continued quotations
    attribute, computed once per index."""
    if "statements" not in index.cache:
        index.cache["statements"] = _find_said(doc, index)
    return index.cache["statements"]


def _find_said(doc: Doc, index: ActorLookup) -> list[Said]:
    limit = body_end(index.text)
    out: list[Said] = []
    claimed: set[tuple[int, int]] = set()
    by_sent: dict[int, list[Token]] = {}
    quotative = _quotative(doc, index)
    for i in sorted(set(_speech_candidates(doc)) | quotative):
        token = doc[i]
        by_sent.setdefault(index.sent(token).start, []).append(token)
    for sent in index.sents:
        if sent.start_char >= limit:
            break
        if sent.start not in by_sent:
            continue
        verbs = [t for t in by_sent[sent.start] if (_is_speech(t) or t.i in quotative)
                 and not index.in_quote(t)]
        clauses = {verb.i: reported_clause(verb) for verb in verbs}
        for verb in verbs:
            speakers = _speakers(verb, index)
            if not speakers:
                continue
            quote = _nearest_quote(verb, sent, verbs, index.quotes, claimed)
            reported = clauses[verb.i]
            if quote is not None and any(_inside(quote, clause, share=1.0) for i, clause
                                         in clauses.items() if i != verb.i):
                quote = None  # '"run both ways", but said that ...': the other verb's clause
            whole = mid_clause_content(verb, quote, doc, index.text) if quote else None
            share = 1.0 if quote is not None and whole is None and opens_in_lower_case(
                index.text[quote[0]:quote[1]]) else 0.6  # a piece of the clause: the clause
            if quote is not None and not _inside(quote, reported, share=share):
                claimed.add(quote)
                content = whole or index.text[quote[0]:quote[1]]
                fragment = whole is None and opens_in_lower_case(content)
            else:
                if quote is not None:
                    claimed.add(quote)  # a phrase of this clause: no other verb's statement
                quote = None
                content = reported[0] if reported else ""
                fragment = False
            content = _tidy(content)
            if content:
                out.extend(Said(verb, speaker, content, quote, sent, fragment)
                           for speaker in speakers)
        told = [v.i for v in verbs if child_of(v, "nsubj") is not None]
        out.extend(_according_to(by_sent[sent.start], sent, index, told))
    out.extend(_continued(doc, index, out, claimed, limit))
    return out


_HASHES: dict[int, Any] = {}


def _speech_candidates(doc: Doc) -> list[int]:
    """Indices of speech-verb lemmas and of "according", from the token arrays."""
    import numpy as np
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    hashes = _HASHES.get(id(doc.vocab))
    if hashes is None:
        words = set(lexicon().speech_verbs) | {"according"}
        hashes = np.array(sorted(doc.vocab.strings.add(w) for w in words), dtype="uint64")
        _HASHES[id(doc.vocab)] = hashes
    arr = doc.to_array([LEMMA, LOWER])
    return np.flatnonzero(among(arr[:, 0], hashes) | among(arr[:, 1], hashes)).tolist()


def _is_speech(token: Token) -> bool:
    """A speech verb that reports what its own speaker says; a relative clause does so only
    in the passive with a by-agent ("Daskal, who was echoed by X"): the agent speaks."""
    return token.lemma_.lower() in lexicon().speech_verbs and token.pos_ in ("VERB", "AUX") and \
        (token.dep_ not in ("amod", "acl", "relcl", "compound")
         or token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "dobj"
         or token.dep_ == "relcl" and child_of(token, "agent") is not None)


def _speakers(verb: Token, index: ActorLookup) -> list[Mention]:
    """Who says what ``verb`` reports: its subject and the subjects conjoined to it ("Bill
    Clinton and Hillary Clinton issued a statement saying"), through the verb it hangs on
    ("accused X and said", "issued a statement saying", "pointing out"), or the agent of a
    passive ("was echoed by X"). A title subject with the person named beside it ("the
    prosecutor in Abeche, Ahmat Daoud, said") is that person."""
    subj = _subject(verb, index)
    if subj is None or subj.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subj is None:
        named = _inverted(verb, index) or _after_fronted(verb, index)
        return [named] if named is not None else []
    out: list[Mention] = []
    for tok in [subj, *(c for c in subj.children if c.dep_ == "conj")]:
        actor = index.actor_for(tok)
        if actor is None or actor.type != "Person":
            actor = _named_beside(tok, index) or (None if _holder(tok, actor) else actor)
        if actor is None and tok.i > verb.i:
            actor = _inverted(verb, index)
        if actor is not None and all(actor is not a for a in out) \
                and not _ambiguous(actor, index):
            out.append(actor)
    return out


def _ambiguous(actor: Mention, index: ActorLookup) -> bool:
    """``actor`` is a surname left alone that two people of the article bear ("Clinton" where
    Bill and Hillary Clinton are named): who spoke is unknown."""
    if actor.type != "Person" or " " in actor.label.strip():
        return False
    bearers = {m.label for m in index.mentions if m.type == "Person"
               and m.label.rsplit(" ", 1)[-1] == actor.label and m.label != actor.label}
    return len(bearers) > 1


def _holder(subj: Token, actor: Mention | None) -> bool:
    """``subj`` is one person's post that the reference reads as an organisation or country
    ("The leader of the Scottish National Party ... said", "Syria's Ambassador said"): the
    speaker is the holder, not the body, unless the post speaks for the body ("Hamas
    spokesman")."""
    lex = lexicon()
    word = subj.lower_
    return actor is not None and subj.tag_ in ("NN", "NNP") and word in lex.title_words \
        and word not in lex.acting_posts and word not in lex.member_nouns \
        and word not in lex.not_posts \
        and word not in lex.honorifics and not actor.start <= subj.idx < actor.end


def _subject(verb: Token, index: ActorLookup) -> Token | None:
    """The subject of ``verb`` (outside quotation marks), or of the verb or noun's verb it
    hangs on; of two subjects the parse gives one verb, the nearer ("Family First Senator
    Fielding has said": Fielding, not Family)."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = next((c for c in sorted(subjects, key=lambda c: abs(verb.i - c.i))
                     if not index.in_quote(c)), None)
        if subj is not None:
            return subj
        if verb.dep_ == "conj" or verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
            verb = verb.head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
            verb = verb.head.head
        else:
            return None
    return None


def _inverted(verb: Token, index: ActorLookup) -> Mention | None:
    """'"...," said one of the lawyers present, Bradford Berenson.': a speech verb right
    after a quotation, with no subject the parser found: the first actor named after it in
    the sentence, when it is a person and not the owner of who spoke ("said Hsu's
    attorney")."""
    doc = verb.doc
    if not verb.i or not (doc[verb.i - 1].is_punct and doc[verb.i - 1].is_quote
                          or index.in_quote(doc[verb.i - 1])):
        return None
    sent = index.sent(verb)
    for tok in doc[verb.i + 1:sent.end]:
        actor = index.mention_at(tok)
        if actor is not None:
            owner = any(t.tag_ == "POS" and t.idx == actor.end for t in doc[tok.i:sent.end])
            return actor if actor.type == "Person" and not owner else None  # "X's lawyer"
    return None


def _after_fronted(verb: Token, index: ActorLookup) -> Mention | None:
    """The person named between a fronted clause and a speech verb with no subject, whom the
    parse hung on the clause's last noun ("Speaking on BBC One's Andrew Marr Show, Gordon
    Brown said": Brown, not an apposition to the show)."""
    doc = verb.doc
    actor = index.mention_at(doc[verb.i - 1]) if verb.i else None
    if actor is None or actor.type != "Person":
        return None
    name = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if name is None or name.start < 2 or doc[name.start - 1].text != "," \
            or name.root.dep_ != "appos":
        return None
    fronted = [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < name.start]
    return actor if any(c.left_edge.i <= name.root.i <= c.right_edge.i for c in fronted) \
        else None


def _named_beside(subj: Token, index: ActorLookup) -> Mention | None:
    """The person a title subject names: in apposition inside its phrase ("one of the
    lawyers present, Bradford Berenson"), or just before it ("J.D. Crouch, the deputy
    adviser, told")."""
    lex = lexicon()
    word = subj.lower_
    if word not in lex.title_words and word.rstrip("s") not in lex.title_words \
            and word not in ("one", "another") and index.mention_at(subj) is None:
        return None
    for tok in reversed(list(subj.subtree)):
        actor = index.mention_at(tok)
        if tok.dep_ == "appos" and actor is not None and actor.type == "Person":
            return actor
    left = subj.left_edge.i
    doc = subj.doc
    if left >= 2 and doc[left - 1].text == "," and doc[left].lower_ in ("the", "a", "an"):
        actor = index.mention_at(doc[left - 2])
        if actor is not None and actor.type == "Person":
            return actor
    return None


def _quotative(doc: Doc, index: ActorLookup) -> set[int]:
    """Verbs that introduce the quotation right before them, whatever the verb: '"...,"
    railed X', '"...," he continued': the verb comes after the quote with only its subject
    between, and takes the quote as its clause or no object at all."""
    found: set[int] = set()
    text = index.text
    for _start, end in index.quotes:
        span = doc.char_span(end, min(end + 1, len(text)), alignment_mode="expand")
        if span is None or not (text[end - 1:end] in _CLOSING or text[end + 1:end + 2] in _CLOSING):
            continue
        i = span.start
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and i - span.start < 4:
            i += 1
        for j in range(i, min(i + 6, len(doc))):
            verb = doc[j]
            if verb.pos_ == "VERB" and verb.lemma_ != "be" and not any(
                    c.dep_ in ("dobj", "attr", "xcomp", "oprd") for c in verb.children):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None and (j == i or subj.left_edge.i == i and subj.i < j) \
                        or subj is None and j == i and verb.tag_ in ("VBD", "VBZ"):
                    found.add(j)
            if verb.pos_ in ("VERB", "AUX"):
                break
    return found


def _nearest_quote(verb: Token, sent: Span, verbs: list[Token], quotes: list[tuple[int, int]],
                   claimed: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation in ``sent`` closest to ``verb`` and to no other speech verb; a quote
    of one or two words is a scare quote, not a statement."""
    best, best_gap = None, None
    text = verb.doc.user_data.get("graphkit.text") or sent.doc.text
    reach = sent.end_char
    if sent.text.rstrip().endswith(":"):  # 'X said:' and the quotation in the next paragraph
        reach = sent.end_char + len(text[sent.end_char:]) - len(text[sent.end_char:].lstrip()) + 1
    for start, end in quotes:
        if end < sent.start_char - 1 or start > reach or (start, end) in claimed:
            continue
        if len(text[start:end].split()) < 3 or _named(text, start):
            continue
        gap = _gap(verb, start, end)
        if any(_gap(other, start, end) < gap for other in verbs if other.i != verb.i):
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = (start, end), gap
    return best


def _named(text: str, start: int) -> bool:
    """True when the quotation opening at ``start`` is what something is called ("in a
    document called the 'Information Operations Roadmap'")."""
    before = text[max(0, start - 40):start].rstrip(_QUOTE_MARKS).split()
    while before and before[-1].lower() in ("the", "a", "an", "as"):
        before.pop()
    return bool(before) and before[-1].lower() in lexicon().naming_participles


#: Opening quotation marks and the space before them.
_QUOTE_MARKS = " \"'\u201c\u2018"


def _gap(verb: Token, start: int, end: int) -> int:
    if verb.idx >= end:
        return verb.idx - end
    return max(0, start - verb.idx - len(verb.text))


def _inside(quote: tuple[int, int], reported: tuple[str, int, int] | None, *,
            share: float = 0.6) -> bool:
    """The quotation is a phrase inside the reported clause ("said it worked 'around the
    clock'"), shorter than ``share`` of it: the clause, not the phrase, is what was said."""
    if reported is None or not (reported[1] <= quote[0] and quote[1] <= reported[2] + 1):
        return False
    return quote[1] - quote[0] < share * (reported[2] - reported[1])


def _according_to(tokens: list[Token], sent: Span, index: ActorLookup,
                  told: list[int]) -> list[Said]:
    """"According to X, ...": X said the rest of the sentence, unless the rest is someone's
    speech of its own ("According to IDG News Service, Myers said: ...": Myers said it);
    ``told`` holds the speech verbs of the sentence that have a subject."""
    out = []
    for token in tokens:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            obj = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
            speaker = index.actor_for(obj) if obj is not None else None
            if obj is None or speaker is None or index.in_quote(token) or any(
                    i > obj.right_edge.i for i in told):
                continue
            start = _past_title(obj.right_edge.i + 1, sent)
            content = _tidy(sent.doc[start:sent.end].text).rstrip(" .")
            if content:
                out.append(Said(token, speaker, content, None, sent))
    return out


#: finite verb tags: a clause, not a title, holds one.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _past_title(start: int, sent: Span) -> int:
    """Where what was said starts after "according to X": past the punctuation and a title
    set off by commas ("According to X, the European Commissioner for Employment, ...")."""
    doc = sent.doc
    while start < sent.end and doc[start].is_punct:
        start += 1
    end = next((t.i for t in doc[start:sent.end] if t.text == ","), None)
    if start >= sent.end or end is None or doc[start].lower_ not in ("the", "a", "an") \
            and not is_title_word(doc[end - 1].lower_):  # "X, acting parliament speaker, ..."
        return start
    titled = False
    while True:  # "the Commissioner for Employment, Social Affairs & Equal Opportunities,"
        end = next((t.i for t in doc[start:sent.end] if t.text == ","), None)
        if end is None or end == start:
            return start
        words = doc[start:end]
        titled = titled or any(is_title_word(t.lower_) for t in words)
        if not titled or any(t.tag_ in _FINITE for t in words):
            return start
        start = end + 1
        while start < sent.end and doc[start].is_punct:
            start += 1


def _continued(doc: Doc, index: ActorLookup, said: list[Said], claimed: set[tuple[int, int]],
               limit: int) -> list[Said]:
    """A quotation with no speech verb of its own, right after a statement: same speaker."""
    out = []
    by_end = sorted(said, key=lambda s: s.sent.end_char)
    for start, end in index.quotes:
        if (start, end) in claimed or start >= limit:
            continue
        prior = [s for s in by_end if s.sent.end_char <= start + 1]
        if not prior:
            continue
        last = prior[-1]
        between = index.text[last.sent.end_char:start]
        if len(between.strip()) > 2 or last.speaker.type != "Person":
            continue
        sent = doc.char_span(start, end, alignment_mode="expand")
        if sent is None:
            continue
        content = _tidy(index.text[start:end])
        if content:
            claimed.add((start, end))
            out.append(Said(last.verb, last.speaker, content, (start, end), index.sent(sent[0])))
    return out


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:\u2026")
    if len(text) > _MAX_VALUE:
        text = text[:_MAX_VALUE].rsplit(" ", 1)[0] + " \u2026"
    return text
