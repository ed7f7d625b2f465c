"""Event listings and schedules in local news (issue 3, stop 13, from blind29's errors): "runs Saturday" is a
schedule, the next weekday of a listing after the clock times of the one before ("Saturday from 9 a.m. to
4 p.m. and Sunday") runs on from it, and a sentence does not end at the dot of "p.m." or "Feb."; a past
perfect between "this year" and a month goes back before it.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_SALE = "The guild holds its yearly craft sale, Saturday from 9 a.m. to 4 p.m. and Sunday from noon to 3."

_LIBRARY = "The reading room is open Tuesday to Friday, 10am to 4pm, and on Saturday mornings."

CASES = [
    ("The open house at the old depot runs Saturday from 1 to 4 p.m.", "2019-07-17", "Saturday", "2019-07-20",
     "DATE"),
    ("The open house at the old depot runs Saturday from 1 to 4 p.m.", "2019-07-17", "4 p.m.", "2019-07-20T16:00",
     "TIME"),
    (_SALE, "2014-09-05", "Saturday", "2014-09-06", "DATE"),
    (_SALE, "2014-09-05", "Sunday", "2014-09-07", "DATE"),
    (_SALE, "2014-09-05", "noon", "2014-09-07T12:00", "TIME"),
    # a weather forecast for a time looks ahead, whatever the tense of the report
    ("The organizers said today that the weather forecast for the weekend was the best in years.", "2014-09-05",
     "the weekend", "2014-W36-WE", "DATE"),
    # "this year" in the sentence does not date a month a past perfect goes back to
    ("The bank cut its forecast for this year to 1.4 percent from the 1.6 percent it had projected in November.",
     "2023-02-23", "November", "2022-11", "DATE"),
    ("The bank raised rates twice this year, in January and in February.", "2023-02-23", "January", "2023-01",
     "DATE"),
    # round 15: a range of weekdays in a present-tense schedule recurs every week, and so do its clock times;
    # one week's range stays dated
    (_LIBRARY, "2021-03-10", "Tuesday", "XXXX-WXX-2", "SET"),
    (_LIBRARY, "2021-03-10", "Friday", "XXXX-WXX-5", "SET"),
    (_LIBRARY, "2021-03-10", "10am", "XXXX-XX-XXT10:00", "TIME"),
    (_LIBRARY, "2021-03-10", "4pm", "XXXX-XX-XXT16:00", "TIME"),
    ("Screenings are Wednesday through Sunday at 8.15pm in the old chapel.", "2021-03-10", "8.15pm",
     "XXXX-XX-XXT20:15", "TIME"),
    ("Most of the dancers perform Thursday to Saturday.", "2021-03-10", "Thursday", "XXXX-WXX-4", "SET"),
    ("The library will be open Tuesday to Friday while the roof is repaired.", "2021-03-10", "Tuesday",
     "2021-03-16", "DATE"),
    ("The box office is open Tuesday to Friday, 16 to 19 March.", "2021-03-10", "Tuesday", "2021-03-16", "DATE"),
    ("The puppet festival runs Thursday through Sunday in the park.", "2021-03-10", "Sunday", "2021-03-14",
     "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_listings(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
