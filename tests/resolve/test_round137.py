"""Round 137 (cross-set class: a clock time left on no day where the story names the day earlier): an extra
service laid on "every N minutes from" a time, told after a coming day is named ("The final is on Saturday ...
shuttle buses will run every 15 minutes from 1pm"), runs within that day, so the time is that day's, not a
standing timetable's, and so is the end of its run ("until 6 p.m."). A frequency told as every day's after the time ("from 8am each race day") or the run's ("during the nine days"), a frequency
of days, or a day already past keeps the time on no one day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the service of a coming event's day
    ("The cup final will be played at Ashgrove Park on Saturday. Extra trams will run every 15 minutes from "
     "1pm, and fans are told to travel early.", "2019-03-13", "1pm", "2019-03-16T13:00", "TIME"),
    ("The regatta takes place on Sunday. Ferries to the island will run every half-hour along the north "
     "shore from 7 a.m.", "2019-03-13", "7 a.m.", "2019-03-17T07:00", "TIME"),
    # the end of such a run is on its start's day
    ("The harbour gala is on Saturday. Water taxis will run every 20 minutes from 10 a.m. until 6 p.m., and "
     "parking will be free.", "2019-03-13", "6 p.m.", "2019-03-16T18:00", "TIME"),
    # counter-case: the run is told over many days
    ("The novena begins on Friday and the parish will hold a service every hour from 5 a.m. to 8 a.m. during "
     "the nine days.", "2019-03-13", "5 a.m.", "XXXX-XX-XXT05:00", "TIME"),
    # counter-case: the time is every day's after all
    ("The folk festival opens on Saturday. Shuttle coaches will run every 15 minutes from 9am each festival "
     "day.", "2019-03-13", "9am", "XXXX-XX-XXT09:00", "TIME"),
    # counter-case: no coming day named, a standing timetable
    ("The new line has proved popular with commuters. Trains run every 12 minutes from 6am.", "2019-03-13",
     "6am", "XXXX-XX-XXT06:00", "TIME"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round137(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
