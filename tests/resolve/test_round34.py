"""Round 34 (from the errors of blind90, contracts, terms and notices, and blind82, start-ups, venture funding
and crypto-asset markets): a number in words glossed with its digits in brackets ("thirty (30) days") is one
duration; "the first of each month" is that day of every month; the first month of a range takes the year
said from now after the second ("from September to November last year"); a date that opens a span running up
to now ("since its launch in May 2016", "... 2019. Since then") sets no scene for the year-less dates after
it; "listed for" schedules what follows, as "set for" does; a year of the next century after a preposition
of time ("by 2100") is a year; and a weekday naming a firm ("Tuesday Capital"), a month that is the first
name of a person set in apposition or followed by her role ("May Ellery, secretary"), and "current" before
the terms, policy or pace in force are no dates.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a number in words glossed with its digits
    ("The tenant must settle the invoice within twenty (20) days of demand.", "2012-05-02", "twenty (20) days",
     "P20D", "DURATION"),
    ("Faulty goods will be collected within five (5) days of your call.", "2012-05-02", "five (5) days", "P5D",
     "DURATION"),
    ("The agreement runs for an initial term of two (2) years from signature.", "2012-05-02", "two (2) years",
     "P2Y", "DURATION"),
    ("Notice must be given at least fifteen (15) working days before the move.", "2012-05-02",
     "at least fifteen (15) working days", "P15D", "DURATION"),
    # a day of every month named by an ordinal word
    ("Club dues are payable on the first of each month.", "2012-05-02", "the first of each month", "XXXX-XX-01",
     "SET"),
    ("The newsletter goes out on the tenth day of every month.", "2012-05-02", "the tenth day of every month",
     "XXXX-XX-10", "SET"),
    # the first month of a range takes the year said after the second
    ("The ministry, set up in 2019, held consultations from October to December last year.", "2024-03-05",
     "October", "2023-10", "DATE"),
    ("Engineers, who first surveyed the line in 2021, will close it between June and August next year.",
     "2024-03-05", "June", "2025-06", "DATE"),
    # a date that opens a span running up to now sets no scene
    ("In the two years since its launch in May 2016, the app has gained a million users. It opened a Paris "
     "office in February.", "2018-06-20", "February", "2018-02", "DATE"),
    ("The original lease expired on 31 March 2019. Since then you have occupied the flat as a monthly tenant. "
     "Service charges for May and June are overdue.", "2021-11-10", "May", "2021-05", "DATE"),
    # "listed for" schedules what follows
    ("The full hearing listed for September was cancelled yesterday.", "2025-03-19", "September", "2025-09",
     "DATE"),
    # a year of the next century
    ("Scientists expect the glacier to vanish by 2120, the report said.", "2022-02-16", "2120", "2120", "DATE"),
    ("The last coins will not be issued until 2135.", "2022-02-16", "2135", "2135", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a weekday naming a firm
    ("Figures from the research house Sunday Analytics showed a sharp drop.", "2021-05-16", "Sunday"),
    ("Tuesday Ventures, which backs payment start-ups, led the round.", "2021-05-16", "Tuesday"),
    # a month that is a person's first name
    ("The form was countersigned by May Ellery, secretary, on behalf of the club.", "2021-05-16", "May"),
    ("Please write to our complaints officer, June Farrant, at the address above.", "2021-05-16", "June"),
    # the terms, policy or pace in force
    ("The current terms remain in force until the new ones are published.", "2021-05-16", "current"),
    ("At the current pace the reservoir will run dry within weeks.", "2021-05-16", "current"),
    ("Claims made before then are handled under the current policy.", "2021-05-16", "current"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round34(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round34_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
