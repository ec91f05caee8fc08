"""What was said, made whole: the reported clause of a speech verb, and the complement a
quotation that opens mid-clause belongs to.

A reported clause ("X said (that) ...") is the verb's clausal complement; a clause before
the verb is reported only when set off from the speaker by a comma or quotation mark
("Police used force, X said"; not "The dead were shot by police and X said ...") and runs
from the first clause the parse fronted ("X had asked ..., but talks broke down, officials
said": both), and a
clause the parse cut at a conjunction ("because he was going for treatment and") runs to the
end of the sentence. A quotation that opens in lower case after words of the verb's
complement ('said the victims were taken "one by one ..."') is a piece of what was said:
the complement is the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["mid_clause_content", "reported_clause"]

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
    clauses = [c for c in clauses if c.i > verb.i or _set_off(c)]
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
            if child.i > verb.i:  # "because ... and when he was abroad, Singh was ill": the
                # parse's second clause of the verb continues the first
                last = max([last] + [c.right_edge.i for c in clauses if c.i > child.i])
            if verb.doc[last].pos_ == "CCONJ" and child.i > verb.i:  # cut at "and"
                last = _sentence_last(verb.doc[last])
            first = tokens[0].i
            if child.i < verb.i:  # "X had asked ..., but talks broke down, officials said"
                first = min(c.left_edge.i for c in fronted if c.i <= child.i)
            span = verb.doc[first:last + 1]
            return span.text, span.start_char, span.end_char
    return None


def _set_off(clause: Token) -> bool:
    """The clause before the verb ends at a comma, dash or quotation mark."""
    doc = clause.doc
    edge = clause.right_edge.i
    after = doc[edge + 1] if edge + 1 < len(doc) else None
    return doc[edge].is_quote or doc[edge].text in _SET_OFF or after is not None and (
        after.is_quote or after.text in _SET_OFF)


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
    opening = text[quote[0]:quote[1]].lstrip(" \"'\u201c\u2018")
    if not opening or not opening[0].islower():
        return None
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None or span.start <= verb.i:
        return None
    root = span.root
    holder = next((c for c in verb.children if c.i > verb.i and c.left_edge.i <= root.i
                   <= c.right_edge.i and c.dep_ not in ("punct", "cc", "conj")), None)
    if holder is None:
        return None
    words = [t for t in doc[holder.left_edge.i:span.start] if not (
        t.is_punct or t.is_space or t.dep_ == "mark" and t.head.i == holder.i)]
    if not words:
        return None  # the quotation is the whole complement
    first = words[0].i
    if holder.dep_ not in _COMPLEMENTS or holder.tag_ == "VBG":  # "until ...", "calling ..."
        first = min((c.left_edge.i for c in verb.children if c.i > verb.i
                     and c.dep_ in _COMPLEMENTS), default=first)
    end = max(holder.right_edge.idx + len(holder.right_edge.text), quote[1])
    if text[end:end + 1] in _CLOSERS:
        end += 1  # the quotation's closing mark
    return text[doc[first].idx:end]
