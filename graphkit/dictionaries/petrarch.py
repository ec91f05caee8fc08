"""Readers for the PETRARCH/TABARI dictionary formats and the CAMEO-to-PLOVER table.

The event-coding dictionaries (``CAMEO.2.0.txt``, ``Phoenix.*.actors.txt``, ``Phoenix.agents.txt``)
are line-oriented text files described in ``petrarch2-dictionaries.rst``. These readers turn them
into plain records and nothing more: no spaCy, no graphkit vocabulary. The quirks of the real files
are handled here: ``#`` comments (which may hold ``+`` and ``{``), block headers with odd spacing
(``RECONVENE[---]``), ``[active:passive]`` codes and the typo ``[080!]``, ``{...}`` lists of irregular
forms (empty, with commas or trailing spaces), undefined synonym sets, dates of six or eight
digits (and malformed ones, kept as open), several codes on one line.

Example:
    >>> verbs, patterns, synsets = read_verbs_text('''
    ... &ARMY
    ... +SOLDIER
    ... ####### VERB PATTERNS #######
    ... ---  EXPEL   [---]  ---
    ... EXPEL {EXPELS EXPELLED EXPELLING } [166]
    ... +KICK_OUT
    ... - * &ARMY  [1661]  # EXPEL
    ... ''')
    >>> [(v.phrase, v.head, v.code) for v in verbs]
    [('expel', 'expel', '166'), ('kick out', 'kick', '---')]
    >>> patterns[0].text, patterns[0].code, synsets["&army"]
    ('* &army', '1661', ('soldier', 'soldiers'))
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

__all__ = [
    "DatedCode",
    "ActorRecord",
    "AgentRecord",
    "VerbRecord",
    "PatternRecord",
    "PloverRow",
    "phrase",
    "plural",
    "verb_forms",
    "read_verbs",
    "read_verbs_text",
    "read_actors",
    "read_actors_text",
    "read_agents",
    "read_agents_text",
    "read_plover",
    "read_plover_text",
]

_PATTERNS_MARK = "VERB PATTERNS"
_HEADER = re.compile(r"^---\s*(?P<name>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_SES = ("S", "X", "Z", "CH", "SH")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A CAMEO actor code, valid from ``start`` to ``end`` (inclusive; None = open)."""

    code: str
    start: date | None = None
    end: date | None = None


@dataclass(slots=True)
class ActorRecord:
    """One actor entry: its phrases (the primary first) and its dated codes."""

    names: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    comment: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """One generic agent: its phrase, its forms (singular and plurals), its agent code."""

    phrase: str
    forms: tuple[str, ...]
    code: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class VerbRecord:
    """One verb of a synonym block: ``phrase`` ("hand over"), its verb word ``head``, every
    inflected form of the head, and its code (its own, else its block's; "---" = no event)."""

    phrase: str
    head: str
    block: str
    forms: tuple[str, ...]
    code: str | None = None
    passive: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class PatternRecord:
    """A phrase pattern of a verb block, in the dictionary's syntax lower-cased
    (``* (toward talks)``), with its active and passive codes ("---" = no event)."""

    block: str
    text: str
    code: str | None
    passive: str | None
    line: int = 0


@dataclass(frozen=True, slots=True)
class PloverRow:
    """One row of the CAMEO-to-PLOVER table."""

    cameo: str
    plover: str
    mode: str = ""
    context: str = ""
    comment: str = ""


def _strip(line: str) -> tuple[str, str]:
    """A line without its ``#`` comment, and the comment."""
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def phrase(text: str) -> str:
    """A dictionary phrase as lower-case words: underscores are spaces, markers dropped.

    >>> phrase("+MAZAR-I-SHARIF_ ")
    'mazar-i-sharif'
    >>> phrase("WIRE_+TAP")
    'wire tap'
    """
    text = text.strip().lstrip("+").replace("+", "")
    return " ".join(w for w in text.replace("_", " ").lower().split())


