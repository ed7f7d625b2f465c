"""Round 61 (from the errors of blind76, clinical notes, and blind27, culture, entertainment, travel and
consumer news): the shopping days named from Thanksgiving ("Black Friday", the Friday after it, and "Cyber
Monday", the Monday after that) are holidays of their own, the whole name one expression, written with a
capital ("a black Friday for the markets" is no shopping day); and a holiday followed by "last year" or
"next year" ("Easter last year", "Christmas next year") is one expression, the holiday of the year before
(after) the publication year, as "June last year" is that month. The first or last three months of a year
are its first or last quarter ("the final three months of 2023", "the first three months of the year"), one
expression as "the first six months of the year" is its first half.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the shopping days after Thanksgiving
    ("Queues formed outside the outlet mall before dawn on Black Friday.", "2019-12-02", "Black Friday",
     "2019-11-29", "DATE"),
    ("Retailers expect Cyber Monday to be the busiest online day of the season.", "2019-11-20", "Cyber Monday",
     "2019-12-02", "DATE"),
    ("The toy chain will open at 5 a.m. on Black Friday, a spokesman said.", "2018-10-30", "Black Friday",
     "2018-11-23", "DATE"),
    # a holiday with "last year" / "next year"
    ("Road deaths over Easter last year were the lowest on record.", "2016-07-11", "Easter last year",
     "2015-04-05", "DATE"),
    ("The gallery kept its doors shut on Christmas last year for repairs.", "2011-01-04", "Christmas last year",
     "2010-12-25", "DATE"),
    ("Hotel bookings for Thanksgiving next year already outpace this year's.", "2014-12-01",
     "Thanksgiving next year", "2015-11-26", "DATE"),
    # the first or last three months of a year: its first or last quarter, one expression
    ("Subscriptions fell in the last three months of 2017, the streaming service said.", "2018-02-01",
     "the last three months of 2017", "2017-Q4", "DATE"),
    ("Ticket sales rose 8 percent in the first three months of 2016.", "2016-05-03",
     "the first three months of 2016", "2016-Q1", "DATE"),
    ("The museum expects crowds to thin in the final three months of the year.", "2016-05-03",
     "the final three months of the year", "2016-Q4", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round61(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


# Nothing overlapping the phrase may be tagged as the shopping day (the weekday alone may be).
NOT_SHOPPING_DAY = [
    ("It was a black Friday for the copper miners.", "2019-12-02", "black Friday"),
]


@pytest.mark.parametrize("text, reference, phrase", NOT_SHOPPING_DAY)
def test_round61_not_shopping_day(text, reference, phrase):
    from timeline.resolve import resolve
    import datetime as dt
    found = [t.text for t in resolve(text, dt.date.fromisoformat(reference))]
    assert phrase not in found

