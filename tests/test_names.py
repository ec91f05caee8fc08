"""Given names: the gender a first name signals, read from ontologies/given_names.tsv."""

from __future__ import annotations

import pytest

from graphkit.extract import ActorIndex, actor_mentions
from graphkit.extract._names import GIVEN_NAMES_FILE, given_name_gender, name_gender
from graphkit.vocab import ontology_dir


@pytest.mark.parametrize(("name", "gender"), [
    # common names of many languages, written with and without their accents
    ("Diana", "f"), ("Olga", "f"), ("Sarah", "f"), ("Ségolène", "f"), ("Segolene", "f"),
    ("Małgorzata", "f"), ("Malgorzata", "f"), ("Ngozi", "f"), ("Megawati", "f"), ("Tzipi", "f"),
    ("Yuriko", "f"), ("Kristalina", "f"), ("Wanjiku", "f"), ("Fatemeh", "f"),
    ("Volodymyr", "m"), ("François", "m"), ("Francois", "m"), ("Recep", "m"), ("Jarosław", "m"),
    ("Junichiro", "m"), ("Olusegun", "m"), ("Tedros", "m"), ("Gotabaya", "m"), ("Yitzhak", "m"),
    ("Jean-Pierre", "m"), ("Jānis", "m"),
    # names used for both genders signal none
    ("Andrea", None), ("Jean", None), ("Robin", None), ("Sasha", None), ("Nicola", None),
    ("Kim", None), ("Jordan", None), ("Alexis", None), ("Janis", None), ("Michele", None),
    # words that name places, parties or militias are no given names
    ("Georgia", None), ("Hayat", None), ("Badr", None), ("Jordan", None), ("Kidal", None),
])
def test_given_name_gender(name, gender):
    assert given_name_gender(name) == gender
    assert name_gender(f"{name} Cardenas") == gender


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                       "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})


def test_the_list_is_sorted_without_duplicates():
    import unicodedata

    def key(name: str) -> str:
        folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
        return "".join(c for c in folded if not unicodedata.combining(c)).lower()

    lines = [line for line in (ontology_dir() / GIVEN_NAMES_FILE).read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    names = [line.split("\t")[0] for line in lines]
    assert all(line.split("\t")[1] in ("f", "m") for line in lines)
    assert len({n.lower() for n in names}) == len(names) > 5000
    assert [key(n) for n in names] == sorted(key(n) for n in names)


def test_he_skips_a_woman_the_list_now_knows(nlp):
    doc = nlp("Interior Minister Pablo Ortiz met President Diana Cardenas on Monday. "
              "Cardenas signed the decree, a decision he has challenged in court.")
    index = ActorIndex(doc, actor_mentions(doc))
    actor = index.actor_for(next(t for t in doc if t.text == "he"))
    assert actor is not None and actor.label == "Pablo Ortiz"
