"""Round 66 (from the errors of blind79, workplace emails, memos and minutes, and blind99, accident and
incident reports): a weekday with a day of the month and no month ("Tues 4th", "Thursday the 6th") is one
expression, the day of that number nearest publication, before or after it, that falls on that weekday;
and a weekday in a parenthesis or a bare apposition right after a date it falls on ("New Year's Eve
(Thursday)", "on 3 March, Friday, ...") is that date, not a weekday counted from publication.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a weekday with a day of the month: the weekday picks the month
    ("Could the planning call move to Tues 4th? Mornings suit me best.", "2009-07-29", "Tues 4th",
     "2009-08-04", "DATE"),
    ("The auditors are booked for Thursday 15th, so please clear the meeting room.", "2022-09-01",
     "Thursday 15th", "2022-09-15", "DATE"),
    ("We signed off the budget on Monday the 4th, after two long sessions.", "2016-07-20",
     "Monday the 4th", "2016-07-04", "DATE"),
    ("Our stall opens at the craft fair on Sat 2nd and runs all weekend.", "2023-11-20", "Sat 2nd",
     "2023-12-02", "DATE"),
    # a weekday restating the date before it
    ("Opening hours: New Year's Eve (Thursday): the office closes at 3pm.", "2020-12-11", "Thursday",
     "2020-12-31", "DATE"),
    ("The warehouse closes for the audit on 3 March (Friday) and reopens the next week.", "2023-02-22",
     "Friday", "2023-03-03", "DATE"),
    ("Deliveries stop on 3 March, Friday, while the floor is relaid.", "2023-02-22", "Friday",
     "2023-03-03", "DATE"),
    # a weekday the date does not fall on keeps its own reading
    ("The order arrived on 14 February (Friday) after a long wait.", "2023-02-22", "Friday",
     "2023-02-17", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round66(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
