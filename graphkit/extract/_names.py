"""Given names: which words open a personal name, and the gender a name or pronoun signals.

The list lives in ``ontologies/given_names.tsv`` (one ``NAME<TAB>f|m`` a line) and is read
once. It lets the actor finder take "Helena Lindqvist" for a person when the NER calls it
an organisation, and lets "she said" skip the men named before it.

Example:
    >>> given_name_gender("Helena"), given_name_gender("Viktor"), given_name_gender("Kidal")
    ('f', 'm', None)
    >>> pronoun_gender("She"), pronoun_gender("his"), pronoun_gender("they")
    ('f', 'm', None)
    >>> name_gender("Helena Lindqvist"), name_gender("Lindqvist")
    ('f', None)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["given_name_gender", "name_gender", "name_key", "pronoun_gender", "GIVEN_NAMES_FILE"]

#: File name of the given-name list inside :func:`graphkit.vocab.ontology_dir`.
GIVEN_NAMES_FILE = "given_names.tsv"

_PRONOUN_GENDER = {
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "he": "m", "him": "m", "his": "m", "himself": "m",
}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from graphkit.vocab import ontology_dir

    table: dict[str, str] = {}
    path = ontology_dir() / GIVEN_NAMES_FILE
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        if gender.strip() in ("f", "m"):
            table[name.strip().lower()] = gender.strip()
    return table


def given_name_gender(word: str) -> str | None:
    """``"f"`` or ``"m"`` when ``word`` is a listed given name, else None."""
    return _table().get(word.lower())


def name_gender(label: str) -> str | None:
    """The gender the first word of a full personal name signals (None for one word)."""
    parts = label.split()
    return given_name_gender(parts[0]) if len(parts) > 1 else None


def pronoun_gender(word: str) -> str | None:
    """``"f"`` for she/her, ``"m"`` for he/his, None for any other word."""
    return _PRONOUN_GENDER.get(word.lower())


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
