"""Round 77 (from the errors of blind99, accident and incident investigation reports, and blind30): a rescue or
incident log opens its entries with a four-digit clock time and a colon ("2140: casualty landed"), under a
day heading that may run into the first entry ("Saturday 14 October. 1905: ..."); the entries are on that
day, however many sentences an entry runs to. British rail and ferry copy names a service by its departure
time ("the 0715 service to Carlisle"). A chronology of years ("1865: the war ends.") stays years.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a log's entry stamps, on the day of the heading run into the first entry
    ("Saturday 14 October. 1905: coastguard alerted to a dinghy adrift off the point.\n\n"
     "2140: casualty landed at the slipway and handed to paramedics.", "2017-10-20", "2140",
     "2017-10-14T21:40", "TIME"),
    ("Saturday 14 October. 1905: coastguard alerted to a dinghy adrift off the point.\n\n"
     "2140: casualty landed at the slipway and handed to paramedics.", "2017-10-20", "1905",
     "2017-10-14T19:05", "TIME"),
    # an entry several sentences after the heading keeps the heading's day
    ("Sunday 15 October. 0630: search resumes along the shore. The ground was frozen. Visibility was poor. "
     "Two dogs were brought in from the valley.\n\n0955: walker found near the old bothy.", "2017-10-20",
     "0955", "2017-10-15T09:55", "TIME"),
    # a departure time naming a train
    ("On 2 February 2019 the 0715 service to Carlisle was cancelled after a points failure.", "2019-02-06",
     "0715", "2019-02-02T07:15", "TIME"),
    ("On 2 February 2019 commuters on the 2245 from Norwich waited two hours at a signal.", "2019-02-06",
     "2245", "2019-02-02T22:45", "TIME"),
    # a year before "service" stays a year
    ("The 1998 service at the chapel drew a large crowd.", "2019-02-06", "1998", "1998", "DATE"),
    # a chronology of years opening its lines is no log: no clock time there (round 79: the entry's year is a
    # year, as chronologies' annotators tag it)
    ("1865: the war ends and the regiment is disbanded.\n1877: the last troops leave the valley.",
     "2019-02-06", "1877", "1877", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round77(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
