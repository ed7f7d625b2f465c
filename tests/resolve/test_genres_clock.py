"""Genre gaps of weekdays, clock times and parts of the day (issue 3, fifth round), pinned with invented
sentences. The readings live in the Anchorer's mixins (weekdays.py, clock.py). Every text here is invented."""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# "next <weekday>" said the day before that weekday: tomorrow would be "tomorrow" or the bare weekday, so
# "next" means the one of the week after; further ahead it stays the nearest one ("this coming" too).
NEXT_WEEKDAY = [
    # published Tuesday 2023-04-18: "next Wednesday" is not tomorrow but the Wednesday a week later
    ("If needed, the deciding game would be played here next Wednesday.", "2023-04-18", "next Wednesday",
     "2023-04-26", "DATE"),
    # published Friday 2013-05-03: "next Saturday" is the Saturday of the week after
    ("A seed swap will be held next Saturday in the library hall.", "2013-05-03", "next Saturday",
     "2013-05-11", "DATE"),
    # "this coming Wednesday" on a Tuesday is tomorrow
    ("The ferry resumes this coming Wednesday, the harbor office said.", "2023-04-18",
     "this coming Wednesday", "2023-04-19", "DATE"),
    # two days ahead or more: the nearest one, as before
    ("The panel will vote next Thursday on the plan.", "2023-04-18", "next Thursday", "2023-04-20", "DATE"),
    ("The council meets next Monday to settle the budget.", "2022-02-16", "next Monday", "2022-02-21", "DATE"),
    # the same weekday as publication: a week ahead
    ("The committee reports back next Tuesday.", "2023-04-18", "next Tuesday", "2023-04-25", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", NEXT_WEEKDAY)
def test_next_weekday(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


# A weekday after a present-tense "is/are" with no other verb between states a schedule: the weekday still
# to come. A verb form in -ing/-ed or a comparison in between, "since", or a past tense keep the news default
# (the weekday before publication).
PRESENT_SCHEDULE = [
    # published Tuesday 2023-04-18
    ("Both semifinals are in Halden Friday and Sunday evening.", "2023-04-18", "Friday",
     "2023-04-21", "DATE"),
    ("The touring choir is back at the cathedral Saturday.", "2023-04-18", "Saturday", "2023-04-22", "DATE"),
    # the second of the pair runs on from the first
    ("Both semifinals are in Halden Friday and Sunday evening.", "2023-04-18", "Sunday evening",
     "2023-04-23TEV", "TIME"),
    # a verb form between: no schedule, the news default
    ("Police are investigating a break-in at the depot on Friday.", "2023-04-18", "Friday", "2023-04-14",
     "DATE"),
    # a comparison between
    ("Ticket prices are higher than on Friday.", "2023-04-18", "Friday", "2023-04-14", "DATE"),
    # "since"
    ("The road is closed since Friday.", "2023-04-18", "Friday", "2023-04-14", "DATE"),
    # a past tense
    ("The two sides were in Halden Friday.", "2023-04-18", "Friday", "2023-04-14", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", PRESENT_SCHEDULE)
def test_present_schedule_weekday(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


# A bare clock time in a past report is on the story's day (the lead's day) unless the story has moved to
# another time. An earlier month named only as background (in a relative clause, "who placed second ... in
# June") does not move it; a month opening its own clause ("In June, ...") does, and the day stays unknown.
_LEAD = "Maria Vale of Portugal won the city's half marathon yesterday, setting a course record.\n\n"
STORY_DAY_CLOCK = [
    (_LEAD + "Vale, who placed second at the national championships in June, pulled clear after ten miles. "
     "The race began at 9:15 a.m. in light rain.", "2023-10-09", "9:15 a.m.", "2023-10-08T09:15", "TIME"),
    (_LEAD + "In June, Vale placed second at the national championships after a fall. "
     "The race began at 9:15 a.m. in light rain.", "2023-10-09", "9:15 a.m.", "XXXX-XX-XXT09:15", "TIME"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", STORY_DAY_CLOCK)
def test_clock_on_story_day_past_background_month(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
