"""Round 51 (from the errors of blind108, police blotters and crime logs, and blind67, announcements, calls
and schedules): a log entry's heading "Tuesday, 6:30 p.m.:" (a weekday, a comma and a clock time closed by a
colon or a dash) is one TIME on the last such weekday before publication; a numeric date, a comma and a
four-digit clock time with "hours" ("04/22/09, 1645 hours") is one TIME; an approximation before a clock
time with a month and day after it ("around 2:30 a.m. June 4") belongs to the whole; "AoE" (Anywhere on
Earth) is a time zone after a clock time; and a car's, a tractor's or a motorcycle's model year is no date
also with a colour or a state before it ("a silver 2004 Pontiac") or a truck or farm make after it ("a 1987
John Deere tractor").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a log entry's heading: weekday, comma, clock time, then a colon or a dash
    ("Tuesday, 6:30 p.m.: A man reported that his shed was broken into.", "2010-06-11", "Tuesday, 6:30 p.m.",
     "2010-06-08T18:30", "TIME"),
    ("Incidents this week. Friday, 4:05 p.m.: A clerk at the hardware store said a drill was taken.",
     "2010-06-11", "Friday, 4:05 p.m.", "2010-06-04T16:05", "TIME"),
    ("Calls for service. Sunday, 1:20 a.m. - A caller on Pine Street heard glass breaking.", "2013-09-18",
     "Sunday, 1:20 a.m.", "2013-09-15T01:20", "TIME"),
    # a numeric date, a comma and a four-digit clock time with "hours"
    ("04/22/09, 1645 hours: A clerk reported a shoplifter at the corner market.", "2009-04-28",
     "04/22/09, 1645 hours", "2009-04-22T16:45", "TIME"),
    ("Log entries follow. 11/02/15, 0320 hours: A deputy checked a parked van on Mill Road.", "2015-11-06",
     "11/02/15, 0320 hours", "2015-11-02T03:20", "TIME"),
    # an approximation before a clock time and a month and day
    ("The fire started at around 2:30 a.m. June 4 in a vacant shop.", "2015-06-08", "around 2:30 a.m. June 4",
     "2015-06-04T02:30", "TIME"),
    ("Witnesses said the van hit the post at about 10:45 p.m. Oct. 2 near the depot.", "2015-10-06",
     "about 10:45 p.m. Oct. 2", "2015-10-02T22:45", "TIME"),
    # Anywhere on Earth, the zone of deadlines
    ("Posters must be uploaded by 11:59 p.m. AoE on the day of the deadline.", "2019-02-14", "11:59 p.m. AoE",
     "2019-02-14T23:59", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # model years with a colour or state before them, and truck or farm makes
    ("Deputies stopped a maroon 1998 Buick Century on the bypass.", "2016-02-12", "1998"),
    ("Officers later found a stolen 2011 Honda Civic behind the rink.", "2016-02-12", "2011"),
    ("A farmer told police a 1979 John Deere tractor was missing from his barn.", "2016-02-12", "1979"),
    ("She drove off in her white 2007 Kia Rio.", "2016-02-12", "2007"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round51(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round51_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
