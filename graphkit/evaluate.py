"""Scoring a build against hand-annotated gold (the format of ``shared/gold/README.md``).

The gold folder holds ``seed_actors.json`` (actors with aliases, ``same_entity`` pairs,
``forbidden_entities``) and ``seed_relations.jsonl`` (expected relations by tier: core,
extended, acceptable, forbidden). A build folder holds ``relations.jsonl`` and
``entities.jsonl``. The rules:

- labels are compared after :func:`normalise_label` (lower case, curly quotes folded, leading
  "the" dropped, and "a"/"an" before a lower-case word, punctuation other than ``'`` and
  ``-`` turned into spaces);
- a gold relation is found when a non-negated prediction of the same article has its class
  and matching subject and object (``*`` matches anything, ``alt_subject``/``alt_object``
  count, for ROLE the title must occur in the predicted object's label or value, articles
  inside a title aside: "leader of the opposition" is the office "leader of opposition");
- core (and extended) recall count each doc-subject-class-object once;
- event precision is measured on non-negated PLOVER predictions between two gold actors;
- forbidden counts predictions matching a forbidden record, predictions whose evidence lies
  below "Reader Comments" in the article, and entities carrying a forbidden form;
- same-entity counts the pairs whose two forms name exactly one and the same entity (a form
  names an entity everywhere as its label or an alias, and in one article as one of its
  ``descriptions`` there); the gold pairs forms of one article without naming it, so a pair
  counts when some article has it right ("the Prime Minister" may be a different person in
  each article).

Example:
    >>> normalise_label("The “Muttahida” Qaumi Movement (MQM)")
    'muttahida qaumi movement mqm'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.model import PLOVER_TYPES

__all__ = ["EvaluationError", "EvalReport", "evaluate", "normalise_label", "COMMENTS_MARKER"]

#: Text after which an article holds reader comments; nothing below it may yield anything.
COMMENTS_MARKER = "Reader Comments"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"'})
_PUNCT = re.compile(r"[^\w\s'-]|_")
#: An indefinite article before a common noun ("a federal judge"), dropped as "the" is; not
#: before a name ("A Current Affair", "An Post").
_INDEFINITE = re.compile(r"^(?:a|an|A|An)\s+(?=[a-z])")
_TIERS = ("core", "extended", "acceptable", "forbidden")


class EvaluationError(GraphkitError, ValueError):
    """A gold or build file is missing or malformed; the message names the file and line."""


def normalise_label(text: str) -> str:
    """Normalise an actor label or alias the way the gold rules compare them.

    >>> normalise_label("the Pakistan People’s Party")
    "pakistan people's party"
    >>> normalise_label("PML(N)")
    'pml n'
    >>> normalise_label("A federal judge"), normalise_label("A Current Affair")
    ('federal judge', 'a current affair')
    """
    text = _INDEFINITE.sub("", text.strip())
    text = _PUNCT.sub(" ", text.translate(_QUOTES).lower())
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


@dataclass(slots=True)
class _Gold:
    doc: str
    tier: str
    subject: str
    cls: str
    object: str
    evidence: str
    alt_subject: tuple[str, ...] = ()
    alt_object: tuple[str, ...] = ()
    line: int = 0

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.doc, self.subject, self.cls, self.object)

    def describe(self) -> str:
        return f"{self.doc}  {self.subject} -{self.cls}-> {self.object}  «{self.evidence}»"


@dataclass(slots=True)
class _Pred:
    doc: str
    subject: set[str]  # gold actor ids the subject label matches
    cls: str | None
    object: set[str]
    object_text: str  # label or value, normalised
    negated: bool
    literal: bool
    evidence: str
    start: int
    line: int
    raw: str

    def describe(self) -> str:
        return f"{self.doc}  {self.raw}  «{self.evidence[:100]}»"


@dataclass(slots=True)
class EvalReport:
    """The scores of one build against one gold folder, with every miss."""

    core_found: int = 0
    core_total: int = 0
    extended_found: int = 0
    extended_total: int = 0
    event_correct: int = 0
    event_total: int = 0
    same_entity_ok: int = 0
    same_entity_total: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_events: list[str] = field(default_factory=list)
    forbidden_hits: list[str] = field(default_factory=list)
    same_entity_failed: list[str] = field(default_factory=list)

    @property
    def core_recall(self) -> float:
        """Found core relations / all core relations (1.0 when there are none)."""
        return self.core_found / self.core_total if self.core_total else 1.0

    @property
    def extended_recall(self) -> float:
        """Found extended-tier relations / all extended-tier relations."""
        return self.extended_found / self.extended_total if self.extended_total else 1.0

    @property
    def combined_recall(self) -> float:
        """Recall over core and extended relations together."""
        total = self.core_total + self.extended_total
        return (self.core_found + self.extended_found) / total if total else 1.0

    @property
    def event_precision(self) -> float:
        """Share of event predictions between gold actors that gold backs (1.0 if none)."""
        return self.event_correct / self.event_total if self.event_total else 1.0

    @property
    def forbidden(self) -> int:
        """Number of forbidden hits (relations and entities)."""
        return len(self.forbidden_hits)

    def meets_targets(self, *, core: float = 1.0, extended: float = 0.75,
                      precision: float = 0.9) -> bool:
        """True when the build reaches the quality targets and breaks no rule."""
        return (self.core_recall >= core and self.extended_recall >= extended
                and self.event_precision >= precision and self.forbidden == 0
                and self.same_entity_ok == self.same_entity_total)

    def format(self, *, misses: bool = True) -> str:
        """A readable report: the scores, then (with ``misses``) every miss and false hit."""
        lines = [
            f"core recall        {self.core_recall:.3f}  ({self.core_found}/{self.core_total})",
            f"extended recall    {self.extended_recall:.3f}  "
            f"({self.extended_found}/{self.extended_total})",
            f"core+extended      {self.combined_recall:.3f}  "
            f"({self.core_found + self.extended_found}/{self.core_total + self.extended_total})",
            f"event precision    {self.event_precision:.3f}  "
            f"({self.event_correct}/{self.event_total})",
            f"forbidden          {self.forbidden}",
            f"same-entity        {self.same_entity_ok}/{self.same_entity_total}",
        ]
        if misses:
            for title, items in (("missed", self.missed),
                                 ("event predictions gold does not back", self.wrong_events),
                                 ("forbidden hits", self.forbidden_hits),
                                 ("same-entity pairs not merged", self.same_entity_failed)):
                if items:
                    lines.append(f"\n{title} ({len(items)}):")
                    lines.extend(f"  {item}" for item in items)
        return "\n".join(lines)


def evaluate(gold_dir: Path | str, out_dir: Path | str, *,
             articles: Path | str | None = None) -> EvalReport:
    """Score the build in ``out_dir`` against the gold in ``gold_dir``.

    Args:
        gold_dir: folder with ``seed_actors.json`` and ``seed_relations.jsonl``.
        out_dir: build folder with ``relations.jsonl`` and ``entities.jsonl``.
        articles: folder of the annotated articles (``<doc>.txt``), used to find the
            "Reader Comments" line; default ``gold_dir/../seeds`` or ``gold_dir/../articles``.

    Returns:
        An :class:`EvalReport`.

    Raises:
        EvaluationError: a file is missing or a line is malformed (named with its line).
    """
    gold_dir, out_dir = Path(gold_dir), Path(out_dir)
    actors = _read_json(gold_dir / "seed_actors.json")
    aliases = _alias_index(actors, gold_dir / "seed_actors.json")
    gold = list(_read_gold(gold_dir / "seed_relations.jsonl"))
    preds = list(_read_predictions(out_dir / "relations.jsonl", aliases))
    entities = list(_read_jsonl(out_dir / "entities.jsonl"))
    folders = [Path(articles)] if articles is not None else [
        gold_dir.parent / "seeds", gold_dir.parent / "articles"]
    comments_at = _comment_offsets(folders, {g.doc for g in gold})

    report = EvalReport()
    _score_recall(report, gold, preds)
    _score_precision(report, gold, preds)
    _score_forbidden(report, gold, preds, entities, actors, comments_at)
    _score_same_entity(report, actors.get("same_entity", []), entities)
    return report


# ------------------------------------------------------------------ reading


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise EvaluationError(f"{path}:{number}: expected a JSON object")
        yield number, record


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise EvaluationError(f"{path}: expected an object with an \"actors\" list")
    return data


def _alias_index(actors: dict, path: Path) -> dict[str, set[str]]:
    """normalised alias -> gold actor ids carrying it."""
    index: dict[str, set[str]] = {}
    for number, actor in enumerate(actors["actors"], 1):
        if not isinstance(actor, dict) or "id" not in actor:
            raise EvaluationError(f"{path}: actor #{number} has no \"id\"")
        for form in [actor["id"], *actor.get("aliases", [])]:
            index.setdefault(normalise_label(form), set()).add(actor["id"])
    return index


def _read_gold(path: Path) -> Iterator[_Gold]:
    for number, rec in _read_jsonl(path):
        missing = [k for k in ("doc", "tier", "subject", "cls", "object") if k not in rec]
        if missing:
            raise EvaluationError(f"{path}:{number}: missing {', '.join(missing)}")
        if rec["tier"] not in _TIERS:
            raise EvaluationError(f"{path}:{number}: unknown tier {rec['tier']!r}")
        yield _Gold(doc=rec["doc"], tier=rec["tier"], subject=rec["subject"], cls=rec["cls"],
                    object=rec["object"], evidence=rec.get("evidence", ""),
                    alt_subject=tuple(rec.get("alt_subject", ())),
                    alt_object=tuple(rec.get("alt_object", ())), line=number)


def _read_predictions(path: Path, aliases: dict[str, set[str]]) -> Iterator[_Pred]:
    for number, rec in _read_jsonl(path):
        subj, obj = rec.get("subject"), rec.get("object")
        if not isinstance(subj, dict) or not isinstance(obj, dict) or "doc" not in rec:
            raise EvaluationError(f"{path}:{number}: needs \"doc\", a \"subject\" object "
                                  f"and an \"object\" object")
        subj_label = str(subj.get("label") or "")
        literal = "value" in obj and "label" not in obj
        obj_text = str(obj.get("value") if literal else obj.get("label") or "")
        yield _Pred(
            doc=str(rec["doc"]), subject=aliases.get(normalise_label(subj_label), set()),
            cls=rec.get("class"),
            object=set() if literal else aliases.get(normalise_label(obj_text), set()),
            object_text=normalise_label(obj_text), negated=bool(rec.get("negated")),
            literal=literal, evidence=str(rec.get("evidence") or ""),
            start=int(rec.get("start") or 0), line=number,
            raw=f"{subj_label} -{rec.get('relation')}/{rec.get('class')}-> {obj_text}"
                f"{' (negated)' if rec.get('negated') else ''}")


def _comment_offsets(folders: list[Path], docs: Iterable[str]) -> dict[str, int]:
    """doc -> character offset of the reader-comments marker in its article, when known."""
    found: dict[str, int] = {}
    for doc in docs:
        files = [f / f"{doc}{suffix}" for f in folders for suffix in (".txt", ".md")]
        file = next((f for f in files if f.is_file()), None)
        if file is not None:
            at = file.read_text(encoding="utf-8", errors="replace").find(COMMENTS_MARKER)
            if at >= 0:
                found[doc] = at
    return found


# ------------------------------------------------------------------ matching


def _matches(g: _Gold, p: _Pred) -> bool:
    if p.doc != g.doc or p.negated or (g.cls != "*" and p.cls != g.cls):
        return False
    if g.subject != "*" and not p.subject & {g.subject, *g.alt_subject}:
        return False
    if g.object == "*":
        return True
    if g.cls == "ROLE":
        return _bare_title(normalise_label(g.object)) in _bare_title(p.object_text)
    return bool(p.object & {g.object, *g.alt_object})


def _bare_title(title: str) -> str:
    """A normalised title without the article "the" inside it: an office is the same written
    "chairman of the Socialist Party" or, as graphkit writes offices, "chairman of Socialist
    Party"."""
    return " ".join(w for w in title.split() if w != "the")


