"""Round 30 (from the errors of blind81, government and police briefings, and blind83, food and lifestyle
features): four-digit clock times with "Z" (Zulu) in military copy, alone or with their deictic day; a text
that writes its dates in words day first ("3 October 2011") reads its ambiguous slash dates day first; "over
the next hour" is a duration; a breakdown or total "for" a month measures the latest begun; "END 2:10 P.M."
closing a transcript is on the day of the transcript; and a month or a day naming a street ("Ash Lane") and
the last group of a phone number are no dates.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # Zulu clock times
    ("The summary runs from 0500Z yesterday until noon.", "2007-03-22", "0500Z yesterday", "2007-03-21T05:00",
     "TIME"),
    ("Flights resume at 1630Z tomorrow, the task force said.", "2007-03-22", "1630Z tomorrow",
     "2007-03-23T16:30", "TIME"),
    ("The bridge was reopened at 0910Z this morning.", "2007-03-22", "0910Z this morning", "2007-03-22T09:10",
     "TIME"),
    ("A supply column reached the outpost at 1315Z, a spokesman said.", "2007-03-22", "1315Z",
     "2007-03-22T13:15", "TIME"),
    ("On 18 March at 2245Z a helicopter landed near the dam.", "2007-03-22", "2245Z", "2007-03-18T22:45",
     "TIME"),
    # the order of the dates in words decides the ambiguous slash dates
    ("Jars filled on 3 October 2011 are being withdrawn; check for a use-by date of 04/10/11.", "2011-10-20",
     "04/10/11", "2011-10-04", "DATE"),
    ("Jars filled on October 3, 2011 are being withdrawn; check for a use-by date of 04/10/11.", "2011-10-20",
     "04/10/11", "2011-04-10", "DATE"),
    # one hour run through
    ("Over the next hour, baste the lamb twice with its juices.", "2014-04-18", "the next hour", "PT1H",
     "DURATION"),
    ("Winds should ease over the coming hour, the coastguard said.", "2014-04-18", "the coming hour", "PT1H",
     "DURATION"),
    # a breakdown of figures for a month
    ("The office will release the national total on Thursday, with a breakdown by county for March.",
     "2018-04-09", "March", "2018-03", "DATE"),
    # the closing time of a transcript
    ("MR. ODUYA: We will have more on that tomorrow. Thank you.\n\nEND 2:10 P.M. EST", "2009-01-13",
     "2:10 P.M. EST", "2009-01-13T14:10", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a month or a day naming a street
    ("The van was found abandoned on March Lane after midnight.", "2003-11-02", "March"),
    ("The family lived at 12 June Street for forty years.", "2003-11-02", "June"),
    ("A burst main flooded Sunday Road in the town centre.", "2003-11-02", "Sunday"),
    # the last group of a phone number
    ("Anyone with information should call 0845 600 1999 in confidence.", "2003-11-02", "1999"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round30(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round30_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
