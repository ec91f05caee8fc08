"""What was said, made whole: the reported clause of a speech verb, and the complement a
quotation that opens mid-clause belongs to.

A reported clause ("X said (that) ...") is the verb's clausal complement; a clause before
the verb is reported unless the parse ran it, with no comma or quotation mark, into the
speaker's title ("The dead were shot by police and opposition spokesman X said ..."), and
runs over all the clauses the parse fronted ("X had asked ..., but talks broke down,
officials said": both). A clause the parse cut at a conjunction ("because he was going for
treatment and") runs over the verb's next clauses, or to the end of the sentence. A
quotation that opens in lower case after words of the verb's complement ('said the victims
were taken "one by one ..."') is a piece of what was said: the complement is the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._postnames import is_title_word
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["mid_clause_content", "opens_in_lower_case", "reported_clause"]

#: Prepositions of the vehicle one says something in ("in a statement that", "at a news
#: conference that"); what one responds "to" ("the reports that ...") is someone else's.
_VEHICLE_PREPS = frozenset({"in", "at", "on", "during", "through", "via"})
#: the verb's complements: what is said, not when or why.
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "dative"})
#: closing quotation marks.
_CLOSERS = frozenset({"\"", "'", "\u201d", "\u2019"})
#: what sets a fronted reported clause off from its speaker.
_SET_OFF = frozenset({",", ";", ":", "\u2014", "-", "--"})


def reported_clause(verb: Token) -> tuple[str, int, int] | None:
    """The reported clause of "X said (that) ...", without the complementiser; also
    "X said in a statement that ..." and "X told the Today programme that ..." where the
    parser hangs the clause on "statement" or on the one told."""
    clauses = [c for c in verb.children
               if c.dep_ == "ccomp" or c.dep_ == "xcomp" and verb.lemma_ == "say"]
    fronted = [c for c in clauses if c.i < verb.i]
    clauses = [c for c in clauses if c.i > verb.i or not _runs_into_speaker(c)]
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]  # "told BBC Radio 4's
    # Today programme that ...": the parser hangs the clause on the one told
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _VEHICLE_PREPS):
        told += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in told:
        clauses += [c for c in obj.children if c.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for child in clauses:
        tokens = [t for t in child.subtree if not (t.dep_ == "mark" and t.head.i == child.i)]
        if len(tokens) >= 3:
            last = tokens[-1].i
            if child.i > verb.i and _dangling(tokens):  # "because ... and when he was
                # abroad, Singh was ill": the parse's next clause of the verb continues it
                last = max([last] + [c.right_edge.i for c in clauses if c.i > child.i
                                     and not _speech_between(verb.doc[last:c.right_edge.i])])
            if verb.doc[last].pos_ == "CCONJ" and child.i > verb.i:  # cut at "and"
                end = _sentence_last(verb.doc[last])
                last = last - 1 if _speech_between(verb.doc[last:end + 1]) else end
            first = tokens[0].i
            if child.i < verb.i:  # "X had asked ..., but talks broke down, officials said"
                first = min(c.left_edge.i for c in fronted if c.i <= child.i)
                last = max(c.right_edge.i for c in clauses if c.i < verb.i)
            while first < last and verb.doc[first].pos_ == "CCONJ":
                first += 1  # "And X ..., he said": the narrator's link to what came before
            span = verb.doc[first:last + 1]
            return span.text, span.start_char, span.end_char
    return None


def _runs_into_speaker(clause: Token) -> bool:
    """The clause before the verb ends, with no comma, dash or quotation mark, at a title of
    the speaker ("shot by riot police and opposition spokesman X said"): the parse ran the
    narrator's sentence into the speaker's description."""
    doc = clause.doc
    edge = clause.right_edge.i
    after = doc[edge + 1] if edge + 1 < len(doc) else None
    set_off = doc[edge].is_quote or doc[edge].text in _SET_OFF or after is not None and (
        after.is_quote or after.text in _SET_OFF)
    return not set_off and is_title_word(doc[edge].lower_)


def _dangling(tokens: list[Token]) -> bool:
    """A conjunction in the clause joins nothing the parse put there ("going for treatment
    and"): the clause was cut."""
    return any(t.dep_ == "cc" and not any(c.dep_ == "conj" for c in t.head.children)
               for t in tokens)


def _speech_between(tokens: Span) -> bool:
    """A speech verb of its own stands in ``tokens`` ("..., but also said that ...")."""
    verbs = lexicon().speech_verbs
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in tokens)


def _sentence_last(token: Token) -> int:
    """The last word of ``token``'s sentence, before its closing punctuation."""
    sent = token.sent
    last = sent.end - 1
    while last > token.i and (sent.doc[last].is_punct or sent.doc[last].is_space):
        last -= 1
    return last


def mid_clause_content(verb: Token, quote: tuple[int, int], doc: Doc,
                       text: str) -> str | None:
    """The verb's complement holding ``quote`` when the quotation opens in lower case after
    words of that complement ('said the victims were taken "one by one ..."', 'announced
    its support ... until the Government "recognises ..."'); an adverbial or participle
    clause runs from the verb's first complement ('explained the plan, calling it a plan to
    "..."'). None
    when the quotation opens the complement or comes before the verb."""
    if not opens_in_lower_case(text[quote[0]:quote[1]]):
        return None
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None or span.start <= verb.i:
        return None
    root = span.root
    holder = next((c for c in verb.children if c.i > verb.i and c.left_edge.i <= root.i
                   <= c.right_edge.i and c.dep_ not in ("punct", "cc", "conj")), None)
    while holder is not None and holder.dep_ in ("dobj", "dative"):  # "told a newspaper
        # that he intends to form a "..."": the clause, not the one told
        inner = next((c for c in holder.children if (c.dep_ in ("acl", "ccomp") or any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                      and c.left_edge.i <= root.i <= c.right_edge.i), None)
        if inner is None:
            break
        holder = inner
    if holder is None:
        return None
    words = [t for t in doc[holder.left_edge.i:span.start] if not (
        t.is_punct or t.is_space or t.dep_ == "mark" and t.lower_ in ("that", "whether"))]
    if not words:
        return None  # the quotation is the whole complement
    first = words[0].i
    if holder.head.i == verb.i and (holder.dep_ not in _COMPLEMENTS
                                    or holder.dep_ == "xcomp" and holder.tag_ == "VBG"):
        # "until the Government '...'", "calling it a plan to '...'": from the object on
        first = min((c.left_edge.i for c in verb.children if c.i > verb.i
                     and c.dep_ in _COMPLEMENTS), default=first)
    end = max(holder.right_edge.idx + len(holder.right_edge.text), quote[1])
    if text[end:end + 1] in _CLOSERS:
        end += 1  # the quotation's closing mark
    return text[doc[first].idx:end]


def opens_in_lower_case(quoted: str) -> bool:
    """The quotation opens in lower case: a piece of a sentence, not a sentence."""
    opening = quoted.lstrip(" \"'\u201c\u2018")
    return bool(opening) and opening[0].islower()