def _is_catch_all(g: _Gold) -> bool:
    return g.subject == "*" and g.object == "*" and g.cls == "*"


def _score_recall(report: EvalReport, gold: list[_Gold], preds: list[_Pred]) -> None:
    for tier in ("core", "extended"):
        seen: set[tuple[str, str, str, str]] = set()
        found = total = 0
        for g in gold:
            if g.tier != tier or g.key in seen:
                continue
            seen.add(g.key)
            total += 1
            if any(_matches(g, p) for p in preds):
                found += 1
            else:
                report.missed.append(f"[{tier}] {g.describe()}")
        if tier == "core":
            report.core_found, report.core_total = found, total
        else:
            report.extended_found, report.extended_total = found, total


def _score_precision(report: EvalReport, gold: list[_Gold], preds: list[_Pred]) -> None:
    backing = [g for g in gold if g.tier in ("core", "extended", "acceptable")]
    for p in preds:
        if p.negated or p.cls not in PLOVER_TYPES or not p.subject or not p.object:
            continue
        report.event_total += 1
        if any(_matches(g, p) for g in backing):
            report.event_correct += 1
        else:
            report.wrong_events.append(p.describe())


def _score_forbidden(report: EvalReport, gold: list[_Gold], preds: list[_Pred],
                     entities: list[tuple[int, dict]], actors: dict,
                     comments_at: dict[str, int]) -> None:
    forbidden = [g for g in gold if g.tier == "forbidden"]
    below = [normalise_label(g.evidence) for g in forbidden if _is_catch_all(g) and g.evidence]
    for p in preds:
        rule = next((g for g in forbidden if not _is_catch_all(g) and _matches(g, p)), None)
        if rule is not None:
            report.forbidden_hits.append(f"{p.describe()}  matches forbidden {rule.describe()}")
        elif p.doc in comments_at and p.start >= comments_at[p.doc]:
            report.forbidden_hits.append(f"{p.describe()}  lies below {COMMENTS_MARKER!r}")
        elif _quotes_comment(normalise_label(p.evidence), below):
            report.forbidden_hits.append(f"{p.describe()}  comes from reader comments")
    banned = {normalise_label(f) for f in actors.get("forbidden_entities", [])}
    for _, ent in entities:
        forms = {normalise_label(str(f)) for f in [ent.get("label", ""), *ent.get("aliases", [])]}
        for form in sorted(forms & banned):
            report.forbidden_hits.append(f"entity {ent.get('label')!r} carries forbidden {form!r}")


