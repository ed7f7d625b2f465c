"""Round 36 (from the errors of TBAQ, TimeBank + AQUAINT newswire): the n-th day of an event after "today
is" or a present "it is" ("Today is the ninth day of the blockade") is the day of publication, while the
first day of a month or a season stays what it was; "at a later date" is an unnamed time ahead
(FUTURE_REF); and "a week or so ago" is a point back from publication, hedged (mod APPROX), not the
duration "a week"; and a year before a car make, with a determiner or an owner before it ("his 1987
Buick Regal"), is the car's model year, untagged, while "the 1987 Ford strike" keeps its year; "to meet"
after "for <subject>" or an adjective of ability ("hard for the mill to meet orders") is an infinitive
without a tense of its own, so the verb governing it dates a season or a month after it.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

CASES = [
    # the n-th day of an event, told in the present
    ("Today is the ninth day of the blockade at the refinery gates.", "2004-06-17", "the ninth day", "2004-06-17",
     "DATE"),
    ("It's the third day of the heatwave and the reservoirs are low.", "2015-07-02", "the third day", "2015-07-02",
     "DATE"),
    ("It is the sixth day of talks between the two delegations.", "2009-11-24", "the sixth day", "2009-11-24",
     "DATE"),
    # a month keeps its own date
    ("It's the first day of April, and the pranks have begun.", "2016-04-01", "April", "2016-04", "DATE"),
    # an unnamed time ahead
    ("The trustees said the remaining grants would be paid at a later date.", "2011-05-09", "a later date",
     "FUTURE_REF", "DATE"),
    # a hedged point back from publication
    ("The ferry operator changed hands a year or so ago.", "2018-03-14", "a year or so ago", "2017", "DATE"),
    ("A week or so ago, the council quietly dropped the plan.", "2018-03-14", "A week or so ago", "2018-W10",
     "DATE"),
    ("Three months or so ago the bakery on the corner closed.", "2018-03-14", "Three months or so ago",
     "2017-12", "DATE"),
    # a year naming an event, not a car
    ("Veterans of the 1979 Chrysler strike met at the union hall.", "2009-05-04", "1979", "1979", "DATE"),
    ("In 1955 Buick sold more cars than ever.", "2009-05-04", "1955", "1955", "DATE"),
    # an infinitive "to meet" takes the tense of the verb governing it
    ("A shortage of glass made it hard for the brewery to meet orders through the summer.", "2012-10-18",
     "the summer", "2012-SU", "DATE"),
    ("Floods left the growers unable to meet their contracts in the spring.", "2012-10-18", "the spring",
     "2012-SP", "DATE"),
    ("It will be difficult for the two unions to meet in March.", "2012-10-18", "March", "2013-03", "DATE"),
    ("The two ministers are due to meet in March.", "2012-10-18", "March", "2013-03", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # the n-th day of a calendar period is no event day
    ("It's the first day of spring and the parks are full.", "2016-03-20", "the first day"),
    # a car's model year
    ("Police traced the woman's 1994 Buick Regal to a garage in Dayton.", "2001-08-30", "1994"),
    ("He restored a 1963 Volkswagen with parts from three countries.", "2001-08-30", "1963"),
    ("Their 1988 Toyota pickup was stolen from the drive.", "2001-08-30", "1988"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round36(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round36_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)


def test_round36_or_so_ago_is_approximate():
    found = {t.text: t for t in resolve("The ferry operator changed hands a year or so ago.", dt.date(2018, 3, 14))}
    assert found["a year or so ago"].mod == "APPROX"
