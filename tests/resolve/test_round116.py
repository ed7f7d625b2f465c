"""Round 116 (from the errors of blind29, local life and culture, and blind16, long-form analysis and
retrospectives): "the turn of the century" is the year closing the century nearest the year in focus, on the side
its clause points to; "the coming decades" is the open future, not a length (while "the coming years" stays one);
"every third Friday of the month" is that weekday of every month; "skipped dozens of bridges in the county during
the spring", told in January, is the spring gone by; "with eight months to go before the Oct. 6 vote" counts down to
a day ahead; "for the next month" is a month-long stretch.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the turn of a century: nearest the latest year named before it
    ("The mill opened in 1896, and around the turn of the century it employed 300 weavers.", "2013-06-11",
     "the turn of the century", "1900", "DATE"),
    # after "since", not later than the year in focus: walls standing by 1968 stood since 1900
    ("Between 1958 and 1968 the town rebuilt its seawalls, most of which had stood since the turn of the century.",
     "1997-06-11", "the turn of the century", "1900", "DATE"),
    # ahead of publication in a future clause
    ("Planners say the county will top one million people by the turn of the century.", "1989-06-11",
     "the turn of the century", "2000", "DATE"),
    # no year named: the turn nearest publication
    ("Rents in the district have doubled since the turn of the century.", "2016-06-11",
     "the turn of the century", "2000", "DATE"),
    # counter: the turn of the year is no century
    ("Prices usually ease after the turn of the year.", "2016-06-11", "the turn of the century", None, None),
    # the coming decades: the open future
    ("Engineers expect the coast to lose ground in the coming decades.", "2021-06-11", "the coming decades",
     "FUTURE_REF", "DATE"),
    # counter: the coming years stay a length
    ("The club will spend the coming years paying off its new stand.", "2021-06-11", "the coming years",
     "PXY", "DURATION"),
    # every Nth weekday of the month: that weekday of every month, the extent ending at the weekday
    ("The gallery stays open late every third Friday of the month.", "2021-06-11", "every third Friday",
     "XXXX-XX-WXX-5", "SET"),
    ("A swap meet is held every first Saturday at the depot.", "2021-06-11", "every first Saturday",
     "XXXX-XX-WXX-6", "SET"),
    # counter: "the Nth weekday of each month" stays a monthly recurrence
    ("The board meets the second Tuesday of each month.", "2021-06-11", "the second Tuesday of each month",
     "P1M", "SET"),
    # a past verb before its object and place, then "during the spring", told in January: the spring gone by
    ("Inspectors said crews skipped dozens of bridges in the county during the spring.", "2019-01-22",
     "the spring", "2018-SP", "DATE"),
    # counter: a plan for the spring ahead
    ("Inspectors said crews will check dozens of bridges in the county during the spring.", "2019-01-22",
     "the spring", "2019-SP", "DATE"),
    # "for the next month": a month-long stretch ahead
    ("The lifeboat will stay at the yard for the next month while its engine is rebuilt.", "2022-03-14",
     "the next month", "P1M", "DURATION"),
    # counter: "for the coming year" is the year itself
    ("The council will set out its spending plans for the coming year on Tuesday.", "2022-12-14",
     "the coming year", "2023", "DATE"),
    # a countdown to a day: ahead of publication
    ("With eight months to go before the Oct. 6 vote, the mayor leads in the polls.", "2027-02-03", "Oct. 6",
     "2027-10-06", "DATE"),
    # counter: a day told after the fact
    ("Three months after the Oct. 6 vote, the mayor has yet to name a deputy.", "2027-01-12", "Oct. 6",
     "2026-10-06", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round116(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
