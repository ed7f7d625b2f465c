"""General gaps found by the thirteenth blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# The lead names the event's day and a later one in one sentence: the clock time after it is the event's.
_COMET = ("A research probe passed within 3,000 kilometers of a comet on Sunday, and the first images "
          "reached Earth early Monday, engineers said.\n\nThe closest pass came at 10:41 p.m. PDT, when the "
          "probe was moving at 12 kilometers per second.")
# The lead tells the state at publication, then the event "after" it: the story's day is the event's.
_POWER = ("Thousands of homes were still without power Friday after an ice storm brought down lines across "
          "the valley Thursday.\n\nThe first outages began at 4:10 a.m., the utility said. Crews expect to "
          "finish by New Year's Day. A repair truck that left the depot at 9:20 a.m. got stuck for two hours.")
# The lead's event told again after an account of the days before it: the lead's day.
_BALLOT = ("The mayor survived a recall ballot by 40 votes on Friday, ending a month of campaigning.\n\n"
           "On Wednesday, two aides resigned. Thursday night, the mayor's allies held a rally.\n\n"
           "The ballot, closed at 8 p.m. after a long day of voting, ended 5,210 to 5,170. The library will "
           "stay open until 9 p.m. on Fridays.")
_RANGE = "Polling stations are open from 8 a.m. to 9 p.m. Friday in all districts, the commission said."
_PAST_RANGE = "The museum was open from 10 a.m. to 4 p.m. Saturday, and 900 people came."
_LEFT = ("The fishing boat left port on March 3, 2021, with 14 crew. Its radio went dead on the second day, "
         "and the crew was rescued three days later.")
_STREAK = "The boat left port on March 3, 2021. Shares fell for the third day in a row."
_RECORD = "The city's record of 41 degrees was set in July 1947, the year of the great heat wave."
_AGO = ("A similar outage in May 2014 lasted a week. Bookings this year are up 6 percent from a year ago, "
        "the group said.")
_EARNINGS = ("Net profit for the January-March quarter rose 9 percent from a year earlier to 12 billion yen, "
             "the company said.")
_MATCH = "The semifinal lasted 3 hours, 52 minutes, the longest of the tournament."
_HOT = "\"At 3 o'clock this morning my kitchen was still at 30 degrees,\" one resident said."
_NAME = "A drawing by Jan Mertens was stolen from the gallery in Ghent, police said."
_JAN = "Sales rose in Jan. and again in February."
_RUSH = ("The signal failure started at 7:05 a.m., just as the morning rush began. Overnight lows stayed "
         "above 25 degrees. By midafternoon the trains were running again.")

CASES = [
    # -- clock times of the story's day --
    (_COMET, "2024-06-11", "10:41 p.m. PDT", "2024-06-09T22:41", "TIME"),
    (_POWER, "2025-12-26", "4:10 a.m.", "2025-12-25T04:10", "TIME"),
    (_POWER, "2025-12-26", "9:20 a.m.", "2025-12-25T09:20", "TIME"),
    (_BALLOT, "2024-06-14", "8 p.m.", "2024-06-14T20:00", "TIME"),
    (_BALLOT, "2024-06-14", "Thursday night", "2024-06-13TNI", "TIME"),
    # -- a range of clock times takes the day written after its second end --
    (_RANGE, "2024-06-11", "8 a.m.", "2024-06-14T08:00", "TIME"),
    (_RANGE, "2024-06-11", "9 p.m. Friday", "2024-06-14T21:00", "TIME"),
    (_PAST_RANGE, "2024-06-11", "10 a.m.", "2024-06-08T10:00", "TIME"),
    # -- anaphora --
    (_LEFT, "2022-02-16", "the second day", "2021-03-04", "DATE"),
    (_LEFT, "2022-02-16", "three days later", "2021-03-07", "DATE"),
    (_STREAK, "2022-02-16", "the third day", None, None),
    (_RECORD, "2022-02-16", "the year", "1947", "DATE"),
    (_AGO, "2017-12-21", "a year ago", "2016", "DATE"),
    # -- forms --
    (_EARNINGS, "2024-05-10", "the January-March quarter", "2024-Q1", "DATE"),
    (_EARNINGS, "2024-05-10", "a year earlier", "2023-Q1", "DATE"),
    (_EARNINGS, "2024-05-10", "January", None, None),
    (_MATCH, "2024-06-11", "3 hours, 52 minutes", "PT3H52M", "DURATION"),
    (_MATCH, "2024-06-11", "52 minutes", None, None),
    (_HOT, "2024-06-11", "3 o'clock this morning", "2024-06-11T03:00", "TIME"),
    (_RUSH, "2024-06-11", "midafternoon", "2024-06-11TAF", "TIME"),
    # -- no false friends --
    (_NAME, "2024-06-11", "Jan", None, None),
    (_JAN, "2024-06-11", "Jan.", "2024-01", "DATE"),
    (_RUSH, "2024-06-11", "the morning", None, None),
    (_RUSH, "2024-06-11", "Overnight", None, None),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind13_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_the_year_without_a_date_before_is_publication():
    check_phrase("Sales grew 6% in the year of the merger, the mill said.", "2025-02-12", "the year", "2025", "DATE")
