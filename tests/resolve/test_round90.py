"""Round 90 (from the errors of blind29, local life and culture, and blind20, hard news from outlets outside
the US): "over the past year" after a verb of change is the twelve months up to publication (DURATION P1Y),
but not in an existential "there has been ..." sentence, which dates the year before; the months that bound
a standing schedule told in the present ("is open weekends from May through October") are any year's
months; the bare hours of a range after an evening or a night, or starting at noon ("Saturday night, with a
band from 8 to 11", "Sunday from noon to 3"), are after noon; a sentence restating a figure "a year
earlier" compares it with the month the figure was given for; "the next Christmas" with its article counts
on from the time the story just named.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "over the past year": the twelve months up to publication ...
    ("Water bills in the valley have climbed steeply over the past year, tenants say.", "2021-09-14",
     "the past year", "P1Y", "DURATION"),
    # ... but an existential sentence dates the year before
    ("There has been a steady rise in bicycle thefts across the county over the past year.", "2021-09-14",
     "the past year", "2020", "DATE"),
    # a standing schedule's months are any year's ...
    ("The lighthouse museum is open Thursdays and weekends from April through October.", "2021-02-10",
     "April", "XXXX-04", "DATE"),
    ("The lighthouse museum is open Thursdays and weekends from April through October.", "2021-02-10",
     "October", "XXXX-10", "DATE"),
    # ... an announced run is dated
    ("The lighthouse museum will open Thursdays and weekends from April through October.", "2021-02-10",
     "April", "2021-04", "DATE"),
    # bare hours of a range after a night, or from noon
    ("The harvest dance is Friday night, with a fiddle band from 7 to 10.", "2019-09-04", "7",
     "2019-09-06T19:00", "TIME"),
    ("The harvest dance is Friday night, with a fiddle band from 7 to 10.", "2019-09-04", "10",
     "2019-09-06T22:00", "TIME"),
    ("The seed swap is Sunday from noon to 4 in the church hall.", "2019-09-04", "4", "2019-09-08T16:00",
     "TIME"),
    # a figure restated a year back: that month a year earlier ...
    ("Hostel beds in the city reached 2,310 in August, a record, the charity said. Most were in the north. "
     "The figure was 1,985 a year earlier.", "2022-11-20", "a year earlier", "2021-08", "DATE"),
    # ... but an event a year back is still the year
    ("Ridership reached 40,000 in August. A second line had opened a year earlier.", "2022-11-20",
     "a year earlier", "2021", "DATE"),
    # "the next Christmas" after a year the story named ...
    ("The bakery opened in 1996, and the next Christmas it sold out of stollen.", "2020-03-02",
     "the next Christmas", "1997-12-25", "DATE"),
    # ... "next Christmas" with no article is the coming one
    ("The bakery opened in 1996. It hopes to reopen by next Christmas.", "2020-03-02", "next Christmas",
     "2020-12-25", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round90(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


# A range of counts after an evening ("children from 8 to 11 years old") names no clock time.
NOT_TAGGED = [
    ("On Friday evening the library runs a club for children from 8 to 11 years old.", "2019-09-04", "8"),
]


@pytest.mark.parametrize("text, reference, phrase", NOT_TAGGED)
def test_round90_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None)
