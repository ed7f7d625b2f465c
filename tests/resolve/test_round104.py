"""Round 104 (from the errors of blind136, education news, and blind135, religious and cultural calendars): the
standing hours of a school's day ("classes will begin at 7:25 a.m.", "with the school day ending at 3.20pm",
"two sections meeting at 8 a.m. and 6 p.m.") are the times of every such day, of no one day, unless a day is
named right after ("classes begin at 9am on Monday"); "last Thursday night" keeps its part of the day, one TIME
as "next Sunday afternoon"; "lunchtime yesterday" is the middle of that day (TMI); "nightly" is every night
(XXXX-XX-XXTNI, as "every night"), not a bare P1D, and "fortnightly" stays P2W; "will be offered Saturday
morning revision classes from 9am to 12.30pm": the weekday's part of day naming sessions is each such weekday's
(XXXX-WXX-6TMO), and the sessions' hours are of no one day; "the season of Lent that leads to Easter": the goal
a season leads to, told in a relative clause, is no day later clock times and "that day" refer to.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a school day's standing hours
    ("From next month, middle school classes will begin at 8:05 a.m., a quarter hour later than now.",
     "2015-08-20", "8:05 a.m.", "XXXX-XX-XXT08:05", "TIME"),
    ("Pupils will have more sport, with the school day ending at 3.45pm.", "2015-08-20", "3.45pm",
     "XXXX-XX-XXT15:45", "TIME"),
    ("The course has been divided into two sections meeting at 9 a.m. and 7 p.m.", "2015-08-20", "7 p.m.",
     "XXXX-XX-XXT19:00", "TIME"),
    # counter: a day named right after the time makes it that day's
    ("Because of the storm, classes will begin at 10 a.m. on Thursday.", "2015-08-18", "10 a.m.",
     "2015-08-20T10:00", "TIME"),
    # counter: a one-off event's start is no school hour
    ("On Thursday the hearing will begin at 10 a.m. in the county court.", "2015-08-18", "10 a.m.",
     "2015-08-20T10:00", "TIME"),
    # a weekday's part of day naming a course's sessions: each such weekday; their hours of no one day
    ("Sixth formers will be offered Sunday afternoon study sessions from 2pm to 5pm before the exams.",
     "2015-08-19", "Sunday afternoon", "XXXX-WXX-7TAF", "SET"),
    ("Sixth formers will be offered Sunday afternoon study sessions from 2pm to 5pm before the exams.",
     "2015-08-19", "2pm", "XXXX-XX-XXT14:00", "TIME"),
    ("Tutors will give extra lessons between 4pm and 6pm during the fortnight.", "2015-08-19", "4pm",
     "XXXX-XX-XXT16:00", "TIME"),
    # counter: one day's part of day before a singular event stays that day's
    ("The head will address parents at a Sunday afternoon meeting in the hall.", "2015-08-19",
     "Sunday afternoon", "2015-08-23TAF", "TIME"),
    # the goal a season leads to, told in a relative clause, is no day of the story
    ("It is Ash Wednesday, the start of the season that leads to Easter, and the abbey will hold three "
     "services, the first at 8 a.m.. Monks fast that day.", "2026-02-16", "that day", "2026-02-18", "DATE"),
    ("It is Ash Wednesday, the start of the season that leads to Easter, and the abbey will hold three "
     "services, the first at 8 a.m.. Monks fast that day.", "2026-02-16", "8 a.m.", "2026-02-18T08:00", "TIME"),
    # counter: a holiday told as the day of the story stays the anchor
    ("It is Ash Wednesday, and the abbey will be full again at Easter. Monks feast that day.", "2026-02-16",
     "that day", "2026-04-05", "DATE"),
    # last <weekday> <part of day>: one TIME with its part of the day
    ("The committee said last Friday night that it had found no wrongdoing.", "2015-08-19",
     "last Friday night", "2015-08-14TNI", "TIME"),
    ("The ferry left last Monday morning with 40 passengers.", "2015-08-19", "last Monday morning",
     "2015-08-17TMO", "TIME"),
    # counter: a bare "last Friday" stays a day
    ("The committee met last Friday.", "2015-08-19", "last Friday", "2015-08-14", "DATE"),
    # lunchtime yesterday / tomorrow
    ("The bakery sold out at lunchtime yesterday.", "2015-08-19", "lunchtime yesterday", "2015-08-18TMI", "TIME"),
    ("Entries close at lunchtime tomorrow.", "2015-08-19", "lunchtime tomorrow", "2015-08-20TMI", "TIME"),
    # counter: "lunchtime" apart from the day word leaves the day alone
    ("The lunchtime queue yesterday was short.", "2015-08-19", "yesterday", "2015-08-18", "DATE"),
    # nightly
    ("The mosque will host nightly dinners for the whole month.", "2015-08-19", "nightly", "XXXX-XX-XXTNI", "SET"),
    # counter: daily stays P1D, fortnightly P2W
    ("The mosque will host daily dinners for the whole month.", "2015-08-19", "daily", "P1D", "SET"),
    ("The youth club meets fortnightly in the church hall.", "2015-08-19", "fortnightly", "P2W", "SET"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round104(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
