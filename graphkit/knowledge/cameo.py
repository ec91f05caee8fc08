"""The CAMEO verb lexicon: verb forms, phrase patterns, CAMEO codes and PLOVER types.

Read once from ``ontologies/dictionaries`` (``verbs.tsv``, ``verb_patterns.tsv``, ``synsets.tsv``,
``cameo_plover.tsv``); nothing here touches spaCy. A verb is looked up by its surface form or
lemma; its phrasal forms ("hand over", "lash out at") need their particles; a block's phrase
patterns refine the code by the words around the verb (``* (of consequences)``: the verb, then
"of" with "consequences"). The extractor hands a :class:`Frame` of those words and gets a code.

Example:
    >>> lex = cameo_lexicon()
    >>> [(v.phrase, v.code) for v in lex.verbs("shelled")][:1]
    [('shell', '190')]
    >>> lex.plover("1823"), lex.plover("057"), lex.plover("---")
    ('ASSAULT', 'AGREE', '')
    >>> warn = lex.verbs("warn")[0]
    >>> lex.code(warn, Frame(post={"consequences"})), lex.code(warn, Frame())
    ('130', '130')
    >>> code, pattern = lex.sense(warn, Frame(preps={"of": {"disastrous", "consequences"}}))
    >>> code, pattern.text
    ('012', '* (of {disastrous consequences})')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["VerbEntry", "Pattern", "Frame", "CameoLexicon", "cameo_lexicon", "general_verbs", "parse_pattern"]


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """One verb phrase: the words before and after its verb word, its code and block."""

    phrase: str
    head: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    passive: str
    block: str


@dataclass(frozen=True, slots=True)
class _Noun:
    heads: frozenset[str]
    mods: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Prep:
    prep: str
    noun: _Noun | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A parsed phrase pattern: noun and preposition slots before and after the verb."""

    block: str
    text: str
    code: str
    passive: str
    pre: tuple[_Noun, ...] = ()
    post: tuple[_Noun | _Prep, ...] = ()

    @property
    def size(self) -> int:
        """How specific the pattern is: the number of slots it needs."""
        return len(self.pre) + len(self.post)


@dataclass(slots=True)
class Frame:
    """The words around one verb, as the extractor reads them from the parse.

    Attributes:
        pre: words before the verb in its clause (subject, auxiliaries, negation), lower-cased
            surface forms and lemmas.
        post: words of its objects and complements (and their modifiers).
        preps: preposition (or particle) -> the words of its object phrase.
    """

    pre: set[str] = field(default_factory=set)
    post: set[str] = field(default_factory=set)
    preps: dict[str, set[str]] = field(default_factory=dict)
    _all: set[str] | None = field(default=None, repr=False, compare=False)

    def everything(self) -> set[str]:
        """The words of the objects, complements and prepositional phrases together."""
        if self._all is None:
            self._all = self.post | {w for ws in self.preps.values() for w in ws}
        return self._all


def parse_pattern(text: str, synsets: dict[str, frozenset[str]], *, block: str = "",
                  code: str = "---", passive: str = "") -> Pattern | None:
    """Parse a pattern in the dictionary's syntax (lower-cased); None if it uses an unknown set.

    >>> p = parse_pattern("* {financial aid} (to +)", {})
    >>> [type(s).__name__ for s in p.post], p.post[1].prep
    (['_Noun', '_Prep'], 'to')
    """
    tokens = text.replace("{", " { ").replace("}", " } ").replace("(", " ( ").replace(")", " ) ").split()
    pre: list[_Noun] = []
    post: list[_Noun | _Prep] = []
    side = pre
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.startswith("*"):
            side = post  # type: ignore[assignment]
            rest = tok[1:].strip("_")
            if rest:  # "*_laws": the word right after the verb
                post.append(_Noun(_words(rest, synsets) or frozenset()))
        elif tok == "{":
            j = tokens.index("}", i)
            noun = _noun(tokens[i + 1:j], synsets)
            if noun is None:
                return None
            side.append(noun)
            i = j
        elif tok == "(":
            j = tokens.index(")", i)
            inner = tokens[i + 1:j]
            if "{" in inner:
                inner = [w for w in inner if w not in "{}"]
            noun = _noun(inner[1:], synsets) if len(inner) > 1 and inner[1] not in "+$%^" else None
            if len(inner) > 1 and inner[1].startswith("&") and noun is None:
                return None
            if side is post and inner:
                post.append(_Prep(inner[0].replace("_", " "), noun))
            i = j
        elif tok not in "+$%^" and tok not in ("{", "}", ")"):
            words = _words(tok, synsets)
            if words is None:
                return None
            side.append(_Noun(words))
        i += 1
    return Pattern(block, text, code, passive, tuple(pre), tuple(post))


