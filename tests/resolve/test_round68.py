"""Round 68 (from the errors of blind20, news from outlets outside the US, and blind14, radio and TV news
transcripts): a season after its position word ("slip to early summer", "by late autumn") is one
expression with its mod, whatever word comes before the position; the British "the year to March" names a
twelve-month reporting period, a DURATION of a year (not the bare month); and "the last decade", "the past
year" as the object of "spend" is a stretch of time (DURATION), not the calendar decade or year before.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a season with its position word, whatever comes before
    ("The bridge repairs could drag on to early summer, engineers warned.", "2017-02-10", "early summer",
     "2017-SU", "DATE"),
    ("The harvest will slip to late autumn, growers said.", "2017-02-10", "late autumn", "2017-FA",
     "DATE"),
    # "the year to <month>": a year-long reporting period
    ("Burglaries fell 9 per cent in the year to March, police figures show.", "2016-05-11", "the year to March",
     "P1Y", "DURATION"),
    ("The airport handled fewer passengers in the year to the end of June 2014.", "2014-09-20",
     "the year to the end of June 2014", "P1Y", "DURATION"),
    # the object of "spend": a stretch of time
    ("The orchestra has spent the last decade touring small towns.", "2019-03-02", "the last decade", "P10Y",
     "DURATION"),
    ("My neighbour spent the past year restoring an old boat.", "2019-03-02", "the past year", "P1Y", "DURATION"),
]

NOT_TAGGED = [
    # the bare month inside "the year to March" is no expression of its own
    ("Burglaries fell 9 per cent in the year to March, police figures show.", "2016-05-11", "March"),
    ("The bridge repairs could drag on to early summer, engineers warned.", "2017-02-10", "summer"),
]


@pytest.mark.parametrize("text,ref,phrase,value,ttype", CASES)
def test_round68(text, ref, phrase, value, ttype):
    check_phrase(text, ref, phrase, value, ttype)


@pytest.mark.parametrize("text,ref,phrase", NOT_TAGGED)
def test_round68_not_tagged(text, ref, phrase):
    check_phrase(text, ref, phrase, None, None, overlap_counts=False)
