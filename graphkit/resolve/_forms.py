"""Which surface forms may name a resolved actor: its aliases.

A form is no alias when it is page furniture or a piece torn from a longer text (leading
punctuation, an unbalanced bracket, a word glued to a dash: "US] troops", "GOP) leadership",
"United Nations -African Union leadership"), when it names two organisations at once ("United
Nations-African Union mission" is neither), when it is a person's given name alone, or a
woman's title before a man's surname ("Mrs. Bush" is not George W. Bush). A government's form
must name its own place: a country, its capital, a leader or a party that governs ("the Rudd
government"); the officials of a person or a party ("Sadr officials", "Hamas officials") are
theirs, not a government's.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["FRAGMENT", "fold", "may_alias", "names_government", "names_place"]

#: Surface forms that are page furniture or torn from a longer text, not names
#: ("21.jpg|The police", "Obama==", "-led government", "United Nations '", "US -African Union").
FRAGMENT = re.compile(r"^[^\w\"'(]|[|=]|\.(jpg|png|gif)\b|^-|-led\b|^\W*$|\s-\w|\s['\u2019]$",
                      re.IGNORECASE)
_PAIRS = {"(": ")", "[": "]", "{": "}"}
#: A dash or slash between two names ("United Nations-African Union", "Bush/Cheney").
_JOIN = re.compile(r"\s*[-/\u2013]\s*")


def fold(text: str) -> str:
    """A form as resolution keys it: ASCII, lower case, no leading "the", no punctuation.

    >>> fold("The Pakistan People's Party")
    'pakistan peoples party'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^the\s+", "", text.replace("'", ""))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def fragment(form: str) -> bool:
    """Whether ``form`` is torn from a longer text: furniture, leading punctuation, a word
    glued to a dash, a trailing quote, or a bracket that opens or closes in it alone.

    >>> [fragment(f) for f in ("US] troops", "GOP) leadership", "Australian Labor Party (ALP)", "UN")]
    [True, True, False, False]
    """
    if FRAGMENT.search(form):
        return True
    depth: list[str] = []
    for char in form:
        if char in _PAIRS:
            depth.append(_PAIRS[char])
        elif char in _PAIRS.values() and (not depth or depth.pop() != char):
            return True
    return bool(depth)


def compound(form: str) -> bool:
    """Whether ``form`` joins two organisations or countries by a dash or a slash, each
    known to the gazetteer ("United Nations-African Union leadership"): it names neither.

    >>> compound("United Nations-African Union leadership"), compound("Al-Qaeda")
    (True, False)
    """
    from graphkit.gazetteer import load_gazetteer

    parts = _JOIN.split(form)
    if len(parts) < 2:
        return False
    gaz = load_gazetteer()
    if gaz.lookup(form) or gaz.country_of(form):  # "Guinea-Bissau" is one name
        return False
    known = set()
    for part in parts:
        name = " ".join(re.match(r"((?:[A-Z][\w.']*\s*)*)", part).group(1).split())  # type: ignore[union-attr]
        ids = {e.id for e in gaz.lookup(name) if e.type != "Place"} if name else set()
        country = gaz.country_of(name) if name else None
        if not ids and country is None:
            return False
        known.add(frozenset(ids) if ids else frozenset({country}))
    return len(known) > 1


def names_place(form: str) -> bool:
    """Whether words of ``form`` name a country, a demonym or a capital ("Ugandan army",
    "troops of the United States"; not "Some military").

    >>> names_place("the Ugandan army"), names_place("troops of the United States"), names_place("Some military")
    (True, True, False)
    """
    from graphkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    words = re.sub(r"['\u2019]s\b", "", form).split()
    runs = [" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)]
    return any(gaz.country_of(run) or gaz.capital_of(run) for run in runs if run[:1].isupper())


def names_government(form: str, place: str) -> bool:
    """Whether a form names the government of ``place``, not only holds the word: besides
    government nouns and their modifiers, its words name the place or its capital, or, with
    a government noun, a leader or a party ("Canadian government", "Ottawa", "the Harper
    government", "Labor government"), never other words ("Better Government", "a 12 year long
    Government"), none ("the federal government" describes it), or a person's or party's
    officials ("Sadr officials", "Labor officials").

    >>> names_government("the Rudd government", "Australia"), names_government("Better Government", "Canada")
    (True, False)
    >>> names_government("New Delhi", "India")
    True
    """
    from graphkit.extract.lexicon import lexicon
    from graphkit.gazetteer import load_gazetteer
    from graphkit.knowledge import actor_knowledge

    lex = lexicon()
    gaz, kb = load_gazetteer(), actor_knowledge()
    if place in (gaz.capital_of(form.strip()), gaz.country_of(form.strip())):
        return True  # "New Delhi", whose first word alone would be a modifier
    common = lex.government_nouns | lex.state_agents | lex.drop_modifiers | lex.agent_adjectives \
        | {"of", "in", "and", "the"}
    runs: list[list[str]] = [[]]
    words = re.sub(r"['\u2019]s\b", "", form).split()
    for word in words:
        if word.lower().strip(".,") in common:
            runs.append([])
        else:
            runs[-1].append(word)
    governs = any(w.lower().strip(".,") in lex.government_nouns for w in words)
    names = [" ".join(run) for run in runs if run]

    def governing(name: str) -> bool:  # a party or a leader governs only as a government
        return governs and (bool(gaz.parties(name)) or any(e.type == "PoliticalParty" for e in gaz.lookup(name))
                            or " " not in name and gaz.country_code(place) in kb.leader_countries(name))

    return bool(names) and all(  # "the federal government" names none: it describes
        place in (name, gaz.country_of(name), gaz.capital_of(name)) or governing(name) for name in names)


#: Words before a group that deny it ("no U.S. troops"): such a form is no name of it.
_NEGATORS = frozenset({"no", "not", "none", "neither", "nor"})


def may_alias(form: str, type_: str, label: str) -> bool:
    """Whether a surface form may name the actor labelled ``label``: never a fragment or a
    compound of two organisations, never a person's given name alone ("Tony" of "Tony
    Blair"; "Jamal" of "Nasir Jamal" is a surname and stays), nor a woman's title before a
    man's name ("Mrs. Bush" of George W. Bush); a first name no list of given names knows,
    that the text uses alone for the person, is how the person is called ("Apirak" of
    "Apirak Kosayothin")."""
    form = form.strip()
    if not form or fragment(form) or form != label and compound(form):
        return False
    if form.split()[0].lower() in _NEGATORS:
        return False  # "no U.S. troops" names no one
    from graphkit.extract._names import given_name_gender, name_gender
    from graphkit.extract.lexicon import lexicon

    if type_ != "Person":
        return True
    words = label.split()
    if form.split()[0].lower().rstrip(".") in lexicon().female_titles and name_gender(label) == "m":
        return False
    return not (" " not in form and len(words) > 1 and form.lower() == words[0].lower()
                and given_name_gender(form) is not None)
