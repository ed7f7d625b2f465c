"""Round 145 (cross-set class: weekdays and day times in schedules, listings and present-tense announcements read
as the past week): a bill told in the present with a plural or named act ("the Velvet Owls headline Saturday
night") is ahead, while "a headline on Saturday" is the noun; a present passive keeps its timetable reading past
the clock time told before the day ("the lights are switched on at 7pm on Sunday"), not "were switched on"; a
preview held in the present ("members get a preview Friday evening") is to come, not one an infinitive hangs on
a past verb ("were invited to get a preview"); a day told first, then a plural subject and a schedule verb in its
base form ("On Thursday, polls open at 7 a.m.") is a timetable, "polls opened" the day gone by; a verbless
listing line ("Viewings on Saturday between 11am and 1pm", "Open house on Sunday afternoon", "Saturday 10am to
4pm" opening its line) gives the hours of
what is to come, "Sales on Saturday were ..." keeps its past; a period running from an hour on a day, with no
verb telling a tense ("a truce from 0400 GMT on Friday"), starts ahead, "was closed from 10pm on Friday" not.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a festival bill in the present with a plural act
    ("Lineup news: The Velvet Owls headline Saturday night at the harbour stage.", "2019-03-13", "Saturday night",
     "2019-03-16TNI", "TIME"),
    # counter-case: the noun after a determiner
    ("A headline on Saturday claimed the club was for sale.", "2019-03-13", "Saturday", "2019-03-09", "DATE"),
    # a present passive, a clock time between it and the day
    ("The harbour lights are switched on at 7pm on Sunday.", "2019-03-13", "Sunday", "2019-03-17", "DATE"),
    # counter-case: the past passive
    ("The harbour lights were switched on at 7pm on Sunday.", "2019-03-13", "Sunday", "2019-03-10", "DATE"),
    # a preview held in the present
    ("Season-ticket holders get a preview Friday evening.", "2019-03-13", "Friday evening", "2019-03-15TEV",
     "TIME"),
    # counter-case: an infinitive after a past verb
    ("Season-ticket holders were invited to get a preview Friday evening.", "2019-03-13", "Friday evening",
     "2019-03-08TEV", "TIME"),
    # a day told first, then a plural subject and a base-form schedule verb
    ("On Thursday, polls open at 7 a.m. in every ward.", "2019-03-13", "Thursday", "2019-03-14", "DATE"),
    ("On Saturday the gates open at 9am for the county show.", "2019-03-13", "Saturday", "2019-03-16", "DATE"),
    # counter-case: the past tense after the fronted day
    ("On Thursday, polls opened at 7 a.m. in every ward.", "2019-03-13", "Thursday", "2019-03-07", "DATE"),
    # a verbless listing line
    ("Two-bedroom cottage, new roof. Viewings on Saturday between 11am and 1pm.", "2019-03-13", "Saturday",
     "2019-03-16", "DATE"),
    ("Garden flat with parking. Open house on Sunday afternoon, no appointment needed.", "2019-03-13",
     "Sunday afternoon", "2019-03-17TAF", "TIME"),
    ("CRAFT FAIR\nSaturday 10am to 4pm in the church hall.", "2019-03-13", "Saturday 10am", "2019-03-16T10:00",
     "TIME"),
    # counter-case: the same hours governed by a past verb
    ("The shop opened Saturday 10am to 4pm for the sale.", "2019-03-13", "Saturday 10am", "2019-03-09T10:00",
     "TIME"),
    # counter-case: a listing word with its past verb
    ("Sales on Saturday were the best of the year.", "2019-03-13", "Saturday", "2019-03-09", "DATE"),
    # a period from an hour on a day, no verb telling a tense
    ("The accord provides for a truce from 0400 GMT on Friday.", "2019-03-13", "Friday", "2019-03-15", "DATE"),
    # counter-case: the period told in the past
    ("The coast road was closed from 10pm on Friday.", "2019-03-13", "Friday", "2019-03-08", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round145(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
