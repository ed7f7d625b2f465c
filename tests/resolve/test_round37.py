"""Round 37 (from the errors of blind79, workplace e-mails, memos and minutes, and blind76, clinical notes): a
follow-up, return or repeat visit booked "in six weeks" is the day it falls on, not a length; a text that
writes its clock times in four digits ("0215", "2340") writes "at 1730" for 5.30 p.m. too, while elsewhere
"at 1900" stays a year; and a month that is also a given name ("April", "June", "August") before a surname
is a person ("Questions go to April Dunmore", "Present: ..., June Okafor, ...").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_WARD = ("Ward round 0815. Mr Hale was restless at 0240 and again at 2310. Physiotherapy saw him at 1420, and "
         "the registrar will review the drain at 1600.")

CASES = [
    # a visit booked some weeks ahead: the day it falls on
    ("Plan: return to the fracture clinic in 3 weeks for a new cast.", "2014-10-06", "3 weeks", "2014-10-27", "DATE"),
    ("I will see him again in clinic in six weeks, sooner if needed.", "2014-10-06", "six weeks", "2014-11-17",
     "DATE"),
    ("Follow-up: Dr. Marsh's clinic in one week.", "2014-10-06", "one week", "2014-10-13", "DATE"),
    ("Recommend a repeat ultrasound in 8 weeks after the course of antibiotics.", "2014-10-06", "8 weeks",
     "2014-12-01", "DATE"),
    # (a length still, told without a follow-up word or in the past)
    ("The cast came off in six weeks, and the wrist healed well.", "2014-10-06", "six weeks", "P6W", "DURATION"),
    ("The team returned in two weeks from the expedition.", "2014-10-06", "two weeks", "P2W", "DURATION"),
    # four-digit clock times in a text that writes them so
    (_WARD, "2019-11-05", "2310", "2019-11-05T23:10", "TIME"),
    (_WARD, "2019-11-05", "1420", "2019-11-05T14:20", "TIME"),
    (_WARD, "2019-11-05", "1600", "2019-11-05T16:00", "TIME"),
    ("Crew stood down at 2145. The engine returned to the station at 1900.", "2008-02-14", "1900",
     "2008-02-14T19:00", "TIME"),
    # (elsewhere a year)
    ("Wages were still at 1900 levels when the strike began.", "2008-02-14", "1900", "1900", "DATE"),
    # months as months, whatever follows
    ("In June Parliament voted the budget through.", "2013-09-10", "June", "2013-06", "DATE"),
    ("The August Bank Holiday traffic was the worst in years.", "2013-09-10", "The August Bank Holiday",
     "2013-08-26", "DATE"),
    ("Fees rose in March, June and August.", "2013-09-10", "June", "2013-06", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a given name that is also a month, before a surname
    ("Apologies: Omar Quist. Present: Lena Brook (chair), June Halloran, Theo Marks.", "2013-09-10", "June"),
    ("Any questions can go to April Fenwick in the payroll team.", "2013-09-10", "April"),
    ("Takings were down in July, August Pellow told the committee.", "2013-09-10", "August"),
    ("June Halloran agreed to draft the rota.", "2013-09-10", "June"),
    # four digits after "at" with no clock habit in the text, or an amount after them
    ("The old tower stood at 1730 until it fell.", "2013-09-10", "1730"),
    ("Paged at 2310; the climbers camped at 1500 metres.", "2013-09-10", "1500"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round37(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round37_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
