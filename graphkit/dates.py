"""Calendar arithmetic: reading date expressions and placing them against an article's date.

Pure functions over strings and :class:`datetime.date` (no spaCy), shared by ingest (an
article's own date) and extraction (the date of each event).

A placed date is a :class:`When`: the first day of the period the expression names and its
precision, one of :data:`PRECISIONS`. "In March 2005" is ``2005-03-01`` at month precision,
"last week" the Monday of the week before the anchor at week precision. An expression that
names no point in time (a duration, "a few months ago", "the 1990s") gives None; one that
names an impossible date ("February 30", "in 3012") raises :class:`BadDate`.

Example:
    >>> from datetime import date
    >>> thursday = date(2014, 1, 2)
    >>> resolve("on Monday", thursday).iso, resolve("on Monday", thursday, future=True).iso
    ('2013-12-30', '2014-01-06')
    >>> resolve("in March 2005", thursday)
    When(date=datetime.date(2005, 3, 1), precision='month')
    >>> resolve("two days ago", thursday).iso, resolve("in July last year", thursday).iso
    ('2013-12-31', '2013-07-01')
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

__all__ = [
    "PRECISIONS",
    "ARTICLE_PRECISION",
    "MIN_YEAR",
    "MAX_YEAR",
    "MONTHS",
    "WEEKDAYS",
    "When",
    "BadDate",
    "iso_date",
    "head_date",
    "resolve",
    "weekday_date",
    "implausible",
]

#: Precisions of a placed date, finest first.
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
#: The precision of an event date that is only its article's date (the clause gave none).
ARTICLE_PRECISION = "article"
#: Years outside this range are misreadings, not dates.
MIN_YEAR, MAX_YEAR = 1000, 2100

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        ("january jan", "february feb", "march mar", "april apr", "may", "june jun",
         "july jul", "august aug", "september sep sept", "october oct", "november nov",
         "december dec"), start=1)
    for name in names.split()
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs",
         "friday fri", "saturday sat", "sunday sun"))
    for name in names.split()
}
NUMBERS: dict[str, int] = {
    word: n for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split())
} | {"a": 1, "an": 1}
#: Days relative to the anchor by name.
_DAYS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
         "day before yesterday": -2, "day after tomorrow": 2}
#: Words in front of an expression that do not change the period it names.
_LEAD = re.compile(r"^(?:(?:on|in|at|during|over|around|about|the|just|only|early|late|mid|earlier|later"
                   r"|end of|beginning of|start of|middle of|first half of|second half of)\s+)+")
#: Times of day after a day name ("Monday night", "yesterday morning", "last night").
_TAIL = re.compile(r"\s+(?:morning|afternoon|evening|night|noon|midday|local time|gmt|utc)$")
_CLOCK = re.compile(r"\b(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?=\s|$)|\b\d{1,2}:\d{2}\b")
_M = "(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_W = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_ORD = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?P<y>\d{4})"
_ABSOLUTE = (
    re.compile(rf"^(?:{_W} )?{_M} {_ORD}(?: {_Y})?$"),
    re.compile(rf"^(?:{_W} )?(?:the )?{_ORD}(?: of)? {_M}(?: {_Y})?$"),
    re.compile(rf"^{_M}(?: of)?(?: {_Y})?$"),
    re.compile(rf"^(?:the )?(?:year )?{_Y}$"),
)
#: Two days of a month or two months of a year written as a range ("February 2-3", "2-3 February
#: 2005", "March-June 2003", the dash read as a space): the period holding both.
_RANGES = (
    re.compile(rf"^{_M} {_ORD} (?P<e>\d{{1,2}})(?:st|nd|rd|th)?(?: {_Y})?$"),
    re.compile(rf"^{_ORD} (?P<e>\d{{1,2}})(?:st|nd|rd|th)? {_M}(?: {_Y})?$"),
    re.compile(rf"^{_M} (?P<e>{_M.removeprefix('(?P<m>')}(?: {_Y})?$"),
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", re.IGNORECASE)
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$|^(\d{1,2})/(\d{1,2})/(\d{4})$")
_WEEKDAY = re.compile(rf"^(?:(?P<mod>last|next|this|coming|past) )?(?P<w>{_W})$")
_NAMED_MONTH = re.compile(rf"^(?P<mod>last|next|this|coming) {_M}$")
#: A month of a year named relative to the anchor's ("July last year", "in March of next year").
_MONTH_OF_YEAR = re.compile(rf"^{_M}(?: of)? (?P<mod>last|this|next) year$")
_PERIOD = re.compile(r"^(?P<mod>this|last|next|coming) (?P<unit>week|weekend|month|year)$")
_SHIFT = re.compile(r"^(?P<n>\d{1,3}|[a-z]+) (?P<unit>day|week|month|year)s? "
                    r"(?P<dir>ago|later|earlier|before|after)$")


_DATE_WORDS = r"[A-Za-z0-9][\w.,/ -]{2,40}?"
#: Where an article writes its own date: a dateline, a line of its own, the head of a line.
_HEAD_PATTERNS = (
    re.compile(rf"^[A-Z][A-Z.'’ -]{{1,40}}[A-Z],[ \t]*(?P<date>{_DATE_WORDS})[ \t]*"
               r"(?:\([^)]{1,30}\)[ \t]*)?[-–—:][ \t]"),
    re.compile(rf"^(?:(?:published|posted|updated|dated|date)(?:[ \t]+on)?:?[ \t]+)?(?P<date>{_DATE_WORDS})$",
               re.IGNORECASE),
    re.compile(rf"^(?P<date>{_DATE_WORDS})[ \t]+[-–—|][ \t]"),
)


_Day = date  # the type, which a When's field ``date`` hides in its methods


class When(NamedTuple):
    """A placed date: the first day of the period named, and the period's precision."""

    date: date
    precision: str

    @property
    def iso(self) -> str:
        """The date as ``YYYY-MM-DD``."""
        return self.date.isoformat()

    def contains(self, day: _Day) -> bool:
        """True when ``day`` falls in the period this date names ("this year" holds yesterday)."""
        return _start(day, self.precision) == self.date


