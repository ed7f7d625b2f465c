"""Round 56 (from the errors of blind114, political speeches and their transcripts, and blind81, government,
police and agency press briefings): "four years ago tonight" is one TIME, this evening counted back; after
"for" (or "over", "during", "throughout") "the last decade" and "the next decade" are ten-year lengths; a
capitalized month before "Hill", "Heights", "Gardens" names a place; "Senate Bill 1994" is a bill's number;
a capitalized "Century" opening the name of a law or a fund ("the 21st Century Schools Act") is no century;
and "delivers" and "speaks" in the present simple schedule a speaker's engagement ahead.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "N years ago tonight": this evening, counted back
    ("Ten years ago tonight, the river broke its banks at the weir.", "2023-05-17", "Ten years ago tonight",
     "2013-05-17TNI", "TIME"),
    ("Two years ago tonight we lost the count by forty votes.", "2004-11-02", "Two years ago tonight",
     "2002-11-02TNI", "TIME"),
    # "for / over the last decade", "for the next decade": ten years
    ("For the last decade, the ferry has lost money every winter.", "2023-05-17", "the last decade", "P10Y",
     "DURATION"),
    ("Rents climbed steadily over the last decade, the survey found.", "2012-03-01", "the last decade", "P10Y",
     "DURATION"),
    ("The new kiln should keep the pottery busy for the next decade.", "2023-05-17", "the next decade", "P10Y",
     "DURATION"),
    # ... while "in the last decade of the century" stays the calendar decade
    ("The canal was dug in the last decade of the century.", "2012-03-01", "the last decade", "200", "DATE"),
    # a month still a month when no place word follows
    ("The bus to Kelby will stop running in May, the council said.", "2019-02-01", "May", "2019-05", "DATE"),
    # a year after "bill" in other words is still a year
    ("The bill passed the assembly in 1994.", "2003-05-17", "1994", "1994", "DATE"),
    # an ordinary century stays a century, capitals or not
    ("The chapel dates from the 19th Century.", "2023-05-17", "the 19th Century", "18", "DATE"),
    # "delivers", "speaks": a speaker's engagement ahead
    ("On Friday the senator delivers the keynote at a trade fair in Dayton.", "2011-05-10", "Friday",
     "2011-05-13", "DATE"),
    ("The mayor speaks Thursday at the opening of the new harbor wall.", "2011-05-10", "Thursday", "2011-05-12",
     "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a month naming a hill or a district
    ("The number 9 bus to May Hill now runs only twice a day.", "2019-07-11", "May Hill"),
    ("She has represented Ashford and May Hill since the by-election.", "2019-07-11", "May Hill"),
    ("New flats are going up on the edge of June Gardens.", "2019-07-11", "June Gardens"),
    # a bill's number
    ("Senate Bill 2004, which she filed last spring, would cap rent rises.", "2003-05-17", "Bill 2004"),
    ("Assembly Bill 1998 never left committee.", "2003-05-17", "Bill 1998"),
    # a capitalized "Century" opening a name
    ("Does the governor still back the 21st Century Libraries Act?", "2011-05-10", "21st Century"),
    ("Grants come from the 20th Century Heritage Fund.", "2011-05-10", "20th Century"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round56(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round56_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