def plural(word: str) -> str:
    """The regular plural the dictionaries generate: +S, Y -> IES, SS/X/CH/SH -> +ES.

    >>> plural("militia"), plural("party"), plural("boss"), plural("day")
    ('militias', 'parties', 'bosses', 'days')
    """
    low = word.lower()
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("ss", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def verb_forms(verb: str) -> tuple[str, ...]:
    """The regular forms of a verb (-s, -ed, -ing), as PETRARCH generates them.

    >>> verb_forms("shell")
    ('shell', 'shells', 'shelled', 'shelling')
    >>> verb_forms("seize")
    ('seize', 'seizes', 'seized', 'seizing')
    >>> verb_forms("bully")
    ('bully', 'bullies', 'bullied', 'bullying')
    """
    v = verb.lower()
    if v.endswith("e"):
        return (v, v + "s", v + "d", v[:-1] + "ing")
    if v.endswith("y") and len(v) > 1 and v[-2] not in "aeiou":
        return (v, v[:-1] + "ies", v[:-1] + "ied", v + "ing")
    third = v + "es" if v.upper().endswith(_SES) else v + "s"
    return (v, third, v + "ed", v + "ing")


def _codes(text: str) -> tuple[str | None, str | None]:
    """Active and passive event codes from ``[040:041]``, ``[:173]``, ``[080!]``, ``[---]``."""
    raw = text.strip()
    active, _, passive = raw.partition(":")

    def clean(code: str) -> str | None:
        code = re.sub(r"[^0-9-]", "", code)
        return code or None

    return clean(active), clean(passive) if passive else None


# ------------------------------------------------------------------ verbs


def read_verbs(path: str | Path) -> tuple[list[VerbRecord], list[PatternRecord], dict[str, tuple[str, ...]]]:
    """Read a PETRARCH verb dictionary file (see :func:`read_verbs_text`)."""
    return read_verbs_text(Path(path).read_text(encoding="utf-8", errors="replace"))


def read_verbs_text(text: str) -> tuple[list[VerbRecord], list[PatternRecord], dict[str, tuple[str, ...]]]:
    """Parse the verb dictionary: verbs, phrase patterns and synonym sets.

    Returns:
        ``(verbs, patterns, synsets)``: every verb with its forms and code, every pattern with
        its block, and each synonym set (``&name``, lower-case) with its phrases (plurals added
        unless the set or the phrase ends in ``_``). Transformations (``~``) are skipped.
    """
    verbs: list[VerbRecord] = []
    patterns: list[PatternRecord] = []
    synsets: dict[str, list[str]] = {}
    in_patterns, block, block_code, current_set, set_plurals = False, "", None, "", True
    for lineno, raw in enumerate(text.splitlines(), 1):
        if _PATTERNS_MARK in raw and raw.lstrip().startswith("#"):
            in_patterns = True
            continue
        body, comment = _strip(raw)
        line = body.strip()
        if not line:
            continue
        if not in_patterns:
            if line.startswith("&"):
                current_set = line.split()[0].lower().rstrip("_")
                set_plurals = not line.split()[0].endswith("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                word = line[1:].split()[0]
                synsets[current_set].append(phrase(word))
                if set_plurals and not word.endswith("_"):
                    synsets[current_set].append(plural(phrase(word)))
            continue
        header = _HEADER.match(line)
        if header:
            block = phrase(header.group("name"))
            block_code = _codes(header.group("code"))[0]
            continue
        if line.startswith("-"):
            code_match = _CODE.search(line)
            code, passive = _codes(code_match.group(1)) if code_match else (None, None)
            pattern = line[1:code_match.start()] if code_match else line[1:]
            patterns.append(PatternRecord(block, " ".join(pattern.lower().split()), code, passive, lineno))
            continue
        if line.startswith("~") or not block:
            continue
        verb = _verb_line(line, block, block_code, lineno)
        if verb is not None:
            verbs.append(verb)
    return verbs, patterns, {k: tuple(dict.fromkeys(v)) for k, v in synsets.items()}


def _verb_line(line: str, block: str, block_code: str | None, lineno: int) -> VerbRecord | None:
    """One verb line: ``WORD``, ``+MULTI_WORD``, ``WIRE_+TAP`` with ``{forms}`` and ``[code]``;
    a verb without a code of its own takes its block's."""
    code, passive = block_code, None
    code_match = _CODE.search(line)
    if code_match:
        code, passive = _codes(code_match.group(1))
        line = line[:code_match.start()] + line[code_match.end():]
    irregular: list[str] = []
    forms_match = _BRACES.search(line)
    if forms_match:
        irregular = [f for f in re.split(r"[\s,]+", forms_match.group(1)) if f]
        line = line[:forms_match.start()] + line[forms_match.end():]
    words = line.split()
    if not words:
        return None
    raw = words[0]
    parts = raw.strip("_").split("_")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    at = marked[0] if marked else 0
    parts = [p.lstrip("+").lower() for p in parts]
    if not all(parts) or parts[-1] in {"and", "or"}:
        return None  # junk such as "+ARREST_AND"
    head = parts[at]
    if forms_match and not irregular:
        forms: tuple[str, ...] = (head,)
    elif irregular:
        heads = [phrase(f).split()[at] if len(phrase(f).split()) > at else phrase(f)
                 for f in irregular]
        forms = tuple(dict.fromkeys([head, *heads]))
    else:
        forms = verb_forms(head)
    return VerbRecord(" ".join(parts), head, block, forms, code, passive, lineno)


# ------------------------------------------------------------------ actors


def read_actors(path: str | Path) -> Iterator[ActorRecord]:
    """Read a PETRARCH actor dictionary file (see :func:`read_actors_text`)."""
    yield from read_actors_text(Path(path).read_text(encoding="utf-8", errors="replace"))


def read_actors_text(text: str) -> Iterator[ActorRecord]:
    """Parse an actor dictionary: a primary phrase, ``+`` synonyms, dated codes.

    Codes sit on the primary line or on indented lines below the record; a line may hold
    several (``[USAGOV 010120-050120] [IGOUNOKID >050501]``). A record with no code at all is
    skipped (the format gives it the null code).

    >>> [ (r.names, [c.code for c in r.codes]) for r in read_actors_text(
    ...     "PAKISTAN_  [PAK]\\n+PAKISTANI_\\nNAWAZ_SHARIF # note\\n\\t[PAKGOV 901106-930418]\\nU.N._\\n")]
    [(['pakistan', 'pakistani'], ['PAK']), (['nawaz sharif'], ['PAKGOV'])]
    """
    record: ActorRecord | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("---STOP---"):
            break
        body, comment = _strip(raw)
        if not body.strip():
            continue
        codes = [_dated(c) for c in _CODE.findall(body)]
        names_part = _CODE.sub(" ", body)
        if raw[0] in " \t" and not names_part.strip():
            if record is not None:
                record.codes.extend(c for c in codes if c is not None)
            continue
        name = phrase(re.split(r"\s{2,}|\t|;", names_part.strip())[0])
        if not name:
            continue
        if body.lstrip().startswith("+") and record is not None:
            record.names.append(name)
            record.codes.extend(c for c in codes if c is not None)
            continue
        if record is not None and record.codes:
            yield record
        record = ActorRecord([name], [c for c in codes if c is not None], comment, lineno)
    if record is not None and record.codes:
        yield record


def _dated(raw: str) -> DatedCode | None:
    """``PAKGOV 901106-930418``, ``IGOUNO >20070101``, ``PAK``, ``---`` -> a DatedCode."""
    parts = raw.split()
    if not parts or set(parts[0]) <= {"-"}:
        return None
    code, span = parts[0], "".join(parts[1:])
    if not span:
        return DatedCode(code)
    if span.startswith(">"):
        return DatedCode(code, start=_date(span[1:]))
    if span.startswith("<"):
        return DatedCode(code, end=_date(span[1:]))
    first, _, last = span.partition("-")
    return DatedCode(code, _date(first), _date(last))


def _date(text: str) -> date | None:
    """A six-digit (YYMMDD, years 00-29 in this century) or eight-digit date; None if malformed."""
    digits = text.strip()
    try:
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if len(digits) == 6:
            year = int(digits[:2])
            return date(2000 + year if year < 30 else 1900 + year, int(digits[2:4]), int(digits[4:]))
    except ValueError:
        return None
    return None


# ------------------------------------------------------------------ agents


def read_agents(path: str | Path) -> Iterator[AgentRecord]:
    """Read a PETRARCH agents dictionary file (see :func:`read_agents_text`)."""
    yield from read_agents_text(Path(path).read_text(encoding="utf-8", errors="replace"))


def read_agents_text(text: str) -> Iterator[AgentRecord]:
    """Parse an agents dictionary: ``PHRASE {plural} [~CODE]`` with ``!MACRO!`` substitutions.

    >>> [(a.phrase, a.forms, a.code) for a in read_agents_text(
    ...     "!PERSON! = MAN, MEN\\nPOLICE {} [~COP]\\nCONGRESS!PERSON! [~LEG]\\nREBEL [~REB]")]
    [('police', ('police',), '~COP'), ('congressman', ('congressman',), '~LEG'), \
('congressmen', ('congressmen',), '~LEG'), ('rebel', ('rebel', 'rebels'), '~REB')]
    """
    macros: dict[str, list[str]] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        body, _ = _strip(raw)
        line = body.strip()
        if not line or line.startswith("<"):
            continue
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        code_match = _CODE.search(line) or re.search(r"\[([^\]}]*)\}", line)
        if not code_match:
            continue
        code = code_match.group(1).strip()
        head = line[:code_match.start()]
        plurals_match = _BRACES.search(head)
        given = None
        if plurals_match:
            given = [phrase(p) for p in re.split(r"[\s,]+", plurals_match.group(1)) if p]
            head = head[:plurals_match.start()]
        raw_phrase = head.strip()
        found = re.search(r"![A-Z]+!", raw_phrase)
        if found and found.group(0) in macros:
            for word in macros[found.group(0)]:
                text_phrase = phrase(raw_phrase.replace(found.group(0), word))
                yield AgentRecord(text_phrase, (text_phrase,), code, lineno)
            continue
        text_phrase = phrase(raw_phrase)
        if not text_phrase or "!" in text_phrase:
            continue
        if given is not None:
            forms = (text_phrase, *given)
        elif raw_phrase.endswith("_"):
            forms = (text_phrase,)
        else:
            forms = (text_phrase, plural(text_phrase))
        yield AgentRecord(text_phrase, tuple(dict.fromkeys(forms)), code, lineno)


# ------------------------------------------------------------------ CAMEO -> PLOVER


def read_plover(path: str | Path) -> list[PloverRow]:
    """Read the CAMEO-to-PLOVER table (see :func:`read_plover_text`)."""
    return read_plover_text(Path(path).read_text(encoding="utf-8", errors="replace"))


def read_plover_text(text: str) -> list[PloverRow]:
    """Parse ``CODE: TYPE, mode, context # comment`` rows; stops at the ``~~~~~`` line.

    >>> [(r.cameo, r.plover, r.context, r.comment) for r in read_plover_text(
    ...     "# head\\n04: CONSULT\\n041: CONSULT, phone,   # Discuss by telephone\\n~~~~~\\n050: X")]
    [('04', 'CONSULT', '', ''), ('041', 'CONSULT', '', 'Discuss by telephone')]
    """
    rows: list[PloverRow] = []
    for raw in text.splitlines():
        if raw.startswith("~~~"):
            break
        body, comment = _strip(raw)
        match = re.match(r"^\s*(\d{2,4})\s*:\s*(.+)$", body)
        if not match:
            continue
        fields = [f.strip() for f in match.group(2).split(",")]
        fields += [""] * (3 - len(fields))
        rows.append(PloverRow(match.group(1), fields[0].upper(), fields[1], fields[2], comment))
    return rows