class BadDate(ValueError):
    """An expression that reads as a date but names none ("February 30", "in 3012")."""


def iso_date(value: str | None) -> date | None:
    """The day of an ISO date or date-time string, or None when ``value`` is neither.

    >>> iso_date("2013-04-12T10:00:00Z"), iso_date("12 April 2013")
    (datetime.date(2013, 4, 12), None)
    """
    match = _ISO.match((value or "").strip())
    if not match:
        return None
    try:
        return _day(*(int(g) for g in match.groups()))
    except BadDate:
        return None


def head_date(text: str, *, fallback: date | None = None) -> date | None:
    """The date an article gives itself at its head: a dateline ("GOMA, Nov 3 (Reuters) -"),
    a line that is a date ("Monday, 3 November 2013", "Published: 2013-11-03"), or a first
    line opening with one ("3 November 2013 - ..."). A day without a year takes the year that
    puts it nearest before ``fallback``; without ``fallback`` it gives nothing.

    >>> head_date("Rebels seize town\\n\\nGOMA, Nov 3 (Reuters) - Rebels seized the town.",
    ...           fallback=date(2013, 11, 20))
    datetime.date(2013, 11, 3)
    >>> head_date("Thursday, November 13, 2008\\nThe senate voted.")
    datetime.date(2008, 11, 13)

    Raises:
        BadDate: the head names an impossible date ("February 30, 2008").
    """
    lines = [line.strip() for line in text[:1500].splitlines() if line.strip()][:6]
    for line in lines:
        for pattern in _HEAD_PATTERNS:
            match = pattern.match(line)
            if not match:
                continue
            when = _absolute(_clean(match.group("date")), fallback, False)
            if when is not None and when.precision == "day":
                return when.date
    return None


def resolve(expression: str, anchor: date | None, *, future: bool = False,
            previous: When | None = None) -> When | None:
    """Place a date expression against the article's date.

    Args:
        expression: the words naming the time ("on Monday", "Nov. 14", "two days ago").
        anchor: the article's date; without it only expressions with a year are placed.
        future: the clause speaks of what is to come ("will meet on Friday"): a weekday or a
            date without a year is the next one rather than the last one.
        previous: the date named before in the same sentence, for "two days later".

    Returns:
        The :class:`When`, or None when the expression names no point in time that can be
        placed.

    Raises:
        BadDate: the expression names an impossible or out-of-range date.

    >>> resolve("last Friday", date(2014, 1, 3)).iso    # said on a Friday: a week before
    '2013-12-27'
    >>> resolve("February 30, 2008", None)
    Traceback (most recent call last):
    graphkit.dates.BadDate: February 30, 2008: day 30 is not in month 2
    """
    text = _clean(expression)
    try:
        return _absolute(text, anchor, future) or _range(text, anchor, future) \
            or _relative(text, anchor, future, previous)
    except BadDate as exc:
        raise BadDate(f"{' '.join(expression.split())}: {exc}") from None


