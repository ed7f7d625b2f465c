"""Round 106 (from the errors of blind56, religious calendars): a lunisolar feast is kept a day either side of
the tables' day by region and reckoning; "Vaisakhi, which falls on Thursday" says which, and later mentions of
the feast in the text keep that day. A weekday further off, or one not said to be the feast's, changes nothing.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    ("Temples in the valley will celebrate Vaisakhi, which falls on Thursday, with a parade.", "2023-04-03",
     "Vaisakhi", "2023-04-13", "DATE"),
    ("Farmers will mark Vaisakhi, which falls on Thursday this year. Stalls will open early for Vaisakhi.",
     "2023-04-03", "Vaisakhi", "2023-04-13", "DATE"),
    # (the dict keeps the last mention: the second one above)
    # counter: the tables' own weekday
    ("Temples in the valley will celebrate Vaisakhi, which falls on Friday, with a parade.", "2023-04-03",
     "Vaisakhi", "2023-04-14", "DATE"),
    # counter: a weekday not said to be the feast's
    ("Temples in the valley will celebrate Vaisakhi and hold a concert on Thursday.", "2023-04-03",
     "Vaisakhi", "2023-04-14", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round106(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
