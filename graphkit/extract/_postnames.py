"""The name of a post: which words a title holds, and when a title reads as a post at all.

:func:`is_title_word` tells a word of a title ("president", "spokesmen", "Rep.");
:func:`clean_post` reads the post a title phrase names, or nothing when the phrase reads as
no post (a rank, a candidacy, a phrase about several posts, a noun that is no post).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract._text import singular
from graphkit.extract.lexicon import lexicon

if TYPE_CHECKING:
    from graphkit.extract.lexicon import Lexicon

__all__ = ["candidacy", "clean_post", "is_title_word", "no_longer_held"]

_PREPS = frozenset({"of", "for", "to", "in", "at", "from", "on", "with"})
#: words that say when a post was held ("former minister"): kept with the post.
_FORMER = frozenset({"former", "ex", "then", "outgoing", "acting", "interim", "incoming"})


def is_title_word(word: str) -> bool:
    """``word`` (lower case) is a word of a title: a title word, person noun or head title,
    singular or plural, with or without its full stop."""
    lex = lexicon()
    return word in lex.title_words or word.rstrip(".") in lex.titles or \
        singular(word) in lex.title_words


#: Words that never stand inside a post's name: relative pronouns, "by", numerals and
#: quantifiers ("leader of the two opposition parties who", "report last year by").
_NOT_IN_POSTS = frozenset({"who", "whom", "whose", "which", "that", "by", "both", "all", "each",
                           "respective",
                           "several", "many", "some", "two", "three", "four", "five", "six",
                           "seven", "eight", "nine", "ten", "dozen"})
#: determiners a title phrase may start with ("neither Justice Souter nor ..."): not the post's.
_ARTICLES = frozenset({"the", "a", "an", "neither", "either", "no", "any", "every"})
#: Ordinals written in lower case: which holder a person is, not the post ("the first MP to
#: cross the floor"); written with a capital they name a post ("First Minister").
_ORDINALS = frozenset({"first", "second", "third", "last", "only", "sole"})


def clean_post(role: str) -> str | None:
    """``role`` read as a post, or None when it reads as no post.

    Adjectives about the holder go ("outspoken MP" -> "MP"); the words before the first
    preposition must end in a post (a title word, a post of ``posts.txt`` or a two-word
    post of ``compound_posts.txt``), not a rank, an honorific, a candidacy (but for one named
    by its race: "presidential candidate"), an occupation or a
    relation to someone else (``relational_nouns.txt``); a noun that is
    no post before "of" leaves the post after it ("death of previous co-leader" ->
    "former co-leader": a word of ``former_words.txt`` says it is no longer held); a phrase
    holding a relative pronoun, "by" or a number is no post, and neither is a post that names
    nothing without its body (``bare_posts.txt``: "head").

    Example:
        >>> clean_post("outspoken MP"), clean_post("death of previous co-leader")
        ('MP', 'former co-leader')
        >>> clean_post("Lt. Col."), clean_post("leader of the two opposition parties")
        (None, None)
    """
    lex = lexicon()
    words = role.split()
    if any(w.lower() in _NOT_IN_POSTS or w.isdigit() for w in words):
        return None
    while words and (words[0].lower() in lex.post_adjectives or words[0].lower() in _ARTICLES
                     or words[0] in _ORDINALS):  # "the first MP to cross the floor": an MP
        words = words[1:]
    while words and (words[-1].lower() in _PREPS or words[-1].lower() in _ARTICLES):
        words = words[:-1]  # "former political officer in the"
    if len(words) == 1 and singular(words[0].lower()) in lex.bare_posts:
        return None  # "head": of what?
    cut = next((n for n, w in enumerate(words) if w.lower() in _PREPS), len(words))
    if candidacy(words):
        return " ".join(words)  # "presidential candidate": the race it names, alone
    if cut and _post_head(words[:cut], lex):
        gone = [n for n in range(cut - 1) if words[n].lower() in lex.former_words]
        if gone and not any(w.lower() in _FORMER for w in words[:cut]):
            words = ["former", *(w for n, w in enumerate(words) if n not in gone)]
        return " ".join(words)
    if 0 < cut < len(words) - 1 and words[cut].lower() == "of" \
            and singular(words[cut - 1].lower()) not in lex.relational_nouns:  # "wife of"
        return clean_post(" ".join(words[cut + 1:]))  # "death of (previous co-leader)"
    return None


def no_longer_held(role: str | None) -> bool:
    """The role says its post is no longer held ("former director", "ex-minister", "the late
    president": ``former_words.txt``).

    >>> no_longer_held("former director"), no_longer_held("director")
    (True, False)
    """
    words = (role or "").lower().replace("-", " ").split()
    return bool(words) and (words[0] in ("former", "ex") or words[0] in lexicon().former_words)


def candidacy(words: list[str]) -> bool:
    """``words`` name a candidacy by its race ("presidential candidate", "mayoral hopeful"):
    a modifier and a candidacy noun, nothing after it. A ROLE keeps it as written, never
    with the body run for ("candidate of Senate") nor alone ("candidate")."""
    return len(words) > 1 and singular(words[-1].lower()) in lexicon().candidacy_words \
        and not any(w.lower() in _PREPS for w in words)


def _post_head(words: list[str], lex: Lexicon) -> bool:
    """The last of ``words`` names a post: no rank, honorific or candidacy."""
    last = words[-1].lower()
    if len(words) > 1 and f"{words[-2].lower()} {last}" in lex.compound_posts:
        return True
    pieces = last.replace("\u2011", "-").split("-")
    one = singular(last)
    if last in lex.ranks or last.rstrip(".") in lex.ranks or one in lex.candidacy_words \
            or one in lex.occupations or last in lex.occupations or one in lex.relational_nouns:
        return False  # "Lt. Col.", "mayoral candidate", "journalist", "wife"
    return is_title_word(last) or one in lex.posts or any(
        p in lex.posts or singular(p) in lex.posts for p in pieces if p not in lex.ranks)
