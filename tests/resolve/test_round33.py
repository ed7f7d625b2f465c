"""Round 33 (from the errors of blind88, astronomy and sky-watching columns, and blind89, transcribed podcasts,
radio call-ins and interviews): "every single" before a weekday or a part of the day is a SET; "the other day"
is PAST_REF; "first thing tomorrow" is tomorrow morning; "two years back" is "two years ago"; "UT" is a time
zone; "can" just before a weekday offers a day still to come; the sky's timetable in the present ("the Moon
rises", "Jupiter clears the trees") looks ahead; a hedged 24-hour clock time keeps its hedge ("about 22:45"),
and a presenter's "It's 7:08" is a clock time; "the evening of the 3rd" and "this Friday morning" are one TIME
each; "the spring of '62", "October of '88" and "March of last year" are one DATE each; "for the past year" is
a duration; "she's booked till mid-February" looks ahead, and so does a clause opened by a bare verb and an
object pronoun ("Prune it hard in the autumn"); "12 times a second" is a SET; and four digits with a letter
code ("box 1852-C") are no year.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "every single" before a weekday or a part of the day
    ("She swims laps every single morning before the office opens.", "2013-08-22", "every single morning",
     "XXXX-XX-XXTMO", "SET"),
    ("We drove to my aunt's every single Sunday when I was small.", "2005-02-03", "every single Sunday",
     "XXXX-WXX-7", "SET"),
    # a recent day not dated
    ("A listener emailed the other day about her noisy boiler.", "2007-06-19", "the other day", "PAST_REF",
     "DATE"),
    # the start of tomorrow's working day
    ("The vet will check the cast first thing tomorrow, the owner said.", "2003-10-14", "first thing tomorrow",
     "2003-10-15TMO", "TIME"),
    # spoken "back" for "ago"
    ("I relaid that patio maybe four years back, sand and all.", "2019-12-16", "four years back", "2015",
     "DATE"),
    # Universal Time
    ("The flare peaked at 04:51 UT, according to the observatory.", "2005-01-16", "04:51 UT",
     "2005-01-16T04:51", "TIME"),
    ("The next forecast is due at 12:00 UT tomorrow.", "2005-01-16", "12:00 UT tomorrow", "2005-01-17T12:00",
     "TIME"),
    # an offer for a weekday
    ("The electrician can come Friday between 9 a.m. and noon.", "2019-12-16", "Friday", "2019-12-20",
     "DATE"),
    # the sky's timetable in the present
    ("On Thursday the Moon rises at 8:40 pm, low in the east.", "2003-08-09", "Thursday", "2003-08-14",
     "DATE"),
    ("Saturn clears the treetops by 11 pm on Friday, well after dusk.", "2003-08-09", "Friday", "2003-08-15",
     "DATE"),
    # a hedged 24-hour clock time; the time given on air
    ("Watchers should be at the pier by about 21:50 to catch it.", "1995-05-11", "about 21:50",
     "1995-05-11T21:50", "TIME"),
    ("Good morning, it's 6:42 and the ring road is already jammed.", "2011-04-08", "6:42", "2011-04-08T06:42",
     "TIME"),
    # the part of a day of the month in focus
    ("The festival comes back in June, with fireworks on the evening of the 14th.", "2023-05-17",
     "the evening of the 14th", "2023-06-14TEV", "TIME"),
    # a season or a month of an apostrophe year; a month of last year
    ("My father opened the shop in the autumn of '74, on a shoestring.", "2021-05-30", "the autumn of '74",
     "1974-FA", "DATE"),
    ("The old mill burned down in October of '88, a neighbour recalled.", "2021-05-30", "October of '88",
     "1988-10", "DATE"),
    ("The dining room has been shut since April of last year.", "2021-05-30", "April of last year", "2020-04",
     "DATE"),
    # the part of the day of this week's weekday
    ("We are broadcasting live from the pier this Friday morning.", "2011-04-06", "this Friday morning",
     "2011-04-08TMO", "TIME"),
    # a present state in a contraction, with "till"
    ("The tiler told me she's booked till mid-February.", "2019-12-16", "mid-February", "2020-02", "DATE"),
    # an instruction: a bare verb and its object pronoun open the clause
    ("Prune it hard in the autumn and feed it in May.", "2024-03-13", "the autumn", "2024-FA", "DATE"),
    ("Honestly? Start him Sunday, the matchup is too good.", "2003-10-14", "Sunday", "2003-10-19", "DATE"),
    # a rate per second
    ("The beacon blinks 12 times a second when the battery is low.", "2026-02-08", "12 times a second", "PT1S",
     "SET"),
    # a stretch of one unit up to now
    ("Honestly, for the past year every update has broken something.", "2007-06-19", "the past year", "P1Y",
     "DURATION"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # four digits with a letter code
    ("The deeds are kept in box 1852-C at the county archive.", "2009-11-27", "1852"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round33(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round33_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