def _clean(expression: str) -> str:
    text = expression.lower().replace("’", "'").replace("'s", "")
    text = _CLOCK.sub(" ", text)
    text = re.sub(r"(?<=[a-z])\.|[,()]", " ", text)
    text = " ".join(text.replace("-", " ").split()) if not _ISO.match(text.strip()) else text.strip()
    text = _LEAD.sub("", text)
    text = _TAIL.sub("", text)
    return text.strip()


def _absolute(text: str, anchor: date | None, future: bool) -> When | None:
    iso = _ISO.match(text)
    if iso:
        return When(_day(*(int(g) for g in iso.groups())), "day")
    slashed = _SLASHED.match(text)
    if slashed:
        return _slashed(slashed.groups())
    for pattern in _ABSOLUTE:
        match = pattern.match(text)
        if match:
            parts = match.groupdict()
            month = MONTHS[parts["m"]] if parts.get("m") else None
            day = int(parts["d"]) if parts.get("d") else None
            year = int(parts["y"]) if parts.get("y") else None
            return _calendar(year, month, day, anchor, future)
    return None


def _range(text: str, anchor: date | None, future: bool) -> When | None:
    """A range of days of one month or of months of one year, as the shortest period (week,
    month, year) holding both ends; None for anything else or an end before the start."""
    for pattern in _RANGES:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month, year = MONTHS[parts["m"]], int(parts["y"]) if parts.get("y") else None
        day, end = (int(parts["d"]), int(parts["e"])) if parts.get("d") else (None, MONTHS[parts["e"]])
        first = _calendar(year, month, day, anchor, future)
        if first is None or end <= (day or month):
            return None
        last = _day(first.date.year, month, end) if day else _day(first.date.year, end, 1)
        precision = next(p for p in PRECISIONS[PRECISIONS.index(first.precision):]
                         if _start(first.date, p) == _start(last, p))
        return When(_start(first.date, precision), precision)
    return None


def _slashed(groups: tuple[str | None, ...]) -> When | None:
    """2008/11/03, or 03/11/2008 when only one reading is a date (the other part over 12)."""
    if groups[0]:
        return When(_day(int(groups[0]), int(groups[1] or 0), int(groups[2] or 0)), "day")
    a, b, year = int(groups[3] or 0), int(groups[4] or 0), int(groups[5] or 0)
    if a > 12 >= b:
        return When(_day(year, b, a), "day")
    if b > 12 >= a:
        return When(_day(year, a, b), "day")
    return None


def _calendar(year: int | None, month: int | None, day: int | None, anchor: date | None,
              future: bool) -> When | None:
    if month is None:
        return When(_day(year or 0, 1, 1), "year")
    if year is not None:
        return When(_day(year, month, day or 1), "day" if day else "month")
    if day is not None:
        _day(2000, month, day)  # February 29 exists in some year
    if anchor is None:
        return None
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(y, month, day or 1))
        except ValueError:
            continue
    when = _nearest(candidates, anchor if day else anchor.replace(day=1), future,
                    slack=timedelta(days=14 if day else 0))
    return When(when, "day" if day else "month")


def _nearest(candidates: list[date], anchor: date, future: bool, *, slack: timedelta) -> date:
    """The last candidate on or before the anchor (the next one on or after it if ``future``).

    ``slack`` lets a past event fall a little after the anchor: an article's date is when it
    was published or filed, sometimes days after the events it reports.
    """
    if future:
        ahead = [c for c in candidates if c >= anchor - slack]
        return min(ahead) if ahead else max(candidates)
    behind = [c for c in candidates if c <= anchor + slack]
    return max(behind) if behind else min(candidates)


