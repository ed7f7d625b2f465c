"""Round 31 (from the errors of TBAQ, TimeBank + AQUAINT newswire): the second of two days joined by "and"
after a month ("on April 24 and 25") is a day of that month; "the day before last Tuesday('s hearing)" and
"the day after Friday's storm" are one day counted from the weekday; "high noon" as the showdown of the
idiom (or the film) is no time of day, while "at high noon" still is; and "tomorrow" in "the workers of
tomorrow" is the future in general, untagged, while "the end of tomorrow" and "tomorrow's session" stay
dated; "the first (last) two quarters of 1990" is that year's first (second) half, a hedge before it its
mod.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # two days of one month joined by "and"
    ("Delegates will gather in Tromso on October 14 and 15.", "2013-09-02", "15", "2013-10-15", "DATE"),
    ("The strike closed the port on March 3 and 4, the union said.", "2011-03-09", "4", "2011-03-04", "DATE"),
    ("Auditions are planned for May 20 and 21 in the old theatre.", "2017-04-11", "21", "2017-05-21", "DATE"),
    # a day counted from a weekday
    ("The day before last Thursday's verdict, the jurors toured the mill.", "2008-06-13",
     "The day before last Thursday", "2008-06-11", "DATE"),
    ("Two pickets were arrested the day after last Monday's rally.", "2019-11-21", "the day after last Monday",
     "2019-11-19", "DATE"),
    ("The day after Saturday's flood, volunteers filled sandbags.", "2014-02-11", "The day after Saturday",
     "2014-02-09", "DATE"),
    # "at high noon" still reads the clock
    ("The ribbon will be cut at high noon.", "2021-07-01", "high noon", "2021-07-01T12:00", "TIME"),
    # two quarters of a year: its half
    ("Shipments will lag through the first two quarters of 2027, the maker warned.", "2026-11-03",
     "the first two quarters of 2027", "2027-H1", "DATE"),
    ("Demand may stay soft for at least the first two quarters of 2027.", "2026-11-03",
     "at least the first two quarters of 2027", "2027-H1", "DATE"),
    ("Rents climbed in the last two quarters of 2025.", "2026-11-03", "the last two quarters of 2025", "2025-H2",
     "DATE"),
    # the day tomorrow still is
    ("Bids close at the end of tomorrow.", "2021-07-01", "tomorrow", "2021-07-02", "DATE"),
    ("The agenda of tomorrow's meeting runs to four pages.", "2021-07-01", "tomorrow", "2021-07-02", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a count after "and", not a day
    ("Rescuers found him on June 3 and 4 others the next week.", "2016-06-20", "4 others"),
    # the idiom and the film
    ("For the ruling party, the budget vote is high noon.", "2010-05-05", "high noon"),
    ("The club showed the western ``High Noon'' on the lawn.", "2010-05-05", "Noon"),
    # the future in general
    ("The academy trains the engineers of tomorrow.", "2012-09-12", "tomorrow"),
    ("Planners sketched the cities of tomorrow for the exhibition.", "2012-09-12", "tomorrow"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round31(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round31_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
