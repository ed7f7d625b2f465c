"""Round 52 (from the errors of blind110, sports results and previews, and blind111, election news from Africa,
Asia and Latin America): the "am" of a clock range before a weekday ("from 7am to 5pm on Monday") is no "am
to" of the future; the object after a past phrasal verb ("rain washed out play on Tuesday") is a noun, not a
schedule verb; a fixture's present-tense verb before "in Saturday's final" puts that day ahead, as "will"
does; and a stage or a race that "finishes" on a weekday is announced in the present, a schedule.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the "am" of a clock range is no verb
    ("Polling in the hill districts ran from 7am to 4pm on Monday, officials said.", "2016-05-11", "Monday",
     "2016-05-09", "DATE"),
    ("Polling in the hill districts ran from 7am to 4pm on Monday, officials said.", "2016-05-11", "7am",
     "2016-05-09T07:00", "TIME"),
    ("The ferry service ran from 6 am to 9 pm on Sunday despite the wind.", "2016-05-11", "Sunday",
     "2016-05-08", "DATE"),
    # ... but "I am to" still looks ahead
    ("\"I am to testify on Friday,\" the clerk wrote.", "2016-05-11", "Friday", "2016-05-13", "DATE"),
    # the object of a past phrasal verb is a noun
    ("Heavy rain washed out play on Tuesday at the county ground.", "1999-06-05", "Tuesday", "1999-06-01",
     "DATE"),
    ("Organisers called off racing on Thursday after the storm.", "1999-06-05", "Thursday", "1999-06-03",
     "DATE"),
    # a fixture's present verb before "in <weekday>'s"
    ("The two unbeaten clubs meet in Sunday's decider at Holloway Park.", "2016-05-19", "Sunday", "2016-05-22",
     "DATE"),
    ("Okafor faces the holder in Saturday's 200 metres, her last race of the season.", "2016-05-19", "Saturday",
     "2016-05-21", "DATE"),
    # ... a past one keeps it behind
    ("The two unbeaten clubs met in Sunday's decider at Holloway Park.", "2016-05-19", "Sunday", "2016-05-15",
     "DATE"),
    # a stage that finishes on a weekday
    ("The tenth stage on Friday finishes at a ski station above the lake.", "2009-07-14", "Friday",
     "2009-07-17", "DATE"),
    ("The rally finishes on Sunday in the old harbour.", "2009-07-14", "Sunday", "2009-07-19", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("The referee waved play on after the collision.", "1999-06-05", "play on"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round52(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round52_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