def _relative(text: str, anchor: date | None, future: bool, previous: When | None) -> When | None:
    shift = _SHIFT.match(text)
    if shift:
        return _shifted(shift, anchor, previous)
    if anchor is None:
        return None
    if text in _DAYS:
        return When(anchor + timedelta(days=_DAYS[text]), "day")
    weekday = _WEEKDAY.match(text)
    if weekday:
        mode = weekday.group("mod") or "this"
        if mode in ("this", "past"):
            mode = "future" if future else "past"
        elif mode == "coming":
            mode = "next"
        return When(weekday_date(anchor, WEEKDAYS[weekday.group("w")], mode=mode), "day")
    of_year = _MONTH_OF_YEAR.match(text)
    if of_year:
        step = {"last": -1, "this": 0, "next": 1}[of_year.group("mod")]
        return When(date(anchor.year + step, MONTHS[of_year.group("m")], 1), "month")
    named = _NAMED_MONTH.match(text)
    if named:
        return _named_month(anchor, MONTHS[named.group("m")], named.group("mod"), future)
    period = _PERIOD.match(text) or (_PERIOD.match("this " + text) if text == "weekend" else None)
    if period:
        step = {"this": 0, "last": -1, "next": 1, "coming": 1}[period.group("mod")]
        return _period(anchor, period.group("unit"), step, future)
    return None


def _named_month(anchor: date, month: int, mode: str, future: bool) -> When:
    """"last November" (the latest before the anchor's month), "next March" (the first after
    it), "this March" (as the tense says)."""
    current = anchor.replace(day=1)
    candidates = [date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if mode == "last":
        return When(max(c for c in candidates if c < current), "month")
    if mode in ("next", "coming"):
        return When(min(c for c in candidates if c > current), "month")
    return When(_nearest(candidates, current, future, slack=timedelta(0)), "month")


def _shifted(match: re.Match[str], anchor: date | None, previous: When | None) -> When | None:
    number = match.group("n")
    n = int(number) if number.isdigit() else NUMBERS.get(number)
    unit, direction = match.group("unit"), match.group("dir")
    base = anchor if direction == "ago" else (previous.date if previous else None)
    if n is None or base is None:
        return None
    sign = 1 if direction in ("later", "after") else -1
    moved = _add(base, unit, sign * n)
    precision = unit if previous is None or direction == "ago" else _coarser(unit, previous.precision)
    return When(_start(moved, precision), precision)


def _period(anchor: date, unit: str, step: int, future: bool) -> When:
    if unit == "weekend":
        mode = {-1: "last", 1: "next"}.get(step, "future" if future else "past")
        return When(_start(weekday_date(anchor, 5, mode=mode), "week"), "week")
    return When(_start(_add(anchor, unit, step), unit), unit)


def weekday_date(anchor: date, weekday: int, *, mode: str) -> date:
    """The date of ``weekday`` (0 = Monday) as seen from ``anchor``.

    Args:
        anchor: the day the text was written.
        weekday: 0 (Monday) to 6 (Sunday).
        mode: "past" (the anchor or before: "on Monday" in a past-tense clause), "future"
            (the anchor or after), "last" (strictly before: "last Monday"), "next"
            (strictly after).

    >>> [weekday_date(date(2014, 1, 3), 4, mode=m).isoformat() for m in ("past", "last", "next")]
    ['2014-01-03', '2013-12-27', '2014-01-10']
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if mode == "past":
        return anchor - timedelta(days=back)
    if mode == "last":
        return anchor - timedelta(days=back or 7)
    if mode == "next":
        return anchor + timedelta(days=ahead or 7)
    if mode == "future":
        return anchor + timedelta(days=ahead)
    raise ValueError(f"unknown weekday mode {mode!r}; use past, future, last or next")


def implausible(when: When, anchor: date | None, *, future: bool = False) -> str | None:
    """Why an event date cannot be right, or None: a date far past the article's own (over a
    year for a reported event, over ten for an expected one).

    >>> implausible(When(date(2031, 5, 1), "day"), date(2008, 11, 3))
    '2031-05-01 is far past the article date 2008-11-03'
    """
    if anchor is None:
        return None
    limit = timedelta(days=3653 if future else 366)
    if when.date - anchor > limit:
        return f"{when.iso} is far past the article date {anchor.isoformat()}"
    return None


def _day(year: int, month: int, day: int) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise BadDate(f"year {year} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    if not 1 <= month <= 12:
        raise BadDate(f"month {month} does not exist")
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(f"day {day} is not in month {month}") from None


def _add(day: date, unit: str, n: int) -> date:
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = day.year * 12 + day.month - 1 + (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    return _day(year, month + 1, 1)


def _start(day: date, precision: str) -> date:
    if precision == "week":
        return day - timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=PRECISIONS.index)
