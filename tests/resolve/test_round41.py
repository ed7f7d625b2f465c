"""Round 41 (from the errors of blind99, accident and incident investigation reports, and blind88, astronomy
and sky-watching columns): "the first quarter of an hour" (and "the last" or "the final" one) is fifteen
minutes, a DURATION, never the calendar quarter that "the first quarter" alone names; a clock time told just
before a day's part with its day ("at 10 pm on Monday night", "at 2340 the previous evening") is a time in
that part, on its day, and the small hours of an evening or a night are the next day ("between 10 pm and 2 am
on Monday night": 2 am is Tuesday's, 10 pm Monday's).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # fifteen minutes counted from the start or the end of something
    ("Most of the damage was done within the first quarter of an hour, the fire chief said.", "2015-04-02",
     "the first quarter of an hour", "PT15M", "DURATION"),
    ("The last quarter of an hour of the flight was flown by hand.", "2015-04-02",
     "The last quarter of an hour", "PT15M", "DURATION"),
    ("Nobody spoke during the final quarter of an hour of the hearing.", "2015-04-02",
     "the final quarter of an hour", "PT15M", "DURATION"),
    # a clock time before a day's part with its day
    ("Watchers will get the best view at 11 pm on Thursday night, the club said.", "2011-03-06",
     "11 pm", "2011-03-10T23:00", "TIME"),
    ("Watchers will get the best view between 11 pm and 3 am on Thursday night.", "2011-03-06",
     "11 pm", "2011-03-10T23:00", "TIME"),
    ("Watchers will get the best view between 11 pm and 3 am on Thursday night.", "2011-03-06",
     "3 am", "2011-03-11T03:00", "TIME"),
    ("The trawler docked on 4 May. She had left port at 2215 the previous evening.", "2011-06-01",
     "2215", "2011-05-03T22:15", "TIME"),
    ("The gallery will open its doors at 9 a.m. on Saturday morning.", "2011-03-06", "9 a.m.",
     "2011-03-12T09:00", "TIME"),
    # a time the part cannot hold takes no day from it
    ("The gallery will open at 3 pm on Saturday night.", "2011-03-06", "3 pm", "2011-03-06T15:00", "TIME"),
    # the calendar quarter stays a quarter
    ("Ticket sales slipped in the first quarter, the operator said.", "2015-04-02", "the first quarter",
     "2015-Q1", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round41(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
