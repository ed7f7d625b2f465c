"""Round 69 (from the errors of blind123, everyday news of the English press of South Asia and Africa, and
blind122, online news of 2012-2015): an event that "has been shifted to Sunday" (postponed
until, moved to: a present perfect passive) stands at the weekday ahead; and "March-end",
"June-end" (the end of a month, as business copy in South Asia writes it) is the month, the whole word.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a present perfect passive of moving an event to a weekday: that weekday ahead
    ("Rain flooded the fairground. The show has been shifted to Saturday and will open at 4 pm.",
     "2016-08-16", "Saturday", "2016-08-20", "DATE"),
    ("The council vote has been rescheduled for Thursday, the mayor said.", "2016-08-16", "Thursday",
     "2016-08-18", "DATE"),
    ("Both semi-finals have now been moved to Monday after the storm.", "2016-08-16", "Monday",
     "2016-08-22", "DATE"),
    # "<month>-end": the month
    ("The utility hopes to finish the new substation by April-end.", "2021-01-18", "April-end", "2021-04",
     "DATE"),
    ("Deposits stood at Rs 900 crore at December-end, the bank said.", "2021-01-18", "December-end",
     "2020-12", "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round69(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
