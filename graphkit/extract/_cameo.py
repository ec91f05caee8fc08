"""Reading a verb of the parse against the CAMEO verb lexicon: its phrase, its frame, its code.

The lexicon (:mod:`graphkit.knowledge.cameo`) knows verb forms and the phrase patterns that refine
a verb's code by the words around it; this module gathers those words from the dependency tree.

Example:
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("The rebels lashed out at the government and shelled the town.")
    >>> [(s.entry.phrase, s.code, s.particle.text if s.particle else None)
    ...  for s in (cameo_sense(doc[2]), cameo_sense(doc[8]))]
    [('lash out', '111', 'out'), ('shell', '190', None)]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.knowledge.cameo import Frame, Pattern, VerbEntry, cameo_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CameoSense", "cameo_sense", "money_words", "stray_particle", "verb_frame"]

_LEFT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod"})
_SKIP = frozenset({"ccomp", "advcl", "conj", "punct", "relcl", "parataxis", "mark", "cc",
                   "nsubj", "nsubjpass", "aux", "auxpass", "csubj"})
_PARTICLES = frozenset({"prt", "prep", "advmod", "dobj", "acomp", "agent", "dative", "compound:prt"})
#: Words that are a phrasal verb's particle, also when the parser makes them a preposition
#: ("gave in", "pulled out"), unlike "call on", "fire at", whose object follows.
_PARTICLE_WORDS = frozenset({"in", "out", "up", "down", "back", "off", "away"})
#: What a sum written with a currency sign is to the patterns ("$10 million", "US$150,000",
#: "£5m"): money, a word of their currency set.
_MONEY = "money"


@dataclass(frozen=True, slots=True)
class CameoSense:
    """A verb token read as a lexicon entry: its code (after patterns), the pattern that gave
    it (None: the verb's own code) and the particle token of a phrasal verb."""

    entry: VerbEntry
    code: str
    pattern: Pattern | None
    particle: Token | None


def cameo_sense(verb: Token) -> CameoSense | None:
    """The lexicon's reading of ``verb``, phrasal verbs first ("pull out" before "pull")."""
    lex = cameo_lexicon()
    entries = lex.verbs(verb.lower_, verb.lemma_.lower())
    if not entries:
        return None
    frame: Frame | None = None
    for entry in entries:
        found = _phrase(verb, entry)
        if found is False:
            continue
        frame = frame or verb_frame(verb)
        code, pattern = lex.sense(entry, frame)
        return CameoSense(entry, code, pattern, found if found is not None and found is not True else None)
    return None


def _phrase(verb: Token, entry: VerbEntry) -> Token | None | bool:
    """The first particle token when ``verb`` carries the phrase's other words, None for a
    one-word entry, False when the phrase's words are not there."""
    if entry.before:
        left = [t.lower_ for t in verb.doc[max(0, verb.i - len(entry.before)):verb.i]]
        if tuple(left) != entry.before:
            return False
    if not entry.after:
        return None
    children = [c for c in verb.children if c.i > verb.i and c.dep_ in _PARTICLES
                and not stray_particle(verb, c)]
    first: Token | None = None
    at = 0
    for word in entry.after:
        match = next((c for c in children[at:] if c.lower_ == word), None)
        if match is None:
            return False
        first = first or match
        at = children.index(match) + 1
    return first if first is not None else False


def verb_frame(verb: Token) -> Frame:
    """The words around ``verb`` that patterns look at: before it (subject, auxiliaries),
    after it (objects and complements), and in each preposition phrase."""
    frame = Frame()
    for child in verb.children:
        words = {w for t in child.subtree for w in (t.lower_, t.lemma_.lower(), *money_words(t))}
        if child.i < verb.i:
            if child.dep_ in _LEFT:
                frame.pre |= words
        elif child.dep_ in ("prep", "agent", "prt") and child.dep_ not in _SKIP:
            inner = {w for t in child.subtree if t.i != child.i
                     for w in (t.lower_, t.lemma_.lower(), *money_words(t))}
            frame.preps.setdefault(child.lower_, set()).update(inner)
        elif child.dep_ not in _SKIP:
            frame.post |= words
    return frame


def money_words(token: Token) -> tuple[str, ...]:
    """("money",) for a currency sign ("$", "US$", "€"): a sum written with one is money to the
    patterns ("gave $10 million to X" is "* &currency"); () for any other token."""
    return (_MONEY,) if token.tag_ == "$" else ()


def stray_particle(verb: Token, word: Token) -> bool:
    """True for a preposition after ``verb`` with an object of its own and other words between
    them, whose word is otherwise a particle: a phrase of its own ("gave $5 million to X in
    March", "gave up their weapons in May"), not the particle of "give in"."""
    return word.dep_ == "prep" and word.lower_ in _PARTICLE_WORDS \
        and any(c.dep_ == "pobj" for c in word.children) \
        and any(t.dep_ not in ("advmod", "neg") for t in verb.doc[verb.i + 1:word.i])