def _quotes_comment(evidence: str, comments: list[str]) -> bool:
    """True when the evidence is (or contains) a piece of reader-comment text."""
    return any(c and (c in evidence or (len(evidence) >= 20 and evidence in c))
               for c in comments)


def _score_same_entity(report: EvalReport, pairs: list, entities: list[tuple[int, dict]]) -> None:
    named: dict[str, set[int]] = {}  # a label or alias names its entity in every article
    described: dict[str, dict[str, set[int]]] = {}  # a description, in its article only
    for number, ent in entities:
        for form in {ent.get("label", ""), *ent.get("aliases", [])}:
            named.setdefault(normalise_label(str(form)), set()).add(number)
        for doc, forms in (ent.get("descriptions") or {}).items():
            for form in forms:
                described.setdefault(normalise_label(str(form)), {}).setdefault(doc, set()).add(number)
    for pair in pairs:
        a, b = (normalise_label(str(x)) for x in pair)
        report.same_entity_total += 1
        # the gold pairs forms of one article without saying which: the pair is merged when,
        # in some article, each form names exactly one and the same entity
        docs = [None, *sorted(described.get(a, {}).keys() | described.get(b, {}).keys())]
        found = [(_naming(named, described, a, doc), _naming(named, described, b, doc)) for doc in docs]
        if any(len(ents_a) == 1 and ents_a == ents_b for ents_a, ents_b in found):
            report.same_entity_ok += 1
            continue
        ents_a = named.get(a, set()).union(*described.get(a, {}).values())
        ents_b = named.get(b, set()).union(*described.get(b, {}).values())
        report.same_entity_failed.append(
            f"{pair[0]!r} on {len(ents_a)} entities, {pair[1]!r} on {len(ents_b)}"
            + ("" if ents_a != ents_b else " (the same ones)"))


def _naming(named: dict[str, set[int]], described: dict[str, dict[str, set[int]]], form: str,
            doc: str | None) -> set[int]:
    """The entities that ``form`` names in article ``doc`` (None: by name alone)."""
    return named.get(form, set()) | (described.get(form, {}).get(doc, set()) if doc else set())
