"""Round 121 (from the errors of blind128, television and streaming schedules): with the weekday first, a
broadcast's slot or a service of worship ("new episodes every Saturday at 8pm", "airs Sundays at 9/8c", "Mass
every Sunday at 10am") is one SET joining the clock time to the weekday; elsewhere ("meet me every Tuesday at
5:30 p.m.", a listing "Every Wednesday at 1pm in the hall") the gold sets keep two expressions.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a broadcast slot, "every" weekday
    ("The baking contest returns in March, with new episodes every Monday at 9pm.", "2015-01-20",
     "every Monday at 9pm", "XXXX-WXX-1T21:00", "SET"),
    # a broadcast slot, plural weekday
    ("The crime serial has aired Tuesdays at 8:30 p.m. since its launch.", "2015-01-20",
     "Tuesdays at 8:30 p.m.", "XXXX-WXX-2T20:30", "SET"),
    # a repeat at noon
    ("The network will show a repeat every Friday at noon.", "2015-01-20", "every Friday at noon",
     "XXXX-WXX-5T12:00", "SET"),
    # US listings: the Eastern hour, then the Central one
    ("The sitcom moves to Wednesdays at 9/8c next month.", "2015-01-20", "Wednesdays at 9/8c",
     "XXXX-WXX-3T21:00", "SET"),
    # a service of worship
    ("The parish will celebrate Mass every Sunday at 11am during the summer.", "2015-01-20",
     "every Sunday at 11am", "XXXX-WXX-7T11:00", "SET"),
    # counter-case: a personal appointment keeps the weekday alone
    ("My neighbor agreed to tutor me every Thursday at 4 p.m. for the rest of the term.", "2015-01-20",
     "every Thursday", "XXXX-WXX-4", "SET"),
    # counter-case: a listing with no broadcast or worship
    ("Garden tours. Every Saturday at 10am from the front gate.", "2015-01-20", "Every Saturday",
     "XXXX-WXX-6", "SET"),
    # counter-case: a lone weekday with a clock time is not a SET
    ("The finale airs Friday at 8pm.", "2015-01-20", "Friday at 8pm", None, None),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round121(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