def _words(token: str, synsets: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The words a pattern token stands for: a set's last words, or the token's last word."""
    if token.startswith("&"):
        found = synsets.get(token.rstrip("_"))
        return None if found is None else frozenset(w.split()[-1] for w in found)
    return frozenset({token.replace("_", " ").split()[-1]}) if token.strip("_") else frozenset()


def _noun(words: list[str], synsets: dict[str, frozenset[str]]) -> _Noun | None:
    items = [w for w in words if w not in "+$%^"]
    if not items:
        return None
    sets = [_words(w, synsets) for w in items]
    if any(s is None for s in sets):
        return None
    return _Noun(sets[-1] or frozenset(), tuple(s for s in sets[:-1] if s))


class CameoLexicon:
    """Verbs by form and lemma, patterns by block, CAMEO -> PLOVER (see :func:`cameo_lexicon`)."""

    def __init__(self, folder: Path) -> None:
        self._plover = {row[0]: row[1] for row in _tsv(folder / "cameo_plover.tsv")}
        self._by_word: dict[str, list[VerbEntry]] = {}
        for phrase, head, forms, code, passive, _, block in _tsv(folder / "verbs.tsv"):
            words = phrase.split()
            at = words.index(head) if head in words else 0
            entry = VerbEntry(phrase, head, tuple(words[:at]), tuple(words[at + 1:]), code, passive, block)
            for form in {head, *forms.split(", ")}:
                bucket = self._by_word.setdefault(form, [])
                if entry not in bucket:
                    bucket.append(entry)
        synsets = {name: frozenset(p.strip() for p in words.split(",")) for name, words in
                   _tsv(folder / "synsets.tsv")}
        self._synsets = synsets
        self._patterns: dict[str, list[Pattern]] = {}
        for block, text, code, passive, *_ in _tsv(folder / "verb_patterns.tsv"):
            pattern = parse_pattern(text, synsets, block=block, code=code, passive=passive)
            if pattern is not None and pattern.size:
                self._patterns.setdefault(block, []).append(pattern)
        for patterns in self._patterns.values():  # most specific first, the file's order kept
            patterns.sort(key=lambda p: -p.size)  # among equals: the first fitting is the best

    def synset(self, name: str) -> frozenset[str]:
        """The words of one of the dictionary's synonym sets ("&weapon": "weapon", "guns",
        ...); empty for a name it lacks."""
        return self._synsets.get(name, frozenset())

    def words(self) -> set[str]:
        """Every verb form and head the lexicon knows (for a fast candidate filter)."""
        return set(self._by_word)

    def verbs(self, *words: str) -> list[VerbEntry]:
        """The verb entries a surface form or lemma names, phrasal ones first."""
        found: list[VerbEntry] = []
        for word in words:
            for entry in self._by_word.get(word.lower(), ()):
                if entry not in found:
                    found.append(entry)
        return sorted(found, key=lambda e: -(len(e.before) + len(e.after)))

    def code(self, verb: VerbEntry, frame: Frame) -> str:
        """The code of ``verb`` in ``frame`` (see :meth:`sense`)."""
        return self.sense(verb, frame)[0]

    def sense(self, verb: VerbEntry, frame: Frame) -> tuple[str, Pattern | None]:
        """The code of ``verb`` in ``frame`` and the pattern that gave it: the most specific
        matching pattern of its block, else (code, None) with the verb's own code. "---" means
        no event; a pattern with only a passive code (its subject is the target) gives "---"."""
        best = next((p for p in self._patterns.get(verb.block, ()) if _fits(p, frame)), None)
        if best is not None:
            return (best.code if best.code != "---" or not best.passive else "---"), best
        return verb.code, None

    def plover(self, code: str | None) -> str:
        """The PLOVER type (or STATEMENT) of a CAMEO code by its longest listed prefix; "" for
        no event."""
        if not code or not code.isdigit():
            return ""
        for size in range(len(code), 1, -1):
            if code[:size] in self._plover:
                return self._plover[code[:size]]
        return ""


def _fits(pattern: Pattern, frame: Frame) -> bool:
    for noun in pattern.pre:
        if not _noun_fits(noun, frame.pre):
            return False
    for slot in pattern.post:
        if isinstance(slot, _Prep):
            words = frame.preps.get(slot.prep)
            if words is None or (slot.noun is not None and not _noun_fits(slot.noun, words)):
                return False
        elif not _noun_fits(slot, frame.everything() if not slot.mods else frame.post):
            return False
    return True


def _noun_fits(slot: _Noun, words: set[str]) -> bool:
    return bool(slot.heads & words) and all(mod & words for mod in slot.mods)


def _tsv(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t") for line in lines if line.strip()]


@lru_cache(maxsize=2)
def cameo_lexicon(folder: str | None = None) -> CameoLexicon:
    """The CAMEO verb lexicon, read once per process (``folder`` None = the bundled one)."""
    from graphkit.knowledge.actors import dictionary_dir

    return CameoLexicon(Path(folder) if folder else dictionary_dir())


@lru_cache(maxsize=1)
def general_verbs() -> frozenset[str]:
    """Verbs whose CAMEO reading graphkit never takes from the dictionary alone
    (``ontologies/lexicon/cameo_general_verbs.txt``).

    >>> "attend" in general_verbs(), "kidnap" in general_verbs()
    (True, False)
    """
    from graphkit.vocab import ontology_dir

    path = ontology_dir() / "lexicon" / "cameo_general_verbs.txt"
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
