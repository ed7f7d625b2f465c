"""Date-first "Updated" stamps, the week said at its end and the month May before a weekday (issue 3,
stop 13).

Each case: (text, publication date, phrase, expected value, expected type); value None: not tagged.
Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # A date-first stamp with its clock time is one TIME, with or without "at", 12- or 24-hour clock.
    ("RENO, Nev. -- Updated March 2, 2021, 6:15 p.m. PT", "2021-03-02", "March 2, 2021, 6:15 p.m. PT",
     "2021-03-02T18:15", "TIME"),
    ("Last modified Tuesday, Oct. 4, 2022, at 11 a.m. ET", "2022-10-05", "Tuesday, Oct. 4, 2022, at 11 a.m. ET",
     "2022-10-04T11:00", "TIME"),
    ("First published 9 June 2024, 07:45 BST", "2024-06-10", "9 June 2024, 07:45 BST", "2024-06-09T07:45", "TIME"),
    # ... but a count after the date is no clock time, and "on" prose keeps its two expressions.
    ("On Feb. 3, 2020, 40 people were hurt.", "2020-02-05", "Feb. 3, 2020", "2020-02-03", "DATE"),
    ("The vote is on May 18, 2023 at noon.", "2023-05-10", "May 18, 2023", "2023-05-18", "DATE"),
    # "this past week" said at the week's end is the week now ending; on a weekday, the one before.
    ("Mortgage rates rose this past week.", "2022-02-20", "this past week", "2022-W07", "DATE"),     # Sunday
    ("Mortgage rates rose this past week.", "2022-02-19", "this past week", "2022-W07", "DATE"),     # Saturday
    ("Mortgage rates rose this past week.", "2022-02-16", "this past week", "2022-W06", "DATE"),     # Wednesday
    ("Mortgage rates rose this past week.", "2022-02-21", "this past week", "2022-W07", "DATE"),     # Monday
    # "this past weekend" said on its Sunday is that weekend; on Saturday it is still the one before.
    ("The fair drew crowds this past weekend.", "2022-02-20", "this past weekend", "2022-W07-WE", "DATE"),
    ("The fair drew crowds this past weekend.", "2022-02-19", "this past weekend", "2022-W06-WE", "DATE"),
    # "last week" keeps its calendar meaning on a Sunday.
    ("Mortgage rates rose last week.", "2022-02-20", "last week", "2022-W06", "DATE"),
    # The month May read before a weekday is no modal: "struck in May on Tuesday" is past; "may" is.
    ("The dockers struck in May on Tuesday.", "2022-06-16", "Tuesday", "2022-06-14", "DATE"),
    ("The dockers may strike on Tuesday.", "2022-06-16", "Tuesday", "2022-06-21", "DATE"),
    ("The union rejected the offer and may strike on Tuesday.", "2022-06-16", "Tuesday", "2022-06-21", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_stamps_and_week_ends(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
