"""Calendar arithmetic: date expressions placed against an article's date."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.dates import BadDate, When, head_date, implausible, iso_date, resolve, weekday_date

D = date.fromisoformat


@pytest.mark.parametrize(
    ("expression", "anchor", "future", "expected", "precision"),
    [
        # weekdays across the ends of months and years, in both directions
        ("on Monday", "2014-01-02", False, "2013-12-30", "day"),
        ("on Monday", "2014-01-02", True, "2014-01-06", "day"),
        ("Wednesday", "2013-03-01", False, "2013-02-27", "day"),
        ("Wednesday", "2012-03-01", False, "2012-02-29", "day"),  # a leap day
        ("Friday", "2013-12-30", True, "2014-01-03", "day"),
        ("Monday night", "2014-01-02", False, "2013-12-30", "day"),
        ("late Tuesday", "2014-01-01", False, "2013-12-31", "day"),
        # "last Friday" said on a Friday is a week before; plain "Friday" is that very day
        ("last Friday", "2014-01-03", False, "2013-12-27", "day"),
        ("Friday", "2014-01-03", False, "2014-01-03", "day"),
        ("this Friday", "2014-01-03", False, "2014-01-03", "day"),
        ("next Friday", "2014-01-03", False, "2014-01-10", "day"),
        ("last Friday", "2014-01-04", False, "2014-01-03", "day"),
        # days by name
        ("yesterday", "2014-01-01", False, "2013-12-31", "day"),
        ("last night", "2013-03-01", False, "2013-02-28", "day"),
        ("this morning", "2013-03-01", False, "2013-03-01", "day"),
        ("tomorrow", "2013-12-31", True, "2014-01-01", "day"),
        ("the day before yesterday", "2013-03-01", False, "2013-02-27", "day"),
        # weeks, months, years: the first day of the period
        ("last week", "2014-01-02", False, "2013-12-23", "week"),
        ("earlier this week", "2014-01-02", False, "2013-12-30", "week"),
        ("over the weekend", "2014-01-06", False, "2013-12-30", "week"),
        ("last month", "2014-01-15", False, "2013-12-01", "month"),
        ("next month", "2014-12-02", True, "2015-01-01", "month"),
        ("this year", "2014-06-01", False, "2014-01-01", "year"),
        ("earlier this year", "2014-06-01", False, "2014-01-01", "year"),
        ("last year", "2014-06-01", False, "2013-01-01", "year"),
        ("next year", "2014-06-01", True, "2015-01-01", "year"),
        # so long ago
        ("two days ago", "2014-01-01", False, "2013-12-30", "day"),
        ("3 days ago", "2014-03-02", False, "2014-02-27", "day"),
        ("three weeks ago", "2014-01-02", False, "2013-12-09", "week"),
        ("two months ago", "2014-01-31", False, "2013-11-01", "month"),
        ("a year ago", "2014-03-05", False, "2013-01-01", "year"),
        # absolute dates; a day or month without a year is the last one (the next one ahead)
        ("on 14 November 2012", "2014-01-02", False, "2012-11-14", "day"),
        ("Monday, November 3, 2008", "2014-01-02", False, "2008-11-03", "day"),
        ("Nov. 14", "2012-11-20", False, "2012-11-14", "day"),
        ("the 3rd of November", "2012-11-20", False, "2012-11-03", "day"),
        ("November 14", "2013-01-05", False, "2012-11-14", "day"),
        ("December 28", "2014-01-02", False, "2013-12-28", "day"),
        ("January 5", "2013-12-20", True, "2014-01-05", "day"),
        ("November 14", "2012-11-10", False, "2012-11-14", "day"),  # the article lags a few days
        ("February 29", "2013-03-10", False, "2012-02-29", "day"),
        ("in March 2005", "2014-01-02", False, "2005-03-01", "month"),
        ("mid-November", "2008-11-20", False, "2008-11-01", "month"),
        ("in August", "2008-09-02", False, "2008-08-01", "month"),
        ("in December", "2008-11-03", False, "2007-12-01", "month"),
        ("in December", "2008-11-03", True, "2008-12-01", "month"),
        ("last November", "2006-11-27", False, "2005-11-01", "month"),
        ("last November", "2006-12-05", False, "2006-11-01", "month"),
        # a month of a year named relative to the article's
        ("in July last year", "2007-12-25", False, "2006-07-01", "month"),
        ("January of this year", "2007-12-25", False, "2007-01-01", "month"),
        ("March next year", "2007-12-25", True, "2008-03-01", "month"),
        ("next March", "2006-03-05", True, "2007-03-01", "month"),
        ("this March", "2006-01-05", True, "2006-03-01", "month"),
        ("in 2005", "2014-01-02", False, "2005-01-01", "year"),
        ("2008-11-03", "2014-01-02", False, "2008-11-03", "day"),
        ("13/11/2008", "2014-01-02", False, "2008-11-13", "day"),
        # a range: the shortest period holding both ends
        ("on February 2-3", "2005-02-06", False, "2005-01-31", "week"),
        ("2-3 February 2005", "2014-01-02", False, "2005-01-31", "week"),
        ("June 28-30", "2005-02-06", False, "2004-06-28", "week"),
        ("May 27-31", "2005-06-06", False, "2005-05-01", "month"),
        ("in March-June 2003", "2005-02-06", False, "2003-01-01", "year"),
        ("March-May", "2004-12-06", True, "2005-01-01", "year"),
    ],
)
def test_expressions_are_placed_against_the_article_date(expression, anchor, future, expected, precision):
    assert resolve(expression, D(anchor), future=future) == When(D(expected), precision)


@pytest.mark.parametrize(
    "expression",
    ["February 3-2", "June-March 2003", "a few months ago", "recently", "the 1990s", "three years", "for decades", "3/11/2008",
     "two days later", "the past week", "this summer"],
)
def test_what_names_no_point_in_time_gives_nothing(expression):
    assert resolve(expression, D("2014-01-02")) is None


def test_relative_dates_need_the_article_date_absolute_ones_do_not():
    assert resolve("yesterday", None) is None and resolve("November 14", None) is None
    assert resolve("in March 2005", None) == When(D("2005-03-01"), "month")


def test_later_counts_from_the_date_named_before():
    previous = When(D("2012-11-14"), "day")
    assert resolve("two days later", D("2012-11-20"), previous=previous) == When(D("2012-11-16"), "day")
    assert resolve("a week earlier", None, previous=When(D("2012-11-01"), "month")) == When(
        D("2012-10-01"), "month")


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("February 30, 2008", "February 30, 2008: day 30 is not in month 2"),
        ("on 31 April", "on 31 April: day 31 is not in month 4"),
        ("in 3012", "in 3012: year 3012 is out of range (1000-2100)"),
        ("2008-13-01", "2008-13-01: month 13 does not exist"),
    ],
)
def test_impossible_dates_raise_with_the_reason(expression, message):
    with pytest.raises(BadDate) as err:
        resolve(expression, D("2008-03-02"))
    assert str(err.value) == message


def test_a_date_far_past_the_article_is_implausible():
    anchor = D("2008-03-02")
    assert implausible(When(D("2031-05-04"), "day"), anchor) == "2031-05-04 is far past the article date 2008-03-02"
    assert implausible(When(D("2008-12-01"), "month"), anchor) is None
    assert implausible(When(D("2012-01-01"), "year"), anchor) is not None
    assert implausible(When(D("2012-01-01"), "year"), anchor, future=True) is None  # "elections in 2012"
    assert implausible(When(D("2031-05-04"), "day"), None) is None


def test_weekday_modes_and_a_bad_one():
    friday = D("2014-01-03")
    assert [weekday_date(friday, 4, mode=m) for m in ("past", "future", "last", "next")] == [
        D("2014-01-03"), D("2014-01-03"), D("2013-12-27"), D("2014-01-10")]
    with pytest.raises(ValueError, match="unknown weekday mode 'soon'"):
        weekday_date(friday, 4, mode="soon")


def test_iso_date_reads_dates_and_date_times_only():
    assert iso_date("2013-04-12") == iso_date("2013-04-12T23:59:00Z") == D("2013-04-12")
    assert iso_date("12 April 2013") is iso_date(None) is iso_date("2013-02-30") is None


@pytest.mark.parametrize(
    ("text", "fallback", "expected"),
    [
        ("ISLAMABAD, Nov 3 (Reuters) - The army attacked.", "2013-11-20", "2013-11-03"),
        ("ISLAMABAD, Nov 3 (Reuters) - The army attacked.", None, None),
        ("PARIS, 18 November 2026 (GNW) – The vote failed.", None, "2026-11-18"),
        ("Thursday, November 13, 2008\nThe senate voted.", None, "2008-11-13"),
        ("Headline\nBy Jane Roe\nPosted on: 2013-11-03\nText.", None, "2013-11-03"),
        ("3 November 2013 - The senate voted.", None, "2013-11-03"),
        ("MQM - the party said on 3 November 2013 it would stay.", None, None),
        ("May 2013 - a review of the year", None, None),
    ],
)
def test_the_date_an_article_writes_at_its_head(text, fallback, expected):
    found = head_date(text, fallback=D(fallback) if fallback else None)
    assert found == (D(expected) if expected else None)
