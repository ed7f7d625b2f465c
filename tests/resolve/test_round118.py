"""Round 118 (from the errors of blind71, health guidance and public-health notices, and blind89, transcribed
talk): the hours of an advisory or a standing permission ("urged residents to avoid going outside between noon
and 3 pm", "relatives will be admitted only between 3 p.m. and 7 p.m.") and the sample times of a schedule
("take the tablets through the day, for example at 8am, 2pm and 8pm") are hours of every day, of no one day; a
weekday opening the sentence right after one naming the weekend ("The weekend looks dry. Saturday, sunny") is a
day of that weekend.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # an advisory's hours: of every day the advice stands
    ("With the heatwave set to last, officials urged residents to avoid going outside between noon and 3 pm.",
     "2022-07-14", "3 pm", "XXXX-XX-XXT15:00", "TIME"),
    ("With the heatwave set to last, officials urged residents to avoid going outside between noon and 3 pm.",
     "2022-07-14", "noon", "XXXX-XX-XXT12:00", "TIME"),
    # counter: an advisory for one day's hours keeps that day
    ("Officials urged residents to avoid going outside between noon and 3 pm today.",
     "2022-07-14", "noon", "2022-07-14T12:00", "TIME"),
    # counter: avoiding a place during one event's hours is that day's
    ("Drivers should avoid Harbour Road between 9 a.m. and 11 a.m. while the parade passes.",
     "2022-07-14", "9 a.m.", "2022-07-14T09:00", "TIME"),
    # a standing permission's hours
    ("Under the ward's new policy, relatives will be admitted only between 3 p.m. and 7 p.m.",
     "2021-01-09", "7 p.m.", "XXXX-XX-XXT19:00", "TIME"),
    # counter: one day's admission
    ("Relatives will be admitted only between 3 p.m. and 7 p.m. on Sunday.",
     "2021-01-09", "7 p.m.", "2021-01-10T19:00", "TIME"),
    # sample times of a schedule: of every day kept so
    ("Take the tablets at even intervals, for example at 8am, 2pm and 8pm, with food.",
     "2015-03-02", "8am", "XXXX-XX-XXT08:00", "TIME"),
    ("Take the tablets at even intervals, for example at 8am, 2pm and 8pm, with food.",
     "2015-03-02", "2pm", "XXXX-XX-XXT14:00", "TIME"),
    ("Take the tablets at even intervals, for example at 8am, 2pm and 8pm, with food.",
     "2015-03-02", "8pm", "XXXX-XX-XXT20:00", "TIME"),
    # counter: sample times of one day named after the list
    ("Several doses were late, for example at 8am, 2pm and 8pm on Monday.",
     "2015-03-04", "8pm", "2015-03-02T20:00", "TIME"),
    ("Several doses were late, for example at 8am on Monday.",
     "2015-03-04", "8am", "2015-03-02T08:00", "TIME"),
    # a weekday opening the sentence right after the weekend's: a day of that weekend
    ("Our outlook for the weekend is bright. Saturday, clear skies and a high of 72.",
     "2019-05-09", "Saturday", "2019-05-11", "DATE"),
    # counter: another sentence between, in the past tense: the Saturday gone by
    ("Our outlook for the weekend is bright. The fair closed early. Saturday was a washout.",
     "2019-05-09", "Saturday", "2019-05-04", "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,ttype", CASES)
def test_round118(text, dct, phrase, value, ttype):
    check_phrase(text, dct, phrase, value, ttype)
